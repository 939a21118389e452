"""One writer: a second process is refused, naming since when; a killed holder's lock is freed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from resokit_desktop.security.instance_lock import AlreadyOpenError, InstanceLock, lock_path_for

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
