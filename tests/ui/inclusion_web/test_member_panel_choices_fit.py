"""At 1024x768, in Dutch, French and English, every choice of every combo box in the member panel
shows whole (no "Groep of organ…", "Attache (son pr…"), and the panel never scrolls sideways.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

from resokit_desktop import i18n
from resokit_desktop.services import web_service

pytestmark = pytest.mark.demo_dossier  # the fixture "dossier" holds the demo clients


def _text_room(combo: QComboBox) -> int:
    """The width the combo gives its current text (inside the frame, beside the arrow)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)
    return rect.width()


def _cut_choices(panel) -> list[str]:
    cut = []
    for combo in panel.findChildren(QComboBox):
        if not combo.isVisibleTo(panel):
            continue
        assert combo.toolTip() == combo.currentText()  # the whole text, should it ever be cut
        room = _text_room(combo)
        metrics = combo.fontMetrics()
        for index in range(combo.count()):
            text = combo.itemText(index)
            if metrics.horizontalAdvance(text) > room:
                cut.append(f"{text!r} ({metrics.horizontalAdvance(text)} > {room} px)")
    return cut


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_choice_fits_its_combo_at_1024x768(qtbot, qapp, dossier, app_font_and_layout,
                                                 lang):
    from resokit_desktop.ui.main_window import MainWindow

    i18n.install_language(qapp, lang)
    try:
        window = MainWindow(dossier)
        qtbot.addWidget(window)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        client_id = next(c for c in _clients(dossier) if web_service.list_versions(dossier.db, c))
        assert window.open_client(client_id)
        tab = window.tab_widget("inclusion_web")
        window.tabs.setCurrentWidget(tab)
        tab.side_tabs.setCurrentWidget(tab.member_panel)
        tab.editor.select_only(next(iter(tab.editor.scene.member_items)))
        for _ in range(10):
            QApplication.processEvents()
        panel = tab.member_panel
        assert window.width() == 1024
        assert panel.form_box.isVisible()
        assert _cut_choices(panel) == []
        body = panel.widget()
        assert body.width() <= panel.viewport().width()
        assert body.minimumSizeHint().width() <= panel.viewport().width()
        assert panel.horizontalScrollBar().maximum() == 0
        window.close()
    finally:
        i18n.install_language(qapp, "nl")


def _clients(dossier) -> list[int]:
    from resokit_desktop.storage import clients_repo  # test set-up only

    return [row.id for row in clients_repo.list_clients(dossier.db)]
