"""Audit log: events with time and client id only, in a hash chain that shows tampering."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from canary_data import write_client_canaries

from resokit_desktop.security import audit
from resokit_desktop.security.erase import erase_client
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage.connection import open_database


def test_entries_carry_no_content(db) -> None:
    canaries = write_client_canaries(db)
    audit.record(db, audit.AuditEvent.PRINTED, canaries.client_id)
    erase_client(db, canaries.client_id)
    rows = db.execute("SELECT * FROM audit_log").fetchall()
    text = repr(rows)
    assert not any(token in text for token in canaries.tokens.values())
    assert [(e.event, e.client_id) for e in audit.entries(db)] == [
        ("deleted", canaries.client_id), ("printed", canaries.client_id)]
    assert audit.verify(db) is None


def test_unknown_event_names_are_refused(db) -> None:
    with pytest.raises(ValueError):
        audit.record(db, "Marie bekeken")
    assert audit.entries(db) == []


@pytest.mark.parametrize("how", ["edit_event", "edit_client", "delete_middle"])
def test_tampering_is_detected_at_its_position(db, how: str) -> None:
    ids = [audit.record(db, audit.AuditEvent.PRINTED, n) for n in range(1, 6)]
    assert audit.verify(db) is None
    if how == "edit_event":
        db.execute("UPDATE audit_log SET event = 'opened' WHERE id = ?", [ids[2]])
        assert audit.verify(db) == ids[2]
    elif how == "edit_client":
        db.execute("UPDATE audit_log SET client_id = 99 WHERE id = ?", [ids[1]])
        assert audit.verify(db) == ids[1]
    else:
        db.execute("DELETE FROM audit_log WHERE id = ?", [ids[2]])
        assert audit.verify(db) == ids[3]


def test_backup_and_transfer_are_logged_in_the_encrypted_file(tmp_path: Path) -> None:
    dossier = DossierFile.open(tmp_path / "d.resokit", "wachtwoord voor audit")
    try:
        canaries = write_client_canaries(dossier.db)
        dossier.backup_now()
        from resokit_desktop.security import transfer

        transfer.export_client(dossier.db, canaries.client_id, tmp_path / "x.overdracht", "ander")
        events = [e.event for e in audit.entries(dossier.db)]
        assert "backup" in events and "transfer_export" in events
    finally:
        dossier.close()
    # The log lives inside the encrypted file: without the passphrase it is not readable.
    with pytest.raises(sqlcipher3.DatabaseError):
        sqlcipher3.connect(str(tmp_path / "d.resokit")).execute(
            "SELECT * FROM audit_log").fetchall()
    reopened = open_database(tmp_path / "d.resokit", "wachtwoord voor audit")
    assert audit.verify(reopened) is None
    reopened.conn.close()
