"""The rule that keeps client data out of the register: a text naming the client, their address
or contact details, or a person of their network, may not become a register entry."""

from __future__ import annotations

from collections.abc import Iterable

from resokit_desktop.domain.neighbourhood.entry import normalised

MIN_WORD = 3  # shorter fragments ("Jo", "12") match too much by chance


def names_private_data(texts: Iterable[str], private: Iterable[str]) -> bool:
    """True when one of ``texts`` holds one of the ``private`` strings (whole words, without
    regard to case, accents or punctuation)."""
    haystack = [f" {normalised(text)} " for text in texts if text and text.strip()]
    for value in private:
        needle = normalised(value or "")
        if len(needle) < MIN_WORD:
            continue
        if any(f" {needle} " in text for text in haystack):
            return True
    return False
