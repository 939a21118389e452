"""The talentenkaart: talent cards, a client's card sort into piles, and the 1-3 focus talents."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum

from resokit_desktop.domain.validation import FieldError, ValidationFailed
from resokit_desktop.resources import resources_dir

LANGUAGES = ("nl", "fr", "en")
MAX_FOCUS = 3
MAX_LABEL = 120
MAX_CARD_LABEL = 80  # a card's label must fit on the card, also in presentation mode
MAX_TEXT = 4000


class TalentGroup(StrEnum):
    HANDS = "hands"            # hands / practical
    PEOPLE = "people"          # people / social
    HEAD = "head"              # head / knowledge & languages
    CREATIVE = "creative"
    CARE = "care"
    ORGANISING = "organising"
    BODY = "body"              # body / sport
    DIGITAL = "digital"
    LIFE = "life"              # life experience


class CardOrigin(StrEnum):
    BUILTIN = "builtin"            # shipped in resources/catalogues/talent_cards.json
    ORGANISATION = "organisation"  # added by the organisation, for every client
    CLIENT = "client"              # the client's own card


class Pile(StrEnum):
    CAN = "can"            # I can do this
    LIKE = "like"          # I like doing this
    LEARN = "learn"        # I want to learn this
    NOT_NOW = "not_now"    # not for me now


class NamedBy(StrEnum):
    PERSON = "person"      # the person themself
    WORKER = "worker"
    NETWORK = "network"    # someone from the person's network


@dataclass
class TalentCard:
    """One card: a short label and a prompt question, per language where known."""

    key: str
    group: TalentGroup
    labels: dict[str, str]
    prompts: dict[str, str] = field(default_factory=dict)
    origin: CardOrigin = CardOrigin.BUILTIN
    client_id: int | None = None  # set for a client's own card
    id: int | None = None         # set for stored (organisation or client) cards
    retired: bool = False         # retired by the organisation: out of the deck, kept in sorts

    def label(self, lang: str = "nl") -> str:
        return pick_text(self.labels, lang) or self.key

    def prompt(self, lang: str = "nl") -> str:
        return pick_text(self.prompts, lang)


def pick_text(texts: dict[str, str], lang: str) -> str:
    """The text in ``lang``, else Dutch, else any language that has one."""
    for candidate in (lang, "nl", *texts):
        text = texts.get(candidate, "")
        if text and text.strip():
            return text
    return ""


def custom_card_key(card_id: int) -> str:
    """The key under which a stored (organisation or own) card is sorted."""
    return f"card:{card_id}"


@dataclass
class SortedTalent:
    """One card in the client's sort: the pile, who named it, an example, whether it gives energy.

    ``card_key`` is a built-in card's key or ``custom_card_key(id)`` for a stored card.
    ``label`` is a snapshot of the card's Dutch label when saved, shown if the card is gone.
    ``focus_rank`` is 1..MAX_FOCUS for a focus talent, else None.
    """

    card_key: str
    pile: Pile
    client_id: int | None = None
    label: str = ""
    named_by: NamedBy = NamedBy.PERSON
    named_by_name: str = ""        # free text: "my daughter", "buurvrouw Rita"
    named_by_contact_id: int | None = None
    example: str = ""              # "when did you show this?"
    gives_energy: bool | None = None
    focus_rank: int | None = None
    card: TalentCard | None = None  # filled in when loaded
    id: int | None = None

    @property
    def is_focus(self) -> bool:
        return self.focus_rank is not None

    def display_label(self, lang: str = "nl") -> str:
        if self.card is not None:
            return self.card.label(lang)
        return self.label or self.card_key


@dataclass
class CardSort:
    """A client's whole talentenkaart: their own cards and every sorted card."""

    client_id: int
    talents: list[SortedTalent] = field(default_factory=list)
    own_cards: list[TalentCard] = field(default_factory=list)
    sort_id: int | None = None     # the dated sort; None: a new one is made on the first save
    sort_date: str = ""            # ISO date of the sort ("2026-11-26")

    def focus(self) -> list[SortedTalent]:
        return sorted((t for t in self.talents if t.is_focus), key=lambda t: t.focus_rank or 0)

    def in_pile(self, pile: Pile) -> list[SortedTalent]:
        return [t for t in self.talents if t.pile is pile]


@dataclass(frozen=True)
class SortInfo:
    """One dated card sort of a client, for choosing which one to see."""

    id: int
    sort_date: str
    card_count: int = 0


def copy_talents(talents: list[SortedTalent]) -> list[SortedTalent]:
    """The sorted cards as new rows (no ids), to start a new sort from an earlier one."""
    return [SortedTalent(
        t.card_key, t.pile, client_id=t.client_id, label=t.label, named_by=t.named_by,
        named_by_name=t.named_by_name, named_by_contact_id=t.named_by_contact_id,
        example=t.example, gives_energy=t.gives_energy, focus_rank=t.focus_rank, card=t.card,
    ) for t in talents]


def validate_card(card: TalentCard) -> list[FieldError]:
    errors: list[FieldError] = []
    if not any(text.strip() for text in card.labels.values()):
        errors.append(FieldError("label", "required"))
    elif any(len(text.strip()) > MAX_CARD_LABEL for text in card.labels.values()):
        errors.append(FieldError("label", "too_long"))
    if any(len(text) > MAX_TEXT for text in card.prompts.values()):
        errors.append(FieldError("prompt", "too_long"))
    if card.origin is CardOrigin.CLIENT and card.client_id is None:
        errors.append(FieldError("client_id", "required"))
    if card.origin is CardOrigin.ORGANISATION and card.client_id is not None:
        errors.append(FieldError("client_id", "not_allowed"))
    return errors


def validate_card_sort(sort: CardSort) -> list[FieldError]:
    """Every problem with the sort; the focus maximum is checked here (code ``too_many_focus``)."""
    errors: list[FieldError] = []
    seen: set[str] = set()
    ranks: list[int] = []
    for index, talent in enumerate(sort.talents):
        where = f"talents[{index}]"
        if not talent.card_key.strip():
            errors.append(FieldError(f"{where}.card_key", "required"))
        elif talent.card_key in seen:
            errors.append(FieldError(f"{where}.card_key", "duplicate"))
        seen.add(talent.card_key)
        if len(talent.example) > MAX_TEXT:
            errors.append(FieldError(f"{where}.example", "too_long"))
        if len(talent.named_by_name) > MAX_LABEL:
            errors.append(FieldError(f"{where}.named_by_name", "too_long"))
        if talent.focus_rank is not None:
            if talent.pile is Pile.NOT_NOW:
                errors.append(FieldError(f"{where}.focus_rank", "focus_not_for_me_now"))
            if not 1 <= talent.focus_rank <= MAX_FOCUS:
                errors.append(FieldError(f"{where}.focus_rank", "focus_rank_invalid"))
            ranks.append(talent.focus_rank)
    if len(ranks) > MAX_FOCUS:
        errors.append(FieldError("focus", "too_many_focus"))
    elif len(set(ranks)) != len(ranks):
        errors.append(FieldError("focus", "focus_rank_duplicate"))
    for index, card in enumerate(sort.own_cards):
        errors.extend(
            FieldError(f"own_cards[{index}].{e.field}", e.code) for e in validate_card(card)
        )
    return errors


def set_focus(sort: CardSort, card_keys: list[str]) -> None:
    """Make exactly these cards the focus talents, in this order; raises ValidationFailed."""
    if len(card_keys) > MAX_FOCUS:
        raise ValidationFailed([FieldError("focus", "too_many_focus")])
    by_key = {t.card_key: t for t in sort.talents}
    missing = [k for k in card_keys if k not in by_key]
    if missing:
        raise ValidationFailed([FieldError("focus", "not_in_sort")])
    if any(by_key[k].pile is Pile.NOT_NOW for k in card_keys):
        raise ValidationFailed([FieldError("focus", "focus_not_for_me_now")])
    for talent in sort.talents:
        talent.focus_rank = None
    for rank, key in enumerate(card_keys, start=1):
        by_key[key].focus_rank = rank


def place_card(
    sort: CardSort, card: TalentCard, pile: Pile, named_by: NamedBy | None = None
) -> SortedTalent:
    """Put a card on a pile (adding it to the sort if new); a card put aside loses its focus."""
    for talent in sort.talents:
        if talent.card_key == card.key:
            break
    else:
        talent = SortedTalent(card.key, pile, client_id=sort.client_id, label=card.label("nl"),
                              card=card)
        sort.talents.append(talent)
    talent.pile = pile
    if named_by is not None:
        talent.named_by = named_by
    if pile is Pile.NOT_NOW and talent.focus_rank is not None:
        _drop_focus(sort, talent)
    return talent


def remove_card(sort: CardSort, card_key: str) -> None:
    """Take a card out of the sort; the remaining focus talents close ranks."""
    for talent in list(sort.talents):
        if talent.card_key == card_key:
            if talent.focus_rank is not None:
                _drop_focus(sort, talent)
            sort.talents.remove(talent)


def _drop_focus(sort: CardSort, talent: SortedTalent) -> None:
    talent.focus_rank = None
    for rank, other in enumerate(sort.focus(), start=1):
        other.focus_rank = rank


# --- the built-in deck -----------------------------------------------------------------------


@dataclass(frozen=True)
class TalentDeck:
    """The catalogue: group order, group titles per language, and the cards."""

    groups: tuple[TalentGroup, ...]
    group_labels: dict[str, dict[str, str]]
    cards: tuple[TalentCard, ...]

    def by_key(self) -> dict[str, TalentCard]:
        return {card.key: card for card in self.cards}

    def in_group(self, group: TalentGroup) -> list[TalentCard]:
        return [card for card in self.cards if card.group is group]

    def group_label(self, group: TalentGroup, lang: str = "nl") -> str:
        return pick_text(self.group_labels.get(str(group), {}), lang) or str(group)


class CatalogueError(ValueError):
    """The catalogue file is malformed; the message names the first problem."""


def parse_talent_deck(text: str) -> TalentDeck:
    """Read the talent_cards.json text; every card needs a known group and nl/fr/en texts."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"not JSON: {exc}") from exc
    groups: list[TalentGroup] = []
    group_labels: dict[str, dict[str, str]] = {}
    for entry in data.get("groups", []):
        group = _group(entry.get("key"))
        groups.append(group)
        group_labels[str(group)] = _texts(entry, "label", str(group))
    cards: list[TalentCard] = []
    keys: set[str] = set()
    for entry in data.get("cards", []):
        key = str(entry.get("key", "")).strip()
        if not key or key in keys or key.startswith("card:"):
            raise CatalogueError(f"card key missing, duplicate or reserved: {key!r}")
        keys.add(key)
        cards.append(TalentCard(
            key=key, group=_group(entry.get("group")),
            labels=_texts(entry, "label", key), prompts=_texts(entry, "prompt", key),
        ))
    if not cards:
        raise CatalogueError("no cards")
    return TalentDeck(tuple(groups), group_labels, tuple(cards))


def _group(value: object) -> TalentGroup:
    try:
        return TalentGroup(str(value))
    except ValueError as exc:
        raise CatalogueError(f"unknown talent group: {value!r}") from exc


def _texts(entry: dict, name: str, key: str) -> dict[str, str]:
    texts = entry.get(name)
    if not isinstance(texts, dict):
        raise CatalogueError(f"{key}: {name} must be an object with nl/fr/en")
    for lang in LANGUAGES:
        if not str(texts.get(lang, "")).strip():
            raise CatalogueError(f"{key}: {name} has no {lang} text")
    return {lang: str(texts[lang]).strip() for lang in LANGUAGES}


_BUILTIN: TalentDeck | None = None


def builtin_talent_deck() -> TalentDeck:
    """The deck shipped in resources/catalogues/talent_cards.json (read once)."""
    global _BUILTIN
    if _BUILTIN is None:
        path = resources_dir() / "catalogues" / "talent_cards.json"
        _BUILTIN = parse_talent_deck(path.read_text(encoding="utf-8"))
    return _BUILTIN
