"""The Rollen tab's words: statuses, settings, good things, barriers and field messages."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from resokit_desktop.domain.roles import Barrier, GoodThing, RoleSetting, RoleStatus, Valued
from resokit_desktop.translation import translator

_tr = translator("RolesTab")


def status_name(status: RoleStatus) -> str:
    return {
        RoleStatus.IDEA: _tr("Idee"),
        RoleStatus.EXPLORING: _tr("Verkennen"),
        RoleStatus.STARTED: _tr("Gestart"),
        RoleStatus.ACTIVE: _tr("Actief"),
        RoleStatus.EVALUATED: _tr("Geëvalueerd"),
        RoleStatus.STOPPED: _tr("Gestopt"),
    }[status]


def setting_name(setting: RoleSetting) -> str:
    return {
        RoleSetting.ORGANISATION: _tr("In de organisatie"),
        RoleSetting.NEIGHBOURHOOD: _tr("In de buurt"),
        RoleSetting.WIDER: _tr("Ruimer: de stad, elders"),
    }[setting]


def good_thing_name(value: GoodThing) -> str:
    return {
        GoodThing.STATUS: _tr("Aanzien"),
        GoodThing.EXPERIENCE: _tr("Ervaring"),
        GoodThing.RELATIONS: _tr("Relaties en contacten"),
        GoodThing.SELF_CONFIDENCE: _tr("Zelfvertrouwen"),
        GoodThing.RESPECT: _tr("Respect"),
        GoodThing.VOICE: _tr("Een stem"),
        GoodThing.FREEDOM: _tr("Vrijheid"),
        GoodThing.OPPORTUNITIES: _tr("Kansen"),
        GoodThing.GROWTH: _tr("Persoonlijke groei"),
        GoodThing.MATERIAL: _tr("Materiële dingen"),
    }[value]


def barrier_name(value: Barrier) -> str:
    return {
        Barrier.MONEY: _tr("Geld"),
        Barrier.TRANSPORT: _tr("Vervoer"),
        Barrier.LANGUAGE: _tr("Taal"),
        Barrier.FEAR: _tr("Angst"),
        Barrier.STIGMA: _tr("Stigma"),
        Barrier.OTHER: _tr("Iets anders"),
    }[value]


def valued_name(value: Valued | None) -> str:
    if value is None:
        return _tr("Niet besproken")
    return {
        Valued.LITTLE: _tr("Weinig"),
        Valued.SOMEWHAT: _tr("Enigszins"),
        Valued.MUCH: _tr("Sterk"),
    }[value]


def transition_refused(current: RoleStatus, target: RoleStatus,
                       allowed: list[RoleStatus]) -> str:
    """Why the plan cannot jump from ``current`` to ``target``, and where it can go."""
    return (_tr("Van '%1' kan het plan niet meteen naar '%2'. Mogelijk: %3.")
            .replace("%1", status_name(current)).replace("%2", status_name(target))
            .replace("%3", ", ".join(status_name(s) for s in allowed)))


def plan_message(field: str, code: str) -> str:
    """A specific message for one problem with a plan field or a step."""
    if field.startswith("steps["):
        sub = field.rsplit(".", 1)[-1]
        if sub == "what":
            return _tr("Een stap heeft tekst nodig: schrijf wat er moet gebeuren.")
        if code == "before_plan":
            return _tr("Deze datum ligt vóór de dag waarop het plan gemaakt is. "
                      "Kies een latere datum.")
        if code == "date_invalid":
            return _tr("Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.")
        return _tr("Dit is te lang.")
    if field == "title" and code == "required":
        return _tr("Geef de rol een naam. De vorige naam blijft bewaard tot dan.")
    if field == "evaluation":
        return _tr("Schrijf eerst de evaluatie in de woorden van de cliënt; "
                  "dan kan het plan op 'Geëvalueerd'.")
    if field == "barrier_note":
        return _tr("Zeg kort wat 'iets anders' is.")
    if code == "too_long":
        return _tr("Dit is te lang.")
    if code in ("unknown_contact", "unknown_talent"):
        return _tr("Deze keuze bestaat niet meer; kies opnieuw.")
    return _tr("Deze invoer klopt niet.")


def ui_language() -> str:
    """The language the screens are in (for built-in role ideas and talent cards)."""
    lang = QLocale().name()[:2]
    return lang if lang in ("nl", "fr", "en") else "nl"
