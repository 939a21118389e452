"""Estimate a passphrase's strength with zxcvbn, taught the app's own Dutch and French words.

``assess(passphrase) -> Assessment(score, reason)``: ``score`` is zxcvbn's 0 (guessed at once)
to 4 (very hard to guess); ``reason`` names the weakness a person can fix: "common_word" (a
common word or name, Dutch, French or English), "sequence" (abcd, 1234), "repeat" (aaaa,
abcabc), "keyboard" (azerty, qwerty), "date" (a date or a year), or "" when none stands out.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from zxcvbn import matching, zxcvbn

from resokit_desktop.resources import resources_dir

WORDS_FILE = ("passwords", "nl_fr_common.txt")
DICTIONARY_NAME = "resokit_nl_fr"
# zxcvbn refuses longer input; a longer passphrase is judged on its first characters.
MAX_ESTIMATED = 72

FALLBACK_WORDS = ("wachtwoord", "motdepasse", "geheim", "welkom", "bienvenue", "resokit",
                  "azerty", "soleil", "bonjour", "amour", "liefde", "schat")

_PATTERN_REASONS = {
    "dictionary": "common_word",
    "sequence": "sequence",
    "repeat": "repeat",
    "spatial": "keyboard",
    "date": "date",
    "regex": "date",  # zxcvbn's only regex is "recent year"
}


@dataclass(frozen=True)
class Assessment:
    score: int
    reason: str = ""


def _folded(word: str) -> str:
    """zxcvbn compares lower case; also accept the word without its accents (é → e)."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))


@functools.cache
def app_words() -> tuple[str, ...]:
    """The shipped list of common Dutch and French words and names, most common first."""
    path = resources_dir()
    for part in WORDS_FILE:
        path = path / part
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:  # a broken install: still know the very commonest, never fail the dialog
        lines = list(FALLBACK_WORDS)
    words: list[str] = []
    for line in lines:
        word = line.strip().lower()
        if word and not word.startswith("#"):
            words.append(word)
            if _folded(word) != word:
                words.append(_folded(word))
    return tuple(dict.fromkeys(words))


@functools.cache
def _install_words() -> None:
    matching.add_frequency_lists({DICTIONARY_NAME: list(app_words())})


def assess(passphrase: str) -> Assessment:
    """zxcvbn's score (0..4) and the main weakness of the passphrase."""
    text = unicodedata.normalize("NFC", passphrase)[:MAX_ESTIMATED]
    if not text:
        return Assessment(0, "")
    _install_words()
    result = zxcvbn(text)
    score = int(result["score"])
    reason = ""
    sequence = result.get("sequence") or []
    if sequence:
        # The piece that is easiest to guess, over the longest part of the passphrase.
        weakest = max(sequence, key=lambda m: len(m.get("token", "")))
        reason = _PATTERN_REASONS.get(weakest.get("pattern", ""), "")
    return Assessment(score, reason)
