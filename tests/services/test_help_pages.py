"""Help pages ship in nl, fr and en with the same keys, none empty, found as the app finds them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from resokit_desktop.domain.help_text import matches, page_title, parse_blocks
from resokit_desktop.i18n import LANGUAGES
from resokit_desktop.resources import resources_dir
from resokit_desktop.services import help_service
from resokit_desktop.services.reflection_service import question_keys


def test_every_page_exists_in_every_language_through_the_apps_resource_lookup() -> None:
    for lang in LANGUAGES:
        folder = help_service.help_dir(lang)
        assert folder == resources_dir() / "help" / lang
        names = {path.stem for path in folder.glob("*.md")}
        assert names == set(help_service.PAGE_KEYS), (lang, names ^ set(help_service.PAGE_KEYS))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_is_empty_and_each_has_a_title_and_sections(lang) -> None:
    for key in help_service.PAGE_KEYS:
        text = help_service.page_text(lang, key)
        blocks = parse_blocks(text)
        assert page_title(text), (lang, key)
        assert sum(block.kind == "heading" and block.level == 2 for block in blocks) >= 1, key
        assert len(" ".join(block.text for block in blocks)) > 400, (lang, key)


def test_pages_are_written_in_their_own_language() -> None:
    """A French or English page is not the Dutch one left untranslated."""
    for key in help_service.PAGE_KEYS:
        dutch = help_service.page_text("nl", key)
        for lang in ("fr", "en"):
            assert help_service.page_text(lang, key) != dutch, (lang, key)
        assert page_title(help_service.page_text("fr", key)) != page_title(dutch), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_method_page_covers_the_methods_topics(lang) -> None:
    words = {
        "nl": ["steunfuncties", "bonding", "bridging", "linking", "lichte", "slapende", "rollen",
               "regie"],
        "fr": ["fonctions", "bonding", "bridging", "linking", "légers", "sommeil", "rôles",
               "maîtrise"],
        "en": ["functions", "bonding", "bridging", "linking", "light", "dormant", "roles",
               "control"],
    }[lang]
    text = help_service.page_text(lang, "method").lower()
    missing = [word for word in words if word not in text]
    assert not missing, (lang, missing)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_models_page_names_seven_models_each_with_strengths_and_pitfalls(lang) -> None:
    blocks = parse_blocks(help_service.page_text(lang, "models"))
    models = [block.text for block in blocks if block.kind == "heading" and block.level == 2]
    assert [title.split(".")[0] for title in models] == [str(n) for n in range(1, 8)]
    bullets = [block.text for block in blocks if block.kind == "bullet"]
    assert len(bullets) == 21  # strengths, pitfalls, conditions for each model


def test_search_matches_whole_page_text_in_each_language() -> None:
    assert help_service.search("fr", "gentrification") == ["models"]
    assert help_service.search("en", "gentrification") == ["models"]
    assert help_service.search("nl", "xylofoon") == []
    assert matches("Un réseau solide", "RESEAU solide")
    assert not matches("Un réseau solide", "réseau fragile")


def test_the_checklist_has_the_same_questions_in_every_language() -> None:
    keys = question_keys("nl")
    assert len(keys) == len(set(keys)) >= 18
    for lang in LANGUAGES:
        assert question_keys(lang) == keys, lang
        texts = json.loads((help_service.help_dir(lang) / "reflection_checklist.json")
                           .read_text(encoding="utf-8"))
        assert set(texts["answers"]) == {"yes", "partly", "not_yet"}
        assert all(texts["answers"].values()) and len(texts["columns"]) == 4


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", help_service.GUIDE_PAGES)
def test_each_conversation_guide_prints_on_one_page(tmp_path: Path, lang, key) -> None:
    pdf = help_service.crib_sheet_pdf(lang, key)
    path = tmp_path / f"{key}-{lang}.pdf"
    path.write_bytes(pdf)
    reader = PdfReader(path)
    assert len(reader.pages) == 1, (lang, key)
    text = " ".join(reader.pages[0].extract_text().split())
    title = page_title(help_service.page_text(lang, key))
    assert " ".join(title.split()) in text  # French keeps a no-break space before ":"
    # every question of the guide is on the sheet
    for block in parse_blocks(help_service.page_text(lang, key)):
        if block.kind == "bullet":
            assert " ".join(block.text.split()[:4]) in text, (lang, key, block.text)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")],
                   check=True, timeout=60)
    assert (tmp_path / "page-1.png").stat().st_size > 5000
