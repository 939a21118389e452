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


def marker_label(marker: str) -> str:
    return {"added": _t("Nieuw"), "lost": _t("Weg"), "closer": _t("Dichterbij"),
            "further": _t("Verder weg")}[marker]
