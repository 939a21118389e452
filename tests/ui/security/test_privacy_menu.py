"""The privacy entries in the Dossier menu: client-bound ones wait for a client; each opens
its dialog on the current client."""

from __future__ import annotations

from privacy_ui_steps import when_dialog_opens
from PySide6.QtCore import Qt

from resokit_desktop.domain.client import Client
from resokit_desktop.storage import clients_repo


def test_entries_enable_with_a_client_and_open_their_dialogs(qtbot, dossier) -> None:
    from resokit_desktop.ui.main_window import MainWindow

    client_id = clients_repo.save_client(dossier.db, Client(name="Samira Haddad"))
    window = MainWindow(dossier)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    registry = window.action_registry
    dossier_menu = [a.text() for a in window.menuBar().actions()[2].menu().actions()]
    for text in ("&Inzage geven (PDF en JSON)…", "&Overdragen aan een collega…",
                 "Overdracht van een &collega inlezen…", "&Bewaartermijn nakijken…",
                 "&Logboek bekijken…"):
        assert text in dossier_menu
    assert not registry.get("access_export").isEnabled()
    assert not registry.get("transfer_export").isEnabled()
    assert registry.get("transfer_import").isEnabled() and registry.get("audit_log").isEnabled()

    table = window.client_list.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_client_id() == client_id)
    assert registry.get("access_export").isEnabled()

    opened: list[str] = []

    def close(dialog) -> None:
        opened.append(dialog.objectName())
        dialog.reject()

    for key in ("access_export", "transfer_export", "transfer_import", "retention_review",
                "audit_log"):
        when_dialog_opens(qtbot, close)
        registry.get(key).trigger()
    assert opened == ["access_export_dialog", "transfer_export_dialog",
                      "transfer_import_dialog", "retention_dialog", "audit_dialog"]
    window.overview.saver.stop()
