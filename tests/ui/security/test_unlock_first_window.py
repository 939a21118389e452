"""Start-up of an encrypted file: the unlock dialog shows before the main window's modules (and
the dialogs of other start-up paths) are imported; those load on the UI thread while the user
types, and the passphrase typed at once still opens the main window.

Each case runs the real app (``resokit --data FILE``) in a fresh Python process, so what is
imported before the first window is what a user's start-up imports.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

from resokit_desktop.ui.security.window_preload import modules_to_preload

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import CANARY, make_dossier  # noqa: E402

PASSPHRASE = "een lange zin om snel te openen"
ROOT = Path(__file__).resolve().parents[3]

# Runs in the child process. It watches the app from an event filter and a meta-path hook
# (which thread imports the main window's module) and prints one JSON line at the end.
CHILD = r"""
import json, os, sys, threading
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

WATCHED = {
    "main_window": "resokit_desktop.ui.main_window",
    "session_flows": "resokit_desktop.ui.security.session_flows",
    "new_passphrase_dialog": "resokit_desktop.ui.security.new_passphrase_dialog",
    "domain_labels": "resokit_desktop.domain.labels",
    "sqlite_utils": "sqlite_utils.db",
    "numpy": "numpy",
    "subprocess": "subprocess",  # only to compile a catalogue in a developer's checkout
    "dossier_opening": "resokit_desktop.services.dossier_opening",  # what Enter runs
    "dossier_file": "resokit_desktop.services.dossier_file",
    "dossier_session": "resokit_desktop.ui.security.dossier_session",
}
mode, passphrase = sys.argv[1], sys.argv[2]
seen = {"main_window_thread": None}


class ThreadOfImport:
    def find_spec(self, name, path=None, target=None):
        if name == WATCHED["main_window"] and seen["main_window_thread"] is None:
            main = threading.current_thread() is threading.main_thread()
            seen["main_window_thread"] = "ui" if main else "worker"
        return None


sys.meta_path.insert(0, ThreadOfImport())
app = QApplication(sys.argv[:1])


def loaded():
    found = {key: name in sys.modules for key, name in WATCHED.items()}
    # Qt's enum namespace is made on first use (20-30 ms): this child uses it only after the
    # dialog has shown (QtCore.Qt below), so whether it exists is the app's doing.
    found["qt_enums"] = "Qt" in vars(QtCore)
    return found


def type_and_enter(dialog):
    QTest.keyClicks(dialog.panel.field, passphrase)
    seen["typed_before_preload_done"] = WATCHED["main_window"] not in sys.modules
    QTest.keyClick(dialog.panel.field, QtCore.Qt.Key.Key_Return)


def wait_for_preload(dialog, tries=[0]):
    tries[0] += 1
    if WATCHED["main_window"] in sys.modules or tries[0] > 3000:  # 30 s: a slow machine
        seen["while_dialog_open"] = loaded()
        seen["dialog_still_open"] = dialog.isVisible()
        type_and_enter(dialog)
        return
    QTimer.singleShot(10, lambda: wait_for_preload(dialog))


def protect_when_loaded(dialog, tries=[0]):  # a plain file: choose, once the modules loaded
    tries[0] += 1
    if WATCHED["main_window"] not in sys.modules and tries[0] < 3000:
        QTimer.singleShot(10, lambda: protect_when_loaded(dialog))
        return
    seen["while_dialog_open"] = loaded()
    QTest.keyClicks(dialog.form.first, passphrase)
    QTest.keyClicks(dialog.form.second, passphrase)
    QTest.mouseClick(dialog.ok_button, QtCore.Qt.MouseButton.LeftButton)


def find_main_window():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main_window" and widget.isVisible():
            return widget
    return None


def wait_for_window():
    window = find_main_window()
    if window is None:
        QTimer.singleShot(10, wait_for_window)
        return
    QTimer.singleShot(0, lambda: finish(window))


def finish(window, tries=[0]):
    tries[0] += 1
    if window.client_list.model.rowCount() == 0 and tries[0] < 3000:
        QTimer.singleShot(10, lambda: finish(window))
        return
    seen["clients_listed"] = window.client_list.model.rowCount()
    seen["with_window"] = loaded()
    window.close()


def unlock_dialog_visible():
    return any(w.objectName() == "unlock_dialog" and w.isVisible()
               for w in QApplication.topLevelWidgets())


class Watch(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Show and obj.objectName() == "session_message"
                and "message" not in seen):
            seen["message"] = obj.text()
            seen["unlock_dialog_under_message"] = unlock_dialog_visible()
            QTimer.singleShot(0, obj.accept)
        if (event.type() == QEvent.Type.Show and obj.objectName() == "new_passphrase_dialog"
                and "at_dialog" not in seen):
            seen["at_dialog"] = loaded()
            QTimer.singleShot(0, lambda: protect_when_loaded(obj))
            QTimer.singleShot(0, wait_for_window)
        if (event.type() == QEvent.Type.Show and obj.objectName() == "unlock_dialog"
                and "at_dialog" not in seen):
            seen["at_dialog"] = loaded()
            if mode == "message":  # the file's checks will send the dialog away
                return False
            if mode == "at_once":
                QTimer.singleShot(0, lambda: type_and_enter(obj))
            elif mode == "quit":  # the user quits while the window's modules still load
                QTimer.singleShot(0, lambda: QTest.mouseClick(
                    obj.findChild(QPushButton, "unlock_quit"), QtCore.Qt.MouseButton.LeftButton))
                return False
            else:
                QTimer.singleShot(0, lambda: wait_for_preload(obj))
            QTimer.singleShot(0, wait_for_window)
        return False


def give_up():
    print(json.dumps(dict(seen, gave_up=True)), flush=True)
    os._exit(3)


QTimer.singleShot(90_000, give_up)  # never hang the test run
watch = Watch(app)
app.installEventFilter(watch)
from resokit_desktop.cli.main import main
code = main(["--data", sys.argv[3]])
seen["exit_code"] = code
print(json.dumps(seen))
"""


def run_app(tmp_path: Path, mode: str, code: int = 0, plain: bool = False) -> dict:
    path = tmp_path / "d.resokit"
    if not path.exists():
        make_dossier(path, None if plain else PASSPHRASE, clients=3)
    env = {key: value for key, value in os.environ.items() if not key.startswith("RESOKIT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-c", CHILD, mode, PASSPHRASE, str(path)],
                            capture_output=True, text=True, env=env, timeout=150, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["exit_code"] == code
    return seen


def test_unlock_dialog_shows_before_the_window_modules_which_load_on_the_ui_thread(tmp_path):
    seen = run_app(tmp_path, "wait")
    # The first window needs none of these: they are not imported (nor Qt's enums made) yet
    # when it shows.
    assert seen["at_dialog"] == {"main_window": False, "session_flows": False,
                                 "new_passphrase_dialog": False, "domain_labels": False,
                                 "sqlite_utils": False, "numpy": False,
                                 "subprocess": False, "dossier_opening": False,
                                 "dossier_file": False, "dossier_session": False,
                                 "qt_enums": False}
    # While the dialog waits for the passphrase, the rest loads, on the UI thread.
    assert seen["dialog_still_open"] is True
    assert seen["while_dialog_open"]["main_window"] is True
    assert seen["while_dialog_open"]["session_flows"] is True
    assert seen["while_dialog_open"]["dossier_opening"] is True
    assert seen["main_window_thread"] == "ui"
    assert seen["clients_listed"] == 3
    # sqlite_utils loaded by then, still without numpy (it is optional there; 0.17 s)
    assert seen["with_window"]["sqlite_utils"] is True
    assert seen["with_window"]["numpy"] is False


def test_a_passphrase_typed_at_once_still_opens_the_full_window(tmp_path):
    seen = run_app(tmp_path, "at_once")
    assert seen["typed_before_preload_done"] is True
    assert seen["main_window_thread"] == "ui"
    assert seen["clients_listed"] == 3
    assert seen["exit_code"] == 0
    assert CANARY not in json.dumps(seen)


def test_quitting_while_the_window_modules_load_ends_cleanly(tmp_path):
    seen = run_app(tmp_path, "quit", code=1)  # 1: the file was not opened
    assert seen["at_dialog"]["main_window"] is False
    assert "clients_listed" not in seen
    # The one-writer lock was released: the file can be opened again at once.
    again = run_app(tmp_path, "wait")
    assert again["clients_listed"] == 3


def test_every_module_named_for_preloading_exists():
    """The preloader skips a name it cannot import: a renamed module must be renamed there too."""
    for name in modules_to_preload():
        importlib.import_module(name)


def test_a_file_open_elsewhere_gives_its_message_without_the_unlock_dialog(tmp_path):
    """The unlock dialog shows before the one-writer lock is tried; when another Resokit holds
    the file, the dialog goes before the message says so (and nothing can be typed into it)."""
    from resokit_desktop.security.instance_lock import InstanceLock

    path = tmp_path / "d.resokit"
    make_dossier(path, PASSPHRASE, clients=3)
    holder = InstanceLock(path)
    holder.acquire()  # this test's process holds the file, as another window would
    try:
        seen = run_app(tmp_path, "message", code=1)
    finally:
        holder.release()
    assert "al geopend" in seen["message"]
    assert seen["unlock_dialog_under_message"] is False
    assert "clients_listed" not in seen


def test_a_cut_short_file_goes_to_its_message_without_the_unlock_dialog(tmp_path):
    path = tmp_path / "d.resokit"
    make_dossier(path, PASSPHRASE, clients=3)
    with path.open("ab") as handle:
        handle.write(b"cut short")  # no longer whole pages, and no backup: not a dossier
    seen = run_app(tmp_path, "message", code=1)
    assert seen["message"] == "Dit bestand kan niet geopend worden als Resokit-dossier."
    assert seen["unlock_dialog_under_message"] is False


def test_a_plain_files_passphrase_dialog_is_the_first_window(tmp_path):
    """A plain file: "choose a passphrase" shows before the session's modules load; the file's
    check and the window's modules run beside it, and the file is then encrypted and opened."""
    from resokit_desktop.storage.connection import KIND_ENCRYPTED, file_kind

    seen = run_app(tmp_path, "plain", plain=True)
    assert seen["at_dialog"]["dossier_session"] is False
    assert seen["at_dialog"]["main_window"] is False
    assert seen["at_dialog"]["qt_enums"] is False
    assert seen["while_dialog_open"]["main_window"] is True
    assert seen["clients_listed"] == 3
    assert file_kind(tmp_path / "d.resokit") == KIND_ENCRYPTED
