"""Keys only, not one mouse event: a client, a web version, three members with functions, a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from resokit_desktop.domain.web.model import Function
from resokit_desktop.services import web_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo, contacts_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.main_window import MainWindow
from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NO = Qt.KeyboardModifier.NoModifier

MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.NonClientAreaMouseButtonPress,
    QEvent.Type.GraphicsSceneMousePress, QEvent.Type.GraphicsSceneMouseRelease,
    QEvent.Type.GraphicsSceneMouseDoubleClick,
}
MEMBERS = [("Oma Jet", Function.EMOTIONAL), ("Buurman Karel", Function.PRACTICAL),
           ("Juf Sanne", Function.ADVICE)]


class NoMouse(QObject):
    """Records every mouse, wheel or touch event anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type().name} on {type(watched).__name__}")
        return False


@pytest.fixture
def window(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dossier.close()


def press(qtbot, key, modifier=NO) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab_until(qtbot, reached: Callable[[QWidget | None], bool], backwards=False, limit=60):
    """Press Tab (or Shift+Tab) until the focus is where ``reached`` says; fail after ``limit``."""
    for _ in range(limit):
        if reached(QApplication.focusWidget()):
            return
        if backwards:
            press(qtbot, Qt.Key.Key_Backtab, SHIFT)
        else:
            press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; focus on {QApplication.focusWidget()!r}")


def when_modal(kind: type, act: Callable[[QWidget], None], errors: list) -> None:
    """Once a modal dialog of ``kind`` is up, run ``act`` on it (from the event loop).

    A failing step closes the dialog (so the test never hangs) and is recorded in ``errors``.
    """

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, kind) and dialog.isVisible()):
            QTimer.singleShot(30, look)
            return
        try:
            act(dialog)
        except Exception as error:  # noqa: BLE001 - reported by the test below
            errors.append(f"{kind.__name__}: {error!r}")
            dialog.reject()

    QTimer.singleShot(0, look)


def test_client_web_members_version_and_summary_without_a_mouse(qtbot, window, db_path,
                                                                  tmp_path: Path):
    no_mouse = NoMouse()
    QApplication.instance().installEventFilter(no_mouse)
    try:
        _by_keyboard(qtbot, window, tmp_path)
    finally:
        QApplication.instance().removeEventFilter(no_mouse)
    assert no_mouse.seen == []

    db = open_database(db_path)
    try:
        (client,) = clients_repo.list_clients(db, "", None)
        assert client.name == "Kees Keyboard"
        version = web_service.load_version(db, client.id)
        names = {e.id: e.name for e in contacts_repo.list_contacts(db, client.id)}
        stored = sorted((names[m.entry_id], sorted(m.tie.functions))
                        for m in version.members.values())
    finally:
        db.conn.close()
    assert stored == sorted((name, [function]) for name, function in MEMBERS)
    pdf = tmp_path / "samenvatting.pdf"
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert any(name in text for name, _ in MEMBERS), text[:400]


def _by_keyboard(qtbot, window, tmp_path: Path) -> None:
    # A new client: Ctrl+N, the name, then Ctrl+Tab twice to the web (leaving stores the client).
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Kees Keyboard")
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    qtbot.waitUntil(lambda: window.current_client_id() is not None)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    web = window.tab_widget("inclusion_web")
    assert window.tabs.currentWidget() is web

    # A new version of the web: Dossier menu (Alt+D), "Nieuwe versie van het inclusieweb" (v).
    press(qtbot, Qt.Key.Key_D, ALT)
    menu = QApplication.activePopupWidget()
    assert menu is not None
    qtbot.keyClick(menu, Qt.Key.Key_V)
    # The new-version dialog offers today's date, with its field focused: Enter takes it.
    qtbot.waitUntil(lambda: web.version_dialog is not None and web.version_dialog.isVisible())
    # (Offscreen, a window-modal dialog is not made the active window: the key goes to it.)
    qtbot.keyClick(web.version_dialog.date_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: web.version is not None)

    view = web.editor.view
    panel = web.member_panel
    for name, function in MEMBERS:
        tab_until(qtbot, lambda w: w is view, backwards=True)
        press(qtbot, Qt.Key.Key_Insert)
        assert QApplication.focusWidget() is panel.name_edit
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, name)
        tab_until(qtbot, lambda w, f=function: w is panel.function_checks[f])
        press(qtbot, Qt.Key.Key_Space)
        assert panel.function_checks[function].isChecked()
    assert window.flush_pending()

    # The summary: Ctrl+P, Tab to "Opslaan als PDF…", Space, type the file name, Enter, Esc.
    pdf = tmp_path / "samenvatting.pdf"

    def in_file_dialog(dialog: QFileDialog) -> None:
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        field = QApplication.focusWidget()
        assert isinstance(field, QLineEdit) and dialog.isAncestorOf(field)
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(field, str(pdf))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def in_preview(dialog: SummaryPreviewDialog) -> None:
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        tab_until(qtbot, lambda w: w is dialog.save_button)
        when_modal(QFileDialog, in_file_dialog, errors)
        press(qtbot, Qt.Key.Key_Space)  # returns once the file dialog is closed
        qtbot.waitUntil(lambda: dialog.last_saved is not None, timeout=20000)
        # What a window manager does when a dialog closes: the window below it is active again.
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    errors: list[str] = []
    when_modal(SummaryPreviewDialog, in_preview, errors)
    press(qtbot, Qt.Key.Key_P, CTRL)  # returns once the preview is closed
    assert errors == []
    assert pdf.exists()
