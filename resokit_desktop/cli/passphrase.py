"""Get the dossier passphrase on the command line: RESOKIT_PASSPHRASE, or ask at a terminal."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from resokit_desktop.cli.errors import CommandError
from resokit_desktop.storage.connection import KIND_ENCRYPTED, file_kind

ENV_VARIABLE = "RESOKIT_PASSPHRASE"


def passphrase_for(path: Path) -> str | None:
    """None for a plain file; otherwise the passphrase from the environment or the terminal.

    Without either, raise one clear line (the caller exits non-zero).
    """
    if file_kind(path) != KIND_ENCRYPTED:
        return None
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
