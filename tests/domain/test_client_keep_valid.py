"""keep_valid_fields: a wrong field goes back to its stored value, the rest is kept as typed."""

from __future__ import annotations

from resokit_desktop.domain.client import Client, Consent, keep_valid_fields
from resokit_desktop.domain.validation import FieldError


def test_only_the_wrong_fields_go_back_to_the_stored_values():
    stored = Client(name="Anna", email="anna@voorbeeld.be", phone="", id=3,
                    consents=[Consent("web", "2026-01-02")])
    typed = Client(name="Anna C.", email="anna@voorbeeld", phone="0470", id=3,
                   consents=[Consent("", "2026-01-02")])
    kept = keep_valid_fields(typed, stored, [FieldError("email", "email_invalid"),
                                             FieldError("consents[0].purpose", "required")])
    assert (kept.name, kept.email, kept.phone) == ("Anna C.", "anna@voorbeeld.be", "0470")
    assert kept.consents == stored.consents
    assert typed.email == "anna@voorbeeld"  # the typed client is left as it was
