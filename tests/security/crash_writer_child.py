"""Child side of the crash test: a pre-imported 'zygote' that forks writer processes on request.

Each writer saves clients and sessions through the real repositories into the dossier and
appends a line to its log *after* the repository call returned (i.e. after COMMIT):
    CLIENT <id> <digest>        a new client with its consents
    TRY <id> <digest>           about to update client <id> to <digest>
    UPDATED <id> <digest>       that update is committed
    SESSION <id> <client_id>    a session with all its agreements
The parent SIGKILLs the writer at a random moment and checks the file.

Usage: crash_writer_child.py DOSSIER (passphrase in CRASH_PASSPHRASE). Protocol on
stdin/stdout: ``RUN <seed> <log path>`` -> ``PID <pid>``; ``QUIT`` ends it.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sys

from resokit_desktop.domain.client import Client, Consent
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.storage import clients_repo, sessions_repo
from resokit_desktop.storage.connection import open_database

AGREEMENTS_PER_SESSION = 3
CONSENTS_PER_CLIENT = 2


def client_digest(client: Client) -> str:
    data = [client.name, client.notes, client.neighbourhood,
            sorted((c.purpose, c.given_on) for c in client.consents)]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:16]


def _text(rng: random.Random, size: int) -> str:
    words = ["buurt", "koffie", "wandeling", "café", "fiets", "gitaar", "moestuin", "bib"]
    return " ".join(rng.choice(words) for _ in range(size))


def write_forever(path: str, passphrase: str | None, seed: int, log_path: str) -> None:
    rng = random.Random(seed)
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    db = open_database(path, passphrase)
    os.write(log, b"READY\n")
    mine: list[int] = []
    n = 0
    while True:
        n += 1
        if mine and rng.random() < 0.25:
            client_id = rng.choice(mine)
            client = clients_repo.get_client(db, client_id)
            client.notes = _text(rng, rng.randint(0, 100))
            client.consents[0].purpose = f"doel {seed}-{n}"
            digest = client_digest(client)
            os.write(log, f"TRY {client_id} {digest}\n".encode())
            clients_repo.save_client(db, client)
            os.write(log, f"UPDATED {client_id} {digest}\n".encode())
            continue
        client = Client(
            name=f"Crash {seed}-{n}",
            neighbourhood=rng.choice(["Laken", "Jette", "Evere"]),
            # Sometimes long enough to need overflow pages.
            notes=_text(rng, rng.randint(600, 900) if rng.random() < 0.05 else rng.randint(0, 60)),
            consents=[Consent(purpose=f"doel {k}", given_on=f"2026-01-0{k + 1}")
                      for k in range(CONSENTS_PER_CLIENT)],
        )
        client_id = clients_repo.save_client(db, client)
        mine.append(client_id)
        os.write(log, f"CLIENT {client_id} {client_digest(client)}\n".encode())
        session = Session(
            client_id=client_id, date="2026-02-01", worked_on=_text(rng, 20),
            agreements=[Agreement(what=f"afspraak {k}", who="Client")
                        for k in range(AGREEMENTS_PER_SESSION)],
        )
        session_id = sessions_repo.save_session(db, session)
        os.write(log, f"SESSION {session_id} {client_id}\n".encode())


def main() -> None:
    path = sys.argv[1]
    passphrase = os.environ.get("CRASH_PASSPHRASE") or None
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # writers are reaped automatically
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "QUIT":
            break
        seed, log_path = int(parts[1]), parts[2]
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(path, passphrase, seed, log_path)
            finally:
                os._exit(1)
        sys.stdout.write(f"PID {pid}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
