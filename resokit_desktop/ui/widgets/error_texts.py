"""Turn a domain FieldError code into a specific, translated Dutch message for the field."""

from __future__ import annotations

import re
from datetime import date

from resokit_desktop.domain.validation import EARLIEST_BIRTH_YEAR
from resokit_desktop.translation import translator

_INDEXED = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")


_tr = translator("FieldMessages")


def message_for(field: str, code: str) -> str:
    """The message for one problem; field may be indexed ('agreements[1].what')."""
    match = _INDEXED.match(field)
    if match:
        group, index, sub = match.group(1), int(match.group(2)), match.group(3)
        return _row_message(group, index + 1, sub, code)
    if code == "required":
        return {
            "name": _tr("Vul een naam of pseudoniem in."),
            "date": _tr("Vul de datum van het gesprek in."),
            "purpose": _tr("Vul het doel van de toestemming in."),
            "given_on": _tr("Vul de datum in waarop de toestemming gegeven is."),
        }.get(field, _tr("Dit veld is verplicht."))
    if code == "too_long":
        return _tr("Dit is te lang (hoogstens 200 tekens).")
    if code == "in_future":
        return _tr("Het geboortejaar kan niet later zijn dan %1.").replace(
            "%1", str(date.today().year))
    if code == "too_early":
        return _tr("Het geboortejaar kan niet vóór %1 liggen.").replace(
            "%1", str(EARLIEST_BIRTH_YEAR))
    if code == "not_a_number":
        return _tr("Typ het geboortejaar in cijfers, bijvoorbeeld 1958.")
    if code == "email_invalid":
        return _tr("Dit e-mailadres klopt niet. Voorbeeld: naam@voorbeeld.be")
    if code == "date_invalid":
        return _tr("Deze datum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 14-03-2026.")
    if code == "time_invalid":
        return _tr("Dit uur klopt niet. Typ uu:mm, bijvoorbeeld 14:30.")
    if code == "time_without_date":
        return _tr("Vul ook de datum van de volgende afspraak in.")
    return _tr("Deze invoer klopt niet.")


def _row_message(group: str, number: int, sub: str, code: str) -> str:
    if group == "agreements":
        if sub == "what" and code == "required":
            text = _tr("Afspraak %1: vul in wat er afgesproken is.")
        elif code == "date_invalid":
            text = _tr("Afspraak %1: de datum 'tegen wanneer' bestaat niet. Typ dag-maand-jaar.")
        else:
            text = _tr("Afspraak %1: deze invoer klopt niet.")
        return text.replace("%1", str(number))
    if group == "consents":
        if code == "required" and sub == "purpose":
            text = _tr("Toestemming %1: vul het doel in.")
        elif code == "required":
            text = _tr("Toestemming %1: vul de datum in waarop ze gegeven is.")
        else:
            text = _tr("Toestemming %1: deze datum bestaat niet. Typ dag-maand-jaar.")
        return text.replace("%1", str(number))
    return _tr("Deze invoer klopt niet.")
