"""Get the dossier passphrase on the command line: RESOKIT_PASSPHRASE, or ask at a terminal.

Wrong tries are counted per file in the same record as the window's (``security.attempt_store``):
before a passphrase is tried, the command waits out the growing wait left by earlier wrong
ones; ``wrong_passphrase(path)`` counts one and ``passphrase_worked(path)`` clears the count.
"""

from __future__ import annotations

import getpass
import math
import os
import sys
import time
from pathlib import Path

from resokit_desktop.cli.errors import CommandError
from resokit_desktop.security import attempt_store
from resokit_desktop.security.passphrase import has_nul
from resokit_desktop.storage.connection import KIND_ENCRYPTED, file_kind

ENV_VARIABLE = "RESOKIT_PASSPHRASE"


def passphrase_for(path: Path, kind: str | None = None) -> str | None:
    """None for a plain file; otherwise the passphrase from the environment or the terminal.

    ``kind`` is the file's kind when the caller has read it already (else it is read here).
    Without either, raise one clear line (the caller exits non-zero).
    """
    if (kind or file_kind(path)) != KIND_ENCRYPTED:
        return None
    passphrase = _given(path)
    if has_nul(passphrase):
        raise CommandError("the passphrase contains a NUL character, which no passphrase can "
                           "hold; type it again")
    wait_for_next_try(path)
    return passphrase


def _given(path: Path) -> str:
    from_env = os.environ.get(ENV_VARIABLE)
    if from_env:
        return from_env
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            typed = getpass.getpass(f"Passphrase for {path.name}: ")
        except (EOFError, KeyboardInterrupt) as exc:
            raise CommandError("no passphrase given") from exc
        if typed:
            return typed
        raise CommandError("no passphrase given")
    raise CommandError(
        f"{path} is encrypted: set {ENV_VARIABLE} or run the command in a terminal"
    )


def wait_for_next_try(path: Path) -> None:
    """Sleep out the wait left by earlier wrong passphrases (in this window or command)."""
    left = attempt_store.load(path).wait_left()
    if left > 0:
        print(f"resokit: earlier wrong passphrases: waiting {math.ceil(left)} s before trying",
              file=sys.stderr, flush=True)
        time.sleep(left)


def wrong_passphrase(path: Path) -> CommandError:
    """Count a wrong try; the error to raise names the wait before the next one."""
    state = attempt_store.record_failure(path)
    wait = math.ceil(state.wait_left())
    later = f"; the next try waits {wait} s" if wait else ""
    return CommandError(f"{path}: wrong passphrase or damaged file{later}")


def passphrase_worked(path: Path, passphrase: str | None) -> None:
    if passphrase:
        attempt_store.record_success(path)
