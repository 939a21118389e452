"""The one form of a passphrase that is turned into a key (the rules check the same form)."""

from __future__ import annotations

import unicodedata


def normalise_passphrase(passphrase: str) -> str:
    """The form that is turned into the key: NFC, nothing stripped (spaces count)."""
    return unicodedata.normalize("NFC", passphrase)
