"""The open agreements of the previous conversation, shown in the next one to tick done there."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.services import follow_up
from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.dates import display_date
from resokit_desktop.ui.widgets.field_message import FieldMessage

_tr = translator("CarriedAgreements")


def agreement_line(agreement: Agreement) -> str:
    """'Bellen naar de bib — Marie, tegen 14-03-2026' (who and date only when known)."""
    extra = [agreement.who] if agreement.who else []
    if agreement.due_date:
        extra.append(_tr("tegen %1").replace("%1", display_date(agreement.due_date)))
    return agreement.what + (" — " + ", ".join(extra) if extra else "")


class CarriedAgreementsBox(QGroupBox):
    """Hidden when the previous session left nothing open; a tick is stored at once."""

    ticked = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carried_agreements")
        self._db = db
        self._layout = QVBoxLayout(self)
        self.note = QLabel(_tr("Vink aan wat intussen gedaan is; het wordt meteen bewaard bij "
                               "dat gesprek."), self)
        self.note.setWordWrap(True)
        self._layout.addWidget(self.note)
        self.message = FieldMessage(None, "carried_agreements", self)
        self._layout.addWidget(self.message)
        self.checks: dict[int, QCheckBox] = {}
        self.hide()

    def show_for(self, client_id: int | None, session: Session | None) -> None:
        """Show what the session before ``session`` (None: a new one) left open."""
        for check in self.checks.values():
            self._layout.removeWidget(check)
            check.deleteLater()
        self.checks.clear()
        self.message.clear_message()
        carried = (follow_up.open_agreements_before(self._db, client_id, session)
                   if client_id is not None else None)
        if carried is None:
            self.hide()
            return
        self.setTitle(_tr("Nog open van het gesprek van %1").replace(
            "%1", display_date(carried.session_date)))
        for agreement in carried.agreements:
            check = QCheckBox(agreement_line(agreement), self)
            check.setObjectName(f"carried_agreement_{agreement.id}")
            check.setAccessibleName(_tr("Afspraak gedaan: %1").replace(
                "%1", agreement_line(agreement)))
            check.toggled.connect(lambda done, a=agreement.id, c=check: self._tick(a, done, c))
            self._layout.insertWidget(self._layout.count() - 1, check)
            self.checks[agreement.id] = check
        self.show()

    def _tick(self, agreement_id: int, done: bool, check: QCheckBox) -> None:
        if not follow_up.set_agreement_done(self._db, agreement_id, done):
            check.blockSignals(True)
            check.setChecked(not done)
            check.blockSignals(False)
            self.message.show_message(_tr("Niet bewaard: het bestand kon niet geschreven "
                                          "worden. Probeer het opnieuw."))
            return
        self.message.clear_message()
        self.ticked.emit()
