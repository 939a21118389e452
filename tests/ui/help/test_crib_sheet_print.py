"""The crib sheet from the help window: one page in the preview, saved as a PDF in English."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication

from resokit_desktop.services import help_service
from resokit_desktop.ui.help.help_actions import open_help
from resokit_desktop.ui.help.sheet_preview import SheetPreviewDialog


def test_the_print_button_of_a_guide_opens_its_preview(qtbot, window) -> None:
    shown = open_help(window, "guide_talents", window)
    qtbot.waitExposed(shown)
    seen: list[tuple[str, int]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SheetPreviewDialog) and dialog.pages_painted:
            seen.append((dialog.windowTitle(), dialog.pages_painted))
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    qtbot.mouseClick(shown.print_button, Qt.MouseButton.LeftButton)
    timer.stop()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert seen == [("Gespreksleidraad: talenten sorteren", 1)]
    shown.close()


def test_a_crib_sheet_saved_in_english_holds_the_english_guide(qtbot, tmp_path) -> None:
    dialog = SheetPreviewDialog("sheet", "crib.pdf",
                                lambda lang: help_service.crib_sheet(lang, "guide_roles"))
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages_painted == 1)
    target = tmp_path / "crib.pdf"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: dialog.last_saved == target)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Conversation guide: planning a role" in text
    assert "What is the first step, who takes it and by when?" in text
