"""Use cases of the talentenkaart: deck, dated card sorts, own and organisation cards, print data.

The UI reaches talent data only through this module (never ``storage`` directly).
"""

from __future__ import annotations

import sqlite_utils

from resokit_desktop.domain.talents import (
    CardOrigin,
    CardSort,
    Pile,
    SortInfo,
    TalentCard,
    TalentDeck,
    TalentGroup,
    builtin_talent_deck,
)
from resokit_desktop.domain.web.model import EntryKind
from resokit_desktop.reports.talents_sheet import SheetCard, TalentSheet
from resokit_desktop.storage import clients_repo, contacts_repo, talents_repo
from resokit_desktop.storage.errors import NotFoundError, WriteFailedError

# Re-exported: the talent screens catch a failed write without importing storage themselves.
__all__ = ["WriteFailedError"]

LANGUAGE_WORDS = {
    "nl": ("nl", "nederlands", "dutch", "néerlandais", "neerlandais", "vlaams"),
    "fr": ("fr", "frans", "français", "francais", "french"),
    "en": ("en", "engels", "english", "anglais"),
}


def builtin_deck() -> TalentDeck:
    """The shipped deck: group order and group titles per language."""
    return builtin_talent_deck()


def deck(db: sqlite_utils.Database, client_id: int | None) -> list[TalentCard]:
    """Every card the client can sort now: built-in, the organisation's, own (none retired)."""
    return talents_repo.deck_for_client(db, client_id)


def load_sort(db: sqlite_utils.Database, client_id: int, sort_id: int | None = None) -> CardSort:
    """A dated sort (the latest when sort_id is None; an empty new one when there is none)."""
    return talents_repo.load_card_sort(db, client_id, sort_id)


def save_sort(db: sqlite_utils.Database, sort: CardSort) -> None:
    """Store the whole sort in one transaction (ValidationFailed / WriteFailedError on failure)."""
    talents_repo.save_card_sort(db, sort)


def sorts(db: sqlite_utils.Database, client_id: int) -> list[SortInfo]:
    return talents_repo.list_sorts(db, client_id)


def start_new_sort(db: sqlite_utils.Database, client_id: int, sort_date: str,
                   copy_from: int | None = None) -> int:
    """A new dated sort next to the earlier ones, empty or starting from ``copy_from``."""
    return talents_repo.new_sort(db, client_id, sort_date, copy_from)


def contacts(db: sqlite_utils.Database, client_id: int) -> list[tuple[int, str]]:
    """The people in the client's registry, for "who named it" (places are left out)."""
    return [(entry.id, entry.name) for entry in contacts_repo.list_contacts(db, client_id)
            if entry.id is not None and entry.kind is EntryKind.PERSON]


def add_own_card(db: sqlite_utils.Database, client_id: int, label: str | dict[str, str],
                 group: TalentGroup = TalentGroup.LIFE,
                 prompt: str | dict[str, str] = "") -> TalentCard:
    """A card for this client only; raises ValidationFailed (e.g. a label over 80 characters).

    ``label`` and ``prompt`` are the Dutch text, or the texts per language ({"fr": …}).
    """
    labels = label if isinstance(label, dict) else {"nl": label}
    prompts = prompt if isinstance(prompt, dict) else {"nl": prompt}
    card = TalentCard("", group, {k: v.strip() for k, v in labels.items() if v.strip()},
                      {k: v.strip() for k, v in prompts.items() if v.strip()},
                      origin=CardOrigin.CLIENT, client_id=client_id)
    talents_repo.save_card(db, card)
    return card


# --- the organisation's cards (settings) ----------------------------------------------------


def organisation_cards(db: sqlite_utils.Database) -> list[TalentCard]:
    """The organisation's own cards, retired ones included (they can be brought back)."""
    return [c for c in talents_repo.list_cards(db, None) if c.origin is CardOrigin.ORGANISATION]


def save_organisation_card(db: sqlite_utils.Database, card: TalentCard) -> int:
    card.origin = CardOrigin.ORGANISATION
    card.client_id = None
    return talents_repo.save_card(db, card)


def clients_using(db: sqlite_utils.Database, card_id: int) -> int:
    """How many clients have this card in a sort (0: it can be deleted outright)."""
    return talents_repo.card_use_count(db, card_id)


def remove_organisation_card(db: sqlite_utils.Database, card_id: int) -> bool:
    """Delete a card no client sorted, or retire it when one did; True when it was retired."""
    if talents_repo.card_use_count(db, card_id):
        talents_repo.retire_card(db, card_id)
        return True
    talents_repo.delete_card(db, card_id)
    return False


def restore_organisation_card(db: sqlite_utils.Database, card_id: int) -> None:
    talents_repo.retire_card(db, card_id, retired=False)


# --- printing -------------------------------------------------------------------------------


def client_language(db: sqlite_utils.Database, client_id: int, fallback: str) -> str:
    """The first of nl/fr/en named in the client's languages field, else ``fallback``."""
    try:
        spoken = clients_repo.get_client(db, client_id).languages
    except NotFoundError:
        return fallback
    words = [w.strip(" .;/()").lower() for w in spoken.replace(",", " ").split()]
    for word in words:
        for lang, names in LANGUAGE_WORDS.items():
            if word in names:
                return lang
    return fallback


def sheet_piles(db: sqlite_utils.Database, client_id: int, lang: str,
                sort_id: int | None = None):
    """The printable "Mijn talenten": the sort's date and its cards per pile, in ``lang``."""

    sort = talents_repo.load_card_sort(db, client_id, sort_id)
    piles = []
    for pile in Pile:
        cards = [SheetCard(t.display_label(lang), t.example.strip(), t.is_focus,
                           t.gives_energy) for t in sort.in_pile(pile)]
        piles.append((str(pile), cards))
    return TalentSheet(sort_date=sort.sort_date, piles=piles)
