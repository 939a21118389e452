"""The charts' words (titles, axes, categories), kept apart so they load without pyqtgraph."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resokit_desktop.domain.web.indicators import Coverage
from resokit_desktop.domain.web.model import Capital, EntryKind
from resokit_desktop.rendering.web_labels import capital_label, kind_label, ring_label


def t(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def titles() -> dict[str, str]:
    """Chart key → title, in display order (also the export file name's stem)."""
    return {
        "domains": t("Leden per levensdomein"),
        "makeup": t("Hoe dichtbij, wie, betaald of niet"),
        "coverage": t("Wie geeft welke steun?"),
        "balance": t("Binden, overbruggen, verbinden"),
        "change": t("Verandering door de tijd"),
        "reference": t("Grootte van het netwerk, ter vergelijking (geen score)"),
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


def reference_rows(size: int, vulnerable: int, rich: int) -> list[tuple[str, int]]:
    return [(t("Dit netwerk: {n}").format(n=size), size),
            (t("Gemiddeld bij mensen in een kwetsbare situatie: ongeveer {n}").format(
                n=vulnerable), vulnerable),
            (t("Een rijk netwerk: ongeveer {n}").format(n=rich), rich)]


def reference_note() -> str:
    return t("Ter vergelijking, geen oordeel: wat het netwerk betekent, zegt de persoon zelf.")
