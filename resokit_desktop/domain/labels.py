"""The one catalogue of labels for every domain code: Dutch sources, translated by the caller.

The window translates with the application's translator (``resokit_desktop.translation.label``),
a printed document or an export with its own language (``label(value, texts.translate)``). Every
source is marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds it in context "Labels".
Life domains are not here: each domain set carries its own nl/fr/en labels (``Domain.label``).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from resokit_desktop.domain.client import ClientStatus, PersonType
from resokit_desktop.domain.roles import Barrier, GoodThing, RoleSetting, RoleStatus, Valued
from resokit_desktop.domain.session import SessionType
from resokit_desktop.domain.summary import SummaryCopy
from resokit_desktop.domain.talents import CardOrigin, NamedBy, Pile, TalentGroup
from resokit_desktop.domain.web.indicators import Coverage
from resokit_desktop.domain.web.model import (
    RINGS,
    Capital,
    EntryKind,
    Frequency,
    Function,
    Level,
    Reciprocity,
    Strength,
    TieStatus,
)

CONTEXT = "Labels"
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark text for the translation tools; the text is translated where it is shown."""
    return text


def _untranslated(_context: str, text: str) -> str:
    return text


_UNKNOWN = QT_TRANSLATE_NOOP("Labels", "—")

_LABELS: dict[type[StrEnum], dict[str, str]] = {
    ClientStatus: {
        ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Actief"),
        ClientStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Afgesloten"),
        ClientStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Gearchiveerd"),
    },
    PersonType: {
        PersonType.CLIENT: QT_TRANSLATE_NOOP("Labels", "Cliënt"),
        PersonType.VOLUNTEER: QT_TRANSLATE_NOOP("Labels", "Vrijwilliger"),
        PersonType.RESIDENT: QT_TRANSLATE_NOOP("Labels", "Buurtbewoner"),
        PersonType.OTHER: QT_TRANSLATE_NOOP("Labels", "Andere"),
    },
    SessionType: {
        SessionType.INTAKE: QT_TRANSLATE_NOOP("Labels", "Kennismaking"),
        SessionType.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Opvolggesprek"),
        SessionType.EVALUATION: QT_TRANSLATE_NOOP("Labels", "Evaluatie"),
        SessionType.OTHER: QT_TRANSLATE_NOOP("Labels", "Ander gesprek"),
    },
    EntryKind: {
        EntryKind.PERSON: QT_TRANSLATE_NOOP("Labels", "Persoon"),
        EntryKind.PLACE: QT_TRANSLATE_NOOP("Labels", "Plaats"),
        EntryKind.GROUP: QT_TRANSLATE_NOOP("Labels", "Groep of organisatie"),
    },
    Function: {
        Function.PRACTICAL: QT_TRANSLATE_NOOP("Labels", "Praktische hulp"),
        Function.EMOTIONAL: QT_TRANSLATE_NOOP("Labels", "Emotionele steun"),
        Function.ADVICE: QT_TRANSLATE_NOOP("Labels", "Advies"),
        Function.COMPANIONSHIP: QT_TRANSLATE_NOOP("Labels", "Gezelschap"),
    },
    Strength: {
        Strength.UNKNOWN: _UNKNOWN,
        Strength.STRONG: QT_TRANSLATE_NOOP("Labels", "Sterke band"),
        Strength.LIGHT: QT_TRANSLATE_NOOP("Labels", "Lichte band"),
    },
    Capital: {
        Capital.UNKNOWN: _UNKNOWN,
        Capital.BONDING: QT_TRANSLATE_NOOP("Labels", "Binden (eigen kring)"),
        Capital.BRIDGING: QT_TRANSLATE_NOOP("Labels", "Overbruggen (andere groep)"),
        Capital.LINKING: QT_TRANSLATE_NOOP("Labels", "Verbinden (met meer macht)"),
    },
    TieStatus: {
        TieStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Actief"),
        TieStatus.SLEEPING: QT_TRANSLATE_NOOP("Labels", "Slapend"),
        TieStatus.WISHED_FOR: QT_TRANSLATE_NOOP("Labels", "Gewenst"),
        TieStatus.BROKEN: QT_TRANSLATE_NOOP("Labels", "Verbroken"),
    },
    Level: {
        Level.UNKNOWN: _UNKNOWN,
        Level.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("Labels", "Buurt"),
        Level.CITY: QT_TRANSLATE_NOOP("Labels", "Stad"),
        Level.TRANSLOCAL: QT_TRANSLATE_NOOP("Labels", "Translokaal (elders, buitenland)"),
    },
    Frequency: {
        Frequency.UNKNOWN: _UNKNOWN,
        Frequency.DAILY: QT_TRANSLATE_NOOP("Labels", "Dagelijks"),
        Frequency.WEEKLY: QT_TRANSLATE_NOOP("Labels", "Wekelijks"),
        Frequency.MONTHLY: QT_TRANSLATE_NOOP("Labels", "Maandelijks"),
        Frequency.YEARLY: QT_TRANSLATE_NOOP("Labels", "Een paar keer per jaar"),
        Frequency.RARELY: QT_TRANSLATE_NOOP("Labels", "Zelden"),
    },
    # The member's side: GIVES = the member gives to the client (as entered on the web).
    Reciprocity: {
        Reciprocity.UNKNOWN: _UNKNOWN,
        Reciprocity.GIVES: QT_TRANSLATE_NOOP("Labels", "Geeft aan de cliënt"),
        Reciprocity.RECEIVES: QT_TRANSLATE_NOOP("Labels", "Krijgt van de cliënt"),
        Reciprocity.BOTH: QT_TRANSLATE_NOOP("Labels", "Over en weer"),
    },
    Coverage: {
        Coverage.OK: QT_TRANSLATE_NOOP("Labels", "Gedekt door onbetaalde steun"),
        Coverage.PAID_ONLY: QT_TRANSLATE_NOOP("Labels", "Alleen betaalde hulp"),
        Coverage.NOBODY: QT_TRANSLATE_NOOP("Labels", "Niemand"),
    },
    TalentGroup: {
        TalentGroup.HANDS: QT_TRANSLATE_NOOP("Labels", "Handen: praktisch"),
        TalentGroup.PEOPLE: QT_TRANSLATE_NOOP("Labels", "Mensen: sociaal"),
        TalentGroup.HEAD: QT_TRANSLATE_NOOP("Labels", "Hoofd: kennis en talen"),
        TalentGroup.CREATIVE: QT_TRANSLATE_NOOP("Labels", "Creatief"),
        TalentGroup.CARE: QT_TRANSLATE_NOOP("Labels", "Zorg"),
        TalentGroup.ORGANISING: QT_TRANSLATE_NOOP("Labels", "Organiseren"),
        TalentGroup.BODY: QT_TRANSLATE_NOOP("Labels", "Lichaam: sport en beweging"),
        TalentGroup.DIGITAL: QT_TRANSLATE_NOOP("Labels", "Digitaal"),
        TalentGroup.LIFE: QT_TRANSLATE_NOOP("Labels", "Levenservaring"),
    },
    CardOrigin: {
        CardOrigin.BUILTIN: QT_TRANSLATE_NOOP("Labels", "Standaardkaart"),
        CardOrigin.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Kaart van de organisatie"),
        CardOrigin.CLIENT: QT_TRANSLATE_NOOP("Labels", "Eigen kaart van de cliënt"),
    },
    Pile: {
        Pile.CAN: QT_TRANSLATE_NOOP("Labels", "Dit kan ik"),
        Pile.LIKE: QT_TRANSLATE_NOOP("Labels", "Dit doe ik graag"),
        Pile.LEARN: QT_TRANSLATE_NOOP("Labels", "Dit wil ik leren"),
        Pile.NOT_NOW: QT_TRANSLATE_NOOP("Labels", "Nu niet voor mij"),
    },
    NamedBy: {
        NamedBy.PERSON: QT_TRANSLATE_NOOP("Labels", "De persoon zelf"),
        NamedBy.WORKER: QT_TRANSLATE_NOOP("Labels", "De begeleider"),
        NamedBy.NETWORK: QT_TRANSLATE_NOOP("Labels", "Iemand uit het netwerk"),
    },
    Valued: {
        Valued.LITTLE: QT_TRANSLATE_NOOP("Labels", "weinig"),
        Valued.SOMEWHAT: QT_TRANSLATE_NOOP("Labels", "wat"),
        Valued.MUCH: QT_TRANSLATE_NOOP("Labels", "veel"),
    },
    RoleSetting: {
        RoleSetting.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "in de organisatie"),
        RoleSetting.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("Labels", "in de buurt"),
        RoleSetting.WIDER: QT_TRANSLATE_NOOP("Labels", "ruimer dan de buurt"),
    },
    RoleStatus: {
        RoleStatus.IDEA: QT_TRANSLATE_NOOP("Labels", "idee"),
        RoleStatus.EXPLORING: QT_TRANSLATE_NOOP("Labels", "verkennen"),
        RoleStatus.STARTED: QT_TRANSLATE_NOOP("Labels", "gestart"),
        RoleStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "actief"),
        RoleStatus.EVALUATED: QT_TRANSLATE_NOOP("Labels", "geëvalueerd"),
        RoleStatus.STOPPED: QT_TRANSLATE_NOOP("Labels", "gestopt"),
    },
    GoodThing: {
        GoodThing.STATUS: QT_TRANSLATE_NOOP("Labels", "aanzien"),
        GoodThing.EXPERIENCE: QT_TRANSLATE_NOOP("Labels", "ervaring"),
        GoodThing.RELATIONS: QT_TRANSLATE_NOOP("Labels", "relaties en contacten"),
        GoodThing.SELF_CONFIDENCE: QT_TRANSLATE_NOOP("Labels", "zelfvertrouwen"),
        GoodThing.RESPECT: QT_TRANSLATE_NOOP("Labels", "respect"),
        GoodThing.VOICE: QT_TRANSLATE_NOOP("Labels", "een stem"),
        GoodThing.FREEDOM: QT_TRANSLATE_NOOP("Labels", "vrijheid"),
        GoodThing.OPPORTUNITIES: QT_TRANSLATE_NOOP("Labels", "kansen"),
        GoodThing.GROWTH: QT_TRANSLATE_NOOP("Labels", "persoonlijke groei"),
        GoodThing.MATERIAL: QT_TRANSLATE_NOOP("Labels", "materiële dingen"),
    },
    Barrier: {
        Barrier.MONEY: QT_TRANSLATE_NOOP("Labels", "geld"),
        Barrier.TRANSPORT: QT_TRANSLATE_NOOP("Labels", "vervoer"),
        Barrier.LANGUAGE: QT_TRANSLATE_NOOP("Labels", "taal"),
        Barrier.FEAR: QT_TRANSLATE_NOOP("Labels", "angst"),
        Barrier.STIGMA: QT_TRANSLATE_NOOP("Labels", "stigma"),
        Barrier.OTHER: QT_TRANSLATE_NOOP("Labels", "iets anders"),
    },
    SummaryCopy: {
        SummaryCopy.WORKER: QT_TRANSLATE_NOOP("Labels", "Exemplaar voor de hulpverlener"),
        SummaryCopy.CLIENT: QT_TRANSLATE_NOOP("Labels", "Exemplaar voor de cliënt"),
    },
}

_RINGS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Labels", "dichtbij"),
    2: QT_TRANSLATE_NOOP("Labels", "midden"),
    3: QT_TRANSLATE_NOOP("Labels", "verder"),
}
assert tuple(_RINGS) == RINGS


def labelled_enums() -> tuple[type[StrEnum], ...]:
    """Every code list that has labels here (the tests check each value has one)."""
    return tuple(_LABELS)


def source(value: StrEnum) -> str:
    """The Dutch source of a code's label (KeyError for a code not in the catalogue)."""
    return _LABELS[type(value)][value]


def label(value: StrEnum, translate: Translate = _untranslated) -> str:
    """A code's label, translated with ``translate(context, source)`` (Dutch when not given)."""
    return translate(CONTEXT, source(value))


def label_of(enum: type[StrEnum], code: str, translate: Translate = _untranslated) -> str:
    """The label of a stored code (a plain string); an unknown code is shown as it is."""
    try:
        return label(enum(code), translate)
    except ValueError:
        return code


def choices(enum: type[StrEnum], translate: Translate = _untranslated) -> list[tuple[str, str]]:
    """(code, label) for every value, in the enum's order: the items of a choice list."""
    return [(value.value, label(value, translate)) for value in enum]


def ring_label(ring: int, translate: Translate = _untranslated) -> str:
    """The label of a closeness ring (1 = close, 2 = middle, 3 = further)."""
    return translate(CONTEXT, _RINGS[ring])
