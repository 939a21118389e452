"""The main window's size and place: remembered per user (never anything about a client),
a sensible first size, and always inside the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

SETTINGS_GROUP = "main_window"


def restore_layout(window: QMainWindow, splitter: QSplitter) -> bool:
    """Geometry, toolbar state and splitter as last saved; True when the window frame must be
    fitted again once shown (it is only known then)."""
    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    fit_when_shown = False
    geometry = settings.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
        fit_to_screen(window)
        fit_when_shown = True
    else:
        first_start_geometry(window)
    state = settings.value("state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    splitter_state = settings.value("splitter")
    if isinstance(splitter_state, QByteArray):
        splitter.restoreState(splitter_state)
    settings.endGroup()
    return fit_when_shown


def first_start_geometry(window: QMainWindow) -> None:
    """No remembered layout: use a laptop screen fully, a large one generously."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    if available.width() <= 1440 or available.height() <= 900:
        # The geometry covers screens without a window manager; the state asks one to maximise.
        window.setGeometry(available)
        window.setWindowState(Qt.WindowState.WindowMaximized)
        return
    width = min(1600, int(available.width() * 0.85))
    height = min(1000, int(available.height() * 0.9))
    window.resize(width, height)
    window.move(available.center().x() - width // 2, available.center().y() - height // 2)


def fit_to_screen(window: QMainWindow) -> None:
    """A layout saved on a larger screen (or a disconnected one) reopens inside this one."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    border_w, border_h = frame.width() - inner.width(), frame.height() - inner.height()
    width = min(inner.width(), available.width() - border_w)
    height = min(inner.height(), available.height() - border_h)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    x = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
    y = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def save_layout(window: QMainWindow, splitter: QSplitter) -> None:
    """Window geometry and splitter only: never anything about a client."""
    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState())
    settings.setValue("splitter", splitter.saveState())
    settings.endGroup()
    settings.sync()
