"""The dossier's Inclusieweb tab: versions bar, unplaced list, canvas, side panels.

An ``AutosaveTab``: each change is stored ``SAVE_DELAY_MS`` later; a failed write waits for Ctrl+S.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.web.model import EntryKind, RegistryEntry, WebVersion
from resokit_desktop.services import web_service
from resokit_desktop.services.errors import StorageError, WriteFailedError
from resokit_desktop.translation import translator
from resokit_desktop.ui.dossier_tabs import register_tab
from resokit_desktop.ui.inclusion_web.indicators_panel import IndicatorsPanel
from resokit_desktop.ui.inclusion_web.legend_widget import LegendWidget
from resokit_desktop.ui.inclusion_web.member_panel import MemberPanel
from resokit_desktop.ui.inclusion_web.new_version_dialog import NewVersionDialog, version_texts
from resokit_desktop.ui.inclusion_web.unplaced_list import UnplacedPanel
from resokit_desktop.ui.inclusion_web.web_editor import WebEditor
from resokit_desktop.ui.roles.role_flow import add_role_menu
from resokit_desktop.ui.widgets.autosave_tab import AutosaveTab
from resokit_desktop.ui.widgets.flow_layout import flow_bar
from resokit_desktop.ui.widgets.full_screen import show_full_screen
from resokit_desktop.ui.widgets.kept_input import KeptInput
from resokit_desktop.ui.widgets.modal import exec_and_free
from resokit_desktop.ui.widgets.reserved_label import ReservedLabel
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

SAVE_DELAY_MS = 400


_t = translator("InclusionWebTab")


class InclusionWebTab(AutosaveTab):
    """One client's web, its versions, and everything around the canvas."""

    save_errors = (StorageError,)
    retry_failed_saves = False  # the status line asks for Ctrl+S; the next change also saves

    def __init__(self, dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.client_id: int | None = None
        self.version: WebVersion | None = None
        # Today's date (tests pin it): the default date of a new version.
        self.today: Callable[[], date] = date.today
        self.version_dialog: NewVersionDialog | None = None
        self.presentation = None
        self.editor = WebEditor(self)
        self.editor.make_entry = self._make_entry
        self.editor.find_entry = self._find_entry
        add_role_menu(self.editor.view)  # "Rol starten met …" on a member
        self.start_autosave(self, SAVE_DELAY_MS, save_on_focus_out=False)
        self._refresh_timer = QTimer(self, singleShot=True, interval=120)
        self._refresh_timer.timeout.connect(self._refresh_side)
        self._build()
        self.editor.changed.connect(self._on_changed)
        self.editor.undo_stack.indexChanged.connect(self._on_undo_index)

    def _on_undo_index(self, _index: int) -> None:
        try:
            self.member_panel.reload()
        except RuntimeError:  # the panel is already gone while the window closes
            pass

    # Layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.version_combo = ComboBox()
        self.version_combo.setAccessibleName(_t("Versie van het web"))
        self.version_combo.setMinimumContentsLength(12)
        self.version_combo.activated.connect(self._on_version_chosen)
        self.new_version_button = QPushButton(_t("Nieuwe versie"))
        self.new_version_button.setToolTip(_t("Begin een nieuwe versie als kopie van de laatste, "
                                              "om samen te herbekijken"))
        self.new_version_button.clicked.connect(self.ask_new_version)
        self.compare_button = QPushButton(_t("Vergelijken…"))
        self.compare_button.clicked.connect(self.open_comparison)
        self.connect_button = QPushButton(_t("Verbinden"))
        self.connect_button.setCheckable(True)
        self.connect_button.setToolTip(_t("Sleep van de ene naar de andere om te tonen dat ze "
                                          "elkaar kennen (of houd Shift ingedrukt)"))
        self.connect_button.toggled.connect(
            lambda on: setattr(self.editor.view, "connect_mode", on))
        fit_button = QPushButton(_t("Passend maken"))
        fit_button.clicked.connect(self.editor.view.fit_to_window)
        self.export_button = QToolButton()
        self.export_button.setText(_t("Exporteren"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for fmt, text in (("png", _t("Afbeelding (PNG)…")), ("svg", _t("Tekening (SVG)…")),
                          ("graphml", _t("Netwerkbestand (GraphML)…"))):
            menu.addAction(text, lambda f=fmt: self.export(f))
        self.export_button.setMenu(menu)
        # A line of its own under the web, kept from the start: a message never moves the web,
        # and a long one never widens the toolbar beyond a 1024-pixel screen.
        self.status_label = ReservedLabel()
        self.status_label.setAccessibleName(_t("Bewaarstatus"))
        # The buttons wrap onto a second line in a narrow window rather than widen it.
        bar = flow_bar([QLabel(_t("Versie:")), self.version_combo, self.new_version_button,
                        self.compare_button, self.connect_button, fit_button,
                        self.export_button])

        self.unplaced = UnplacedPanel()
        self.unplaced.place_requested.connect(lambda i: self.editor.place_entry(i))
        self.member_panel = MemberPanel(self.editor)
        self.indicators = IndicatorsPanel()
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.member_panel, _t("Lid"))
        self.side_tabs.addTab(self.unplaced, _t("Register"))
        self.side_tabs.addTab(self.indicators, _t("Cijfers"))
        legend_page = QWidget()
        legend_layout = QVBoxLayout(legend_page)
        legend_layout.addWidget(LegendWidget(legend_page))
        legend_layout.addStretch(1)
        self.side_tabs.addTab(legend_page, _t("Legenda"))
        self.editor.selection_changed.connect(
            lambda ids: self.side_tabs.setCurrentIndex(0) if ids else None)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([800, 300])
        splitter.setCollapsible(0, False)
        self.splitter = splitter

        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(bar)
        work_layout.addWidget(splitter, 1)
        work_layout.addWidget(self.status_label)

        self.start_page = QWidget()
        start = QVBoxLayout(self.start_page)
        start.addStretch(1)
        intro = QLabel(_t("Deze cliënt heeft nog geen inclusieweb. Kies de levensdomeinen en "
                          "begin samen."))
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.domain_set_combo = ComboBox()
        self.domain_set_combo.setAccessibleName(_t("Levensdomeinen"))
        self.start_button = QPushButton(_t("Inclusieweb beginnen"))
        self.start_button.clicked.connect(self.start_first_version)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.domain_set_combo)
        row.addWidget(self.start_button)
        row.addStretch(1)
        start.addWidget(intro)
        start.addLayout(row)
        start.addStretch(2)
        self.empty_page = QLabel(_t("Kies een cliënt om het inclusieweb te zien."))
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(work)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)

    # DossierTab protocol ---------------------------------------------------------------------
    @property
    def db(self):
        return self.dossier.db

    def set_client(self, client_id: int | None) -> None:
        self.flush()
        self.client_id = client_id
        if client_id is None:
            self._refresh_timer.stop()
            self._show_version(None)
            self.stack.setCurrentIndex(0)
            return
        self._show_version(web_service.load_version(self.db, client_id))

    def commit_typing(self) -> None:
        self.member_panel.commit_pending()

    def settle(self) -> bool:  # a web not stored stays on screen, its steps on the undo stack
        return False

    def discard_changes(self) -> None:  # show the version as the file holds it
        if self.version is not None and self.version.id is not None:
            self._show_version(web_service.load_version_by_id(self.db, self.version.id))

    def undo_stack(self) -> QUndoStack:
        return self.editor.undo_stack

    def delete_selection(self) -> None:
        self.editor.delete_selection()

    # Saving ----------------------------------------------------------------------------------
    def _on_changed(self) -> None:
        self.mark_edited()
        self._refresh_timer.start()

    def can_save(self) -> bool:
        return self.version is not None

    def store(self) -> bool:
        document = self.editor.document
        renamed = frozenset(document.renamed) if document is not None else frozenset()
        web_service.save_version(self.db, self.version, renamed)
        if document is not None:
            document.renamed -= renamed
        self.mark_stored()
        return True

    # The status line under the web -----------------------------------------------------------
    def show_pending(self) -> None:
        text = _t("Wijzigingen…")
        if self.status_label.text() != text:
            self.status_label.setText(text)

    def show_saved(self) -> None:
        self.status_label.setText(_t("Bewaard"))

    def show_invalid(self, first_problem: str = "") -> None:
        self.show_failed(WriteFailedError(first_problem))

    def show_failed(self, error: WriteFailedError) -> None:
        self.status_label.setText(_t("Niet bewaard — probeer opnieuw (Ctrl+S)"))

    # An automatic lock (ui/widgets/kept_input.py) --------------------------------------------
    def release_unsaved(self) -> KeptInput | None:
        """The window is going away: stop the timers; hand over a web the file does not hold."""
        self._refresh_timer.stop()
        return super().release_unsaved()

    def kept_input(self) -> KeptInput | None:
        if self.version is None:
            return None
        error = self.last_error or WriteFailedError("not stored")
        return KeptInput(self.client_id, self.version.id, {"version": self.version}, error)

    def restore_kept(self, kept: KeptInput) -> None:
        """Show the web kept over a lock again (without its undo history), not stored yet; the
        save is retried a moment later."""
        self._show_version(kept.fields["version"])
        self.mark_unstored(kept.error)
        self.show_failed(kept.error)
        self.saver.poke()

    def showEvent(self, event) -> None:  # noqa: N802
        """Coming back to the tab: pick up registry changes made in other tabs."""
        super().showEvent(event)
        if self.version is not None and self.editor.document is not None:
            self.editor.document.refresh_identities(
                web_service.registry_names(self.db, self.client_id))
            self._refresh_side()

    # Versions --------------------------------------------------------------------------------
    def _show_version(self, version: WebVersion | None) -> None:
        self.version = version
        self.forget_edits()
        self.editor.set_version(version)
        if version is None:
            if self.client_id is not None:
                self.domain_set_combo.clear()
                for domain_set in web_service.available_domain_sets(self.db):
                    self.domain_set_combo.addItem(domain_set.label(self.editor.scene.lang),
                                                  domain_set)
                self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(2)
        self._fill_versions()
        self.member_panel.show_member(None)
        self._refresh_side()
        self.status_label.setText("")

    def _fill_versions(self) -> None:
        self.version_combo.clear()
        rows = web_service.list_versions(self.db, self.client_id)
        for text, row in zip(version_texts(rows), rows, strict=True):
            self.version_combo.addItem(text, row.id)
        index = self.version_combo.findData(self.version.id)
        self.version_combo.setCurrentIndex(index)
        self.compare_button.setEnabled(len(rows) >= 2)

    def _on_version_chosen(self, index: int) -> None:
        version_id = self.version_combo.itemData(index)
        if version_id is None or (self.version and version_id == self.version.id):
            return
        self.flush()
        self._show_version(web_service.load_version_by_id(self.db, version_id))

    def start_first_version(self) -> None:
        if self.client_id is None:
            return
        domain_set = self.domain_set_combo.currentData()
        self._show_version(web_service.new_version(self.db, self.client_id, self.today(),
                                                   domain_set))

    def ask_new_version(self) -> NewVersionDialog | None:
        """Offer today's date (or an earlier one, for a web drawn on paper); make the version on OK.

        The dialog is window-modal but does not block: the version is made when it is accepted.
        """
        if self.client_id is None or not self.flush():
            return None
        dialog = NewVersionDialog(self.today(), self)
        dialog.accepted.connect(lambda: self.new_version(dialog.chosen))
        dialog.finished.connect(dialog.deleteLater)
        self.version_dialog = dialog
        dialog.open()
        dialog.date_field.setFocus()
        return dialog

    def new_version(self, version_date: date | None = None) -> bool:
        """A new version dated version_date (default today) as a copy of the one before it."""
        if self.client_id is None or not self.flush():
            return False
        version = web_service.new_version(self.db, self.client_id, version_date or self.today())
        self._show_version(version)
        self.status_label.setText(_t("Nieuwe versie gemaakt"))
        return True

    # Presentation mode -------------------------------------------------------------------------
    def enter_presentation(self, high_contrast: bool = False):
        """F11: the web alone, full screen, in large type; Esc comes back here."""
        # lazy: the dialog's module loads when it is first opened, not at start-up
        from resokit_desktop.ui.inclusion_web.presentation import PresentationWindow

        if self.version is None or self.presentation is not None:
            return self.presentation
        self.member_panel.commit_pending()
        window = PresentationWindow(self.editor, lambda parent: MemberPanel(self.editor, parent),
                                    high_contrast)
        window.closed.connect(self._left_presentation)
        self.presentation = window
        show_full_screen(window, self)
        window.view.fit_to_window()
        window.view.setFocus()
        return window

    def _left_presentation(self) -> None:
        self.presentation = None
        self.editor.view.fit_to_window()  # the desk's text size again
        self.editor.view.setFocus()

    # Side panels -----------------------------------------------------------------------------
    def _refresh_side(self) -> None:
        if self.version is None:
            return
        self.indicators.refresh(self.version, self.editor.scene.lang,
                                web_service.count_paid_staff(self.db))
        self.unplaced.set_entries(web_service.unplaced_entries(self.db, self.version))

    def _make_entry(self, kind: EntryKind, name: str) -> RegistryEntry:
        return web_service.add_entry(self.db, self.client_id, kind, name)

    def _find_entry(self, entry_id: int) -> RegistryEntry | None:
        return web_service.client_entry(self.db, self.client_id, entry_id)

    # Dialogs -----------------------------------------------------------------------------------
    def open_comparison(self) -> None:
        # lazy: the dialog's module loads when it is first opened, not at start-up
        from resokit_desktop.ui.inclusion_web.compare_dialog import CompareDialog

        if self.client_id is None or not self.flush():
            return
        exec_and_free(CompareDialog(self.db, self.client_id, self))

    def export(self, fmt: str) -> None:
        # lazy: the dialog's module loads when it is first opened, not at start-up
        from resokit_desktop.ui.inclusion_web.web_export_dialog import export_version

        if self.version is not None and self.flush():
            export_version(self, self.version, fmt, web_service.count_paid_staff(self.db))


register_tab(
    "inclusion_web", 30,
    lambda: QCoreApplication.translate("DossierTabs", "In&clusieweb"),
    lambda dossier, parent: InclusionWebTab(dossier, parent),
)
