"""The one shared translation helper: a module binds its context once, and domain codes get labels.

    _tr = translator("ClientForm")      # then _tr("Opslaan") anywhere in the module

scripts/update_translations.py resolves ``_tr = translator("Ctx")`` for lupdate, so literal
``_tr("...")`` calls reach the .ts files in that context.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[..., str]:
    """A function translating text in ``context`` with the application's installed translators."""

    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, disambiguation, n)

    tr.__doc__ = f"Translate text in the context {context!r}."
    return tr


def _app_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _labels():
    """The domain's label tables (domain/labels.py)."""
    # lazy: every module binds a translator, but only some show domain labels; the unlock
    # dialog shows before the label tables (and the domain modules they list) are imported
    from resokit_desktop.domain import labels

    return labels


def label(value: StrEnum) -> str:
    """A domain code's label in the window's language (see domain/labels.py)."""
    return _labels().label(value, _app_translate)


def label_of(enum: type[StrEnum], code: str) -> str:
    """The label of a stored code in the window's language; an unknown code as it is."""
    return _labels().label_of(enum, code, _app_translate)


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, label) for every value of a code list, in the window's language."""
    return _labels().choices(enum, _app_translate)


def ring_label(ring: int) -> str:
    """A closeness ring's label in the window's language."""
    return _labels().ring_label(ring, _app_translate)
