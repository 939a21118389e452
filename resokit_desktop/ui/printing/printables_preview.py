"""Previews of the smaller printables: the inclusieweb alone, two versions compared, a role plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import sqlite_utils
from PySide6.QtWidgets import QCheckBox, QWidget

from resokit_desktop.domain.web.comparison import compare_versions
from resokit_desktop.rendering.web_picture import render_web_picture
from resokit_desktop.reports.blocks import Document
from resokit_desktop.reports.printables import (
    comparison_document,
    empty_document,
    role_plan_document,
    web_sheet_document,
)
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services import summary_service
from resokit_desktop.translation import translator
from resokit_desktop.ui.printing.preview_dialog import (
    DocumentPreviewDialog,
    language_combo,
    remember,
    remembered,
)
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

CONTEXT = "PrintablesPreview"


_tr = translator(CONTEXT)


class _ClientPreview(DocumentPreviewDialog):
    """Shared options of every printable about one client: initials and language."""

    def __init__(self, db: sqlite_utils.Database, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.client_id = client_id
        self.initials_box = QCheckBox(_tr("Enkel initialen"), self.options_bar)
        self.initials_box.setObjectName("initials_box")
        self.initials_box.setChecked(str(remembered("summary_initials", "false")) == "true")
        self.language_combo = language_combo(str(remembered("summary_language", "nl")))
        self.language_combo.setObjectName("language_combo")

    def sheet_options(self, versions: list[tuple[int, str]], version_id: int | None,
                      paper: str, landscape: bool) -> None:
        """The choices of a one-page picture (web, buurtkaart): which version (newest first),
        A4 or A3, portrait or landscape; each change redraws the page."""
        self.version_combo = ComboBox(self.options_bar)
        self.version_combo.setObjectName("version_combo")
        for vid, when in reversed(versions):
            self.version_combo.addItem(ReportTexts(self.lang).date(when, long=False), vid)
        if version_id is not None:
            self.version_combo.setCurrentIndex(max(self.version_combo.findData(version_id), 0))
        self.paper_combo = ComboBox(self.options_bar)
        self.paper_combo.setObjectName("paper_combo")
        self.paper_combo.addItem("A4", "A4")
        self.paper_combo.addItem("A3", "A3")
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(paper), 0))
        self.orientation_combo = ComboBox(self.options_bar)
        self.orientation_combo.setObjectName("orientation_combo")
        self.orientation_combo.addItem(_tr("Staand"), False)
        self.orientation_combo.addItem(_tr("Liggend"), True)
        self.orientation_combo.setCurrentIndex(1 if landscape else 0)
        self.add_option(_tr("Versie:"), self.version_combo)
        self.add_option(_tr("Papier:"), self.paper_combo)
        self.add_option("", self.orientation_combo)
        for combo in (self.version_combo, self.paper_combo, self.orientation_combo):
            combo.currentIndexChanged.connect(self._changed)
        self._common_options()

    def _common_options(self) -> None:
        self.add_option("", self.initials_box)
        self.add_option(_tr("Taal:"), self.language_combo)
        self.finish_options()
        self.initials_box.toggled.connect(self._changed)
        self.language_combo.currentIndexChanged.connect(self._changed)

    @property
    def lang(self) -> str:
        return str(self.language_combo.currentData())

    def header(self):
        return summary_service.sheet_header(self.db, self.client_id,
                                            self.initials_box.isChecked())

    def _changed(self, *_args) -> None:
        self.document = None
        self.refresh()

    def build_pdf(self) -> Callable[[], bytes]:
        document = self.make_document()

        def build() -> bytes:
            # lazy: fpdf2 (and the PDF code) load when a PDF is first made, not at start-up
            from resokit_desktop.reports.summary_pdf import render

            return render(document)

        return build


class WebSheetPreviewDialog(_ClientPreview):
    """The inclusieweb alone on A4 or A3, portrait or landscape, scaled to fit."""

    def __init__(self, db: sqlite_utils.Database, client_id: int, version_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, client_id, parent)
        self.setWindowTitle(_tr("Inclusieweb afdrukken"))
        self.sheet_options(summary_service.web_version_dates(db, client_id), version_id,
                           remembered("web_paper", "A4"),
                           str(remembered("web_landscape", "false")) == "true")

    def _changed(self, *_args) -> None:
        remember("web_paper", self.paper_combo.currentData())
        remember("web_landscape", "true" if self.orientation_combo.currentData() else "false")
        super()._changed()

    def make_document(self) -> Document:
        if self.document is not None:
            return self.document
        header = self.header()
        texts = ReportTexts(self.lang)
        version_id = self.version_combo.currentData()
        if version_id is None:
            return empty_document("web", header, texts)
        version = summary_service.load_web_version(self.db, version_id)
        landscape = bool(self.orientation_combo.currentData())
        picture = render_web_picture(version, self.lang, landscape=landscape,
                                     initials_only=self.initials_box.isChecked())
        self.document = web_sheet_document(
            picture, version.version_date, header, texts, str(self.paper_combo.currentData()),
            landscape)
        return self.document

    def default_file_name(self) -> str:
        return _tr("inclusieweb") + f"-{self.version_combo.currentText() or 'leeg'}.pdf"


class ComparisonPreviewDialog(_ClientPreview):
    """Two web versions compared: what changed, the figures of both, and both drawings."""

    def __init__(self, db: sqlite_utils.Database, client_id: int,
                 earlier_id: int | None = None, later_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, client_id, parent)
        self.setWindowTitle(_tr("Vergelijking afdrukken"))
        versions = summary_service.web_version_dates(db, client_id)
        self.earlier_combo = ComboBox(self.options_bar)
        self.earlier_combo.setObjectName("earlier_combo")
        self.later_combo = ComboBox(self.options_bar)
        self.later_combo.setObjectName("later_combo")
        for vid, when in versions:
            label = ReportTexts(self.lang).date(when, long=False)
            self.earlier_combo.addItem(label, vid)
            self.later_combo.addItem(label, vid)
        self.earlier_combo.setCurrentIndex(
            self.earlier_combo.findData(earlier_id) if earlier_id else max(len(versions) - 2, 0))
        self.later_combo.setCurrentIndex(
            self.later_combo.findData(later_id) if later_id else len(versions) - 1)
        self.add_option(_tr("Van:"), self.earlier_combo)
        self.add_option(_tr("Tot:"), self.later_combo)
        for combo in (self.earlier_combo, self.later_combo):
            combo.currentIndexChanged.connect(self._changed)
        self._common_options()

    def make_document(self) -> Document:
        if self.document is not None:
            return self.document
        header = self.header()
        earlier_id, later_id = self.earlier_combo.currentData(), self.later_combo.currentData()
        if earlier_id is None or later_id is None or earlier_id == later_id:
            return empty_document("comparison", header, ReportTexts(self.lang))
        comparison, earlier, later = summary_service.comparison_source(
            self.db, earlier_id, later_id, self.lang)
        changes = compare_versions(earlier, later)
        initials = self.initials_box.isChecked()
        comparison = replace(
            comparison,
            earlier=render_web_picture(earlier, self.lang, initials_only=initials,
                                       markers={i: "lost" for i in changes.lost}),
            later=render_web_picture(later, self.lang, initials_only=initials,
                                     markers={i: changes.marker(i) for i in later.members
                                              if changes.marker(i)}))
        self.document = comparison_document(comparison, header, ReportTexts(self.lang))
        return self.document

    def default_file_name(self) -> str:
        return _tr("vergelijking") + ".pdf"


class RolePlanPreviewDialog(_ClientPreview):
    """One role plan on one page, in plain language, to hand to the person."""

    def __init__(self, db: sqlite_utils.Database, client_id: int, plan_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, client_id, parent)
        self.setWindowTitle(_tr("Rolplan afdrukken"))
        self.plan_combo = ComboBox(self.options_bar)
        self.plan_combo.setObjectName("plan_combo")
        self._plans = dict(summary_service.role_plans_for_print(db, client_id, self.lang))
        for pid, line in self._plans.items():
            self.plan_combo.addItem(line.title, pid)
        if plan_id is not None:
            self.plan_combo.setCurrentIndex(max(self.plan_combo.findData(plan_id), 0))
        self.add_option(_tr("Rolplan:"), self.plan_combo)
        self.plan_combo.currentIndexChanged.connect(self._changed)
        self._common_options()

    def make_document(self) -> Document:
        if self.document is not None:
            return self.document
        header = self.header()
        plans = dict(summary_service.role_plans_for_print(self.db, self.client_id, self.lang))
        plan = plans.get(self.plan_combo.currentData())
        texts = ReportTexts(self.lang)
        if plan is None:
            return empty_document("role_plan", header, texts)
        self.document = role_plan_document(plan, header, texts)
        return self.document

    def default_file_name(self) -> str:
        return _tr("rolplan") + ".pdf"
