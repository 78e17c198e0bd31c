"""The outbox: this computer's attempts, published to the team ledger after they are recorded.

Offline-first: every attempt is written to this computer's history first (durable, as
always); publishing is a separate, idempotent step — each record carries this installation's
id and the attempt's local id, and the history remembers which phase of which attempt each
team ledger holds. An attempt is published when it goes out (``sent``: no answer yet) and again
once answered (``answered``), so colleagues learn of a request in flight and of its outcome.
"""

from __future__ import annotations

import sqlite3

from licensegui.core.history import HistoryStore
from licensegui.core.team.store import TeamLedger, TeamRecord

_PHASE = "CASE WHEN a.reason = 'unknown' THEN 'sent' ELSE 'answered' END"
# Attempts that went out (an answer, or none yet): a form refused before sending, or a
# request the ledger answered, tells colleagues nothing.
_WAITING = (
    "FROM attempts a WHERE a.idempotency_key IS NOT NULL"  # noqa: S608  # our own SQL
    " AND (a.reason = 'unknown' OR a.http_status IS NOT NULL)"
    f" AND NOT EXISTS (SELECT 1 FROM published p WHERE p.team = ? AND p.attempt_id = a.id"
    f"  AND p.phase = {_PHASE})"
)


def installation_id(history: HistoryStore) -> str:
    with history.transaction() as conn:
        return str(conn.execute("SELECT id FROM installation").fetchone()[0])


def waiting(history: HistoryStore, team: str) -> int:
    """How many records wait to be published to ``team``."""
    with history.transaction() as conn:
        return int(conn.execute(f"SELECT COUNT(*) {_WAITING}", (team,)).fetchone()[0])


def stamp(history: HistoryStore, staff: str) -> None:
    """Name the member of staff on this computer's attempts not yet named: run by the
    process that made them, before publishing (which may happen later, offline first)."""
    with history.transaction(write=True) as conn:
        conn.execute("UPDATE attempts SET staff = ? WHERE staff IS NULL", (staff,))


def publish(history: HistoryStore, ledger: TeamLedger, *, chunk: int = 500) -> int:
    """Publish what waits, in chunks; returns how many records the team ledger did not have.
    Raises TeamOffline (what was published so far stays published)."""
    team = team_name(ledger)
    mine = installation_id(history)
    added = 0
    while True:
        with history.transaction() as conn:
            rows = conn.execute(f"SELECT a.*, {_PHASE} AS phase {_WAITING} ORDER BY a.id"
                                " LIMIT ?", (team, chunk)).fetchall()
        if not rows:
            return added
        added += ledger.publish((r["phase"], _record(r, mine, ledger)) for r in rows)
        with history.transaction(write=True) as conn:
            conn.executemany("INSERT OR IGNORE INTO published VALUES (?, ?, ?)",
                             [(team, r["id"], r["phase"]) for r in rows])


def team_name(ledger: TeamLedger) -> str:
    """Which team ledger (its server and database, whoever connects)."""
    a = ledger.address
    return f"{a.host}:{a.port}/{a.dbname}"


def _record(row: sqlite3.Row, installation: str, ledger: TeamLedger) -> TeamRecord:
    return TeamRecord(installation, int(row["id"]), row["staff"] or ledger.staff,
                      ledger.computer,
                      float(row["at"]), row["base_url"], row["license_key"], row["owner_name"],
                      row["email"], row["idempotency_key"], row["http_status"], row["code"],
                      bool(row["verified"]), row["reason"], row["received_at"],
                      _bytes(row["raw_body"]))


def _bytes(value: object) -> bytes | None:
    if value is None:
        return None
    return value if isinstance(value, bytes) else str(value).encode("utf-8")



__all__ = ["installation_id", "publish", "stamp", "team_name", "waiting"]
