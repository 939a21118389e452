"""A role plan's link to the neighbourhood register: the place or key figure picked from the
register (with search), shown with its address and opening hours; unlinking is one click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.services.register_service import RegisterService
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.entry_picker import EntryPicker, entry_line
from resokit_desktop.ui.widgets.modal import exec_and_free

_tr = translator("RoleRegisterLink")


def entry_summary(entry: NeighbourhoodEntry) -> str:
    """Name and kind, then where and when: what the person needs to get there."""
    parts = [entry_line(entry), entry.address, entry.opening_hours]
    return " — ".join(p.strip() for p in parts if p and p.strip())


class RegisterLinkBox(QWidget):
    """``db_of()`` gives the open file; ``picked(entry)`` tells the form what was chosen."""

    picked = Signal(object)
    unlinked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_of: Callable[[], object] | None = None
        self.entry_id: int | None = None
        self.label = QLabel(self)
        self.label.setObjectName("role_register_entry")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(_tr("Uit het buurtregister"))
        self.pick_button = QPushButton(_tr("Kiezen uit het buurtregister…"), self)
        self.pick_button.setObjectName("role_register_pick")
        self.pick_button.clicked.connect(self.pick)
        self.unlink_button = QPushButton(_tr("Loskoppelen"), self)
        self.unlink_button.clicked.connect(self._unlink)
        # The entry above its buttons: the form never needs more width than before.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.show_entry(None)

    def _service(self) -> RegisterService | None:
        return RegisterService(self.db_of()) if self.db_of is not None else None

    def show_entry(self, entry_id: int | None) -> None:
        self.entry_id = entry_id
        service = self._service()
        if entry_id is not None and service is not None and service.exists(entry_id):
            self.label.setText(entry_summary(service.entry(entry_id)))
        elif entry_id is not None:
            self.label.setText(_tr("Het gekoppelde item staat niet meer in het buurtregister."))
        else:
            self.label.setText(_tr("Geen item uit het buurtregister gekozen."))
        self.unlink_button.setVisible(entry_id is not None)

    def pick(self) -> None:
        service = self._service()
        if service is None:
            return
        picker = EntryPicker(service, "", self.window())
        if exec_and_free(picker) and picker.chosen_id is not None:
            self.show_entry(picker.chosen_id)
            self.picked.emit(service.entry(picker.chosen_id))

    def _unlink(self) -> None:
        self.show_entry(None)
        self.unlinked.emit()


def is_person(entry: NeighbourhoodEntry) -> bool:
    """A key figure opens the door; anything else is where the role is played."""
    return str(entry.kind) == NeighbourhoodKind.KEY_FIGURE
