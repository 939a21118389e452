"""The Rollen tab's words: statuses, settings, good things, barriers and field messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resokit_desktop.domain.roles import Barrier, GoodThing, RoleSetting, RoleStatus, Valued


def tr(text: str) -> str:
    return QCoreApplication.translate("RolesTab", text)


def status_name(status: RoleStatus) -> str:
    return {
        RoleStatus.IDEA: tr("Idee"),
        RoleStatus.EXPLORING: tr("Verkennen"),
        RoleStatus.STARTED: tr("Gestart"),
        RoleStatus.ACTIVE: tr("Actief"),
        RoleStatus.EVALUATED: tr("Geëvalueerd"),
        RoleStatus.STOPPED: tr("Gestopt"),
    }[status]


def setting_name(setting: RoleSetting) -> str:
    return {
        RoleSetting.ORGANISATION: tr("In de organisatie"),
        RoleSetting.NEIGHBOURHOOD: tr("In de buurt"),
        RoleSetting.WIDER: tr("Ruimer: de stad, elders"),
    }[setting]


def good_thing_name(value: GoodThing) -> str:
    return {
        GoodThing.STATUS: tr("Aanzien"),
        GoodThing.EXPERIENCE: tr("Ervaring"),
        GoodThing.RELATIONS: tr("Relaties en contacten"),
        GoodThing.SELF_CONFIDENCE: tr("Zelfvertrouwen"),
        GoodThing.RESPECT: tr("Respect"),
        GoodThing.VOICE: tr("Een stem"),
        GoodThing.FREEDOM: tr("Vrijheid"),
        GoodThing.OPPORTUNITIES: tr("Kansen"),
        GoodThing.GROWTH: tr("Persoonlijke groei"),
        GoodThing.MATERIAL: tr("Materiële dingen"),
    }[value]


def barrier_name(value: Barrier) -> str:
    return {
        Barrier.MONEY: tr("Geld"),
        Barrier.TRANSPORT: tr("Vervoer"),
        Barrier.LANGUAGE: tr("Taal"),
        Barrier.FEAR: tr("Angst"),
        Barrier.STIGMA: tr("Stigma"),
        Barrier.OTHER: tr("Iets anders"),
    }[value]


def valued_name(value: Valued | None) -> str:
    if value is None:
        return tr("Nog niet besproken")
    return {
        Valued.LITTLE: tr("Weinig gewaardeerd"),
        Valued.SOMEWHAT: tr("Wat gewaardeerd"),
        Valued.MUCH: tr("Sterk gewaardeerd"),
    }[value]


def transition_refused(current: RoleStatus, target: RoleStatus,
                       allowed: list[RoleStatus]) -> str:
    """Why the plan cannot jump from ``current`` to ``target``, and where it can go."""
    return (tr("Van '%1' kan het plan niet meteen naar '%2'. Mogelijk: %3.")
            .replace("%1", status_name(current)).replace("%2", status_name(target))
            .replace("%3", ", ".join(status_name(s) for s in allowed)))


def plan_message(field: str, code: str) -> str:
    """A specific message for one problem with a plan field or a step."""
    if field.startswith("steps["):
        sub = field.rsplit(".", 1)[-1]
        if sub == "what":
            return tr("Een stap heeft tekst nodig: schrijf wat er moet gebeuren.")
        if code == "before_plan":
            return tr("Deze datum ligt vóór de dag waarop het plan gemaakt is. "
                      "Kies een latere datum.")
        if code == "date_invalid":
            return tr("Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.")
        return tr("Dit is te lang.")
    if field == "title" and code == "required":
        return tr("Geef de rol een naam. De vorige naam blijft bewaard tot dan.")
    if field == "evaluation":
        return tr("Schrijf eerst de evaluatie in de woorden van de cliënt; "
                  "dan kan het plan op 'Geëvalueerd'.")
    if field == "barrier_note":
        return tr("Zeg kort wat 'iets anders' is.")
    if code == "too_long":
        return tr("Dit is te lang.")
    if code in ("unknown_contact", "unknown_talent"):
        return tr("Deze keuze bestaat niet meer; kies opnieuw.")
    return tr("Deze invoer klopt niet.")


def ui_language() -> str:
    """The language the screens are in (for built-in role ideas and talent cards)."""
    from PySide6.QtCore import QLocale

    lang = QLocale().name()[:2]
    return lang if lang in ("nl", "fr", "en") else "nl"
