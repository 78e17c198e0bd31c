"""The team ledger's questions and writes, on PostgreSQL (psycopg 3).

Every database error is translated here into :class:`TeamOffline` (cannot be reached, wrong
password, tables missing or of another version): the ledger then goes on with this computer's
knowledge and says so. Nothing here raises a psycopg exception to its callers.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from licensegui.core.code_table import ASSIGNED_CODES, KEY_REUSED_STATUS, QUEUED_CODES
from licensegui.core.errors import LicenseGuiError
from licensegui.core.team import schema
from licensegui.core.team.address import TeamAddress, stored_password
from licensegui.core.text import translate

log = logging.getLogger(__name__)

_S = schema.SCHEMA
_ASSIGNED_SQL = ", ".join(str(c) for c in sorted(ASSIGNED_CODES))
_QUEUED_SQL = ", ".join(str(c) for c in sorted(QUEUED_CODES))


# The newest verified assignment of a key on a server (spelled any of its ways).
_KNOWN = (f"FROM {_S}.records WHERE license_key = %s"  # constants only
          f" AND base_url = ANY(%s) AND verified AND code IN ({_ASSIGNED_SQL})"
          " ORDER BY received_at DESC NULLS LAST, id DESC LIMIT 1")
# The oldest attempt of a request with no answer published for its Idempotency-Key (a
# queued one, or a 422 about a re-send, is none).
_UNKNOWN = (f"FROM {_S}.records a WHERE a.license_key = %s"  # noqa: S608  # constants only
            " AND a.base_url = ANY(%s) AND a.owner_name = %s AND lower(a.email) = lower(%s)"
            " AND a.idempotency_key IS NOT NULL"
            f" AND (a.reason = 'unknown' OR (a.verified AND a.code IN ({_QUEUED_SQL})))"
            f" AND NOT EXISTS (SELECT 1 FROM {_S}.records r"
            "  WHERE r.idempotency_key = a.idempotency_key AND r.code IS NOT NULL"
            f"  AND r.code NOT IN ({_QUEUED_SQL})"
            f"  AND COALESCE(r.http_status, 0) != {KEY_REUSED_STATUS})"
            " ORDER BY a.at LIMIT 1")


_UNKNOWN_OF_KEYS = (_UNKNOWN.replace("a.license_key = %s", "a.license_key = ANY(%s)")
                   .replace(" AND a.owner_name = %s AND lower(a.email) = lower(%s)", "")
                   .replace(" LIMIT 1", ""))


class TeamOffline(LicenseGuiError):
    """The team ledger cannot be used now; ``str()`` says why (never the password)."""


@dataclass(frozen=True)
class TeamRecord:
    """What a colleague's computer published about one attempt."""

    installation: str
    local_id: int
    staff: str
    computer: str
    at: float
    base_url: str
    license_key: str
    owner_name: str
    email: str
    idempotency_key: str | None
    http_status: int | None
    code: int | None
    verified: bool
    reason: str
    received_at: float | None
    raw_body: bytes | None


_COLUMNS = ("installation, local_id, staff, computer, at, base_url, license_key, owner_name, "
            "email, idempotency_key, http_status, code, verified, reason, received_at, raw_body")


class TeamLedger:
    """One team ledger, one connection (opened on first use, again after a failure)."""

    def __init__(self, address: TeamAddress, *, staff: str, computer: str,
                 timeout_s: float = 5.0, password: str | None = None) -> None:
        self.address = address
        self.staff = staff
        self.computer = computer
        self.timeout_s = timeout_s
        self._password = password
        self._conn: Any = None
        self._lock = threading.RLock()

    # --- the connection ---------------------------------------------------------------------
    def _connection(self) -> Any:
        if self._conn is not None and not self._conn.closed:
            return self._conn
        import psycopg

        password = self._password or stored_password(self.address)
        try:
            conn = psycopg.connect(**self.address.connect_arguments(password, self.timeout_s),
                                   autocommit=True)
        except psycopg.Error as exc:
            raise TeamOffline(_why(exc)) from None  # the chain could name the password
        try:
            found = schema.version(conn)
        except psycopg.Error as exc:
            conn.close()
            raise TeamOffline(_why(exc)) from None
        problem = schema.problem(found)
        if problem is not None:
            conn.close()
            raise TeamOffline(problem)
        self._conn = conn
        return conn

    def _run(self, work: Any) -> Any:
        """``work(conn)``, with any database error as :class:`TeamOffline`. One at a time:
        a batch's workers share the connection, and a claim's transaction must not take in
        another thread's statements."""
        import psycopg

        with self._lock:
            conn = self._connection()
            try:
                return work(conn)
            except psycopg.Error as exc:
                self._close()
                raise TeamOffline(_why(exc)) from None

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def check(self) -> None:
        """Reach the ledger now (TeamOffline when it cannot be used)."""
        with self._lock:
            self._connection()

    # --- questions --------------------------------------------------------------------------
    def consult(self, spellings: Sequence[str], license_key: str, owner_name: str,
                email: str) -> tuple[TeamRecord | None, TeamRecord | None]:
        """(:meth:`known_assignment`, :meth:`unknown_for`) in one round trip: what a
        request's decision asks, at the cost of one query."""
        def ask(conn: Any) -> tuple[TeamRecord | None, TeamRecord | None]:
            rows = conn.execute(
                f"(SELECT 'known', {_COLUMNS} {_KNOWN}) UNION ALL"
                f" (SELECT 'unknown', {_COLUMNS} {_UNKNOWN})",
                (license_key, list(spellings), license_key, list(spellings), owner_name,
                 email)).fetchall()
            found = {row[0]: TeamRecord(*row[1:]) for row in rows}
            return found.get("known"), found.get("unknown")

        result: tuple[TeamRecord | None, TeamRecord | None] = self._run(ask)
        return result

    def consult_many(self, spellings: Sequence[str], license_keys: Sequence[str]
                     ) -> tuple[list[TeamRecord], list[TeamRecord]]:
        """For a chunk of a batch's keys at once: every verified assignment of them and
        every attempt of them whose outcome nobody knows yet (two queries a chunk, not two
        a row)."""
        def ask(conn: Any) -> tuple[list[TeamRecord], list[TeamRecord]]:
            keys = list(license_keys)
            known = conn.execute(
                f"SELECT DISTINCT ON (license_key) {_COLUMNS} FROM {_S}.records"  # noqa: S608
                f" WHERE license_key = ANY(%s) AND base_url = ANY(%s) AND verified"
                f" AND code IN ({_ASSIGNED_SQL})"
                " ORDER BY license_key, received_at DESC NULLS LAST, id DESC",
                (keys, list(spellings))).fetchall()
            unknown = conn.execute(
                f"SELECT {_COLUMNS} {_UNKNOWN_OF_KEYS}",
                (keys, list(spellings))).fetchall()
            return [TeamRecord(*r) for r in known], [TeamRecord(*r) for r in unknown]

        result: tuple[list[TeamRecord], list[TeamRecord]] = self._run(ask)
        return result

    def known_assignment(self, spellings: Sequence[str], license_key: str) -> TeamRecord | None:
        """The newest verified assignment of the key on this server, by anyone."""
        def ask(conn: Any) -> TeamRecord | None:
            row = conn.execute(f"SELECT {_COLUMNS} {_KNOWN}",
                               (license_key, list(spellings))).fetchone()
            return TeamRecord(*row) if row else None

        result: TeamRecord | None = self._run(ask)
        return result

    def unknown_for(self, spellings: Sequence[str], license_key: str, owner_name: str,
                    email: str) -> TeamRecord | None:
        """The oldest attempt of this request, by anyone, whose outcome nobody knows yet: no
        answer published for it (or a queued one), and none for its Idempotency-Key since."""
        def ask(conn: Any) -> TeamRecord | None:
            row = conn.execute(f"SELECT {_COLUMNS} {_UNKNOWN}",
                               (license_key, list(spellings), owner_name, email)).fetchone()
            return TeamRecord(*row) if row else None

        result: TeamRecord | None = self._run(ask)
        return result

    def claim(self, server: str, license_key: str, owner_name: str, email: str,
              window_s: float, now: float, installation: str) -> tuple[str, float | None]:
        """The request's Idempotency-Key across the team: a colleague's claim still inside
        the window (with its first-send time), else a new one recorded now (None: this is the
        first send). Atomic: two computers claiming at once get the same key."""
        def claim(conn: Any) -> tuple[str, float | None]:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
                             (json.dumps([server, license_key, owner_name, email.lower()]),))
                row = conn.execute(
                    f"SELECT idempotency_key, first_sent_at FROM {_S}.claims"  # noqa: S608
                    " WHERE base_url = %s AND license_key = %s AND owner_name = %s"
                    " AND email = %s AND first_sent_at >= %s ORDER BY first_sent_at LIMIT 1",
                    (server, license_key, owner_name, email.lower(), now - window_s)).fetchone()
                if row is not None:
                    return str(row[0]), float(row[1])
                key = str(uuid.uuid4())
                conn.execute(
                    f"INSERT INTO {_S}.claims VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s)",  # noqa: S608
                    (server, license_key, owner_name, email.lower(), key, now, self.staff,
                     self.computer, installation))
                return key, None

        result: tuple[str, float | None] = self._run(claim)
        return result

    # --- writes -----------------------------------------------------------------------------
    def publish(self, records: Iterable[tuple[str, TeamRecord]]) -> int:
        """Insert (phase, record) pairs; one already there is skipped. Returns how many were
        new (publishing twice changes nothing)."""
        rows = [(phase, r) for phase, r in records]
        if not rows:
            return 0

        def insert(conn: Any) -> int:
            added = 0
            with conn.transaction():
                for phase, r in rows:
                    cur = conn.execute(
                        f"INSERT INTO {_S}.records (phase, {_COLUMNS}) VALUES"  # noqa: S608
                        " (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)"
                        " ON CONFLICT (installation, local_id, phase) DO NOTHING",
                        (phase, r.installation, r.local_id, r.staff, r.computer, r.at,
                         r.base_url, r.license_key, r.owner_name, r.email, r.idempotency_key,
                         r.http_status, r.code, r.verified, r.reason, r.received_at,
                         r.raw_body))
                    added += cur.rowcount
            return added

        result: int = self._run(insert)
        return result

    def status(self) -> dict[str, object]:
        """Reachable, the schema version, how many records it holds."""
        def ask(conn: Any) -> dict[str, object]:
            count = conn.execute(f"SELECT count(*) FROM {_S}.records").fetchone()[0]  # noqa: S608
            return {"schema_version": schema.version(conn), "records": int(count)}

        result: dict[str, object] = self._run(ask)
        return result


def _why(exc: BaseException) -> str:
    """A database error as a sentence's end, never with a password (libpq does not echo it;
    the first line is what the user needs)."""
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return translate("TeamLedger", "the team ledger cannot be used: {problem}").format(
        problem=first[:300])


__all__ = ["TeamLedger", "TeamOffline", "TeamRecord"]
