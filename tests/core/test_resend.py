"""The in-memory memory of sent requests: one request, one Idempotency-Key, for a day."""

from __future__ import annotations

from licensegui.core.resend import REMEMBER_S, SentRequests
from licensegui.core.validation import AssignRequest


class Clock:
    """Time that the test moves: the window is a day, no test waits for it."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def request(owner: str = "Ann Lee") -> AssignRequest:
    return AssignRequest("AAAA-BBBB-CCCC-DDDD", owner, "ann@example.com")


def test_the_same_request_reuses_its_first_key_and_first_send_time() -> None:
    clock = Clock()
    sent = SentRequests(clock)
    first = sent.sending("demo", request())
    clock.now += 60
    again = sent.sending("demo", request())
    assert again == first
    assert again.first_sent_at == 1_000_000.0
    assert sent.get("demo", request()) == first


def test_any_other_field_or_profile_is_a_new_request() -> None:
    sent = SentRequests(Clock())
    first = sent.sending("demo", request())
    assert sent.sending("demo", request("Bob")).idempotency_key != first.idempotency_key
    assert sent.sending("other", request()).idempotency_key != first.idempotency_key
    assert sent.get("nowhere", request()) is None


def test_forgotten_after_the_servers_window() -> None:
    clock = Clock()
    sent = SentRequests(clock)
    first = sent.sending("demo", request())
    clock.now += REMEMBER_S  # still inside: the window is inclusive
    assert sent.get("demo", request()) == first
    clock.now += 1
    assert sent.get("demo", request()) is None
    fresh = sent.sending("demo", request())
    assert fresh.idempotency_key != first.idempotency_key
    assert fresh.first_sent_at == clock.now


def test_mark_assigned_keeps_the_key_and_records_when() -> None:
    clock = Clock()
    sent = SentRequests(clock)
    first = sent.sending("demo", request())
    clock.now += 5
    sent.mark_assigned("demo", request())
    done = sent.get("demo", request())
    assert done is not None
    assert done.idempotency_key == first.idempotency_key
    assert done.first_sent_at == first.first_sent_at
    assert done.assigned_at == clock.now
    sent.mark_assigned("demo", request("Nobody"))  # never sent: nothing to mark, no error
    assert sent.get("demo", request("Nobody")) is None


def test_backed_by_the_ledger_the_memory_survives_a_restart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from licensegui.core.history import HistoryStore
    from licensegui.core.ledger import Ledger

    path = tmp_path / "history.sqlite3"
    urls = {"demo": "https://v.example/api/v1"}.get

    def backed() -> SentRequests:  # a window's memory, as a new start makes it
        history = HistoryStore(path)
        return SentRequests(ledger=lambda: Ledger(history), base_url_of=urls)

    first = backed().sending("demo", request())
    after_restart = backed()
    assert after_restart.get("demo", request()) == first
    assert after_restart.sending("demo", request()).idempotency_key == first.idempotency_key
    assert backed().sending("demo", request("Bob")).idempotency_key != first.idempotency_key
