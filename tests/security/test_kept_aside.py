"""Copies kept aside on restore follow a passphrase change: re-encrypted, or (damaged ones)
removed after asking, so the old passphrase opens no copy any more."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from canary_data import write_client_canaries

from resokit_desktop.security import backups
from resokit_desktop.services.dossier_file import (
    DossierFile,
    kept_aside_copies,
    remove_kept_aside,
    restore_dossier,
)
from resokit_desktop.storage.connection import connect_plainly
from resokit_desktop.storage.errors import StorageError

OLD = "zeven blauwe fietsen in de regen"
NEW = "acht groene tulpen op het dak"


def _dossier_with_kept_aside(tmp_path: Path) -> tuple[Path, Path, Path]:
    """An encrypted dossier with a copy kept aside by a restore and a damaged copy."""
    path = tmp_path / "dossiers.resokit"
    dossier = DossierFile.open(path, OLD)
    write_client_canaries(dossier.db)
    backup = dossier.backup_now()
    dossier.close()
    before_restore = restore_dossier(path, backup, OLD)
    damaged = path.with_name(path.name + ".damaged-20261123-103000")
    shutil.copyfile(path, damaged)
    data = bytearray(damaged.read_bytes())
    data[3 * 4096 + 100: 3 * 4096 + 140] = bytes(40)  # a page whose check fails
    damaged.write_bytes(bytes(data))
    return path, before_restore, damaged


def _opens(path: Path, passphrase: str) -> bool:
    try:
        connect_plainly(path, passphrase).close()
    except StorageError:
        return False
    return True


def test_kept_aside_copies_are_listed_oldest_first(tmp_path):
    path, before_restore, damaged = _dossier_with_kept_aside(tmp_path)
    (tmp_path / "dossiers.resokit.damaged-20261123-103000-wal").write_bytes(b"")
    (tmp_path / "ander.resokit.damaged-20261123-103000").write_bytes(b"")
    listed = kept_aside_copies(path)
    assert [c.path for c in listed] == [damaged, before_restore]
    assert [c.label for c in listed] == ["damaged", "before-restore"]
    assert listed[0].created.strftime("%Y-%m-%d %H:%M") == "2026-11-23 10:30"


def test_after_a_passphrase_change_the_old_one_opens_no_copy(tmp_path):
    path, before_restore, damaged = _dossier_with_kept_aside(tmp_path)
    assert _opens(before_restore, OLD) and _opens(damaged, OLD)
    dossier = DossierFile.open(path, OLD)
    try:
        left = dossier.change_passphrase(OLD, NEW)
    finally:
        dossier.close()
    assert left == [damaged]  # could not be re-encrypted: the window asks to remove it
    assert _opens(before_restore, NEW)
    for copy in left:
        remove_kept_aside(path, copy)
    every_copy = [p for p in tmp_path.iterdir() if p.is_file() and p.suffix != ".lock"]
    every_copy += [p for _when, p in backups.backup_files(path)]
    assert not damaged.exists()
    assert [p for p in every_copy if _opens(p, OLD)] == []


def test_only_kept_aside_copies_of_this_dossier_can_be_removed(tmp_path):
    path, before_restore, _damaged = _dossier_with_kept_aside(tmp_path)
    for other in (path, tmp_path / "elders.txt"):
        other.touch()
        with pytest.raises(ValueError):
            remove_kept_aside(path, other)
        assert other.exists()
    remove_kept_aside(path, before_restore)
    assert not before_restore.exists()


def test_passphrase_change_and_restore_through_a_symbolic_link_keep_the_link(tmp_path):
    real = tmp_path / "echt.resokit"
    link = tmp_path / "link.resokit"
    dossier = DossierFile.open(real, OLD)
    backup = dossier.backup_now()
    dossier.close()
    link.symlink_to(real)
    through_link = DossierFile.open(link, OLD)
    try:
        through_link.change_passphrase(OLD, NEW)
    finally:
        through_link.close()
    assert link.is_symlink() and _opens(real, NEW)
    restore_dossier(link, backup, NEW)
    assert link.is_symlink() and _opens(real, NEW)
