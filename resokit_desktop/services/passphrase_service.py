"""The passphrase rules the dialogs apply, and the wrong-try throttle remembered per file.

The rules themselves live in security/passphrase (pure functions, shared with the command line);
the window takes them from here so that it imports nothing from security/ directly.
"""

from __future__ import annotations

from pathlib import Path

from resokit_desktop.security.attempt_store import remembered_throttle
from resokit_desktop.security.passphrase import (
    MIN_LENGTH,
    AttemptThrottle,
    check_new_passphrase,
    check_passphrase_text,
    has_nul,
    strength,
)

__all__ = [
    "MIN_LENGTH", "AttemptThrottle", "check_new_passphrase", "check_passphrase_text", "has_nul",
    "strength", "throttle_for",
]


def throttle_for(path: Path) -> AttemptThrottle:
    """A throttle whose count and wait survive a restart and are shared with the command line."""
    return remembered_throttle(Path(path))
