"""What an automatic lock does with input: save it quietly, and say what it keeps in memory."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from resokit_desktop.services.errors import StorageError
from resokit_desktop.translation import translator

_tr = translator("DossierSession")


def save_quietly(window: QWidget) -> None:
    """Save what every tab can save without asking (auto-lock must not wait on a question)."""
    # Tabs not shown yet hold nothing to save (and are not built for it).
    widgets = window.built_tabs() if hasattr(window, "built_tabs") else []
    for widget in widgets:
        saver = getattr(widget, "save_now", None)
        if callable(saver):
            try:
                saver()
            except StorageError:
                pass


def kept_notice(kept: dict) -> str:
    """What the lock screen says about input kept in memory (no client data in it)."""
    if not kept:
        return ""
    if any(item.error is not None for item in kept.values()):
        reason = _tr("het bestand kon niet geschreven worden; is de schijf vol?")
    else:
        reason = _tr("een veld moet nog verbeterd worden")
    return _tr(
        "Let op: een deel van je invoer is nog niet bewaard (%1). Het blijft in het geheugen "
        "en staat terug in het formulier zodra je ontgrendelt. Sluit niet af voor je "
        "ontgrendeld hebt.").replace("%1", reason)


def confirm_quit_losing_kept(parent: QWidget | None) -> bool:
    """Quitting from the lock screen would lose input kept in memory: ask (default: stay)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Resokit Desktop"), _tr(
        "Een deel van je invoer is nog niet bewaard. Ontgrendel eerst: dan staat het terug "
        "in het formulier en kan je het bewaren. Toch afsluiten en die invoer verliezen?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("quit_with_kept_input")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
