"""The neighbourhood scan and the merge plan, without a file or a window."""

from __future__ import annotations

from datetime import date

from resokit_desktop.domain.neighbourhood.entry import (
    NeighbourhoodEntry,
    NeighbourhoodKind,
    duplicate_key,
    validate_entry,
)
from resokit_desktop.domain.neighbourhood.merge import MergeAction, merged_entry, plan_merge
from resokit_desktop.domain.neighbourhood.scan import scan_register

K = NeighbourhoodKind
TODAY = date(2026, 6, 15)


def test_scan_counts_kinds_open_needs_and_entries_not_checked_for_a_year():
    entries = [
        NeighbourhoodEntry(kind=K.PLACE, name="Park", neighbourhood="Laken",
                           last_checked="2025-06-15"),  # exactly a year: still fine
        NeighbourhoodEntry(kind=K.PLACE, name="Bib", neighbourhood="laken",
                           needs="Voorlezers", last_checked="2025-06-14"),
        NeighbourhoodEntry(kind=K.KEY_FIGURE, name="Apotheker", neighbourhood="Laken"),
        NeighbourhoodEntry(kind=K.INITIATIVE, name="Moestuin", neighbourhood="Jette",
                           needs="Handige handen", last_checked="2026-05-01"),
        NeighbourhoodEntry(kind=K.ORGANISATION, name="Zonder buurt", last_checked="2026-01-01"),
    ]
    scans = scan_register(entries, TODAY)
    assert [s.neighbourhood for s in scans] == ["Jette", "Laken", ""]
    laken = scans[1]
    assert laken.counts == {K.PLACE: 2, K.KEY_FIGURE: 1} and laken.total == 3
    assert K.INITIATIVE in laken.missing_kinds and K.PLACE not in laken.missing_kinds
    assert [e.name for e in laken.open_needs] == ["Bib"]
    # Never checked comes first, then the oldest check.
    assert [e.name for e in laken.stale] == ["Apotheker", "Bib"]
    assert scans[0].stale == [] and [e.name for e in scans[0].open_needs] == ["Moestuin"]


def test_validation_requires_a_name_and_a_real_date():
    errors = validate_entry(NeighbourhoodEntry(name="  \x1b ", last_checked="2026-02-30"))
    assert {(e.field, e.code) for e in errors} == {("name", "required"),
                                                  ("last_checked", "date_invalid")}


def test_duplicates_are_found_by_normalised_name_and_address():
    a = NeighbourhoodEntry(name="Buurthuis  Élan", address="Rue Haute 12")
    b = NeighbourhoodEntry(name="buurthuis elan", address="rue haute, 12")
    assert duplicate_key(a) == duplicate_key(b)
    assert duplicate_key(a) != duplicate_key(NeighbourhoodEntry(name="Buurthuis Elan"))


def test_merge_keeps_both_notes_ours_on_conflict_and_fills_our_gaps():
    ours = [NeighbourhoodEntry(id=7, name="Soepbar", address="Kerkstraat 1", offers="Soep",
                               contact="Mieke", notes="Onze notitie",
                               last_checked="2025-01-01")]
    theirs = [NeighbourhoodEntry(name="SOEPBAR", address="kerkstraat 1", offers="Soep en brood",
                                 contact="Mieke", opening_hours="ma-vr 12u",
                                 notes="Hun notitie", last_checked="2026-02-02"),
              NeighbourhoodEntry(name="Nieuw", notes="x")]
    items = plan_merge(ours, theirs)
    assert [i.action for i in items] == [MergeAction.MERGE, MergeAction.NEW]
    item = items[0]
    assert [(c.field, c.ours, c.theirs) for c in item.conflicts] == [
        ("offers", "Soep", "Soep en brood")]
    assert item.filled == ["opening_hours"]
    result = merged_entry(item, "— van collega —")
    assert result.id == 7 and result.offers == "Soep" and result.opening_hours == "ma-vr 12u"
    assert result.notes == "Onze notitie\n\n— van collega —\nHun notitie"
    assert result.last_checked == "2026-02-02"
    item.conflicts[0].take_theirs = True
    assert merged_entry(item, "m").offers == "Soep en brood"


def test_merging_the_same_file_twice_changes_nothing_the_second_time():
    ours = [NeighbourhoodEntry(id=1, name="Park", notes="A")]
    theirs = [NeighbourhoodEntry(name="Park", notes="B")]
    once = merged_entry(plan_merge(ours, theirs)[0], "— m —")
    assert plan_merge([once], theirs)[0].action == MergeAction.SAME
