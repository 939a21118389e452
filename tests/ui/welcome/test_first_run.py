"""The first-run welcome on a new file, driven by keys: demo or empty, names, French, cancel."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from resokit_desktop import i18n
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage.connection import file_kind, open_database
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[1] / "security"))
from modal_helper import ModalScript  # noqa: E402

PASSPHRASE = "fiets regen tulp zevenhonderd"


@pytest.fixture(autouse=True)
def _dutch_and_no_stored_language(monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    QSettings().remove(i18n.SETTINGS_KEY)
    yield
    QSettings().remove(i18n.SETTINGS_KEY)
    i18n.install_language(QCoreApplication.instance(), "nl")


def _focused() -> QWidget:
    dialog = QApplication.activeModalWidget()
    if not dialog.isActiveWindow():
        dialog.activateWindow()
        for _try in range(200):
            if dialog.isActiveWindow():
                break
            QTest.qWait(10)
    return QApplication.focusWidget() or dialog.focusWidget() or dialog


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _passphrase(qtbot):
    def step(dialog):
        qtbot.keyClicks(dialog.form.first, PASSPHRASE)
        qtbot.keyClicks(dialog.form.second, PASSPHRASE)
        _key(Qt.Key.Key_Return)
    return step


def _light_session(path: Path) -> DossierSession:
    return DossierSession(path, window_factory=lambda _dossier: QWidget(), idle_ms=3_600_000)


def _clients(path: Path) -> int:
    db = open_database(path, PASSPHRASE)
    try:
        return db.execute("SELECT count(*) FROM clients").fetchone()[0]
    finally:
        db.conn.close()


def _setting(path: Path, key: str):
    dossier = DossierFile.open(path, PASSPHRASE)
    try:
        from resokit_desktop.services import dossier_service  # lazy: test helper

        return dossier_service.get_setting(dossier.db, key, None)
    finally:
        dossier.close()


def test_demo_with_names_by_keyboard_fills_the_new_file(qtbot, tmp_path):
    path = tmp_path / "nieuw.resokit"
    session = _light_session(path)
    seen: dict[str, str] = {}

    def welcome(dialog):
        seen["intro"] = dialog.findChild(QLabel, "welcome_intro").text()
        _key(Qt.Key.Key_Return)  # language page: Dutch as it is
        _type(qtbot, "Buurtwerk Noord")
        _key(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # mnemonic back to the field
        _key(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
        _type(qtbot, "Sam")
        _key(Qt.Key.Key_Return)
        _key(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # "Met &voorbeelddossiers"
        qtbot.waitUntil(dialog.demo_choice.isChecked)  # a mnemonic "animates" its click
        seen["demo_checked"] = str(dialog.demo_choice.isChecked())
        seen["no_file_yet"] = str(not path.exists())
        _key(Qt.Key.Key_Return)

    script = ModalScript().expect("welcome_dialog", welcome).expect(
        "new_passphrase_dialog", _passphrase(qtbot))
    script.start()
    started = session.start()
    script.check()
    assert started
    session.shutdown()
    assert "netwerk in kaart" in seen["intro"]
    assert seen["demo_checked"] == "True"
    assert seen["no_file_yet"] == "True"
    assert file_kind(path) == "encrypted"
    assert _clients(path) > 0
    assert _setting(path, "organisation.name") == "Buurtwerk Noord"
    assert _setting(path, "worker.name") == "Sam"


def test_an_empty_file_has_no_clients(qtbot, tmp_path):
    path = tmp_path / "nieuw.resokit"
    session = _light_session(path)

    def welcome(dialog):
        _key(Qt.Key.Key_Return)
        _key(Qt.Key.Key_Return)
        assert dialog.empty_choice.isChecked()  # the default: empty
        _key(Qt.Key.Key_Return)

    script = ModalScript().expect("welcome_dialog", welcome).expect(
        "new_passphrase_dialog", _passphrase(qtbot))
    script.start()
    started = session.start()
    script.check()
    assert started
    session.shutdown()
    assert _clients(path) == 0
    assert _setting(path, "organisation.name") is None


def test_french_applies_at_once_and_the_main_window_is_french(qtbot, tmp_path):
    path = tmp_path / "nouveau.resokit"
    session = DossierSession(path, idle_ms=3_600_000)
    seen: dict[str, str] = {}

    def welcome(dialog):
        seen["title_nl"] = dialog.findChild(QLabel, "welcome_title").text()
        dialog.language_field.setFocus()
        _key(Qt.Key.Key_Down)  # nl -> fr
        qtbot.waitUntil(lambda: i18n.current_language() == "fr")
        seen["title_fr"] = dialog.findChild(QLabel, "welcome_title").text()
        seen["next_fr"] = dialog.next_button.text()
        for _page in range(3):
            _key(Qt.Key.Key_Return)

    script = ModalScript().expect("welcome_dialog", welcome).expect(
        "new_passphrase_dialog", _passphrase(qtbot))
    script.start()
    started = session.start()
    script.check()
    assert started
    try:
        assert seen["title_nl"] == "Welkom bij Resokit Desktop"
        assert seen["title_fr"] == "Bienvenue dans Resokit Desktop"
        assert seen["next_fr"] == "&Suivant"
        titles = [action.text() for action in session.window.menuBar().actions()]
        assert "&Fichier" in titles, titles
        assert i18n.stored_language() == "fr"  # kept for the next start
    finally:
        session.shutdown()


def test_cancel_on_the_welcome_writes_nothing(qtbot, tmp_path):
    path = tmp_path / "nieuw.resokit"
    session = _light_session(path)

    def welcome(dialog):
        dialog.language_field.setFocus()
        _key(Qt.Key.Key_Down)  # French for a moment
        _key(Qt.Key.Key_Return)
        _key(Qt.Key.Key_Escape)

    script = ModalScript().expect("welcome_dialog", welcome)
    script.start()
    started = session.start()
    script.check()
    assert not started
    session.shutdown()
    assert not path.exists()
    assert i18n.current_language() == "nl"
    assert i18n.stored_language() is None


def test_cancel_at_the_passphrase_writes_nothing(qtbot, tmp_path):
    path = tmp_path / "nieuw.resokit"
    session = _light_session(path)

    def welcome(dialog):
        for _page in range(2):
            _key(Qt.Key.Key_Return)
        _key(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.demo_choice.isChecked)
        _key(Qt.Key.Key_Return)

    def passphrase(dialog):
        _key(Qt.Key.Key_Escape)

    script = ModalScript().expect("welcome_dialog", welcome).expect(
        "new_passphrase_dialog", passphrase)
    script.start()
    started = session.start()
    script.check()
    assert not started
    session.shutdown()
    assert not path.exists()


def test_a_name_too_long_is_said_next_to_the_field(qtbot, tmp_path):
    path = tmp_path / "nieuw.resokit"
    session = _light_session(path)
    seen: dict[str, str] = {}

    def welcome(dialog):
        _key(Qt.Key.Key_Return)
        dialog.organisation_field.setText("x" * 121)
        _key(Qt.Key.Key_Return)
        seen["message"] = dialog.organisation_message.message()
        seen["page"] = str(dialog.pages.currentIndex())
        _key(Qt.Key.Key_Escape)

    script = ModalScript().expect("welcome_dialog", welcome)
    script.start()
    started = session.start()
    script.check()
    assert not started
    session.shutdown()
    assert seen["message"] == "Te lang: hoogstens 120 tekens."
    assert seen["page"] == "1"
    assert not path.exists()


def test_an_existing_file_never_shows_the_welcome(qtbot, tmp_path):
    path = tmp_path / "d.resokit"
    DossierFile.open(path, PASSPHRASE).close()

    def unlock(dialog):
        qtbot.keyClicks(dialog.panel.field, PASSPHRASE)
        _key(Qt.Key.Key_Return)

    session = _light_session(path)
    script = ModalScript().expect("unlock_dialog", unlock)
    script.start()
    started = session.start()
    script.check()
    assert started
    session.shutdown()
    assert script.seen == ["unlock_dialog"]


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_no_alt_letter_twice_on_a_welcome_page(qtbot, lang):
    from resokit_desktop.ui.welcome.welcome_dialog import WelcomeDialog  # lazy: test helper

    i18n.install_language(QCoreApplication.instance(), lang)
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        dialog._update_buttons()
        letters = [text[text.index("&") + 1].lower() for text in (
            widget.text() for widget in dialog.findChildren(QWidget)
            if hasattr(widget, "text") and widget.isVisible() and isinstance(widget.text(), str))
            if "&" in text and not text.endswith("&")]
        assert len(letters) == len(set(letters)), (lang, page, letters)
    dialog.reject()


def test_a_full_disk_while_writing_the_demo_says_so_and_keeps_the_file_open(qtbot, tmp_path):
    from resokit_desktop.ui.welcome.first_run import apply_first_run  # lazy: test helper
    from resokit_desktop.ui.welcome.welcome_dialog import WelcomeChoice  # lazy: test helper

    dossier = DossierFile.open(tmp_path / "vol.resokit")
    try:
        # The disk is full: not one more page may be added to the file (SQLite's own limit).
        pages = dossier.db.execute("PRAGMA page_count").fetchone()[0]
        dossier.db.execute(f"PRAGMA max_page_count = {pages}")
        problem = apply_first_run(dossier, WelcomeChoice("nl", "Buurtwerk", "Sam", demo=True))
        assert problem is not None and "is de schijf vol?" in problem
        dossier.db.execute("PRAGMA max_page_count = 1073741823")
        dossier.db.execute("SELECT count(*) FROM clients").fetchone()  # still open and readable
    finally:
        dossier.close()
