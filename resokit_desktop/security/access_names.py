"""Other people's names in a right-of-access export: found in every text, replaced by initials.

The client's registry (contacts of kind "person") says who the third parties are. Each of their
names, whole or in part, becomes initials wherever the client's texts mention it (notes,
session texts, agreements, member notes…), matched as whole words in any case, with or without
accents. The client's own name stays, and so do role words ("Mama", "Hulpverlener"). Fields
that only ever hold a person's name (who an agreement is with…) also lose names that are not in
the registry.
"""

from __future__ import annotations

from resokit_desktop.domain.names import (
    NameReplacer,
    is_role_only,
    name_variants,
    shorten_name,
)

# Columns that hold the name of a person and nothing else: (table, column, only-when).
NAME_FIELDS: tuple[tuple[str, str, tuple[str, str] | None], ...] = (
    ("contacts", "name", ("kind", "person")),
    ("agreements", "who", None),
    ("client_talents", "named_by_name", None),
    ("role_plans", "key_person", None),
    ("role_steps", "owner", None),
)


def _third_parties(tables: dict[str, list[dict]]) -> list[str]:
    names = [str(r.get("name") or "") for r in tables.get("contacts", [])
             if r.get("kind") == "person"]
    return [n for n in names if n.strip() and not is_role_only(n)]


def _client_names(tables: dict[str, list[dict]]) -> list[str]:
    clients = tables.get("clients") or [{}]
    name = str(clients[0].get("name") or "")
    return [name, *name_variants(name)] if name.strip() else []


def _walk(value: object, clean) -> object:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_walk(v, clean) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, clean) for k, v in value.items()}
    return value


def replace_other_names(tables: dict[str, list[dict]]) -> int:
    """Replace third parties' names in place, in every text of every row; how many replaced."""
    own = _client_names(tables)
    wanted: dict[str, str] = {}
    for person in _third_parties(tables):
        for variant in name_variants(person):
            wanted.setdefault(variant, shorten_name(variant))
    replacer = NameReplacer(wanted, keep=own)
    own_words = {w for name in own for w in name.replace("-", " ").split()} | set(own)
    fields = {(t, c): cond for t, c, cond in NAME_FIELDS}
    changed = 0
    for table, rows in tables.items():
        if table == "clients":
            for row in rows:  # the client's own identity is theirs to see; free text is not
                row.update({k: _walk(v, replacer) for k, v in row.items() if k != "name"})
            continue
        for row in rows:
            for column, value in row.items():
                new = _walk(value, replacer)
                key = (table, column)
                if key in fields and isinstance(new, str) and new.strip():
                    condition = fields[key]
                    if condition is None or row.get(condition[0]) == condition[1]:
                        shortened = shorten_name(new, keep=own_words)
                        changed += shortened != new
                        new = shortened
                row[column] = new
    return replacer.count + changed
