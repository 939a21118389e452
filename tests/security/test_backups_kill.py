"""SIGKILL during automatic backups: every file under a final backup name is whole; unfinished
ones exist only under a temporary name and are cleaned at the next start (plan test 2)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from dossier_factory import make_dossier

from resokit_desktop.security import backups
from resokit_desktop.storage.file_inspect import OK, inspect_file

# A SIGKILL loop: part of CI's full run, left out of the everyday `./test.sh -m "not slow"`.
pytestmark = pytest.mark.slow

PASSPHRASE = "back-up onder vuur"
KILLS = int(os.environ.get("RESOKIT_BACKUP_KILLS", "12"))

CHILD = """
import sys
from pathlib import Path
from resokit_desktop.services.dossier_file import DossierFile
dossier = DossierFile.open(Path(sys.argv[1]), sys.argv[2])
print("START", flush=True)
while True:
    dossier.backup_now()
    print("DONE", flush=True)
"""


def test_killed_backups_never_leave_a_half_file_under_a_final_name(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=300,
                        notes="verslag " * 300)
    rng = random.Random(2)
    temp_seen, checked, bad = 0, 0, []
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), PASSPHRASE],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "START"
        # At least one whole backup first, however slow the machine: then a kill at a random
        # moment of the backups that follow.
        assert child.stdout.readline().strip() == "DONE"
        time.sleep(rng.uniform(0.05, 1.0))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        folder = backups.backups_dir(path)
        temp_seen += sum(1 for p in folder.iterdir() if ".tmp-write" in p.name)
        for _when, final in backups.backup_files(path):
            checked += 1
            if inspect_file(final, PASSPHRASE).status != OK:
                bad.append(final.name)
        backups.clean_unfinished(path)
        assert not any(".tmp-write" in p.name for p in folder.iterdir())
    print(f"\n{KILLS} kills: {checked} final-named backups checked after the kills, "
          f"damaged: {len(bad)}; unfinished temporary files cleaned: {temp_seen}")
    assert checked and bad == []
    assert inspect_file(path, PASSPHRASE).status == OK
