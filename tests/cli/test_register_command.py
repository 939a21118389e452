"""`resokit register export|import` as a user runs it: a colleague's register merged into ours;
a file that is not a register export gives one clear line and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_resokit

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry
from resokit_desktop.services.register_service import RegisterService
from resokit_desktop.storage.connection import open_database


def _dossier(path: Path, *entries: NeighbourhoodEntry) -> None:
    db = open_database(path)
    try:
        for entry in entries:
            RegisterService(db).save(entry)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()


def _entries(path: Path) -> dict[str, NeighbourhoodEntry]:
    db = open_database(path)
    try:
        return {e.name: e for e in RegisterService(db).entries()}
    finally:
        db.conn.close()


def test_export_a_neighbourhood_and_import_it_into_a_colleagues_file(tmp_path):
    mine, theirs = tmp_path / "mine.resokit", tmp_path / "theirs.resokit"
    _dossier(mine, NeighbourhoodEntry(name="Park", neighbourhood="Laken", notes="Mijn notitie"),
             NeighbourhoodEntry(name="Bib", neighbourhood="Jette"))
    _dossier(theirs, NeighbourhoodEntry(name="park", neighbourhood="Laken", notes="Hun notitie"))
    out = tmp_path / "laken.json"
    done = run_resokit("register", "export", "--data", str(mine), str(out),
                       "--neighbourhood", "laken")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote 1 register entries to {out} (no client data)"
    assert [e["name"] for e in json.loads(out.read_text())["entries"]] == ["Park"]
    again = run_resokit("register", "export", "--data", str(mine), str(out))
    assert again.returncode == 1 and "already exists" in again.stderr

    done = run_resokit("register", "import", "--data", str(theirs), str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("Added 0, merged 1, left 0 unchanged")
    notes = _entries(theirs)["park"].notes
    assert notes.startswith("Hun notitie\n\n— Aangevuld uit het buurtregister van een collega (")
    assert notes.endswith(") —\nMijn notitie")


def test_a_file_that_is_not_a_register_is_refused_in_one_line(tmp_path):
    mine = tmp_path / "mine.resokit"
    _dossier(mine, NeighbourhoodEntry(name="Park"))
    bad = tmp_path / "transfer.json"
    bad.write_text(json.dumps({"format": "resokit-neighbourhood-register", "version": 1,
                               "entries": [{"kind": "place", "name": "X", "client_id": 1}]}))
    done = run_resokit("register", "import", "--data", str(mine), str(bad))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"resokit: {bad} was not imported: unexpected field (entry 1: client_id); "
        "nothing was changed"]
    assert list(_entries(mine)) == ["Park"]
