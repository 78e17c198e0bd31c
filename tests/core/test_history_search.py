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


def test_each_filter_of_the_query_keeps_exactly_its_rows(tmp_path: Path) -> None:
    """HistoryStore.query itself (the window's filters and the CLI's ``history`` options
    ride on it): every filter alone, then together, newest first."""
    store = HistoryStore(tmp_path / "history.sqlite3")
    ids = [
        store.add(make_attempt(at=1_000.0, license_key="k-0", batch="b-1", reason="verified")),
        store.add(make_attempt(at=2_000.0, license_key="k-1", code=801, verified=False,
                               reason="signature_mismatch")),
        store.add(make_attempt(at=3_000.0, license_key="k-2", batch="b-1", code=801,
                               reason="verified")),
        store.add(make_attempt(at=4_000.0, license_key="k-3", batch="b-2", verified=False,
                               reason="network")),
    ]

    def keys(**filters: object) -> list[str]:
        return [a.license_key for a in store.query(**filters)]  # type: ignore[arg-type]

    assert keys() == ["k-3", "k-2", "k-1", "k-0"]
    assert keys(verified=True) == ["k-2", "k-0"]
    assert keys(verified=False) == ["k-3", "k-1"]
    assert keys(code=801) == ["k-2", "k-1"]
    assert keys(since=2_000.0) == ["k-3", "k-2", "k-1"]  # from that moment on
    assert keys(after_id=ids[1]) == ["k-3", "k-2"]
    assert keys(batch="b-1") == ["k-2", "k-0"]
    assert keys(reason="verified") == ["k-2", "k-0"]
    assert keys(batch="b-1", code=801, since=1_500.0, verified=True) == ["k-2"]
    assert keys(limit=1) == ["k-3"]
    assert keys(limit=None) == ["k-3", "k-2", "k-1", "k-0"]


@pytest.mark.parametrize("typed", ["50%", "a_b", "back\\slash"])
def test_wildcards_typed_in_the_query_are_literal(tmp_path: Path, typed: str) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.add(make_attempt(owner_name=f"x {typed} y", license_key="k-hit"))
    # What the wildcard would match if it were one: "50" then anything; "a" any "b"; "back"…
    store.add(make_attempt(owner_name={"50%": "50 off", "a_b": "axb",
                                       "back\\slash": "back slash"}[typed], license_key="k-not"))
    assert [a.license_key for a in store.query(text=typed)] == ["k-hit"]
