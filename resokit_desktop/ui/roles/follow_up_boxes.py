"""Role plans followed up elsewhere: open steps in the next conversation, overdue steps in the
dossier's overview."""

from __future__ import annotations

from datetime import date

import sqlite_utils
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from resokit_desktop.services import role_service
from resokit_desktop.services.role_service import OpenStep
from resokit_desktop.ui.roles.role_texts import _tr
from resokit_desktop.ui.widgets.dates import display_date
from resokit_desktop.ui.widgets.field_message import FieldMessage


def step_line(item: OpenStep) -> str:
    """'Buurtgids: Tweede wandeling voorbereiden — Youssef, tegen 14-03-2026'."""
    step = item.step
    extra = [step.owner] if step.owner else []
    if step.due_date:
        extra.append(_tr("tegen %1").replace("%1", display_date(step.due_date)))
    return f"{item.plan_title}: {step.what}" + (" — " + ", ".join(extra) if extra else "")


class _ShownWatcher(QObject):
    """Shows the box again for its client each time the tab around it comes into view, so a
    step changed on the Rollen tab is current here too."""

    def __init__(self, box) -> None:
        super().__init__(box)
        self._box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self._box._client_id is not None:
            self._box.show_for(self._box._client_id)
        return False


def _refresh_when_shown(box, parent: QWidget | None) -> None:
    if parent is not None:
        parent.installEventFilter(_ShownWatcher(box))


class _StepLabel(QLabel):
    """The step's words beside its tick box: wraps in a narrow window, a click ticks the box."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class OpenStepsBox(QGroupBox):
    """In a conversation: the open steps of the client's role plans, ticked done at once."""

    ticked = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Open stappen uit de rolplannen"), parent)
        self.setObjectName("role_open_steps")
        self._db = db
        self._layout = QVBoxLayout(self)
        self.message = FieldMessage(None, "role_open_steps", self)
        self._layout.addWidget(self.message)
        self.checks: dict[int, QCheckBox] = {}
        self.lines: dict[int, QLabel] = {}
        self._rows: list[QWidget] = []
        self._client_id: int | None = None
        _refresh_when_shown(self, parent)
        self.hide()

    def show_for(self, client_id: int | None) -> None:
        self._client_id = client_id
        for row in self._rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self._rows.clear()
        self.checks.clear()
        self.lines.clear()
        self.message.clear_message()
        steps = role_service.open_steps(self._db, client_id) if client_id is not None else []
        if not steps:
            self.hide()
            return
        for item in steps:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            check = QCheckBox(row)
            check.setObjectName(f"role_open_step_{item.step.id}")
            check.setAccessibleName(_tr("Stap gedaan: %1").replace("%1", step_line(item)))
            check.toggled.connect(lambda done, i=item.step.id, c=check: self._tick(i, done, c))
            label = _StepLabel(step_line(item), row)
            label.setWordWrap(True)
            label.clicked.connect(check.toggle)
            line.addWidget(check, 0)
            line.addWidget(label, 1)
            self._layout.insertWidget(self._layout.count() - 1, row)
            self._rows.append(row)
            self.checks[item.step.id] = check
            self.lines[item.step.id] = label
        self.show()

    def _tick(self, step_id: int, done: bool, check: QCheckBox) -> None:
        if not role_service.set_step_done(self._db, step_id, done):
            check.blockSignals(True)
            check.setChecked(not done)
            check.blockSignals(False)
            self.message.show_message(_tr("Niet bewaard: het bestand kon niet geschreven "
                                         "worden. Probeer het opnieuw."))
            return
        self.message.clear_message()
        self.ticked.emit()


class OverdueStepsNote(QLabel):
    """In the overview: a line per role-plan step past its date; hidden when there is none."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("role_overdue_steps")
        self.setWordWrap(True)
        self.setContentsMargins(12, 4, 12, 0)
        self.setStyleSheet("color: #8a1c1c;")
        self._db = db
        self.today = date.today  # tests may pin it
        self._client_id: int | None = None
        _refresh_when_shown(self, parent)
        self.hide()

    def show_for(self, client_id: int | None) -> None:
        self._client_id = client_id
        late = (role_service.overdue_for_client(self._db, client_id, self.today())
                if client_id is not None else [])
        if not late:
            self.clear()
            self.hide()
            return
        lines = [_tr("⚠ Stappen uit een rolplan over datum:")]
        lines += [f"• {step_line(item)}" for item in late]
        text = "\n".join(lines)
        self.setText(text)
        self.setAccessibleName(text)
        self.show()
