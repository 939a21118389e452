"""Several dated card sorts per client, retired cards, and the upgrade of a file from version 7."""

from __future__ import annotations

import pytest
import sqlite_utils

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.talents import (
    CardOrigin,
    CardSort,
    Pile,
    SortedTalent,
    TalentCard,
    TalentGroup,
)
from resokit_desktop.domain.validation import ValidationFailed
from resokit_desktop.storage import clients_repo, migrations, talents_repo
from resokit_desktop.storage.connection import connect_raw, open_database


def _client(db) -> int:
    return clients_repo.save_client(db, Client(name="Marie-Louise"))


def test_a_second_sort_is_kept_next_to_the_first_and_can_start_from_it(db_path):
    db = open_database(db_path)
    client_id = _client(db)
    talents_repo.save_card_sort(db, CardSort(client_id, [
        SortedTalent("baking", Pile.CAN, focus_rank=1, example="taart voor de buren"),
        SortedTalent("sewing", Pile.LEARN),
    ], sort_date="2026-01-05"))
    first = talents_repo.list_sorts(db, client_id)[0]
    second_id = talents_repo.new_sort(db, client_id, "2026-06-10", copy_from=first.id)
    second = talents_repo.load_card_sort(db, client_id, second_id)
    second.talents[1].pile = Pile.CAN
    talents_repo.save_card_sort(db, second)
    db.conn.close()

    db = open_database(db_path)
    sorts = talents_repo.list_sorts(db, client_id)
    assert [(s.sort_date, s.card_count) for s in sorts] == [("2026-01-05", 2), ("2026-06-10", 2)]
    old = talents_repo.load_card_sort(db, client_id, sorts[0].id)
    assert [t.pile for t in old.talents] == [Pile.CAN, Pile.LEARN]
    latest = talents_repo.load_card_sort(db, client_id)
    assert latest.sort_id == second_id
    assert [t.pile for t in latest.talents] == [Pile.CAN, Pile.CAN]
    assert latest.talents[0].example == "taart voor de buren"
    assert [t.card_key for t in talents_repo.focus_talents(db, client_id)] == ["baking"]


def test_a_retired_card_leaves_the_deck_and_stays_in_the_sort(db_path):
    db = open_database(db_path)
    client_id = _client(db)
    card = TalentCard("", TalentGroup.CARE, {"nl": "Soep koken voor de buurt"},
                      origin=CardOrigin.ORGANISATION)
    card_id = talents_repo.save_card(db, card)
    talents_repo.save_card_sort(db, CardSort(client_id, [SortedTalent(card.key, Pile.LIKE)]))
    assert talents_repo.card_use_count(db, card_id) == 1
    talents_repo.retire_card(db, card_id)
    keys = [c.key for c in talents_repo.deck_for_client(db, client_id)]
    assert card.key not in keys
    sort = talents_repo.load_card_sort(db, client_id)
    assert sort.talents[0].display_label("nl") == "Soep koken voor de buurt"
    talents_repo.save_card_sort(db, sort)  # saving again keeps the retired card
    assert len(talents_repo.load_card_sort(db, client_id).talents) == 1


def test_a_card_label_over_80_characters_is_refused(db_path):
    db = open_database(db_path)
    card = TalentCard("", TalentGroup.CARE, {"nl": "x" * 81}, origin=CardOrigin.ORGANISATION)
    with pytest.raises(ValidationFailed) as caught:
        talents_repo.save_card(db, card)
    assert caught.value.errors[0].code == "too_long"
    card.labels = {"nl": "x" * 80}
    assert talents_repo.save_card(db, card) > 0


def test_upgrade_from_version_7_keeps_the_sort_and_the_role_plan_links(db_path):
    conn = connect_raw(db_path)
    for migration in [m for m in migrations.all_migrations() if m.version <= 7]:
        conn.execute("BEGIN")
        migration.apply(sqlite_utils.Database(conn))
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("INSERT INTO clients(id, name, created_at, updated_at) VALUES (1, 'C', 'x', 'x')")
    for tid, key, rank in ((5, "baking", 1), (6, "sewing", None)):
        conn.execute("INSERT INTO client_talents(id, client_id, card_key, pile, focus_rank, "
                     "created_at, updated_at) VALUES (?, 1, ?, 'can', ?, "
                     "'2026-02-03T10:00:00+00:00', 'x')", [tid, key, rank])
    conn.execute("INSERT INTO role_plans(id, client_id, title, created_at, updated_at) "
                 "VALUES (1, 1, 'Bakker van het buurtcafé', 'x', 'x')")
    conn.execute("INSERT INTO role_plan_talents(plan_id, talent_id) VALUES (1, 5)")
    conn.commit()
    conn.close()

    db = open_database(db_path)
    assert migrations.schema_version(db) == migrations.latest_version()
    assert [(s.sort_date, s.card_count) for s in talents_repo.list_sorts(db, 1)] == [
        ("2026-02-03", 2)]
    assert db.execute("SELECT plan_id, talent_id FROM role_plan_talents").fetchall() == [(1, 5)]
    assert [t.id for t in talents_repo.focus_talents(db, 1)] == [5]
    db.execute("DELETE FROM client_talents WHERE id = 5")  # cascades still work
    assert db.execute("SELECT count(*) FROM role_plan_talents").fetchone()[0] == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.conn.close()


def test_talents_of_every_sort_keep_their_ids_for_role_plans(db_path):
    db = open_database(db_path)
    client_id = _client(db)
    first = CardSort(client_id, [SortedTalent("baking", Pile.CAN, focus_rank=1)],
                     sort_date="2026-01-05")
    talents_repo.save_card_sort(db, first)
    talents_repo.new_sort(db, client_id, "2026-06-10", copy_from=first.sort_id)
    by_id = talents_repo.talents_by_id(db, client_id)
    assert len(by_id) == 2  # a plan linked to the first sort's card still finds its label
    assert first.talents[0].id in by_id
    latest_focus = talents_repo.focus_talents(db, client_id)
    assert [t.card_key for t in latest_focus] == ["baking"]
    assert latest_focus[0].id != first.talents[0].id
