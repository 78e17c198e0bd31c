"""One journal per (input file, server): reopened when it exists, and only if it matches."""

from __future__ import annotations

from pathlib import Path

import pytest

from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.session import (
    default_journal_path,
    earlier_run,
    open_or_create,
    unfinished_journals,
)
from licensegui.core.errors import JournalError

CSV = b"key,name,email\nKEY-0001,Ann,ann@example.com\n"
URL = "http://127.0.0.1:9/api/v1"


def test_the_same_file_and_server_find_their_journal_again(tmp_path: Path) -> None:
    batch = parse_batch(CSV, "orders.csv")
    assert earlier_run(batch, URL, tmp_path) is None
    path = default_journal_path(batch.sha256, URL, tmp_path)
    journal = open_or_create(path, batch, URL, "Vendor")
    batch_id = journal.meta.batch_id
    journal.close()
    assert earlier_run(batch, URL, tmp_path) == path
    assert earlier_run(batch, "https://other.example/api/v1", tmp_path) is None
    again = open_or_create(path, batch, URL, "Vendor")
    try:
        assert again.meta.batch_id == batch_id
    finally:
        again.close()
    assert [u.path for u in unfinished_journals(tmp_path)] == [path]


def test_a_journal_of_another_file_or_server_is_refused_and_left_alone(tmp_path: Path) -> None:
    batch = parse_batch(CSV, "orders.csv")
    path = tmp_path / "j.sqlite3"
    open_or_create(path, batch, URL, "Vendor").close()
    before = path.read_bytes()
    other = parse_batch(CSV + b"KEY-0002,Bob,bob@example.com\n", "more.csv")
    with pytest.raises(JournalError, match="belongs to another file"):
        open_or_create(path, other, URL, "Vendor")
    with pytest.raises(JournalError, match="belongs to a batch against"):
        open_or_create(path, batch, "https://other.example/api/v1", "Vendor")
    assert path.read_bytes() == before
