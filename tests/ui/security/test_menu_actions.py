"""File-menu security actions driven like a user: restore from a backup, change the passphrase."""

from __future__ import annotations

import sys
from pathlib import Path

from modal_helper import ModalScript
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from resokit_desktop.security import backups
from resokit_desktop.storage.connection import open_database
from resokit_desktop.storage.errors import WrongPassphraseError
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "menu wachtwoordzin lang genoeg"
NEW = "een heel andere wachtwoordzin"


def _started(tmp_path, monkeypatch) -> DossierSession:
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=4)
    session = DossierSession(path, idle_ms=3_600_000)
    assert session.start()
    session.wait_for_backup()
    return session


def test_restore_from_backup_lists_dates_and_counts_and_keeps_current_aside(
        qtbot, tmp_path, monkeypatch):
    session = _started(tmp_path, monkeypatch)
    try:
        from resokit_desktop.domain.client import Client
        from resokit_desktop.storage.clients_repo import save_client

        save_client(session.dossier.db, Client(name="na de back-up"))
        seen = {}

        def choose(dialog):
            seen["items"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

        script = ModalScript().expect("restore_dialog", choose)
        script.start()
        session.window.action_registry.get("restore_backup").trigger()
        script.check()
        assert len(seen["items"]) == 1 and seen["items"][0].endswith("— 4 cliënten")
        count = session.dossier.db.execute("SELECT count(*) FROM clients").fetchone()[0]
        assert count == 4
        assert session.window.isVisible()
        aside = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
        assert len(aside) == 1
        kept = open_database(aside[0], PASSPHRASE)
        assert kept.execute("SELECT count(*) FROM clients").fetchone()[0] == 5
        kept.conn.close()
    finally:
        session.shutdown()


def test_change_passphrase_through_the_menu(qtbot, tmp_path, monkeypatch):
    session = _started(tmp_path, monkeypatch)
    seen = {}

    def change(dialog):
        qtbot.keyClicks(dialog.current, "fout")
        qtbot.keyClicks(dialog.pair.first, NEW)
        qtbot.keyClicks(dialog.pair.second, NEW)
        dialog._try_change()
        seen["wrong"] = dialog.current_message.message()
        dialog.current.clear()
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        qtbot.keyClick(dialog.current, Qt.Key.Key_Return)

    try:
        script = ModalScript().expect("change_passphrase_dialog", change)
        script.start()
        session.window.action_registry.get("change_passphrase").trigger()
        script.check()
        assert seen["wrong"] == "Dit is niet de huidige wachtwoordzin."
        assert session.window.isVisible()
        assert session.dossier.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 4
        assert "gewijzigd" in session.window.statusBar().currentMessage()
    finally:
        session.shutdown()
    path = tmp_path / "d.resokit"
    try:
        open_database(path, PASSPHRASE)
        raise AssertionError("the old passphrase still opens the file")
    except WrongPassphraseError:
        pass
    open_database(path, NEW).conn.close()
    for info in backups.list_backups(path, NEW):
        assert info.ok  # the backups follow the new passphrase


def test_security_settings_page_sets_idle_time_and_backup_counts(qtbot, tmp_path, monkeypatch):
    from resokit_desktop.storage.settings_repo import get_setting
    from resokit_desktop.ui.security.security_settings_page import SecurityPage
    from resokit_desktop.ui.settings.settings_pages import registered_pages

    assert "security" in [spec.key for spec in registered_pages()]
    session = _started(tmp_path, monkeypatch)
    session.triggers.idle_override = None  # follow the file's setting, as the real app does
    try:
        # The dialog as the window opens it (Instellingen…): saving tells the session.
        dialog = session.window.settings_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        page = dialog.show_page("security")
        assert isinstance(page, SecurityPage)
        assert page.idle_minutes.value() == 10
        assert (page.keep_daily.value(), page.keep_weekly.value()) == (7, 4)
        page.idle_minutes.clear()
        qtbot.keyClicks(page.idle_minutes, "3")
        page.keep_daily.setValue(5)
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert get_setting(session.dossier.db, "security.idle_lock_minutes") == 3
        assert get_setting(session.dossier.db, backups.SETTING_KEEP_DAILY) == 5
        assert session.idle.timeout_ms == 3 * 60_000
    finally:
        session.shutdown()
