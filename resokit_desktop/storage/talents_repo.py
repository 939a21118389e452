"""Talent cards added by the organisation or for one client, and each client's card sort.

API (every write is one transaction):
- ``save_card(db, card) -> int`` / ``delete_card(db, card_id)`` / ``list_cards(db, client_id=None)``
  for organisation cards (client_id None) and a client's own cards (origin CLIENT, client_id set).
- ``retire_card(db, card_id, retired=True)`` / ``card_use_count(db, card_id)``: a card in a
  client's sort is retired (out of the deck, kept in the sort) rather than deleted.
- ``deck_for_client(db, client_id) -> list[TalentCard]``: built-in + organisation + own cards
  (retired cards left out unless ``include_retired``).
- Dated sorts: ``list_sorts(db, client_id) -> list[SortInfo]`` (oldest first),
  ``new_sort(db, client_id, sort_date, copy_from=None) -> int``, ``delete_sort(db, sort_id)``.
- ``save_card_sort(db, sort)``: store the whole sort (upsert by id or card_key, drop the rest);
  raises ValidationFailed (e.g. ``focus/too_many_focus``) before writing anything. A sort
  without ``sort_id`` goes into the latest sort (a first one is made: today or ``sort_date``).
- ``load_card_sort(db, client_id, sort_id=None) -> CardSort`` with ``talent.card`` resolved;
  without sort_id the latest sort.
- ``focus_talents(db, client_id) -> list[SortedTalent]`` ordered by rank (at most 3) in the
  latest sort; use ``talent.display_label(lang)`` and ``talent.example``.
"""

from __future__ import annotations

import json

import sqlite_utils

from resokit_desktop.domain.talents import (
    CardOrigin,
    CardSort,
    NamedBy,
    Pile,
    SortedTalent,
    SortInfo,
    TalentCard,
    TalentGroup,
    builtin_talent_deck,
    copy_talents,
    custom_card_key,
    validate_card,
    validate_card_sort,
)
from resokit_desktop.domain.text_hygiene import clean_line, clean_multiline
from resokit_desktop.domain.validation import FieldError, ValidationFailed
from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction
from resokit_desktop.storage.errors import NotFoundError

TALENT_COLUMNS = (
    "card_key", "label", "pile", "named_by", "named_by_name", "named_by_contact_id",
    "example", "gives_energy", "focus_rank", "position",
)


# --- cards ------------------------------------------------------------------------------------


def save_card(db: sqlite_utils.Database, card: TalentCard) -> int:
    """Insert or update an organisation card or a client's own card; returns its id."""
    if card.origin is CardOrigin.BUILTIN:
        raise ValidationFailed([FieldError("origin", "builtin_read_only")])
    errors = validate_card(card)
    if errors:
        raise ValidationFailed(errors)
    labels = json.dumps({k: clean_line(v).strip() for k, v in card.labels.items() if v.strip()})
    prompts = json.dumps({k: clean_multiline(v).strip() for k, v in card.prompts.items()
                          if v.strip()})
    stamp = now_iso()
    with transaction(db):
        if card.id is None:
            cursor = db.execute(
                "INSERT INTO talent_cards(origin, client_id, group_key, labels, prompts, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [str(card.origin), card.client_id, str(card.group), labels, prompts, stamp, stamp],
            )
            card.id = cursor.lastrowid
        else:
            cursor = db.execute(
                "UPDATE talent_cards SET group_key = ?, labels = ?, prompts = ?, updated_at = ? "
                "WHERE id = ? AND origin = ? AND client_id IS ?",
                [str(card.group), labels, prompts, stamp, card.id, str(card.origin),
                 card.client_id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"talent card {card.id}")
    card.key = custom_card_key(card.id)
    return card.id


def delete_card(db: sqlite_utils.Database, card_id: int) -> None:
    """Remove a stored card; clients who sorted it keep their entry under its saved label."""
    with transaction(db):
        cursor = db.execute("DELETE FROM talent_cards WHERE id = ?", [card_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"talent card {card_id}")


def card_use_count(db: sqlite_utils.Database, card_id: int) -> int:
    """How many clients have this stored card in one of their sorts."""
    return db.execute(
        "SELECT count(DISTINCT client_id) FROM client_talents WHERE card_key = ?",
        [custom_card_key(card_id)],
    ).fetchone()[0]


def retire_card(db: sqlite_utils.Database, card_id: int, retired: bool = True) -> None:
    """Take a card out of the deck (or bring it back); sorts that hold it keep it."""
    with transaction(db):
        cursor = db.execute("UPDATE talent_cards SET retired_at = ?, updated_at = ? WHERE id = ?",
                            [now_iso() if retired else None, now_iso(), card_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"talent card {card_id}")


def _card_from_row(row: tuple) -> TalentCard:
    card_id, origin, client_id, group_key, labels, prompts, retired_at = row
    try:
        group = TalentGroup(group_key)
    except ValueError:
        group = TalentGroup.LIFE
    return TalentCard(
        key=custom_card_key(card_id), group=group, labels=json.loads(labels),
        prompts=json.loads(prompts), origin=CardOrigin(origin), client_id=client_id, id=card_id,
        retired=retired_at is not None,
    )


def list_cards(db: sqlite_utils.Database, client_id: int | None = None,
               include_retired: bool = True) -> list[TalentCard]:
    """Organisation cards, plus the given client's own cards when client_id is set."""
    rows = db.execute(
        "SELECT id, origin, client_id, group_key, labels, prompts, retired_at FROM talent_cards "
        "WHERE (client_id IS NULL OR client_id = ?) "
        + ("" if include_retired else "AND retired_at IS NULL ")
        + "ORDER BY client_id IS NOT NULL, id",
        [client_id],
    ).fetchall()
    return [_card_from_row(row) for row in rows]


def deck_for_client(db: sqlite_utils.Database, client_id: int | None = None,
                    include_retired: bool = False) -> list[TalentCard]:
    """Every card the client can sort: built-in first, then the organisation's, then own cards."""
    return [*builtin_talent_deck().cards, *list_cards(db, client_id, include_retired)]


# --- dated sorts ------------------------------------------------------------------------------


def list_sorts(db: sqlite_utils.Database, client_id: int) -> list[SortInfo]:
    """The client's dated sorts, oldest first."""
    rows = db.execute(
        "SELECT s.id, s.sort_date, (SELECT count(*) FROM client_talents t WHERE t.sort_id = s.id) "
        "FROM talent_sorts s WHERE s.client_id = ? ORDER BY s.sort_date, s.id", [client_id],
    ).fetchall()
    return [SortInfo(*row) for row in rows]


def _latest_sort_id(db: sqlite_utils.Database, client_id: int) -> int | None:
    sorts = list_sorts(db, client_id)
    return sorts[-1].id if sorts else None


def _insert_sort(db: sqlite_utils.Database, client_id: int, sort_date: str) -> int:
    stamp = now_iso()
    return db.execute(
        "INSERT INTO talent_sorts(client_id, sort_date, created_at, updated_at) "
        "VALUES (?, ?, ?, ?)", [client_id, sort_date or stamp[:10], stamp, stamp],
    ).lastrowid


def new_sort(db: sqlite_utils.Database, client_id: int, sort_date: str = "",
             copy_from: int | None = None) -> int:
    """A new dated sort (today unless sort_date), empty or a copy of an earlier sort."""
    earlier = load_card_sort(db, client_id, copy_from) if copy_from is not None else None
    with transaction(db):
        sort_id = _insert_sort(db, client_id, sort_date)
        if earlier is not None:
            save_card_sort(db, CardSort(client_id, copy_talents(earlier.talents),
                                        sort_id=sort_id))
    return sort_id


def delete_sort(db: sqlite_utils.Database, sort_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM talent_sorts WHERE id = ?", [sort_id])


# --- the card sort ----------------------------------------------------------------------------


def _values(talent: SortedTalent, position: int, card: TalentCard | None) -> list:
    label = card.label("nl") if card is not None else talent.label
    energy = None if talent.gives_energy is None else int(talent.gives_energy)
    return [
        talent.card_key.strip(), clean_line(label), str(talent.pile), str(talent.named_by),
        clean_line(talent.named_by_name).strip(), talent.named_by_contact_id,
        clean_multiline(talent.example),
        energy, talent.focus_rank, position,
    ]


def save_card_sort(db: sqlite_utils.Database, sort: CardSort) -> None:
    """Store the client's whole sort in one transaction; talents missing from it are removed.

    Own cards are stored first with ``save_card``; the sort refers to them by ``card.key``.
    """
    errors = validate_card_sort(sort)
    if errors:
        raise ValidationFailed(errors)
    stamp = now_iso()
    with transaction(db):
        if sort.sort_id is None:
            sort.sort_id = (_latest_sort_id(db, sort.client_id)
                            or _insert_sort(db, sort.client_id, sort.sort_date))
        cards = {c.key: c for c in deck_for_client(db, sort.client_id, include_retired=True)}
        existing = {
            key: talent_id for talent_id, key in db.execute(
                "SELECT id, card_key FROM client_talents WHERE sort_id = ?", [sort.sort_id]
            )
        }
        unknown = [
            FieldError(f"talents[{i}].card_key", "unknown_card")
            for i, t in enumerate(sort.talents)
            if t.card_key.strip() not in cards and t.card_key.strip() not in existing
            and not t.label.strip()
        ]
        unknown += [
            FieldError(f"talents[{i}].named_by_contact_id", "unknown_contact")
            for i, t in enumerate(sort.talents)
            if t.named_by_contact_id is not None and db.execute(
                "SELECT 1 FROM contacts WHERE id = ? AND client_id = ?",
                [t.named_by_contact_id, sort.client_id],
            ).fetchone() is None
        ]
        if unknown:
            raise ValidationFailed(unknown)
        keep = [t.card_key.strip() for t in sort.talents]
        placeholders = ",".join("?" for _ in keep) or "NULL"
        db.execute(
            f"DELETE FROM client_talents WHERE sort_id = ? AND card_key NOT IN ({placeholders})",
            [sort.sort_id, *keep],
        )
        # Ranks are cleared first so a reshuffle never trips the one-talent-per-rank index.
        db.execute("UPDATE client_talents SET focus_rank = NULL WHERE sort_id = ?",
                   [sort.sort_id])
        assignments = ", ".join(f"{c} = ?" for c in TALENT_COLUMNS)
        for position, talent in enumerate(sort.talents):
            card = cards.get(talent.card_key.strip())
            values = _values(talent, position, card)
            talent_id = existing.get(talent.card_key.strip())
            if talent_id is None:
                cursor = db.execute(
                    f"INSERT INTO client_talents(client_id, sort_id, {', '.join(TALENT_COLUMNS)}, "
                    f"created_at, updated_at) "
                    f"VALUES (?, ?, {', '.join('?' for _ in values)}, ?, ?)",
                    [sort.client_id, sort.sort_id, *values, stamp, stamp],
                )
                talent_id = cursor.lastrowid
            else:
                db.execute(
                    f"UPDATE client_talents SET {assignments}, updated_at = ? WHERE id = ?",
                    [*values, stamp, talent_id],
                )
            talent.id = talent_id
            talent.client_id = sort.client_id
            talent.label = values[1]
            talent.card = card
        db.execute("UPDATE talent_sorts SET updated_at = ? WHERE id = ?", [stamp, sort.sort_id])


def _talents(db: sqlite_utils.Database, client_id: int, where: str = "",
             params: tuple = ()) -> list[SortedTalent]:
    cards = {c.key: c for c in deck_for_client(db, client_id, include_retired=True)}
    order = "focus_rank" if "focus_rank" in where else "position, id"
    rows = db.execute(
        f"SELECT id, {', '.join(TALENT_COLUMNS)} FROM client_talents "
        f"WHERE client_id = ? {where} ORDER BY {order}",
        [client_id, *params],
    ).fetchall()
    talents = []
    for row in rows:
        data = dict(zip(("id", *TALENT_COLUMNS), row, strict=True))
        del data["position"]
        data["pile"] = Pile(data["pile"])
        data["named_by"] = NamedBy(data["named_by"])
        if data["gives_energy"] is not None:
            data["gives_energy"] = bool(data["gives_energy"])
        talents.append(SortedTalent(client_id=client_id, card=cards.get(data["card_key"]), **data))
    return talents


def load_card_sort(db: sqlite_utils.Database, client_id: int,
                   sort_id: int | None = None) -> CardSort:
    """One dated sort (the latest when sort_id is None; an empty unsaved sort when none exists)."""
    own = [c for c in list_cards(db, client_id) if c.origin is CardOrigin.CLIENT]
    if sort_id is None:
        sort_id = _latest_sort_id(db, client_id)
    if sort_id is None:
        return CardSort(client_id=client_id, own_cards=own)
    row = db.execute("SELECT sort_date FROM talent_sorts WHERE id = ? AND client_id = ?",
                     [sort_id, client_id]).fetchone()
    if row is None:
        raise NotFoundError(f"card sort {sort_id}")
    return CardSort(client_id=client_id, talents=_talents(db, client_id, "AND sort_id = ?",
                                                          (sort_id,)),
                    own_cards=own, sort_id=sort_id, sort_date=row[0])


def focus_talents(db: sqlite_utils.Database, client_id: int) -> list[SortedTalent]:
    """The client's focus talents (0-3) in the latest sort, in the order the person ranked them."""
    sort_id = _latest_sort_id(db, client_id)
    if sort_id is None:
        return []
    return _talents(db, client_id, "AND sort_id = ? AND focus_rank IS NOT NULL", (sort_id,))


def clear_card_sort(db: sqlite_utils.Database, client_id: int) -> None:
    """Remove every sorted card of the client, in every sort (their own cards stay)."""
    with transaction(db):
        db.execute("DELETE FROM talent_sorts WHERE client_id = ?", [client_id])


def talents_by_id(db: sqlite_utils.Database, client_id: int) -> dict[int, SortedTalent]:
    """The client's sorted talents by id, e.g. to label a role plan's ``talent_ids``."""
    return {t.id: t for t in _talents(db, client_id) if t.id is not None}
