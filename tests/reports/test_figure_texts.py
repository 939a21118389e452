"""Figures in plain words: values and changes as shown, never a negative zero (issue 10)."""

from __future__ import annotations

import pytest

from resokit_desktop.reports.figure_texts import format_change, format_value, percent
from resokit_desktop.reports.texts import ReportTexts

NL, EN = ReportTexts("nl"), ReportTexts("en")


@pytest.mark.parametrize(("old", "new"), [(0.02, 0.018), (0.2, 0.1996), (0.0, -0.0)])
def test_a_change_too_small_to_show_is_equal_not_minus_zero(old, new):
    assert format_change("density", old, new, NL) == "="
    assert format_change("paid_share", old, new, NL) == "="


def test_changes_are_shown_on_the_shown_values_with_a_real_minus_sign():
    assert format_value("density", 0.2, NL) == "20 %"
    assert format_change("density", 0.2, 0.143, NL) == "−6 %-punt"
    assert format_change("size", 9, 7, NL) == "−2"
    assert format_change("size", 7, 9, NL) == "+2"
    assert format_change("size", None, 9, NL) == "—"


def test_percent_never_prints_minus_zero():
    assert percent(-0.0001, NL) == "0 %"
    assert percent(0.125, EN) == "12 %"
