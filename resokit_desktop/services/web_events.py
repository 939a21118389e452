"""Tells interested views that a client's web was saved, so charts follow edits made elsewhere.

Plain callbacks (no Qt here): ``web_service`` publishes after each save; a listener is held
weakly when it is a bound method, so a closed tab never keeps itself alive through this list.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from resokit_desktop.domain.web.model import WebVersion

Listener = Callable[[WebVersion], None]
_listeners: list[weakref.ref | Callable[[], Listener]] = []


def subscribe(listener: Listener) -> None:
    """Call ``listener(version)`` after every saved web version (bound methods held weakly)."""
    if hasattr(listener, "__self__"):
        _listeners.append(weakref.WeakMethod(listener))
    else:
        _listeners.append(lambda: listener)


def unsubscribe(listener: Listener) -> None:
    _listeners[:] = [ref for ref in _listeners if ref() not in (None, listener)]


def publish(version: WebVersion) -> None:
    """Tell every live listener that ``version`` is saved as it is now."""
    for ref in list(_listeners):
        listener = ref()
        if listener is None:
            _listeners.remove(ref)
        else:
            listener(version)
