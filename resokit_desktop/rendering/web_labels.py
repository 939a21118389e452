"""Translated (Dutch source) labels for every web attribute value, kind and indicator."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from PySide6.QtCore import QCoreApplication

from resokit_desktop.domain import labels
from resokit_desktop.domain.web.model import (
    Capital,
    EntryKind,
    Frequency,
    Function,
    Level,
    Reciprocity,
    Strength,
    TieStatus,
)
from resokit_desktop.i18n import current_language
from resokit_desktop.reports.texts import ReportTexts

# A printed drawing may be in another language than the window: while set, labels come from
# this document's own translator instead of the application's installed one.
_drawing_texts: ContextVar[ReportTexts | None] = ContextVar("drawing_texts", default=None)


@contextmanager
def drawing_language(lang: str | None) -> Iterator[None]:
    """Within the block, web labels and the legend are in lang (None: the UI language)."""
    token = _drawing_texts.set(ReportTexts(lang) if lang else None)
    try:
        yield
    finally:
        _drawing_texts.reset(token)


def drawing_date(iso: str) -> str:
    """A short date as the drawing's language writes it: 14-03-2026 (nl), 14/03/2026 (fr, en)."""
    texts = _drawing_texts.get() or ReportTexts(current_language())
    return texts.date(iso, long=False)


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """QCoreApplication.translate, or the drawing's own language inside drawing_language()."""
    texts = _drawing_texts.get()
    if texts is not None:
        return texts.translate(context, text, disambiguation)
    return QCoreApplication.translate(context, text, disambiguation)


def _t(text: str, disambiguation: str | None = None) -> str:
    return translate("InclusionWeb", text, disambiguation)


def _label(value) -> str:
    """A code's label from the one catalogue (domain/labels.py), in the drawing's language."""
    return labels.label(value, translate)


def kind_label(kind: EntryKind) -> str:
    return _label(kind)


def new_name(kind: EntryKind) -> str:
    return {
        EntryKind.PERSON: _t("Nieuwe persoon"),
        EntryKind.PLACE: _t("Nieuwe plaats"),
        EntryKind.GROUP: _t("Nieuwe groep"),
    }[kind]


def function_label(function: Function) -> str:
    return _label(function)


def function_letter(function: Function) -> str:
    """One letter drawn inside the function's badge (the badge shape differs too)."""
    return {
        Function.PRACTICAL: _t("P", "badge letter: practical"),
        Function.EMOTIONAL: _t("E", "badge letter: emotional"),
        Function.ADVICE: _t("A", "badge letter: advice"),
        Function.COMPANIONSHIP: _t("G", "badge letter: companionship"),
    }[function]


def strength_label(value: Strength) -> str:
    return _label(value)


def capital_label(value: Capital) -> str:
    return _label(value)


def status_label(value: TieStatus) -> str:
    return _label(value)


def level_label(value: Level) -> str:
    return _label(value)


def frequency_label(value: Frequency) -> str:
    return _label(value)


def reciprocity_label(value: Reciprocity) -> str:
    return _label(value)


def ring_label(ring: int) -> str:
    return labels.ring_label(ring, translate)


def centre_label() -> str:
    return _t("Ik")


def reactivate_tip() -> str:
    """The words for the ↻ mark beside a member (its tooltip on screen)."""
    return _t("Slapende band: om te reactiveren")


def marker_label(marker: str) -> str:
    return {"added": _t("Nieuw"), "lost": _t("Weg"), "closer": _t("Dichterbij"),
            "further": _t("Verder weg")}[marker]


# Tie fields (domain/web/tie_fields.py): the member panel's label of each, keyed by its name ------
def _panel(text: str) -> str:
    return translate("MemberPanel", text)


def tie_field_label(name: str) -> str:
    """The label of one tie field in the member panel (a set's: the title of its box)."""
    return {
        "relation": _panel("Relatie"),
        "functions": _panel("Wat geeft deze band?"),
        "strength": _panel("Band"),
        "capital": _panel("Sociaal kapitaal"),
        "status": _panel("Status"),
        "reactivate": _panel("Reactiveren"),
        "paid": _panel("Betaalde hulp"),
        "strained": _panel("Gespannen"),
        "harmful": _panel("Schadelijk"),
        "level": _panel("Niveau"),
        "frequency": _panel("Contact"),
        "reciprocity": _panel("Wederkerigheid"),
        "note": _panel("Notitie"),
    }[name]


def tie_field_placeholder(name: str) -> str:
    """The grey hint inside an empty text field ("" for none)."""
    return {
        "relation": _panel("bv. zus, buurman, huisarts"),
        "note": _panel("In de woorden van de cliënt"),
    }.get(name, "")


# The label of each allowed value of a choice or set field, by field name.
VALUE_LABELS = {
    "functions": function_label,
    "strength": strength_label,
    "capital": capital_label,
    "status": status_label,
    "level": level_label,
    "frequency": frequency_label,
    "reciprocity": reciprocity_label,
}


def value_label(name: str, value) -> str:
    """The label of one allowed value of the tie field called name."""
    return VALUE_LABELS[name](value)


def choice_text(name: str, value) -> str:
    """A set field's tick box: for functions, Alt + the badge letter ticks it while a name is
    still being typed."""
    if name == "functions":
        return f"&{function_letter(value)} — {function_label(value)}"
    return value_label(name, value)
