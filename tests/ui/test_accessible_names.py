"""Screen readers: every control the keyboard can reach has a name, in every tab and main dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.main_window import MainWindow


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name (its own, a buddy label's, its text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """Every shown, enabled control Tab can reach under ``root`` that has no spoken name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None:  # the focus (and the name) is the proxy's
            continue
        if not spoken_name(widget):
            parent = widget.parentWidget()
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(parent).__name__ if parent else None}")
    return missing


@pytest.fixture
def window(qtbot, tmp_path: Path):
    dossier = DossierFile.open(tmp_path / "demo.resokit")
    ids = fill_demo(dossier.db)
    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.refresh_clients()
    main.open_client(ids[0])
    main.demo_ids = ids
    yield main
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dossier.close()


def test_every_control_of_every_tab_has_a_name(qtbot, window):
    missing: dict[str, list[str]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        if tab.property("tab_key") == "inclusion_web":
            items = tab.editor.scene.member_items
            assert items, "the demo client has a web"
            next(iter(items.values())).setSelected(True)  # shows the member panel
        qtbot.wait(20)
        missing[window.tabs.tabText(index)] = unnamed_controls(window)
    assert missing == {key: [] for key in missing}


def _dialogs(window):
    from resokit_desktop.ui.inclusion_web.compare_dialog import CompareDialog
    from resokit_desktop.ui.printing.printables_preview import WebSheetPreviewDialog
    from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog
    from resokit_desktop.ui.settings.settings_dialog import SettingsDialog

    db, client_id = window.dossier.db, window.demo_ids[0]
    return {
        "settings": lambda: SettingsDialog(window.dossier, window),
        "summary": lambda: SummaryPreviewDialog(db, client_id, window),
        "web_sheet": lambda: WebSheetPreviewDialog(db, client_id, parent=window),
        "compare": lambda: CompareDialog(db, client_id, window),
    }


@pytest.mark.parametrize("name", ["settings", "summary", "web_sheet", "compare"])
def test_every_control_of_the_main_dialogs_has_a_name(qtbot, window, name):
    dialog = _dialogs(window)[name]()
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        assert unnamed_controls(dialog) == []
    finally:
        dialog.reject()
        dialog.deleteLater()
