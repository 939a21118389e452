"""Damaged files: truncated and byte-tampered copies are all detected, and restore brings back
the newest backup (the SQLCipher integrity-test method, with a plain-SQLite control)."""

from __future__ import annotations

import os
import random

import pytest
from dossier_factory import make_dossier

from resokit_desktop.security import backups, integrity
from resokit_desktop.services.dossier_file import DossierFile, restore_dossier
from resokit_desktop.storage.connection import PAGE_SIZE, open_database

PASSPHRASE = "beschadigd of niet, we zien het"
RESERVE = 80  # SQLCipher 4 keeps IV (16) + HMAC-SHA512 (64) at the end of every page


@pytest.fixture
def damaged_setup(db_path):
    """An encrypted dossier of several pages with one verified backup beside it."""
    make_dossier(db_path, PASSPHRASE, clients=60, notes="aantekening " * 80)
    dossier = DossierFile.open(db_path, PASSPHRASE)
    dossier.backup_now()
    dossier.close()
    return db_path, db_path.read_bytes()


def _tamper(path, original: bytes, offset: int) -> None:
    data = bytearray(original)
    for index in range(offset, min(offset + 3, len(data))):
        data[index] ^= 0xA5
    path.write_bytes(bytes(data))


def _offsets(size: int) -> dict[str, list[int]]:
    pages = size // PAGE_SIZE
    rng = random.Random(20261123)
    last = (pages - 1) * PAGE_SIZE
    return {
        "page 1 (salt, header, data)": [0, 8, 16, 40, 100, 1000, 3000],
        "page 1 reserve (IV/HMAC)": [PAGE_SIZE - RESERVE, PAGE_SIZE - 40, PAGE_SIZE - 3],
        "interior pages": [rng.randrange(PAGE_SIZE, last) for _ in range(40)],
        "interior reserve": [p * PAGE_SIZE - rng.randrange(3, RESERVE)
                             for p in rng.sample(range(2, pages), min(10, pages - 2))],
        "last page": [last, last + 500, size - RESERVE - 10, size - 3],
    }


@pytest.mark.slow  # ~64 tampered copies, each opened with the KDF: CI's full run only
def test_byte_tampering_is_detected_every_time(damaged_setup):
    path, original = damaged_setup
    size = len(original)
    missed, total, named_pages = [], 0, set()
    for area, offsets in _offsets(size).items():
        for offset in offsets:
            _tamper(path, original, offset)
            report = integrity.diagnose(path, PASSPHRASE)
            total += 1
            if report.status != integrity.DAMAGED:
                missed.append((area, offset, report.status))
            named_pages.update(p for p in report.problems if p.startswith("HMAC"))
    path.write_bytes(original)
    print(f"\ntampered copies: {total}, detected: {total - len(missed)}, "
          f"pages named by cipher_integrity_check: {len(named_pages)}")
    assert missed == []
    assert integrity.diagnose(path, PASSPHRASE).status == integrity.OK


def test_plain_sqlite_control_misses_tampering(tmp_path):
    """Negative control: without SQLCipher's HMAC most data-page tampering goes unnoticed."""
    path = make_dossier(tmp_path / "plain.resokit", None, clients=60, notes="aantekening " * 80)
    original = path.read_bytes()
    rng = random.Random(7)
    offsets = [rng.randrange(PAGE_SIZE, len(original)) for _ in range(40)]
    detected = 0
    for offset in offsets:
        _tamper(path, original, offset)
        if integrity.diagnose(path, None).status == integrity.DAMAGED:
            detected += 1
    print(f"\nplain control: {detected}/{len(offsets)} tampered copies detected")
    assert detected < len(offsets)


@pytest.mark.parametrize("cut", ["zero", "100", "page-1", "half", "size-1", "one-page-less"])
def test_truncated_file_is_detected_and_restore_brings_back_the_backup(damaged_setup, cut):
    path, original = damaged_setup
    size = len(original)
    length = {"zero": 0, "100": 100, "page-1": PAGE_SIZE - 1, "half": size // 2,
              "size-1": size - 1, "one-page-less": size - PAGE_SIZE}[cut]
    os.truncate(path, length)
    damaged_bytes = path.read_bytes()
    report = integrity.diagnose(path, PASSPHRASE)
    assert report.status == integrity.DAMAGED, report
    newest = backups.newest_good_backup(path, PASSPHRASE)
    assert newest is not None and newest.clients == 60
    aside = restore_dossier(path, newest.path, PASSPHRASE)
    assert aside.read_bytes() == damaged_bytes  # kept aside, never overwritten
    assert integrity.diagnose(path, PASSPHRASE).status == integrity.OK
    db = open_database(path, PASSPHRASE)
    assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 60
    db.conn.close()


def test_damaged_plain_header_is_damaged_not_a_passphrase_question(tmp_path):
    path = make_dossier(tmp_path / "plain.resokit", None, clients=3)
    data = bytearray(path.read_bytes())
    data[16:20] = b"\xff\xff\xff\xff"  # page size field
    path.write_bytes(bytes(data))
    assert integrity.diagnose(path, None).status == integrity.DAMAGED
