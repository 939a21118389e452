"""At 1024x768, in Dutch, French and English, every choice of every combo box in the member panel
shows whole (no "Groep of organ…", "Attache (son pr…"), and the panel never scrolls sideways.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

from resokit_desktop import i18n
from resokit_desktop.services import web_service
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.text_size import DEFAULT_POINT_SIZE


@pytest.fixture
def dossier(db_path):
    opened = DossierFile.open(db_path)
    fill_demo(opened.db, date(2026, 3, 16))
    yield opened
    opened.close()


@pytest.fixture
def app_font_and_layout():
    """The app's own text size at 100 % and no window layout left by another test."""
    from resokit_desktop.ui.main_window import SETTINGS_GROUP

    QSettings().remove(SETTINGS_GROUP)
    font = QApplication.font()
    original = font.pointSizeF()
    font.setPointSizeF(DEFAULT_POINT_SIZE)
    QApplication.setFont(font)
    yield
    font.setPointSizeF(original)
    QApplication.setFont(font)
    QSettings().remove(SETTINGS_GROUP)


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
