"""The passphrase rule: zxcvbn with the app's Dutch and French words refuses the weakest."""

from __future__ import annotations

import pytest

from resokit_desktop.security.passphrase import check_new_passphrase, check_passphrase_text
from resokit_desktop.security.passphrase_strength import app_words, assess


@pytest.mark.parametrize("weak, reason", [
    ("12345678", "common_word"), ("password", "common_word"), ("motdepasse", "common_word"),
    ("wachtwoord1", "common_word"), ("aaaaaaaaaaaa", "repeat"), ("Rita1965", "common_word"),
    ("bonjour123", "common_word"), ("janssens2020", "common_word"),
])
def test_the_weakest_are_refused_with_a_reason(weak, reason):
    assert check_passphrase_text(weak) == check_new_passphrase(weak, weak)
    [error] = check_passphrase_text(weak)
    assert error.code == f"passphrase_weak_{reason}"


def test_dutch_and_french_words_of_the_app_make_a_guess_easier():
    assert "wachtwoord" in app_words() and "motdepasse" in app_words()
    assert "cherie" in app_words()  # accents folded too
    # Plain zxcvbn rates these 3 and 2 of 4 (it knows English only); with the app's words, 0.
    assert assess("goedemorgen").score == 0 and assess("vendredi").score == 0
    assert check_passphrase_text("goedemorgen") and check_passphrase_text("vendredi")


@pytest.mark.parametrize("strong", [
    "fiets regen tulp zevenhonderd", "kaas brood wijn lamp", "Zeven zonnige zeehonden 2026",
    "la lune mange des crêpes bleues", "x" * 10 + " en nog wat woorden " * 10,
])
def test_strong_and_long_ones_are_accepted(strong):
    assert check_passphrase_text(strong) == []


@pytest.mark.parametrize("text, code", [
    ("", "passphrase_empty"), ("a", "passphrase_too_short"),
    ("fiets\x00regen tulp zeven", "passphrase_control"),
    ("fiets\tregen tulp zeven", "passphrase_control"),
    ("fiets\x1bregen tulp zeven", "passphrase_control"),
])
def test_empty_short_and_control_characters(text, code):
    assert [e.code for e in check_passphrase_text(text)] == [code]


def test_mismatch_is_reported_on_the_repeat_field():
    errors = check_new_passphrase("fiets regen tulp zevenhonderd", "fiets regen tulp")
    assert [(e.field, e.code) for e in errors] == [("passphrase_repeat", "passphrase_mismatch")]
