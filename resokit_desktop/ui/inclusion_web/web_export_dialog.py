"""Export the shown web version from the UI: choose a file, render, write safely, say so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from resokit_desktop.domain.web.model import WebVersion
from resokit_desktop.rendering.web_render import render_web_png, render_web_svg
from resokit_desktop.services.file_output import OutputRefused, write_bytes_atomically
from resokit_desktop.services.web_graphml import graphml_bytes
from resokit_desktop.translation import translator

EXPORT_SIZE = (1600, 1100)


_t = translator("WebExport")


def export_bytes(version: WebVersion, fmt: str, count_paid_staff: bool = True) -> bytes:
    if fmt == "png":
        return render_web_png(version, *EXPORT_SIZE)
    if fmt == "svg":
        return render_web_svg(version, *EXPORT_SIZE)
    return graphml_bytes(version, count_paid_staff)


def export_version(parent: QWidget, version: WebVersion, fmt: str,
                   count_paid_staff: bool = True) -> Path | None:
    """Ask where to save, then write; returns the path written (None when cancelled/failed)."""
    filters = {"png": _t("PNG-afbeelding (*.png)"), "svg": _t("SVG-tekening (*.svg)"),
               "graphml": _t("GraphML-netwerk (*.graphml)")}
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # The suggested name holds only the version date: no client data in file names.
    suggested = str(Path(folder) / f"inclusieweb-{version.version_date}.{fmt}")
    # Qt's own dialog: the desktop's recent-files list does not learn about client exports.
    name, _selected = QFileDialog.getSaveFileName(
        parent, _t("Inclusieweb exporteren"), suggested, filters[fmt],
        options=QFileDialog.Option.DontUseNativeDialog)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(path.name + f".{fmt}")
    try:
        write_bytes_atomically(path, export_bytes(version, fmt, count_paid_staff))
    except OutputRefused:
        QMessageBox.warning(parent, _t("Exporteren mislukt"), _t(
            "Dit is geen gewoon bestand (een map, apparaat, pijp of koppeling). Kies een "
            "andere naam."))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, _t("Exporteren mislukt"),
                            _t("Het bestand kon niet worden geschreven: %1").replace(
                                "%1", exc.strerror or str(exc)))
        return None
    return path
