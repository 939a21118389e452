"""Ask what to do with input that cannot be saved: go back and fix it, or discard these changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("LeaveDialog", text)


def ask_discard(parent: QWidget, problems: list[str]) -> bool:
    """True when the user chooses to discard; False (the default) to go back and fix."""
    box = QMessageBox(parent)
    box.setObjectName("leave_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Niet bewaard"))
    box.setText(_tr("Deze wijzigingen zijn nog niet bewaard."))
    lines = "\n".join(f"• {p}" for p in problems[:6])
    box.setInformativeText(lines)
    back = box.addButton(_tr("Terug om te verbeteren"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("leave_back")
    discard = box.addButton(_tr("Deze wijzigingen weggooien"),
                            QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("leave_discard")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is discard
