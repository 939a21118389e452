"""Hand-made webs with known answers, shared by the domain tests."""

from __future__ import annotations

from resokit_desktop.domain.web.domain_sets import default_set
from resokit_desktop.domain.web.model import (
    Capital,
    EntryKind,
    Function,
    Member,
    Position,
    TieAttributes,
    TieStatus,
    WebVersion,
)

P, PL, G = EntryKind.PERSON, EntryKind.PLACE, EntryKind.GROUP


def member(entry_id, kind=P, domain="family", ring=1, *, functions=(), paid=False,
           status=TieStatus.ACTIVE, capital=Capital.UNKNOWN, strained=False, name=None):
    return Member(
        entry_id, name or f"M{entry_id}", kind, Position(domain, ring, 0.5, 0.5),
        TieAttributes(functions=frozenset(functions), paid=paid, status=status, capital=capital,
                      strained=strained),
    )


def web(members, ties=(), version_date="2026-01-10", client_id=1):
    version = WebVersion(1, client_id, version_date, default_set())
    for m in members:
        version.members[m.entry_id] = m
    for a, b in ties:
        version.add_tie(a, b)
    return version


def vulnerable_web():
    """Mother (close), sister (sleeping), a paid worker, the food bank, and a wished-for club.

    Mother gives emotional and practical help; the worker gives advice and practical help;
    nobody gives companionship. Mother knows sister; the worker knows the food bank.
    """
    return web(
        [
            member(1, P, "family", 1, functions=[Function.EMOTIONAL, Function.PRACTICAL],
                   capital=Capital.BONDING),
            member(2, P, "family", 2, status=TieStatus.SLEEPING, capital=Capital.BONDING),
            member(3, P, "services", 1, functions=[Function.ADVICE, Function.PRACTICAL],
                   paid=True, capital=Capital.LINKING),
            member(4, PL, "services", 3, capital=Capital.BRIDGING),
            member(5, G, "leisure", 3, status=TieStatus.WISHED_FOR),
        ],
        ties=[(1, 2), (3, 4)],
    )


def chain_web():
    """A - B - C - D in a line plus an isolated E: B and C are bridge persons, A/D/E are not."""
    return web(
        [member(i, P, "friends", 2) for i in range(1, 6)],
        ties=[(1, 2), (2, 3), (3, 4)],
    )
