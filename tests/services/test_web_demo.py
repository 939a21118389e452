"""The demo gives several clients webs that grow over versions, with the patterns worth showing."""

from __future__ import annotations

from datetime import date

from resokit_desktop.domain.web.indicators import Coverage, compute_indicators
from resokit_desktop.services import demo_service, web_service


def test_demo_webs_have_versions_sleeping_ties_paid_only_functions_and_bridges(db):
    ids = demo_service.fill_demo(db, date(2026, 11, 23))
    with_webs = [c for c in ids if len(web_service.list_versions(db, c)) >= 2]
    assert len(with_webs) >= 4
    paid_only = bridges = sleeping = grows = 0
    for client_id in with_webs:
        rows = web_service.list_versions(db, client_id)
        first = web_service.load_version_by_id(db, rows[0].id)
        last = web_service.load_version_by_id(db, rows[-1].id)
        first_ind, last_ind = compute_indicators(first), compute_indicators(last)
        grows += last_ind.size > first_ind.size
        sleeping += first_ind.sleeping > 0
        bridges += bool(last_ind.splitting_members)
        paid_only += any(c.coverage == Coverage.PAID_ONLY for c in first_ind.functions.values())
        assert first_ind.size <= 8  # small, vulnerable networks at the start
        assert web_service.client_words(db, rows[-2].id, rows[-1].id)
    assert grows == len(with_webs)
    assert sleeping >= 2 and bridges >= 2 and paid_only >= 2
