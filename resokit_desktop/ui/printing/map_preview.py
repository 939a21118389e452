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

_tr = translator("MapPreview")


class MapSheetPreviewDialog(_ClientPreview):
    """The buurtkaart alone, scaled to fit the chosen paper."""

    def __init__(self, db: sqlite_utils.Database, client_id: int, version_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, client_id, parent)
        self.setObjectName("map_sheet_preview")
        self.setWindowTitle(_tr("Buurtkaart afdrukken"))
        versions = [(row.id, row.version_date)
                    for row in map_service.list_versions(db, client_id)]
        self.sheet_options(versions, version_id, remembered("map_paper", "A4"), landscape=True)

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
