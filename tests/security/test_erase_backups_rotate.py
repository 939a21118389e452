"""After an erase, the client lives on only in backups the rotation still keeps; as newer
backups come, rotation removes the older ones (what the delete dialog tells the user)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from canary_data import hits, raw_bytes, write_client_canaries

from resokit_desktop.security import backups
from resokit_desktop.security.erase import erase_client
from resokit_desktop.storage.connection import open_database

# Fixed dates, one for each weekday: which backups the weekly rotation keeps depends on the
# weekday of the erase, so a test built on today's date passed on some days and failed on others.
MONDAY = datetime(2026, 11, 23, 10, 30)
WEEK = [MONDAY + timedelta(days=d) for d in range(7)]


@pytest.mark.parametrize("today", WEEK, ids=[d.strftime("%A") for d in WEEK])
def test_rotation_drops_the_backups_that_still_hold_an_erased_client(tmp_path: Path,
                                                                    today: datetime) -> None:
    path = tmp_path / "dossiers.resokit"
    db = open_database(path)  # plain, so the scan can see the client in a backup
    gone = write_client_canaries(db, with_settings=False)
    before = [today - timedelta(days=d) for d in (60, 45, 30, 20, 3, 1)]
    for when in before:  # taken while the client was still there
        backups.make_backup(db, path, None, when)

    erase_client(db, gone.client_id)
    after = [today + timedelta(days=d) for d in range(0, 8)]  # the days that follow
    for when in after:
        backups.make_backup(db, path, None, when)
        backups.rotate(path, keep_daily=7, keep_weekly=4)

    kept = dict(backups.backup_files(path))
    holding = sorted(when for when, p in kept.items() if hits(raw_bytes(p), gone.tokens))
    clean = sorted(when for when, p in kept.items() if not hits(raw_bytes(p), gone.tokens))
    assert set(after[-7:]) <= set(clean)  # every backup after the erase is clean
    assert all(when < today for when in holding)  # what still holds the client predates the erase
    assert len(holding) <= 4  # only weekly ones from before the erase are left…
    assert before[0] not in kept  # …and the oldest is gone
    db.conn.close()
