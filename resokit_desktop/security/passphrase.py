"""Passphrase rules: validating a new passphrase, its strength, and slowing down wrong guesses.

``check_new_passphrase(first, second)`` returns FieldErrors with codes the UI maps to text:
``passphrase_empty``, ``passphrase_too_short`` (fewer than MIN_LENGTH characters),
``passphrase_control`` (a NUL or other control character: it cannot be typed again),
``passphrase_weak_<reason>`` / ``passphrase_weak`` (zxcvbn rates it WEAKEST_REFUSED or lower; the
reason is one of passphrase_strength's), ``passphrase_mismatch`` (the two entries differ).
``check_passphrase_text(p)`` is the same rule for a new passphrase given once (the
environment). ``strength(p)`` returns 0 (very weak) .. 4 (strong). ``delay_after(n)`` and
``AttemptThrottle`` give the wait before the next unlock attempt.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from resokit_desktop.domain.text_hygiene import has_control_characters
from resokit_desktop.domain.validation import FieldError
from resokit_desktop.storage.passphrase_form import normalise_passphrase

MIN_LENGTH = 8
# zxcvbn scores 0 ("too guessable") and 1 ("very guessable") are refused.
WEAKEST_REFUSED = 1
# Seconds to wait after the n-th consecutive wrong passphrase (n = 1, 2, ...); then capped.
DELAYS = (0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0)


def has_nul(passphrase: str | None) -> bool:
    """A NUL cannot be part of a key: such a passphrase opens nothing and cannot be set."""
    return bool(passphrase) and "\x00" in passphrase


def check_passphrase_text(passphrase: str) -> list[FieldError]:
    """The rules for a new passphrase given once: length, no control characters, strength."""
    if not passphrase:
        return [FieldError("passphrase", "passphrase_empty")]
    if has_control_characters(passphrase) or "\t" in passphrase or "\n" in passphrase:
        return [FieldError("passphrase", "passphrase_control")]
    if len(normalise_passphrase(passphrase)) < MIN_LENGTH:
        return [FieldError("passphrase", "passphrase_too_short")]
    # Lazy: zxcvbn and its word lists load only when a passphrase is judged.
    # lazy: zxcvbn loads its word lists when a passphrase is first judged
    from resokit_desktop.security.passphrase_strength import assess

    assessment = assess(passphrase)
    if assessment.score <= WEAKEST_REFUSED:
        code = "passphrase_weak" + (f"_{assessment.reason}" if assessment.reason else "")
        return [FieldError("passphrase", code)]
    return []


def check_new_passphrase(first: str, second: str) -> list[FieldError]:
    errors = check_passphrase_text(first)
    if errors:
        return errors
    if normalise_passphrase(first) != normalise_passphrase(second):
        return [FieldError("passphrase_repeat", "passphrase_mismatch")]
    return []


def strength(passphrase: str) -> int:
    """zxcvbn's estimate with the app's Dutch and French words: 0 very weak .. 4 strong.

    What is too short to be used at all is 0, whatever zxcvbn thinks of it.
    """
    text = normalise_passphrase(passphrase)
    if len(text) < MIN_LENGTH:
        return 0
    # Lazy: zxcvbn and its word lists load only when a passphrase is judged.
    # lazy: zxcvbn loads its word lists when a passphrase is first judged
    from resokit_desktop.security.passphrase_strength import assess

    return assess(text).score


def delay_after(failures: int) -> float:
    """Seconds to wait after that many wrong passphrases in a row."""
    if failures <= 0:
        return 0.0
    return DELAYS[min(failures, len(DELAYS)) - 1]


class AttemptThrottle:
    """Growing waiting time after consecutive wrong passphrases (reset by a right one)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 on_change: Callable[[int], None] | None = None) -> None:
        self._clock = clock
        self._on_change = on_change
        self.failures = 0
        self._not_before = 0.0

    def resume(self, failures: int, wait: float | None = None) -> None:
        """Carry on after a restart: ``wait`` seconds are left (default: the full wait)."""
        self.failures = max(0, int(failures))
        full = self.delay_after(self.failures)
        left = full if wait is None else min(full, max(0.0, wait))
        self._not_before = self._clock() + left

    def delay_after(self, failures: int) -> float:
        return delay_after(failures)

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
