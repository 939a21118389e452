"""At a terminal the CLI asks for the passphrase without echo (getpass) instead of failing."""

from __future__ import annotations

import os
import pty
import select
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "gevraagd aan de terminal"


def _run_in_terminal(args: list[str], answer: str) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if k != "RESOKIT_PASSPHRASE"}
    pid, master = pty.fork()
    if pid == 0:
        os.execve(sys.executable, [sys.executable, "-m", "resokit_desktop", *args], env)
    output, answered = b"", False
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        if not answered and b"Passphrase for" in output:
            os.write(master, answer.encode() + b"\n")
            answered = True
    _, status = os.waitpid(pid, 0)
    os.close(master)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_check_asks_the_passphrase_at_a_terminal(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=2)
    code, output = _run_in_terminal(["check", "--data", str(path)], PASSPHRASE)
    assert code == 0, output
    assert "Passphrase for d.resokit:" in output and "integrity: ok" in output
    assert PASSPHRASE not in output  # not echoed


def test_wrong_answer_at_the_terminal_is_one_clear_line(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=1)
    code, output = _run_in_terminal(["check", "--data", str(path)], "iets anders")
    assert code == 1
    assert "wrong passphrase or damaged file" in output
