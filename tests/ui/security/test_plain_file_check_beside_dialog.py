"""A plain file's passphrase dialog shows at once: the file's full check runs beside it.

The check still decides: a damaged file closes the dialog by itself and the worker is told the
file is damaged, with nothing encrypted or changed; a passphrase chosen before the check ends
waits for it. (Issue 16: the first window within 1.3x a bare window.)
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from modal_helper import ModalScript
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from resokit_desktop.services import dossier_guard
from resokit_desktop.storage.connection import KIND_ENCRYPTED, KIND_PLAIN, file_kind
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "fiets regen tulp zevenhonderd"


class HeldCheck:
    """Holds the first look (the full check) on its thread until the test lets it go."""

    def __init__(self, monkeypatch) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.done = threading.Event()
        look = dossier_guard.first_look

        def held(path):
            self.entered.set()
            self.release.wait(timeout=20)
            try:
                return look(path)
            finally:
                self.done.set()

        monkeypatch.setattr(dossier_guard, "first_look", held)


def _type_new_passphrase(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.form.first, PASSPHRASE)
    qtbot.keyClicks(dialog.form.second, PASSPHRASE)


def _damage_a_page(path: Path) -> bytes:
    """A b-tree page whose header is garbage: the full check finds it, the header is whole."""
    data = bytearray(path.read_bytes())
    data[5 * 4096: 5 * 4096 + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    return bytes(data)


def test_the_passphrase_dialog_shows_while_the_check_runs(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "plain.resokit", None, clients=3)
    check = HeldCheck(monkeypatch)
    seen: dict[str, bool] = {}

    def choose(dialog):
        qtbot.waitUntil(check.entered.is_set, timeout=20000)  # it starts once the dialog painted
        seen["check running"] = not check.done.is_set()
        _type_new_passphrase(qtbot, dialog)
        check.release.set()  # the check ends while the dialog is still open
        qtbot.waitUntil(check.done.is_set, timeout=20000)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    script = ModalScript().expect("new_passphrase_dialog", choose)
    script.start()
    session = DossierSession(path, idle_ms=3_600_000)
    try:
        assert session.start()
        script.check()
        assert seen["check running"]  # the dialog did not wait for the check
        assert session.window.isVisible() and session.dossier.encrypted
        assert file_kind(path) == KIND_ENCRYPTED
    finally:
        check.release.set()
        session.shutdown()


def test_a_passphrase_chosen_before_the_check_ends_waits_for_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "plain.resokit", None, clients=3)
    check = HeldCheck(monkeypatch)
    seen: dict[str, str] = {}

    def choose(dialog):
        _type_new_passphrase(qtbot, dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def busy(window):
        seen["busy"] = window.label.text()
        seen["kind while checking"] = file_kind(path)
        check.release.set()

    script = ModalScript().expect("new_passphrase_dialog", choose)
    script.start()

    def watch_busy():  # the busy window is not modal: looked for among the windows
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "open_busy" and widget.isVisible() and "busy" not in seen:
                busy(widget)
                return
        if not check.release.is_set():
            QTimer.singleShot(20, watch_busy)

    QTimer.singleShot(20, watch_busy)
    session = DossierSession(path, idle_ms=3_600_000)
    try:
        assert session.start()
        script.check()
        assert seen["busy"] == "Het dossierbestand wordt gecontroleerd…"
        assert seen["kind while checking"] == KIND_PLAIN  # not converted before the check
        assert session.dossier.encrypted and file_kind(path) == KIND_ENCRYPTED
    finally:
        check.release.set()
        session.shutdown()


def test_a_damaged_plain_file_closes_its_dialog_and_is_left_as_it_was(qtbot, tmp_path,
                                                                       monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "plain.resokit", None, clients=5, notes="n " * 3000)
    damaged = _damage_a_page(path)
    check = HeldCheck(monkeypatch)
    seen: dict[str, str] = {}

    def start_typing(dialog):
        qtbot.keyClicks(dialog.form.first, PASSPHRASE)
        check.release.set()  # the check finds the damage while the worker types
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)

    def told(box):
        seen["text"] = box.text()
        box.accept()

    script = (ModalScript().expect("new_passphrase_dialog", start_typing)
              .expect("session_message", told))
    script.start()
    session = DossierSession(path, idle_ms=3_600_000)
    try:
        assert not session.start()
        qtbot.waitUntil(lambda: not script.steps or bool(script.errors), timeout=20000)
        script.check()
        assert "beschadigd" in seen["text"]
        assert session.dossier is None and session.window is None
        assert path.read_bytes() == damaged  # nothing encrypted, nothing changed
    finally:
        check.release.set()
        session.shutdown()
