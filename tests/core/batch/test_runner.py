"""Batch runs over real HTTP against the sandbox: statuses, lost answers, resumes, 429, stops."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from licensegui.core import turns
from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.journal import Journal, JournalRow
from licensegui.core.batch.runner import (
    BatchConfig,
    BatchRunner,
    Ending,
)
from licensegui.core.codes import Reason
from licensegui.core.history import HistoryStore
from licensegui.core.http.client import ClientConfig
from licensegui.core.trust import TrustStore
from licensegui.sandbox import SandboxServer
from tests.helpers.servers import BlackHole, DroppingProxy, idempotency_keys_per_license
from tests.helpers.waiting import wait_until

FAST = ClientConfig(max_attempts=3, backoff_base_s=0.05, backoff_max_s=0.1,
                    connect_timeout_s=2, read_timeout_s=5, deadline_s=5)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(tmp_path / "history.sqlite3")
    yield store
    store.close_all()


def make_journal(tmp_path: Path, text: str, base_url: str, name: str = "j") -> Journal:
    return Journal.create(tmp_path / f"{name}.sqlite3", parse_batch(text.encode(), "in.csv"),
                          base_url, "Vendor")


def available_keys(sandbox: SandboxServer, n: int) -> list[str]:
    """``n`` license keys the sandbox has not assigned yet (made if it has fewer)."""
    sandbox.state.ensure_available(n)
    return sandbox.state.available_keys()[:n]


def one_row_behind_a_dropping_proxy(
        tmp_path: Path, sandbox: SandboxServer) -> tuple[str, DroppingProxy, Journal]:
    """A one-row journal whose server is reached through a proxy that drops every answer
    after the server acted (until the test changes ``proxy.drop``)."""
    key = sandbox.state.available_keys()[0]
    proxy = DroppingProxy(sandbox.base_url, drop=lambda n: True)
    return key, proxy, make_journal(tmp_path, orders([key]), proxy.base_url)


def orders(keys: list[str]) -> str:
    return "key,name,email\n" + "".join(
        f"{k},Owner {i},o{i}@example.com\n" for i, k in enumerate(keys))


def run(journal: Journal, sandbox: SandboxServer, trust: TrustStore,
        history: HistoryStore | None, **config: object) -> tuple[object, list[JournalRow]]:
    seen: list[JournalRow] = []
    cfg = BatchConfig(client=config.pop("client", FAST), **config)  # type: ignore[arg-type]
    runner = BatchRunner(journal, sandbox.state.api_key(), trust, history, cfg,
                         on_row=seen.append)
    return runner.run(), seen


def in_thread(runner: BatchRunner) -> tuple[threading.Thread, list[object]]:
    """``runner.run()`` on its own thread (so a test can pause or stop it); its outcome lands
    in the list."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(runner.run()))
    thread.start()
    return thread, result


def test_mixed_file_gets_the_right_status_on_every_row(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    sandbox.state.ensure_available(6)
    k = sandbox.state.available_keys()
    text = ("License Key,Owner Name,E-mail,Order\n"
            f"{k[0]},\"Müller, Jörg\",jm@example.com,1\n"
            f"{k[1]},Zoë Ångström,za@example.com,2\n"
            f"{k[2]},,nobody@example.com,3\n"
            f"{k[3]},Eve,not-an-email,4\n"
            f"{k[0]},Dup Licate,dup@example.com,5\n"
            "UNKNOWN-KEY-1,Ann,ann@example.com,6\n"
            f"{k[4]},李小龍,li@example.com,7\n")
    journal = make_journal(tmp_path, text, sandbox.base_url)
    outcome, _ = run(journal, sandbox, sandbox_trust, history, concurrency=3)
    assert outcome.ending is Ending.FINISHED
    status = {r.n: (r.final_status, r.reason) for r in journal.rows()}
    assert status == {  # the spreadsheet's row numbers: the header is row 1 (issue 21)
        2: ("assigned", "verified"), 3: ("assigned", "verified"),
        4: ("invalid", "invalid_owner_name"), 5: ("invalid", "invalid_email"),
        6: ("duplicate", "duplicate"), 7: ("refused", "verified"),
        8: ("assigned", "verified"),
    }
    assert sandbox.state.assignment(k[0]) == ("Müller, Jörg", "jm@example.com")
    assert sandbox.state.assignment(k[1]) == ("Zoë Ångström", "za@example.com")
    assert sandbox.state.assignment(k[4]) == ("李小龍", "li@example.com")
    assert sandbox.state.assignment(k[2]) is None and sandbox.state.assignment(k[3]) is None
    assert outcome.counts == {"assigned": 3, "refused": 1, "not_verified": 0, "invalid": 2,
                              "duplicate": 1, "not_sent": 0}
    # Only valid first rows were sent, once each.
    assert sorted(lk for lk, _, _ in sandbox.seen.assignments) == sorted(
        [k[0], k[1], "UNKNOWN-KEY-1", k[4]])
    recorded = history.query(batch=journal.meta.batch_id, limit=None)
    assert sorted(a.license_key for a in recorded) == sorted([k[0], k[1], "UNKNOWN-KEY-1",
                                                              k[4]])
    assert journal.finished


def test_hundreds_of_rows_signed_in_the_same_seconds_are_all_assigned(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    """Byte-identical genuine answers (same code, message, second) are not replays."""
    keys = available_keys(sandbox, 150)
    journal = make_journal(tmp_path, orders(keys), sandbox.base_url)
    outcome, seen = run(journal, sandbox, sandbox_trust, history, concurrency=4)
    assert outcome.ending is Ending.FINISHED
    assert outcome.counts["assigned"] == 150, {r.reason for r in journal.rows()}
    assert len({r.raw_body for r in journal.rows()}) < 150  # identical answers did occur
    assert len(seen) == 150
    for i, key in enumerate(keys):
        assert sandbox.state.assignment(key) == (f"Owner {i}", f"o{i}@example.com")


def test_an_answer_lost_after_the_server_committed_still_ends_assigned(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    keys = available_keys(sandbox, 12)
    proxy = DroppingProxy(sandbox.base_url, drop=lambda n: n % 3 == 1)  # 1st, 4th, 7th...
    try:
        journal = make_journal(tmp_path, orders(keys), proxy.base_url)
        outcome, _ = run(journal, sandbox, sandbox_trust, history, concurrency=2)
    finally:
        proxy.stop()
    assert proxy.dropped >= 4
    assert outcome.ending is Ending.FINISHED
    assert [r.final_status for r in journal.rows()] == ["assigned"] * 12
    sent = idempotency_keys_per_license(sandbox)
    retried = [k for k in keys if
               sum(1 for lk, _, _ in sandbox.seen.assignments if lk == k) > 1]
    assert retried, "some rows should have been sent twice"
    for key in keys:
        assert len(sent[key]) == 1  # every send of a row carried the same Idempotency-Key
    for i, key in enumerate(keys):
        assert sandbox.state.assignment(key) == (f"Owner {i}", f"o{i}@example.com")


def test_a_row_whose_answers_are_all_lost_is_assigned_on_resume(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    key, proxy, journal = one_row_behind_a_dropping_proxy(tmp_path, sandbox)
    try:
        outcome, _ = run(journal, sandbox, sandbox_trust, history, retry_passes=0)
        assert outcome.ending is Ending.NETWORK
        row = journal.rows()[0]
        assert (row.state, row.final_status, row.reason) == ("sent", "not_sent",
                                                             "network_error")
        assert sandbox.state.assignment(key) == ("Owner 0", "o0@example.com")  # it happened
        journal.close()
        # The network is back; resumed from the file: the same key, the stored answer.
        proxy.drop = lambda n: False
        resumed = Journal.open(tmp_path / "j.sqlite3")
        try:
            outcome, _ = run(resumed, sandbox, sandbox_trust, history)
            assert outcome.ending is Ending.FINISHED
            row = resumed.rows()[0]
            assert (row.final_status, row.sends) == ("assigned", 2)
            assert len(idempotency_keys_per_license(sandbox)[key]) == 1
        finally:
            resumed.close()
    finally:
        proxy.stop()


def test_an_801_for_a_row_sent_before_says_it_was_probably_assigned(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    _key, proxy, journal = one_row_behind_a_dropping_proxy(tmp_path, sandbox)
    try:
        run(journal, sandbox, sandbox_trust, history, retry_passes=0)
        sandbox.state.forget_idempotency()  # the server's records of the request expired
        proxy.drop = lambda n: False
        outcome, _ = run(journal, sandbox, sandbox_trust, history)
    finally:
        proxy.stop()
    row = journal.rows()[0]
    assert outcome.ending is Ending.FINISHED
    assert (row.final_status, row.reason, row.code) == (
        "refused", Reason.MAYBE_ASSIGNED_EARLIER, 801)
    assert "Probably assigned by the interrupted run; check" in row.detail


def test_an_801_for_a_row_never_sent_before_is_an_ordinary_refusal(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    journal = make_journal(tmp_path, orders(["NOT-A-KEY-1"]), sandbox.base_url)
    run(journal, sandbox, sandbox_trust, history)
    row = journal.rows()[0]
    assert (row.final_status, row.reason, row.code) == ("refused", "verified", 801)


def test_429_pauses_the_whole_batch(tmp_path: Path, sandbox: SandboxServer,
                                    sandbox_trust: TrustStore, history: HistoryStore) -> None:
    keys = available_keys(sandbox, 10)
    sandbox.faults.delay_s = 0.02
    sandbox.faults.throttle_next = 1
    sandbox.faults.retry_after = "2"
    states: list[str] = []
    journal = make_journal(tmp_path, orders(keys), sandbox.base_url)
    runner = BatchRunner(journal, sandbox.state.api_key(), sandbox_trust, history,
                         BatchConfig(concurrency=4, client=FAST), on_state=states.append)
    outcome = runner.run()
    assert outcome.ending is Ending.FINISHED and outcome.counts["assigned"] == 10
    (answered, throttled_key), = sandbox.seen.throttled
    log = sandbox.seen.log
    # Requests already on their way when the 429 was answered may land just after it (at
    # most the other three workers'); then nothing for 2 s. (Ten rows finish within 0.5 s
    # when nobody waits: a bound on the time alone could not fail.)
    early = [round(t - answered, 2) for t, _ in log if answered < t < answered + 1.9]
    assert len(early) <= 3, early
    assert len(log) == 11 and max(t for t, _ in log) >= answered + 1.9
    # The throttled row's own retry (same Idempotency-Key) waited too.
    (retry,) = [t for t, k in log if k == throttled_key and t > answered]
    assert retry >= answered + 1.9
    assert any("slow down" in s for s in states)


def test_consecutive_network_failures_stop_the_batch_resumably(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    hole = BlackHole()
    quick = ClientConfig(max_attempts=1, connect_timeout_s=0.3, deadline_s=0.3)
    try:
        journal = make_journal(tmp_path, orders([f"KEY-{i:04d}" for i in range(40)]),
                               hole.base_url)
        outcome, _ = run(journal, sandbox, sandbox_trust, history, concurrency=2,
                         client=quick, max_consecutive_failures=5)
    finally:
        hole.close()
    assert outcome.ending is Ending.NETWORK and "5 rows in a row" in outcome.sentence
    rows = journal.rows()
    tried = [r for r in rows if r.sends]
    assert 5 <= len(tried) <= 7  # stopped, not marched through all 40
    assert all(r.state == "sent" and r.reason == "network_error" for r in tried)
    assert outcome.counts["not_sent"] == 40
    assert not journal.finished and len(journal.to_send()) == 40


def test_a_refused_api_key_stops_at_once_and_the_row_stays_to_send(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    keys = available_keys(sandbox, 20)
    journal = make_journal(tmp_path, orders(keys), sandbox.base_url)
    runner = BatchRunner(journal, "wrong-api-key", sandbox_trust, history,
                         BatchConfig(concurrency=1, client=FAST))
    outcome = runner.run()
    assert outcome.ending is Ending.API_KEY
    assert sandbox.seen.requests == 1
    assert journal.to_send() == list(range(2, 22))  # resumable once the key is fixed


def test_pause_holds_new_rows_and_resume_continues(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    keys = available_keys(sandbox, 30)
    sandbox.faults.delay_s = 0.02
    journal = make_journal(tmp_path, orders(keys), sandbox.base_url)
    done = threading.Event()
    runner = BatchRunner(journal, sandbox.state.api_key(), sandbox_trust, history,
                         BatchConfig(concurrency=2, client=FAST),
                         on_row=lambda row: done.set() if row.n >= 5 else None)
    thread, result = in_thread(runner)
    assert done.wait(10)
    runner.pause()
    # The requests already out come back and are recorded; after pause() no row starts.
    wait_until(lambda: runner.in_flight == 0, 10, "the pause to settle")
    assert runner.paused
    count, waiting = sandbox.seen.requests, journal.to_send()
    assert count < 30 and waiting, "the batch ran on through the pause"
    assert len(waiting) == 30 - journal.counts()["assigned"]
    runner.resume()
    thread.join(30)
    assert result and result[0].ending is Ending.FINISHED  # type: ignore[attr-defined]
    assert journal.counts()["assigned"] == 30


def test_stop_with_cancel_leaves_in_flight_rows_to_resend_with_their_keys(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore) -> None:
    keys = available_keys(sandbox, 10)
    sandbox.faults.late_next = 100
    sandbox.faults.late_by_s = 1.0  # assigned at once, answered a second later
    journal = make_journal(tmp_path, orders(keys), sandbox.base_url)
    runner = BatchRunner(journal, sandbox.state.api_key(), sandbox_trust, history,
                         BatchConfig(concurrency=2, client=FAST))
    thread, result = in_thread(runner)
    assert sandbox.seen.wait_for(lambda seen: len(seen.assignments) >= 2, 10)
    runner.stop(cancel_in_flight=True)
    thread.join(10)
    assert result[0].ending is Ending.STOPPED  # type: ignore[attr-defined]
    in_flight = [r for r in journal.rows() if r.state == "sent"]
    assert len(in_flight) == 2 and all(sandbox.state.assignment(r.license_key)
                                       for r in in_flight)
    sandbox.faults.late_next = 0
    outcome, _ = run(journal, sandbox, sandbox_trust, history)
    assert outcome.ending is Ending.FINISHED and outcome.counts["assigned"] == 10
    assert all(len(ids) == 1 for ids in idempotency_keys_per_license(sandbox).values())


def test_the_ledger_is_asked_once_per_row(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each row's decision (send, or already assigned) is made once and acted on: asking
    again before sending cost 3-4 queries a row and could disagree with the first answer."""
    from licensegui.core.ledger import Ledger

    asked: list[str] = []
    decide = Ledger.decide

    def counted(self: Ledger, identity: object, **kwargs: object) -> object:
        asked.append(identity.license_key)  # type: ignore[attr-defined]
        return decide(self, identity, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Ledger, "decide", counted)
    keys = available_keys(sandbox, 6)
    journal = make_journal(tmp_path, orders(keys), sandbox.base_url)
    outcome, _ = run(journal, sandbox, sandbox_trust, history, concurrency=2)
    assert outcome.counts["assigned"] == 6  # type: ignore[attr-defined]
    assert sorted(asked) == sorted(keys)


def test_each_row_is_taken_after_giving_way_to_a_window(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        history: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    # A window's heartbeat (ui/gui_first.py) is waited for before every row a worker takes.
    asked: list[bool] = []
    lock = threading.Lock()

    def waiter() -> None:
        with lock:
            asked.append(threading.current_thread() is threading.main_thread())

    monkeypatch.setattr(turns, "_waiter", waiter)
    journal = make_journal(tmp_path, orders(available_keys(sandbox, 5)), sandbox.base_url)
    outcome = BatchRunner(journal, sandbox.state.api_key(), sandbox_trust, history,
                          BatchConfig(concurrency=2)).run()
    assert outcome.counts["assigned"] == 5
    # Once a row, and once more by each worker finding none left; never on the main thread.
    assert asked == [False] * (5 + 2)
