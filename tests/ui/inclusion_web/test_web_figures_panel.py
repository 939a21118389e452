"""The figures beside the web: plain names with a one-line tooltip, NDTi's rule and the
paid-staff choice stated, no bare "0·0·0", the same names as the printed summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from web_ui_helpers import finish, make_tab

from resokit_desktop.domain.web.model import (
    EntryKind,
    Member,
    Position,
    RegistryEntry,
    TieAttributes,
    TieStatus,
)
from resokit_desktop.reports.figure_texts import figure_name
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services import web_service
from resokit_desktop.storage import contacts_repo
from resokit_desktop.ui.inclusion_web.domain_set_page import DomainSetPage


def _add(dossier, client_id, version, name, kind, domain, *, paid=False,
         status=TieStatus.ACTIVE):
    entry_id = contacts_repo.add_contact(dossier.db, RegistryEntry(None, client_id, kind, name))
    version.members[entry_id] = Member(entry_id, name, kind, Position(domain, 2, 0.5, 0.5),
                                       TieAttributes(paid=paid, status=status))
    return entry_id


def _rows(tab) -> dict[str, QLabel]:
    return {label.property("figure_key"): label
            for label in tab.indicators.findChildren(QLabel) if label.property("figure_key")}


def test_figures_have_plain_names_tooltips_and_follow_ndti(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    version = web_service.load_version(dossier.db, client_id)
    _add(dossier, client_id, version, "Moeder", EntryKind.PERSON, "family")
    _add(dossier, client_id, version, "Maatschappelijk werker", EntryKind.PERSON, "services",
         paid=True)
    _add(dossier, client_id, version, "Thuiszorg", EntryKind.GROUP, "services", paid=True)
    _add(dossier, client_id, version, "Oude vriend", EntryKind.PERSON, "online",
         status=TieStatus.SLEEPING)
    web_service.save_version(dossier.db, version)
    tab.set_client(None)
    tab.set_client(client_id)
    qtbot.waitUntil(lambda: bool(_rows(tab)))
    rows = _rows(tab)
    texts = ReportTexts("nl")
    # Every figure: the printed summary's name, a value, and a one-line tooltip.
    for key, label in rows.items():
        assert label.text().startswith(figure_name(texts, key)), key
        assert label.toolTip() and "\n" not in label.toolTip(), key
    # Long figures wrap onto more lines instead of being cut off at the panel's edge.
    bar = tab.side_tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(tab.side_tabs.indexOf(tab.indicators)).center())
    qtbot.waitUntil(tab.indicators.isVisible)
    qtbot.waitUntil(lambda: all(
        label.height() >= label.heightForWidth(label.width()) for label in rows.values()))
    assert rows["domains_used"].height() > rows["size"].height()
    # NDTi: both persons count (paid staff counted by default), the group counts as a place.
    assert "<b>2</b>" in rows["people_score"].text()
    assert "niet meegeteld: 1 slapend" in rows["people_score"].text()
    assert "<b>1</b>" in rows["places_score"].text()
    assert "<b>1</b>" in rows["unpaid_active_people"].text()
    # Online holds only a sleeping tie: said, not silently left out.
    assert "<b>2 van 9</b>" in rows["domains_used"].text()
    assert "Online" in rows["domains_used"].text()
    # Nobody marked as bonding/bridging/linking: said in words, not "0 · 0 · 0".
    assert "nog niemand aangeduid" in rows["capital"].text()
    assert "0 · 0 · 0" not in tab.indicators.all_text()
    assert "tellen mee in de NDTi-scores" in tab.indicators.all_text()
    assert "niet de levensdomeinen van NDTi" in tab.indicators.all_text()
    finish(tab, dossier)


def test_paid_staff_choice_in_settings_changes_the_scores_shown(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    version = web_service.load_version(dossier.db, client_id)
    _add(dossier, client_id, version, "Moeder", EntryKind.PERSON, "family")
    _add(dossier, client_id, version, "Werker", EntryKind.PERSON, "services", paid=True)
    web_service.save_version(dossier.db, version)
    page = DomainSetPage(dossier)
    qtbot.addWidget(page)
    page.show()
    page.load()
    assert page.paid_staff_check.isChecked()  # default: counted
    QTest.mouseClick(page.paid_staff_check, Qt.MouseButton.LeftButton)
    assert page.validate() == []
    page.save()
    tab.set_client(None)
    tab.set_client(client_id)
    qtbot.waitUntil(lambda: bool(_rows(tab)))
    rows = _rows(tab)
    assert "<b>1</b>" in rows["people_score"].text()
    assert "1 betaald" in rows["people_score"].text()
    assert "tellen niet mee in de NDTi-scores" in tab.indicators.all_text()
    finish(tab, dossier)
