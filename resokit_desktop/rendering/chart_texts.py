"""The charts' words (titles, axes, categories) for the Grafieken tab and the printed charts.

Kept free of pyqtgraph and widgets; inside ``web_labels.drawing_language(lang)`` they come in a
printed document's own language.
"""

from __future__ import annotations

from resokit_desktop.domain.web.indicators import Coverage
from resokit_desktop.domain.web.model import Capital, EntryKind
from resokit_desktop.rendering.web_labels import (
    capital_label,
    drawing_date,
    kind_label,
    ring_label,
    translate,
)


def t(text: str) -> str:
    return translate("Charts", text)


def titles() -> dict[str, str]:
    """Chart key → title, in display order (also the export file name's stem)."""
    return {
        "domains": t("Leden per levensdomein"),
        "makeup": t("Hoe dichtbij, wie, betaald?"),
        "coverage": t("Wie geeft welke steun?"),
        "balance": t("Soort band"),
        "change": t("Verandering door de tijd"),
        "reference": t("Netwerkgrootte ter vergelijking"),
    }


def count_axis() -> str:
    return t("Aantal leden")


def ring_text(ring: int) -> str:
    return t("Ring: {ring}").format(ring=ring_label(ring))


def kind_text(kind: EntryKind) -> str:
    return {EntryKind.PERSON: t("Personen"), EntryKind.PLACE: t("Plaatsen"),
            EntryKind.GROUP: t("Groepen en organisaties")}.get(kind, kind_label(kind))


def paid_text(paid: bool) -> str:
    return t("Betaalde hulp") if paid else t("Niet betaald")


def capital_text(capital: Capital) -> str:
    return t("Niet aangeduid") if capital == Capital.UNKNOWN else capital_label(capital)


def coverage_flag(coverage: Coverage) -> str:
    """The words that make an uncovered function stand out (never colour alone)."""
    return {Coverage.NOBODY: t("⚠ Niemand"),
            Coverage.PAID_ONLY: t("⚠ Alleen betaalde hulp")}.get(coverage, "")


def change_series() -> dict[str, str]:
    return {"size": t("Grootte"), "people_score": t("Personen (NDTi)"),
            "places_score": t("Plaatsen (NDTi)"), "domains_used": t("Levensdomeinen gebruikt")}


def change_axis() -> tuple[str, str]:
    return t("Versie van het web (datum)"), t("Aantal")


def reference_rows(size: int, vulnerable: int, rich: int) -> list[tuple[str, int, str]]:
    """(row label, value, number written beside the bar)."""
    return [(t("Dit netwerk"), size, str(size)),
            (t("Kwetsbare situatie"), vulnerable, t("gemiddeld ± {n}").format(n=vulnerable)),
            (t("Rijk netwerk"), rich, t("± {n}").format(n=rich))]


def reference_note() -> str:
    return t("Geen score, enkel ter vergelijking")


def short_date(iso: str) -> str:
    """A version date as the language writes dates (14-03-2026 in Dutch, 14/03/2026 otherwise)."""
    return drawing_date(iso)
