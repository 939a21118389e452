"""Crash test: a real writer process SIGKILLed at random moments never loses a committed save."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import crash_writer_child as child
import pytest
import sqlcipher3
import sqlite_utils

from resokit_desktop.domain.client import Client, Consent
from resokit_desktop.storage.connection import open_database

# A SIGKILL loop: part of CI's full run, left out of the everyday `./test.sh -m "not slow"`.
pytestmark = pytest.mark.slow

PASSPHRASE = "kraak-test-wachtwoord"
ITERATIONS = int(os.environ.get("RESOKIT_CRASH_ITERATIONS", "200"))
CHILD = Path(__file__).with_name("crash_writer_child.py")


def _wait_ready(log: Path, pid: int, limit: float = 20.0) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if log.exists() and log.read_bytes().startswith(b"READY"):
            return True
        time.sleep(0.002)
    return False


def _wait_gone(pid: int) -> None:
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.001)


class Expectations:
    """What the writers reported as committed, and what is allowed to be in the file."""

    def __init__(self) -> None:
        self.clients: dict[int, set[str]] = {}
        self.sessions: dict[int, int] = {}
        self.reported = 0
        self.recent: set[int] = set()  # clients the last writer created or changed

    def read_log(self, log: Path) -> None:
        tried: dict[int, str] = {}
        self.recent = set()
        for line in log.read_text().splitlines():
            parts = line.split()
            if len(parts) < 3:
                continue
            kind, ident = parts[0], int(parts[1])
            if kind in ("CLIENT", "TRY", "UPDATED"):
                self.recent.add(ident)
            if kind == "CLIENT":
                self.clients[ident] = {parts[2]}
                self.reported += 1
            elif kind == "TRY":
                tried[ident] = parts[2]
            elif kind == "UPDATED":
                self.clients[ident] = {parts[2]}
                tried.pop(ident, None)
                self.reported += 1
            elif kind == "SESSION":
                self.sessions[ident] = int(parts[2])
                self.reported += 1
        # An update killed between COMMIT and its log line may or may not be in the file.
        for ident, digest in tried.items():
            self.clients[ident].add(digest)


def _digests(db, only: set[int] | None = None) -> dict[int, str]:
    """Client digests, computed in bulk (the file grows to thousands of clients)."""
    where, params = "", []
    if only is not None:
        where = f" WHERE {{col}} IN ({','.join('?' for _ in only) or 'NULL'})"
        params = sorted(only)
    consents: dict[int, list[Consent]] = {}
    for client_id, purpose, given_on in db.execute(
        "SELECT client_id, purpose, given_on FROM consents" + where.format(col="client_id"),
        params,
    ):
        consents.setdefault(client_id, []).append(Consent(purpose=purpose, given_on=given_on))
    return {
        client_id: child.client_digest(Client(
            name=name, notes=notes, neighbourhood=hood, consents=consents.get(client_id, [])))
        for client_id, name, notes, hood in db.execute(
            "SELECT id, name, notes, neighbourhood FROM clients" + where.format(col="id"), params)
    }


def _raw_key(path: Path) -> str:
    """SQLCipher's own key derivation done once, so the 200 checks skip the 0.1 s KDF.

    PBKDF2-HMAC-SHA512, 256,000 iterations, the 16-byte salt at the start of the file: the
    SQLCipher 4 defaults. The writers themselves open with the passphrase, as the app does.
    """
    salt = path.read_bytes()[:16]
    key = hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32)
    return f"\"x'{key.hex()}'\""


def _reopen(path: Path, raw_key: str, real: bool):
    if real:
        return open_database(path, PASSPHRASE)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {raw_key}")
    return sqlite_utils.Database(conn)


def _check(db, expected: Expectations, full: bool) -> dict[str, int]:
    problems = {"integrity": 0, "lost": 0, "torn": 0}
    # integrity_check reads every page in use, and SQLCipher checks each page's HMAC as it
    # reads it; the separate whole-file cipher check runs every 10th time to save time.
    # Likewise every client's content is compared every 10th time; in between, all must be
    # present and those the last writer touched must match (no writer touches older ones).
    if db.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        problems["integrity"] += 1
    if full and db.execute("PRAGMA cipher_integrity_check").fetchall():
        problems["integrity"] += 1
    if db.execute("PRAGMA foreign_key_check").fetchall():
        problems["integrity"] += 1
    present = {r[0] for r in db.execute("SELECT id FROM clients")}
    found = _digests(db, None if full else expected.recent)
    for client_id, digests in expected.clients.items():
        if client_id not in present:
            problems["lost"] += 1
        elif (full or client_id in expected.recent) and found.get(client_id) not in digests:
            problems["lost"] += 1
    sessions = dict(db.execute("SELECT id, client_id FROM sessions").fetchall())
    for session_id, client_id in expected.sessions.items():
        if sessions.get(session_id) != client_id:
            problems["lost"] += 1
    # All-or-nothing: every client has all its consents, every session all its agreements,
    # and the search index has exactly the clients that exist.
    problems["torn"] += db.execute(
        "SELECT count(*) FROM clients c WHERE "
        "(SELECT count(*) FROM consents WHERE client_id = c.id) != ?",
        [child.CONSENTS_PER_CLIENT]).fetchone()[0]
    problems["torn"] += db.execute(
        "SELECT count(*) FROM sessions s WHERE (SELECT count(*) FROM agreements "
        "WHERE session_id = s.id) != ?", [child.AGREEMENTS_PER_SESSION]).fetchone()[0]
    indexed = {r[0] for r in db.execute("SELECT rowid FROM clients_fts")}
    problems["torn"] += len(indexed ^ present)
    return problems


def test_sigkilled_writer_keeps_every_committed_save(tmp_path: Path) -> None:
    path = tmp_path / "crash.resokit"
    open_database(path, PASSPHRASE).conn.close()
    raw_key = _raw_key(path)
    env = dict(os.environ, CRASH_PASSPHRASE=PASSPHRASE)
    zygote = subprocess.Popen(
        [sys.executable, str(CHILD), str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env=env,
    )
    rng = random.Random(20261123)
    expected = Expectations()
    totals = {"integrity": 0, "lost": 0, "torn": 0}
    early_kills = 0
    reopen_ms: list[float] = []
    wait_s = check_s = 0.0
    started = time.monotonic()
    try:
        for iteration in range(ITERATIONS):
            log = tmp_path / f"writer-{iteration}.log"
            t_run = time.perf_counter()
            zygote.stdin.write(f"RUN {iteration} {log}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline().split()[1])
            if rng.random() < 0.1:
                # Now and then kill while the writer is still opening (and recovering) the file.
                early_kills += 1
                time.sleep(rng.uniform(0, 0.1))
            else:
                assert _wait_ready(log, pid), "writer never opened the dossier"
                time.sleep(rng.uniform(0, 0.08))
            os.kill(pid, signal.SIGKILL)
            _wait_gone(pid)
            if log.exists():
                expected.read_log(log)
            t0 = time.perf_counter()
            wait_s += t0 - t_run
            # The app's own open path every 20th time (it includes the 0.1 s KDF).
            db = _reopen(path, raw_key, real=iteration % 20 == 0)
            # The first read is what runs WAL recovery: count it in the reopen time.
            db.execute("SELECT count(*) FROM clients").fetchone()
            reopen_ms.append((time.perf_counter() - t0) * 1000)
            try:
                last = iteration == ITERATIONS - 1
                for key, value in _check(db, expected, iteration % 10 == 0 or last).items():
                    totals[key] += value
            finally:
                db.conn.close()
            check_s += time.perf_counter() - t0
    finally:
        zygote.stdin.write("QUIT\n")
        zygote.stdin.close()
        zygote.wait(timeout=10)
    elapsed = time.monotonic() - started
    print(
        f"\ncrash test: {ITERATIONS} kills ({early_kills} during open), "
        f"{expected.reported} reported commits, {len(expected.clients)} clients, "
        f"{len(expected.sessions)} sessions; integrity failures {totals['integrity']}, "
        f"lost commits {totals['lost']}, torn transactions {totals['torn']}; "
        f"reopen incl. recovery median {statistics.median(reopen_ms):.1f} ms, "
        f"max {max(reopen_ms):.0f} ms; total {elapsed:.1f} s "
        f"(writers {wait_s:.1f} s, reopen+checks {check_s:.1f} s)"
    )
    assert expected.reported > ITERATIONS, "the writers hardly committed anything"
    assert totals == {"integrity": 0, "lost": 0, "torn": 0}
