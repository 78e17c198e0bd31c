"""The history file's schema and its migrations, one step per version (see db.migrate).

Kept apart from :mod:`licensegui.core.history` so that module stays about reading and
writing attempts; a step here must tolerate a file that already has its change.
"""

from __future__ import annotations

import json
import sqlite3
import uuid

SCHEMA_VERSION = 6

_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    profile TEXT NOT NULL,
    base_url TEXT NOT NULL,
    license_key TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    email TEXT NOT NULL,
    http_status INTEGER,
    code INTEGER,
    message TEXT,
    verified INTEGER NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    elapsed_ms INTEGER,
    idempotency_key TEXT,
    raw_body BLOB,
    signature TEXT,
    received_at REAL,
    batch TEXT
);
CREATE INDEX IF NOT EXISTS attempts_at ON attempts(at);
"""


def signature_of(raw_body: bytes | None) -> str | None:
    """The ``signature`` member of a stored body, if it has one (for old rows)."""
    if not raw_body:
        return None
    try:
        data = json.loads(raw_body)
    except (ValueError, RecursionError):
        return None
    value = data.get("signature") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def _create(conn: sqlite3.Connection) -> None:
    """Version 1: the attempts table (a new file gets today's columns at once)."""
    _script(conn, _SCHEMA)


def _add_signatures(conn: sqlite3.Connection) -> None:
    """Version 2: each answer's signature, filled from the stored bodies, to spot replays."""
    if "signature" not in _columns(conn):
        conn.execute("ALTER TABLE attempts ADD COLUMN signature TEXT")
        rows = conn.execute("SELECT id, raw_body FROM attempts").fetchall()
        conn.executemany("UPDATE attempts SET signature = ? WHERE id = ?",
                         [(signature_of(r["raw_body"]), r["id"]) for r in rows])
    conn.execute("CREATE INDEX IF NOT EXISTS attempts_signature ON attempts(signature)")


def _add_arrival_and_batch(conn: sqlite3.Connection) -> None:
    """Version 3: when each answer arrived (the replay check's clock) and its batch."""
    columns = _columns(conn)
    for name in ("received_at REAL", "batch TEXT"):
        if name.split()[0] not in columns:
            conn.execute(f"ALTER TABLE attempts ADD COLUMN {name}")


def _add_ledger(conn: sqlite3.Connection) -> None:
    """Version 4: the ledger (core/ledger.py). Each request's identity → its first
    Idempotency-Key and first-send time, kept in the file every process shares; which unknown
    outcome an answer resolves; which sends were deliberate repeats; an index to find a
    license key's earlier attempts."""
    columns = _columns(conn)
    for name in ("resolves INTEGER", "repeat INTEGER NOT NULL DEFAULT 0"):
        if name.split()[0] not in columns:
            conn.execute(f"ALTER TABLE attempts ADD COLUMN {name}")
    _script(conn, """
        CREATE TABLE IF NOT EXISTS requests (
            base_url TEXT NOT NULL,
            license_key TEXT NOT NULL,
            owner_name TEXT NOT NULL,
            email TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            first_sent_at REAL NOT NULL,
            PRIMARY KEY (base_url, license_key, owner_name, email)
        );
        CREATE INDEX IF NOT EXISTS attempts_license_key ON attempts(license_key);
        CREATE INDEX IF NOT EXISTS attempts_resolves ON attempts(resolves);
        CREATE INDEX IF NOT EXISTS attempts_idempotency_key ON attempts(idempotency_key);
    """)


def _add_outbox(conn: sqlite3.Connection) -> None:
    """Version 5: the team ledger's outbox (core/team/outbox.py). This installation's id
    (each record it publishes carries it with the attempt's local id, so publishing twice
    changes nothing), and which phase of which attempt each team ledger already holds."""
    _script(conn, """
        CREATE TABLE IF NOT EXISTS installation (id TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS published (
            team TEXT NOT NULL,
            attempt_id INTEGER NOT NULL,
            phase TEXT NOT NULL,
            PRIMARY KEY (team, attempt_id, phase)
        );
    """)
    if "staff" not in _columns(conn):  # who made the attempt (published with it)
        conn.execute("ALTER TABLE attempts ADD COLUMN staff TEXT")
    if conn.execute("SELECT COUNT(*) FROM installation").fetchone()[0] == 0:
        conn.execute("INSERT INTO installation VALUES (?)", (str(uuid.uuid4()),))


def _add_words(conn: sqlite3.Connection) -> None:
    """Version 6: each detail's words as they were made (core/words.py), so History says it
    in the user's language; the English detail stays what exports read."""
    if "detail_words" not in _columns(conn):
        conn.execute("ALTER TABLE attempts ADD COLUMN detail_words TEXT")


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """The statements of ``sql`` one by one, inside the migration's transaction
    (``executescript`` would commit it first, letting another process migrate the same
    file at the same time: "duplicate column name")."""
    for statement in sql.split(";"):
        if statement.strip():
            conn.execute(statement)


def _columns(conn: sqlite3.Connection) -> set[str]:
    return {r[1] for r in conn.execute("PRAGMA table_info(attempts)")}


MIGRATIONS = (_create, _add_signatures, _add_arrival_and_batch, _add_ledger, _add_outbox,
              _add_words)
assert len(MIGRATIONS) == SCHEMA_VERSION


#: The columns an attempt is written with, in the order of ``history._values``.
WRITTEN = (
    "at", "profile", "base_url", "license_key", "owner_name", "email", "http_status", "code",
    "message", "verified", "reason", "detail", "elapsed_ms", "idempotency_key", "raw_body",
    "signature", "received_at", "batch", "resolves", "repeat", "detail_words",
)

INSERT_ATTEMPT = (f"INSERT INTO attempts ({', '.join(WRITTEN)})"  # noqa: S608  # fixed names
                  f" VALUES ({','.join('?' * len(WRITTEN))})")

# What an answer changes in the row written before its request went out: only these columns
# are set, so the indexes on the request's own columns (key, time, Idempotency-Key) are not
# rewritten for every answer. The row is matched by its key too: in a file started afresh
# the id may be another row's.
ANSWER_COLUMNS = ("http_status", "code", "message", "verified", "reason", "detail",
                  "elapsed_ms", "raw_body", "signature", "received_at", "detail_words")
COMPLETE_ATTEMPT = (
    f"UPDATE attempts SET {', '.join(f'{c} = ?' for c in ANSWER_COLUMNS)}"  # noqa: S608
    " WHERE id = ? AND reason = 'unknown' AND idempotency_key IS ?"
)
