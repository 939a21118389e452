"""Shown dates follow the interface language; typed dates are read in any of the three forms."""

from __future__ import annotations

from datetime import datetime

import pytest

from resokit_desktop import i18n
from resokit_desktop.ui.dossiers.client_table_model import appointment_text
from resokit_desktop.ui.widgets.dates import display_date, display_datetime, parse_user_date


@pytest.fixture
def language(qapp):
    def switch(lang: str) -> None:
        i18n.install_language(qapp, lang)

    yield switch
    i18n.install_language(qapp, "nl")


@pytest.mark.parametrize(("lang", "shown"), [
    ("nl", "14-03-2026"), ("fr", "14/03/2026"), ("en", "14/03/2026")])
def test_a_date_is_shown_as_the_language_writes_it(language, lang: str, shown: str) -> None:
    language(lang)
    assert display_date("2026-03-14") == shown
    assert display_datetime(datetime(2026, 3, 14, 9, 5)) == f"{shown} 09:05"
    assert appointment_text("2026-03-14 14:30") == f"{shown} 14:30"
    # What is shown reads back as the same day, and so does the other language's form.
    assert parse_user_date(shown) == "2026-03-14"
    assert parse_user_date("14-03-2026") == parse_user_date("14/03/2026") == "2026-03-14"
