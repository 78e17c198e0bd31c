"""Journals and personal data: finished journals older than the history's retention are
removed at start (with the history's pruning); unfinished ones stay; rows still to be sent
are never scrubbed (they would be sent as "[erased]")."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

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


def test_rows_still_to_send_are_kept_and_counted(isolated_home: Path) -> None:
    path = _journal("j.sqlite3", None)
    erased = erase_owner(journals_dir(), "ANN@example.com")
    assert (erased.rows, erased.waiting) == (0, 1) and erased.sentences()
    journal = Journal.open(path)
    try:
        assert journal.rows()[0].email == "ann@example.com"  # it is still to be sent as it was
    finally:
        journal.close()
