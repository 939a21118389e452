"""Canary scan: no client text readable in the encrypted file, its WAL, backups or a transfer."""

from __future__ import annotations

from pathlib import Path

import pytest
from canary_data import hits, raw_bytes, write_client_canaries

from resokit_desktop.security import transfer
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo

PASSPHRASE = "kanarie in de mijn"


def _scan_folder(folder: Path, tokens: list[str]) -> dict[str, list[str]]:
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        leaked = hits(raw_bytes(path), tokens)
        if leaked:
            found[str(path.relative_to(folder))] = leaked
    return found


def _write_everything(folder: Path, passphrase: str | None) -> tuple[DossierFile, list[str]]:
    dossier = DossierFile.open(folder / "dossiers.resokit", passphrase)
    first = write_client_canaries(dossier.db)
    second = write_client_canaries(dossier.db)
    assert first.uncovered_tables == [] and second.uncovered_tables == []
    tokens = list(first.tokens.values()) + list(second.tokens.values())
    dossier.backup_now()
    transfer.export_client(
        dossier.db, first.client_id, folder / "overdracht.resokit-overdracht", "eigen wachtwoord"
    )
    # A later edit, so the WAL holds fresh pages while the file is open.
    client = clients_repo.get_client(dossier.db, second.client_id)
    client.notes += " en nog iets"
    clients_repo.save_client(dossier.db, client)
    return dossier, tokens


def test_control_a_plain_dossier_shows_the_canaries(tmp_path: Path) -> None:
    """Without encryption the same scan finds them: the scan itself works."""
    dossier, tokens = _write_everything(tmp_path, None)
    try:
        found = _scan_folder(tmp_path, tokens)
        assert "dossiers.resokit-wal" in found or "dossiers.resokit" in found
        assert any(name.startswith("backups/") for name in found)
    finally:
        dossier.close()


def test_no_canary_in_any_file_of_an_encrypted_dossier(tmp_path: Path) -> None:
    dossier, tokens = _write_everything(tmp_path, PASSPHRASE)
    try:
        wal = tmp_path / "dossiers.resokit-wal"
        assert wal.exists() and wal.stat().st_size > 0, "the WAL must be part of the scan"
        names = {p.name for p in tmp_path.rglob("*") if p.is_file()}
        assert any(n.endswith(".backup") for n in names)
        assert "overdracht.resokit-overdracht" in names
        assert _scan_folder(tmp_path, tokens) == {}
        # and the data is really there for whoever has the passphrase
        assert clients_repo.list_clients(dossier.db, search=tokens[0])
    finally:
        dossier.close()
    assert _scan_folder(tmp_path, tokens) == {}


@pytest.mark.parametrize("passphrase", [PASSPHRASE])
def test_every_client_table_got_canaries(tmp_path: Path, passphrase: str) -> None:
    dossier = DossierFile.open(tmp_path / "d.resokit", passphrase)
    try:
        canaries = write_client_canaries(dossier.db)
        from resokit_desktop.storage import client_rows_repo

        rows = client_rows_repo.collect(dossier.db, canaries.client_id)
        assert all(rows[name] for name in rows), [n for n in rows if not rows[n]]
    finally:
        dossier.close()
