"""Cells for CSV files that people open in spreadsheets."""

from __future__ import annotations


def csv_safe(value: object) -> str:
    """Server text and owner names end up in spreadsheets: a cell that starts like a formula
    (``=``, ``+``, ``-``, ``@``, tab, CR) is prefixed with ``'`` so it is shown, not run.
    Numbers (``-5``) are left alone."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
