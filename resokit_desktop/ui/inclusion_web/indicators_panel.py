"""Figures beside the web: computed, never typed; each with a plain name and a one-line tooltip."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from resokit_desktop.domain.web.indicators import (
    RICH_REFERENCE_SIZE,
    VULNERABLE_REFERENCE_SIZE,
    Coverage,
    Indicators,
    compute_indicators,
)
from resokit_desktop.domain.web.model import WebVersion
from resokit_desktop.rendering.web_labels import function_label
from resokit_desktop.reports import figure_texts
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.translation import translator

MUTED = "#5B6673"


_t = translator("IndicatorsPanel")


def _wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    # Wrap to the panel's width instead of widening it; keep height-for-width, or the layout
    # gives each label one line and clips the rest.
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setMinimumWidth(120)
    return label


def figure_html(line: figure_texts.FigureLine, names: str = "") -> str:
    """One figure as rich text: name, value in bold, then what it leaves out or who it is."""
    text = f"{html.escape(line.label)}: <b>{html.escape(line.value)}</b>"
    extra = "; ".join(p for p in (line.detail, names) if p)
    if extra:
        text += f" <span style='color:{MUTED}'>({html.escape(extra)})</span>"
    return text


@dataclass(frozen=True)
class _Row:
    """One line of the panel: rich text, and for a figure its key, name and explanation."""

    text: str
    key: str = ""
    name: str = ""
    explanation: str = ""


class IndicatorsPanel(QScrollArea):
    """Shows the figures of the current version; refreshed after every change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(_t("Kenmerken van het netwerk"))
        self._body: QWidget | None = None
        self._rows: list[_Row] = []
        self.refresh(None)

    def all_text(self) -> str:
        """Everything the panel shows, as plain text (what a screen reader gets)."""
        if self._body is None:
            return ""
        return "\n".join(label.text() for label in self._body.findChildren(QLabel))

    def refresh(self, version: WebVersion | None, lang: str = "nl",
                count_paid_staff: bool = True) -> None:
        rows: list[_Row] = []
        if version is not None:
            self._fill(rows, version, lang, count_paid_staff)
        if self._body is not None and rows == self._rows:
            return  # the same figures (a move inside a sector, a rename, an undo): keep them
        scrolled = self.verticalScrollBar().value()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(6)
        for row in rows:
            label = _wrapping_label(row.text)
            if row.key:
                label.setProperty("figure_key", row.key)
                label.setToolTip(row.explanation)
                label.setAccessibleName(row.name)
                label.setAccessibleDescription(row.explanation)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setWidget(body)  # the previous body is deleted by the scroll area
        self._body = body
        self._rows = rows
        # Keep the reader's place: the panel is rebuilt after every edit on the web.
        self.verticalScrollBar().setValue(scrolled)

    def _fill(self, rows: list[_Row], version: WebVersion, lang: str,
              count_paid_staff: bool) -> None:
        texts = ReportTexts(lang)
        ind: Indicators = compute_indicators(version, count_paid_staff)
        member_names = {i: m.name for i, m in version.members.items()}
        for line in figure_texts.figure_lines(ind, version.domain_set, texts):
            names = ""
            if line.key == "splitting_members":
                names = ", ".join(member_names[i] for i in ind.splitting_members)
            rows.append(_Row(figure_html(line, names), line.key, line.label, line.explanation))
        for note in figure_texts.notes(ind, version.domain_set, texts):
            rows.append(_Row(
                f"<span style='color:{MUTED}'>{html.escape(note)}</span>"))
        rows.append(_Row(f"<b>{html.escape(_t('Wie geeft wat?'))}</b>"))
        for function, coverage in ind.functions.items():
            givers = ", ".join(html.escape(member_names[i]) for i in coverage.givers)
            if coverage.coverage == Coverage.NOBODY:
                flag = "⚠ " + html.escape(_t("niemand"))
            elif coverage.coverage == Coverage.PAID_ONLY:
                flag = "⚠ " + html.escape(_t("alleen betaalde hulp")) + f": {givers}"
            else:
                flag = givers
            rows.append(_Row(
                f"{html.escape(function_label(function))}: {flag}"))
        per_domain = ", ".join(
            f"{html.escape(d.label(lang))} {ind.per_domain.get(d.key, 0)}"
            for d in version.domain_set.domains if ind.per_domain.get(d.key, 0))
        if per_domain:
            rows.append(_Row(
                f"<b>{html.escape(_t('Leden per levensdomein'))}</b><br>{per_domain}"))
        rows.append(_Row(f"<span style='color:{MUTED}'>" + html.escape(
            _t("Ter vergelijking, geen score: mensen in een kwetsbare situatie hebben gemiddeld "
               "zo'n {v} netwerkleden, mensen met een rijk netwerk zo'n {r}.")
        ).replace("{v}", str(VULNERABLE_REFERENCE_SIZE)).replace("{r}", str(RICH_REFERENCE_SIZE))
            + "</span>"))
