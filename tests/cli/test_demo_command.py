"""`resokit demo` never leaves a half-made dossier under the name the user gave: whatever stops
it (an unexpected error, a kill), the file appears complete or not at all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from resokit_desktop.cli.main import main
from resokit_desktop.services import demo_service


def _fail_halfway(db, ids, today) -> None:
    raise RuntimeError("a catalogue could not be read")


def test_an_unexpected_error_halfway_gives_one_line_and_no_file(tmp_path: Path, capsys,
                                                               monkeypatch) -> None:
    target = tmp_path / "demo.resokit"
    # Fault injection: the clients are written, then a later part of the demo fails.
    monkeypatch.setattr(demo_service, "_extensions", lambda: [_fail_halfway])
    code = main(["demo", "--data", str(target)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert len(err) == 1 and err[0].startswith("resokit: could not write") and "catalogue" in err[0]
    assert list(tmp_path.iterdir()) == []  # nothing under the final name, no leftovers


def test_a_demo_killed_while_writing_leaves_nothing_under_the_final_name(tmp_path: Path) -> None:
    target = tmp_path / "demo.resokit"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-m", "resokit_desktop", "demo", "--data",
                              str(target)], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    # Wait until the writing has begun (some file in the folder), then kill mid-way.
    while not any(tmp_path.iterdir()) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    if child.poll() is not None:
        pytest.fail("the demo finished before it could be interrupted")
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert not target.exists()
    # The next run cleans up what the killed one left and writes the whole file.
    again = subprocess.run([sys.executable, "-m", "resokit_desktop", "demo", "--data",
                            str(target)], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.resokit"]
