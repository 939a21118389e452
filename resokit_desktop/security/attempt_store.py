"""Wrong-passphrase tries per dossier file, remembered in the user's Qt settings for window and CLI.

The window and the ``resokit`` command share one record per file, so neither a restart of the
app nor a loop of commands escapes the growing wait. The record is keyed by a hash of the file's
real path (no file name, no client data) and holds the number of wrong tries in a row and the
wall-clock time of the last one::

    state = load(path)                  # AttemptState(failures, last_failure)
    state.wait_left()                   # seconds before the next try is allowed
    record_failure(path); record_success(path)
    remembered_throttle(path)           # an AttemptThrottle for the unlock dialog and lock screen
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from resokit_desktop.paths import APPLICATION, ORGANISATION
from resokit_desktop.security.passphrase import AttemptThrottle, delay_after

FAILURES_PREFIX = "security/unlock_failures/"
LAST_FAILURE_PREFIX = "security/unlock_last_failure/"


@dataclass(frozen=True)
class AttemptState:
    """Wrong tries in a row and when the last one was (seconds since the epoch, or None)."""

    failures: int = 0
    last_failure: float | None = None

    def wait_left(self, now: float | None = None) -> float:
        """Seconds until the next try; a clock set back never makes the wait longer."""
        wait = delay_after(self.failures)
        if wait <= 0:
            return 0.0
        if self.last_failure is None:
            return wait
        elapsed = (time.time() if now is None else now) - self.last_failure
        return min(wait, max(0.0, wait - max(0.0, elapsed)))


def _settings() -> QSettings:
    # Named explicitly: the command line has no QApplication with the app's identity.
    return QSettings(ORGANISATION, APPLICATION)


def file_key(path: Path) -> str:
    """A hash of the file's real path: a symlink or relative name shares the file's record."""
    real = Path(path).expanduser().resolve(strict=False)
    return hashlib.sha256(str(real).encode("utf-8", "surrogateescape")).hexdigest()[:24]


def load(path: Path) -> AttemptState:
    settings = _settings()
    key = file_key(path)
    try:
        failures = max(0, int(settings.value(FAILURES_PREFIX + key, 0) or 0))
    except (TypeError, ValueError):
        failures = 0
    try:
        stamp = settings.value(LAST_FAILURE_PREFIX + key, None)
        last = None if stamp in (None, "") else float(stamp)
    except (TypeError, ValueError):
        last = None
    return AttemptState(failures, last)


def store(path: Path, failures: int, now: float | None = None) -> AttemptState:
    """Write the count (0 clears the record); returns what was stored."""
    settings = _settings()
    key = file_key(path)
    if failures > 0:
        stamp = time.time() if now is None else now
        settings.setValue(FAILURES_PREFIX + key, int(failures))
        settings.setValue(LAST_FAILURE_PREFIX + key, repr(stamp))
        state = AttemptState(int(failures), stamp)
    else:
        settings.remove(FAILURES_PREFIX + key)
        settings.remove(LAST_FAILURE_PREFIX + key)
        state = AttemptState()
    settings.sync()
    return state


def record_failure(path: Path) -> AttemptState:
    """Count one more wrong try (re-read first: another process may have counted too)."""
    return store(path, load(path).failures + 1)


def record_success(path: Path) -> None:
    if load(path).failures:
        store(path, 0)


def remembered_throttle(path: Path) -> AttemptThrottle:
    """An attempt throttle whose count and wait survive a restart and are shared with the CLI."""
    def remember(failures: int) -> None:
        if not failures:
            store(path, 0)
            return
        # Wrong tries made meanwhile on the command line count too.
        state = store(path, max(failures, load(path).failures + 1))
        if state.failures > throttle.failures:
            throttle.resume(state.failures)

    throttle = AttemptThrottle(on_change=remember)
    state = load(path)
    if state.failures:
        throttle.resume(state.failures, state.wait_left())
    return throttle
