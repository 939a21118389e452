"""Disk full: a save that cannot be written raises WriteFailedError, keeps the file intact and
succeeds on retry; exports and backups are never left half-written under their final name."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from canary_data import write_client_canaries

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.security.safe_output import OutputRefused, write_bytes_atomically
from resokit_desktop.storage import clients_repo, sessions_repo, settings_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.storage.errors import WriteFailedError

BIG = "buurt " * 60_000  # about 360 kB: needs many new pages


def _fill_up(db) -> None:
    """No room for a single new page: SQLITE_FULL on the next growth (test plan 7a)."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def _space_back(db) -> None:
    db.execute("PRAGMA max_page_count = 1073741823")


def _counts(db) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("clients", "consents", "sessions", "agreements", "settings")}


@pytest.mark.parametrize("passphrase", [None, "schijf vol"])
def test_full_disk_keeps_old_data_and_retry_succeeds(tmp_path: Path, passphrase) -> None:
    db = open_database(tmp_path / "d.resokit", passphrase)
    canaries = write_client_canaries(db)
    before = _counts(db)
    old = clients_repo.get_client(db, canaries.client_id)
    _fill_up(db)

    attempts = {
        "new client": lambda: clients_repo.save_client(db, Client(name="Nieuw", notes=BIG)),
        "edit client": lambda: clients_repo.save_client(
            db, Client(id=old.id, name=old.name, notes=BIG, consents=old.consents)),
        "session": lambda: sessions_repo.save_session(db, Session(
            client_id=old.id, date="2026-03-01", worked_on=BIG,
            agreements=[Agreement(what="x" * 100_000)])),
        "setting": lambda: settings_repo.set_setting(db, "groot", BIG),
    }
    for name, attempt in attempts.items():
        with pytest.raises(WriteFailedError):
            attempt()
        assert _counts(db) == before, name
        assert not db.conn.in_transaction
    assert clients_repo.get_client(db, old.id).notes == old.notes
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    _space_back(db)
    for attempt in attempts.values():
        attempt()
    assert clients_repo.get_client(db, old.id).notes == BIG
    db.conn.close()
    reopened = open_database(tmp_path / "d.resokit", passphrase)
    assert clients_repo.get_client(reopened, old.id).notes == BIG
    reopened.conn.close()


def test_export_to_dev_full_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(OutputRefused):
        write_bytes_atomically(Path("/dev/full"), b"data")
    assert Path("/dev/full").is_char_device()


def test_writing_to_dev_full_fails_loudly() -> None:
    """The device itself: a write reports ENOSPC (never a silent success)."""
    with pytest.raises(OSError), open("/dev/full", "wb") as handle:
        handle.write(b"x" * 10_000)
        handle.flush()


CHILD = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from resokit_desktop.storage.connection import open_database
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.security import access_export, transfer
    from resokit_desktop.domain.client import Client
    from resokit_desktop.storage import clients_repo
    folder, limit = Path(sys.argv[1]), int(sys.argv[2])
    dossier = DossierFile.open(folder / "d.resokit", "vol")
    cid = clients_repo.get_client(dossier.db, 1).id
    out = folder / "out"
    out.mkdir()
    # From here on no file may grow beyond `limit` bytes (EFBIG), like a full disk.
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    results = []
    for name, job in [
        ("access", lambda: access_export.export_access(dossier.db, cid, out)),
        ("transfer", lambda: transfer.export_client(dossier.db, cid, out / "t.overdracht", "x")),
        ("backup", lambda: dossier.backup_now()),
    ]:
        try:
            job()
            results.append(name + "=ok")
        except Exception as exc:
            results.append(name + "=failed:" + type(exc).__name__)
    print(" ".join(results))
""")


def test_exports_and_backups_under_a_file_size_limit_leave_no_partial_files(tmp_path) -> None:
    db = open_database(tmp_path / "d.resokit", "vol")
    write_client_canaries(db)
    clients_repo.save_client(db, Client(name="Groot", notes=BIG))
    db.conn.close()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), "20000"], capture_output=True, text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = dict(item.split("=", 1) for item in done.stdout.split())
    assert set(results) == {"access", "transfer", "backup"}
    assert all(value.startswith("failed") for value in results.values()), results
    print(results)
    out_files = sorted(p.name for p in (tmp_path / "out").iterdir())
    backup_dir = tmp_path / "backups"
    backup_files = sorted(p.name for p in backup_dir.iterdir()) if backup_dir.exists() else []
    assert out_files == [] and backup_files == [], (out_files, backup_files)
    # The dossier itself is untouched and opens.
    db = open_database(tmp_path / "d.resokit", "vol")
    assert clients_repo.count_clients(db) == 2
    db.conn.close()
