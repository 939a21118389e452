"""The team's reflection checklist: per question yes / partly / not yet, a note and the date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.i18n import current_language
from resokit_desktop.services import reflection_service
from resokit_desktop.services.reflection_service import ANSWERS, Answer, ReflectionService
from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.modal import exec_and_free

_tr = translator("ReflectionChecklist")


class QuestionRow(QWidget):
    """One question: its text, three answer buttons, a note and the date of the last change."""

    def __init__(self, key: str, text: str, labels: dict[str, str], saved: Answer,
                 on_change: Callable[[QuestionRow], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"question_{key}")
        self.on_change = on_change
        self.question = QLabel(text, self)
        self.question.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        answers = QHBoxLayout()
        for code in ANSWERS:
            button = QRadioButton(labels[code], self)
            button.setObjectName(f"answer_{code}")
            button.setChecked(saved.answer == code)
            self.group.addButton(button)
            self.buttons[code] = button
            answers.addWidget(button)
        self.note = QLineEdit(saved.note, self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(_tr("notitie of volgende stap"))
        self.note.setAccessibleName(_tr("Notitie bij: {question}").format(question=text))
        self.note.editingFinished.connect(lambda: self.on_change(self))
        self.date_label = QLabel(self)
        self.date_label.setObjectName("answer_date")
        answers.addWidget(self.note, 1)
        answers.addWidget(self.date_label)
        self.group.buttonToggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.question)
        layout.addLayout(answers)
        self.show_date(saved.date)

    def answer(self) -> str:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return ""

    def show_date(self, iso: str) -> None:
        if not iso:
            self.date_label.setText(_tr("nog niet beantwoord"))
            return
        day = date.fromisoformat(iso)
        shown = QLocale(current_language()).toString(QDate(day.year, day.month, day.day),
                                                      QLocale.FormatType.ShortFormat)
        self.date_label.setText(_tr("op {date}").format(date=shown))

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.on_change(self)


class ReflectionDialog(QDialog):
    """Every question of the checklist on one scrolling page; each change is saved at once."""

    def __init__(self, service: ReflectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflection_dialog")
        self.service = service
        self.today: Callable[[], date] = date.today  # tests pin the day
        self.rows: dict[str, QuestionRow] = {}
        self.resize(960, 680)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("reflection_print")
        self.print_button.clicked.connect(self.print_checklist)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter in a note only saves it: it neither prints nor closes the list.
        for button in (self.print_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = reflection_service.checklist(current_language())
        self.setWindowTitle(texts["title"])
        self.intro.setText(texts["intro"])
        self.print_button.setText(_tr("&Afdrukken…"))
        self.close_button.setText(_tr("Sluiten"))
        self._build_questions(texts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        # A closed list (waiting to be freed) never reads the file again.
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate_ui()
        super().changeEvent(event)

    def _build_questions(self, texts: dict) -> None:
        saved = self.service.answers()
        page = QWidget(self.scroll)
        grid = QGridLayout(page)
        row_index = 0
        self.rows = {}
        for section in texts["sections"]:
            heading = QLabel(section["title"], page)
            heading.setStyleSheet("font-size: 14pt; font-weight: bold; margin-top: 8px;")
            grid.addWidget(heading, row_index, 0)
            row_index += 1
            for topic in section["topics"]:
                title = QLabel(topic["title"], page)
                title.setStyleSheet("font-weight: bold; margin-top: 6px;")
                grid.addWidget(title, row_index, 0)
                row_index += 1
                for question in topic["questions"]:
                    row = QuestionRow(question["key"], question["text"], texts["answers"],
                                      saved.get(question["key"], Answer()), self._save, page)
                    self.rows[question["key"]] = row
                    grid.addWidget(row, row_index, 0)
                    row_index += 1
        grid.setRowStretch(row_index, 1)
        self.scroll.setWidget(page)

    def _save(self, row: QuestionRow) -> None:
        kept = self.service.save(row.key, row.answer(), row.note.text(), self.today())
        row.show_date(kept.date)

    def print_checklist(self) -> None:
        # lazy: the print preview (and Qt's print support) loads when first asked for
        from resokit_desktop.ui.help.sheet_preview import SheetPreviewDialog

        dialog = SheetPreviewDialog(_tr("Reflectielijst afdrukken"),
                                    _tr("reflectielijst") + ".pdf", self.service.document, self)
        exec_and_free(dialog)


def open_reflection(service: ReflectionService, parent: QWidget) -> None:
    """Show the checklist (modal: it writes to the open file, like the settings)."""
    exec_and_free(ReflectionDialog(service, parent))
