"""The summary print preview: copy, initials, session and language, then print or save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import sqlite_utils
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QWidget

from resokit_desktop.domain.summary import SummaryCopy, SummaryData, SummaryOptions
from resokit_desktop.reports.blocks import Document
from resokit_desktop.reports.summary_document import summary_document
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services import privacy_review
from resokit_desktop.services.summary_pipeline import prepare_summary
from resokit_desktop.services.summary_service import session_dates
from resokit_desktop.translation import choices, translator
from resokit_desktop.ui.printing.preview_dialog import (
    DocumentPreviewDialog,
    language_combo,
    remember,
    remembered,
)
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

CONTEXT = "SummaryPreview"


_tr = translator(CONTEXT)


def remembered_options() -> SummaryOptions:
    """Initials and language as last chosen; the session is always the latest.

    The copy is never remembered: every print starts on the client copy, the one without the
    worker's private observations, unless the worker chooses otherwise for this print.
    """
    lang = str(remembered("summary_language", QLocale().name()[:2] or "nl"))
    initials = str(remembered("summary_initials", "false")).lower() == "true"
    return SummaryOptions(
        copy=SummaryCopy.CLIENT,
        initials_only=initials, lang=lang if lang in ("nl", "fr", "en") else "nl",
    )


class SummaryPreviewDialog(DocumentPreviewDialog):
    def __init__(self, db: sqlite_utils.Database, client_id: int,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Samenvatting afdrukken"))
        self.db = db
        self.client_id = client_id
        self.today = today
        options = remembered_options()
        self.copy_combo = ComboBox(self.options_bar)
        self.copy_combo.setObjectName("copy_combo")
        for copy_code, copy_label in choices(SummaryCopy):
            self.copy_combo.addItem(copy_label, copy_code)
        self.copy_combo.setCurrentIndex(max(self.copy_combo.findData(options.copy.value), 0))
        self.initials_box = QCheckBox(_tr("Enkel initialen"), self.options_bar)
        self.initials_box.setObjectName("initials_box")
        self.initials_box.setChecked(options.initials_only)
        self.session_combo = ComboBox(self.options_bar)
        self.session_combo.setObjectName("session_combo")
        dates = session_dates(db, client_id)
        for when in dates:
            self.session_combo.addItem(ReportTexts(options.lang).date(when, long=False), when)
        if not dates:
            self.session_combo.addItem(_tr("(nog geen gesprek)"), None)
        self.language_combo = language_combo(options.lang)
        self.language_combo.setObjectName("language_combo")
        self.add_option(_tr("Exemplaar:"), self.copy_combo)
        self.add_option("", self.initials_box)
        self.add_option(_tr("Gesprek:"), self.session_combo)
        self.add_option(_tr("Taal:"), self.language_combo)
        self.finish_options()
        self.data: SummaryData | None = None
        for combo in (self.copy_combo, self.session_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.initials_box.toggled.connect(self._changed)
        self._rebuild()

    def options(self) -> SummaryOptions:
        return SummaryOptions(
            copy=SummaryCopy(self.copy_combo.currentData()),
            initials_only=self.initials_box.isChecked(),
            lang=self.language_combo.currentData(),
            session_date=self.session_combo.currentData(),
        )

    def _changed(self, *_args) -> None:
        options = self.options()
        remember("summary_initials", "true" if options.initials_only else "false")
        remember("summary_language", options.lang)
        self._rebuild()
        self.refresh()

    def _rebuild(self) -> None:
        # Reading the file and drawing the web take milliseconds: done here, on the main thread.
        options = self.options()
        self.data = prepare_summary(self.db, self.client_id, options, self.today)
        self.document = summary_document(self.data, options, ReportTexts(options.lang))

    def make_document(self) -> Document:
        if self.document is None:
            self._rebuild()
        assert self.document is not None
        return self.document

    def build_pdf(self) -> Callable[[], bytes]:
        # The blocks (translated, dated) are made here on the main thread, exactly as previewed;
        # the worker thread only turns them into PDF bytes.
        document = self.make_document()

        def build() -> bytes:
            # lazy: fpdf2 (and the PDF code) load when a PDF is first made, not at start-up
            from resokit_desktop.reports.summary_pdf import render

            return render(document)

        return build

    def default_file_name(self) -> str:
        when = self.session_combo.currentData() or date.today().isoformat()
        # Named by copy, so a worker copy is never mistaken for the one to hand over.
        copy = "worker" if self.copy_combo.currentData() == SummaryCopy.WORKER.value else "client"
        return _tr("samenvatting") + f"-{when}-{copy}.pdf"

    def after_save(self) -> None:
        _audit(self.db, "exported", self.client_id)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if result == self.DialogCode.Accepted:
            _audit(self.db, "printed", self.client_id)
        super().done(result)


def _audit(db: sqlite_utils.Database, event: str, client_id: int) -> None:
    privacy_review.record_event_in(db, event, client_id)
