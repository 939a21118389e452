"""The one table of a member's tie attributes: each field's name, type and allowed values.

Every place that handles tie attributes one by one is driven by ``TIE_FIELDS``: the member panel
(``ui/inclusion_web/tie_field_editors.py``), the repository's reads and writes
(``storage/web_repo.py``), the labels (``rendering/web_labels.py``: ``TIE_FIELD_LABELS`` and
``value_label``), the GraphML export (``services/web_graphml.py``), the checks of a handover file
(``security/transfer_values.py``: a choice's codes, a set's codes, a flag's 0/1) and the
right-of-access PDF's yes/no (``reports/access_document.py``). The order of the table is the
order of the panel and of the GraphML keys.

Adding a tie attribute
----------------------
1. A field on ``TieAttributes`` (``domain/web/model.py``; a ``StrEnum`` for a choice, whose
   empty value ``UNKNOWN = ""`` means "not said", with its values' labels in
   ``domain/labels.py``).
2. One ``TieField`` entry below (``shown_when`` to show it only for one value of a choice).
3. A migration adding the ``web_members`` column with the field's ``name`` (storage/migrations).
4. Its label in ``rendering/web_labels.py`` and its column's in ``reports/access_labels.py``,
   then ``scripts/update_translations.py`` and the French and English texts in ``i18n/*.ts``.
``tests/domain/web/test_tie_field_table.py``, the round-trip tests (file, member panel) and the
handover and canary tests check the rest follows.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from resokit_desktop.domain.web.model import (
    Capital,
    Frequency,
    Function,
    Level,
    Reciprocity,
    Strength,
    TieAttributes,
    TieStatus,
)


class FieldKind(StrEnum):
    TEXT = "text"  # one line of text (str)
    NOTE = "note"  # several lines of text (str), typed in the client's words
    CHOICE = "choice"  # one of ``values`` (a StrEnum member)
    FLAG = "flag"  # yes or no (bool)
    SET = "set"  # any number of ``values`` (a frozenset of StrEnum members)


@dataclass(frozen=True)
class TieField:
    """One tie attribute. ``name`` is at once the ``TieAttributes`` field, the ``web_members``
    column, the GraphML node key and the key of its label."""

    name: str
    kind: FieldKind
    values: type[StrEnum] | None = None  # CHOICE and SET: the allowed values
    # "who": shown with the name and kind, above where the member sits on the web.
    section: str = "tie"
    # SET: GraphML also gets one boolean key "<prefix>_<value>" per allowed value.
    graphml_flags: str = ""
    # Shown in the panel (and counted) only while another field has this value, e.g.
    # ("status", TieStatus.SLEEPING), another field being a CHOICE. For a field without a row
    # label of its own (a flag or a set). A change that hides it puts it back to a new tie's
    # value (``without_hidden``).
    shown_when: tuple[str, StrEnum] | None = None

    def applies(self, values: dict[str, Any]) -> bool:
        """Whether the field is shown for a tie with these values (by field name)."""
        if self.shown_when is None:
            return True
        name, wanted = self.shown_when
        return values.get(name) == wanted

    @property
    def graphml_type(self) -> str:
        return "boolean" if self.kind == FieldKind.FLAG else "string"

    def plain(self, value: Any) -> str | bool:
        """The value as plain text (a flag as a bool): what a file or a table cell holds."""
        if self.kind == FieldKind.FLAG:
            return bool(value)
        if self.kind == FieldKind.SET:
            return ",".join(sorted(str(item) for item in value))
        return str(value)

    def parse(self, plain: str | int | bool) -> Any:
        """The inverse of ``plain`` (a stored flag may come back as 0 or 1)."""
        if self.kind == FieldKind.FLAG:
            return bool(plain)
        if self.kind == FieldKind.SET:
            return frozenset(self.values(item) for item in str(plain).split(",") if item)
        if self.kind == FieldKind.CHOICE:
            return self.values(plain)
        return str(plain)


TIE_FIELDS: tuple[TieField, ...] = (
    TieField("relation", FieldKind.TEXT, section="who"),
    TieField("functions", FieldKind.SET, Function, graphml_flags="function"),
    TieField("strength", FieldKind.CHOICE, Strength),
    TieField("capital", FieldKind.CHOICE, Capital),
    TieField("status", FieldKind.CHOICE, TieStatus),
    TieField("reactivate", FieldKind.FLAG, shown_when=("status", TieStatus.SLEEPING)),
    TieField("paid", FieldKind.FLAG),
    TieField("strained", FieldKind.FLAG),
    TieField("harmful", FieldKind.FLAG),
    TieField("level", FieldKind.CHOICE, Level),
    TieField("frequency", FieldKind.CHOICE, Frequency),
    TieField("reciprocity", FieldKind.CHOICE, Reciprocity),
    TieField("note", FieldKind.NOTE),
)

TIE_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in TIE_FIELDS)
FIELDS_BY_NAME: dict[str, TieField] = {f.name: f for f in TIE_FIELDS}

if set(TIE_FIELD_NAMES) != {f.name for f in fields(TieAttributes)}:  # pragma: no cover
    raise RuntimeError("TIE_FIELDS and TieAttributes must name the same fields")


def tie_values(tie: TieAttributes) -> dict[str, Any]:
    """Every field of the table with its value in ``tie``."""
    return {f.name: getattr(tie, f.name) for f in TIE_FIELDS}


def without_hidden(values: dict[str, Any]) -> dict[str, Any]:
    """The values with every field that does not apply to them (``shown_when`` not met) at a
    new tie's value: a sleeping tie's mark for reactivation goes once the tie is taken up."""
    new = TieAttributes()
    return {name: value if FIELDS_BY_NAME[name].applies(values) else getattr(new, name)
            for name, value in values.items()}


def tie_from_plain(plain: dict[str, str | int | bool]) -> TieAttributes:
    """A tie from plain values by field name (a missing field keeps its default)."""
    return TieAttributes(**{f.name: f.parse(plain[f.name]) for f in TIE_FIELDS
                            if f.name in plain})
