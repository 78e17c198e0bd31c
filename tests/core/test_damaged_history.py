"""A history damaged after it was opened: every read survives (set aside, read again from
the new file), and it is said once."""

from __future__ import annotations

from pathlib import Path

from licensegui.core.history import HistoryStore
from tests.helpers.app import make_attempt
from tests.helpers.logfail import LogFailHandler


def test_a_damaged_page_met_by_a_read_is_set_aside_and_the_read_answers(tmp_path: Path,
        expected_logs: LogFailHandler) -> None:
    """Damage that appears after the file was opened (and checked): the read does not fail,
    it answers from the new file; the notice says where the old one went."""
    expected_logs.allow("licensegui.core.history", r"history database damaged")
    path = tmp_path / "history.sqlite3"
    history = HistoryStore(path)
    for i in range(300):
        history.add(make_attempt(license_key=f"K-{i}", raw_body=b"x" * 200))
    history.close_all()
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    data[size:] = bytes(len(data) - size)  # every page but the schema's zeroed
    path.write_bytes(bytes(data))
    try:
        assert history.query(limit=None) == []
        assert history.get(1) is None
        assert history.recovered_from is not None and history.recovery_notice()
    finally:
        history.close_all()
