"""Test and benchmark data: one client with two web versions, focus talents and role plans."""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.roles import Barrier, GoodThing, RolePlan, RoleStatus, RoleStep
from resokit_desktop.domain.session import Agreement, Session, SessionType
from resokit_desktop.domain.talents import CardSort, Pile, SortedTalent
from resokit_desktop.domain.web.domain_sets import default_set
from resokit_desktop.domain.web.model import (
    Comparison,
    EntryKind,
    Member,
    Position,
    RegistryEntry,
    TieAttributes,
    TieStatus,
    WebVersion,
)
from resokit_desktop.storage import (
    clients_repo,
    contacts_repo,
    roles_repo,
    sessions_repo,
    settings_repo,
    talents_repo,
    web_repo,
)

CLIENT_NAME = "Françoise Noël-Dubois"
OBSERVATION = "Lijkt gespannen bij het onderwerp schulden; nog niet over beginnen."
KINDS = (EntryKind.PERSON, EntryKind.PERSON, EntryKind.PLACE, EntryKind.GROUP)
STATUSES = (TieStatus.ACTIVE, TieStatus.ACTIVE, TieStatus.ACTIVE, TieStatus.SLEEPING)


def add_web(db: sqlite_utils.Database, client_id: int, members: int, today: date) -> list[int]:
    """Two versions, 90 days apart: the later one has ``members`` members; returns version ids."""
    domains = default_set()
    keys = domains.keys()
    ids = []
    for index in range(members + 2):
        entry = RegistryEntry(None, client_id, KINDS[index % 4], f"Contact {index} Zoë")
        ids.append(contacts_repo.add_contact(db, entry))
    versions = []
    for offset, chosen, ring_shift in ((90, ids[2:members], 1), (0, ids[:members], 0)):
        version = WebVersion(None, client_id, (today - timedelta(days=offset)).isoformat(), domains)
        for n, entry_id in enumerate(chosen):
            ring = min(3, 1 + (n % 3) + ring_shift) if n % 5 == 0 else 1 + n % 3
            version.members[entry_id] = Member(
                entry_id, f"Contact {ids.index(entry_id)} Zoë", KINDS[ids.index(entry_id) % 4],
                Position(keys[n % len(keys)], ring, (n % 7) / 7 + 0.05, 0.5),
                TieAttributes(status=STATUSES[n % 4], paid=n % 6 == 0),
            )
        for a, b in zip(chosen, chosen[1:], strict=False):
            if a % 3:
                version.add_tie(a, b)
        versions.append(web_repo.insert_version(db, version))
    web_repo.save_comparison(db, Comparison(None, client_id, versions[0], versions[1],
                                            "Ik ken nu meer mensen in de buurt, dat voelt goed."))
    return versions


def add_talents_and_roles(db: sqlite_utils.Database, client_id: int, plans: int,
                          today: date) -> None:
    sort = CardSort(client_id=client_id, talents=[
        SortedTalent("cooking", Pile.CAN, focus_rank=1, example="Kookte voor het buurtfeest"),
        SortedTalent("listening", Pile.CAN, focus_rank=2, example="Iedereen vertelt mij alles"),
        SortedTalent("gardening", Pile.LIKE),
    ])
    talents_repo.save_card_sort(db, sort)
    focus_ids = [t.id for t in sort.talents if t.focus_rank]
    for n in range(plans):
        roles_repo.save_role_plan(db, RolePlan(
            client_id=client_id, title=f"Gastvrouw van het soepcafé {n + 1}",
            place="Buurthuis De Linde", key_person="Rita van het onthaal",
            talent_ids=focus_ids, need="Buren die alleen eten", status=RoleStatus.STARTED,
            brings=[GoodThing.RELATIONS, GoodThing.RESPECT], barriers=[Barrier.TRANSPORT],
            support="Iemand die de eerste keer meegaat",
            steps=[RoleStep(f"Stap {s} voor plan {n + 1}: proeven in de keuken", "Françoise",
                            (today + timedelta(days=7 * (s + 1))).isoformat())
                   for s in range(3)],
        ))


def make_rich_client(db: sqlite_utils.Database, members: int = 60, plans: int = 3,
                     agreements: int = 10, today: date | None = None) -> int:
    """One client with everything the summary shows; returns the client id."""
    today = today or date.today()
    settings_repo.set_setting(db, "organisation.name", "Buurtwerk Één – L’Équipe")
    settings_repo.set_setting(db, "worker.name", "Sofie Janssens")
    client_id = clients_repo.save_client(db, Client(name=CLIENT_NAME))
    sessions_repo.save_session(db, Session(
        client_id=client_id, date=today.isoformat(), type=SessionType.FOLLOW_UP,
        worked_on="Het web opnieuw getekend; rollen besproken.",
        client_words="Ça va mieux, ik betaal nu €5 voor de soep – niet slecht.",
        worker_observations=OBSERVATION,
        next_appointment=(today + timedelta(days=14)).isoformat() + " 10:30",
        agreements=[Agreement(f"Afspraak {n}: bellen naar het café", "Françoise" if n % 2
                              else "Hulpverlener", (today + timedelta(days=n)).isoformat())
                    for n in range(agreements)],
    ))
    add_web(db, client_id, members, today)
    add_talents_and_roles(db, client_id, plans, today)
    return client_id
