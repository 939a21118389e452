"""Test helper: run the real `resokit` command in a child process."""

from __future__ import annotations

import os
import subprocess
import sys


def run_resokit(*args: str, passphrase: str | None = None, stdin: str | None = None,
                cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("RESOKIT_PASSPHRASE", None)
    if passphrase is not None:
        env["RESOKIT_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "resokit_desktop", *args],
        input=stdin if stdin is not None else "", capture_output=True, text=True, env=env,
        timeout=120, cwd=cwd,
    )
