"""The ledger: what this computer's history knows about a request, consulted before sending.

A request's identity is the server (the profile's base URL), the license key, the owner and
the email, as the form normalises them. The history database maps each identity durably to
its first Idempotency-Key and first-send time (the ``requests`` table), so every process that
shares the file — windows, the CLI, batches — sends the same request with the same key for as
long as the server is expected to remember it (``window_s``). Nothing is cached in memory:
each question is one SQLite query, and a claim is one write transaction, so two processes
asking at once agree (SQLite's lock orders them).

Before anything is sent, :meth:`Ledger.decide` answers from history:

* a verified 800 for this key on this server, same owner and email → ``already_assigned``
  (not sent; a deliberate ``send_again`` reuses the first key while inside the window);
* a verified 800 for another owner or email → ``assigned_elsewhere`` (not sent by default);
* an earlier attempt of this request with no known outcome → sent again with *that* key,
  and the answer resolves it (``resolves``);
* else → sent, with the request's remembered key or a new one.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

from licensegui.core.code_table import ASSIGNED_CODES, KEY_REUSED_STATUS, QUEUED_CODES
from licensegui.core.codes import Outcome
from licensegui.core.history import Attempt, HistoryStore, attempt_of
from licensegui.core.validation import AssignRequest, is_loopback_host, normal_url

#: How long a Key Manager installation is expected to keep an Idempotency-Key (a day is the
#: common choice of idempotency stores; after that a re-send is a new request to the server).
DEFAULT_WINDOW_S = 24 * 3600.0


#: A decision to send (else its kind is the outcome the ledger answers with: one vocabulary,
#: codes.Outcome's ``already_assigned`` / ``assigned_elsewhere``).
SEND = "send"
#: The codes that mean "assigned", as SQL (integers from the code table, never user text).
_ASSIGNED_SQL = ", ".join(str(c) for c in sorted(ASSIGNED_CODES))
_KNOWN_ASSIGNMENT = (
    "SELECT * FROM attempts a WHERE license_key = ? AND {server} AND verified = 1"  # noqa: S608
    f" AND code IN ({_ASSIGNED_SQL}) ORDER BY id DESC LIMIT 1")


@functools.lru_cache(maxsize=64)  # a batch asks for its one server's names at every row
def spellings(base_url: str) -> tuple[str, ...]:
    """Every way the history may have stored this server's address, its identity first: the
    normal form with 127.0.0.1 for any name of this computer (localhost, ::1 and 127.0.0.1 on
    one port are one server), each such name, and the address as an older version kept it
    (stripped of a trailing slash only)."""
    raw = base_url.strip().rstrip("/")
    try:
        url = normal_url(raw)
        parts = urlsplit(url)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return (raw,)
    names = [url]
    if host and is_loopback_host(host):
        suffix = f":{port}" if port is not None else ""
        names = [urlunsplit(parts._replace(netloc=name + suffix))
                 for name in ("127.0.0.1", "localhost", "[::1]")]
    return tuple(dict.fromkeys([*names, raw]))


def _server_sql(base_url: str) -> tuple[str, tuple[str, ...]]:
    """``a.base_url IN (?, …)`` for :func:`spellings`, and its arguments."""
    names = spellings(base_url)
    return f"a.base_url IN ({', '.join('?' * len(names))})", names


def move_server(history: HistoryStore, old: str, new: str) -> int:
    """Everything this computer knows about server ``old`` now names ``new`` (the demo's
    server, moved to another port because its own was taken): the same keys, the same
    receipts, the same truth. Returns how many attempts moved. Raises HistoryError."""
    names, target = spellings(old), spellings(new)[0]
    marks = ", ".join("?" * len(names))
    with history.transaction(write=True) as conn:
        moved = conn.execute(f"UPDATE attempts SET base_url = ? WHERE base_url IN ({marks})",  # noqa: S608
                             (target, *names)).rowcount
        # A request already known under the new address keeps that first send.
        conn.execute(f"UPDATE OR IGNORE requests SET base_url = ? WHERE base_url IN ({marks})",  # noqa: S608
                     (target, *names))
    return int(moved)


@dataclass(frozen=True)
class RequestIdentity:
    """What makes two requests the same one (normalised as the form normalises: an
    :class:`AssignRequest` is already clean; the base URL loses a trailing slash)."""

    base_url: str
    license_key: str
    owner_name: str
    email: str

    @classmethod
    def of(cls, base_url: str, request: AssignRequest) -> RequestIdentity:
        return cls(cls.server(base_url), request.license_key, request.owner_name,
                   request.email)

    @staticmethod
    def server(base_url: str) -> str:
        """The server's part of the identity: the address in its normal form
        (:func:`validation.normal_url`), every name of this computer as 127.0.0.1."""
        return spellings(base_url)[0]

    def same_owner(self, owner_name: str, email: str) -> bool:
        # Emails are matched without case (mailboxes are, in practice); names exactly.
        return owner_name == self.owner_name and email.casefold() == self.email.casefold()


@dataclass(frozen=True)
class Earlier:
    """What this computer knows about an earlier attempt for this key."""

    #: When: the verified answer's arrival, or the first send for an unknown outcome.
    at: float
    owner_name: str
    email: str
    history_id: int | None
    idempotency_key: str
    #: A :class:`codes.Outcome` value.
    outcome: str
    #: Who sent it and from which computer (a colleague's, from the team ledger), and where
    #: it is known: "this_computer" (its history) or "team" (the team ledger).
    staff: str = ""
    computer: str = ""
    source: str = "this_computer"

    def to_json(self) -> dict[str, object]:
        """The CLI's ``earlier`` object (stable names)."""
        return {"time": self.at, "owner_name": self.owner_name, "email": self.email,
                "history_id": self.history_id, "idempotency_key": self.idempotency_key,
                "staff": self.staff, "computer": self.computer, "source": self.source}


@dataclass(frozen=True)
class Decision:
    """What to do before sending."""

    #: A :class:`codes.Decision` value: "send", "already_assigned" or "assigned_elsewhere".
    kind: str
    #: The key to send with (the first one, when re-sending an earlier request in the window).
    idempotency_key: str
    #: The first send's time when re-sending, else None (freshness runs from it).
    first_sent_at: float | None
    #: Who and when, for already_assigned / assigned_elsewhere / a resolved unknown.
    earlier: Earlier | None
    #: The history id of the unknown-outcome attempt this send resolves.
    resolves: int | None
    #: A deliberate "send anyway" of an already-assigned request.
    repeat: bool
    #: The team ledger: "consulted", "offline" or "not_configured" (issue 27).
    team: str = "not_configured"

    @property
    def sends(self) -> bool:
        return self.kind == SEND


@dataclass(frozen=True)
class Unknown:
    """An attempt that went out with no known outcome."""

    history_id: int
    at: float
    profile: str
    base_url: str
    license_key: str
    owner_name: str
    email: str
    idempotency_key: str

    def request(self) -> AssignRequest:
        return AssignRequest(self.license_key, self.owner_name, self.email)


def earlier_of(attempt: Attempt, outcome: str) -> Earlier:
    return Earlier(at=attempt.received_at or attempt.at, owner_name=attempt.owner_name,
                   email=attempt.email, history_id=attempt.id,
                   idempotency_key=attempt.idempotency_key or "", outcome=outcome)


# An attempt whose outcome is not known yet: no answer came (``unknown``: rows are written
# before the request goes out and completed after), or the server signed "queued" (807: not
# decided; core/code_table.py) — until a later attempt resolves it, or a later row with the
# same Idempotency-Key has a decided answer. A 422 (the key reused with another form) is
# an answer about that re-send, not about the request: it resolves nothing.
_QUEUED_SQL = ", ".join(str(c) for c in sorted(QUEUED_CODES))
_UNRESOLVED = (
    f"(a.reason = 'unknown' OR (a.verified = 1 AND a.code IN ({_QUEUED_SQL})))"  # noqa: S608
    " AND a.idempotency_key IS NOT NULL"
    " AND NOT EXISTS (SELECT 1 FROM attempts r WHERE r.resolves = a.id"
    f"  AND COALESCE(r.http_status, 0) != {KEY_REUSED_STATUS})"
    " AND NOT EXISTS (SELECT 1 FROM attempts r WHERE r.id > a.id"
    "  AND r.idempotency_key = a.idempotency_key AND r.code IS NOT NULL"
    f"  AND r.code NOT IN ({_QUEUED_SQL})"
    f"  AND COALESCE(r.http_status, 0) != {KEY_REUSED_STATUS})"
)


class TeamSide(Protocol):
    """What the ledger asks the team ledger (core/team/consult.py): each answer None when
    it knows nothing — or cannot be reached (``state`` then says "offline")."""

    state: str
    problem: str | None
    deferred: bool

    def known(self, identity: RequestIdentity) -> Earlier | None: ...

    def publish(self) -> int | None: ...

    def publish_due(self) -> int | None: ...

    def prefetch(self, base_url: str, license_keys: list[str]) -> None: ...

    def close(self) -> None: ...

    def unknown(self, identity: RequestIdentity) -> Earlier | None: ...

    def claim(self, identity: RequestIdentity, window_s: float,
              now: float) -> tuple[str, float | None] | None: ...


class Ledger:
    """Questions to the shared history; raises HistoryError when it cannot be read (a
    damaged file has then been set aside and a new one started). With ``team``, the team
    ledger is consulted beside it (its colleagues' assignments, unknowns and claims)."""

    def __init__(self, history: HistoryStore, window_s: float = DEFAULT_WINDOW_S,
                 clock: Callable[[], float] = time.time, team: TeamSide | None = None) -> None:
        self.history = history
        self.window_s = window_s
        self.clock = clock
        self.team = team

    def close(self) -> None:
        """Release the team ledger's connection (it reconnects when asked again)."""
        if self.team is not None:
            self.team.close()

    # --- questions --------------------------------------------------------------------------
    def known_assignment(self, base_url: str, license_key: str, *,
                         any_case: bool = False) -> Earlier | None:
        """The latest verified assignment (800, 803: core/code_table.py) for this key on this
        server, if any. ``any_case``: the key written in another case counts too (what
        explains a server's 801 for a key this computer assigned as "ABC" and now sends as
        "abc"; never a reason not to send)."""
        server, names = _server_sql(base_url)
        sql = _KNOWN_ASSIGNMENT.format(server=server)
        if any_case:
            sql = sql.replace("license_key = ?", "license_key = ? COLLATE NOCASE", 1)
        with self.history.transaction() as conn:
            row = conn.execute(sql, (license_key, *names)).fetchone()
        return earlier_of(attempt_of(row), Outcome.ASSIGNED) if row else None

    def unknown_for(self, identity: RequestIdentity) -> Unknown | None:
        """The oldest unresolved unknown outcome of exactly this request."""
        server, names = _server_sql(identity.base_url)
        found = self._unknowns(
            f" AND {server} AND a.license_key = ? AND a.owner_name = ?"
            " AND a.email = ? COLLATE NOCASE ORDER BY a.id LIMIT 1",
            (*names, identity.license_key, identity.owner_name, identity.email))
        return found[0] if found else None

    def unknown_for_key(self, base_url: str, license_key: str) -> Unknown | None:
        """The newest unresolved unknown outcome for this key on this server, whoever it was
        for (an attempt in flight in another window counts: it is recorded before it goes
        out)."""
        server, names = _server_sql(base_url)
        found = self._unknowns(f" AND {server} AND a.license_key = ? ORDER BY a.id DESC LIMIT 1",
                               (*names, license_key))
        return found[0] if found else None

    def pending(self) -> list[Unknown]:
        """Every unknown outcome not resolved since, newest first."""
        return self._unknowns(" ORDER BY a.id DESC", ())

    def _unknowns(self, tail: str, args: tuple[object, ...]) -> list[Unknown]:
        with self.history.transaction() as conn:
            rows = conn.execute(
                f"SELECT * FROM attempts a WHERE {_UNRESOLVED}{tail}", args  # noqa: S608
            ).fetchall()
        return [Unknown(r["id"], r["at"], r["profile"], r["base_url"], r["license_key"],
                        r["owner_name"], r["email"], r["idempotency_key"]) for r in rows]

    def remembered(self, identity: RequestIdentity) -> tuple[str, float] | None:
        """The request's first Idempotency-Key and first-send time, while inside the window."""
        with self.history.transaction() as conn:
            row = self._remembered(conn, identity)
        return (row["idempotency_key"], row["first_sent_at"]) if row else None

    def _remembered(self, conn: sqlite3.Connection,
                    identity: RequestIdentity) -> sqlite3.Row | None:
        return conn.execute(
            "SELECT idempotency_key, first_sent_at FROM requests WHERE base_url = ?"
            " AND license_key = ? AND owner_name = ? AND email = ? AND first_sent_at >= ?",
            (identity.base_url, identity.license_key, identity.owner_name, identity.email,
             self.clock() - self.window_s)).fetchone()

    # --- the decision -----------------------------------------------------------------------
    def decide(self, identity: RequestIdentity, *, send_again: bool = False,
               claim: bool = True, keyed: bool = True) -> Decision:
        """What to do with this request now. With ``claim`` (the default) a request to be
        sent gets its first key recorded at once, so a concurrent sender (another process,
        another computer of the team) uses the same one; a preview passes ``claim=False``.
        ``keyed=False`` (with ``claim=False``): the caller sends with a key of its own (a
        batch journal's) or not at all, so a request to send gets no key looked up (its
        decision's key is empty) unless it resolves an unknown outcome."""
        decision = self._decide(identity, send_again, claim, keyed)
        return dataclasses.replace(decision, team=self.team.state) if self.team else decision

    def _decide(self, identity: RequestIdentity, send_again: bool, claim: bool,
                keyed: bool) -> Decision:
        known = self.known_assignment(identity.base_url, identity.license_key)
        if self.team is not None:
            theirs = self.team.known(identity)
            if theirs is not None and (known is None or theirs.at > known.at):
                known = theirs
        repeat = False
        if known is not None:
            same = identity.same_owner(known.owner_name, known.email)
            if not send_again:
                kind = Outcome.ALREADY_ASSIGNED if same else Outcome.ASSIGNED_ELSEWHERE
                earlier = dataclasses.replace(known, outcome=kind)
                return Decision(kind, known.idempotency_key, None, earlier, None, False)
            repeat = same
        unknown = self.unknown_for(identity)
        if unknown is not None:
            # The server may have acted on it: only its own key gets its stored answer. Its
            # answer was signed at the key's *first* send (a later re-send lost too is only
            # the latest unknown): freshness and the replay rule measure from there.
            return Decision(SEND, unknown.idempotency_key,
                            self._first_send(unknown.idempotency_key, unknown.at),
                            Earlier(unknown.at, unknown.owner_name, unknown.email,
                                    unknown.history_id, unknown.idempotency_key,
                                    Outcome.UNKNOWN),
                            unknown.history_id, repeat)
        theirs_unknown = self.team.unknown(identity) if self.team is not None else None
        if theirs_unknown is not None:
            # A colleague's request with no known outcome: sent with *that* key (its time
            # is its first send), so the server answers it instead of acting twice.
            return Decision(SEND, theirs_unknown.idempotency_key, theirs_unknown.at,
                            theirs_unknown, None, repeat)
        if repeat and known is not None and known.idempotency_key \
                and not self.outside_window(known.at):
            # The key its 800 was sent with (a batch's, say): the server answers from its
            # store, the same signed 800, instead of an 801.
            first_sent = self._first_send_of(known)
            return Decision(SEND, known.idempotency_key, first_sent, known, None,
                            True)
        if not (claim or keyed):
            return Decision(SEND, "", None, known if repeat else None, None, repeat)
        key, first = self._claim_anywhere(identity) if claim else self._peek(identity)
        return Decision(SEND, key, first, known if repeat else None, None, repeat)

    def _claim_anywhere(self, identity: RequestIdentity) -> tuple[str, float | None]:
        """The team's claim when it can be reached (kept here too, so this computer's own
        re-sends agree), else this computer's."""
        got = self.team.claim(identity, self.window_s, self.clock()) if self.team else None
        if got is None:
            return self.claim(identity)
        key, first = got
        with self.history.transaction(write=True) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO requests (base_url, license_key, owner_name, email,"
                " idempotency_key, first_sent_at) VALUES (?,?,?,?,?,?)",
                (identity.base_url, identity.license_key, identity.owner_name, identity.email,
                 key, first if first is not None else self.clock()))
        return key, first

    def _first_send_of(self, known: Earlier) -> float:
        return self._first_send(known.idempotency_key, known.at)

    def _first_send(self, idempotency_key: str, latest: float) -> float:
        """When ``idempotency_key`` was first sent (freshness runs from it: the server's
        stored answer carries that send's timestamp): its earliest attempt, or the claim made
        just before that attempt went out, whichever is earlier; ``latest`` if none is kept."""
        with self.history.transaction() as conn:
            row = conn.execute(
                "SELECT MIN(t) FROM (SELECT MIN(at) AS t FROM attempts WHERE idempotency_key = ?"
                " UNION ALL SELECT MIN(first_sent_at) FROM requests WHERE idempotency_key = ?)",
                (idempotency_key, idempotency_key)).fetchone()
        return min(float(row[0]), latest) if row and row[0] is not None else latest

    def _peek(self, identity: RequestIdentity) -> tuple[str, float | None]:
        found = self.remembered(identity)
        return found if found else (str(uuid.uuid4()), None)

    def claim(self, identity: RequestIdentity) -> tuple[str, float | None]:
        """The key to send this request with: its remembered first one with its first-send
        time, or a new one recorded now (first-send time None: this is the first send)."""
        now = self.clock()
        with self.history.transaction(write=True) as conn:
            row = self._remembered(conn, identity)
            if row is not None:
                return row["idempotency_key"], row["first_sent_at"]
            key = str(uuid.uuid4())
            conn.execute(
                "INSERT OR REPLACE INTO requests (base_url, license_key, owner_name, email,"
                " idempotency_key, first_sent_at) VALUES (?,?,?,?,?,?)",
                (identity.base_url, identity.license_key, identity.owner_name, identity.email,
                 key, now))
        return key, None

    def answered(self, base_url: str, requests: Iterable[AssignRequest], *,
                 send_again: bool = False) -> dict[str, int]:
        """How many of ``requests`` the ledger answers without sending (a batch preview):
        ``{"already_assigned": n, "assigned_elsewhere": m}``. Claims nothing."""
        found = {Outcome.ALREADY_ASSIGNED.value: 0, Outcome.ASSIGNED_ELSEWHERE.value: 0}
        for request in requests:
            kind = self.decide(RequestIdentity.of(base_url, request), send_again=send_again,
                               claim=False, keyed=False).kind
            if kind in found:
                found[kind] += 1
        return found

    def outside_window(self, first_sent_at: float | None) -> bool:
        """True when a re-send comes after the server is expected to have forgotten the key
        (it may then be answered 801)."""
        return first_sent_at is not None and self.clock() - first_sent_at > self.window_s


def pending_unknowns(history: HistoryStore) -> list[Unknown]:
    """Every attempt of ``history`` whose outcome is still unknown, newest first (what
    ``history pending`` lists; no window or decision is involved)."""
    return Ledger(history).pending()
