"""The control-character sanitiser used at every input and before every writer."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from resokit_desktop.domain.text_hygiene import (
    clean_line,
    clean_multiline,
    clean_value,
    cleaned,
    has_control_characters,
    xml_safe,
)


def test_word_line_break_in_a_name_becomes_a_space() -> None:
    assert clean_line("Rita\x0bJanssens") == "Rita Janssens"
    assert clean_line("Rita\x1b[0m") == "Rita[0m"
    assert clean_line("a\r\nb\tc\u2028d") == "a b c d"


def test_a_note_keeps_its_lines_and_tabs() -> None:
    assert clean_multiline("een\x0btwee\r\ndrie\rvier\tvijf\x00") == "een\ntwee\ndrie\nvier\tvijf"
    assert clean_multiline("\x85\x9f\x7f") == "\n"


def test_normal_text_is_unchanged() -> None:
    text = "Ça va, Zoë? שלום 👍 𝔘 — ok\nnext"
    assert clean_multiline(text) == text
    assert not has_control_characters(text)
    assert has_control_characters("a\x1bb")


def test_non_text_values_pass_unchanged() -> None:
    assert clean_value(5) == 5
    assert clean_value(None) is None
    assert clean_value(b"\x00") == b"\x00"
    assert clean_value("a\x0bb", multiline=False) == "a b"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_anything_cleaned_is_valid_xml_text(text: str) -> None:
    element = ET.Element("n")
    element.text = xml_safe(text)
    element.set("a", clean_line(text))
    parsed = ET.fromstring(ET.tostring(element, encoding="utf-8"))
    assert parsed.text in (None, xml_safe(text).replace("\r", "\n"))
    assert not has_control_characters(clean_line(text))


def test_cleaned_copies_a_dataclass_tree_and_leaves_the_original() -> None:
    from resokit_desktop.domain.web.model import EntryKind, Member, Position, TieAttributes

    member = Member(1, "Rita\x0b", EntryKind.PERSON, Position("family"),
                    TieAttributes(relation="buur\x1b", note="a\x00b"))
    copy = cleaned({"m": [member], "t": ("x\x07",)})
    assert copy["m"][0].name == "Rita\n"
    assert copy["m"][0].tie.relation == "buur"
    assert copy["m"][0].tie.note == "ab"
    assert copy["m"][0].kind is EntryKind.PERSON
    assert copy["t"] == ("x",)
    assert member.name == "Rita\x0b"


def test_a_name_of_only_control_characters_is_missing() -> None:
    from resokit_desktop.domain.client import Client, validate_client

    assert [e.code for e in validate_client(Client(name="\x1b\x0b "))] == ["required"]
    assert validate_client(Client(name="Rita\x0b")) == []
