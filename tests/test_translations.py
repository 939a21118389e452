"""The i18n/*.ts files are kept current with the code, and they compile and load in the app."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "scripts" / "update_translations.py")
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)

Message = tuple[str, str, str]  # (context, source, disambiguation comment)


def messages(ts_file: Path) -> set[Message]:
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.add((name, message.findtext("source", ""), message.findtext("comment", "")))
    return found


def translations(ts_file: Path) -> dict[Message, str]:
    result = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and (node.text or "").strip():
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                result[key] = node.text
    return result


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_ts_file_is_up_to_date_with_the_source(lang: str, tmp_path: Path) -> None:
    committed = update_translations.ts_path(lang)
    assert committed.exists(), (
        f"{committed.relative_to(ROOT)} is missing: run scripts/update_translations.py")
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    update_translations.update_ts(fresh, lang)
    now, before = messages(fresh), messages(committed)
    new, gone = sorted(now - before), sorted(before - now)
    assert not new and not gone, (
        f"{committed.relative_to(ROOT)} is out of date with resokit_desktop/: "
        f"{len(new)} new string(s) {new[:3]}, {len(gone)} gone {gone[:3]}; "
        "run .venv/bin/python scripts/update_translations.py and commit i18n/")


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_updating_keeps_existing_translations(lang: str, tmp_path: Path) -> None:
    committed = update_translations.ts_path(lang)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    update_translations.update_ts(fresh, lang)
    kept = translations(fresh)
    for key, text in translations(committed).items():
        if key in messages(fresh):
            assert kept.get(key) == text, f"{lang}: translation of {key} lost by lupdate"


def test_a_new_string_is_added_and_a_translation_survives(tmp_path: Path) -> None:
    """The update tool itself: new strings come in, translations stay, vanished ones go."""
    module = tmp_path / "sample.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "A = QCoreApplication.translate('Sample', 'Opslaan')\n"
        "B = QCoreApplication.translate('Sample', 'Verwijderen')\n", encoding="utf-8")
    ts = tmp_path / "resokit_fr.ts"
    update_translations.update_ts(ts, "fr", [module])
    assert messages(ts) == {("Sample", "Opslaan", ""), ("Sample", "Verwijderen", "")}
    ts.write_text(ts.read_text(encoding="utf-8").replace(
        "<source>Opslaan</source>\n        <translation type=\"unfinished\"></translation>",
        "<source>Opslaan</source>\n        <translation>Enregistrer</translation>"),
        encoding="utf-8")
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "A = QCoreApplication.translate('Sample', 'Opslaan')\n"
        "C = QCoreApplication.translate('Sample', 'Afdrukken')\n", encoding="utf-8")
    update_translations.update_ts(ts, "fr", [module])
    assert messages(ts) == {("Sample", "Opslaan", ""), ("Sample", "Afdrukken", "")}
    assert translations(ts) == {("Sample", "Opslaan", ""): "Enregistrer"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_catalogue_compiles_on_demand_and_loads(lang: str, qapp) -> None:
    from PySide6.QtCore import QTranslator

    from resokit_desktop import i18n, paths

    paths.set_application_identity()
    qm = i18n.compiled_catalogue(lang)
    assert qm is not None and qm.exists(), f"no compiled catalogue for {lang}"
    assert ROOT / "i18n" not in qm.parents, "a .qm was written into i18n/ (build outputs only)"
    assert QTranslator().load(str(qm))
