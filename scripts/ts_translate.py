"""List the untranslated messages of an i18n/*.ts file, and fill translations in from a TSV file.

The .ts files are the one source of translations; this only edits them (Qt Linguist does too).

    .venv/bin/python scripts/ts_translate.py list fr > todo-fr.tsv    # context, source, comment
    (write the French text in the 4th column of each line)
    .venv/bin/python scripts/ts_translate.py apply fr todo-fr.tsv
    .venv/bin/python scripts/ts_translate.py source nl               # Dutch: translation = source
    .venv/bin/python scripts/update_translations.py                   # lupdate tidies the file

Newlines and tabs inside a text are written as \\n and \\t. A translation must keep the source's
placeholders (%1, %n, {name}); apply refuses one that does not.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?:![rs])?(?::[^{}]*)?\}")


def ts_path(lang: str) -> Path:
    return ROOT / "i18n" / f"resokit_{lang}.ts"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\nt])", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], text)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _key(name: str, message: ET.Element) -> tuple[str, str, str]:
    return name, message.findtext("source", ""), message.findtext("comment", "")


def _set(message: ET.Element, text: str) -> None:
    node = message.find("translation")
    if node is None:
        node = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        forms = text.split(" ‖ ")
        for child in list(node):
            node.remove(child)
        node.text = None
        for form in forms:
            ET.SubElement(node, "numerusform").text = form
    else:
        node.text = text
    node.attrib.pop("type", None)


def _write(tree: ET.ElementTree, path: Path) -> None:
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")


def list_unfinished(lang: str, everything: bool = False) -> list[str]:
    lines = []
    for name, message in _messages(ET.parse(ts_path(lang))):
        node = message.find("translation")
        if everything or node is None or node.get("type") == "unfinished":
            context, source, comment = _key(name, message)
            current = "" if node is None else " ‖ ".join(
                f.text or "" for f in node.iter("numerusform")) or (node.text or "")
            lines.append("\t".join(_escape(x) for x in (context, source, comment, current)))
    return lines


def apply(lang: str, rows: list[str]) -> list[str]:
    """Set the translations given as TSV rows; returns problems (rows not used)."""
    wanted: dict[tuple[str, str, str], str] = {}
    problems = []
    for row in rows:
        if not row.strip():
            continue
        parts = [_unescape(p) for p in row.rstrip("\n").split("\t")]
        if len(parts) != 4 or not parts[3].strip():
            problems.append(f"no translation: {row.strip()[:80]}")
            continue
        context, source, comment, text = parts
        if placeholders(source) != placeholders(text.replace(" ‖ ", " ")) and " ‖ " not in text:
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
            continue
        wanted[(context, source, comment)] = text
    tree = ET.parse(ts_path(lang))
    for name, message in _messages(tree):
        key = _key(name, message)
        if key in wanted:
            _set(message, wanted.pop(key))
    problems += [f"not in {ts_path(lang).name}: {key}" for key in wanted]
    _write(tree, ts_path(lang))
    return problems


def finish_source(lang: str) -> None:
    """The source language's file: every translation is its source text."""
    tree = ET.parse(ts_path(lang))
    for _name, message in _messages(tree):
        source = message.findtext("source", "")
        _set(message, " ‖ ".join([source, source]) if message.get("numerus") == "yes" else source)
    _write(tree, ts_path(lang))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="print untranslated messages as TSV")
    listing.add_argument("lang")
    listing.add_argument("--all", action="store_true", help="every message, with its text")
    applying = sub.add_parser("apply", help="set translations from a TSV file")
    applying.add_argument("lang")
    applying.add_argument("tsv", type=Path)
    source = sub.add_parser("source", help="set translation = source (the Dutch file)")
    source.add_argument("lang")
    args = parser.parse_args(argv)
    if args.command == "list":
        print("\n".join(list_unfinished(args.lang, args.all)))
    elif args.command == "apply":
        problems = apply(args.lang, args.tsv.read_text(encoding="utf-8").splitlines())
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    else:
        finish_source(args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
