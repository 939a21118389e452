"""Change the passphrase: the current one, then the new one twice; the file is re-encrypted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.translation import translator
from resokit_desktop.ui.security.new_passphrase_dialog import (
    PassphrasePairForm,
    fit_messages,
    password_field,
)
from resokit_desktop.ui.security.passphrase_texts import irrecoverable_warning
from resokit_desktop.ui.widgets.field_message import with_message

# What the change function returns besides None (= changed).
CURRENT_WRONG = "current_wrong"
FAILED = "failed"


_tr = translator("ChangePassphraseDialog")


class ChangePassphraseDialog(QDialog):
    """``change(current, new)`` does the work and returns None, CURRENT_WRONG or FAILED."""

    def __init__(self, change: Callable[[str, str], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.setWindowTitle(_tr("Wachtwoordzin wijzigen"))
        self._change = change
        self.current = password_field(self, "current_passphrase", _tr("Huidige wachtwoordzin"))
        current_box, self.current_message = with_message(self.current, "current_passphrase")
        current_label = QLabel(_tr("&Huidige wachtwoordzin"), self)
        current_label.setBuddy(self.current)
        top = QFormLayout()
        top.addRow(current_label, current_box)
        self.pair = PassphrasePairForm(self)
        warning = QLabel("⚠ " + irrecoverable_warning(), self)
        warning.setWordWrap(True)
        self.failure = QLabel("", self)
        self.failure.setObjectName("change_failure")
        self.failure.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(_tr("Wijzigen"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("confirm_change_passphrase")
        cancel = buttons.addButton(_tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_change_passphrase")
        buttons.accepted.connect(self._try_change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Grow with the messages that appear next to the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(top)
        layout.addWidget(self.pair)
        layout.addWidget(warning)
        layout.addWidget(self.failure)
        layout.addWidget(buttons)
        self.current.setFocus()

    def _try_change(self) -> None:
        self.current_message.clear_message()
        fit_messages(self.current_message)
        self.failure.setText("")
        new = self.pair.validated()
        if new is None:
            return
        result = self._change(self.current.text(), new)
        if result is None:
            self.accept()
        elif result == CURRENT_WRONG:
            self.current_message.show_message(_tr("Dit is niet de huidige wachtwoordzin."))
            fit_messages(self.current_message)
            self.current.selectAll()
            self.current.setFocus()
        else:
            self.failure.setText(_tr("Niet gewijzigd: het nieuwe bestand kon niet geschreven "
                                     "worden. De oude wachtwoordzin blijft geldig en er ging "
                                     "niets verloren."))
