"""Ask what to do with input that cannot be saved: go back and fix it, or discard these changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from resokit_desktop.services.errors import WriteFailedError
from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.save_status import failure_text

_tr = translator("LeaveDialog")


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


def settle_unsaved(parent: QWidget, problems: list[str], last_error: WriteFailedError | None,
                   discard: Callable[[], None], fix_field: QWidget) -> bool:
    """After a failed save: ask, then discard (True) or put the cursor where to fix it (False).

    ``problems`` are the messages shown at the fields; with none, a failed write explains itself.
    """
    if last_error is not None and not problems:
        problems = [failure_text(last_error)]
    if ask_discard(parent, problems):
        discard()
        return True
    fix_field.setFocus(Qt.FocusReason.OtherFocusReason)
    return False
