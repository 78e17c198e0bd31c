"""The progress line ``licensegui-cli batch`` keeps on a terminal's stderr (only a terminal:
no CLI test process has one, so this runs in-process with a stderr that says it is one)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from licensegui.cli import batch as cli_batch
from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.journal import Answer, Journal
from licensegui.core.batch.runner import throughput
from licensegui.core.codes import RowStatus


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_counts_what_is_done(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    text = "key,name,email\n" + "".join(f"KEY-{i:04d},Owner {i},o{i}@example.com\n"
                                        for i in range(4))
    journal = Journal.create(tmp_path / "j.sqlite3", parse_batch(text.encode(), "in.csv"),
                             "http://127.0.0.1:9/api/v1", "Vendor")
    terminal = _Terminal()
    monkeypatch.setattr(cli_batch.sys, "stderr", terminal)
    clock = iter([100.0, 101.0, 102.0, 102.1, 103.0, 104.0])  # start, then each row
    monkeypatch.setattr(cli_batch.time, "monotonic", lambda: next(clock))
    try:
        progress = cli_batch._Progress(journal)
        journal.claim(4)
        progress.row(journal.note_failure(4, "network_error", "down"))  # no status: not done
        journal.claim(2)
        progress.row(journal.answer(2, Answer(RowStatus.ASSIGNED, "verified", "", 200, 800,
                                              "ok", True, 1, b"{}")))
        journal.claim(3)
        progress.row(journal.answer(3, Answer(RowStatus.REFUSED, "verified", "", 200, 801,
                                              "no", True, 1, b"{}")))  # 0.1 s later: quiet
        journal.claim(5)
        progress.row(journal.answer(5, Answer(RowStatus.ASSIGNED, "verified", "", 200, 800,
                                              "ok", True, 1, b"{}")))
        journal.claim(4)
        progress.row(journal.answer(4, Answer(RowStatus.NOT_VERIFIED, "signature_mismatch", "",
                                              200, 800, "ok", False, 1, b"{}")))
        progress.end()
    finally:
        journal.close()
    assert terminal.getvalue() == (
        "\r0/4: 0 assigned, 0 refused, 0 not verified, 0.0 rows/s   "
        "\r1/4: 1 assigned, 0 refused, 0 not verified, 0.5 rows/s, 6 s left   "
        "\r3/4: 2 assigned, 1 refused, 0 not verified, 1.0 rows/s, 1 s left   "
        "\r4/4: 2 assigned, 1 refused, 1 not verified, 1.0 rows/s, 0 s left   \n")

def test_throughput_and_time_left() -> None:
    assert throughput(10, 2.0, 30) == (5.0, 6.0)
    assert throughput(0, 2.0, 30) == (0.0, None)  # too early to say
    assert throughput(3, 0.0, 30) == (0.0, None)
    assert throughput(4, 2.0, 0) == (2.0, 0.0)
    assert throughput(3, 0.5, 30) == (6.0, 5.0)  # under a second is no reason to wait
