"""Write the fictional demo caseload into a new dossier file."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date

import sqlite_utils

from resokit_desktop.services import demo_caseload
from resokit_desktop.storage import clients_repo, sessions_repo

# Later features (webs, talents, roles, maps) register a function here that adds their part
# of the demo for the clients already written: fn(db, client_ids_in_caseload_order, today).
DemoExtension = Callable[[sqlite_utils.Database, list[int], date], None]
EXTENSIONS: list[DemoExtension] = []


def fill_demo(db: sqlite_utils.Database, today: date | None = None) -> list[int]:
    """Write every demo client with its sessions; returns the client ids in caseload order."""
    today = today or date.today()
    ids = []
    for index, client in enumerate(demo_caseload.demo_clients(today)):
        client_id = clients_repo.save_client(db, client)
        ids.append(client_id)
        for session in demo_caseload.demo_sessions(client_id, index, today):
            sessions_repo.save_session(db, session)
    for extend in _extensions():
        extend(db, ids, today)
    return ids


def _extensions() -> list[DemoExtension]:
    # Import the feature modules that register extensions, so registration does not depend on
    # what else happened to be imported first.
    for module in EXTENSION_MODULES:
        importlib.import_module(module)
    return EXTENSIONS


# Feature modules that append to EXTENSIONS when imported.
EXTENSION_MODULES: tuple[str, ...] = (
    "resokit_desktop.services.demo_webs",
    # After the webs: role plans link to the registry contacts the webs created.
    "resokit_desktop.services.demo_talents_roles",
    "resokit_desktop.services.demo_register",
    # After the webs: the buurtkaart pins the places of the registry the webs created.
    "resokit_desktop.services.demo_maps",
)
