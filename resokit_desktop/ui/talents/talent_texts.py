"""The words the talent screens show for piles, "named by" and energy, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from resokit_desktop.domain.talents import NamedBy, Pile
from resokit_desktop.translation import translator

CONTEXT = "TalentTexts"


_tr = translator(CONTEXT)


def pile_title(pile: Pile) -> str:
    return {
        Pile.CAN: _tr("Dit kan ik"),
        Pile.LIKE: _tr("Dit doe ik graag"),
        Pile.LEARN: _tr("Dit wil ik leren"),
        Pile.NOT_NOW: _tr("Nu even niet"),
    }[pile]


def named_by_text(named_by: NamedBy) -> str:
    return {
        NamedBy.PERSON: _tr("de persoon zelf"),
        NamedBy.WORKER: _tr("de hulpverlener"),
        NamedBy.NETWORK: _tr("iemand uit het netwerk"),
    }[named_by]


def deck_title() -> str:
    return _tr("Stapel kaarten")


def ui_language() -> str:
    """nl, fr or en: the language the window speaks now (for the cards' own texts)."""
    lang = QLocale().name()[:2]  # the app sets the default locale with its language
    return lang if lang in ("nl", "fr", "en") else "nl"
