"""The charts' data from a real dossier file: history with the client's words, live versions,
and the notice that a web was saved (what makes the charts follow an edit)."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.model import EntryKind, Function, Member, Position, TieAttributes
from resokit_desktop.services import chart_service, web_events, web_service
from resokit_desktop.storage import clients_repo


@pytest.fixture
def client_id(db):
    return clients_repo.save_client(db, Client(id=None, name="Test"))


def _place(db, client_id, version, name, domain, ring=1, paid=False, functions=()):
    entry = web_service.add_entry(db, client_id, EntryKind.PERSON, name)
    version.members[entry.id] = Member(entry.id, name, EntryKind.PERSON, Position(domain, ring),
                                       TieAttributes(paid=paid, functions=frozenset(functions)))


def test_no_web_no_charts(db, client_id):
    assert chart_service.charts_for(db, client_id) is None


def test_history_and_latest_from_the_file(db, client_id):
    first = web_service.new_version(db, client_id, "2026-01-05")
    _place(db, client_id, first, "Moeder", "family", functions=[Function.EMOTIONAL])
    web_service.save_version(db, first)
    second = web_service.new_version(db, client_id, "2026-05-05")
    _place(db, client_id, second, "Buur", "neighbourhood", 2)
    _place(db, client_id, second, "Begeleider", "services", 1, paid=True,
           functions=[Function.ADVICE])
    web_service.save_version(db, second)
    web_service.record_client_words(db, client_id, first.id, second.id, "Ik ken nu mijn buur.")
    charts = chart_service.charts_for(db, client_id)
    assert [p.size for p in charts.change] == [1, 3]
    assert [p.client_words for p in charts.change] == ["", "Ik ken nu mijn buur."]
    assert charts.version_date == "2026-05-05"
    assert (charts.composition.paid, charts.composition.unpaid) == (1, 2)


def test_saving_a_web_tells_listeners(db, client_id):
    seen: list[int] = []

    class Listener:
        def heard(self, version):
            seen.append(len(version.members))

    listener = Listener()
    web_events.subscribe(listener.heard)
    try:
        version = web_service.new_version(db, client_id, "2026-01-05")
        _place(db, client_id, version, "Moeder", "family")
        web_service.save_version(db, version)
        assert seen == [0, 1]
        del listener  # a listener that is gone is dropped, not called
        web_service.save_version(db, version)
        assert seen == [0, 1]
    finally:
        web_events._listeners.clear()
