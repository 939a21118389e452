"""The built-in life-domain presets (Resokit default and NDTi-based) and sets as data."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from resokit_desktop.domain.web.model import Domain, DomainSet
from resokit_desktop.resources import resources_dir

CATALOGUE = "catalogues/domain_sets.json"
DEFAULT_SET_KEY = "resokit"
NDTI_SET_KEY = "ndti"


def set_from_data(data: dict[str, Any]) -> DomainSet:
    """Build a domain set from its JSON shape; raises ValueError when it is unusable."""
    try:
        domains = tuple(
            Domain(key=str(d["key"]), labels={k: str(v) for k, v in d["labels"].items()})
            for d in data["domains"]
        )
        result = DomainSet(
            key=str(data["key"]),
            labels={k: str(v) for k, v in data.get("labels", {}).items()},
            domains=domains,
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a domain set: {exc}") from exc
    keys = result.keys()
    if not keys or len(set(keys)) != len(keys) or any(not k.strip() for k in keys):
        raise ValueError("a domain set needs at least one domain, with unique keys")
    return result


def set_to_data(domain_set: DomainSet) -> dict[str, Any]:
    return {
        "key": domain_set.key,
        "labels": dict(domain_set.labels),
        "domains": [{"key": d.key, "labels": dict(d.labels)} for d in domain_set.domains],
    }


@lru_cache(maxsize=1)
def _catalogue() -> tuple[DomainSet, ...]:
    text = (resources_dir() / CATALOGUE).read_text(encoding="utf-8")
    return tuple(set_from_data(item) for item in json.loads(text)["sets"])


def builtin_sets() -> list[DomainSet]:
    """The presets shipped with the app, the default first."""
    return list(_catalogue())


def builtin_set(key: str) -> DomainSet:
    for domain_set in _catalogue():
        if domain_set.key == key:
            return domain_set
    raise KeyError(key)


def default_set() -> DomainSet:
    return builtin_set(DEFAULT_SET_KEY)


def is_ndti_set(domain_set: DomainSet) -> bool:
    """True when the set holds exactly NDTi's life domains (NDTi's figures then apply as such)."""
    return domain_set.keys() == builtin_set(NDTI_SET_KEY).keys()
