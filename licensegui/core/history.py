"""The local record of every assignment attempt (SQLite). It never holds the API key."""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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
    raw_body BLOB
);
CREATE INDEX IF NOT EXISTS attempts_at ON attempts(at);
"""

CSV_COLUMNS = (
    "id", "at", "profile", "base_url", "license_key", "owner_name", "email", "http_status",
    "code", "message", "verified", "reason", "detail", "elapsed_ms", "idempotency_key",
)


@dataclass(frozen=True)
class Attempt:
    """One row of history. ``reason`` is a verdict reason, or ``network_error``/``cancelled``."""

    at: float
    profile: str
    base_url: str
    license_key: str
    owner_name: str
    email: str
    http_status: int | None
    code: int | None
    message: str | None
    verified: bool
    reason: str
    detail: str
    elapsed_ms: int | None = None
    idempotency_key: str | None = None
    raw_body: bytes | None = None
    id: int | None = None


class HistoryStore:
    """Append and query attempts. One connection per thread (sqlite3's rule), short-lived."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._conn() as conn:
            conn.executescript(_SCHEMA)

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=5.0)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        with conn:  # one transaction: committed on success, rolled back on error
            yield conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def add(self, attempt: Attempt) -> int:
        with self._conn() as conn:
            cur = conn.execute(
                "INSERT INTO attempts (at, profile, base_url, license_key, owner_name, email,"
                " http_status, code, message, verified, reason, detail, elapsed_ms,"
                " idempotency_key, raw_body) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    attempt.at, attempt.profile, attempt.base_url, attempt.license_key,
                    attempt.owner_name, attempt.email, attempt.http_status, attempt.code,
                    attempt.message, int(attempt.verified), attempt.reason, attempt.detail,
                    attempt.elapsed_ms, attempt.idempotency_key, attempt.raw_body,
                ),
            )
            return int(cur.lastrowid or 0)

    def query(
        self,
        text: str = "",
        verified: bool | None = None,
        code: int | None = None,
        limit: int | None = 1000,
    ) -> list[Attempt]:
        """Newest first, at most ``limit`` (None: all). ``text`` matches license key, owner,
        email, message or profile."""
        where, args = ["1=1"], []
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append(
                "(license_key LIKE ? ESCAPE '\\' OR owner_name LIKE ? ESCAPE '\\'"
                " OR email LIKE ? ESCAPE '\\' OR message LIKE ? ESCAPE '\\'"
                " OR profile LIKE ? ESCAPE '\\')"
            )
            args += [like] * 5
        if verified is not None:
            where.append("verified = ?")
            args.append(int(verified))
        if code is not None:
            where.append("code = ?")
            args.append(code)
        sql = f"SELECT * FROM attempts WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?"  # noqa: S608  # only fixed fragments are joined
        with self._conn() as conn:
            rows = conn.execute(sql, [*args, -1 if limit is None else limit]).fetchall()
        return [_row(r) for r in rows]

    def get(self, attempt_id: int) -> Attempt | None:
        with self._conn() as conn:
            row = conn.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        return _row(row) if row else None

    def export_csv(self, attempts: list[Attempt]) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for a in attempts:
            writer.writerow([
                _csv_safe(v) for v in (
                    a.id, time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(a.at)), a.profile,
                    a.base_url, a.license_key, a.owner_name, a.email, a.http_status, a.code,
                    a.message, "yes" if a.verified else "no", a.reason, a.detail, a.elapsed_ms,
                    a.idempotency_key,
                )
            ])
        return out.getvalue()


def _csv_safe(value: object) -> str:
    # Server text and owner names end up in spreadsheets: neutralise formula injection.
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _row(row: sqlite3.Row) -> Attempt:
    return Attempt(
        id=row["id"], at=row["at"], profile=row["profile"], base_url=row["base_url"],
        license_key=row["license_key"], owner_name=row["owner_name"], email=row["email"],
        http_status=row["http_status"], code=row["code"], message=row["message"],
        verified=bool(row["verified"]), reason=row["reason"], detail=row["detail"],
        elapsed_ms=row["elapsed_ms"], idempotency_key=row["idempotency_key"],
        raw_body=row["raw_body"],
    )
