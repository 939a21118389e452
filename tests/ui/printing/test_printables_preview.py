"""The smaller printables through the Qt print path: the web alone, a role plan, a comparison."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter

from resokit_desktop.ui.printing.printables_preview import (
    ComparisonPreviewDialog,
    RolePlanPreviewDialog,
    WebSheetPreviewDialog,
)


def print_to_pdf(dialog, path: Path) -> PdfReader:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    dialog.paintRequested.emit(printer)
    return PdfReader(io.BytesIO(path.read_bytes()))


def text_of(reader: PdfReader) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))


def test_web_alone_on_a3_landscape(qtbot, rich_db, tmp_path: Path) -> None:
    QSettings().remove("printing")
    dialog = WebSheetPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.paper_combo.setFocus()
    qtbot.keyClick(dialog.paper_combo, Qt.Key.Key_Down)      # A4 -> A3
    dialog.orientation_combo.setFocus()
    qtbot.keyClick(dialog.orientation_combo, Qt.Key.Key_Down)  # portrait -> landscape
    reader = print_to_pdf(dialog, tmp_path / "web.pdf")
    box = reader.pages[0].mediabox
    width_mm, height_mm = float(box.width) / 72 * 25.4, float(box.height) / 72 * 25.4
    assert round(width_mm) == 420 and round(height_mm) == 297
    assert len(reader.pages) == 1
    assert "Inclusieweb" in text_of(reader)
    assert QSettings().value("printing/web_paper") == "A3"


def test_role_plan_fits_on_one_page_in_plain_words(qtbot, rich_db, tmp_path: Path) -> None:
    dialog = RolePlanPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    reader = print_to_pdf(dialog, tmp_path / "role.pdf")
    assert len(reader.pages) == 1
    text = text_of(reader)
    assert "Mijn rol: Gastvrouw van het soepcafé" in text
    assert "Wie opent de deur" in text and "Stap 2 voor plan" in text


def test_comparison_shows_what_changed_and_both_dates(qtbot, rich_db, tmp_path: Path) -> None:
    dialog = ComparisonPreviewDialog(rich_db, rich_db.rich_client_id)
    qtbot.addWidget(dialog)
    text = text_of(print_to_pdf(dialog, tmp_path / "comparison.pdf"))
    assert "Inclusieweb: vergelijking" in text
    assert "Nieuw erbij" in text and "Contact 0 Zoë" in text
    assert "Ik ken nu meer mensen in de buurt" in text
