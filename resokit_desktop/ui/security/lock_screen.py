"""The lock screen: shown instead of the main window while the dossier file is closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from resokit_desktop.services.passphrase_service import AttemptThrottle
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.unlock_panel import UnlockPanel

_tr = translator("LockScreen")


class LockScreen(QWidget):
    """Holds no client data at all: a title, a passphrase field and a quit button."""

    unlocked = Signal()
    problem = Signal(str)
    quit_requested = Signal()

    def __init__(self, attempt: Callable[[str], str | None], throttle: AttemptThrottle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setWindowTitle(_tr("Resokit Desktop — vergrendeld"))
        title = QLabel(_tr("Vergrendeld"), self)
        title.setObjectName("lock_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        explanation = QLabel(_tr("De dossiers zijn gesloten en verborgen. Geef je "
                                 "wachtwoordzin om verder te werken."), self)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation.setWordWrap(True)
        self.notice = QLabel("", self)
        self.notice.setObjectName("lock_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.panel = UnlockPanel(attempt, throttle, self)
        quit_button = QPushButton(_tr("Afsluiten"), self)
        quit_button.setObjectName("lock_quit")
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.quit_requested)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(explanation)
        column.addSpacing(16)
        column.addWidget(self.panel)
        column.addWidget(self.notice)
        column.addWidget(quit_button, 0, Qt.AlignmentFlag.AlignRight)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setFixedWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.panel.unlocked.connect(self.unlocked)
        self.panel.problem.connect(self.problem)
        self.resize(1280, 760)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # The session decides (it may ask first); when it quits, the app hides this screen.
        event.ignore()
        self.quit_requested.emit()
