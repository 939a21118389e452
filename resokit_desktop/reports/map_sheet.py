"""The buurtkaart printed on a page of its own (A4 or A3, landscape by default): the drawn map
with its legend, scaled to fit."""

from __future__ import annotations

from resokit_desktop.domain.summary import WebImage
from resokit_desktop.reports.blocks import Document, Paragraph, Picture
from resokit_desktop.reports.printables import SheetHeader, _document
from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "MapSheetReport"


def map_sheet_document(image: WebImage | None, map_date: str | None, header: SheetHeader,
                       texts: ReportTexts, paper: str = "A4",
                       landscape: bool = True) -> Document:
    """One page: title, who and when, the map; a line saying so when there is no map yet."""
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    lines = [t("Van: {name}").format(name=header.client_label)]
    if map_date:
        lines.append(t("Getekend op {date}").format(date=texts.date(map_date)))
    doc = _document(t("Buurtkaart"), lines, header, texts, paper, landscape)
    if image is None:
        doc.add(Paragraph(t("Er is nog geen buurtkaart getekend."), "muted"))
    else:
        doc.add(Picture(image, ""))
    return doc
