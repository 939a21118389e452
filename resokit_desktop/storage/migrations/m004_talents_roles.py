"""Schema version 4: talent cards, a client's card sort, current roles and role plans with steps.

The ``*_contact_id`` columns point at the client's registry of contacts and places (m002) and are
cleared when that contact is deleted. Every client-owned row cascades from clients.
"""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    # Cards the organisation adds (client_id NULL) and a client's own cards (client_id set).
    # Built-in cards live in resources/catalogues/talent_cards.json, not in the file.
    """
    CREATE TABLE talent_cards (
        id INTEGER PRIMARY KEY,
        origin TEXT NOT NULL CHECK (origin IN ('organisation', 'client')),
        client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
        group_key TEXT NOT NULL,
        labels TEXT NOT NULL CHECK (json_valid(labels)),
        prompts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(prompts)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((origin = 'client') = (client_id IS NOT NULL))
    )
    """,
    "CREATE INDEX talent_cards_client ON talent_cards(client_id)",
    # One row per card in the client's sort. card_key is a built-in key or 'card:<id>'.
    """
    CREATE TABLE client_talents (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        card_key TEXT NOT NULL CHECK (length(trim(card_key)) > 0),
        label TEXT NOT NULL DEFAULT '',
        pile TEXT NOT NULL CHECK (pile IN ('can', 'like', 'learn', 'not_now')),
        named_by TEXT NOT NULL DEFAULT 'person'
            CHECK (named_by IN ('person', 'worker', 'network')),
        named_by_name TEXT NOT NULL DEFAULT '',
        named_by_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        example TEXT NOT NULL DEFAULT '',
        gives_energy INTEGER CHECK (gives_energy IN (0, 1)),
        focus_rank INTEGER CHECK (focus_rank BETWEEN 1 AND 3),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (client_id, card_key),
        CHECK (focus_rank IS NULL OR pile <> 'not_now')
    )
    """,
    "CREATE INDEX client_talents_contact ON client_talents(named_by_contact_id)",
    # At most one talent per rank: with ranks 1..3 that caps focus talents at three.
    """
    CREATE UNIQUE INDEX client_talents_focus
        ON client_talents(client_id, focus_rank) WHERE focus_rank IS NOT NULL
    """,
    """
    CREATE TABLE current_roles (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        valued TEXT CHECK (valued IN ('little', 'somewhat', 'much')),
        still_held INTEGER NOT NULL DEFAULT 1 CHECK (still_held IN (0, 1)),
        note TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX current_roles_client ON current_roles(client_id)",
    """
    CREATE TABLE role_plans (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        setting TEXT NOT NULL DEFAULT 'neighbourhood'
            CHECK (setting IN ('organisation', 'neighbourhood', 'wider')),
        place TEXT NOT NULL DEFAULT '',
        place_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        key_person TEXT NOT NULL DEFAULT '',
        key_person_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        need TEXT NOT NULL DEFAULT '',
        brings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(brings)),
        barriers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(barriers)),
        barrier_note TEXT NOT NULL DEFAULT '',
        support TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'idea' CHECK (status IN
            ('idea', 'exploring', 'started', 'active', 'evaluated', 'stopped')),
        status_since TEXT,
        evaluation TEXT NOT NULL DEFAULT '',
        idea_key TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX role_plans_client ON role_plans(client_id, status)",
    "CREATE INDEX role_plans_place_contact ON role_plans(place_contact_id)",
    "CREATE INDEX role_plans_key_contact ON role_plans(key_person_contact_id)",
    """
    CREATE TABLE role_plan_talents (
        plan_id INTEGER NOT NULL REFERENCES role_plans(id) ON DELETE CASCADE,
        talent_id INTEGER NOT NULL REFERENCES client_talents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (plan_id, talent_id)
    )
    """,
    "CREATE INDEX role_plan_talents_talent ON role_plan_talents(talent_id)",
    """
    CREATE TABLE role_steps (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES role_plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        what TEXT NOT NULL CHECK (length(trim(what)) > 0),
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
    )
    """,
    "CREATE INDEX role_steps_plan ON role_steps(plan_id)",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
