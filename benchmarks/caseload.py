"""Write a large, wholly fictional dossier file through the repositories, for the benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

from resokit_desktop.domain.client import Client, ClientStatus, PersonType
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import open_database

FIRST = ["Marie", "Jan", "Youssef", "Hélène", "Tomasz", "Fatou", "Jozef", "Ana", "Karim", "Greta",
         "Ion", "Nadia", "René", "Samira", "Luc", "Els", "Mohamed", "Sofia", "Pieter", "Aïcha",
         "Bram", "Lucie", "Omar", "Ingrid", "Kofi", "Leen", "Piotr", "Zeynep", "Wim", "Inès"]
LAST = ["Peeters", "Janssens", "El Amrani", "Dubois", "Nowak", "Diallo", "Claes", "Ferreira",
        "Benali", "Willems", "Popescu", "Ouali", "Lambert", "Haddad", "Maes", "Jacobs", "Mertens",
        "Yilmaz", "Dupont", "Vermeulen", "Goossens", "Martin", "Wouters", "De Smet", "Kaya"]
PLACES = ["Laken", "Molenbeek", "Schaarbeek", "Anderlecht", "Jette", "Sint-Gillis", "Evere",
          "Kuregem", "Sint-Joost-ten-Node", "Elsene", "Vorst", "Ukkel", "Ganshoren"]
NOTES = ["Woont alleen.", "Tekent graag.", "Zoekt vrijwilligerswerk.", "Komt weinig buiten.",
         "Speelt gitaar.", "Leert Nederlands.", "Mantelzorger.", "Houdt van tuinieren.", ""]


def write_caseload(path: Path, count: int = 10_000, seed: int = 7) -> Path:
    """Create a new dossier file holding `count` fictional clients, each saved by clients_repo."""
    rng = random.Random(seed)
    db = open_database(path)
    try:
        # Benchmark set-up only: skip the per-save fsync that protects real users' work.
        db.execute("PRAGMA synchronous = OFF")
        for _ in range(count):
            clients_repo.save_client(db, Client(
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                person_type=rng.choice(list(PersonType)),
                birth_year=rng.randint(1935, 2005),
                neighbourhood=rng.choice(PLACES),
                status=rng.choices(list(ClientStatus), weights=(70, 20, 10))[0],
                notes=rng.choice(NOTES),
            ))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()
    return path
