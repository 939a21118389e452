"""Schema version 6: several web versions per day (a before/after in one conversation).

SQLite cannot drop a UNIQUE constraint in place, so web_versions is rebuilt. Its child tables are
set aside first (their rows copied out and the tables dropped): with foreign keys on, dropping
the parent would otherwise cascade and delete every member, tie and comparison. The children are
then recreated from their own stored definitions, so columns added by other migrations survive.
"""

from __future__ import annotations

import re

import sqlite_utils

_UNIQUE_DAY = re.compile(r",\s*UNIQUE\s*\(\s*client_id\s*,\s*version_date\s*\)", re.IGNORECASE)


def _schema_sql(db: sqlite_utils.Database, kind: str, table: str) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL",
        [kind, table],
    ).fetchall()


def _children(db: sqlite_utils.Database) -> list[str]:
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return [t for t in tables
            if any(fk[2] == "web_versions" for fk in db.execute(f"PRAGMA foreign_key_list({t})"))]


def apply(db: sqlite_utils.Database) -> None:
    children = _children(db)
    saved: dict[str, tuple[str, list[str]]] = {}
    for table in children:
        (_, table_sql), = _schema_sql(db, "table", table)
        extras = [sql for _, sql in _schema_sql(db, "index", table) + _schema_sql(
            db, "trigger", table)]
        saved[table] = (table_sql, extras)
        db.execute(f"CREATE TEMP TABLE keep_{table} AS SELECT * FROM {table}")
        db.execute(f"DROP TABLE {table}")

    (_, versions_sql), = _schema_sql(db, "table", "web_versions")
    version_extras = [sql for _, sql in _schema_sql(db, "index", "web_versions")
                      + _schema_sql(db, "trigger", "web_versions")]
    new_sql = _UNIQUE_DAY.sub("", versions_sql)
    new_sql = re.sub(r"^CREATE TABLE\s+\"?web_versions\"?", "CREATE TABLE web_versions_new",
                     new_sql, flags=re.IGNORECASE)
    db.execute(new_sql)
    db.execute("INSERT INTO web_versions_new SELECT * FROM web_versions")
    db.execute("DROP TABLE web_versions")
    db.execute("ALTER TABLE web_versions_new RENAME TO web_versions")
    for sql in version_extras:
        db.execute(sql)
    db.execute("CREATE INDEX IF NOT EXISTS web_versions_client_day "
               "ON web_versions(client_id, version_date)")

    for table in children:
        table_sql, extras = saved[table]
        db.execute(table_sql)
        db.execute(f"INSERT INTO {table} SELECT * FROM keep_{table}")
        db.execute(f"DROP TABLE keep_{table}")
        for sql in extras:
            db.execute(sql)
