"""Fictional demo inclusion webs: small, vulnerable networks that grow over several versions."""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils

from resokit_desktop.domain.web.domain_sets import default_set
from resokit_desktop.domain.web.layout import (
    DEFAULT_FOOTPRINT,
    place,
    quiet_border,
    ring_label_zones,
    tidy,
    web_layout,
    widened,
)
from resokit_desktop.domain.web.model import (
    Capital,
    EntryKind,
    Frequency,
    Function,
    Level,
    Member,
    Reciprocity,
    Strength,
    TieAttributes,
    TieStatus,
    WebVersion,
)
from resokit_desktop.services import demo_service, web_service
from resokit_desktop.storage import web_repo

P, PL, G = EntryKind.PERSON, EntryKind.PLACE, EntryKind.GROUP
FUNCS = {"P": Function.PRACTICAL, "E": Function.EMOTIONAL, "A": Function.ADVICE,
         "G": Function.COMPANIONSHIP}


def m(name, kind, domain, ring, funcs="", relation="", *, status=TieStatus.ACTIVE,
      strength=Strength.UNKNOWN, capital=Capital.UNKNOWN, paid=False, level=Level.UNKNOWN,
      freq=Frequency.UNKNOWN, recip=Reciprocity.UNKNOWN, strained=False, note="",
      reactivate=False):
    """One member spec (the registry entry is made when it is first placed)."""
    return dict(name=name, kind=kind, domain=domain, ring=ring, tie=TieAttributes(
        relation=relation, functions=frozenset(FUNCS[c] for c in funcs), strength=strength,
        capital=capital, status=status, strained=strained, paid=paid, level=level,
        frequency=freq, reciprocity=recip, note=note, reactivate=reactivate))


S, L = Strength.STRONG, Strength.LIGHT
BO, BR, LI = Capital.BONDING, Capital.BRIDGING, Capital.LINKING
SLEEP, WISH = TieStatus.SLEEPING, TieStatus.WISHED_FOR

# Per demo client (index in the caseload): versions as (days before today, changes, ties).
# A change is ("add", spec) | ("ring", name, ring) | ("status", name, status) | ("drop", name).
WEBS: dict[int, list[tuple[int, list, list[tuple[str, str]]]]] = {
    0: [  # Marie-Louise: widow, daughter and paid help only; the knitting café opens doors.
        (120, [
            ("add", m("Els", P, "family", 1, "E", "dochter", strength=S, capital=BO,
                      freq=Frequency.WEEKLY, recip=Reciprocity.BOTH, note="Ze belt op zondag.")),
            ("add", m("Tom", P, "family", 2, "", "kleinzoon", status=SLEEP, capital=BO)),
            ("add", m("Vrouw van de bakker", P, "neighbourhood", 2, "G", "bakkerij",
                      strength=L, capital=BR, level=Level.NEIGHBOURHOOD, freq=Frequency.DAILY)),
            ("add", m("Thuisverpleging", G, "services", 1, "P", "verpleegster", paid=True,
                      capital=LI, freq=Frequency.DAILY)),
            ("add", m("OCMW — Sofie", P, "services", 2, "A", "maatschappelijk werker",
                      paid=True, capital=LI, freq=Frequency.MONTHLY)),
            ("add", m("Sint-Lambertuskerk", PL, "faith", 3, "", status=SLEEP,
                      note="Vroeger elke zondag.", reactivate=True)),
            ("add", m("Dienstencentrum", PL, "neighbourhood", 3, "", status=WISH)),
        ], [("Els", "Tom"), ("Els", "Thuisverpleging"), ("Thuisverpleging", "OCMW — Sofie")]),
        (30, [
            ("status", "Tom", TieStatus.ACTIVE),
            ("status", "Dienstencentrum", TieStatus.ACTIVE), ("ring", "Dienstencentrum", 2),
            ("add", m("Breicafé", G, "leisure", 2, "G", "breigroep", capital=BR,
                      freq=Frequency.WEEKLY, level=Level.NEIGHBOURHOOD,
                      note="Die vrouwen daar zijn gezellig.")),
            ("add", m("Rita", P, "neighbourhood", 1, "PG", "buurvrouw", strength=S,
                      capital=BR, recip=Reciprocity.BOTH, level=Level.NEIGHBOURHOOD)),
        ], [("Rita", "Breicafé"), ("Breicafé", "Dienstencentrum"),
            ("Rita", "Vrouw van de bakker")]),
    ],
    1: [  # Youssef: retired bus driver, children far away.
        (150, [
            ("add", m("Hamid", P, "family", 2, "E", "zoon", level=Level.TRANSLOCAL, capital=BO,
                      freq=Frequency.MONTHLY)),
            ("add", m("Leila", P, "family", 3, "", "dochter", status=SLEEP, capital=BO)),
            ("add", m("Moskee Al Khalil", PL, "faith", 2, "G", capital=BO,
                      freq=Frequency.WEEKLY)),
            ("add", m("Dr. Janssens", P, "services", 1, "A", "huisarts", paid=True,
                      capital=LI)),
            ("add", m("Café Le Palmier", PL, "neighbourhood", 3, "G", strength=L)),
        ], [("Hamid", "Leila"), ("Moskee Al Khalil", "Café Le Palmier")]),
        (40, [
            ("ring", "Leila", 2), ("status", "Leila", TieStatus.ACTIVE),
            ("add", m("Marc", P, "work", 2, "GA", "oud-collega", capital=BR, strength=S)),
            ("add", m("Fietsherstelplaats", G, "work", 2, "G", capital=BR,
                      note="Ik kan daar mijn handen nog gebruiken.")),
        ], [("Marc", "Fietsherstelplaats"), ("Marc", "Café Le Palmier")]),
    ],
    3: [  # Tomasz: out of work after an accident, handy with wood.
        (160, [
            ("add", m("Mama", P, "family", 1, "E", "moeder", level=Level.TRANSLOCAL,
                      strength=S, capital=BO, freq=Frequency.WEEKLY, note="In Polen.")),
            ("add", m("Piotr", P, "work", 2, "", "ex-collega", status=SLEEP, capital=BO,
                      reactivate=True)),
            ("add", m("VDAB — Kris", P, "services", 1, "AP", "begeleider", paid=True,
                      capital=LI)),
            ("add", m("Kinesist", P, "services", 2, "P", paid=True, strained=True)),
        ], []),
        (70, [
            ("status", "Piotr", TieStatus.ACTIVE),
            ("add", m("Houtatelier De Krul", G, "work", 2, "G", capital=BR)),
            ("add", m("Ahmed", P, "neighbourhood", 2, "P", "buurman", capital=BR,
                      recip=Reciprocity.BOTH)),
        ], [("Piotr", "Houtatelier De Krul"), ("Ahmed", "Houtatelier De Krul")]),
        (10, [
            ("ring", "Ahmed", 1),
            ("add", m("Repair Café", G, "neighbourhood", 2, "G", "vrijwilliger", capital=BR,
                      recip=Reciprocity.GIVES)),
        ], [("Repair Café", "Ahmed")]),
    ],
    4: [  # Fatou: single mother, new in the neighbourhood.
        (140, [
            ("add", m("Aminata", P, "family", 1, "E", "zus", level=Level.TRANSLOCAL,
                      strength=S, capital=BO)),
            ("add", m("School De Linde", PL, "learning", 2, "", "school van de kinderen")),
            ("add", m("OCMW", G, "services", 1, "PA", paid=True, capital=LI)),
        ], []),
        (35, [
            ("add", m("Sara", P, "neighbourhood", 2, "G", "mama aan de schoolpoort",
                      strength=L, capital=BR)),
            ("add", m("Vrouwengroep Amal", G, "leisure", 2, "EG", capital=BR)),
            ("add", m("Zwembad", PL, "leisure", 3, "", status=WISH)),
        ], [("Sara", "School De Linde"), ("Sara", "Vrouwengroep Amal")]),
    ],
    12: [  # Samira: newcomer, learns Dutch, was a teacher.
        (130, [
            ("add", m("Omar", P, "family", 1, "EP", "echtgenoot", strength=S, capital=BO)),
            ("add", m("CVO Taalschool", PL, "learning", 2, "", capital=BR)),
            ("add", m("Juf Nederlands", P, "learning", 2, "A", "leerkracht", paid=True)),
            ("add", m("Onthaalbureau", G, "services", 1, "A", paid=True, capital=LI)),
        ], [("CVO Taalschool", "Juf Nederlands")]),
        (25, [
            ("add", m("Taalcafé", G, "learning", 2, "G", capital=BR)),
            ("add", m("Katrien", P, "friends", 2, "GA", "taalbuddy", capital=BR,
                      recip=Reciprocity.BOTH)),
            ("add", m("Basisschool De Bron", PL, "work", 3, "", status=WISH,
                      note="Ik wil weer voor een klas staan.")),
        ], [("Katrien", "Taalcafé"), ("Taalcafé", "CVO Taalschool")]),
    ],
}


def _whole_name(name: str):
    """About 0.6 em a letter at the window's 15-unit names, on a disc of radius 300."""
    return widened(DEFAULT_FOOTPRINT, (len(name) * 15 * 0.6 + 6) / 300)


def _place(version: WebVersion, domain: str, ring: int, moving: int | None = None,
           name: str = ""):
    """A free spot as the window would find it (with room for the whole name where there is);
    members moved aside to make room move."""
    others = {k: m.position for k, m in version.members.items() if k != moving}
    whole = _whole_name(name)
    placement = place(others, domain, ring, version.domain_set.keys(), DEFAULT_FOOTPRINT,
                      obstacles=ring_label_zones(), whole_name=whole)
    for entry_id, position in placement.moved.items():
        version.members[entry_id].position = position
    return placement.position


def _apply(db, version: WebVersion, changes: list, ids: dict[str, int]) -> None:
    for change in changes:
        if change[0] == "add":
            spec = change[1]
            if spec["name"] not in ids:
                entry = web_service.add_entry(db, version.client_id, spec["kind"], spec["name"])
                ids[spec["name"]] = entry.id
            position = _place(version, spec["domain"], spec["ring"], name=spec["name"])
            entry_id = ids[spec["name"]]
            version.members[entry_id] = Member(entry_id, spec["name"], spec["kind"], position,
                                               spec["tie"])
        elif change[0] == "ring":
            member = version.members[ids[change[1]]]
            member.position = _place(version, member.position.domain, change[2],
                                     moving=member.entry_id, name=member.name)
        elif change[0] == "status":
            version.members[ids[change[1]]].tie.status = change[2]
        elif change[0] == "drop":
            version.remove_member(ids[change[1]])


def add_demo_webs(db: sqlite_utils.Database, client_ids: list[int], today: date) -> None:
    for index, versions in WEBS.items():
        if index >= len(client_ids):
            continue
        client_id = client_ids[index]
        ids: dict[str, int] = {}
        previous: WebVersion | None = None
        for days, changes, ties in versions:
            day = (today - timedelta(days=days)).isoformat()
            version = (previous.copied(day) if previous
                       else WebVersion(None, client_id, day, default_set()))
            _apply(db, version, changes, ids)
            positions = {k: m.position for k, m in version.members.items()}
            keys = version.domain_set.keys()
            layout = web_layout(positions.values(), keys, DEFAULT_FOOTPRINT)
            border = quiet_border(positions.values(), keys, DEFAULT_FOOTPRINT, layout)
            spots = tidy(positions, keys, DEFAULT_FOOTPRINT, ring_label_zones(border),
                         {k: _whole_name(m.name) for k, m in version.members.items()})
            for entry_id, position in spots.items():
                version.members[entry_id].position = position
            for a, b in ties:
                version.add_tie(ids[a], ids[b])
            web_repo.insert_version(db, version)
            previous = version
        if len(versions) >= 2:
            rows = web_repo.list_versions(db, client_id)
            web_service.record_client_words(
                db, client_id, rows[-2].id, rows[-1].id,
                "Ik zie meer mensen dan vroeger. Dat doet deugd.")


demo_service.EXTENSIONS.append(add_demo_webs)
