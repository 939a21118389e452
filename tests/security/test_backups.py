"""Automatic backups: verified, encrypted like the file, include the WAL, rotated, restorable."""

from __future__ import annotations

from datetime import datetime, timedelta

from dossier_factory import CANARY, add_clients, make_dossier

from resokit_desktop.security import backups
from resokit_desktop.services.dossier_file import DossierFile, restore_dossier
from resokit_desktop.storage.connection import open_database
from resokit_desktop.storage.settings_repo import set_setting

PASSPHRASE = "back-ups blijven versleuteld"


def test_backup_is_verified_encrypted_and_holds_what_is_only_in_the_wal(db_path):
    make_dossier(db_path, PASSPHRASE, clients=3)
    dossier = DossierFile.open(db_path, PASSPHRASE)
    dossier.db.execute("PRAGMA wal_autocheckpoint = 0")
    from resokit_desktop.domain.client import Client
    from resokit_desktop.storage.clients_repo import save_client

    for number in range(10):
        save_client(dossier.db, Client(name=f"{CANARY} wal {number}"))
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    target = dossier.backup_now()
    dossier.close()
    assert target.parent == db_path.parent / "backups"
    assert target.name.startswith(db_path.name + ".") and target.name.endswith(".backup")
    assert CANARY.encode() not in target.read_bytes()
    infos = backups.list_backups(db_path, PASSPHRASE)
    assert [(i.path, i.clients, i.ok) for i in infos] == [(target, 13, True)]
    # Without the passphrase the list still shows dates, not contents.
    assert backups.list_backups(db_path)[0].clients is None
    assert not any(".tmp" in p.name for p in target.parent.iterdir())


def test_rotation_keeps_7_daily_and_4_weekly(db_path):
    # End to end with real encrypted backups; the rule's own cases (weekdays, gaps, DST, new
    # year) are tested directly in test_backup_rotation_rule.py.
    make_dossier(db_path, PASSPHRASE, clients=1)
    dossier = DossierFile.open(db_path, PASSPHRASE)
    start = datetime(2026, 1, 1, 9, 0, 0)  # a Thursday, in ISO week 1
    weekly = [start + timedelta(days=7 * week) for week in range(5)]  # weeks 1..5
    daily = [start + timedelta(days=day) for day in range(36, 43)]  # 6..12 February
    made = []
    for when in [*weekly, *daily[:4], daily[4] - timedelta(hours=5), *daily[4:]]:
        made.append(dossier.backup_now(now=when))  # one day also has a start-up backup
    dossier.close()
    left = backups.backup_files(db_path)
    assert len(left) == 11
    days = [when.date() for when, _ in left]
    assert days[:7] == [when.date() for when in reversed(daily)]
    weeks = {when.isocalendar()[:2] for when, _ in left[7:]}
    assert len(weeks) == 4
    assert [when for when, _ in left[7:]] == list(reversed(weekly[1:]))  # week 1 is dropped
    assert daily[4] - timedelta(hours=5) not in dict(left)  # one backup per day
    assert left[0][1] == made[-1]  # the newest is always kept
    stamps = [when for when, _ in left]
    assert stamps == sorted(stamps, reverse=True)
    for info in backups.list_backups(db_path, PASSPHRASE):
        assert info.ok and info.clients == 1


def test_rotation_follows_the_settings(db_path):
    make_dossier(db_path, PASSPHRASE, clients=1)
    dossier = DossierFile.open(db_path, PASSPHRASE)
    set_setting(dossier.db, backups.SETTING_KEEP_DAILY, 2)
    set_setting(dossier.db, backups.SETTING_KEEP_WEEKLY, 1)
    for day in (1, 4, 9, 10, 11):  # 1 March 2026 is a Sunday; 9 March a Monday
        dossier.backup_now(now=datetime(2026, 3, day, 12))
    dossier.close()
    # The default (7 daily, 4 weekly) would keep all five.
    assert [when for when, _ in backups.backup_files(db_path)] == [
        datetime(2026, 3, 11, 12), datetime(2026, 3, 10, 12), datetime(2026, 3, 9, 12)]


def test_backup_due_once_a_day(db_path):
    make_dossier(db_path, PASSPHRASE, clients=1)
    dossier = DossierFile.open(db_path, PASSPHRASE)
    now = datetime(2026, 5, 4, 8, 0)
    assert dossier.backup_if_due(now) is not None
    assert dossier.backup_if_due(now + timedelta(hours=23)) is None
    assert dossier.backup_if_due(now + timedelta(hours=24)) is not None
    dossier.close()


def test_restore_brings_back_the_backup_and_keeps_the_current_file_aside(db_path):
    make_dossier(db_path, PASSPHRASE, clients=5)
    dossier = DossierFile.open(db_path, PASSPHRASE)
    backup = dossier.backup_now()
    dossier.close()
    add_clients(db_path, PASSPHRASE, 4)
    current_bytes = db_path.read_bytes()
    aside = restore_dossier(db_path, backup, PASSPHRASE)
    assert aside is not None and aside.read_bytes() == current_bytes
    db = open_database(db_path, PASSPHRASE)
    assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 5
    db.conn.close()
    kept = open_database(aside, PASSPHRASE)
    assert kept.execute("SELECT count(*) FROM clients").fetchone()[0] == 9
    kept.conn.close()


def test_unfinished_backup_leftovers_are_cleaned(db_path):
    make_dossier(db_path, PASSPHRASE, clients=1)
    folder = backups.backups_dir(db_path)
    folder.mkdir()
    leftover = folder / (".x.backup" + ".tmp-write")
    leftover.write_bytes(b"half a backup")
    assert backups.clean_unfinished(db_path) == 1 and not leftover.exists()
