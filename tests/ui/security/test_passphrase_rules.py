"""The passphrase rule in the window: weak ones refused with why (typed, and from the
environment), a strong one accepted, and a NUL character answered with a message."""

from __future__ import annotations

import sys
from pathlib import Path

from modal_helper import ModalScript, accept_welcome
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from resokit_desktop.security import attempt_store
from resokit_desktop.storage.connection import file_kind, open_database
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import make_dossier  # noqa: E402

STRONG = "fiets regen tulp zevenhonderd"
WEAK = ("12345678", "password", "wachtwoord1", "motdepasse", "Rita1965", "azertyuiop")


def _type_pair(qtbot, dialog, text: str) -> None:
    form = dialog.form
    for field in (form.first, form.second):
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_weak_passphrases_are_refused_saying_why_and_a_strong_one_is_taken(
        qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = tmp_path / "nieuw.resokit"
    session = DossierSession(path, idle_ms=3_600_000)
    seen: dict[str, str] = {}

    def choose(dialog):
        for weak in WEAK:
            _type_pair(qtbot, dialog, weak)
            assert dialog.isVisible(), weak
            seen[weak] = dialog.form.first_message.message()
        _type_pair(qtbot, dialog, STRONG)

    script = ModalScript().expect("welcome_dialog", accept_welcome).expect(
        "new_passphrase_dialog", choose)
    script.start()
    assert session.start()
    script.check()
    session.shutdown()
    for weak in WEAK:
        assert seen[weak].startswith("Te makkelijk te raden:"), (weak, seen[weak])
        assert "paar gewone woorden" in seen[weak]
    assert "veelgebruikt woord" in seen["password"]
    assert "veelgebruikt woord" in seen["motdepasse"]  # French, from the app's own list
    assert file_kind(path) == "encrypted"
    open_database(path, STRONG).conn.close()


def test_a_weak_new_passphrase_from_the_environment_is_not_used(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", "a")
    path = tmp_path / "nieuw.resokit"
    session = DossierSession(path, idle_ms=3_600_000)
    seen: dict[str, str] = {}

    def choose(dialog):
        seen["message"] = dialog.form.first_message.message()
        _type_pair(qtbot, dialog, STRONG)

    script = ModalScript().expect("new_passphrase_dialog", choose)
    script.start()
    assert session.start()
    script.check()
    session.shutdown()
    assert seen["message"].startswith("De wachtwoordzin uit RESOKIT_PASSPHRASE is niet gebruikt.")
    assert "Te kort" in seen["message"]
    open_database(path, STRONG).conn.close()


def test_a_weak_env_passphrase_does_not_encrypt_a_plain_file(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", "12345678")
    path = make_dossier(tmp_path / "plain.resokit", None, clients=1)
    session = DossierSession(path, idle_ms=3_600_000)
    seen: dict[str, str] = {}

    def refuse(dialog):
        seen["message"] = dialog.form.first_message.message()
        dialog.reject()

    script = ModalScript().expect("new_passphrase_dialog", refuse)
    script.start()
    assert not session.start()
    script.check()
    session.shutdown()
    assert "Te makkelijk te raden" in seen["message"]
    assert file_kind(path) == "plain"


def test_a_strong_env_passphrase_creates_without_asking(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", STRONG)
    path = tmp_path / "nieuw.resokit"
    session = DossierSession(path, idle_ms=3_600_000)
    assert session.start()
    session.shutdown()
    open_database(path, STRONG).conn.close()


def _paste(qtbot, field, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_nul_in_a_new_passphrase_gets_a_message(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = tmp_path / "nieuw.resokit"
    session = DossierSession(path, idle_ms=3_600_000)
    seen: dict[str, str] = {}

    def choose(dialog):
        form = dialog.form
        _paste(qtbot, form.first, "fiets\x00regen tulp zeven")
        _paste(qtbot, form.second, "fiets\x00regen tulp zeven")
        seen["typed"] = form.first.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["message"] = form.first_message.message()
        seen["open"] = str(dialog.isVisible())
        dialog.reject()

    script = ModalScript().expect("welcome_dialog", accept_welcome).expect(
        "new_passphrase_dialog", choose)
    script.start()
    assert not session.start()
    script.check()
    session.shutdown()
    assert "\x00" in seen["typed"]
    assert seen["open"] == "True"
    assert "onzichtbaar stuurteken" in seen["message"]


def test_a_pasted_nul_when_unlocking_gets_a_message_and_is_no_wrong_try(
        qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "d.resokit", STRONG, clients=1)
    session = DossierSession(path, idle_ms=3_600_000)
    seen: dict[str, object] = {}

    def unlock(dialog):
        panel = dialog.panel
        _paste(qtbot, panel.field, "fiets\x00regen")
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not panel.busy, timeout=20000)
        seen["message"] = panel.message.text()
        seen["failures"] = attempt_store.load(path).failures
        panel.field.clear()
        qtbot.keyClicks(panel.field, STRONG)
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not panel.busy, timeout=20000)

    script = ModalScript().expect("unlock_dialog", unlock)
    script.start()
    assert session.start()
    script.check()
    session.shutdown()
    assert "NUL-teken" in seen["message"]
    assert seen["failures"] == 0
