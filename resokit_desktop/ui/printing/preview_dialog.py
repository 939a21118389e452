"""A print preview with an options bar above the pages and "Save as PDF…" beside the options."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from resokit_desktop.reports.blocks import Document
from resokit_desktop.services.file_output import OutputRefused, write_bytes_atomically
from resokit_desktop.translation import translator
from resokit_desktop.ui.printing.qt_print import apply_page_setup, paint_document
from resokit_desktop.ui.printing.save_dialog import ask_pdf_path, start_folder
from resokit_desktop.ui.widgets.background import run_in_background
from resokit_desktop.ui.widgets.wheel_safe import ComboBox, guard_wheel_in

CONTEXT = "PrintPreview"
LANGUAGE_NAMES = (("nl", "Nederlands"), ("fr", "Français"), ("en", "English"))
SETTINGS_GROUP = "printing"


_tr = translator(CONTEXT)


def language_combo(current: str) -> QComboBox:
    """Language names are written in their own language, so they are not translated."""
    combo = ComboBox()
    for code, name in LANGUAGE_NAMES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.setAccessibleName(_tr("Taal van het document"))
    return combo


def remembered(key: str, default: object) -> object:
    """A remembered print choice (QSettings holds choices only, never client data)."""
    return QSettings().value(f"{SETTINGS_GROUP}/{key}", default)


def remember(key: str, value: object) -> None:
    QSettings().setValue(f"{SETTINGS_GROUP}/{key}", value)


def _load_pdf_writer() -> None:
    # lazy: fpdf2 (and the PDF code) load when a PDF is first made, not at start-up
    import resokit_desktop.reports.pdf_render  # noqa: F401


class DocumentPreviewDialog(QPrintPreviewDialog):
    """Shows ``make_document()`` page by page; subclasses add their options to ``options_bar``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.printer, parent)
        self.setWindowTitle(_tr("Afdrukvoorbeeld"))
        self.resize(1000, 760)
        guard_wheel_in(self)  # Qt's own zoom box: the wheel scrolls the pages instead
        self.options_bar = QWidget(self)
        self.options_bar.setObjectName("print_options_bar")
        self.options_layout = QHBoxLayout(self.options_bar)
        self.options_layout.setContentsMargins(8, 4, 8, 4)
        self.save_button = QPushButton(_tr("Opslaan als PDF…"), self.options_bar)
        self.save_button.setObjectName("save_pdf_button")
        self.save_button.clicked.connect(self.save_pdf)
        layout = self.layout()
        if layout is not None:
            layout.insertWidget(0, self.options_bar)  # under the toolbar, above the pages
        self.preview = self.findChild(QPrintPreviewWidget)
        self._name_qt_controls()
        self.document: Document | None = None
        self.pages_painted = 0
        self.last_saved: Path | None = None
        self.on_saved: Callable[[Path], None] | None = None
        self.paintRequested.connect(self.paint)
        # While the worker looks at the preview, load fpdf2 (a third of a second) off the main
        # thread, so "Opslaan als PDF…" starts warm. The app itself never loads it at start-up.
        run_in_background(_load_pdf_writer, lambda _result: None, lambda _error: None)

    def _name_qt_controls(self) -> None:
        """Qt's preview brings a page-number field and a page view without names: give them one."""
        if self.preview is not None:
            for view in self.preview.findChildren(QGraphicsView):
                view.setAccessibleName(_tr("Voorbeeld van de pagina's"))
        for field in self.findChildren(QLineEdit):
            if not isinstance(field.parentWidget(), QComboBox) and not field.accessibleName():
                field.setAccessibleName(_tr("Paginanummer"))

    def add_option(self, label: str, widget: QWidget) -> None:
        if label:
            caption = QLabel(label, self.options_bar)
            caption.setBuddy(widget)
            self.options_layout.addWidget(caption)
        self.options_layout.addWidget(widget)

    def finish_options(self) -> None:
        self.options_layout.addStretch(1)
        self.options_layout.addWidget(self.save_button)

    # What subclasses provide ------------------------------------------------------------------
    def make_document(self) -> Document:
        raise NotImplementedError

    def build_pdf(self) -> Callable[[], bytes]:
        """A callable that builds the PDF bytes without touching widgets or the dossier."""
        raise NotImplementedError

    def default_file_name(self) -> str:
        return _tr("document") + ".pdf"

    def after_save(self) -> None:
        """Called on the main thread once the PDF is written (e.g. for the audit log)."""

    # Preview ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._forget_saved()  # a saved mark belongs to what was saved, not to the new choices
        self.document = self.make_document()
        apply_page_setup(self.printer, self.document)
        if self.preview is not None:
            self.preview.updatePreview()

    def paint(self, printer: QPrinter) -> None:
        if self.document is None:
            self.document = self.make_document()
        apply_page_setup(printer, self.document)
        self.pages_painted = paint_document(self.document, printer)

    # Save as PDF ------------------------------------------------------------------------------
    def save_pdf(self) -> bool:
        """Ask for a file name and start saving; False when the user cancelled."""
        folder = start_folder(str(remembered("last_folder", "") or ""))
        path = ask_pdf_path(self, _tr("Opslaan als PDF"), folder, self.default_file_name())
        if path is None:
            return False
        self.save_to(path)
        return True

    def _forget_saved(self) -> None:
        self.save_button.setText(_tr("Opslaan als PDF…"))
        self.save_button.setToolTip("")

    def save_to(self, path: Path) -> None:
        """Build in the background and write atomically; the window stays responsive."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path.is_dir():
            self._failed(IsADirectoryError(str(path)))
            return
        remember("last_folder", str(path.parent))
        build = self.build_pdf()
        self.save_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def work() -> Path:
            write_bytes_atomically(path, build())
            return path

        run_in_background(work, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        QApplication.restoreOverrideCursor()
        self.save_button.setEnabled(True)
        self.last_saved = path
        self.after_save()
        self.save_button.setText(_tr("Opgeslagen ✓"))
        self.save_button.setToolTip(str(path))
        if self.on_saved is not None:
            self.on_saved(path)
        if not self.isVisible():  # saved straight from the menu: this dialog was never shown
            self.deleteLater()

    def _failed(self, error: BaseException) -> None:
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
        self.save_button.setEnabled(True)
        if isinstance(error, OutputRefused):
            reason = _tr("dit is geen gewoon bestand (een map, apparaat, pijp of koppeling); "
                         "kies een andere naam")
        else:
            reason = getattr(error, "strerror", None) or str(error)
        QMessageBox.warning(self.parentWidget() if not self.isVisible() else self,
                            _tr("Opslaan als PDF"),
                            _tr("Het bestand kon niet opgeslagen worden: {reason}")
                            .format(reason=reason))
        if not self.isVisible():
            self.deleteLater()
