"""Passphrase rules: validating a new passphrase, a strength hint, and slowing down wrong guesses.

``check_new_passphrase(first, second)`` returns FieldErrors with codes the UI maps to text:
``passphrase_empty``, ``passphrase_too_short`` (fewer than MIN_LENGTH characters),
``passphrase_mismatch`` (the two entries differ). ``strength(p)`` returns 0 (very weak) .. 4
(strong). ``AttemptThrottle`` gives the delay before the next unlock attempt is allowed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from resokit_desktop.domain.validation import FieldError
from resokit_desktop.storage.connection import normalise_passphrase

MIN_LENGTH = 8
# Seconds to wait after the n-th consecutive wrong passphrase (n = 1, 2, ...); then capped.
DELAYS = (0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0)

_COMMON = {
    "wachtwoord", "password", "motdepasse", "azerty", "qwerty", "123456", "12345678",
    "welkom", "bienvenue", "welcome", "letmein", "geheim", "secret", "resokit", "admin",
}


def check_new_passphrase(first: str, second: str) -> list[FieldError]:
    if not first:
        return [FieldError("passphrase", "passphrase_empty")]
    if len(normalise_passphrase(first)) < MIN_LENGTH:
        return [FieldError("passphrase", "passphrase_too_short")]
    if normalise_passphrase(first) != normalise_passphrase(second):
        return [FieldError("passphrase_repeat", "passphrase_mismatch")]
    return []


def _entropy_bits(text: str) -> float:
    pools = 0
    if any(c.islower() for c in text):
        pools += 26
    if any(c.isupper() for c in text):
        pools += 26
    if any(c.isdigit() for c in text):
        pools += 10
    if any(not c.isalnum() for c in text):
        pools += 33
    if any(ord(c) > 127 for c in text):
        pools += 40
    distinct = len(set(text))
    # Repeated characters add little: count the length as at most 2x the distinct ones.
    effective = min(len(text), 2 * distinct)
    return effective * math.log2(max(pools, 2))


def strength(passphrase: str) -> int:
    """A rough, local estimate: 0 very weak, 1 weak, 2 fair, 3 good, 4 strong."""
    text = normalise_passphrase(passphrase)
    if not text:
        return 0
    lowered = text.lower()
    if lowered in _COMMON or any(lowered.startswith(word) and len(lowered) - len(word) < 4
                                 for word in _COMMON):
        return 0
    bits = _entropy_bits(text)
    words = len([w for w in text.split() if w])
    if words >= 4 and len(text) >= 20:
        bits = max(bits, 70.0)
    if bits < 30:
        return 0
    if bits < 45:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4


class AttemptThrottle:
    """Growing waiting time after consecutive wrong passphrases (reset by a right one)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 on_change: Callable[[int], None] | None = None) -> None:
        self._clock = clock
        self._on_change = on_change
        self.failures = 0
        self._not_before = 0.0

    def resume(self, failures: int) -> None:
        """Carry on after a restart: the wait for that many failures starts again now."""
        self.failures = max(0, int(failures))
        self._not_before = self._clock() + self.delay_after(self.failures)

    def delay_after(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return DELAYS[min(failures, len(DELAYS)) - 1]

    def record_failure(self) -> float:
        """Count a wrong attempt; return the seconds the user must now wait."""
        self.failures += 1
        wait = self.delay_after(self.failures)
        self._not_before = self._clock() + wait
        if self._on_change is not None:
            self._on_change(self.failures)
        return wait

    def record_success(self) -> None:
        had_failures = self.failures
        self.failures = 0
        self._not_before = 0.0
        if had_failures and self._on_change is not None:
            self._on_change(0)

    def seconds_left(self) -> float:
        return max(0.0, self._not_before - self._clock())
