"""Schema upgrades are atomic and backed up; files from a newer version are refused."""

from __future__ import annotations

import pytest
import sqlcipher3

from resokit_desktop.storage import migrations
from resokit_desktop.storage.connection import connect_raw, open_database
from resokit_desktop.storage.errors import NewerSchemaError


def _pragmas(db):
    return {
        "foreign_keys": db.execute("PRAGMA foreign_keys").fetchone()[0],
        "journal_mode": db.execute("PRAGMA journal_mode").fetchone()[0],
        "synchronous": db.execute("PRAGMA synchronous").fetchone()[0],
        "secure_delete": db.execute("PRAGMA secure_delete").fetchone()[0],
    }


def test_new_file_is_at_latest_version_with_safe_pragmas(db):
    assert migrations.schema_version(db) == migrations.latest_version()
    assert _pragmas(db) == {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2,
                            "secure_delete": 1}


def test_newer_file_is_refused_and_left_untouched(db_path):
    conn = connect_raw(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 5}")
    conn.execute("CREATE TABLE future (x)")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError):
        open_database(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "start_version", [m.version for m in migrations.all_migrations()[:-1]])
def test_upgrade_from_every_earlier_version_keeps_data_and_backs_up(db_path, start_version):
    conn = connect_raw(db_path)
    for migration in [m for m in migrations.all_migrations() if m.version <= start_version]:
        conn.execute("BEGIN")
        import sqlite_utils

        migration.apply(sqlite_utils.Database(conn))
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute("INSERT INTO clients(name, created_at, updated_at) VALUES ('Oud', 'x', 'x')")
    conn.close()

    db = open_database(db_path)
    assert migrations.schema_version(db) == migrations.latest_version()
    assert db.execute("SELECT name FROM clients").fetchall() == [("Oud",)]
    db.conn.close()
    backups = list(db_path.parent.glob(f"{db_path.name}.v{start_version}-*.pre-upgrade"))
    assert len(backups) == 1
    copy = sqlcipher3.connect(str(backups[0]))
    assert copy.execute("PRAGMA user_version").fetchone()[0] == start_version
    assert copy.execute("SELECT name FROM clients").fetchall() == [("Oud",)]
    copy.close()


def test_failing_migration_rolls_back_completely(db_path, monkeypatch):
    real = migrations.all_migrations()

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    extra = migrations.Migration(real[-1].version + 1, "broken", broken)
    monkeypatch.setattr(migrations, "all_migrations", lambda: [*real, extra])
    with pytest.raises(RuntimeError):
        open_database(db_path)
    conn = connect_raw(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == real[-1].version
    assert conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


FOREIGN_KEY_INDEXES = {
    ("web_ties", "contact_a"), ("web_ties", "contact_b"),
    ("web_comparisons", "new_version_id"), ("web_comparisons", "client_id"),
}


def _leading_index_columns(db, table):
    """The first column of every index on the table (what a foreign-key lookup can use)."""
    found = set()
    for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
            [table]).fetchall():
        first = db.execute(f"PRAGMA index_info('{name}')").fetchone()
        if first is not None:
            found.add(first[2])
    return found


def _file_at(db_path, version: int):
    import sqlite_utils

    conn = connect_raw(db_path)
    for migration in [m for m in migrations.all_migrations() if m.version <= version]:
        conn.execute("BEGIN")
        migration.apply(sqlite_utils.Database(conn))
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    return conn


def test_upgrade_to_several_web_versions_per_day_keeps_every_web(db_path):
    """m006 lifts the one-version-per-day rule; members, ties and comparisons stay put."""
    conn = _file_at(db_path, 5)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("INSERT INTO clients(id, name, created_at, updated_at) VALUES (1, 'C', 'x', 'x')")
    for cid, name in ((10, "Moe"), (11, "Park")):
        conn.execute("INSERT INTO contacts(id, client_id, kind, name, created_at, updated_at) "
                     "VALUES (?, 1, 'person', ?, 'x', 'x')", [cid, name])
    for vid, day in ((1, "2026-01-05"), (2, "2026-03-14")):
        conn.execute("INSERT INTO web_versions(id, client_id, version_date, domain_set, "
                     "created_at, updated_at) VALUES (?, 1, ?, '{}', 'x', 'x')", [vid, day])
        for cid in (10, 11):
            conn.execute("INSERT INTO web_members(version_id, contact_id, domain_key, ring, "
                         "angle, radius) VALUES (?, ?, 'family', 1, 0.5, 0.5)", [vid, cid])
        conn.execute("INSERT INTO web_ties VALUES (?, 10, 11)", [vid])
    conn.execute("INSERT INTO web_comparisons(client_id, old_version_id, new_version_id, "
                 "client_words, created_at, updated_at) VALUES (1, 1, 2, 'beter', 'x', 'x')")
    conn.commit()
    conn.close()

    db = open_database(db_path)
    assert migrations.schema_version(db) == migrations.latest_version()
    assert db.execute("SELECT count(*) FROM web_members").fetchone()[0] == 4
    assert db.execute("SELECT count(*) FROM web_ties").fetchone()[0] == 2
    assert db.execute("SELECT client_words FROM web_comparisons").fetchall() == [("beter",)]
    db.execute("INSERT INTO web_versions(client_id, version_date, domain_set, created_at, "
               "updated_at) VALUES (1, '2026-03-14', '{}', 'x', 'x')")
    assert db.execute("SELECT count(*) FROM web_versions WHERE version_date = '2026-03-14'"
                      ).fetchone()[0] == 2
    # Cascades still work on the rebuilt tables.
    db.execute("DELETE FROM web_versions WHERE id = 1")
    assert db.execute("SELECT count(*) FROM web_members").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.conn.close()


def test_foreign_keys_of_web_ties_and_comparisons_have_an_index_after_opening_an_old_file(
        db_path):
    # A file as version 4 left it: the four foreign-key columns had no index of their own.
    conn = _file_at(db_path, 4)
    conn.close()

    db = open_database(db_path)
    try:
        for table, column in FOREIGN_KEY_INDEXES:
            assert column in _leading_index_columns(db, table), (table, column)
        plan = " ".join(str(row) for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM web_ties WHERE contact_b = 1").fetchall())
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan
    finally:
        db.conn.close()


def test_an_old_file_gets_the_client_list_index_and_keeps_its_search(db_path):
    # A file as version 5 left it, with a client in the search index.
    conn = connect_raw(db_path)
    import sqlite_utils

    for migration in [m for m in migrations.all_migrations() if m.version <= 5]:
        conn.execute("BEGIN")
        migration.apply(sqlite_utils.Database(conn))
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute("INSERT INTO clients(id, name, neighbourhood, status, created_at, updated_at) "
                 "VALUES (7, 'Hélène Dubois', 'Schaarbeek', 'active', 'x', 'x')")
    conn.execute("INSERT INTO clients_fts(rowid, name, neighbourhood, notes) "
                 "VALUES (7, 'Hélène Dubois', 'Schaarbeek', 'Speelt gitaar')")
    conn.commit()
    conn.close()

    db = open_database(db_path)
    try:
        from resokit_desktop.storage import clients_repo

        assert [r.id for r in clients_repo.list_clients(db, "gitaar")] == [7]
        assert [r.id for r in clients_repo.list_clients(db, "h", ("active",))] == [7]
        indexes = {r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'clients'")}
        assert "clients_status_name" in indexes and "clients_status" not in indexes
        # One status in name order, and its count, come from the index alone.
        for sql in ("SELECT id FROM clients WHERE status = 'active' "
                    "ORDER BY name COLLATE NOCASE, id LIMIT 500",
                    "SELECT count(*) FROM clients WHERE status = 'active'"):
            plan = " ".join(str(row) for row in db.execute(f"EXPLAIN QUERY PLAN {sql}"))
            assert "COVERING INDEX clients_status_name" in plan, plan
    finally:
        db.conn.close()
