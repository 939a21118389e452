"""Remove control characters from text at every input and before every writer (XML, PDF, HTML).

Pasted text brings characters no one can see but every file format chokes on: Word's
Shift+Enter arrives as a vertical tab (U+000B), a terminal leaves an ESC (U+001B). XML 1.0
forbids all C0 controls except tab, newline and carriage return, and lone surrogates cannot be
written as UTF-8 at all.

- ``clean_line(text)``: a one-line field (a name, a phone number): line breaks of any kind
  become a space, every other control character goes.
- ``clean_multiline(text)``: a note: line breaks of any kind become ``\\n``, tabs stay, every
  other control character goes.
- ``is_blank(text)``: what required-field checks use (only controls and spaces is empty).
- ``clean_value(value, multiline=True)``: the same for any value; non-text passes unchanged.
- ``xml_safe(text)``: for writers: only characters XML 1.0 allows (after ``clean_multiline``),
  without lone surrogates or the noncharacters U+FFFE/U+FFFF.
- ``cleaned(obj)``: a copy of a dataclass tree (a web version, a printable document) with every
  text in it made ``xml_safe``: what writers call on data that an older version may have stored.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import TypeVar

T = TypeVar("T")

# Characters that end a line: CR LF, CR, VT, FF, the C0 separators FS/GS/RS, NEL (U+0085),
# LINE SEPARATOR and PARAGRAPH SEPARATOR.
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# C0 (except tab and newline, handled by the callers), DEL, C1.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What is still not allowed in XML 1.0 (or not encodable): lone surrogates, U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def has_control_characters(text: str) -> bool:
    """True when ``clean_multiline`` would change the text (other than CR LF → LF)."""
    return bool(_CONTROLS.search(text.replace("\r\n", "\n")) or _NOT_XML.search(text))


def is_blank(text: str | None) -> bool:
    """True when nothing but white space and control characters is left: a required field is
    empty even if a pasted ESC or vertical tab is in it."""
    return not text or not clean_line(text).strip()


def clean_line(text: str) -> str:
    """A one-line field: line breaks and tabs become a space, other control characters go."""
    if not text:
        return text
    text = _LINE_BREAKS.sub(" ", text).replace("\t", " ")
    return _NOT_XML.sub("", _CONTROLS.sub("", text))


def clean_multiline(text: str) -> str:
    """A multi-line field: any line break becomes ``\\n``, tabs stay, other controls go."""
    if not text:
        return text
    text = _LINE_BREAKS.sub("\n", text)
    return _NOT_XML.sub("", _CONTROLS.sub("", text))


def clean_value(value: object, multiline: bool = True) -> object:
    """Clean ``value`` when it is text; anything else (numbers, None, bytes) is returned as is."""
    if isinstance(value, str):
        return clean_multiline(value) if multiline else clean_line(value)
    return value


def xml_safe(text: str) -> str:
    """Text every XML 1.0 parser (and a PDF or HTML writer) accepts: newline and tab kept."""
    return clean_multiline(text)


def cleaned(value: T) -> T:
    """A copy of ``value`` with every plain ``str`` inside (dataclass fields, lists, tuples, dict
    values) made ``xml_safe``; enums, numbers, bytes and the original object stay untouched."""
    if type(value) is str:
        return xml_safe(value)  # type: ignore[return-value]
    if isinstance(value, list | tuple) and type(value) in (list, tuple):
        return type(value)(cleaned(item) for item in value)  # type: ignore[return-value]
    if type(value) is dict:
        return {key: cleaned(item) for key, item in value.items()}  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        copied = copy.copy(value)
        for spec in dataclasses.fields(value):
            item = getattr(value, spec.name)
            new = cleaned(item)
            if new is not item:
                object.__setattr__(copied, spec.name, new)
        return copied
    return value
