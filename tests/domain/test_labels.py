"""Every domain code has a label in Dutch, French and English, from the one catalogue."""

from __future__ import annotations

import pytest

from resokit_desktop.domain import labels
from resokit_desktop.domain.web import domain_sets
from resokit_desktop.domain.web.model import RINGS

LANGUAGES = ("nl", "fr", "en")


@pytest.fixture(scope="module")
def translators(qapp):
    """The compiled catalogues, loaded the way a printed document loads its own language."""
    from PySide6.QtCore import QTranslator

    from resokit_desktop import i18n, paths

    paths.set_application_identity()
    found = {}
    for lang in ("fr", "en"):
        qm = i18n.compiled_catalogue(lang)
        translator = QTranslator()
        assert qm is not None and translator.load(str(qm)), f"no catalogue for {lang}"
        found[lang] = translator
    return found


def _every_label(translate) -> dict[str, str]:
    shown = {}
    for enum in labels.labelled_enums():
        for value in enum:
            shown[f"{enum.__name__}.{value.name}"] = labels.label(value, translate)
    for ring in RINGS:
        shown[f"ring {ring}"] = labels.ring_label(ring, translate)
    return shown


def test_every_code_of_every_code_list_is_in_the_catalogue() -> None:
    dutch = _every_label(lambda _context, text: text)
    assert all(text.strip() for text in dutch.values())
    # Codes that get stored or shown and belong in the catalogue (a new enum must be added).
    names = {enum.__name__ for enum in labels.labelled_enums()}
    assert {"ClientStatus", "PersonType", "SessionType", "EntryKind", "Function", "TieStatus",
            "Strength", "Capital", "Level", "Frequency", "Reciprocity", "RoleStatus",
            "Pile", "TalentGroup"} <= names


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_code_has_a_translated_label(lang: str, translators) -> None:
    translator = translators[lang]
    missing = [key for key, _ in _every_label(lambda c, t: t).items()
               if not _translated(translator, key)]
    assert not missing, f"{lang}: no translated label for {missing}"


def _translated(translator, key: str) -> bool:
    enum_name, _, member = key.partition(".")
    if enum_name.startswith("ring "):
        text = labels.ring_label(int(enum_name.split()[1]), lambda c, t: t)
    else:
        enum = next(e for e in labels.labelled_enums() if e.__name__ == enum_name)
        text = labels.source(enum[member])
    return bool(translator.translate(labels.CONTEXT, text).strip())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_built_in_life_domain_has_a_label(lang: str) -> None:
    for domain_set in domain_sets.builtin_sets():
        for domain in domain_set.domains:
            assert domain.label(lang).strip(), f"{domain_set.key}/{domain.key} has no {lang} label"


def test_labels_follow_the_language_asked(translators) -> None:
    from resokit_desktop.domain.client import ClientStatus

    fr = translators["fr"]
    assert labels.label(ClientStatus.CLOSED, lambda c, t: fr.translate(c, t)) == "Clôturé"
    assert labels.label(ClientStatus.CLOSED) == "Afgesloten"
