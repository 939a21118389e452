"""A calm line under a form that says whether what was typed is stored, and why not if not."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from resokit_desktop.services.errors import WriteFailedError
from resokit_desktop.translation import translator

_tr = translator("SaveStatus")


def failure_text(error: WriteFailedError) -> str:
    """'Niet bewaard: <reason>. ...' in words a worker understands (no technical detail)."""
    detail = str(error).lower()
    if "full" in detail or "space" in detail:
        reason = _tr("de schijf is vol")
    elif "readonly" in detail or "read-only" in detail or "permission" in detail:
        reason = _tr("het bestand mag niet beschreven worden")
    elif "locked" in detail or "busy" in detail:
        reason = _tr("het bestand is bezet door een ander programma")
    else:
        reason = _tr("het bestand kon niet geschreven worden")
    return _tr(
        "Niet bewaard: %1. Wat eerder bewaard was, blijft intact. Je invoer staat nog in het "
        "formulier; het wordt opnieuw geprobeerd."
    ).replace("%1", reason)


class SaveStatus(QWidget):
    """States: saved, pending, invalid, failed (with a retry button)."""

    retry_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"save_status_{name}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.label = QLabel(self)
        self.label.setObjectName(f"save_status_text_{name}")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.retry_button = QPushButton(_tr("Opnieuw proberen"), self)
        self.retry_button.setObjectName(f"retry_{name}")
        self.retry_button.setAccessibleName(_tr("Opnieuw proberen te bewaren"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.retry_button.hide()
        layout.addWidget(self.retry_button)
        self.state = "saved"
        self.show_saved()

    def _set(self, state: str, text: str, style: str) -> None:
        self.state = state
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.label.setStyleSheet(style)
        self.retry_button.setVisible(state == "failed")

    def show_saved(self) -> None:
        self._set("saved", _tr("✓ Alles is bewaard."), "color: #2f5d3a;")

    def show_pending(self) -> None:
        self._set("pending", _tr("… Wijzigingen worden bewaard."), "color: #555;")

    def show_invalid(self, first_problem: str = "") -> None:
        text = _tr("⚠ Niet bewaard: verbeter eerst wat bij de velden gemeld wordt.")
        if first_problem:
            text += " (" + first_problem + ")"
        self._set("invalid", text, "color: #8a1c1c; font-weight: bold;")

    def show_partly_saved(self, problem: str) -> None:
        """Every valid field is stored; the marked one is not (yet)."""
        text = _tr("⚠ Niet bewaard: %1 Al de rest is bewaard.").replace("%1", problem)
        self._set("invalid", text, "color: #8a1c1c; font-weight: bold;")

    def show_failed(self, error: WriteFailedError) -> None:
        self._set("failed", "⚠ " + failure_text(error), "color: #8a1c1c; font-weight: bold;")

    def text(self) -> str:
        return self.label.text()
