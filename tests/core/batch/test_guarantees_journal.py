"""Guarantees of the journal, the input and the results file that a mutation once broke
without any test noticing (issue 20). Real journal files, a real write failure (a file-size
limit in a real process), real bytes damaged."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.journal import Journal, JournalError
from licensegui.core.codes import Reason, RowState
from licensegui.sandbox import SandboxServer
from licensegui.sandbox.signer import Signer, php_json

SQLITE_PAGE = 4096


def orders(keys: list[str], header: str = "key,name,email") -> str:
    return header + "\n" + "".join(f"{k},Owner {i},o{i}@example.com\n"
                                   for i, k in enumerate(keys))


def make_journal(path: Path, text: str, base_url: str = "http://127.0.0.1:9/api/v1") -> Journal:
    return Journal.create(path, parse_batch(text.encode(), "in.csv"), base_url, "Vendor")


def test_the_open_journal_runs_in_wal_mode_with_full_synchronous(tmp_path: Path) -> None:
    """Durability is a setting: WAL with synchronous=FULL on the connection the journal
    writes through (a SIGKILL cannot tell FULL from OFF; only a power cut could)."""
    path = tmp_path / "j.sqlite3"
    journal = make_journal(path, orders(["KEY-0001", "KEY-0002"]))
    try:
        conn = journal._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        journal.claim(2)  # the first data row (the header is row 1)
        header = path.read_bytes()[:100]
        assert (header[18], header[19]) == (2, 2)  # the file itself says WAL
    finally:
        journal.close()


_WRITE_FAILS = textwrap.dedent("""
    import json, resource, signal, sys
    from pathlib import Path
    from licensegui.core.batch.journal import Journal
    from licensegui.core.batch.runner import BatchConfig, BatchRunner
    from licensegui.core.http.client import ClientConfig
    from licensegui.core.trust import TrustStore
    path, base_url, api_key, pem, limit = sys.argv[1:6]
    journal = Journal.open(Path(path))
    # From here no file of this process may grow past the limit: the journal's next writes
    # fail for real (EFBIG), as on a full disk. SIGXFSZ would kill the process instead of
    # failing the write, so it is ignored, as a long-running program would.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
    runner = BatchRunner(journal, api_key, TrustStore.from_pems({"global": pem}), None,
                         BatchConfig(concurrency=1, client=ClientConfig(max_attempts=1)))
    outcome = runner.run()
    print(json.dumps({"ending": outcome.ending.value, "sentence": outcome.sentence,
                      "sent": outcome.sent}))
""")


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize(("limit", "fails"), [(1024, "the first claim"),
                                              (16384, "a later write")])
def test_a_journal_write_that_fails_for_real_stops_the_batch(
        tmp_path: Path, sandbox: SandboxServer, limit: int, fails: str) -> None:
    sandbox.state.ensure_available(40)
    keys = sandbox.state.available_keys()[:40]
    path = tmp_path / "j.sqlite3"
    make_journal(path, orders(keys), sandbox.base_url).close()
    result = subprocess.run(
        [sys.executable, "-c", _WRITE_FAILS, str(path), sandbox.base_url,
         sandbox.state.api_key(), sandbox.signer.public_pem(), str(limit)],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["ending"] == "journal_error", outcome
    assert "Cannot write the journal" in outcome["sentence"]
    assert outcome["sent"] < 40  # stopped at once, not marched on without a journal
    if fails == "the first claim":
        assert outcome["sent"] == 0 and sandbox.seen.requests == 0  # nothing went out


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_journal_write_that_fails_at_the_answer_stops_the_batch(
        tmp_path: Path, signer: Signer) -> None:
    """The claim is committed, the request goes out, the answer comes back, and committing
    the answer fails (a 300 KB answer past a 64 KB file-size limit): the batch stops at
    once, and the row stays claimed in the file, so a resume asks again under its key.
    Swallowing that error (a mutation no test noticed) marches on through every row."""
    import time

    from tests.helpers.servers import FixedAnswerServer

    payload = {"code": 800, "message": "License keys assigned " + "x" * 100_000,
               "timestamp": int(time.time())}
    server = FixedAnswerServer(php_json(signer.envelope(payload)).encode("ascii"))
    keys = [f"KEY-{i:05d}" for i in range(40)]
    path = tmp_path / "j.sqlite3"
    make_journal(path, orders(keys), server.base_url).close()
    try:
        result = subprocess.run(
            [sys.executable, "-c", _WRITE_FAILS, str(path), server.base_url, "api-key",
             signer.public_pem(), str(64 * 1024)],
            capture_output=True, text=True, timeout=120, check=False)
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["ending"] == "journal_error", outcome
    assert "Cannot write the journal" in outcome["sentence"]
    assert outcome["sent"] == 1 and server.requests == 1, outcome  # stopped at the first
    journal = Journal.open(path)
    try:
        assert journal.row(2).state == RowState.SENT  # claimed, never answered: resumable
    finally:
        journal.close()


def test_damage_only_quick_check_finds_is_refused(tmp_path: Path) -> None:
    """A zeroed page the opening queries never read (the last one: rows or their index):
    only ``PRAGMA quick_check`` finds it, and the journal is refused before anything is sent."""
    path = tmp_path / "j.sqlite3"
    make_journal(path, orders([f"KEY-{i:05d}" for i in range(300)])).close()
    data = bytearray(path.read_bytes())
    assert len(data) >= 10 * SQLITE_PAGE
    data[-SQLITE_PAGE:] = bytes(SQLITE_PAGE)
    path.write_bytes(bytes(data))
    with pytest.raises(JournalError, match="damaged") as err:
        Journal.open(path)
    assert "nothing was sent" in str(err.value)
    assert path.read_bytes() == bytes(data)  # left as it is


def test_duplicates_are_found_on_the_cleaned_key() -> None:
    """" KEY-12345 " and "KEY-12345" are the same key once cleaned: the second row is a
    duplicate, never sent."""
    batch = parse_batch(orders(["KEY-12345", " KEY-12345 ", "KEY-12345\t"]).encode(), "in.csv")
    assert [(r.state, r.reason) for r in batch.rows] == [
        (RowState.PENDING, ""), (RowState.DUPLICATE, Reason.DUPLICATE),
        (RowState.DUPLICATE, Reason.DUPLICATE)]


def test_the_results_header_row_is_formula_safe_too(tmp_path: Path) -> None:
    """A column named like a formula ("=HYPERLINK(...)", "@SUM(A1)") is written as text in
    the results' header row, as in every other row."""
    header = 'key,name,email,=HYPERLINK("http://x.example"),@SUM(A1)'
    text = header + "\nKEY-0001,Ann,ann@example.com,a,b\n"
    journal = Journal.create(tmp_path / "j.sqlite3", parse_batch(text.encode(), "in.csv"),
                             "http://127.0.0.1:9/api/v1", "Vendor")
    out = tmp_path / "results.csv"
    try:
        journal.write_results(out)
    finally:
        journal.close()
    with open(out, encoding="utf-8-sig", newline="") as handle:
        first = next(csv.reader(handle))
    assert first[3] == "'=HYPERLINK(\"http://x.example\")" and first[4] == "'@SUM(A1)"
    assert not any(cell[:1] in "=+-@" for cell in first)



def test_why_a_journal_cannot_be_opened_in_words(tmp_path: Path) -> None:
    """The three sentences, exactly (scripts and people read them; only wording differs)."""
    import sqlite3

    from licensegui.core.batch.journal import _open_error

    path = tmp_path / "j.sqlite3"
    journal = make_journal(path, orders(["KEY-0001"]))
    try:
        with pytest.raises(JournalError) as in_use:
            Journal.open(path)
    finally:
        journal.close()
    assert str(in_use.value) == (
        f"The journal {path} is in use by another licensegui (a window or licensegui-cli "
        "running this batch). Let it finish or stop it first.")
    damaged = _open_error(path, sqlite3.DatabaseError("file is not a database"))
    assert str(damaged) == (f"The journal {path} is damaged (file is not a database). It was "
                            "left as it is; nothing was sent.")
    other = _open_error(path, sqlite3.OperationalError("disk I/O error"))
    assert str(other) == f"Cannot open the journal {path}: disk I/O error."
    # Said again in the user's language: each keeps its catalog context.
    assert {getattr(e.args[0], "context", None) for e in (in_use.value, damaged, other)} == {
        "Journal"}


def test_why_a_journal_is_refused_in_words(tmp_path: Path) -> None:
    """The sentences of a journal that cannot be made or read, exactly."""
    import sqlite3

    batch = parse_batch(orders(["KEY-0001"]).encode(), "in.csv")
    base = "http://127.0.0.1:9/api/v1"
    path = tmp_path / "j.sqlite3"
    Journal.create(path, batch, base, "Vendor").close()
    with pytest.raises(JournalError) as exists:
        Journal.create(path, batch, base, "Vendor")
    assert str(exists.value) == f"A journal already exists at {path}; it was not overwritten."
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(JournalError) as parent:
        Journal.create(blocker / "sub" / "j.sqlite3", batch, base, "Vendor")
    assert str(parent.value).startswith(f"Cannot create {blocker / 'sub'}: ")
    missing = tmp_path / "none.sqlite3"
    with pytest.raises(JournalError) as none:
        Journal.open(missing)
    assert str(none.value) == f"No journal at {missing}."
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"PK\x03\x04 a zip file, say" * 100)
    with pytest.raises(JournalError) as not_one:
        Journal.open(other)
    assert str(not_one.value) == (f"{other} is not a licensegui batch journal (or it is "
                                  "damaged); it was left as it is and nothing was sent.")
    newer = tmp_path / "newer.sqlite3"
    Journal.create(newer, batch, base, "Vendor").close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE meta SET value = '2' WHERE name = 'version'")
    conn.commit()
    conn.close()
    with pytest.raises(JournalError) as version:
        Journal.open(newer)
    assert str(version.value) == (f"{newer} is not a licensegui batch journal this version "
                                  "can read.")
