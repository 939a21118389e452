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
