"""The in-app help: the shipped pages per language, which page belongs to which screen, search."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from resokit_desktop.domain.help_text import matches, page_title
from resokit_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES
from resokit_desktop.reports.blocks import Document
from resokit_desktop.reports.help_sheets import crib_sheet_document
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.resources import resources_dir

# Every page, in the order the help window lists them: the method, the conversation guides,
# the working models and the team's reflection, then one page per screen.
METHOD_PAGES = ("method", "models", "reflection")
GUIDE_PAGES = ("guide_web", "guide_talents", "guide_roles", "guide_buurtkaart")
SCREEN_PAGES = ("overview", "sessions", "inclusion_web", "talents", "roles", "buurtkaart",
                "charts", "register", "settings")
PAGE_KEYS = (*METHOD_PAGES, *GUIDE_PAGES, *SCREEN_PAGES)
# The page F1 opens where no screen has its own page (no client chosen yet).
START_PAGE = "method"


def help_dir(lang: str) -> Path:
    """The folder of one language's pages (resources/help/<lang>/, shipped in the wheel)."""
    return resources_dir() / "help" / (lang if lang in LANGUAGES else DEFAULT_LANGUAGE)


@cache
def _read(lang: str, key: str) -> str:
    return (help_dir(lang) / f"{key}.md").read_text(encoding="utf-8")


def page_text(lang: str, key: str) -> str:
    """A page's text (light markdown); the start page for an unknown key."""
    return _read(lang, key if key in PAGE_KEYS else START_PAGE)


def page_for_screen(screen_key: str | None) -> str:
    """The page F1 opens on a screen (a dossier tab key, "register", "settings")."""
    return screen_key if screen_key in SCREEN_PAGES else START_PAGE


def titles(lang: str) -> list[tuple[str, str]]:
    """(key, title) of every page, in listing order."""
    return [(key, page_title(page_text(lang, key))) for key in PAGE_KEYS]


def search(lang: str, query: str) -> list[str]:
    """The keys of the pages whose text holds every word of the query, in listing order."""
    return [key for key in PAGE_KEYS if matches(page_text(lang, key), query)]



def crib_sheet(lang: str, key: str, organisation_name: str = "") -> Document:
    """A conversation guide laid out as a one-page sheet in ``lang``."""
    return crib_sheet_document(page_text(lang, key), ReportTexts(lang), organisation_name)


def crib_sheet_pdf(lang: str, key: str, organisation_name: str = "") -> bytes:
    """A conversation guide as a one-page PDF in ``lang``."""
    # lazy: fpdf2 loads when a sheet is first saved, not with the help window
    from resokit_desktop.reports.pdf_render import render_pdf

    return render_pdf(crib_sheet(lang, key, organisation_name))
