"""The dossier's Talentenkaart tab: dated card sorts, moves through a QUndoStack, saved as you go.

An ``AutosaveTab``: ``store()`` writes the whole sort (after a pause, on switching sort or
client, on closing).
"""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.roles import RolePlan
from resokit_desktop.domain.talents import Pile
from resokit_desktop.domain.validation import ValidationFailed
from resokit_desktop.services import talent_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.translation import translator
from resokit_desktop.ui.dossier_tabs import register_tab
from resokit_desktop.ui.talents.card_details import CardDetails
from resokit_desktop.ui.talents.focus_line import FocusLine
from resokit_desktop.ui.talents.sort_board import SortBoard
from resokit_desktop.ui.talents.sort_commands import MoveCardCommand, ToggleFocusCommand
from resokit_desktop.ui.talents.sort_model import CardSortModel
from resokit_desktop.ui.widgets.autosave_tab import AutosaveTab
from resokit_desktop.ui.widgets.dates import display_date
from resokit_desktop.ui.widgets.flow_layout import flow_bar
from resokit_desktop.ui.widgets.full_screen import show_full_screen
from resokit_desktop.ui.widgets.kept_input import KeptInput, show_kept
from resokit_desktop.ui.widgets.save_status import SaveStatus
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

NARROW = 860  # below this width the details panel sits under the piles


_tr = translator("TalentsTab")


class TalentsTab(AutosaveTab):
    """The card sort of one client: which dated sort, the board, the selected card's details."""

    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talents_tab")
        self._db = dossier.db
        self._client_id: int | None = None
        self.presentation = None
        self.model = CardSortModel(self)
        self.stack = QUndoStack(self)
        self.board = SortBoard(self.model, talent_service.builtin_deck(), 1.0, self)
        self.details = CardDetails(self.model, self)
        self.sort_combo = ComboBox(self)
        self.sort_combo.setObjectName("sort_combo")
        self.sort_combo.setAccessibleName(_tr("Welke sortering"))
        self.sort_combo.setSizeAdjustPolicy(
            ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sort_combo.setMinimumContentsLength(18)  # "26-11-2026 (12 kaarten)" whole
        self.new_sort_button = self._button(_tr("Nieuwe sortering…"), "new_sort_button")
        self.own_card_button = self._button(_tr("Eigen kaart…"), "own_card_button")
        self.present_button = self._button(_tr("Presenteren"), "present_talents_button")
        self.present_button.setToolTip(_tr("De kaarten groot, op het volledige scherm (F11)"))
        self.print_button = self._button(_tr("Afdrukken…"), "print_talents_button")
        self.print_button.setToolTip(_tr("‘Mijn talenten’ op één blad, in de taal van de cliënt"))
        self.print_button.setAccessibleName(_tr("Mijn talenten afdrukken"))
        caption = QLabel(_tr("Sortering van:"), self)
        caption.setBuddy(self.sort_combo)
        # A bar that wraps when narrow, so this tab never widens the window (1024 px screens).
        bar = flow_bar([caption, self.sort_combo, self.new_sort_button, self.present_button,
                        self.print_button], self)
        self.board.deck_box.addWidget(self.own_card_button)
        side = QScrollArea(self)
        side.setWidgetResizable(True)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setWidget(self.details)
        side.setMinimumWidth(220)
        side.setAccessibleName(_tr("Over de gekozen kaart"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("talents_splitter")
        self.splitter = splitter
        splitter.addWidget(self.board)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 330])
        self.focus_line = FocusLine(self.model, self)
        self.focus_line.suggest_requested.connect(self.suggest_roles)
        self.status = SaveStatus("talents", self)
        self.status.retry_requested.connect(self.save_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.focus_line)
        layout.addWidget(self.status)
        self.start_autosave(self)
        self.connect_board(self.board)
        self.details.focus_requested.connect(self.toggle_focus)
        self.model.edited.connect(self.mark_edited)
        self.sort_combo.activated.connect(self._sort_chosen)
        self.new_sort_button.clicked.connect(self.ask_new_sort)
        self.own_card_button.clicked.connect(self.ask_own_card)
        self.present_button.clicked.connect(self.enter_presentation)
        self.print_button.clicked.connect(self.print_sheet)
        self.setEnabled(False)

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Narrow (a 1024 px screen with the client list): the card's details go under the
        piles, so the cards keep a readable width."""
        super().resizeEvent(event)
        wanted = (Qt.Orientation.Vertical if event.size().width() < NARROW
                  else Qt.Orientation.Horizontal)
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.setSizes([1000, 220] if wanted is Qt.Orientation.Vertical
                                   else [820, 330])

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def connect_board(self, board: SortBoard) -> None:
        board.move_requested.connect(self.move_card)
        board.focus_requested.connect(self.toggle_focus)
        board.card_selected.connect(self.details.show_card)

    # -- DossierTab protocol -------------------------------------------------------------------
    def undo_stack(self) -> QUndoStack:
        return self.stack

    def delete_selection(self) -> None:
        """Del on a card in a pile puts it back into the deck (one undo step, like 0)."""
        for card_list in self.board.piles.values():
            key = card_list.current_key()
            if card_list.hasFocus() and key is not None:
                self.board.request_move(key, None)
                return

    def set_client(self, client_id: int | None) -> None:
        self.forget_edits()
        self._client_id = client_id
        self.show_saved()
        self.setEnabled(client_id is not None)
        if client_id is None:
            self.stack.clear()
            self.model.load([], None)
            self.details.show_card(None)
            return
        self.details.set_contacts(talent_service.contacts(self._db, client_id))
        self._show_sort(None)

    # -- the one save path (AutosaveTab) -------------------------------------------------------
    def can_save(self) -> bool:
        return self.model.sort is not None

    def store(self) -> bool:
        """Store the whole sort; True when the file holds what the board shows."""
        sort = self.model.sort
        new = sort.sort_id is None
        try:
            talent_service.save_sort(self._db, sort)
        except ValidationFailed:
            self.show_invalid(_tr("een voorbeeld bij een kaart is te lang"))
            return False
        self.mark_stored()
        if new:
            self._fill_sort_combo()
        return True

    def unsaved_problems(self) -> list[str]:
        return ([self.details.example_message.text()]
                if self.details.example_message.isVisible() else [])

    def field_to_fix(self) -> QWidget:
        return self.details.example if self.unsaved_problems() else self.board.deck_list

    # -- an automatic lock (ui/widgets/kept_input.py) -------------------------------------------
    def kept_input(self) -> KeptInput | None:
        sort = self.model.sort
        if self._client_id is None or sort is None:
            return None
        return KeptInput(self._client_id, sort.sort_id, {"sort": deepcopy(sort)}, self.last_error)

    def restore_kept(self, kept: KeptInput) -> None:
        """Show a sort kept over a lock again (without its undo history), not stored yet."""
        self.stack.clear()
        self.model.load(talent_service.deck(self._db, self._client_id), kept.fields["sort"])
        self._fill_sort_combo()
        self.details.show_card(None)
        self.mark_unstored(kept.error)
        show_kept(self.status, self.saver, kept, [_tr("een voorbeeld bij een kaart is te lang")])

    def discard_changes(self) -> None:
        self.forget_edits()
        self.show_saved()
        self._show_sort(self.model.sort.sort_id if self.model.sort else None)

    # -- moves, focus --------------------------------------------------------------------------
    def move_card(self, key: str, pile: Pile | None) -> None:
        if self.model.sort is None or self.model.pile_of(key) is pile:
            return
        self.stack.push(MoveCardCommand(self.model, key, pile))

    def toggle_focus(self, key: str) -> None:
        talent = self.model.talent(key)
        if talent is None:
            return
        message = ""
        if not talent.is_focus and talent.pile is Pile.NOT_NOW:
            message = _tr("Een kaart bij ‘Nu even niet’ kan geen focustalent zijn.")
        elif not talent.is_focus and not self.model.can_add_focus():
            message = _tr("Er zijn al drie focustalenten. Zet er eerst één af om een ander "
                          "te kiezen.")
        if message:
            self._show_message(message)
            return
        self.stack.push(ToggleFocusCommand(self.model, key))

    def _show_message(self, text: str) -> None:
        self.board.show_message(text)
        if self.presentation is not None:
            self.presentation.board.show_message(text)

    # -- dated sorts ---------------------------------------------------------------------------
    def _show_sort(self, sort_id: int | None) -> None:
        self.stack.clear()
        sort = talent_service.load_sort(self._db, self._client_id, sort_id)
        self.model.load(talent_service.deck(self._db, self._client_id), sort)
        self._fill_sort_combo()
        self.details.show_card(None)
        self.board.show_message("")

    def _fill_sort_combo(self) -> None:
        self.sort_combo.clear()
        current = self.model.sort.sort_id if self.model.sort else None
        for info in talent_service.sorts(self._db, self._client_id):
            day = display_date(info.sort_date)
            self.sort_combo.addItem(_tr("%1 (%2 kaarten)").replace("%1", day)
                                    .replace("%2", str(info.card_count)), info.id)
        if current is None:
            self.sort_combo.addItem(_tr("nieuw (nog niets gesorteerd)"), None)
        self.sort_combo.setCurrentIndex(max(self.sort_combo.findData(current), 0)
                                        if current is not None else self.sort_combo.count() - 1)
        self.new_sort_button.setEnabled(current is not None)

    def _sort_chosen(self, index: int) -> None:
        sort_id = self.sort_combo.itemData(index)
        if sort_id is None or self.model.sort is None or sort_id == self.model.sort.sort_id:
            return
        if self.flush():
            self._show_sort(sort_id)

    def start_new_sort(self, copy_previous: bool) -> None:
        """A new sort dated today next to the earlier ones, empty or from the one shown."""
        if self._client_id is None or not self.flush():
            return
        earlier = self.model.sort.sort_id if self.model.sort else None
        sort_id = talent_service.start_new_sort(self._db, self._client_id,
                                                date.today().isoformat(),
                                                earlier if copy_previous else None)
        self._show_sort(sort_id)

    def ask_new_sort(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Nieuwe sortering"),
                          _tr("Een nieuwe sortering komt naast de vorige; die blijft bewaard. "
                              "Vertrek je van de vorige sortering of van een lege tafel?"),
                          QMessageBox.StandardButton.NoButton, self)
        from_previous = box.addButton(_tr("Van de vorige"), QMessageBox.ButtonRole.AcceptRole)
        empty = box.addButton(_tr("Leeg beginnen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked in (from_previous, empty):
            self.start_new_sort(copy_previous=clicked is from_previous)

    def suggest_roles(self) -> RolePlan | None:
        """"Rollen voorstellen": store the sort (the ideas follow the stored focus talents), then
        the Rollen tab comes forward with its suggestions; returns the new plan or None."""
        # lazy: the Rollen flow loads when first asked for
        from resokit_desktop.ui.roles.role_flow import suggest_roles_from

        if self._client_id is None or not self.flush():
            return None
        return suggest_roles_from(self)

    # -- own cards, presentation, print ----------------------------------------------------------
    def ask_own_card(self) -> None:
        # lazy: the dialog loads when first opened
        from resokit_desktop.ui.talents.own_card_dialog import OwnCardDialog
        from resokit_desktop.ui.widgets.modal import exec_and_free

        if self._client_id is None:
            return
        dialog = OwnCardDialog(self._db, self._client_id, self)
        if exec_and_free(dialog) and dialog.card is not None:
            self.model.load(talent_service.deck(self._db, self._client_id), self.model.sort)
            self.board.select(dialog.card.key)

    def enter_presentation(self):
        """F11: the card sort alone, full screen, with large cards; Esc comes back here."""
        # lazy: presentation mode loads when first used
        from resokit_desktop.ui.talents.presentation import TalentsPresentation

        if self._client_id is None or self.presentation is not None:
            return self.presentation
        window = TalentsPresentation(self.model, talent_service.builtin_deck(), self.stack)
        self.connect_board(window.board)
        window.board.card_selected.disconnect(self.details.show_card)
        window.closed.connect(self._left_presentation)
        self.presentation = window
        show_full_screen(window, self)
        window.board.deck_list.setFocus()
        return window

    def _left_presentation(self) -> None:
        self.presentation = None
        self.board.rebuild()
        self.board.deck_list.setFocus()

    def current_sort_id(self) -> int | None:
        """The stored sort on screen (None before anything was sorted)."""
        return self.model.sort.sort_id if self._client_id is not None and self.model.sort \
            else None

    def print_sheet(self) -> None:
        # lazy: printing pulls in the PDF and print modules
        from resokit_desktop.ui.printing.talents_preview import TalentsPreviewDialog
        from resokit_desktop.ui.widgets.modal import exec_and_free

        if self._client_id is not None and self.flush():
            sort_id = self.model.sort.sort_id if self.model.sort else None
            exec_and_free(TalentsPreviewDialog(self._db, self._client_id, sort_id, self))


register_tab(
    "talents", 40,
    lambda: QCoreApplication.translate("DossierTabs", "Talent&enkaart"),
    lambda dossier, parent: TalentsTab(dossier, parent),
)
