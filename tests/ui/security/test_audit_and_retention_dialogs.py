"""The audit log dialog lists events without content; the retention dialog lists old closed
dossiers and stores the number of years typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from resokit_desktop.domain.client import Client, ClientStatus
from resokit_desktop.security import audit, retention
from resokit_desktop.storage import clients_repo


def test_audit_dialog_shows_events_and_chain_state(qtbot, shown, dossier) -> None:
    from resokit_desktop.ui.security.audit_view import AuditDialog

    kept = clients_repo.save_client(dossier.db, Client(name="Nadia Ouali"))
    gone = clients_repo.save_client(dossier.db, Client(name="Weg"))
    audit.record(dossier.db, audit.AuditEvent.PRINTED, kept)
    from resokit_desktop.security.erase import erase_client

    erase_client(dossier.db, gone)
    dialog = shown(AuditDialog(dossier))
    model = dialog.table.model()
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert [r[1] for r in rows[:2]] == ["Cliënt definitief verwijderd", "Afgedrukt"]
    assert rows[0][2] == f"#{gone} (verwijderd)" and rows[1][2] == f"#{kept} Nadia Ouali"
    assert "ongewijzigd" in dialog.chain_label.text()


def test_audit_dialog_warns_when_the_log_was_tampered_with(qtbot, shown, dossier) -> None:
    from resokit_desktop.ui.security.audit_view import AuditDialog

    first = audit.record(dossier.db, audit.AuditEvent.PRINTED, 1)
    audit.record(dossier.db, audit.AuditEvent.PRINTED, 2)
    dossier.db.execute("UPDATE audit_log SET client_id = 5 WHERE id = ?", [first])
    dialog = shown(AuditDialog(dossier))
    assert "gewijzigd of onvolledig vanaf vermelding" in dialog.chain_label.text()


def test_retention_dialog_lists_old_closed_dossiers_and_saves_years(qtbot, shown,
                                                                    dossier) -> None:
    from resokit_desktop.ui.security.retention_dialog import RetentionDialog

    old = clients_repo.save_client(dossier.db, Client(name="Ion Popescu",
                                                      status=ClientStatus.CLOSED))
    clients_repo.save_client(dossier.db, Client(name="Recent", status=ClientStatus.CLOSED))
    # Setting the scene: Ion's dossier was last touched three years ago.
    dossier.db.execute("UPDATE clients SET updated_at = '2023-06-01T10:00:00+00:00' "
                       "WHERE id = ?", [old])
    dialog = shown(RetentionDialog(dossier))
    assert dialog.table.rowCount() == 0
    assert "Geen dossiers" in dialog.empty_label.text()

    qtbot.mouseClick(dialog.years, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.years, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.years, "2")
    qtbot.keyClick(dialog.years, Qt.Key.Key_Return)
    assert retention.retention_years(dossier.db) == 2
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Ion Popescu"
    assert dialog.table.item(0, 1).text() == "2023-06-01"
