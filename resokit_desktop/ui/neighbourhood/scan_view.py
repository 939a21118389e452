"""The neighbourhood scan shown as a calm, readable page: per neighbourhood what the register
holds, which kinds are missing, which needs are open and which entries need a new check."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodKind
from resokit_desktop.domain.neighbourhood.scan import STALE_AFTER_DAYS, NeighbourhoodScan
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.register_texts import kind_plural, kind_text
from resokit_desktop.ui.widgets.dates import display_date

_tr = translator("NeighbourhoodScan")


def scan_html(scans: list[NeighbourhoodScan], today: date) -> str:
    """The whole scan as simple HTML (headings and lists, no colour carrying meaning)."""
    if not scans:
        return "<p>" + escape(_tr(
            "Het buurtregister is nog leeg. Voeg plaatsen, sleutelfiguren en initiatieven toe; "
            "de buurtscan vat ze hier per buurt samen.")) + "</p>"
    parts = ["<p>" + escape(_tr(
        "Per buurt: wat het register bevat, wat nog ontbreekt, welke noden openstaan en wat "
        "langer dan %1 dagen niet meer nagekeken is (vandaag: %2).")
        .replace("%1", str(STALE_AFTER_DAYS)).replace("%2", display_date(today.isoformat())))
        + "</p>", _overview(scans)]
    for scan in scans:
        parts.append(_section(scan))
    return "\n".join(parts)


def _capital(text: str) -> str:
    """'(zelf)organisaties' -> '(Zelf)organisaties': the first letter, past any bracket."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1:]
    return text


def _overview(scans: list[NeighbourhoodScan]) -> str:
    """One row per neighbourhood: how many of each kind, open needs, entries to check."""
    heads = [_tr("Buurt"), *(_capital(kind_plural(kind)) for kind in NeighbourhoodKind),
             _tr("Open noden"), _tr("Na te kijken")]
    cell = 'style="padding: 3px 10px; border: 1px solid #999;"'
    rows = ["<tr>" + "".join(f"<th {cell}>{escape(h)}</th>" for h in heads) + "</tr>"]
    for scan in scans:
        values = [scan.neighbourhood or _tr("Zonder buurt"),
                  *(str(scan.counts.get(kind, 0)) for kind in NeighbourhoodKind),
                  str(len(scan.open_needs)), str(len(scan.stale))]
        rows.append("<tr>" + "".join(
            f'<td {cell} align="{"left" if i == 0 else "center"}">{escape(v)}</td>'
            for i, v in enumerate(values)) + "</tr>")
    return ('<table cellspacing="0" style="border-collapse: collapse; margin: 6px 0;">'
            + "".join(rows) + "</table>")


def _section(scan: NeighbourhoodScan) -> str:
    title = scan.neighbourhood or _tr("Zonder buurt")
    counts = ", ".join(_count(scan.counts[kind], kind)
                       for kind in NeighbourhoodKind if scan.counts.get(kind))
    html = [f"<h2>{escape(title)}</h2>",
            f"<p><b>{escape(_tr('In het register:'))}</b> {escape(counts)}</p>"]
    if scan.missing_kinds:
        missing = ", ".join(kind_plural(kind) for kind in scan.missing_kinds)
        html.append(f"<p><b>{escape(_tr('Nog niets over:'))}</b> {escape(missing)}</p>")
    html.append(f"<p><b>{escape(_tr('Open noden:'))}</b></p>")
    if scan.open_needs:
        html.append("<ul>" + "".join(
            f"<li>{escape(e.name)}: {escape(' '.join(e.needs.split()))}</li>"
            for e in scan.open_needs) + "</ul>")
    else:
        html.append(f"<p>{escape(_tr('Geen noden genoteerd.'))}</p>")
    html.append(f"<p><b>{escape(_tr('Al een jaar niet nagekeken:'))}</b></p>")
    if scan.stale:
        html.append("<ul>" + "".join(
            f"<li>{escape(e.name)} ({escape(_checked(e.last_checked))})</li>"
            for e in scan.stale) + "</ul>")
    else:
        html.append(f"<p>{escape(_tr('Alles is het voorbije jaar nagekeken.'))}</p>")
    return "\n".join(html)


def _count(number: int, kind: NeighbourhoodKind) -> str:
    return f"{number} {kind_text(kind).lower() if number == 1 else kind_plural(kind)}"


def _checked(iso: str | None) -> str:
    if not iso:
        return _tr("nooit nagekeken")
    return _tr("laatst nagekeken op %1").replace("%1", display_date(iso))


class ScanView(QTextBrowser):
    """Read-only; the window hands it a fresh scan whenever it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_scan")
        self.setAccessibleName(_tr("Buurtscan"))
        self.setOpenLinks(False)

    def show_scan(self, scans: list[NeighbourhoodScan], today: date) -> None:
        self.setHtml(scan_html(scans, today))
