"""Every file that holds client data is 0600 and its folders 0700, whatever the umask: the
dossier and its -wal/-shm, backups, `resokit backup` copies, handover files, exports, restored
and kept-aside files, and the file after a passphrase change."""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from canary_data import write_client_canaries

from resokit_desktop.security import backups, transfer
from resokit_desktop.services.dossier_file import DossierFile, restore_dossier
from resokit_desktop.storage.connection import open_database

PASSPHRASE = "zeven blauwe fietsen in de regen"
NEW_PASSPHRASE = "acht groene tulpen op het dak"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_new_dossier_its_side_files_and_its_new_folders(tmp_path, umask):
    path = tmp_path / "nieuw" / "map" / "dossiers.resokit"
    dossier = DossierFile.open(path, PASSPHRASE)
    try:
        write_client_canaries(dossier.db)
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
        assert mode(tmp_path / "nieuw") == 0o700 and mode(path.parent) == 0o700
    finally:
        dossier.close()


def test_automatic_backup_and_its_folder(tmp_path, umask):
    dossier = DossierFile.open(tmp_path / "d.resokit", PASSPHRASE)
    try:
        write_client_canaries(dossier.db)
        made = dossier.backup_now()
        assert mode(made) == 0o600
        job_made = dossier.backup_job()()  # the start-up backup, on its own connection
        assert mode(job_made) == 0o600
    finally:
        dossier.close()
    assert mode(backups.backups_dir(tmp_path / "d.resokit")) == 0o700


def test_backups_folder_made_by_an_older_version_is_tightened(tmp_path, umask):
    folder = tmp_path / "backups"
    folder.mkdir()
    os.chmod(folder, 0o755)
    dossier = DossierFile.open(tmp_path / "d.resokit")
    try:
        dossier.backup_now()
    finally:
        dossier.close()
    assert mode(folder) == 0o700


def test_backup_command_copy(tmp_path, umask):
    source = tmp_path / "d.resokit"
    db = open_database(source, PASSPHRASE)
    write_client_canaries(db)
    db.conn.close()
    out = tmp_path / "kopie.resokit"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESOKIT_")}
    env["RESOKIT_PASSPHRASE"] = PASSPHRASE
    result = subprocess.run(  # the child inherits this process's umask
        [sys.executable, "-m", "resokit_desktop", "backup", "--data", str(source),
         "--out", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert mode(out) == 0o600


def test_handover_file(tmp_path, umask):
    db = open_database(tmp_path / "d.resokit", PASSPHRASE)
    try:
        client = write_client_canaries(db).client_id
        out = tmp_path / "overdracht.resokit-overdracht"
        transfer.export_client(db, client, out, "overdracht wachtwoord lang")
    finally:
        db.conn.close()
    assert mode(out) == 0o600


def test_passphrase_change_keeps_the_file_and_its_backups_private(tmp_path, umask):
    path = tmp_path / "d.resokit"
    dossier = DossierFile.open(path, PASSPHRASE)
    write_client_canaries(dossier.db)
    backup = dossier.backup_now()
    dossier.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    try:
        assert mode(path) == 0o600 and mode(backup) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
    finally:
        dossier.close()


def test_restored_file_and_the_copy_kept_aside(tmp_path, umask):
    path = tmp_path / "d.resokit"
    dossier = DossierFile.open(path, PASSPHRASE)
    write_client_canaries(dossier.db)
    backup = dossier.backup_now()
    dossier.close()
    aside = restore_dossier(path, backup, PASSPHRASE)
    assert mode(path) == 0o600 and mode(aside) == 0o600


def test_a_dossier_left_0644_by_an_older_version_is_made_private_on_opening(tmp_path, umask):
    path = tmp_path / "d.resokit"
    open_database(path, PASSPHRASE).conn.close()
    os.chmod(path, 0o644)
    dossier = DossierFile.open(path, PASSPHRASE)
    try:
        write_client_canaries(dossier.db)
        assert mode(path) == 0o600 and mode(Path(f"{path}-wal")) == 0o600
    finally:
        dossier.close()


def test_the_per_user_data_folder_is_made_private(umask, tmp_path):
    from resokit_desktop import paths
    from resokit_desktop.app import data_path_for

    shutil.rmtree(paths.default_data_path().parent, ignore_errors=True)  # the tests' own home
    path = data_path_for(argparse.Namespace(data=None))
    folder = path.parent
    assert mode(folder) == 0o700  # created by us
    os.chmod(folder, 0o755)  # as an older version left it
    assert data_path_for(argparse.Namespace(data=None)) == path
    assert mode(folder) == 0o700
    given = tmp_path / "elders" / "mijn.resokit"  # --data: a folder of the user's own
    given.parent.mkdir()
    os.chmod(given.parent, 0o755)
    data_path_for(argparse.Namespace(data=str(given)))
    assert mode(given.parent) == 0o755
