"""The dossier's Buurtkaart tab: versions and map choice, the map editor, the side panels.

An ``AutosaveTab`` like the inclusieweb: each change is stored ``SAVE_DELAY_MS`` later; a failed
write waits for Ctrl+S (or the next change) and keeps the map on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.buurtkaart import MAX_MEGAPIXELS, MapVersion
from resokit_desktop.domain.web.model import RegistryEntry
from resokit_desktop.services import map_service
from resokit_desktop.services.map_service import ImageProblem, MapImageError, SaveFailedError
from resokit_desktop.translation import translator
from resokit_desktop.ui.buurtkaart.map_editor import MapEditor
from resokit_desktop.ui.buurtkaart.map_extras import extra_buttons
from resokit_desktop.ui.buurtkaart.map_side import MapLegend, PlacesPanel
from resokit_desktop.ui.buurtkaart.pin_panel import PinPanel
from resokit_desktop.ui.dossier_tabs import register_tab
from resokit_desktop.ui.widgets.autosave_tab import AutosaveTab
from resokit_desktop.ui.widgets.dates import display_date
from resokit_desktop.ui.widgets.flow_layout import flow_bar
from resokit_desktop.ui.widgets.kept_input import KeptInput
from resokit_desktop.ui.widgets.reserved_label import ReservedLabel
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

SAVE_DELAY_MS = 400
BLANK = -1  # the map combo's value for a blank canvas


_t = translator("BuurtkaartTab")


def image_problem_text(error: MapImageError) -> str:
    if error.problem == ImageProblem.TOO_LARGE:
        size = (f" ({error.width} × {error.height})" if error.width else "")
        return _t("Deze afbeelding is te groot{size}: een kaart mag hoogstens {max} megapixel "
                  "zijn. Verklein ze eerst; er is niets veranderd.").format(
            size=size, max=MAX_MEGAPIXELS)
    if error.problem == ImageProblem.CORRUPT:
        return _t("Deze afbeelding is beschadigd of onvolledig en kan niet gelezen worden; er is "
                  "niets veranderd.")
    return _t("Dit bestand is geen PNG- of JPEG-afbeelding; er is niets veranderd.")


def _pair(text: str, field: QWidget) -> QWidget:
    """A label and its field that wrap onto the next line together."""
    pair = QWidget()
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    return pair


class BuurtkaartTab(AutosaveTab):
    """One client's buurtkaart, its versions, and the places around it."""

    retry_failed_saves = False  # the status line asks for Ctrl+S; the next change also saves

    def __init__(self, dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.client_id: int | None = None
        self.version: MapVersion | None = None
        # The last decoded map (id, image): switching between clients on one map decodes once.
        self._decoded: tuple[int | None, object] = (None, None)
        # Today's date (tests pin it): the date of a new version.
        self.today: Callable[[], date] = date.today
        self.editor = MapEditor(self)
        self.editor.make_place = self._make_place
        self.start_autosave(self, SAVE_DELAY_MS, save_on_focus_out=False)
        self._build()
        self.editor.changed.connect(self._on_changed)
        self.editor.message.connect(self.status_label.setText)
        self.editor.selection_changed.connect(self._on_selection)
        self.editor.view.entry_dropped.connect(self._pin_entry)
        self.editor.undo_stack.indexChanged.connect(self._on_undo_index)

    def _on_undo_index(self, _index: int) -> None:
        try:
            self.pin_panel.reload()
        except RuntimeError:  # the panel is already gone while the window closes
            pass

    @property
    def db(self):
        return self.dossier.db

    # Layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.version_combo = ComboBox()
        self.version_combo.setAccessibleName(_t("Versie van de buurtkaart"))
        self.version_combo.setMinimumContentsLength(12)
        self.version_combo.activated.connect(self._on_version_chosen)
        self.new_version_button = QPushButton(_t("Nieuwe versie"))
        self.new_version_button.setToolTip(_t("Een nieuwe versie van vandaag, als kopie van de "
                                              "laatste"))
        self.new_version_button.clicked.connect(lambda: self.new_version())
        self.map_combo = ComboBox()
        self.map_combo.setSizeAdjustPolicy(
            ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.map_combo.setMinimumContentsLength(14)
        self.map_combo.setAccessibleName(_t("Kaart"))
        self.map_combo.activated.connect(self._on_map_chosen)
        self.import_button = QPushButton(_t("Kaart importeren…"))
        self.import_button.setToolTip(_t("Een PNG- of JPEG-stratenplan, één keer ingelezen en "
                                         "bruikbaar voor elke cliënt"))
        self.import_button.clicked.connect(self.ask_import_image)
        self.save_label = QLabel()
        self.save_label.setAccessibleName(_t("Bewaarstatus"))
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        for mode, text, tip in (
                ("select", _t("Kiezen"), _t("Kiezen en slepen (pijltjes verschuiven)")),
                ("place", _t("Plaats"), _t("Klik op de kaart om er een plaats te zetten "
                                           "(of Insert)")),
                ("home", _t("Thuis"), _t("Klik op de kaart waar de cliënt woont")),
                ("boundary", _t("Buurtgrens"), _t("Klik de hoekpunten van de eigen buurt; klik "
                                                  "het eerste punt of druk Enter om te sluiten"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.toggled.connect(lambda on, m=mode: on and self.editor.view.set_mode(m))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
        self.mode_buttons["select"].setChecked(True)
        clear_button = QPushButton(_t("Grens wissen"))
        clear_button.clicked.connect(self.editor.clear_boundary)
        fit_button = QPushButton(_t("Passend maken"))
        fit_button.clicked.connect(self.editor.view.fit_to_window)
        bar = flow_bar([_pair(_t("&Versie:"), self.version_combo), self.new_version_button,
                        _pair(_t("K&aart:"), self.map_combo), self.import_button,
                        *self.mode_buttons.values(), clear_button, fit_button,
                        *extra_buttons(self), self.save_label])
        self.status_label = ReservedLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(_t("Meldingen bij de buurtkaart"))

        self.pin_panel = PinPanel(self.editor, self)
        self.pin_panel.rename_requested.connect(self._rename_place)
        self.places = PlacesPanel()
        self.places.pin_requested.connect(self._pin_entry)
        legend_page = QWidget()
        legend_layout = QVBoxLayout(legend_page)
        legend_layout.addWidget(MapLegend(legend_page))
        legend_layout.addStretch(1)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.pin_panel, _t("Plaats"))
        self.side_tabs.addTab(self.places, _t("Register"))
        self.side_tabs.addTab(legend_page, _t("Legende"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([800, 280])
        self.side_tabs.setMaximumWidth(340)
        splitter.setCollapsible(0, False)
        editing = QWidget()
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.addWidget(bar)
        editing_layout.addWidget(splitter, 1)
        editing_layout.addWidget(self.status_label)

        start = QWidget()
        start_layout = QVBoxLayout(start)
        start_text = QLabel(_t("Deze cliënt heeft nog geen buurtkaart. Begin er een op een "
                               "ingelezen stratenplan of op een lege kaart."))
        start_text.setWordWrap(True)
        start_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(_t("Buurtkaart beginnen"))
        self.start_button.clicked.connect(lambda: self.new_version())
        start_layout.addStretch(1)
        start_layout.addWidget(start_text)
        start_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        start_layout.addStretch(2)
        nobody = QLabel(_t("Kies een cliënt om de buurtkaart te zien."))
        nobody.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (nobody, start, editing):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # The dossier tab protocol ----------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        self.flush()
        self.client_id = client_id
        self._show_version(map_service.load_version(self.db, client_id)
                           if client_id is not None else None)

    def settle(self) -> bool:  # a map not stored stays on screen, its steps on the undo stack
        return False

    def discard_changes(self) -> None:  # show the version as the file holds it
        if self.version is not None and self.client_id is not None:
            self._show_version(map_service.load_version(self.db, self.client_id,
                                                        self.version.id))

    def undo_stack(self) -> QUndoStack:
        return self.editor.undo_stack

    def delete_selection(self) -> None:
        self.editor.delete_selection()

    def showEvent(self, event) -> None:  # noqa: N802
        """Coming back to the tab: places added in the inclusieweb show up here."""
        super().showEvent(event)
        self._refresh_side()

    # Saving ----------------------------------------------------------------------------------
    def _on_changed(self) -> None:
        self.mark_edited()
        self._refresh_side()

    def can_save(self) -> bool:
        return self.version is not None

    def store(self) -> bool:
        try:
            map_service.save_version(self.db, self.version)
        except SaveFailedError as exc:  # the edits stay on screen for a retry
            raise exc.cause from exc
        self.mark_stored()
        return True

    def show_pending(self) -> None:
        self.save_label.setText(_t("Wijzigingen…"))

    def show_saved(self) -> None:
        self.save_label.setText(_t("Bewaard"))

    def show_invalid(self, first_problem: str = "") -> None:
        self.show_failed(map_service.WriteFailedError(first_problem))

    def show_failed(self, error: map_service.WriteFailedError) -> None:
        self.save_label.setText(_t("Niet bewaard — probeer opnieuw (Ctrl+S)"))

    # An automatic lock (ui/widgets/kept_input.py) --------------------------------------------
    def kept_input(self) -> KeptInput | None:
        if self.version is None:
            return None
        error = self.last_error or map_service.not_stored()
        return KeptInput(self.client_id, self.version.id, {"version": self.version}, error)

    def restore_kept(self, kept: KeptInput) -> None:
        """Show the map kept over a lock again (without its undo history), not stored yet; the
        save is retried a moment later."""
        self.client_id = kept.client_id
        self._show_version(kept.fields["version"])
        self.mark_unstored(kept.error)
        self.show_failed(kept.error)
        self.saver.poke()

    # Versions and maps -----------------------------------------------------------------------
    def _show_version(self, version: MapVersion | None) -> None:
        self.version = version
        self.forget_edits()
        image = self._image(version.image_id) if version is not None else None
        self.editor.set_version(version, image)
        self.pin_panel.show_pin(None)
        self.status_label.setText("")
        self.save_label.setText("")
        if version is None:
            self.stack.setCurrentIndex(0 if self.client_id is None else 1)
            return
        self.stack.setCurrentIndex(2)
        self._fill_versions()
        self._fill_maps()
        self._refresh_side()

    def _fill_versions(self) -> None:
        self.version_combo.clear()
        for row in map_service.list_versions(self.db, self.client_id):
            self.version_combo.addItem(display_date(row.version_date), row.id)
        self.version_combo.setCurrentIndex(self.version_combo.findData(self.version.id))

    def _fill_maps(self) -> None:
        self.map_combo.clear()
        self.map_combo.addItem(_t("Lege kaart"), BLANK)
        for number, info in enumerate(map_service.images(self.db), start=1):
            self.map_combo.addItem(_t("Stratenplan {n}").format(n=number), info.id)
            self.map_combo.setItemData(self.map_combo.count() - 1, _t(
                "{w} × {h} beeldpunten").format(w=info.width, h=info.height),
                Qt.ItemDataRole.ToolTipRole)
        current = self.version.image_id if self.version is not None else None
        self.map_combo.setCurrentIndex(max(0, self.map_combo.findData(
            BLANK if current is None else current)))

    def _image(self, image_id: int | None):
        if image_id is None:
            return None
        if self._decoded[0] != image_id:
            self._decoded = (image_id, map_service.image(self.db, image_id))
        return self._decoded[1]

    def _on_version_chosen(self, index: int) -> None:
        version_id = self.version_combo.itemData(index)
        if self.version is not None and version_id != self.version.id and self.flush():
            self._show_version(map_service.load_version(self.db, self.client_id, version_id))

    def new_version(self, version_date: date | None = None) -> bool:
        """A new version dated today (a copy of the latest); the first one starts on the last
        imported map, if there is one."""
        if self.client_id is None or not self.flush():
            return False
        maps = map_service.images(self.db)
        version = map_service.new_version(self.db, self.client_id, version_date or self.today(),
                                          maps[-1].id if maps else None)
        self._show_version(map_service.load_version(self.db, self.client_id, version.id))
        return True

    def _on_map_chosen(self, index: int) -> None:
        image_id = self.map_combo.itemData(index)
        image_id = None if image_id == BLANK else image_id
        if self.version is not None and image_id != self.version.image_id:
            self.editor.set_map_image(image_id, self._image(image_id))

    def ask_import_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _t("Kaart importeren"), "", _t("Afbeeldingen (*.png *.jpg *.jpeg)"))
        if path:
            self.import_image_file(Path(path))

    def import_image_file(self, path: Path) -> bool:
        """Read a map image into the file and show it under this client's map; a bad file gets
        a message and changes nothing."""
        try:
            info = map_service.import_image(self.db, path)
        except MapImageError as error:
            self.status_label.setText(image_problem_text(error))
            return False
        except OSError:
            self.status_label.setText(_t("Dit bestand kan niet gelezen worden; er is niets "
                                         "veranderd."))
            return False
        if self.version is not None:
            self.editor.set_map_image(info.id, self._image(info.id))
            self._fill_maps()
        self.status_label.setText(_t("Kaart ingelezen: ze is nu te kiezen voor elke cliënt."))
        return True

    # Places ----------------------------------------------------------------------------------
    def _refresh_side(self) -> None:
        if self.version is None or self.client_id is None:
            return
        self.places.set_entries(map_service.unpinned_places(self.db, self.version))
        self.pin_panel.set_people(map_service.people(self.db, self.client_id))

    def _make_place(self, name: str) -> RegistryEntry:
        return map_service.add_place(self.db, self.client_id, name)

    def _pin_entry(self, entry_id: int, point=None) -> None:
        """Pin a registry entry of this client (from the list: at the view's middle, or where it
        was dropped)."""
        entry = map_service.find_entry(self.db, entry_id)
        if entry is not None and entry.client_id == self.client_id:
            self.editor.pin_entry(entry, point)

    def _rename_place(self, contact_id: int, name: str) -> None:
        entry = map_service.find_entry(self.db, contact_id)
        if entry is None or self.editor.document is None:
            return
        map_service.rename_place(self.db, entry, name)
        self.editor.document.rename_pin(contact_id, entry.name)

    def _on_selection(self, ids: list[int]) -> None:
        self.pin_panel.show_pin(ids[0] if len(ids) == 1 else None)
        if len(ids) == 1:
            self.side_tabs.setCurrentIndex(0)


register_tab(
    "buurtkaart", 60,
    lambda: QCoreApplication.translate("DossierTabs", "Buurt&kaart"),
    lambda dossier, parent: BuurtkaartTab(dossier, parent),
)
