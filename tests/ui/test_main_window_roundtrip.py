"""Type a client and a session with agreements, close the window, reopen the file: all is back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.main_window import MainWindow


def _open_window(qtbot, db_path) -> tuple[MainWindow, DossierFile]:
    dossier = DossierFile.open(db_path)
    window = MainWindow(dossier)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts such as Ctrl+N work in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    return window, dossier


def _type_cell(qtbot, table, row, column, text) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_close_and_reopen_finds_everything_back(qtbot, db_path):
    window, dossier = _open_window(qtbot, db_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.overview.form
    qtbot.keyClicks(form.name_field, "Omar Benali")
    qtbot.keyClicks(form.neighbourhood_field, "Molenbeek")
    # Going to the Gesprekken tab leaves the form, which saves the new client.
    window.tabs.setCurrentWidget(window.tab_widget("sessions"))
    sessions = window.tab_widget("sessions")
    qtbot.waitUntil(lambda: window.current_client_id() is not None)
    assert sessions.isEnabled()

    editor = sessions.editor
    qtbot.mouseClick(editor.date_field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.date_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.date_field, "04-11-2026")
    qtbot.mouseClick(editor.worked_on_field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.worked_on_field, "Wie is belangrijk voor Omar?")
    qtbot.mouseClick(editor.observations_field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.observations_field, "Eigen observatie")
    qtbot.mouseClick(editor.agreements.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Voetbalclub bezoeken")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    _type_cell(qtbot, editor.agreements.table, 0, 0, "Omar")
    qtbot.mouseClick(editor.agreements.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Broer bellen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    # Quit with Ctrl+Q right after typing: the close saves what is pending.
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    window.deleteLater()
    dossier.close()

    window, dossier = _open_window(qtbot, db_path)
    try:
        model = window.client_list.model
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Omar Benali"]
        rect = window.client_list.table.visualRect(model.index(0, 0))
        qtbot.mouseClick(window.client_list.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        assert window.overview.form.neighbourhood_field.text() == "Molenbeek"
        sessions = window.tab_widget("sessions")
        assert sessions.session_list.count() == 1
        assert sessions.editor.worked_on_field.toPlainText() == "Wie is belangrijk voor Omar?"
        assert sessions.editor.observations_field.toPlainText() == "Eigen observatie"
        assert sessions.editor.date_field.text() == "04-11-2026"
        table = sessions.editor.agreements.table
        assert [(table.item(r, 0).text(), table.item(r, 1).text())
                for r in range(table.rowCount())] == [
            ("Omar", "Voetbalclub bezoeken"), ("", "Broer bellen")]
        assert window.windowTitle() == "Resokit Desktop"
    finally:
        window.close()
        window.deleteLater()
        dossier.close()
