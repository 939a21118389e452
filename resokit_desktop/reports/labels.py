"""Translated labels for codes in printed documents (session types, statuses, functions)."""

from __future__ import annotations

from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "ReportLabels"


# The one list of session-type names, for the window as well as for paper: the screen
# translates these sources in CONTEXT with the window's language (see session_type_source).
def session_type(texts: ReportTexts, code: str) -> str:
    labels = {
        "intake": texts.translate(CONTEXT, "Kennismaking"),
        "follow_up": texts.translate(CONTEXT, "Opvolggesprek"),
        "evaluation": texts.translate(CONTEXT, "Evaluatie"),
        "other": texts.translate(CONTEXT, "Ander gesprek"),
    }
    return labels.get(code, code)


class _SourceTexts:
    """Stands in for ReportTexts to read the untranslated (Dutch source) names."""

    @staticmethod
    def translate(_context: str, text: str) -> str:
        return text


def session_type_source(code: str) -> str:
    """The Dutch source of a session type's name, to translate in CONTEXT elsewhere."""
    return session_type(_SourceTexts(), code)  # type: ignore[arg-type]


def role_status(texts: ReportTexts, code: str) -> str:
    labels = {
        "idea": texts.translate(CONTEXT, "idee"),
        "exploring": texts.translate(CONTEXT, "verkennen"),
        "started": texts.translate(CONTEXT, "gestart"),
        "active": texts.translate(CONTEXT, "actief"),
        "evaluated": texts.translate(CONTEXT, "geëvalueerd"),
        "stopped": texts.translate(CONTEXT, "gestopt"),
    }
    return labels.get(code, code)


def role_setting(texts: ReportTexts, code: str) -> str:
    labels = {
        "organisation": texts.translate(CONTEXT, "in de organisatie"),
        "neighbourhood": texts.translate(CONTEXT, "in de buurt"),
        "wider": texts.translate(CONTEXT, "ruimer dan de buurt"),
    }
    return labels.get(code, code)


def function_name(texts: ReportTexts, code: str) -> str:
    labels = {
        "practical": texts.translate(CONTEXT, "praktische hulp"),
        "emotional": texts.translate(CONTEXT, "steun en begrip"),
        "advice": texts.translate(CONTEXT, "raad en informatie"),
        "companionship": texts.translate(CONTEXT, "gezelschap"),
    }
    return labels.get(code, code)


def good_thing(texts: ReportTexts, code: str) -> str:
    labels = {
        "status": texts.translate(CONTEXT, "aanzien"),
        "experience": texts.translate(CONTEXT, "ervaring"),
        "relations": texts.translate(CONTEXT, "relaties en contacten"),
        "self_confidence": texts.translate(CONTEXT, "zelfvertrouwen"),
        "respect": texts.translate(CONTEXT, "respect"),
        "voice": texts.translate(CONTEXT, "een stem"),
        "freedom": texts.translate(CONTEXT, "vrijheid"),
        "opportunities": texts.translate(CONTEXT, "kansen"),
        "growth": texts.translate(CONTEXT, "persoonlijke groei"),
        "material": texts.translate(CONTEXT, "materiële dingen"),
    }
    return labels.get(code, code)


def barrier(texts: ReportTexts, code: str) -> str:
    labels = {
        "money": texts.translate(CONTEXT, "geld"),
        "transport": texts.translate(CONTEXT, "vervoer"),
        "language": texts.translate(CONTEXT, "taal"),
        "fear": texts.translate(CONTEXT, "angst"),
        "stigma": texts.translate(CONTEXT, "stigma"),
        "other": texts.translate(CONTEXT, "iets anders"),
    }
    return labels.get(code, code)
