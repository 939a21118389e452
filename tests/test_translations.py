"""The i18n/*.ts files are kept current with the code, and they compile and load in the app."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "scripts" / "update_translations.py")
update_translations = importlib.util.module_from_spec(_spec)
sys.modules["update_translations"] = update_translations  # dataclasses look their module up
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


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each committed .ts, copied and run through the update tool once (lupdate is slow-ish)."""
    folder = tmp_path_factory.mktemp("refreshed-ts")
    result = {}
    for lang in update_translations.LANGUAGES:
        committed = update_translations.ts_path(lang)
        if committed.exists():
            result[lang] = folder / committed.name
            shutil.copy(committed, result[lang])
            update_translations.update_ts(result[lang], lang)
    return result


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_ts_file_is_up_to_date_with_the_source(lang: str, refreshed: dict[str, Path]) -> None:
    committed = update_translations.ts_path(lang)
    assert committed.exists(), (
        f"{committed.relative_to(ROOT)} is missing: run scripts/update_translations.py")
    fresh = refreshed[lang]
    now, before = messages(fresh), messages(committed)
    new, gone = sorted(now - before), sorted(before - now)
    assert not new and not gone, (
        f"{committed.relative_to(ROOT)} is out of date with resokit_desktop/: "
        f"{len(new)} new string(s) {new[:3]}, {len(gone)} gone {gone[:3]}; "
        "run .venv/bin/python scripts/update_translations.py and commit i18n/")


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_updating_keeps_existing_translations(lang: str, refreshed: dict[str, Path]) -> None:
    committed = update_translations.ts_path(lang)
    fresh = refreshed[lang]
    kept, still_used = translations(fresh), messages(fresh)
    for key, text in translations(committed).items():
        if key in still_used:
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


def test_helpers_and_constant_contexts_are_found(tmp_path: Path) -> None:
    """The team's patterns: a module helper _tr(), a CONTEXT constant, self.tr() in a class."""
    (tmp_path / "labels.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'Report'\n"
        "def _tr(text):\n"
        "    '''Translate in this module's context.'''\n"
        "    return QCoreApplication.translate('Panel', text)\n"
        "def footer(texts):\n"
        "    return texts.translate(CONTEXT, 'Vertrouwelijk')\n"
        "class Panel:\n"
        "    def title(self):\n"
        "        return self.tr('Gesprekken') + _tr('Opslaan')\n", encoding="utf-8")
    (tmp_path / "other.py").write_text(
        "from labels import _tr\n"
        "LABEL = _tr('Zoeken')\n", encoding="utf-8")
    found, problems = update_translations.find_messages(
        sorted(tmp_path.glob("*.py")), tmp_path)
    assert {(m.context, m.source) for m in found} == {
        ("Report", "Vertrouwelijk"), ("Panel", "Gesprekken"), ("Panel", "Opslaan"),
        ("Panel", "Zoeken")}
    assert problems == []


def test_no_text_is_hidden_from_the_translators() -> None:
    """An f-string or a variable given to tr()/translate()/_tr() can never be translated."""
    _found, problems = update_translations.find_messages(update_translations.source_files())
    assert not problems, "texts the translation tools cannot see (use a literal + .format()):\n" \
        + "\n".join(f"{p.where}: {p.text}" for p in problems)


def test_a_helper_string_is_translated_at_run_time(tmp_path: Path, qapp) -> None:
    """End to end: a string behind a _tr() helper gets its French text from the compiled file."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    # A string that only the helper resolution finds (plain lupdate sees literal calls only).
    found = update_translations.find_messages(update_translations.source_files())[0]
    in_file = messages(update_translations.ts_path("fr"))
    sample = next(m for m in sorted(found) if (m.context, m.source, "") in in_file
                  and m.context in ("MainWindow", "SessionsTab", "ClientForm", "ReportLabels"))
    ts = tmp_path / "resokit_fr.ts"
    shutil.copy(update_translations.ts_path("fr"), ts)
    text = ts.read_text(encoding="utf-8")
    marker = f"<name>{sample.context}</name>"
    assert marker in text
    before, after = text.split(marker, 1)
    source_xml = sample.source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    head, tail = after.split(f"<source>{source_xml}</source>", 1)
    # Every message is translated now: replace the sample's own translation.
    tail = re.sub(r"<translation[^>]*>[^<]*</translation>",
                  "<translation>TEST-FR</translation>", tail, count=1)
    ts.write_text(before + marker + head + f"<source>{source_xml}</source>" + tail,
                  encoding="utf-8")
    qm = tmp_path / "resokit_fr.qm"
    update_translations.release(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate(sample.context, sample.source) == "TEST-FR"
    finally:
        QCoreApplication.removeTranslator(translator)


PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_every_message_is_finished_and_keeps_its_placeholders(lang: str) -> None:
    """No unfinished, empty, vanished or obsolete message; %1 / {name} survive translation."""
    ts = update_translations.ts_path(lang)
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            kind = None if node is None else node.get("type")
            forms = [] if node is None else ([f.text or "" for f in node.iter("numerusform")]
                                             or [node.text or ""])
            if node is None or kind is not None or not all(f.strip() for f in forms):
                problems.append(f"{name}: {source!r} ({kind or 'empty'})")
            elif any(sorted(PLACEHOLDER.findall(f)) != sorted(PLACEHOLDER.findall(source))
                     for f in forms if message.get("numerus") != "yes"):
                problems.append(f"{name}: {source!r} placeholders differ in {forms!r}")
    assert not problems, (
        f"{ts.name}: {len(problems)} message(s) not done, e.g. {problems[:5]}; translate them "
        "(scripts/ts_translate.py list/apply, or Qt Linguist)")


def test_a_bound_helper_is_found(tmp_path: Path) -> None:
    """The shared helper: `_tr = translator("Ctx")`, also when imported from another module."""
    (tmp_path / "panel.py").write_text(
        "from resokit_desktop.translation import translator\n"
        "_tr = translator('Panel')\n"
        "TITLE = _tr('Gesprekken')\n", encoding="utf-8")
    (tmp_path / "other.py").write_text(
        "from panel import _tr\n"
        "LABEL = _tr('Zoeken')\n", encoding="utf-8")
    found, problems = update_translations.find_messages(sorted(tmp_path.glob("*.py")), tmp_path)
    assert {(m.context, m.source) for m in found} == {("Panel", "Gesprekken"), ("Panel", "Zoeken")}
    assert problems == []


def test_a_cached_catalogue_belongs_to_the_text_it_was_made_from(qapp) -> None:
    """Two checkouts share one cache folder: each finds only the catalogue of its own .ts."""
    from resokit_desktop import i18n, paths

    paths.set_application_identity()
    source = i18n.i18n_dir() / "resokit_fr.ts"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    qm = i18n.compiled_catalogue("fr")
    assert qm is not None and qm.name == f"resokit_fr-{digest}.qm"
