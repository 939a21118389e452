"""The summary's buurtkaart page: the drawn map and, under it, the places with how the client
relates to them."""

from __future__ import annotations

from resokit_desktop.domain.summary import SummaryData
from resokit_desktop.reports.blocks import Document, Heading, PageBreak, Paragraph, Picture, Table
from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "SummaryReport"
# Statuses and feelings use the screen's context ("MapLabels"): the same words, translated once.


def _status(texts: ReportTexts, code: str) -> str:
    words = {
        "goes_now": texts.translate("MapLabels", "Gaat er nu naartoe"),
        "used_to_go": texts.translate("MapLabels", "Ging er vroeger naartoe (slapend)"),
        "would_like": texts.translate("MapLabels", "Zou er graag naartoe gaan"),
        "avoids": texts.translate("MapLabels", "Mijdt deze plek"),
    }
    return words.get(code, code)


def _feeling(texts: ReportTexts, code: str) -> str:
    words = {
        "safe": texts.translate("MapLabels", "Voelt veilig"),
        "neutral": texts.translate("MapLabels", "Voelt neutraal"),
        "unsafe": texts.translate("MapLabels", "Voelt onveilig"),
    }
    return words.get(code, "")


def map_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    """A page of its own for the buurtkaart, when the client has one with something on it."""
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    if data.map_picture is None:
        return
    doc.add(PageBreak())
    doc.add(Heading(t("Jouw buurt") if plain else t("Buurtkaart")))
    if data.map_date:
        doc.add(Paragraph(t("Zoals getekend op {date}").format(date=texts.date(data.map_date)),
                          "muted"))
    doc.add(Picture(data.map_picture, ""))
    if not data.map_places:
        return
    rows = tuple((place.name, _status(texts, place.status), _feeling(texts, place.feeling),
                  ", ".join(place.with_whom), place.barriers) for place in data.map_places)
    doc.add(Table((t("Plaats"), t("Hoe"), t("Gevoel"), t("Met wie"), t("Drempels")), rows,
                  (0.22, 0.24, 0.16, 0.18, 0.20)))
