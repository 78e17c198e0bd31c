"""Cells that a spreadsheet would run as formulas are shown as text instead."""

from __future__ import annotations

import pytest

from licensegui.core.csvsafe import csv_safe


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx",
                                  "=HYPERLINK(\"http://x\")"])
def test_formula_starts_are_quoted(cell: str) -> None:
    assert csv_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["-5", "+7", "-1.5e3", "Ann Lee", "ann@example.com", "a=b", ""])
def test_numbers_and_plain_text_are_left_alone(cell: str) -> None:
    assert csv_safe(cell) == cell


def test_none_and_numbers_become_text() -> None:
    assert csv_safe(None) == ""
    assert csv_safe(801) == "801"
    assert csv_safe(-3) == "-3"
