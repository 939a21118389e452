"""A client's talentenkaart is stored whole, keeps at most three focus talents, goes with them."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.talents import (
    CardOrigin,
    CardSort,
    NamedBy,
    Pile,
    SortedTalent,
    TalentCard,
    TalentGroup,
)
from resokit_desktop.domain.validation import FieldError, ValidationFailed
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.storage import clients_repo, contacts_repo, talents_repo
from resokit_desktop.storage.connection import DbIntegrityError, open_database
from resokit_desktop.storage.errors import NotFoundError


def _client(db, name: str = "Marie-Louise") -> int:
    return clients_repo.save_client(db, Client(name=name))


def _talent(key: str, pile: Pile = Pile.CAN, rank: int | None = None, **kw) -> SortedTalent:
    return SortedTalent(card_key=key, pile=pile, focus_rank=rank, **kw)


def test_card_sort_round_trip_survives_reopen(db_path):
    db = open_database(db_path)
    client_id = _client(db)
    talents_repo.save_card_sort(db, CardSort(client_id, [
        _talent("baking", rank=1, named_by=NamedBy.NETWORK, named_by_name="haar dochter",
                example="Appeltaart op zondag", gives_energy=True),
        _talent("smartphone", Pile.LEARN),
        _talent("walking", Pile.NOT_NOW, gives_energy=False),
    ]))
    db.conn.close()

    db = open_database(db_path)
    sort = talents_repo.load_card_sort(db, client_id)
    assert [t.card_key for t in sort.talents] == ["baking", "smartphone", "walking"]
    baking = sort.talents[0]
    assert (baking.pile, baking.named_by, baking.named_by_name) == (
        Pile.CAN, NamedBy.NETWORK, "haar dochter")
    assert baking.example == "Appeltaart op zondag"
    assert baking.gives_energy is True
    assert sort.talents[1].gives_energy is None
    assert sort.talents[2].gives_energy is False
    assert baking.display_label("nl") == "Bakken"
    assert baking.display_label("fr") == "Faire de la pâtisserie"
    db.conn.close()


def test_focus_talents_come_in_the_persons_order(db):
    client_id = _client(db)
    talents_repo.save_card_sort(db, CardSort(client_id, [
        _talent("sewing", rank=2), _talent("music"), _talent("baking", rank=1),
        _talent("storytelling", Pile.LIKE, rank=3),
    ]))
    focus = talents_repo.focus_talents(db, client_id)
    assert [t.display_label("en") for t in focus] == ["Baking", "Sewing and knitting",
                                                      "Telling stories"]
    assert [t.focus_rank for t in focus] == [1, 2, 3]


def test_a_fourth_focus_talent_is_refused_and_nothing_changes(db):
    client_id = _client(db)
    talents_repo.save_card_sort(db, CardSort(client_id, [_talent("baking", rank=1)]))
    too_many = CardSort(client_id, [
        _talent("baking", rank=1), _talent("sewing", rank=2), _talent("music", rank=3),
        _talent("repair", rank=3),
    ])
    with pytest.raises(ValidationFailed) as failure:
        talents_repo.save_card_sort(db, too_many)
    assert FieldError("focus", "too_many_focus") in failure.value.errors
    assert [t.card_key for t in talents_repo.load_card_sort(db, client_id).talents] == ["baking"]


def test_the_file_itself_refuses_a_fourth_focus_rank(db):
    client_id = _client(db)
    with pytest.raises(DbIntegrityError):
        db.execute(
            "INSERT INTO client_talents(client_id, card_key, pile, focus_rank, created_at, "
            "updated_at) VALUES (?, 'music', 'can', 4, 'x', 'x')", [client_id])


def test_reshuffling_focus_ranks_keeps_talent_ids(db):
    client_id = _client(db)
    sort = CardSort(client_id, [_talent("baking", rank=1), _talent("sewing", rank=2)])
    talents_repo.save_card_sort(db, sort)
    ids = {t.card_key: t.id for t in sort.talents}
    swapped = CardSort(client_id, [_talent("baking", rank=2), _talent("sewing", rank=1)])
    talents_repo.save_card_sort(db, swapped)
    focus = talents_repo.focus_talents(db, client_id)
    assert [t.card_key for t in focus] == ["sewing", "baking"]
    assert {t.card_key: t.id for t in focus} == ids


def test_cards_left_out_of_the_sort_are_removed(db):
    client_id = _client(db)
    talents_repo.save_card_sort(db, CardSort(client_id, [_talent("baking"), _talent("music")]))
    talents_repo.save_card_sort(db, CardSort(client_id, [_talent("music", Pile.LIKE)]))
    sort = talents_repo.load_card_sort(db, client_id)
    assert [(t.card_key, t.pile) for t in sort.talents] == [("music", Pile.LIKE)]


def test_an_unknown_card_is_refused(db):
    client_id = _client(db)
    with pytest.raises(ValidationFailed) as failure:
        talents_repo.save_card_sort(db, CardSort(client_id, [_talent("flying")]))
    assert failure.value.errors == [FieldError("talents[0].card_key", "unknown_card")]


def test_own_cards_belong_to_one_client_and_organisation_cards_to_all(db):
    marie, youssef = _client(db), _client(db, "Youssef")
    own = TalentCard(key="", group=TalentGroup.HANDS, labels={"nl": "Kantklossen"},
                     prompts={"nl": "Wat maakte je al?"}, origin=CardOrigin.CLIENT, client_id=marie)
    org = TalentCard(key="", group=TalentGroup.PEOPLE, labels={"nl": "Buurtpeter", "fr": "Parrain"},
                     origin=CardOrigin.ORGANISATION)
    talents_repo.save_card(db, own)
    talents_repo.save_card(db, org)
    assert own.key == f"card:{own.id}"

    marie_keys = {c.key for c in talents_repo.deck_for_client(db, marie)}
    youssef_keys = {c.key for c in talents_repo.deck_for_client(db, youssef)}
    assert {own.key, org.key, "baking"} <= marie_keys
    assert org.key in youssef_keys and own.key not in youssef_keys

    talents_repo.save_card_sort(db, CardSort(marie, [_talent(own.key, rank=1)]))
    assert talents_repo.focus_talents(db, marie)[0].display_label("fr") == "Kantklossen"
    with pytest.raises(ValidationFailed):
        talents_repo.save_card_sort(db, CardSort(youssef, [_talent(own.key)]))


def test_a_deleted_organisation_card_stays_in_the_sort_under_its_saved_label(db):
    client_id = _client(db)
    org = TalentCard(key="", group=TalentGroup.CARE, labels={"nl": "Troosten"},
                     origin=CardOrigin.ORGANISATION)
    talents_repo.save_card(db, org)
    talents_repo.save_card_sort(db, CardSort(client_id, [_talent(org.key, rank=1)]))
    talents_repo.delete_card(db, org.id)
    focus = talents_repo.focus_talents(db, client_id)
    assert focus[0].card is None
    assert focus[0].display_label("en") == "Troosten"
    with pytest.raises(NotFoundError):
        talents_repo.delete_card(db, org.id)


def test_builtin_cards_cannot_be_stored_and_organisation_cards_have_no_client(db):
    client_id = _client(db)
    builtin = TalentCard(key="x", group=TalentGroup.HANDS, labels={"nl": "x"})
    with pytest.raises(ValidationFailed):
        talents_repo.save_card(db, builtin)
    wrong = TalentCard(key="", group=TalentGroup.HANDS, labels={"nl": "x"},
                       origin=CardOrigin.ORGANISATION, client_id=client_id)
    with pytest.raises(ValidationFailed) as failure:
        talents_repo.save_card(db, wrong)
    assert failure.value.errors == [FieldError("client_id", "not_allowed")]


def test_named_by_contact_must_be_the_clients_and_is_cleared_when_the_contact_goes(db):
    marie, other = _client(db), _client(db, "Youssef")
    rita = RegistryEntry(None, marie, EntryKind.PERSON, "Buurvrouw Rita")
    stranger = RegistryEntry(None, other, EntryKind.PERSON, "Ahmed")
    contacts_repo.add_contact(db, rita)
    contacts_repo.add_contact(db, stranger)
    with pytest.raises(ValidationFailed) as failure:
        talents_repo.save_card_sort(db, CardSort(marie, [
            _talent("baking", named_by=NamedBy.NETWORK, named_by_contact_id=stranger.id)]))
    assert failure.value.errors == [FieldError("talents[0].named_by_contact_id", "unknown_contact")]

    talents_repo.save_card_sort(db, CardSort(marie, [
        _talent("baking", named_by=NamedBy.NETWORK, named_by_contact_id=rita.id)]))
    contacts_repo.delete_contact(db, rita.id)
    talent = talents_repo.load_card_sort(db, marie).talents[0]
    assert talent.named_by_contact_id is None
    assert talent.named_by is NamedBy.NETWORK


def test_deleting_the_client_removes_sort_and_own_cards_but_not_organisation_cards(db):
    client_id = _client(db)
    own = TalentCard(key="", group=TalentGroup.LIFE, labels={"nl": "Eigen"},
                     origin=CardOrigin.CLIENT, client_id=client_id)
    org = TalentCard(key="", group=TalentGroup.LIFE, labels={"nl": "Van iedereen"},
                     origin=CardOrigin.ORGANISATION)
    talents_repo.save_card(db, own)
    talents_repo.save_card(db, org)
    talents_repo.save_card_sort(db, CardSort(client_id, [_talent(own.key, rank=1),
                                                          _talent(org.key)]))
    clients_repo.delete_client(db, client_id)
    assert db.execute("SELECT count(*) FROM client_talents").fetchone()[0] == 0
    labels = [r[0] for r in db.execute("SELECT labels FROM talent_cards")]
    assert labels == ['{"nl": "Van iedereen"}']
