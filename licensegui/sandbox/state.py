"""The sandbox's own records: its license keys (who holds each), its API key and the
answers it gave per Idempotency-Key, in one SQLite file beside its signing key."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path

#: Keys a new sandbox starts with (``sandbox --keys N`` and the demo ask for more).
DEFAULT_KEYS = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS license_keys (
    license_key TEXT PRIMARY KEY, owner_name TEXT, email TEXT, assigned_at REAL
);
CREATE TABLE IF NOT EXISTS idempotency (
    idem_key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
    body BLOB NOT NULL, created_at REAL NOT NULL
);
"""


class SandboxState:
    """Keys, the API key and idempotency records in one SQLite file."""

    def __init__(self, path: Path, seed: int = DEFAULT_KEYS) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False)
        # A stand-in server: fast commits (WAL, no fsync per commit) so that benchmarks
        # measure the client, not this sandbox's disk.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.executescript(_SCHEMA)
            row = self._db.execute("SELECT value FROM meta WHERE name='api_key'").fetchone()
            if row is None:
                self._db.execute(
                    "INSERT INTO meta VALUES ('api_key', ?)", (f"sandbox-{uuid.uuid4()}",)
                )
                self._db.executemany(
                    "INSERT INTO license_keys (license_key) VALUES (?)",
                    [(str(uuid.uuid4()),) for _ in range(seed)],
                )

    def ensure_available(self, count: int) -> None:
        """Top up to at least ``count`` keys not yet assigned (``sandbox --keys N``)."""
        missing = count - len(self.available_keys())
        if missing > 0:
            self.add_keys(missing)

    def forget_idempotency(self) -> None:
        """Forget every stored answer (a server whose idempotency records expired)."""
        with self._lock, self._db:
            self._db.execute("DELETE FROM idempotency")

    @property
    def lock(self) -> threading.Lock:
        return self._lock

    def api_key(self) -> str:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE name='api_key'").fetchone()
        return str(row[0])

    def available_keys(self) -> list[str]:
        with self._lock:
            rows = self._db.execute(
                "SELECT license_key FROM license_keys WHERE assigned_at IS NULL ORDER BY rowid"
            ).fetchall()
        return [r[0] for r in rows]

    def add_keys(self, count: int) -> list[str]:
        keys = [str(uuid.uuid4()) for _ in range(count)]
        with self._lock, self._db:
            self._db.executemany(
                "INSERT INTO license_keys (license_key) VALUES (?)", [(k,) for k in keys]
            )
        return keys

    def add_named_keys(self, keys: list[str]) -> None:
        """Keys a test's fixture file names (a spreadsheet made once, with its own keys)."""
        with self._lock, self._db:
            self._db.executemany("INSERT INTO license_keys (license_key) VALUES (?)",
                                 [(k,) for k in keys])

    def assignment(self, license_key: str) -> tuple[str, str] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT owner_name, email FROM license_keys WHERE license_key=? "
                "AND assigned_at IS NOT NULL",
                (license_key,),
            ).fetchone()
        return (row[0], row[1]) if row else None

    # The methods below run with ``lock`` held by the caller (one request at a time per key).
    def try_assign(self, license_key: str, owner: str, email: str) -> bool:
        with self._db:
            cur = self._db.execute(
                "UPDATE license_keys SET owner_name=?, email=?, assigned_at=? "
                "WHERE license_key=? AND assigned_at IS NULL",
                (owner, email, time.time(), license_key),
            )
        return cur.rowcount == 1

    def recall(self, idem_key: str) -> tuple[str, int, bytes] | None:
        row = self._db.execute(
            "SELECT fingerprint, status, body FROM idempotency WHERE idem_key=?", (idem_key,)
        ).fetchone()
        return (row[0], row[1], bytes(row[2])) if row else None

    def remember(self, idem_key: str, fingerprint: str, status: int, body: bytes) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO idempotency VALUES (?,?,?,?,?)",
                (idem_key, fingerprint, status, body, time.time()),
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()


def fingerprint_of(form: dict[str, str]) -> str:
    """What the sandbox remembers a request by, beside its Idempotency-Key (a key reused with
    another form is answered 422, as Key Manager does)."""
    return hashlib.sha256(json.dumps(sorted(form.items())).encode("utf-8")).hexdigest()


def erase_from_sandbox(path: Path, email: str) -> int:
    """Erase the owner with ``email`` (any case) from a sandbox's records at ``path`` (the
    demo's, kept in the app's data folder: who holds each key): their name and email become
    "[erased]", the key stays assigned. Returns how many keys changed; 0 when there is no
    such file. A link is not followed."""
    from licensegui.core.erasure import ERASED
    from licensegui.core.files import refuse_unusual

    if not path.exists():
        return 0
    refuse_unusual(path)
    db = sqlite3.connect(path, timeout=5)
    try:
        db.execute("PRAGMA secure_delete=ON")  # the old values overwritten, not only unlinked
        with db:
            # The answers kept per Idempotency-Key are found by a hash of the request, owner
            # and email in it: kept, they would let anyone confirm a guess of who held a key.
            row = db.execute("SELECT value FROM meta WHERE name='api_key'").fetchone()
            held = db.execute("SELECT license_key, owner_name, email FROM license_keys"
                              " WHERE email = ? COLLATE NOCASE", (email,)).fetchall()
            if row is not None:
                db.executemany("DELETE FROM idempotency WHERE fingerprint = ?", [
                    (fingerprint_of({"api_key": row[0], "license_key": key,
                                     "owner_name": owner, "email": mail}),)
                    for key, owner, mail in held])
            changed = db.execute("UPDATE license_keys SET owner_name = ?, email = ?"
                                 " WHERE email = ? COLLATE NOCASE",
                                 (ERASED, ERASED, email)).rowcount
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return int(changed)

