"""Schema version 8: several dated card sorts per client, and retired talent cards.

A client's sorted cards now belong to a dated sort (``talent_sorts``), like web versions: a second
sort months later sits next to the first. Every existing sort becomes the client's first dated
sort. ``client_talents`` is rebuilt because its one-card-per-client rule becomes one card per
sort; its child tables (role_plan_talents) are set aside first and restored, as in m006, so the
rebuild never cascades into them. ``talent_cards.retired_at`` marks a card the organisation
retired: it leaves the deck, and the sorts that hold it keep it.
"""

from __future__ import annotations

import re

import sqlite_utils

_NEW_TALENTS = """
CREATE TABLE client_talents_new (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    sort_id INTEGER NOT NULL REFERENCES talent_sorts(id) ON DELETE CASCADE,
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
    UNIQUE (sort_id, card_key),
    CHECK (focus_rank IS NULL OR pile <> 'not_now')
)
"""

_COLUMNS = ("id, client_id, card_key, label, pile, named_by, named_by_name, named_by_contact_id, "
            "example, gives_energy, focus_rank, position, created_at, updated_at")


def _schema_sql(db: sqlite_utils.Database, kind: str, table: str) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL",
        [kind, table],
    ).fetchall()


def _children(db: sqlite_utils.Database, parent: str) -> list[str]:
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return [t for t in tables
            if any(fk[2] == parent for fk in db.execute(f"PRAGMA foreign_key_list({t})"))]


def apply(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE talent_sorts (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            sort_date TEXT NOT NULL CHECK (length(sort_date) = 10),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
    """)
    db.execute("CREATE INDEX talent_sorts_client ON talent_sorts(client_id, sort_date)")
    db.execute("ALTER TABLE talent_cards ADD COLUMN retired_at TEXT")
    # Every client who already sorted cards gets one dated sort holding them.
    db.execute("""
        INSERT INTO talent_sorts(client_id, sort_date, created_at, updated_at)
        SELECT client_id, substr(min(created_at), 1, 10), min(created_at), max(updated_at)
        FROM client_talents GROUP BY client_id
    """)

    saved: dict[str, tuple[str, list[str]]] = {}
    for table in _children(db, "client_talents"):
        (_, table_sql), = _schema_sql(db, "table", table)
        extras = [sql for _, sql in _schema_sql(db, "index", table)
                  + _schema_sql(db, "trigger", table)]
        saved[table] = (table_sql, extras)
        db.execute(f"CREATE TEMP TABLE keep_{table} AS SELECT * FROM {table}")
        db.execute(f"DROP TABLE {table}")

    db.execute(_NEW_TALENTS)
    db.execute(
        f"INSERT INTO client_talents_new(sort_id, {_COLUMNS}) "
        f"SELECT (SELECT s.id FROM talent_sorts s WHERE s.client_id = t.client_id), {_COLUMNS} "
        f"FROM client_talents t"
    )
    db.execute("DROP TABLE client_talents")
    db.execute("ALTER TABLE client_talents_new RENAME TO client_talents")
    db.execute("CREATE INDEX client_talents_contact ON client_talents(named_by_contact_id)")
    db.execute("CREATE INDEX client_talents_client ON client_talents(client_id)")
    # At most one talent per rank in a sort: with ranks 1..3 that caps focus talents at three.
    db.execute("CREATE UNIQUE INDEX client_talents_focus "
               "ON client_talents(sort_id, focus_rank) WHERE focus_rank IS NOT NULL")

    for table, (table_sql, extras) in saved.items():
        # The rename above may have rewritten the child's reference; keep it pointing here.
        table_sql = re.sub(r"client_talents_new", "client_talents", table_sql)
        db.execute(table_sql)
        db.execute(f"INSERT INTO {table} SELECT * FROM keep_{table}")
        db.execute(f"DROP TABLE keep_{table}")
        for sql in extras:
            db.execute(sql)
