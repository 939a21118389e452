"""Words a client can read for the right-of-access PDF: section titles, field names, codes."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from resokit_desktop.domain import labels
from resokit_desktop.domain.client import ClientStatus, PersonType
from resokit_desktop.domain.roles import Valued
from resokit_desktop.domain.talents import CardOrigin, NamedBy, Pile
from resokit_desktop.domain.web.model import (
    RINGS,
    Capital,
    EntryKind,
    Frequency,
    Level,
    Reciprocity,
    Strength,
    TieStatus,
)
from resokit_desktop.reports import labels as report_labels
from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "AccessExport"


def table_titles(t: ReportTexts) -> dict[str, str]:
    return {
        "clients": t.translate(CONTEXT, "Persoonsgegevens"),
        "consents": t.translate(CONTEXT, "Toestemmingen"),
        "sessions": t.translate(CONTEXT, "Gesprekken"),
        "agreements": t.translate(CONTEXT, "Afspraken"),
        "contacts": t.translate(CONTEXT, "Personen en plaatsen in het netwerk"),
        "web_versions": t.translate(CONTEXT, "Versies van het inclusieweb"),
        "web_members": t.translate(CONTEXT, "Plaatsen in het inclusieweb"),
        "web_ties": t.translate(CONTEXT, "Wie kent wie"),
        "web_comparisons": t.translate(CONTEXT, "Vergelijkingen van het inclusieweb"),
        "talent_cards": t.translate(CONTEXT, "Eigen talentkaarten"),
        "client_talents": t.translate(CONTEXT, "Talenten"),
        "current_roles": t.translate(CONTEXT, "Huidige rollen"),
        "role_plans": t.translate(CONTEXT, "Rolplannen"),
        "role_plan_talents": t.translate(CONTEXT, "Talenten bij rolplannen"),
        "role_steps": t.translate(CONTEXT, "Stappen in rolplannen"),
        "map_versions": t.translate(CONTEXT, "Versies van de buurtkaart"),
        "map_pins": t.translate(CONTEXT, "Plaatsen op de buurtkaart"),
        "map_pin_companions": t.translate(CONTEXT, "Met wie u naar een plaats gaat"),
    }


def event_labels(t: ReportTexts) -> dict[str, str]:
    return {
        "opened": t.translate(CONTEXT, "dossierbestand geopend"),
        "unlocked": t.translate(CONTEXT, "ontgrendeld"),
        "exported": t.translate(CONTEXT, "geëxporteerd"),
        "printed": t.translate(CONTEXT, "afgedrukt"),
        "deleted": t.translate(CONTEXT, "verwijderd"),
        "backup": t.translate(CONTEXT, "reservekopie gemaakt"),
        "restore": t.translate(CONTEXT, "reservekopie teruggezet"),
        "access_export": t.translate(CONTEXT, "inzage gegeven"),
        "transfer_export": t.translate(CONTEXT, "overgedragen aan een collega"),
        "transfer_import": t.translate(CONTEXT, "overgenomen van een collega"),
        "passphrase_changed": t.translate(CONTEXT, "wachtwoord gewijzigd"),
    }


def column_labels(t: ReportTexts) -> dict[str, str]:
    return {
        "name": t.translate(CONTEXT, "Naam"),
        "person_type": t.translate(CONTEXT, "Soort"),
        "birth_year": t.translate(CONTEXT, "Geboortejaar"),
        "languages": t.translate(CONTEXT, "Talen"),
        "neighbourhood": t.translate(CONTEXT, "Buurt"),
        "address": t.translate(CONTEXT, "Adres"),
        "phone": t.translate(CONTEXT, "Telefoon"),
        "email": t.translate(CONTEXT, "E-mail"),
        "start_date": t.translate(CONTEXT, "Startdatum"),
        "status": t.translate(CONTEXT, "Status"),
        "notes": t.translate(CONTEXT, "Notities"),
        "note": t.translate(CONTEXT, "Notitie"),
        "purpose": t.translate(CONTEXT, "Doel"),
        "given_on": t.translate(CONTEXT, "Gegeven op"),
        "withdrawn_on": t.translate(CONTEXT, "Ingetrokken op"),
        "date": t.translate(CONTEXT, "Datum"),
        "type": t.translate(CONTEXT, "Soort"),
        "worked_on": t.translate(CONTEXT, "Waaraan gewerkt"),
        "client_words": t.translate(CONTEXT, "In uw eigen woorden"),
        "worker_observations": t.translate(CONTEXT, "Observaties van de begeleider"),
        "next_appointment": t.translate(CONTEXT, "Volgende afspraak"),
        "who": t.translate(CONTEXT, "Wie"),
        "what": t.translate(CONTEXT, "Wat"),
        "due_date": t.translate(CONTEXT, "Tegen"),
        "done": t.translate(CONTEXT, "Gedaan"),
        "title": t.translate(CONTEXT, "Titel"),
        "kind": t.translate(CONTEXT, "Soort"),
        "created_at": t.translate(CONTEXT, "Aangemaakt"),
        "updated_at": t.translate(CONTEXT, "Laatst gewijzigd"),
        "session_id": t.translate(CONTEXT, "Gesprek van"),
        "version_id": t.translate(CONTEXT, "Versie van"),
        "version_date": t.translate(CONTEXT, "Datum"),
        "domain_set": t.translate(CONTEXT, "Levensdomeinen"),
        "contact_id": t.translate(CONTEXT, "Wie of wat"),
        "domain_key": t.translate(CONTEXT, "Levensdomein"),
        "ring": t.translate(CONTEXT, "Cirkel"),
        "relation": t.translate(CONTEXT, "Relatie"),
        "functions": t.translate(CONTEXT, "Wat die persoon voor u betekent"),
        "strength": t.translate(CONTEXT, "Band"),
        "capital": t.translate(CONTEXT, "Soort band"),
        "strained": t.translate(CONTEXT, "Moeilijke band"),
        "harmful": t.translate(CONTEXT, "Schadelijke band"),
        "paid": t.translate(CONTEXT, "Betaalde hulp"),
        "reactivate": t.translate(CONTEXT, "Opnieuw contact zoeken"),
        "level": t.translate(CONTEXT, "Waar"),
        "frequency": t.translate(CONTEXT, "Hoe vaak"),
        "reciprocity": t.translate(CONTEXT, "Geven en krijgen"),
        "old_version_id": t.translate(CONTEXT, "Eerdere versie"),
        "new_version_id": t.translate(CONTEXT, "Latere versie"),
        "labels": t.translate(CONTEXT, "Talent"),
        "prompts": t.translate(CONTEXT, "Vraag"),
        "label": t.translate(CONTEXT, "Talent"),
        "pile": t.translate(CONTEXT, "Stapel"),
        "named_by": t.translate(CONTEXT, "Genoemd door"),
        "named_by_name": t.translate(CONTEXT, "Naam van wie het noemde"),
        "named_by_contact_id": t.translate(CONTEXT, "Genoemd door (uit het netwerk)"),
        "example": t.translate(CONTEXT, "Voorbeeld"),
        "gives_energy": t.translate(CONTEXT, "Geeft energie"),
        "focus_rank": t.translate(CONTEXT, "Focustalent nummer"),
        "valued": t.translate(CONTEXT, "Hoe gewaardeerd"),
        "still_held": t.translate(CONTEXT, "Nog steeds"),
        "setting": t.translate(CONTEXT, "Waar"),
        "place": t.translate(CONTEXT, "Plaats"),
        "place_contact_id": t.translate(CONTEXT, "Plaats in het netwerk"),
        "key_person": t.translate(CONTEXT, "Sleutelfiguur"),
        "key_person_contact_id": t.translate(CONTEXT, "Sleutelfiguur in het netwerk"),
        "need": t.translate(CONTEXT, "Welke vraag het beantwoordt"),
        "brings": t.translate(CONTEXT, "Wat het oplevert"),
        "barriers": t.translate(CONTEXT, "Drempels"),
        "barrier_note": t.translate(CONTEXT, "Meer over de drempels"),
        "support": t.translate(CONTEXT, "Steun die nodig is"),
        "status_since": t.translate(CONTEXT, "Sinds"),
        "evaluation": t.translate(CONTEXT, "Evaluatie"),
        "plan_id": t.translate(CONTEXT, "Rolplan"),
        "talent_id": t.translate(CONTEXT, "Talent"),
        "owner": t.translate(CONTEXT, "Wie"),
        "image_id": t.translate(CONTEXT, "Stratenplan"),
        "home_x": t.translate(CONTEXT, "Thuis (links-rechts)"),
        "home_y": t.translate(CONTEXT, "Thuis (boven-onder)"),
        "boundary": t.translate(CONTEXT, "Grens van uw buurt"),
        "x": t.translate(CONTEXT, "Plek op de kaart (links-rechts)"),
        "y": t.translate(CONTEXT, "Plek op de kaart (boven-onder)"),
        "feeling": t.translate(CONTEXT, "Hoe het er voelt"),
        "neighbourhood_entry_id": t.translate(CONTEXT, "In het buurtregister"),
        "companion_id": t.translate(CONTEXT, "Met wie"),
    }


# Stored column -> its code list; labels come from the one catalogue (domain/labels.py).
_CODE_LISTS: dict[str, type[StrEnum]] = {
    "person_type": PersonType,
    "clients.status": ClientStatus,
    "web_members.status": TieStatus,
    "kind": EntryKind,
    "strength": Strength,
    "capital": Capital,
    "level": Level,
    "frequency": Frequency,
    "reciprocity": Reciprocity,
    "pile": Pile,
    "named_by": NamedBy,
    "valued": Valued,
    "origin": CardOrigin,
}


def _codes(t: ReportTexts) -> dict[str, dict[str, str]]:
    codes = {key: dict(labels.choices(enum, t.translate)) for key, enum in _CODE_LISTS.items()}
    codes["ring"] = {str(ring): labels.ring_label(ring, t.translate) for ring in RINGS}
    # The buurtkaart's pins, said to the client ("u").
    codes["map_pins.status"] = {
        "goes_now": t.translate(CONTEXT, "u gaat er nu naartoe"),
        "used_to_go": t.translate(CONTEXT, "u ging er vroeger naartoe"),
        "would_like": t.translate(CONTEXT, "u zou er graag naartoe gaan"),
        "avoids": t.translate(CONTEXT, "u mijdt deze plek"),
    }
    codes["feeling"] = {
        "safe": t.translate(CONTEXT, "veilig"),
        "neutral": t.translate(CONTEXT, "neutraal"),
        "unsafe": t.translate(CONTEXT, "onveilig"),
    }
    return codes


def code_labeller(t: ReportTexts) -> Callable[[str, str, object], str | None]:
    """label(table, column, code) -> readable words, or None when the column is no code."""
    codes = _codes(t)
    listed: dict[str, Callable[[ReportTexts, str], str]] = {
        "functions": report_labels.function_name,
        "brings": report_labels.good_thing,
        "barriers": report_labels.barrier,
    }
    single: dict[str, Callable[[ReportTexts, str], str]] = {
        "sessions.type": report_labels.session_type,
        "role_plans.status": report_labels.role_status,
        "role_plans.setting": report_labels.role_setting,
    }

    def label(table: str, column: str, code: object) -> str | None:
        key = f"{table}.{column}"
        if column in listed:
            items = code if isinstance(code, list) else str(code or "").split(",")
            return ", ".join(listed[column](t, str(i).strip()) for i in items if str(i).strip())
        if key in single:
            return single[key](t, str(code))
        table_codes = codes.get(key) or codes.get(column)
        if table_codes is None:
            return None
        return table_codes.get(str(code), str(code))

    return label


def yes_no(t: ReportTexts, value: object) -> str:
    return t.translate(CONTEXT, "ja") if value else t.translate(CONTEXT, "nee")
