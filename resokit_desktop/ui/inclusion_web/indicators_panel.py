"""Indicators beside the web: computed figures with short explanations, never typed by hand."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from resokit_desktop.domain.web.indicators import (
    RICH_REFERENCE_SIZE,
    VULNERABLE_REFERENCE_SIZE,
    Coverage,
    Indicators,
    compute_indicators,
)
from resokit_desktop.domain.web.model import WebVersion
from resokit_desktop.ui.inclusion_web.web_labels import function_label, indicator_label


def _t(text: str) -> str:
    return QCoreApplication.translate("IndicatorsPanel", text)


def format_share(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def indicators_html(version: WebVersion, lang: str = "nl") -> str:
    """The indicators as simple rich text (also used by tests to read what is shown)."""
    ind: Indicators = compute_indicators(version)
    names = {i: m.name for i, m in version.members.items()}
    rows = [
        (indicator_label("size"), str(ind.size)),
        (indicator_label("people_score"), str(ind.people_score)),
        (indicator_label("places_score"), str(ind.places_score)),
        (indicator_label("domains_used"), f"{ind.domains_used} / {ind.domains_total}"),
        (_t("Per cirkel (dichtbij · midden · verder)"),
         f"{ind.per_ring[1]} · {ind.per_ring[2]} · {ind.per_ring[3]}"),
        (indicator_label("paid_share"), format_share(ind.paid_share)),
        (_t("Binden · overbruggen · verbinden"), f"{ind.bonding} · {ind.bridging} · {ind.linking}"),
        (indicator_label("sleeping"), str(ind.sleeping)),
        (indicator_label("wished_for"), str(ind.wished_for)),
        (indicator_label("density"),
         "—" if ind.density is None else f"{ind.density:.2f}".replace(".", ",")),
        (indicator_label("bridge_persons"),
         ", ".join(html.escape(names[i]) for i in ind.bridge_persons) or _t("geen")),
    ]
    # Plain lines, not tables: they wrap to whatever width the side panel has.
    parts = [f"<p style='margin:0 0 6px 0'>{html.escape(label)}: <b>{value}</b></p>"
             for label, value in rows]
    parts.append(f"<p><b>{html.escape(_t('Wie geeft wat?'))}</b></p>")
    for function, coverage in ind.functions.items():
        givers = ", ".join(html.escape(names[i]) for i in coverage.givers)
        if coverage.coverage == Coverage.NOBODY:
            flag = "⚠ " + _t("niemand")
        elif coverage.coverage == Coverage.PAID_ONLY:
            flag = "⚠ " + _t("alleen betaalde hulp") + f": {givers}"
        else:
            flag = givers
        parts.append(f"<p style='margin:0 0 6px 0'>{html.escape(function_label(function))}: "
                     f"{flag}</p>")
    per_domain = ", ".join(
        f"{html.escape(d.label(lang))} {ind.per_domain.get(d.key, 0)}"
        for d in version.domain_set.domains if ind.per_domain.get(d.key, 0))
    if per_domain:
        parts.append(f"<p><b>{html.escape(_t('Per levensdomein'))}</b><br>{per_domain}</p>")
    parts.append("<p style='color:#5B6673'>" + html.escape(
        _t("Ter vergelijking, geen score: mensen in een kwetsbare situatie hebben gemiddeld "
           "zo'n {v} netwerkleden, mensen met een rijk netwerk zo'n {r}.")
    ).replace("{v}", str(VULNERABLE_REFERENCE_SIZE)).replace("{r}", str(RICH_REFERENCE_SIZE))
        + "</p>")
    return "".join(parts)


class IndicatorsPanel(QScrollArea):
    """Shows the indicators of the current version; refreshed after every change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label.setAccessibleName(_t("Kenmerken van het netwerk"))
        # Wrap to the panel's width instead of widening it.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(120)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setWidget(body)

    def refresh(self, version: WebVersion | None, lang: str = "nl") -> None:
        self.label.setText("" if version is None else indicators_html(version, lang))
