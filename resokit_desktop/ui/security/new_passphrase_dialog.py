"""Choose a new passphrase (first start, or encrypting a plain file): typed twice, with a hint."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services.passphrase_service import check_new_passphrase, strength
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.passphrase_texts import (
    environment_refused_text,
    error_text,
    irrecoverable_warning,
    strength_advice,
    strength_text,
)
from resokit_desktop.ui.widgets.field_message import with_message

# Why the dialog is shown.
REASON_NEW = "new"
REASON_CONVERT = "convert"


_tr = translator("NewPassphraseDialog")


def password_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMinimumWidth(320)
    return field


def fit_messages(*messages: QWidget) -> None:
    """Make room for messages that just appeared or went (word-wrapped labels do not ask)."""
    for message in messages:
        box = message.parentWidget()
        layout = box.layout()
        height = layout.heightForWidth(box.width()) if layout.hasHeightForWidth() else -1
        box.setMinimumHeight(max(height, layout.minimumSize().height()))
    if messages:
        messages[0].window().adjustSize()


class PassphrasePairForm(QWidget):
    """Two password fields with a strength hint and messages next to the fields."""

    def __init__(self, parent: QWidget | None = None, first_label: str | None = None) -> None:
        super().__init__(parent)
        self.first = password_field(self, "new_passphrase", _tr("Nieuwe wachtwoordzin"))
        self.second = password_field(self, "repeat_passphrase", _tr("Herhaal de wachtwoordzin"))
        first_box, self.first_message = with_message(self.first, "new_passphrase")
        second_box, self.second_message = with_message(self.second, "repeat_passphrase")
        self.meter = QProgressBar(self)
        self.meter.setObjectName("passphrase_strength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(_tr("Sterkte van de wachtwoordzin"))
        self.strength_label = QLabel("", self)
        self.strength_label.setObjectName("passphrase_strength_text")
        advice = QLabel(strength_advice(), self)
        advice.setWordWrap(True)
        first_label_widget = QLabel(first_label or _tr("&Nieuwe wachtwoordzin"), self)
        first_label_widget.setBuddy(self.first)
        second_label_widget = QLabel(_tr("&Herhaal"), self)
        second_label_widget.setBuddy(self.second)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first_label_widget, first_box)
        form.addRow("", self.meter)
        form.addRow("", self.strength_label)
        form.addRow(second_label_widget, second_box)
        form.addRow(advice)
        self.first.textChanged.connect(self._update_strength)
        self.first.textEdited.connect(lambda _text: self.first_message.clear_message())

    def _fit(self) -> None:
        fit_messages(self.first_message, self.second_message)

    def _update_strength(self, text: str) -> None:
        level = strength(text) if text else 0
        self.meter.setValue(level)
        self.strength_label.setText(strength_text(level) if text else "")
        self.first_message.clear_message()

    def validated(self) -> str | None:
        """The passphrase when both entries are fine; otherwise show why next to the field."""
        self.first_message.clear_message()
        self.second_message.clear_message()
        fit_messages(self.first_message, self.second_message)
        errors = check_new_passphrase(self.first.text(), self.second.text())
        for error in errors:
            target = self.first_message if error.field == "passphrase" else self.second_message
            target.show_message(error_text(error.code))
        if errors:
            (self.first if errors[0].field == "passphrase" else self.second).setFocus()
            self._fit()
            return None
        return self.first.text()


class NewPassphraseDialog(QDialog):
    def __init__(self, reason: str = REASON_NEW, parent: QWidget | None = None,
                 refused_code: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_passphrase_dialog")
        self.setWindowTitle(_tr("Wachtwoordzin kiezen"))
        self._passphrase: str | None = None
        if reason == REASON_CONVERT:
            intro_text = _tr(
                "Dit dossierbestand is nog niet versleuteld. Kies een wachtwoordzin: het bestand "
                "wordt één keer versleuteld. De onversleutelde versie wordt daarna gewist.")
        else:
            intro_text = _tr(
                "Je dossiers worden versleuteld bewaard. Kies een wachtwoordzin; die vraagt "
                "Resokit Desktop telkens bij het openen en na het vergrendelen.")
        intro = QLabel(intro_text, self)
        intro.setObjectName("new_passphrase_intro")
        intro.setWordWrap(True)
        warning = QLabel("⚠ " + irrecoverable_warning(), self)
        warning.setObjectName("passphrase_warning")
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        self.form = PassphrasePairForm(self)
        # Made without arguments (the layout below gives it its parent): PySide's other
        # constructors make Qt's whole enum namespace (20-30 ms) before this first window shows.
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(_tr("Versleutelen en openen"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirm_new_passphrase")
        self.ok_button.setDefault(True)
        cancel = buttons.addButton(_tr("Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_new_passphrase")
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Grow with the messages that appear next to the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        if refused_code:
            # RESOKIT_PASSPHRASE held a new passphrase that breaks the rules: say why here.
            self.form.first_message.show_message(environment_refused_text(refused_code))
        self.form.first.setFocus()

    def _try_accept(self) -> None:
        passphrase = self.form.validated()
        if passphrase is not None:
            self._passphrase = passphrase
            self.accept()

    def passphrase(self) -> str | None:
        return self._passphrase
