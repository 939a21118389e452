"""Write a large, wholly fictional dossier file through the repositories, for the benchmarks."""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import subprocess
import sys
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


def cached_caseload(count: int, cache: Path, tree: Path | None = None,
                    variant: str = "") -> Path:
    """A caseload of ``count`` clients in ``cache``, written once per run (and reused when the
    cache folder is kept); with ``tree``, a private copy for that checkout of the app.

    The file is written by the oldest checkout compared (the first ``tree`` asked for writes
    it), so every checkout can open it: a newer one upgrades its own copy on first open.
    ``variant`` names a copy a benchmark changes (e.g. "encrypted" by the app's first start).
    """
    cache.mkdir(parents=True, exist_ok=True)
    source = cache / f"caseload-{count}.resokit"
    if not source.exists():
        env = dict(os.environ, PYTHONPATH=str(tree or Path(__file__).resolve().parent.parent))
        subprocess.run([sys.executable, __file__, "--clients", str(count), "--out", str(source)],
                       check=True, env=env)
    if tree is None:
        return source
    tag = hashlib.sha256(str(tree.resolve()).encode()).hexdigest()[:10]
    copy = cache / f"caseload-{count}-{tag}{variant and '-' + variant}.resokit"
    if not copy.exists():
        shutil.copyfile(source, copy)
    return copy


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="write a fictional caseload")
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    written = args.out.with_name(args.out.name + ".part")
    write_caseload(written, args.clients)
    written.rename(args.out)
