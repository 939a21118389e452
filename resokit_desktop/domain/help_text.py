"""Help pages' light markup read as blocks (headings, paragraphs, bullets) and searched."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class HelpBlock:
    """One block of a help page: kind is "heading" (level 1-3), "paragraph" or "bullet"."""

    kind: str
    text: str
    level: int = 0


_HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")
_MARKS = re.compile(r"\*\*|__|`")


def plain(text: str) -> str:
    """A line without emphasis marks (** and `), as it is printed."""
    return _MARKS.sub("", text).strip()


def parse_blocks(markdown: str) -> list[HelpBlock]:
    """The blocks of a page: '#'-headings, '- ' bullets, and paragraphs joined over their lines."""
    blocks: list[HelpBlock] = []
    paragraph: list[str] = []

    def close_paragraph() -> None:
        if paragraph:
            blocks.append(HelpBlock("paragraph", plain(" ".join(paragraph))))
            paragraph.clear()

    for line in markdown.splitlines():
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        if not line.strip():
            close_paragraph()
        elif heading:
            close_paragraph()
            blocks.append(HelpBlock("heading", plain(heading.group(2)), len(heading.group(1))))
        elif bullet:
            close_paragraph()
            blocks.append(HelpBlock("bullet", plain(bullet.group(1))))
        elif blocks and blocks[-1].kind == "bullet" and not paragraph and line.startswith("  "):
            last = blocks.pop()
            blocks.append(HelpBlock("bullet", f"{last.text} {plain(line)}"))
        else:
            paragraph.append(line.strip())
    close_paragraph()
    return blocks


def page_title(markdown: str) -> str:
    """The first level-1 heading of a page; '' when it has none."""
    for block in parse_blocks(markdown):
        if block.kind == "heading" and block.level == 1:
            return block.text
    return ""


def folded(text: str) -> str:
    """Lower case without accents, so 'reseau' finds 'réseau' and 'Buurt' finds 'buurt'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def matches(markdown: str, query: str) -> bool:
    """True when every word of the query occurs in the page's text (an empty query matches)."""
    haystack = folded(plain(markdown))
    return all(word in haystack for word in folded(query).split())
