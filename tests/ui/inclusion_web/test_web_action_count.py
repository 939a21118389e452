"""A 15-member web with functions in at most 40 user actions, on the real tab (issue 10)."""

from __future__ import annotations

import sys
from pathlib import Path

from web_ui_helpers import finish, make_tab, stored, wait_saved

from resokit_desktop.domain.web.model import Function

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))

import web_action_count  # noqa: E402


def test_fifteen_members_with_functions_in_at_most_forty_actions(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path, size=(960, 690))
    actions = web_action_count.build_web(tab)
    assert actions <= 40
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    made = {m.name: m for m in version.members.values()}
    assert len(made) == 15
    letters = {"P": Function.PRACTICAL, "E": Function.EMOTIONAL, "A": Function.ADVICE,
               "G": Function.COMPANIONSHIP}
    for name, domain, ring, kind, functions in web_action_count.WEB:
        member = made[name]
        assert (member.position.domain, member.position.ring, member.kind) == (domain, ring, kind)
        assert member.tie.functions == {letters[c] for c in functions}
    finish(tab, dossier)
