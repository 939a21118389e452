"""Test helper: write a dossier file with a few clients, plain or encrypted."""

from __future__ import annotations

from pathlib import Path

from resokit_desktop.domain.client import Client
from resokit_desktop.storage.clients_repo import save_client
from resokit_desktop.storage.connection import open_database

CANARY = "CANARY-Ω-名字-7f3e"


def make_dossier(path: Path, passphrase: str | None, clients: int = 5, notes: str = "") -> Path:
    db = open_database(path, passphrase)
    try:
        for number in range(clients):
            save_client(db, Client(name=f"{CANARY} client {number}", notes=notes or CANARY))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()
    return path


def add_clients(path: Path, passphrase: str | None, count: int, start: int = 100) -> None:
    db = open_database(path, passphrase)
    try:
        for number in range(start, start + count):
            save_client(db, Client(name=f"{CANARY} client {number}"))
    finally:
        db.conn.close()
