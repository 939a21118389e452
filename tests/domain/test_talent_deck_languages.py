"""The shipped deck is complete in Dutch, French and English, with nothing left untranslated."""

from __future__ import annotations

import json

from resokit_desktop.domain.talents import LANGUAGES, builtin_talent_deck
from resokit_desktop.resources import resources_dir

# Texts that are rightly the same in two languages (a loanword everyone uses).
SAME_ON_PURPOSE: set[tuple[str, str]] = set()


def _raw() -> dict:
    path = resources_dir() / "catalogues" / "talent_cards.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_card_and_group_has_the_same_fields_in_every_language():
    data = _raw()
    for entry in data["groups"]:
        assert set(entry["label"]) == set(LANGUAGES), entry["key"]
    for entry in data["cards"]:
        for field in ("label", "prompt"):
            assert set(entry[field]) == set(LANGUAGES), (entry["key"], field)
            assert all(entry[field][lang].strip() for lang in LANGUAGES), (entry["key"], field)


def test_no_text_is_identical_across_languages_by_accident():
    data = _raw()
    found = []
    for kind, entries, fields in (("group", data["groups"], ("label",)),
                                  ("card", data["cards"], ("label", "prompt"))):
        for entry in entries:
            for field in fields:
                texts = entry[field]
                for a, b in (("nl", "fr"), ("nl", "en"), ("fr", "en")):
                    same = texts[a].strip().casefold() == texts[b].strip().casefold()
                    if same and (entry["key"], field) not in SAME_ON_PURPOSE:
                        found.append(f"{kind} {entry['key']}.{field}: {a}={b}")
    assert found == []


def test_the_deck_has_every_group_of_the_method_and_56_cards():
    deck = builtin_talent_deck()
    assert [str(g) for g in deck.groups] == [
        "hands", "people", "head", "creative", "care", "organising", "body", "digital", "life"]
    assert len(deck.cards) == 56
    assert all(deck.in_group(group) for group in deck.groups)
    for lang in LANGUAGES:
        labels = [card.label(lang) for card in deck.cards]
        assert len(set(labels)) == len(labels), lang  # no two cards read the same
