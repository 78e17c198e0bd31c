"""The ledger over a real history file: what it answers before sending, what it remembers
across stores and processes, and the file's migration to it."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

from licensegui.core.history import HistoryStore
from licensegui.core.ledger import Ledger, RequestIdentity
from licensegui.core.validation import AssignRequest
from tests.helpers.app import make_attempt

URL = "https://v.example/api/v1"


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_100.0

    def __call__(self) -> float:
        return self.now


def identity(owner: str = "Test User", email: str = "t@example.com",
             key: str = "abcd-1") -> RequestIdentity:
    return RequestIdentity.of(URL + "/", AssignRequest(key, owner, email))


def test_a_verified_800_for_the_same_owner_is_already_assigned(tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    row_id = history.add(make_attempt(idempotency_key="first", received_at=1_700_000_001.0))
    decision = Ledger(history, clock=Clock()).decide(identity(email="T@Example.com"))
    assert (decision.kind, decision.idempotency_key) == ("already_assigned", "first")
    assert decision.earlier is not None
    assert (decision.earlier.history_id, decision.earlier.at) == (row_id, 1_700_000_001.0)
    other = Ledger(history, clock=Clock()).decide(identity(owner="Bob", email="b@example.com"))
    assert other.kind == "assigned_elsewhere" and other.earlier is not None
    assert (other.earlier.owner_name, other.earlier.email) == ("Test User", "t@example.com")


def test_unverified_refused_or_other_server_answers_decide_nothing(tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    history.add(make_attempt(verified=False, reason="signature_mismatch"))
    history.add(make_attempt(code=801))
    history.add(make_attempt(base_url="https://other.example/api"))
    assert Ledger(history, clock=Clock()).decide(identity()).kind == "send"


def test_send_again_is_a_repeat_with_the_first_key_inside_the_window(tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    clock = Clock()
    ledger = Ledger(history, window_s=3600, clock=clock)
    key, first = ledger.claim(identity())
    assert first is None
    history.add(make_attempt(at=1_700_000_100.0, idempotency_key=key))
    clock.now += 60
    again = ledger.decide(identity(), send_again=True)
    assert (again.kind, again.repeat, again.idempotency_key) == ("send", True, key)
    assert again.first_sent_at == 1_700_000_100.0
    clock.now += 3600  # the server is expected to have forgotten the key: a new one
    later = ledger.decide(identity(), send_again=True)
    assert later.repeat and later.idempotency_key != key


def test_the_first_key_is_shared_by_every_store_on_the_file(tmp_path: Path) -> None:
    one, two = HistoryStore(tmp_path / "h.sqlite3"), HistoryStore(tmp_path / "h.sqlite3")
    first = Ledger(one, clock=Clock()).decide(identity())
    second = Ledger(two, clock=Clock()).decide(identity())
    assert second.idempotency_key == first.idempotency_key
    assert first.first_sent_at is None and second.first_sent_at == 1_700_000_100.0
    assert Ledger(two).decide(identity(owner="Other")).idempotency_key != first.idempotency_key


def _claim(path: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    out.put(Ledger(HistoryStore(Path(path))).decide(identity()).idempotency_key)


def test_processes_claiming_the_same_request_at_once_agree_on_its_key(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close_all()
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    procs = [context.Process(target=_claim, args=(str(path), out)) for _ in range(4)]
    for proc in procs:
        proc.start()
    keys = {out.get(timeout=60) for _ in procs}
    for proc in procs:
        proc.join(timeout=60)
    assert len(keys) == 1


def test_an_unknown_outcome_is_re_sent_with_its_key_until_an_answer_resolves_it(
        tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    ledger = Ledger(history, clock=Clock())
    lost = history.add(make_attempt(code=None, verified=False, reason="unknown",
                                    http_status=None, idempotency_key="lost", raw_body=None))
    assert [u.history_id for u in ledger.pending()] == [lost]
    decision = ledger.decide(identity())
    assert (decision.kind, decision.idempotency_key, decision.resolves) == ("send", "lost", lost)
    assert decision.earlier is not None and decision.earlier.outcome == "unknown"
    history.add(make_attempt(idempotency_key="lost", resolves=lost))
    assert ledger.pending() == []
    assert ledger.decide(identity()).kind == "already_assigned"


def test_a_version_3_file_is_migrated_with_its_rows(tmp_path: Path) -> None:
    from licensegui.core import history as module
    from licensegui.core.db import migrate

    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path)
    migrate(conn, module._MIGRATIONS[:3])
    conn.execute("INSERT INTO attempts (at, profile, base_url, license_key, owner_name, email,"
                 " verified, reason, detail, code, idempotency_key) VALUES"
                 " (1, 'p', ?, 'abcd-1', 'Test User', 't@example.com', 1, 'verified', '', 800,"
                 " 'old')", (URL,))
    conn.commit()
    conn.close()
    history = HistoryStore(path)
    assert history.get(1) is not None and history.get(1).repeat is False  # type: ignore[union-attr]
    assert Ledger(history).decide(identity()).kind == "already_assigned"


def test_erasing_an_owner_erases_the_remembered_requests_too(tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    Ledger(history).decide(identity())
    history.erase_owner("t@example.com")
    conn = sqlite3.connect(tmp_path / "h.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM requests WHERE email = 't@example.com'"
                        ).fetchone()[0] == 0
    conn.close()


def test_a_repeat_of_a_batch_assignment_reuses_the_key_it_was_sent_with(
        tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    history.add(make_attempt(at=1_700_000_000.0, idempotency_key="journal-key", batch="b1",
                             received_at=1_700_000_000.5))
    decision = Ledger(history, clock=Clock()).decide(identity(), send_again=True)
    assert (decision.idempotency_key, decision.repeat) == ("journal-key", True)
    assert decision.first_sent_at == 1_700_000_000.0


def test_the_session_ledger_reads_the_shared_history_with_the_settings_window(
        tmp_path: Path) -> None:
    from licensegui.core.secrets import SecretStore
    from licensegui.core.session import AppSession
    from licensegui.core.settings import Settings, SettingsStore

    settings = Settings(idempotency_window_s=3600)
    session = AppSession(SettingsStore(tmp_path / "s.json"), settings, SecretStore(),
                         history_path=tmp_path / "h.sqlite3")
    ledger = session.ledger()
    assert ledger is not None and ledger.window_s == 3600
    HistoryStore(tmp_path / "h.sqlite3").add(make_attempt())  # another process's answer
    assert ledger.decide(identity()).kind == "already_assigned"
    session.close()


def test_a_decision_for_a_sender_with_its_own_key_looks_up_and_records_no_key(
        tmp_path: Path) -> None:
    # A batch sends with its journal's key: consulting the ledger neither records a claim
    # nor hands out a remembered key, but an unknown outcome's key still comes back.
    history = HistoryStore(tmp_path / "h.sqlite3")
    ledger = Ledger(history, clock=Clock())
    remembered = ledger.decide(identity(), claim=True).idempotency_key
    assert remembered
    decision = ledger.decide(identity(), claim=False, keyed=False)
    assert (decision.kind, decision.idempotency_key, decision.resolves) == ("send", "", None)
    assert ledger.decide(identity(key="abcd-2"), claim=False, keyed=False).idempotency_key == ""
    assert ledger.remembered(identity(key="abcd-2")) is None  # nothing claimed
    assert ledger.decide(identity(), claim=False).idempotency_key == remembered
    lost = history.add(make_attempt(code=None, verified=False, reason="unknown",
                                    http_status=None, idempotency_key="lost", raw_body=None))
    decision = ledger.decide(identity(), claim=False, keyed=False)
    assert (decision.idempotency_key, decision.resolves) == ("lost", lost)
