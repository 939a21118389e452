"""Hear the desktop say "going to sleep" or "screen locked", so the dossier locks with it.

API::

    watch = SleepWatch()            # listens when the D-Bus buses are there; silent otherwise
    watch.going_away.connect(lock)  # emitted on logind PrepareForSleep(true) and on
                                    # org.freedesktop.ScreenSaver ActiveChanged(true)
    watch.listening -> list[str]    # which sources could be subscribed ("sleep", "screensaver")

Without a bus (tests, minimal desktops) nothing is subscribed; the idle lock on the boot clock
still locks a machine that slept past the timeout at the first check after waking.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

_LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1",
           "org.freedesktop.login1.Manager", "PrepareForSleep")
_SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver", "ActiveChanged")


class SleepWatch(QObject):
    going_away = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        try:
            # lazy: QtDBus is optional (missing from some wheels); without it nothing listens
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        for label, bus, (service, path, interface, name) in (
            ("sleep", QDBusConnection.systemBus(), _LOGIND),
            ("screensaver", QDBusConnection.sessionBus(), _SCREENSAVER),
        ):
            if not bus.isConnected():
                continue
            try:
                if bus.connect(service, path, interface, name, self,
                               SLOT("on_signal(bool)")):
                    self.listening.append(label)
            except (RuntimeError, TypeError):
                continue

    @Slot(bool)
    def on_signal(self, starting: bool) -> None:
        """PrepareForSleep(true) / ActiveChanged(true): the user is going away."""
        if starting:
            self.going_away.emit()
