"""The team's reflection checklist (working loneliness-sensitively): answers, dates, print."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import sqlite_utils

from resokit_desktop.reports.blocks import Document
from resokit_desktop.reports.help_sheets import (
    ChecklistLine,
    ChecklistSection,
    ChecklistSheet,
    ChecklistTopic,
    checklist_document,
)
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services.help_service import help_dir
from resokit_desktop.services.summary_service import ORGANISATION_NAME
from resokit_desktop.storage.settings_repo import get_setting, set_setting

# The answers live in the dossier file's settings (one organisation per file), as JSON:
# {question key: {"answer": "yes" | "partly" | "not_yet" | "", "note": str, "date": "YYYY-MM-DD"}}
SETTING_KEY = "reflection.checklist"
ANSWERS = ("yes", "partly", "not_yet")


@dataclass(frozen=True)
class Answer:
    answer: str = ""
    note: str = ""
    date: str = ""


@cache
def checklist(lang: str) -> dict[str, Any]:
    """The checklist's texts in one language (resources/help/<lang>/reflection_checklist.json)."""
    return json.loads((help_dir(lang) / "reflection_checklist.json").read_text(encoding="utf-8"))


def question_keys(lang: str) -> list[str]:
    return [question["key"] for section in checklist(lang)["sections"]
            for topic in section["topics"] for question in topic["questions"]]


class ReflectionService:
    """Reads and writes the team's answers in one open dossier file."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def answers(self) -> dict[str, Answer]:
        stored = get_setting(self.db, SETTING_KEY, {}) or {}
        return {key: Answer(str(value.get("answer", "")), str(value.get("note", "")),
                            str(value.get("date", "")))
                for key, value in stored.items() if isinstance(value, dict)}

    def save(self, key: str, answer: str, note: str, on: date) -> Answer:
        """Keep one question's answer and note, dated ``on`` (the day it was given or changed)."""
        if answer not in ("", *ANSWERS):
            raise ValueError(f"unknown answer {answer!r}")
        stored = get_setting(self.db, SETTING_KEY, {}) or {}
        previous = stored.get(key) or {}
        kept = Answer(answer, note.strip(), previous.get("date", ""))
        if (previous.get("answer", ""), previous.get("note", "")) != (kept.answer, kept.note):
            kept = Answer(kept.answer, kept.note, on.isoformat() if (answer or kept.note) else "")
        stored[key] = {"answer": kept.answer, "note": kept.note, "date": kept.date}
        set_setting(self.db, SETTING_KEY, stored)
        return kept

    def organisation_name(self) -> str:
        return str(get_setting(self.db, ORGANISATION_NAME, "") or "")

    def sheet(self, lang: str) -> ChecklistSheet:
        texts = checklist(lang)
        answers = self.answers()
        labels = texts["answers"]

        def line(question: dict[str, str]) -> ChecklistLine:
            given = answers.get(question["key"], Answer())
            return ChecklistLine(question["text"], labels.get(given.answer, ""),
                                 ReportTexts(lang).date(given.date, long=False), given.note)

        sections = tuple(
            ChecklistSection(section["title"], tuple(
                ChecklistTopic(topic["title"], tuple(line(q) for q in topic["questions"]))
                for topic in section["topics"]))
            for section in texts["sections"])
        return ChecklistSheet(texts["title"], texts["intro"], (),
                              tuple(texts["columns"]), sections)

    def document(self, lang: str) -> Document:
        """The checklist with the team's answers, laid out for printing in ``lang``."""
        return checklist_document(self.sheet(lang), ReportTexts(lang), self.organisation_name())

    def pdf(self, lang: str) -> bytes:
        # lazy: fpdf2 loads when the checklist is first saved, not with its window
        from resokit_desktop.reports.pdf_render import render_pdf

        return render_pdf(self.document(lang))
