"""Translated names of register kinds and fields, and the messages shown at the fields."""

from __future__ import annotations

from resokit_desktop.domain.neighbourhood.entry import MAX_LINE, MAX_TEXT, TEXT_FIELDS
from resokit_desktop.translation import translator

_tr = translator("NeighbourhoodRegister")


def kind_text(kind: str) -> str:
    return {
        "place": _tr("Plaats"),
        "key_figure": _tr("Sleutelfiguur"),
        "initiative": _tr("Initiatief"),
        "organisation": _tr("(Zelf)organisatie"),
        "informal_network": _tr("Informeel netwerk"),
    }.get(str(kind), str(kind))


def kind_plural(kind: str) -> str:
    return {
        "place": _tr("plaatsen"),
        "key_figure": _tr("sleutelfiguren"),
        "initiative": _tr("initiatieven"),
        "organisation": _tr("(zelf)organisaties"),
        "informal_network": _tr("informele netwerken"),
    }.get(str(kind), str(kind))


def field_text(name: str) -> str:
    return {
        "kind": _tr("Soort"),
        "name": _tr("Naam"),
        "address": _tr("Adres of beschrijving"),
        "neighbourhood": _tr("Buurt"),
        "offers": _tr("Wat ze bieden"),
        "needs": _tr("Wat ze zoeken"),
        "contact": _tr("Contact"),
        "opening_hours": _tr("Openingsuren"),
        "accessibility": _tr("Toegankelijkheid"),
        "languages": _tr("Talen"),
        "notes": _tr("Notities"),
        "last_checked": _tr("Laatst nagekeken"),
    }.get(name, name)


def field_message(field: str, code: str) -> str:
    if code == "required":
        return _tr("Vul een naam in: zonder naam wordt niets bewaard.")
    if code == "date_invalid":
        return _tr("Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.")
    if code == "too_long":
        limit = MAX_TEXT if field in TEXT_FIELDS else MAX_LINE
        return _tr("Dit is te lang (hoogstens %1 tekens).").replace("%1", str(limit))
    return _tr("Deze invoer klopt niet.")
