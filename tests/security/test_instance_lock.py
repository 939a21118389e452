"""One writer: a second process is refused, naming since when; a killed holder's lock is freed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from resokit_desktop.security.instance_lock import (
    AlreadyOpenError,
    HardLinkedError,
    InstanceLock,
    check_single_name,
    lock_path_for,
)

HOLDER = """
import sys, time
from pathlib import Path
from resokit_desktop.security.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("READY", flush=True)
time.sleep(60)
"""


def _start_holder(dossier):
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(dossier)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "READY"
    return child


def test_second_instance_refused_then_lock_recovered_after_kill(db_path):
    db_path.write_bytes(b"")
    child = _start_holder(db_path)
    try:
        started = datetime.now(UTC)
        with pytest.raises(AlreadyOpenError) as refused:
            InstanceLock(db_path).acquire()
        holder = refused.value.holder
        assert holder is not None and holder.pid == child.pid
        assert abs(holder.since - started) < timedelta(minutes=1)
        assert "already open (since " in str(refused.value)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        killed_at = time.monotonic()
        lock = InstanceLock(db_path)
        lock.acquire()
        recovery_seconds = time.monotonic() - killed_at
        assert lock.was_stale and lock.stale_holder.pid == child.pid
        print(f"\nlock recovered {recovery_seconds * 1000:.1f} ms after SIGKILL")
        lock.release()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert not lock_path_for(db_path).exists()


def test_lock_file_holds_no_client_data_and_is_private(db_path):
    with InstanceLock(db_path) as lock:
        text = lock.path.read_text()
        assert set(__import__("json").loads(text)) == {"pid", "host", "user", "since"}
        assert (lock.path.stat().st_mode & 0o777) == 0o600
        # The same process asking twice is harmless; another claim in-process is refused.
        lock.acquire()
        with pytest.raises(AlreadyOpenError):
            InstanceLock(db_path).acquire()
    again = InstanceLock(db_path)
    again.acquire()
    assert not again.was_stale
    again.release()


def test_a_symlink_and_its_target_share_one_lock(tmp_path):
    real = tmp_path / "echt" / "dossiers.resokit"
    real.parent.mkdir()
    real.write_bytes(b"")
    link = tmp_path / "snelkoppeling.resokit"
    link.symlink_to(real)
    child = _start_holder(link)  # another process opens the file through the link
    try:
        with pytest.raises(AlreadyOpenError) as refused:
            InstanceLock(real).acquire()
        assert refused.value.holder.pid == child.pid
        assert lock_path_for(real).exists()
        assert not (tmp_path / "snelkoppeling.resokit.lock").exists()
    finally:
        child.kill()
        child.wait()
    with InstanceLock(real):
        with pytest.raises(AlreadyOpenError):
            InstanceLock(link).acquire()


def test_a_dossier_file_with_a_second_name_is_refused_saying_why(tmp_path):
    path = tmp_path / "dossiers.resokit"
    path.write_bytes(b"SQLite format 3\x00")
    check_single_name(path)  # one name: fine
    other = tmp_path / "kopie.resokit"
    os.link(path, other)
    for name in (path, other):
        with pytest.raises(HardLinkedError) as refused:
            check_single_name(name)
        assert refused.value.names == 2
        assert "has 2 names (hard links)" in str(refused.value)
        assert "two programs could write to it at once" in str(refused.value)
