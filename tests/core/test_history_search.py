"""Accent- and case-insensitive history search (issue 19): "muller" finds "Müller"."""

from __future__ import annotations

from pathlib import Path

import pytest

from licensegui.core.history import HistoryStore
from licensegui.core.history_search import fold, search
from tests.helpers.app import make_attempt


@pytest.fixture
def history(tmp_path: Path) -> HistoryStore:
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.add(make_attempt(owner_name="Jürgen Müller", license_key="k-1"))
    store.add(make_attempt(owner_name="Straße AG", license_key="k-2", code=801, message=None))
    store.add(make_attempt(owner_name="Zoë Ångström", email="ZOE@EXAMPLE.COM",
                           license_key="k-3", verified=False, reason="signature_mismatch"))
    return store


@pytest.mark.parametrize("typed", ["muller", "MULLER", "Muller", "müller", "MÜLLER", "jurgen m",
                                   "mueller", "MUELLER", "juergen mueller"])
def test_accents_and_case_do_not_matter(history: HistoryStore, typed: str) -> None:
    assert [a.owner_name for a in search(history, typed)] == ["Jürgen Müller"]


def test_umlauts_spelled_out_find_each_other(history: HistoryStore) -> None:
    """German writes ä, ö, ü as ae, oe, ue where it cannot type them (issue 28): "mueller"
    finds "Müller", and "müller" finds a "Mueller" typed without umlauts."""
    history.add(make_attempt(owner_name="Hans Mueller", license_key="k-4"))
    assert [a.license_key for a in search(history, "müller")] == ["k-4", "k-1"]
    assert [a.license_key for a in search(history, "mueller")] == ["k-4", "k-1"]
    assert [a.license_key for a in search(history, "muller")] == ["k-1"]


def test_folding_covers_more_than_ascii(history: HistoryStore) -> None:
    assert fold("Straße") == fold("STRASSE") == "strasse"
    assert [a.license_key for a in search(history, "strasse")] == ["k-2"]
    assert [a.license_key for a in search(history, "angstrom")] == ["k-3"]
    assert [a.license_key for a in search(history, "zoe@example")] == ["k-3"]


def test_filters_limits_and_literal_text_still_apply(history: HistoryStore) -> None:
    assert [a.license_key for a in search(history, "k-")] == ["k-3", "k-2", "k-1"]
    assert [a.license_key for a in search(history, "k-", verified=False)] == ["k-3"]
    assert [a.license_key for a in search(history, "k-", code=801)] == ["k-2"]
    assert [a.license_key for a in search(history, "k-", limit=1)] == ["k-3"]
    assert [a.license_key for a in search(history, "k-", after_id=2)] == ["k-3"]
    assert search(history, "%") == [] and search(history, "_") == []  # no wildcards
    assert len(search(history, "  ")) == 3  # blank: everything
    assert search(history, "\x1f") == search(history, "")  # the column joint is no needle


def test_a_needle_beyond_ascii_is_folded_too(history: HistoryStore) -> None:
    history.add(make_attempt(owner_name="Ödön Σίσυφος", license_key="k-4"))
    assert [a.license_key for a in search(history, "ΣΙΣΥΦΟΣ")] == ["k-4"]  # final sigma too
    assert [a.license_key for a in search(history, "odon")] == ["k-4"]
