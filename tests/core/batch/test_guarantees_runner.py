"""Guarantees of a batch run that a mutation once broke without any test noticing (issue 20):
each test here fails when its guarantee goes (docs/mutation.md lists the mutation that kills
each). Real HTTP to the sandbox or a loopback server, real journal files."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.journal import Journal, JournalRow
from licensegui.core.batch.runner import BatchConfig, BatchOutcome, BatchRunner, Ending
from licensegui.core.codes import Reason, RowState, RowStatus
from licensegui.core.history import HistoryStore
from licensegui.core.http.client import ClientConfig
from licensegui.core.trust import TrustStore
from licensegui.sandbox import SandboxServer
from tests.helpers.servers import FixedAnswerServer
from tests.helpers.tls import RedirectLoop, SelfSignedServer

FAST = ClientConfig(max_attempts=3, backoff_base_s=0.05, backoff_max_s=0.1,
                    connect_timeout_s=2, read_timeout_s=5, deadline_s=5)
ONE_TRY = ClientConfig(max_attempts=1, connect_timeout_s=2, read_timeout_s=5, deadline_s=5)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(tmp_path / "history.sqlite3")
    yield store
    store.close_all()


def orders(keys: list[str]) -> str:
    return "key,name,email\n" + "".join(
        f"{k},Owner {i},o{i}@example.com\n" for i, k in enumerate(keys))


def make_journal(tmp_path: Path, keys: list[str], base_url: str) -> Journal:
    return Journal.create(tmp_path / "j.sqlite3", parse_batch(orders(keys).encode(), "in.csv"),
                          base_url, "Vendor")


def keys_of(sandbox: SandboxServer, n: int) -> list[str]:
    sandbox.state.ensure_available(n)
    return sandbox.state.available_keys()[:n]


def run(journal: Journal, api_key: str, trust: TrustStore, history: HistoryStore | None,
        on_row: object = None, **config: object) -> BatchOutcome:
    cfg = BatchConfig(client=config.pop("client", FAST), **config)  # type: ignore[arg-type]
    return BatchRunner(journal, api_key, trust, history, cfg,
                       on_row=on_row).run()  # type: ignore[arg-type]


def test_an_unverified_800_is_not_counted_as_assigned(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    """An answer whose signature fails says "800" too: only a verified one is "assigned"."""
    keys = keys_of(sandbox, 2)
    sandbox.faults.tamper = True  # the server assigns; the answer on the wire is altered
    journal = make_journal(tmp_path, keys, sandbox.base_url)
    outcome = run(journal, sandbox.state.api_key(), sandbox_trust, history)
    assert outcome.ending is Ending.FINISHED
    assert outcome.counts[RowStatus.ASSIGNED] == 0
    assert outcome.counts[RowStatus.NOT_VERIFIED] == 2
    assert all(r.status == RowStatus.NOT_VERIFIED and not r.verified for r in journal.rows())


def test_a_row_rate_limited_once_then_refused_is_an_ordinary_refusal(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    """Item 9: a 429 says the server did nothing, so the 801 that follows is about this very
    request: "refused", not "probably assigned by the interrupted run"."""
    sandbox.faults.throttle_next = 1
    sandbox.faults.retry_after = "0"
    journal = make_journal(tmp_path, ["NOT-A-KEY-1"], sandbox.base_url)
    outcome = run(journal, sandbox.state.api_key(), sandbox_trust, history)
    assert sandbox.seen.requests == 2  # the 429, then the signed 801
    row = journal.rows()[0]
    assert outcome.ending is Ending.FINISHED
    assert (row.final_status, row.reason, row.code) == (RowStatus.REFUSED, Reason.VERIFIED, 801)
    assert "Probably assigned" not in row.detail


def test_the_failures_in_a_row_counter_starts_again_after_an_answer(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    """4 rows without an answer, one answered, 4 more without: never 5 in a row, so the
    batch is not stopped early (every row is tried). Rows carry spreadsheet numbers: the
    data rows are 2-10."""
    keys = keys_of(sandbox, 9)
    sandbox.faults.drop_next = 4  # rows 1-4: the connection closes without an answer

    def after(row: JournalRow) -> None:
        if row.n == 6 and row.state == RowState.DONE:  # the 5th data row (header = row 1)
            sandbox.faults.drop_next = 4  # rows 6-9 (one worker: nothing else in flight)

    journal = make_journal(tmp_path, keys, sandbox.base_url)
    outcome = run(journal, sandbox.state.api_key(), sandbox_trust, history, on_row=after,
                  concurrency=1, retry_passes=0, max_consecutive_failures=5, client=ONE_TRY)
    rows = journal.rows()
    assert rows[4].final_status == RowStatus.ASSIGNED
    assert all(r.sends == 1 for r in rows), [(r.n, r.sends) for r in rows]
    assert "in a row" not in outcome.sentence
    assert outcome.ending is Ending.NETWORK  # rows left without an answer, resumable


def test_stop_while_paused_ends_the_run(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    keys = keys_of(sandbox, 20)
    journal = make_journal(tmp_path, keys, sandbox.base_url)
    first = threading.Event()
    runner = BatchRunner(journal, sandbox.state.api_key(), sandbox_trust, history,
                         BatchConfig(concurrency=2, client=FAST),
                         on_row=lambda row: first.set())
    runner.pause()  # paused before anything is sent
    result: list[BatchOutcome] = []
    thread = threading.Thread(target=lambda: result.append(runner.run()), daemon=True)
    thread.start()
    runner.stop()
    thread.join(20)  # a bound for a hang, not a timing: the run must end at all
    assert not thread.is_alive(), "a stop while paused never ended the run"
    assert result[0].ending is Ending.STOPPED
    assert sandbox.seen.requests == 0 and not first.is_set()


def test_an_api_key_refused_with_http_200_and_a_signed_100_stops_the_batch(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    """Key Manager may answer a refused key with HTTP 200 and a signed code 100 (not 401)."""
    body = sandbox.signed({"code": 100, "message": "Invalid API Key"})
    server = FixedAnswerServer(body, status=200)
    try:
        journal = make_journal(tmp_path, [f"KEY-{i:04d}" for i in range(10)], server.base_url)
        outcome = run(journal, "key", sandbox_trust, history, concurrency=1)
    finally:
        server.stop()
    assert outcome.ending is Ending.API_KEY
    assert outcome.sentence == ("The server refused the API key; nothing more was sent. Fix "
                                "the key, then resume the batch.")
    assert getattr(outcome.sentence, "context", None) == "Batch"
    assert server.requests == 1  # nothing more was sent
    assert journal.to_send() == list(range(2, 12))  # resumable once the key is fixed


def test_an_unsigned_error_page_is_not_kept_as_the_rows_answer(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    """An HTTP 500 page is no answer about the key: the row stays to send (same key)."""
    sandbox.faults.error_status = 500
    journal = make_journal(tmp_path, ["KEY-0001"], sandbox.base_url)
    outcome = run(journal, sandbox.state.api_key(), sandbox_trust, history,
                  client=ONE_TRY, retry_passes=0)
    row = journal.rows()[0]
    assert outcome.ending is not Ending.FINISHED
    assert (row.state, row.status, row.reason) == (RowState.SENT, None, Reason.SERVER_ERROR)
    assert journal.to_send() == [2]
    assert outcome.counts[RowStatus.NOT_VERIFIED] == 0


def test_the_worker_that_heard_a_429_waits_its_retry_after(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    """One worker: its own retry of the throttled row comes only after Retry-After (2 s).
    Ignoring it, the retry would follow in milliseconds; the margin is 0.5 s below 2 s."""
    keys = keys_of(sandbox, 2)
    sandbox.faults.throttle_next = 1
    sandbox.faults.retry_after = "2"
    journal = make_journal(tmp_path, keys, sandbox.base_url)
    outcome = run(journal, sandbox.state.api_key(), sandbox_trust, history, concurrency=1)
    assert outcome.ending is Ending.FINISHED and outcome.counts[RowStatus.ASSIGNED] == 2
    arrivals = sandbox.seen.arrivals
    assert len(arrivals) == 3
    assert sandbox.seen.idempotency_keys[0] == sandbox.seen.idempotency_keys[1]  # the retry
    assert arrivals[1] - arrivals[0] >= 1.5, [round(t - arrivals[0], 3) for t in arrivals]


def test_a_self_signed_certificate_stops_the_batch_as_a_setup_problem(
        tmp_path: Path, sandbox_trust: TrustStore, history: HistoryStore,
        tls_server: str) -> None:
    """Item 8: every row would meet the same certificate: stop at once and say what to
    check; nothing was acted on, so no row is left "outcome unknown"."""
    journal = make_journal(tmp_path, [f"KEY-{i:04d}" for i in range(5)], tls_server)
    outcome = run(journal, "key", sandbox_trust, history, concurrency=1)
    assert outcome.ending is Ending.SERVER_SETUP
    assert "certificate" in outcome.sentence and "Check the base URL" in outcome.sentence
    sent = [r for r in journal.rows() if r.sends]
    assert len(sent) == 1 and sent[0].reason == Reason.SERVER_SETUP
    assert journal.to_send() == [2, 3, 4, 5, 6]


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[str]:
    server = SelfSignedServer(tmp_path)
    yield server.base_url
    server.stop()


def test_pause_and_resume_say_so(tmp_path: Path, sandbox: SandboxServer,
                                 sandbox_trust: TrustStore) -> None:
    journal = make_journal(tmp_path, ["KEY-0001"], sandbox.base_url)
    states: list[str] = []
    runner = BatchRunner(journal, "key", sandbox_trust, None, on_state=states.append)
    runner.pause()
    assert runner.paused
    runner.resume()
    assert not runner.paused
    runner.stop()
    assert states == ["Paused.", "Running."]
    sentence = runner.run().sentence
    assert sentence == "Stopped; the batch can be resumed."
    # Said again in the user's language on screen: each keeps its catalog context.
    assert {getattr(s, "context", None) for s in [*states, sentence]} == {"Batch"}
    journal.close()


def test_a_plain_stop_lets_the_requests_already_out_be_answered(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    """Stop (not quit) abandons nothing: the request out is answered and recorded; only
    ``cancel_in_flight`` (quitting, Ctrl+C) leaves it "sent"."""
    keys = keys_of(sandbox, 5)
    sandbox.faults.late_next = 1
    sandbox.faults.late_by_s = 1.0  # assigned at once, answered a second later
    journal = make_journal(tmp_path, keys, sandbox.base_url)
    runner = BatchRunner(journal, sandbox.state.api_key(), sandbox_trust, history,
                         BatchConfig(concurrency=1, client=FAST))
    result: list[BatchOutcome] = []
    thread = threading.Thread(target=lambda: result.append(runner.run()), daemon=True)
    thread.start()
    assert sandbox.seen.wait_for(lambda seen: seen.assignments, 30)
    runner.stop()
    thread.join(30)
    assert result and result[0].ending is Ending.STOPPED
    first = journal.rows()[0]
    assert (first.state, first.final_status) == (RowState.DONE, RowStatus.ASSIGNED)
    assert journal.to_send() == [3, 4, 5, 6]


def test_a_redirect_to_plain_http_elsewhere_stops_the_batch_as_insecure(
        tmp_path: Path, sandbox_trust: TrustStore, history: HistoryStore) -> None:
    """The API key is never sent in clear: the batch stops at the first row, saying why."""
    server = RedirectLoop(target="http://vendor.example/api/v1/assign-license-key")
    try:
        journal = make_journal(tmp_path, [f"KEY-{i:04d}" for i in range(5)], server.base_url)
        outcome = run(journal, "key", sandbox_trust, history, concurrency=1)
        requests = server.requests
    finally:
        server.stop()
    assert outcome.ending is Ending.INSECURE
    assert outcome.sentence.startswith("Refused redirect: ")
    assert requests == 1 and journal.to_send() == [2, 3, 4, 5, 6]


@pytest.mark.parametrize(("dropped", "assigned", "sends"), [(1, True, 2), (2, False, 2)])
def test_a_row_without_an_answer_is_tried_once_more_at_the_end_and_no_more(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore, dropped: int, assigned: bool, sends: int) -> None:
    """``retry_passes=1``: a row that got no answer goes once more to the end of the queue,
    with the same key; a second failure leaves it for a resume."""
    keys = keys_of(sandbox, 1)
    sandbox.faults.drop_next = dropped
    journal = make_journal(tmp_path, keys, sandbox.base_url)
    outcome = run(journal, sandbox.state.api_key(), sandbox_trust, history, concurrency=1,
                  retry_passes=1, client=ONE_TRY)
    row = journal.rows()[0]
    assert row.sends == sends
    assert (row.final_status == RowStatus.ASSIGNED) is assigned
    assert outcome.ending is (Ending.FINISHED if assigned else Ending.NETWORK)
