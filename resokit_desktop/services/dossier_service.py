"""Use cases of the client dossiers: the client list, one client's record and status, settings.

The window reaches clients, the registry's contacts and the file's settings through here (never
through the repositories); the functions take the open file's ``sqlite_utils.Database``.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from resokit_desktop.domain.client import Client, ClientStatus
from resokit_desktop.domain.web.model import RegistryEntry
from resokit_desktop.storage import clients_repo, contacts_repo, settings_repo
from resokit_desktop.storage.clients_repo import ClientListQuery, ClientRow

__all__ = [
    "SORT_NAME", "SORT_NEIGHBOURHOOD", "SORT_NEXT_APPOINTMENT", "SORT_STATUS", "ClientListQuery",
    "ClientRow", "client_exists", "client_list_position", "client_rows", "count_client_list",
    "get_client", "get_contact", "get_setting", "list_client_ids", "list_client_page",
    "save_client", "set_setting", "set_status",
]

SORT_NAME = clients_repo.SORT_NAME
SORT_NEIGHBOURHOOD = clients_repo.SORT_NEIGHBOURHOOD
SORT_STATUS = clients_repo.SORT_STATUS
SORT_NEXT_APPOINTMENT = clients_repo.SORT_NEXT_APPOINTMENT


# -- the client list (light rows, paged) ------------------------------------------------------
def list_client_page(db: sqlite_utils.Database, query: ClientListQuery, offset: int,
                     limit: int) -> list[ClientRow]:
    """One page of the client list, in the list's order."""
    return clients_repo.list_client_page(db, query, offset, limit)


def list_client_ids(db: sqlite_utils.Database, query: ClientListQuery, offset: int,
                    limit: int) -> list[int]:
    return clients_repo.list_client_ids(db, query, offset, limit)


def client_rows(db: sqlite_utils.Database, ids: list[int]) -> list[ClientRow]:
    return clients_repo.client_rows(db, ids)


def count_client_list(db: sqlite_utils.Database, query: ClientListQuery) -> int:
    return clients_repo.count_client_list(db, query)


def client_list_position(db: sqlite_utils.Database, query: ClientListQuery,
                         client_id: int) -> int | None:
    return clients_repo.client_list_position(db, query, client_id)


# -- one client --------------------------------------------------------------------------------
def get_client(db: sqlite_utils.Database, client_id: int) -> Client:
    return clients_repo.get_client(db, client_id)


def client_exists(db: sqlite_utils.Database, client_id: int) -> bool:
    return clients_repo.client_exists(db, client_id)


def save_client(db: sqlite_utils.Database, client: Client) -> int:
    """Insert or update in one transaction; returns the client's id."""
    return clients_repo.save_client(db, client)


def set_status(db: sqlite_utils.Database, client_id: int, status: ClientStatus) -> None:
    clients_repo.set_status(db, client_id, status)


def get_contact(db: sqlite_utils.Database, contact_id: int) -> RegistryEntry:
    """One entry of a client's registry of contacts and places (NotFoundError when gone)."""
    return contacts_repo.get_contact(db, contact_id)


# -- the file's own settings (organisation, worker, logo, …) ------------------------------------
def get_setting(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    return settings_repo.get_setting(db, key, default)


def set_setting(db: sqlite_utils.Database, key: str, value: Any) -> None:
    settings_repo.set_setting(db, key, value)
