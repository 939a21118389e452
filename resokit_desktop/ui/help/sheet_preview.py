"""Print preview of the help's printables (a crib sheet, the reflection list), in any language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from resokit_desktop.i18n import current_language
from resokit_desktop.reports.blocks import Document
from resokit_desktop.translation import translator
from resokit_desktop.ui.printing.preview_dialog import DocumentPreviewDialog, language_combo

_tr = translator("HelpPrint")


class SheetPreviewDialog(DocumentPreviewDialog):
    """Shows the document ``make(lang)`` builds; the language starts as the window's."""

    def __init__(self, title: str, file_name: str, make: Callable[[str], Document],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_sheet_preview")
        self.setWindowTitle(title)
        self.make = make
        self.file_name = file_name
        self.language_combo = language_combo(current_language())
        self.language_combo.setObjectName("language_combo")
        self.add_option(_tr("Taal:"), self.language_combo)
        self.finish_options()
        self.language_combo.currentIndexChanged.connect(lambda _index: self.refresh())

    @property
    def lang(self) -> str:
        return str(self.language_combo.currentData())

    def make_document(self) -> Document:
        return self.make(self.lang)

    def build_pdf(self) -> Callable[[], bytes]:
        document = self.make(self.lang)

        def build() -> bytes:
            # lazy: fpdf2 loads when a PDF is first made, not at start-up
            from resokit_desktop.reports.pdf_render import render_pdf

            return render_pdf(document)

        return build

    def default_file_name(self) -> str:
        return self.file_name
