"""A full disk, a read-only folder and a wrong passphrase are three different lines on the
command line (`check`, `backup`, `summary`); only the last one speaks of the passphrase.

The disk is real: a tiny tmpfs filled to ENOSPC, or remounted read-only (tests/security/
disk_states.py; skipped where a tmpfs cannot be mounted).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from cli_runner import run_resokit

sys.path.insert(0, str(Path(__file__).parents[1] / "security"))
from disk_states import copy_with_wal, fill, make_read_only, tiny_disk  # noqa: E402
from dossier_factory import add_clients, make_dossier  # noqa: E402

PASSPHRASE = "een lange zin voor een volle schijf"


@pytest.fixture
def disk(tmp_path):
    with tiny_disk(tmp_path) as folder:
        yield folder


def _commands(tmp_path: Path) -> list[list[str]]:
    return [["check"], ["backup", "--out", str(tmp_path / "copy.resokit")],
            ["summary", "--client", "1", "--out", str(tmp_path / "summary.pdf")]]


def _one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, (result.stdout, result.stderr)
    return lines[0]


def test_full_disk_says_full_not_wrong_passphrase(tmp_path, disk):
    source = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=3)
    path = disk / "d.resokit"
    shutil.copyfile(source, path)
    fill(disk)
    for command in _commands(tmp_path):
        line = _one_line(run_resokit(*command, "--data", str(path), passphrase=PASSPHRASE))
        assert "the disk is full" in line, (command, line)
        assert "passphrase" not in line, (command, line)
    # A wrong passphrase is still told as one, full disk or not.
    line = _one_line(run_resokit("check", "--data", str(path), passphrase="niet de goede"))
    assert "wrong passphrase" in line


def test_read_only_folder_says_read_only_not_wrong_passphrase(tmp_path, disk):
    from resokit_desktop.storage.connection import open_database

    source = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=3)
    db = open_database(source, PASSPHRASE)
    try:
        db.execute("PRAGMA wal_autocheckpoint = 0")
        add_clients_in(db)
        path = disk / "d.resokit"
        copy_with_wal(source, path)  # as left by a crash: opening must replay the WAL
    finally:
        db.conn.close()
    make_read_only(disk)
    for command in _commands(tmp_path):
        line = _one_line(run_resokit(*command, "--data", str(path), passphrase=PASSPHRASE))
        assert "read-only" in line, (command, line)
        assert "passphrase" not in line, (command, line)


def add_clients_in(db) -> None:
    from resokit_desktop.domain.client import Client
    from resokit_desktop.storage.clients_repo import save_client

    save_client(db, Client(name="alleen in de WAL"))


def test_wrong_passphrase_on_a_healthy_disk_is_still_a_wrong_passphrase(tmp_path):
    for index, command in enumerate(_commands(tmp_path)):
        # A file of its own per command: wrong tries on one file add up to a wait, which the
        # command line announces on a line of its own (tests/cli/test_passphrase_waits.py).
        path = make_dossier(tmp_path / f"d{index}.resokit", PASSPHRASE, clients=2)
        add_clients(path, PASSPHRASE, 1)
        line = _one_line(run_resokit(*command, "--data", str(path), passphrase="niet de goede"))
        assert "wrong passphrase" in line, (command, line)
