"""The help window: a searchable list of pages beside the page, read from the shipped files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.i18n import current_language
from resokit_desktop.services import help_service
from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.modal import exec_and_free

_tr = translator("HelpWindow")

KEY_ROLE = Qt.ItemDataRole.UserRole


def short_title(title: str) -> str:
    """The part of a title after its "Kind:" prefix ("Scherm: Rollen" -> "Rollen")."""
    _kind, colon, rest = title.partition(":")
    rest = rest.strip()
    return rest[:1].upper() + rest[1:] if colon and rest else title


class HelpWindow(QDialog):
    """Pages on the left (filtered by the search field), the chosen page on the right."""

    def __init__(self, parent: QWidget | None = None,
                 open_checklist: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(False)
        self.resize(1000, 680)
        self.open_checklist = open_checklist
        self.lang = current_language()
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("help_search")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.filter_pages)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search_field)
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("help_pages")
        self.page_list.setSpacing(1)
        self.page_list.currentItemChanged.connect(self._item_changed)
        self.nothing_found = QLabel(self)
        self.nothing_found.setObjectName("help_nothing_found")
        self.nothing_found.setWordWrap(True)
        self.nothing_found.hide()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(18)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("help_print_sheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.checklist_button = QPushButton(self)
        self.checklist_button.setObjectName("help_open_checklist")
        self.checklist_button.clicked.connect(self._open_checklist)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        # Enter in the search field neither prints nor closes the window.
        for button in (self.print_button, self.checklist_button, self.close_button):
            button.setAutoDefault(False)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.search_label)
        side_layout.addWidget(self.search_field)
        side_layout.addWidget(self.page_list, 1)
        side_layout.addWidget(self.nothing_found)
        splitter = QSplitter(self)
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([350, 650])
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.checklist_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.retranslate_ui()
        self.show_page(help_service.START_PAGE)

    # Texts --------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(_tr("Help – Resokit Desktop"))
        self.search_label.setText(_tr("&Zoeken in de help"))
        self.search_field.setPlaceholderText(_tr("een woord, bv. buurt"))
        self.search_field.setAccessibleName(_tr("Zoeken in de help"))
        self.page_list.setAccessibleName(_tr("Pagina's van de help"))
        self.browser.setAccessibleName(_tr("Inhoud van de helppagina"))
        self.nothing_found.setText(_tr("Geen pagina bevat al deze woorden."))
        self.print_button.setText(_tr("&Spiekbrief afdrukken…"))
        self.checklist_button.setText(_tr("&Reflectielijst openen…"))
        self.close_button.setText(_tr("Sluiten"))
        self._fill_list()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_language()
            shown = self.current_key()
            self.retranslate_ui()
            self.show_page(shown or help_service.START_PAGE)
        super().changeEvent(event)

    def _groups(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(_tr("Methode"), help_service.METHOD_PAGES),
                (_tr("Gespreksleidraden"), help_service.GUIDE_PAGES),
                (_tr("Schermen"), help_service.SCREEN_PAGES)]

    def _fill_list(self) -> None:
        """Pages under their group's heading, each named by the short part of its title."""
        shown = self.current_key()
        titles = dict(help_service.titles(self.lang))
        self.page_list.blockSignals(True)
        self.page_list.clear()
        for group, keys in self._groups():
            heading = QListWidgetItem(group, self.page_list)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            for key in keys:
                item = QListWidgetItem(short_title(titles[key]), self.page_list)
                item.setData(KEY_ROLE, key)
                item.setToolTip(titles[key])
        self.page_list.blockSignals(False)
        self.filter_pages(self.search_field.text())
        if shown:
            self.show_page(shown)

    # Pages --------------------------------------------------------------------------------------
    def current_key(self) -> str | None:
        item = self.page_list.currentItem()
        key = None if item is None else item.data(KEY_ROLE)
        return None if key is None else str(key)

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.page_list.count()):
            if self.page_list.item(row).data(KEY_ROLE) == key:
                return self.page_list.item(row)
        return None

    def visible_keys(self) -> list[str]:
        items = [self.page_list.item(row) for row in range(self.page_list.count())]
        return [str(item.data(KEY_ROLE)) for item in items
                if item.data(KEY_ROLE) is not None and not item.isHidden()]

    def show_page(self, key: str) -> None:
        """Show a page and select it in the list (the search is cleared when it hides the page)."""
        if key not in help_service.PAGE_KEYS:
            key = help_service.START_PAGE
        if key not in self.visible_keys():
            self.search_field.clear()
        item = self.item_for(key)
        if item is not None:
            self.page_list.setCurrentItem(item)
        self._render(key)

    def _item_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None:
            self._render(str(item.data(KEY_ROLE)))

    def _render(self, key: str) -> None:
        self.browser.setMarkdown(help_service.page_text(self.lang, key))
        self.print_button.setEnabled(key in help_service.GUIDE_PAGES)
        self.print_button.setVisible(key in help_service.GUIDE_PAGES)
        self.checklist_button.setVisible(self.open_checklist is not None and key == "reflection")

    def filter_pages(self, query: str) -> None:
        """Hide the pages that do not hold every word typed (and a group left empty)."""
        found = set(help_service.search(self.lang, query))
        heading: QListWidgetItem | None = None
        heading_used = False
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            key = item.data(KEY_ROLE)
            if key is None:
                if heading is not None:
                    heading.setHidden(not heading_used)
                heading, heading_used = item, False
                continue
            item.setHidden(key not in found)
            heading_used = heading_used or key in found
        if heading is not None:
            heading.setHidden(not heading_used)
        self.nothing_found.setVisible(not found)
        current = self.page_list.currentItem()
        if found and (current is None or current.isHidden()):
            first = self.item_for(self.visible_keys()[0])
            if first is not None:
                self.page_list.setCurrentItem(first)

    # Printing -----------------------------------------------------------------------------------
    def print_sheet(self) -> None:
        key = self.current_key()
        if key not in help_service.GUIDE_PAGES:
            return
        # lazy: the print preview (and Qt's print support) loads when first asked for
        from resokit_desktop.ui.help.sheet_preview import SheetPreviewDialog

        title = help_service.titles(self.lang)[help_service.PAGE_KEYS.index(key)][1]
        dialog = SheetPreviewDialog(
            title, _tr("spiekbrief") + f"-{key.removeprefix('guide_')}.pdf",
            lambda lang: help_service.crib_sheet(lang, key), self)
        exec_and_free(dialog)

    def _open_checklist(self) -> None:
        if self.open_checklist is not None:
            self.open_checklist()
