"""The automatic backup runs when one is due (daily), not on every start: the day is pinned."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from resokit_desktop.security import backups
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "back-up alleen wanneer nodig"


def _start_and_stop(path: Path, when: datetime) -> None:
    session = DossierSession(path, idle_ms=3_600_000, clock=lambda: when)
    assert session.start()
    session.wait_for_backup()
    assert session.last_backup_error is None
    session.shutdown()


def test_two_starts_on_one_day_make_one_backup_and_the_next_day_a_second(
        qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=3)
    _start_and_stop(path, datetime(2025, 3, 4, 9, 0))
    _start_and_stop(path, datetime(2025, 3, 4, 15, 30))
    assert [when for when, _ in backups.backup_files(path)] == [datetime(2025, 3, 4, 9, 0)]
    _start_and_stop(path, datetime(2025, 3, 5, 9, 5))
    assert [when for when, _ in backups.backup_files(path)] == [
        datetime(2025, 3, 5, 9, 5), datetime(2025, 3, 4, 9, 0)]
    assert all(info.ok for info in backups.list_backups(path, PASSPHRASE))
