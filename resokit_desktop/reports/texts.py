"""Translated text and locale formatting for one printed document, apart from the UI language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QTranslator

from resokit_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, compiled_catalogue

_cache: dict[str, QTranslator | None] = {}


def _translator(lang: str) -> QTranslator | None:
    if lang not in _cache:
        translator = None
        if lang != DEFAULT_LANGUAGE:
            qm = compiled_catalogue(lang)
            candidate = QTranslator()
            if qm is not None and candidate.load(str(qm)):
                translator = candidate
        _cache[lang] = translator
    return _cache[lang]


class ReportTexts:
    """Translate report strings into the document's language (Dutch is the source language).

    A printed summary may be in another language than the window, so this holds its own
    QTranslator instead of the application's installed one.
    """

    def __init__(self, lang: str = DEFAULT_LANGUAGE) -> None:
        self.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        self._translator = _translator(self.lang)
        self._locale = QLocale(self.lang)

    def translate(self, context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if self._translator is not None:
            found = self._translator.translate(context, text, disambiguation, n)
            if found:
                return found
        return text.replace("%n", str(n)) if n >= 0 else text

    def date(self, iso: str | None, long: bool = True) -> str:
        """'2026-11-23' -> '23 november 2026' (nl), '23 novembre 2026' (fr); '' for nothing."""
        if not iso:
            return ""
        day_part, _, time_part = iso.strip().replace("T", " ").partition(" ")
        try:
            parsed = date.fromisoformat(day_part)
        except ValueError:
            return iso
        qdate = QDate(parsed.year, parsed.month, parsed.day)
        # No weekday: a summary reads calmer with the date alone.
        pattern = "d MMMM yyyy" if long else ("dd-MM-yyyy" if self.lang == "nl" else "dd/MM/yyyy")
        text = self._locale.toString(qdate, pattern)
        if time_part:
            text = f"{text}, {time_part[:5]}"
        return text
