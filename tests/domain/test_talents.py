"""The talentenkaart rules: piles, at most three focus talents, and a complete built-in deck."""

from __future__ import annotations

import json

import pytest

from resokit_desktop.domain.talents import (
    LANGUAGES,
    MAX_FOCUS,
    CardOrigin,
    CardSort,
    CatalogueError,
    NamedBy,
    Pile,
    SortedTalent,
    TalentCard,
    TalentGroup,
    builtin_talent_deck,
    parse_talent_deck,
    place_card,
    remove_card,
    set_focus,
    validate_card,
    validate_card_sort,
)
from resokit_desktop.domain.validation import FieldError, ValidationFailed


def _sort(*specs: tuple[str, Pile, int | None]) -> CardSort:
    return CardSort(1, [SortedTalent(key, pile, focus_rank=rank) for key, pile, rank in specs])


def test_three_focus_talents_are_fine_a_fourth_is_refused_with_its_code():
    three = _sort(("baking", Pile.CAN, 1), ("music", Pile.LIKE, 2), ("repair", Pile.LEARN, 3))
    assert validate_card_sort(three) == []
    three.talents.append(SortedTalent("walking", Pile.CAN, focus_rank=3))
    assert validate_card_sort(three) == [FieldError("focus", "too_many_focus")]
    twice = _sort(("a", Pile.CAN, 1), ("b", Pile.CAN, 1))
    assert validate_card_sort(twice) == [FieldError("focus", "focus_rank_duplicate")]
    four = _sort(("a", Pile.CAN, 1), ("b", Pile.CAN, 2), ("c", Pile.CAN, 3), ("d", Pile.CAN, 1))
    assert FieldError("focus", "too_many_focus") in validate_card_sort(four)


def test_a_card_put_aside_for_now_cannot_be_a_focus_talent():
    errors = validate_card_sort(_sort(("music", Pile.NOT_NOW, 1)))
    assert errors == [FieldError("talents[0].focus_rank", "focus_not_for_me_now")]


def test_focus_rank_outside_one_to_three_and_duplicate_cards_are_refused():
    errors = validate_card_sort(_sort(("a", Pile.CAN, 4), ("a", Pile.LIKE, None)))
    assert FieldError("talents[0].focus_rank", "focus_rank_invalid") in errors
    assert FieldError("talents[1].card_key", "duplicate") in errors


def test_set_focus_ranks_in_the_given_order_and_clears_the_others():
    sort = _sort(("a", Pile.CAN, 1), ("b", Pile.LIKE, None), ("c", Pile.LEARN, None))
    set_focus(sort, ["c", "b"])
    assert [t.card_key for t in sort.focus()] == ["c", "b"]
    assert sort.talents[0].focus_rank is None


def test_set_focus_refuses_more_than_the_maximum_and_leaves_the_sort_alone():
    sort = _sort(*[(str(i), Pile.CAN, None) for i in range(5)])
    sort.talents[0].focus_rank = 1
    with pytest.raises(ValidationFailed) as failure:
        set_focus(sort, ["0", "1", "2", "3"])
    assert failure.value.errors == [FieldError("focus", "too_many_focus")]
    assert [t.card_key for t in sort.focus()] == ["0"]
    assert MAX_FOCUS == 3


def test_set_focus_refuses_cards_not_in_the_sort_or_put_aside():
    sort = _sort(("a", Pile.NOT_NOW, None))
    with pytest.raises(ValidationFailed):
        set_focus(sort, ["zz"])
    with pytest.raises(ValidationFailed):
        set_focus(sort, ["a"])


def test_own_card_needs_a_label_and_its_client():
    card = TalentCard(key="", group=TalentGroup.CARE, labels={"nl": "  "}, origin=CardOrigin.CLIENT)
    codes = {(e.field, e.code) for e in validate_card(card)}
    assert codes == {("label", "required"), ("client_id", "required")}


def test_label_falls_back_to_dutch_when_a_language_is_missing():
    card = TalentCard(key="card:1", group=TalentGroup.HANDS, labels={"nl": "Fietsen poetsen"})
    assert card.label("fr") == "Fietsen poetsen"
    assert card.prompt("en") == ""


# --- the built-in deck -----------------------------------------------------------------------


def test_every_builtin_card_has_a_label_and_a_prompt_in_dutch_french_and_english():
    deck = builtin_talent_deck()
    assert 40 <= len(deck.cards) <= 60
    for card in deck.cards:
        for lang in LANGUAGES:
            assert card.labels[lang].strip(), (card.key, lang)
            assert card.prompts[lang].strip().endswith("?"), (card.key, lang)
    # The three languages are really translated, not copied.
    assert all(c.labels["nl"] != c.labels["fr"] for c in deck.cards)


def test_every_group_is_in_the_deck_in_order_with_titles_and_cards():
    deck = builtin_talent_deck()
    assert list(deck.groups) == list(TalentGroup)
    for group in TalentGroup:
        assert len(deck.in_group(group)) >= 4, group
        for lang in LANGUAGES:
            assert deck.group_label(group, lang) != str(group)


def test_builtin_keys_are_unique_and_never_look_like_stored_cards():
    keys = [card.key for card in builtin_talent_deck().cards]
    assert len(keys) == len(set(keys))
    assert not any(key.startswith("card:") for key in keys)


def _deck_text(card: dict) -> str:
    return json.dumps({"groups": [{"key": "hands", "label": {"nl": "H", "fr": "M", "en": "H"}}],
                       "cards": [card]})


def test_a_card_without_french_prompt_is_reported_by_key():
    card = {"key": "x", "group": "hands", "label": {"nl": "a", "fr": "b", "en": "c"},
            "prompt": {"nl": "a?", "en": "c?"}}
    with pytest.raises(CatalogueError, match="x: prompt has no fr"):
        parse_talent_deck(_deck_text(card))


def test_unknown_group_and_broken_json_are_reported():
    card = {"key": "x", "group": "sky", "label": {}, "prompt": {}}
    with pytest.raises(CatalogueError, match="unknown talent group"):
        parse_talent_deck(_deck_text(card))
    with pytest.raises(CatalogueError, match="not JSON"):
        parse_talent_deck("{")


def test_placing_cards_adds_then_moves_and_putting_aside_drops_the_focus():
    deck = builtin_talent_deck().by_key()
    sort = CardSort(7)
    place_card(sort, deck["baking"], Pile.CAN)
    place_card(sort, deck["music"], Pile.LIKE, NamedBy.NETWORK)
    place_card(sort, deck["repair"], Pile.LEARN)
    set_focus(sort, ["baking", "music", "repair"])
    moved = place_card(sort, deck["baking"], Pile.NOT_NOW)
    assert len(sort.talents) == 3
    assert moved.pile is Pile.NOT_NOW and moved.focus_rank is None
    assert [(t.card_key, t.focus_rank) for t in sort.focus()] == [("music", 1), ("repair", 2)]
    assert sort.talents[1].named_by is NamedBy.NETWORK
    assert sort.talents[0].label == "Bakken"
    assert validate_card_sort(sort) == []


def test_removing_a_focus_card_closes_the_ranks():
    deck = builtin_talent_deck().by_key()
    sort = CardSort(7)
    for key in ("baking", "music", "repair"):
        place_card(sort, deck[key], Pile.CAN)
    set_focus(sort, ["baking", "music", "repair"])
    remove_card(sort, "music")
    assert [(t.card_key, t.focus_rank) for t in sort.focus()] == [("baking", 1), ("repair", 2)]
