"""Preview of the buurtkaart on a page of its own: version, A4 or A3, landscape or portrait."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtWidgets import QWidget

from resokit_desktop.rendering.map_picture import render_map_picture
from resokit_desktop.reports.blocks import Document
from resokit_desktop.reports.map_sheet import map_sheet_document
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services import map_service
from resokit_desktop.translation import translator
from resokit_desktop.ui.printing.preview_dialog import remember, remembered
from resokit_desktop.ui.printing.printables_preview import _ClientPreview
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_tr = translator("MapPreview")


class MapSheetPreviewDialog(_ClientPreview):
    """The buurtkaart alone, scaled to fit the chosen paper."""

    def __init__(self, db: sqlite_utils.Database, client_id: int, version_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, client_id, parent)
        self.setObjectName("map_sheet_preview")
        self.setWindowTitle(_tr("Buurtkaart afdrukken"))
        self.version_combo = ComboBox(self.options_bar)
        self.version_combo.setObjectName("version_combo")
        for row in reversed(map_service.list_versions(db, client_id)):
            self.version_combo.addItem(ReportTexts(self.lang).date(row.version_date, long=False),
                                       row.id)
        if version_id is not None:
            self.version_combo.setCurrentIndex(max(self.version_combo.findData(version_id), 0))
        self.paper_combo = ComboBox(self.options_bar)
        self.paper_combo.setObjectName("paper_combo")
        self.paper_combo.addItem("A4", "A4")
        self.paper_combo.addItem("A3", "A3")
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(
            remembered("map_paper", "A4")), 0))
        self.orientation_combo = ComboBox(self.options_bar)
        self.orientation_combo.setObjectName("orientation_combo")
        self.orientation_combo.addItem(_tr("Liggend"), True)
        self.orientation_combo.addItem(_tr("Staand"), False)
        self.add_option(_tr("Versie:"), self.version_combo)
        self.add_option(_tr("Papier:"), self.paper_combo)
        self.add_option("", self.orientation_combo)
        for combo in (self.version_combo, self.paper_combo, self.orientation_combo):
            combo.currentIndexChanged.connect(self._changed)
        self._common_options()

    def _changed(self, *_args) -> None:
        remember("map_paper", self.paper_combo.currentData())
        super()._changed()

    def make_document(self) -> Document:
        if self.document is not None:
            return self.document
        texts = ReportTexts(self.lang)
        version_id = self.version_combo.currentData()
        version = (map_service.load_version(self.db, self.client_id, version_id)
                   if version_id is not None else None)
        picture = (render_map_picture(version, map_service.image(self.db, version.image_id),
                                      self.lang) if version is not None else None)
        self.document = map_sheet_document(
            picture, version.version_date if version is not None else None, self.header(),
            texts, str(self.paper_combo.currentData()), bool(self.orientation_combo.currentData()))
        return self.document

    def default_file_name(self) -> str:
        return _tr("buurtkaart") + f"-{self.version_combo.currentText() or 'leeg'}.pdf"
