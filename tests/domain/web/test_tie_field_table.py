"""The table of tie fields describes TieAttributes exactly, and each field's plain form (what a
file holds) reads back as the same value."""

from __future__ import annotations

from dataclasses import fields

import pytest

from resokit_desktop.domain.web.model import TieAttributes
from resokit_desktop.domain.web.tie_fields import (
    TIE_FIELDS,
    FieldKind,
    tie_from_plain,
    tie_values,
)


def _not_default(field):
    """A value of the field other than a new tie's."""
    if field.kind == FieldKind.CHOICE:
        return list(field.values)[-1]
    if field.kind == FieldKind.SET:
        return frozenset(field.values)
    return {FieldKind.TEXT: "zus, ‘de oudste’", FieldKind.NOTE: "belt elke zondag\nsoms ruzie",
            FieldKind.FLAG: True}[field.kind]


def test_the_table_names_every_tie_attribute_once():
    names = [f.name for f in TIE_FIELDS]
    assert len(names) == len(set(names))
    assert set(names) == {f.name for f in fields(TieAttributes)}
    for field in TIE_FIELDS:
        assert (field.values is not None) == (field.kind in (FieldKind.CHOICE, FieldKind.SET))
        assert _not_default(field) != getattr(TieAttributes(), field.name), field.name


@pytest.mark.parametrize("field", TIE_FIELDS, ids=lambda f: f.name)
def test_each_field_reads_back_from_its_plain_form(field):
    value = _not_default(field)
    plain = field.plain(value)
    assert isinstance(plain, bool if field.kind == FieldKind.FLAG else str)
    assert field.parse(plain) == value
    tie = tie_from_plain({field.name: plain})
    assert getattr(tie, field.name) == value
    assert tie_values(tie)[field.name] == value
    default = getattr(TieAttributes(), field.name)
    assert field.parse(field.plain(default)) == default


def test_a_handover_file_is_checked_for_every_tie_field():
    """The transfer rules come from the table: a choice's codes, a set's codes, a flag's 0/1."""
    from resokit_desktop.security import transfer_values as rules

    for field in TIE_FIELDS:
        key = ("web_members", field.name)
        if field.kind == FieldKind.CHOICE:
            assert rules.CODES[key] == {str(v) for v in field.values}, field.name
        elif field.kind == FieldKind.SET:
            assert rules.CODE_LISTS[key] == {str(v) for v in field.values}, field.name
        elif field.kind == FieldKind.FLAG:
            assert key in rules.YES_NO, field.name


def test_a_conditional_field_applies_only_with_its_condition():
    for field in TIE_FIELDS:
        if field.shown_when is None:
            assert field.applies({})
            continue
        condition, wanted = field.shown_when
        assert condition in {f.name for f in TIE_FIELDS} and condition != field.name
        # The panel follows a choice's combo box; the field sits in a row without a label.
        (shown_by,) = [f for f in TIE_FIELDS if f.name == condition]
        assert shown_by.kind == FieldKind.CHOICE and wanted in list(shown_by.values)
        assert field.kind in (FieldKind.FLAG, FieldKind.SET)
        assert field.applies({condition: wanted})
        assert not field.applies({condition: None})


def test_a_field_that_does_not_apply_is_kept_at_a_new_ties_value():
    from resokit_desktop.domain.web.model import TieStatus
    from resokit_desktop.domain.web.tie_fields import without_hidden

    marked = tie_values(TieAttributes(status=TieStatus.SLEEPING, reactivate=True))
    assert without_hidden(marked) == marked
    taken_up = {**marked, "status": TieStatus.ACTIVE}
    assert without_hidden(taken_up) == {**taken_up, "reactivate": False}
