"""Test helper: a client whose free texts mention people of her network by name."""

from __future__ import annotations

import sqlite_utils

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.roles import Barrier, GoodThing, RolePlan, RoleStep
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.domain.web.model import EntryKind, Member, Position, TieAttributes, TieStatus
from resokit_desktop.services import web_service
from resokit_desktop.storage import clients_repo, roles_repo, sessions_repo

CLIENT = "Marie-Louise Vandenbroeck"
# Third parties in her registry (persons) and what they must become.
PEOPLE = {
    "Rita Peeters": "R. P.",
    "Élodie Dupont": "É. D.",
    "Dr. Janssens": "Dr. J.",
    "Jan van der Berg": "J. v.d.B.",
}
ROLE_ONLY = ("Mama",)  # a person in the registry named by a role word: stays as it is
PLACE = "Breicafé"


def make_named_client(db: sqlite_utils.Database) -> int:
    client_id = clients_repo.save_client(db, Client(
        name=CLIENT,
        notes="Marie-Louise woont alleen. Rita Peeters komt soms; ritalin is niet nodig."))
    entries = {}
    for name in PEOPLE:
        entries[name] = web_service.add_entry(db, client_id, EntryKind.PERSON, name,
                                              note="Kent élodie van school." if
                                              name.startswith("Rita") else "")
    entries["Mama"] = web_service.add_entry(db, client_id, EntryKind.PERSON, "Mama")
    entries[PLACE] = web_service.add_entry(db, client_id, EntryKind.GROUP, PLACE)
    sessions_repo.save_session(db, Session(
        client_id=client_id, date="2026-10-01", type="follow_up",
        worked_on="Samen met buurvrouw Rita naar het breicafé.",
        client_words="ELODIE heeft gebeld. Mama ook. Marie-Louise is blij.",
        worker_observations="Dr. Janssens belde; Janssens denkt mee. Ook Jan van der Berg.",
        agreements=[
            Agreement(who="Buurvrouw Rita", what="Rita Peeters haalt Marie-Louise op."),
            Agreement(who="Hulpverlener", what="Belt met jan van der berg."),
            Agreement(who="Marie-Louise", what="Vraagt Elodie om mee te gaan."),
            Agreement(who="Karel", what="Brengt de breiwol mee."),
        ],
    ))
    version = web_service.new_version(db, client_id, "2026-10-01")
    for name, domain, ring in (("Rita Peeters", "neighbourhood", 1),
                               ("Élodie Dupont", "friends", 2), (PLACE, "leisure", 2)):
        entry = entries[name]
        version.members[entry.id] = Member(
            entry.id, entry.name, entry.kind, Position(domain, ring),
            TieAttributes(relation="buurvrouw" if name.startswith("Rita") else "",
                          status=TieStatus.ACTIVE,
                          note="Rita en Élodie kennen elkaar al lang." if name == PLACE
                          else ""))
    version.add_tie(entries["Rita Peeters"].id, entries["Élodie Dupont"].id)
    web_service.save_version(db, version)
    roles_repo.save_role_plan(db, RolePlan(
        client_id=client_id, title="Breien met Rita", key_person="Rita Peeters",
        support="Élodie rijdt mee.", brings=[GoodThing.RELATIONS], barriers=[Barrier.TRANSPORT],
        steps=[RoleStep("Wol kopen met Rita", "Marie-Louise", None, False)]))
    return client_id
