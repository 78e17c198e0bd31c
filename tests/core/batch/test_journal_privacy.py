"""Journals and personal data: finished journals older than the history's retention are
removed at start (with the history's pruning); unfinished ones stay; rows still to be sent
are never scrubbed (they would be sent as "[erased]")."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from licensegui.core import paths
from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.journal import Journal
from licensegui.core.batch.journal_privacy import erase_owner
from licensegui.core.batch.session import journals_dir
from licensegui.core.session import AppSession

CSV = b"Key;Name;Email\nKEY-0001;Ann;ann@example.com\nKEY-0002;Bob;bob@example.com\n"


def _journal(name: str, finished_days_ago: float | None) -> Path:
    path = journals_dir() / name
    journal = Journal.create(path, parse_batch(CSV, name), "http://127.0.0.1:9/api/v1", "V")
    journal.close()
    if finished_days_ago is not None:
        conn = sqlite3.connect(path)
        conn.execute("INSERT INTO meta VALUES ('finished_at', ?)",
                     (repr(time.time() - finished_days_ago * 86_400),))
        conn.commit()
        conn.close()
    return path


def test_finished_journals_older_than_the_retention_go_at_start(isolated_home: Path) -> None:
    old = _journal("old.sqlite3", 40)
    recent = _journal("recent.sqlite3", 5)
    unfinished = _journal("unfinished.sqlite3", None)
    session = AppSession.load()
    session.settings.history_keep_days = 30
    session.warm_up()
    try:
        assert not old.exists() and recent.exists() and unfinished.exists()
    finally:
        session.close()


def test_leftover_temporaries_of_killed_runs_go_at_start(isolated_home: Path) -> None:
    """What a killed import and a killed settings save leave (no live lock): removed when the
    window starts, in every folder of licensegui's own."""
    left = [journals_dir() / ".j.sqlite3.0123abcd.tmp",
            journals_dir() / ".j.sqlite3.0123abcd.tmp-wal",
            paths.config_dir() / ".settings.json.89abcdef.tmp"]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half")
    kept = journals_dir() / ".notes.txt"  # not a name licensegui makes: not touched
    kept.write_text("mine")
    session = AppSession.load()
    session.warm_up()
    session.close()
    assert [p for p in left if p.exists()] == [] and kept.exists()


def test_rows_still_to_send_are_kept_and_counted(isolated_home: Path) -> None:
    path = _journal("j.sqlite3", None)
    erased = erase_owner(journals_dir(), "ANN@example.com")
    assert (erased.rows, erased.waiting) == (0, 1) and erased.sentences()
    journal = Journal.open(path)
    try:
        assert journal.rows()[0].email == "ann@example.com"  # it is still to be sent as it was
    finally:
        journal.close()


def test_the_session_erases_an_owner_from_history_and_journals(isolated_home: Path) -> None:
    from tests.helpers.app import make_attempt

    path = _journal("finished.sqlite3", 1)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE rows SET state = 'done', status = 'assigned'")
    conn.commit()
    conn.close()
    session = AppSession.load()
    try:
        session.history.add(make_attempt(email="ann@example.com", owner_name="Ann"))
        changed, said = session.erase_owner("Ann@Example.com")
    finally:
        session.close()
    assert changed == 1 and said == []
    data = path.read_bytes()
    assert b"ann@example.com" not in data and b"Ann" not in data and b"bob@example.com" in data
    journal = Journal.open(path)
    try:
        first = journal.rows()[0]
        assert (first.owner_name, first.email, first.fields) == (
            "[erased]", "[erased]", ("KEY-0001", "[erased]", "[erased]"))
    finally:
        journal.close()
