"""The passphrase prompt of start-up and lock screen, with growing waits after wrong tries.

The attempt (a key derivation) runs on a thread: while it works the field and button are off
and "Bezig met openen…" shows; the event loop keeps running and the result comes back by signal.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services.passphrase_service import AttemptThrottle, has_nul
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.passphrase_texts import nul_text
from resokit_desktop.ui.widgets.background import BackgroundCall

# What an attempt function returns besides None (= unlocked).
WRONG = "wrong"
# The file cannot be opened because of its place: not a wrong try, the panel stays open.
DISK_FULL = "disk_full"
READ_ONLY = "read_only"


_tr = translator("UnlockPanel")


class _WrappedMessage(QLabel):
    """A word-wrapped label that claims the height its lines need at its current width.

    A dialog whose layout sizes to its minimum ignores height-for-width, so a message that wraps
    onto two lines would get the height of one and be cut at top and bottom.
    """

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._claim_height()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._claim_height()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._claim_height()

    def _claim_height(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(needed, 0))


class UnlockPanel(QWidget):
    """Asks the passphrase; ``attempt(text)`` returns None (open), WRONG, or another code."""

    unlocked = Signal()
    problem = Signal(str)

    def __init__(self, attempt: Callable[[str], str | None], throttle: AttemptThrottle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.throttle = throttle
        self.field = QLineEdit(self)
        self.field.setObjectName("unlock_passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(_tr("Wachtwoordzin"))
        self.field.setMinimumWidth(320)
        label = QLabel(_tr("&Wachtwoordzin"), self)
        label.setBuddy(self.field)
        self.button = QPushButton(_tr("&Ontgrendelen"), self)
        self.button.setObjectName("unlock_button")
        # Enter in the field submits (returnPressed); a default button would submit twice.
        self.button.setAutoDefault(False)
        self.message = _WrappedMessage("", self)
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.wait_label = QLabel("", self)
        self.wait_label.setObjectName("unlock_wait")
        self.busy_label = QLabel(_tr("Bezig met openen…"), self)
        self.busy_label.setObjectName("unlock_busy")
        self.busy_label.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.busy_label)
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self._call = BackgroundCall(self, name="resokit-unlock")
        self._call.finished.connect(self._finish)
        self._busy = False
        self.button.clicked.connect(self.submit)
        self.field.returnPressed.connect(self.submit)
        self._tick()

    @property
    def busy(self) -> bool:
        """True while an attempt (the key derivation) runs on its thread."""
        return self._busy

    def wait_idle(self) -> None:
        """Let a running attempt finish and handle its result now."""
        self._call.wait()

    def submit(self) -> None:
        if self._busy:
            return
        if self.throttle.seconds_left() > 0:
            self._tick()
            return
        text = self.field.text()
        if has_nul(text):  # no passphrase can hold one: say so, and count no wrong try
            self.field.selectAll()
            self.message.setText(nul_text())
            return
        self._set_busy(True)
        self._call.start(self._attempt, text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.field.setEnabled(not busy)
        self.button.setEnabled(not busy)
        self.busy_label.setVisible(busy)

    def _finish(self, result: object) -> None:
        self._set_busy(False)
        self._tick()
        if isinstance(result, BaseException):
            self.field.clear()
            self.problem.emit("failed")
            return
        if result is None:
            self.throttle.record_success()
            self.field.clear()
            self.message.setText("")
            self.unlocked.emit()
            return
        if result in (DISK_FULL, READ_ONLY):
            # Not the passphrase's fault: no wrong try, no wait; the typed text stays for a
            # second try once there is room (or write access).
            self.field.selectAll()
            self.message.setText(place_problem_text(result))
            self.message.setAccessibleName(self.message.text())
            return
        if result != WRONG:
            self.field.clear()
            self.problem.emit(result)
            return
        self.throttle.record_failure()
        self.field.selectAll()
        self.message.setText(_tr("Verkeerde wachtwoordzin, of het bestand is beschadigd. "
                                 "Let op hoofdletters en spaties."))
        self.message.setAccessibleName(self.message.text())
        self._tick()

    def _tick(self) -> None:
        left = self.throttle.seconds_left()
        waiting = left > 0
        self.button.setEnabled(not waiting)
        self.field.setReadOnly(waiting)
        if waiting:
            self.wait_label.setText(_tr("Volgende poging over %1 s.").replace(
                "%1", str(math.ceil(left))))
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self.wait_label.setText("")
            self._ticker.stop()
            self.field.setFocus()


def place_problem_text(code: str) -> str:
    """What to tell the user when the file's place, not the passphrase, stops the opening."""
    if code == DISK_FULL:
        return _tr("De schijf is vol: het dossierbestand kan nu niet geopend worden. Dit ligt "
                   "niet aan je wachtwoordzin. Maak ruimte vrij en probeer opnieuw.")
    return _tr("Het dossierbestand of zijn map is alleen-lezen: Resokit Desktop moet erin "
               "kunnen schrijven. Dit ligt niet aan je wachtwoordzin. Zet het bestand in een "
               "map waar je mag schrijven.")


class UnlockDialog(QDialog):
    """Start-up prompt; ``problem_code`` holds a code other than WRONG when one was reported."""

    def __init__(self, attempt: Callable[[str], str | None], throttle: AttemptThrottle,
                 file_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(_tr("Resokit Desktop ontgrendelen"))
        self.problem_code: str | None = None
        intro = QLabel(_tr("Geef de wachtwoordzin van het dossierbestand %1.").replace(
            "%1", file_label), self)
        intro.setWordWrap(True)
        self.panel = UnlockPanel(attempt, throttle, self)
        quit_button = QPushButton(_tr("Afsluiten"), self)
        quit_button.setObjectName("unlock_quit")
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        # Grow with the messages that appear next to the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        layout.addWidget(quit_button)
        self.panel.unlocked.connect(self.accept)
        self.panel.problem.connect(self._problem)
        self.panel.field.setFocus()

    def _problem(self, code: str) -> None:
        self.problem_code = code
        self.done(2)
