"""Initials of a person's name: one function for the summary, the access export and the web."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.names import initials_of


@pytest.mark.parametrize(("name", "expected"), [
    ("Marie-Louise Vandenbroeck", "M.-L. V."),
    ("Marie-Louise Van den Broeck", "M.-L. V.d.B."),
    ("Françoise Noël-Dubois", "F. N.-D."),
    ("Anna de Vries", "A. d.V."),
    ("Youssef El Amrani", "Y. E.A."),
    ("Jan van der Berg-Smit", "J. v.d.B.-S."),
    ("Émile Özdemir", "É. Ö."),
    ("émile özdemir", "É. Ö."),
    ("Rita", "R."),
    ("  Rita   Peeters ", "R. P."),
    ("Jean-Pierre", "J.-P."),
    ("D'Hondt", "D."),
    ("Ahmed O'Neill", "A. O."),
    ("", ""),
    ("   ", ""),
])
def test_initials(name: str, expected: str) -> None:
    assert initials_of(name) == expected


def test_a_lone_particle_is_still_a_name() -> None:
    # "De" alone (a nickname) is not dropped: a name never vanishes entirely.
    assert initials_of("De") == "D."
    assert initials_of("Van") == "V."


def test_no_letters_gives_a_question_mark() -> None:
    assert initials_of("—") == "?"


def test_the_client_object_and_the_web_use_the_same_function() -> None:
    from resokit_desktop.domain.client import Client

    assert Client(name="Marie-Louise Van den Broeck").initials() == "M.-L. V.d.B."


def test_names_are_found_as_whole_words_in_any_case_with_or_without_accents() -> None:
    from resokit_desktop.domain.names import NameReplacer

    replace = NameReplacer({"Rita": "R.", "Élodie": "É."}, keep=["Marie-Louise"])
    assert replace("Rita, RITA en rita; Ritalin en Margarita blijven.") == (
        "R., R. en R.; Ritalin en Margarita blijven.")
    assert replace("Elodie, élodie en ÉLODIE") == "É., É. en É."
    assert replace("Marie-Louise en Rita") == "Marie-Louise en R."
    assert replace.count == 7


def test_a_name_field_keeps_role_words_and_the_clients_own_name() -> None:
    from resokit_desktop.domain.names import is_role_only, shorten_name

    assert shorten_name("Buurvrouw Rita") == "Buurvrouw R."
    assert shorten_name("Dr. Janssens") == "Dr. J."
    assert shorten_name("Els, haar dochter") == "E., haar dochter"
    assert shorten_name("Hulpverlener") == "Hulpverlener"
    assert shorten_name("Jeugdbibliothecaris") == "Jeugdbibliothecaris"
    assert shorten_name("Marie-Louise", keep={"Marie-Louise"}) == "Marie-Louise"
    assert is_role_only("Vrouw van de bakker") and is_role_only("Mama")
    assert not is_role_only("Rita Peeters")
