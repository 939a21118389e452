"""A pseudo-language for developers: every text lengthened by about 40 % and bracketed, so
clipped layouts and strings that bypass translation show at a glance (`resokit --lang pseudo`).

Placeholders (%1, %n), mnemonics (&), HTML tags and entities are left as they are, so the
pseudo text behaves like a real translation.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

PSEUDO_LANGUAGE = "pseudo"
GROWTH = 0.4
RUN = 6  # the longest run of padding, about a word
# Letters that look alike but are not ASCII: text typed into the source shows as ASCII.
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")
# Parts of a string that must stay exactly as they are.
_KEEP = re.compile(r"(<[^>]*>|&[a-zA-Z]+;|&#\d+;|%L?\d+|%n|%%|&&|\{[a-z_0-9]*\})")


def pseudo_text(source: str) -> str:
    """The pseudo version of one source text: accented, padded with '~' and bracketed."""
    if not source or not source.strip():
        return source
    parts = _KEEP.split(source)
    letters = sum(len(part) for index, part in enumerate(parts) if index % 2 == 0)
    changed = "".join(part if index % 2 else part.translate(_ACCENTED)
                      for index, part in enumerate(parts))
    count = max(1, round(letters * GROWTH))
    # In word-sized runs, so a wrapping label can wrap the padding as it wraps real words.
    padding = " ".join("~" * min(RUN, count - start) for start in range(0, count, RUN))
    return f"[{changed}{padding}]"


class PseudoTranslator(QTranslator):
    """Translates every string of every context into the pseudo-language."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # noqa: ARG002 - Qt's signature
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False
