"""Kill -9 during exports: a transfer file or an access export is complete under its final
name or not there at all; a half-written file only ever exists under a temporary name."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlcipher3

from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.storage.connection import open_database

# A SIGKILL loop: part of CI's full run, left out of the everyday `./test.sh -m "not slow"`.
pytestmark = pytest.mark.slow

ITERATIONS = int(os.environ.get("RESOKIT_EXPORT_KILLS", "10"))
EXPORTER = """
import sys
from pathlib import Path
from resokit_desktop.storage.connection import open_database
from resokit_desktop.security import access_export, transfer
folder = Path(sys.argv[1])
db = open_database(folder / "d.resokit")
print("READY", flush=True)
while True:
    for client_id in (1, 2, 3):
        transfer.export_client(db, client_id, folder / "out" / "overdracht.x", "zin")
        access_export.export_access(db, client_id, folder / "out")
        print("DONE", flush=True)
"""


def _valid_transfer(path: Path) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA key = 'zin'")
        return (conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                and conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1)
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def test_killed_exports_never_leave_a_partial_final_file(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.resokit")
    fill_demo(db)
    db.conn.close()
    (tmp_path / "out").mkdir()
    rng = random.Random(7)
    partial_final = 0
    finals_checked = 0
    for _ in range(ITERATIONS):
        child = subprocess.Popen([sys.executable, "-c", EXPORTER, str(tmp_path)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "READY"
        # One whole round of exports first, however slow the machine; then a kill at a random
        # moment of the rounds that follow.
        assert child.stdout.readline().strip() == "DONE"
        time.sleep(rng.uniform(0.2, 2.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        for path in (tmp_path / "out").iterdir():
            if ".tmp-write" in path.name:
                path.unlink()  # what a clean-up at start does; never a final name
                continue
            finals_checked += 1
            if path.suffix == ".x":
                ok = _valid_transfer(path)
            elif path.suffix == ".json":
                try:
                    ok = json.loads(path.read_text(encoding="utf-8"))["format"] is not None
                except (ValueError, KeyError):
                    ok = False
            else:
                ok = path.read_bytes().rstrip().endswith(b"%%EOF")
            partial_final += not ok
    print(f"\nexport kills: {ITERATIONS}, final files checked {finals_checked}, "
          f"partial final files {partial_final}")
    assert finals_checked > 0
    assert partial_final == 0
