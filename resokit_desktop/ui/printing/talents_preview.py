"""Preview of "Mijn talenten": the client's sorted cards on one page, in the client's language.

The preview draws the sheet as it is saved and printed: the same cards (examples left out when
they did not fit) at the same large type size and number of columns as the PDF.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from resokit_desktop.reports.blocks import Document
from resokit_desktop.reports.talents_sheet import printed_sheet, talents_sheet_pdf
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services import talent_service
from resokit_desktop.translation import translator
from resokit_desktop.ui.printing.printables_preview import _ClientPreview
from resokit_desktop.ui.printing.qt_print import apply_page_setup, paint_document
from resokit_desktop.ui.talents.talent_texts import ui_language

_tr = translator("TalentsPreview")


class TalentsPreviewDialog(_ClientPreview):
    """One page for the person; the language starts as the client's (else the window's)."""

    def __init__(self, db: sqlite_utils.Database, client_id: int, sort_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, client_id, parent)
        self.setWindowTitle(_tr("Mijn talenten afdrukken"))
        self.sort_id = sort_id
        self.large_type: tuple[float, int] = (18.0, 1)
        lang = talent_service.client_language(db, client_id, ui_language())
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(lang), 0))
        self._common_options()

    def make_document(self) -> Document:
        if self.document is not None:
            return self.document
        sheet = talent_service.sheet_piles(self.db, self.client_id, self.lang, self.sort_id)
        printed = printed_sheet(sheet, self.header(), ReportTexts(self.lang))
        self.large_type = (printed.size, printed.columns)
        self.document = printed.document
        return self.document

    def paint(self, printer: QPrinter) -> None:
        """Draw the page at the saved PDF's type size (not the normal size of other prints)."""
        if self.document is None:
            self.document = self.make_document()
        apply_page_setup(printer, self.document)
        self.pages_painted = paint_document(self.document, printer, self.large_type)

    def build_pdf(self) -> Callable[[], bytes]:
        sheet = talent_service.sheet_piles(self.db, self.client_id, self.lang, self.sort_id)
        header, lang = self.header(), self.lang

        def build() -> bytes:
            return talents_sheet_pdf(sheet, header, ReportTexts(lang))

        return build

    def default_file_name(self) -> str:
        return _tr("mijn-talenten") + ".pdf"
