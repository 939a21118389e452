"""Opening without the unlock dialog never freezes the screen: a new passphrase (new file, a plain
file to encrypt), RESOKIT_PASSPHRASE, and the first check of a plain file run off the UI thread
while a busy window says so; the event loop keeps ticking meanwhile."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from modal_helper import ModalScript
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from resokit_desktop.services import dossier_guard
from resokit_desktop.storage.connection import KIND_ENCRYPTED, file_kind
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "fiets regen tulp zevenhonderd"


def _busy_window():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "open_busy" and widget.isVisible():
            return widget
    return None


class Gate:
    """Holds the slow step until the event loop ticked three times with the busy window up.

    On the UI thread no tick could come while it waits (it gives up after 5 s and the count
    stays 0); off the UI thread the timer keeps firing.
    """

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.ticks = 0
        self.busy_text = ""
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def wrap(self, function):
        def gated(*args, **kwargs):
            self.entered.set()
            self.release.wait(timeout=5)
            return function(*args, **kwargs)
        return gated

    def _tick(self) -> None:
        busy = _busy_window()
        if self.entered.is_set() and not self.release.is_set() and busy is not None:
            self.ticks += 1
            self.busy_text = busy.label.text()
            if self.ticks >= 3:
                self.release.set()


def _gate_attempts(monkeypatch) -> Gate:
    gate = Gate()
    monkeypatch.setattr(DossierSession, "attempt_open", gate.wrap(DossierSession.attempt_open))
    return gate


def test_passphrase_from_the_environment_is_derived_off_the_ui_thread(qtbot, tmp_path,
                                                                      monkeypatch):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=3)
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    gate = _gate_attempts(monkeypatch)
    session = DossierSession(path, idle_ms=3_600_000)
    try:
        assert session.start()
        gate.timer.stop()
        assert gate.ticks >= 3
        assert gate.busy_text == "Bezig met openen…"
        assert session.window.isVisible() and session.dossier.encrypted
        assert _busy_window() is None  # gone once the window is there
    finally:
        session.shutdown()


def test_new_file_with_a_passphrase_from_the_environment(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "nieuw.resokit"
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    gate = _gate_attempts(monkeypatch)
    session = DossierSession(path, idle_ms=3_600_000)
    try:
        assert session.start()
        gate.timer.stop()
        assert gate.ticks >= 3
        assert session.window.isVisible()
        assert file_kind(path) == KIND_ENCRYPTED
    finally:
        session.shutdown()


def test_plain_file_checked_and_encrypted_off_the_ui_thread(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "plain.resokit", None, clients=3)
    look = Gate()  # the first look (a plain file's full check) before any dialog
    monkeypatch.setattr(dossier_guard, "first_look", look.wrap(dossier_guard.first_look))
    gate = _gate_attempts(monkeypatch)

    def choose(dialog):
        qtbot.keyClicks(dialog.form.first, PASSPHRASE)
        qtbot.keyClicks(dialog.form.second, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    script = ModalScript().expect("new_passphrase_dialog", choose)
    script.start()
    session = DossierSession(path, idle_ms=3_600_000)
    try:
        assert session.start()
        script.check()
        look.timer.stop()
        gate.timer.stop()
        assert look.ticks >= 3
        assert look.busy_text == "Het dossierbestand wordt gecontroleerd…"
        assert gate.ticks >= 3  # the key derivation and the encryption
        assert gate.busy_text == "Bezig met openen…"
        assert session.window.isVisible() and session.dossier.encrypted
        assert file_kind(path) == KIND_ENCRYPTED
    finally:
        session.shutdown()
