"""Test helper: a real tiny file system (tmpfs) that can be filled up or made read-only.

Mounting needs root (as on the test machines); elsewhere the tests that need it are skipped
with the reason. Nothing here is simulated: SQLite meets a real ENOSPC or EROFS.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SIZE = "4m"


@contextlib.contextmanager
def tiny_disk(parent: Path) -> Iterator[Path]:
    folder = parent / "tiny-disk"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs",
                           str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Write until the file system says ENOSPC: the disk is full."""
    fd = os.open(folder / "filler.bin", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError as exc:
        assert exc.errno == 28, exc
    finally:
        os.close(fd)
    fd = os.open(folder / "filler2.bin", os.O_WRONLY | os.O_CREAT, 0o600)
    try:  # the last partial block too
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    finally:
        os.close(fd)


def make_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def copy_with_wal(source_db, target: Path) -> None:
    """Copy an open database's file and its WAL, as left by a crash (the WAL must be replayed)."""
    source = Path(source_db)
    for suffix in ("", "-wal"):
        shutil.copyfile(str(source) + suffix, str(target) + suffix)


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """The file alone becomes read-only (a read-only bind mount); its folder stays writable."""
    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root")
    done = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {done.stderr.strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], check=True)
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)
