"""The pin panel's link to the neighbourhood register: show the linked entry, link one (picked
with search), add the place to the register, or undo the link — each an undo step of the map."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.buurtkaart import Pin
from resokit_desktop.services.register_service import (
    ClientDataRefused,
    RegisterService,
    StorageError,
)
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.entry_picker import EntryPicker, entry_line
from resokit_desktop.ui.widgets.field_message import FieldMessage
from resokit_desktop.ui.widgets.modal import exec_and_free

_tr = translator("PinRegister")


class AddToRegisterDialog(QDialog):
    """Name, address and neighbourhood of a place for the register: nothing about the client."""

    def __init__(self, service: RegisterService, client_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Toevoegen aan het buurtregister"))
        self.service = service
        self.client_id = client_id
        self.entry_id: int | None = None
        self.name_field = QLineEdit(name, self)
        self.name_field.setAccessibleName(_tr("Naam van de plaats"))
        self.address_field = QLineEdit(self)
        self.address_field.setAccessibleName(_tr("Adres of beschrijving"))
        self.hood_field = QComboBox(self)
        self.hood_field.setEditable(True)
        self.hood_field.addItems(["", *service.neighbourhoods()])
        self.hood_field.setAccessibleName(_tr("Buurt"))
        self.message = FieldMessage(self.name_field, "add_to_register", self)
        note = QLabel(_tr("Het buurtregister is van jou en bevat geen cliëntgegevens: enkel de "
                          "naam, het adres en de buurt van de plaats gaan mee."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("&Naam:"), self.name_field)
        form.addRow(_tr("&Adres:"), self.address_field)
        form.addRow(_tr("&Buurt:"), self.hood_field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Toevoegen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.entry_id = self.service.add_place_for_client(
                self.client_id, self.name_field.text(), self.address_field.text(),
                self.hood_field.currentText())
        except ClientDataRefused:
            self.message.show_message(_tr(
                "Dit noemt de cliënt of iemand uit het netwerk; het buurtregister bevat geen "
                "cliëntgegevens. Geef de plaats een naam en adres zonder persoonsgegevens."))
            return
        except ValueError:
            self.message.show_message(_tr("Geef de plaats een naam."))
            return
        except StorageError:
            self.message.show_message(_tr("Niet toegevoegd: het bestand kon niet geschreven "
                                          "worden."))
            return
        super().accept()


class PinRegisterBox(QWidget):
    """``context`` gives ``db`` and ``client_id`` (the buurtkaart tab)."""

    def __init__(self, editor, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.context = context
        self.contact_id: int | None = None
        self.linked = QLabel(self)
        self.linked.setWordWrap(True)
        self.linked.setAccessibleName(_tr("Koppeling met het buurtregister"))
        self.link_button = QPushButton(_tr("Koppelen aan het register…"), self)
        self.link_button.setToolTip(_tr("Kies een item uit het buurtregister (met zoeken)"))
        self.link_button.clicked.connect(self.pick_entry)
        self.add_button = QPushButton(_tr("Toevoegen aan het register…"), self)
        self.add_button.setToolTip(_tr("Maak van deze plaats een item in het buurtregister"))
        self.add_button.clicked.connect(self.add_entry)
        self.unlink_button = QPushButton(_tr("Loskoppelen"), self)
        self.unlink_button.clicked.connect(lambda: self._link(None))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.linked)
        layout.addLayout(buttons)
        layout.addWidget(self.add_button)

    def service(self) -> RegisterService:
        return RegisterService(self.context.db)

    @property
    def pin(self) -> Pin | None:
        """The pin as the map holds it now (a rename is not an undo step)."""
        document = self.editor.document
        if self.contact_id is None or document is None or not document.has_pin(self.contact_id):
            return None
        return document.pin(self.contact_id)

    def show_pin(self, pin: Pin | None) -> None:
        self.contact_id = pin.contact_id if pin is not None else None
        entry_id = pin.neighbourhood_entry_id if pin is not None else None
        service = self.service() if pin is not None else None
        if entry_id is not None and service.exists(entry_id):
            self.linked.setText(_tr("In het buurtregister: {entry}").format(
                entry=entry_line(service.entry(entry_id))))
        elif entry_id is not None:
            self.linked.setText(_tr("Het gekoppelde item staat niet meer in het buurtregister."))
        else:
            self.linked.setText(_tr("Niet gekoppeld aan het buurtregister."))
        self.unlink_button.setVisible(entry_id is not None)
        self.add_button.setVisible(entry_id is None)

    def _link(self, entry_id: int | None) -> None:
        if self.pin is not None:
            self.editor.edit_pin(replace(self.pin, neighbourhood_entry_id=entry_id))

    def pick_entry(self) -> None:
        if self.pin is None:
            return
        picker = EntryPicker(self.service(), "", self.window())
        if exec_and_free(picker) and picker.chosen_id is not None:
            self._link(picker.chosen_id)

    def add_entry(self) -> None:
        if self.pin is None or self.context.client_id is None:
            return
        dialog = AddToRegisterDialog(self.service(), self.context.client_id, self.pin.name,
                                     self.window())
        if exec_and_free(dialog) and dialog.entry_id is not None:
            self._link(dialog.entry_id)
