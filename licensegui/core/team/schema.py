"""The team ledger's tables in PostgreSQL, created and migrated by ``ledger init``.

Append-only for staff: their role gets SELECT and INSERT and nothing else (GRANTs), so no
member of staff can change or delete a colleague's record; erasing an owner (privacy) is the
owner role's, an admin operation. Records are keyed by (installation, local id, phase), so
publishing the same attempt twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from licensegui.core.text import translate

#: The version this program reads and writes (``meta.version``).
SCHEMA_VERSION = 1
SCHEMA = "licensegui"

_MIGRATIONS: tuple[str, ...] = (
    # 1: records (what each computer did), claims (one Idempotency-Key per request).
    f"""
    CREATE SCHEMA IF NOT EXISTS {SCHEMA};
    CREATE TABLE IF NOT EXISTS {SCHEMA}.meta (name text PRIMARY KEY, value text NOT NULL);
    CREATE TABLE IF NOT EXISTS {SCHEMA}.records (
        id bigserial PRIMARY KEY,
        installation text NOT NULL,
        local_id bigint NOT NULL,
        phase text NOT NULL CHECK (phase IN ('sent', 'answered')),
        staff text NOT NULL,
        computer text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        at double precision NOT NULL,
        base_url text NOT NULL,
        license_key text NOT NULL,
        owner_name text NOT NULL,
        email text NOT NULL,
        idempotency_key text,
        http_status integer,
        code integer,
        verified boolean NOT NULL,
        reason text NOT NULL,
        received_at double precision,
        raw_body bytea,
        UNIQUE (installation, local_id, phase)
    );
    CREATE INDEX IF NOT EXISTS records_key ON {SCHEMA}.records (license_key, base_url);
    CREATE INDEX IF NOT EXISTS records_idempotency_key ON {SCHEMA}.records (idempotency_key);
    CREATE TABLE IF NOT EXISTS {SCHEMA}.claims (
        base_url text NOT NULL,
        license_key text NOT NULL,
        owner_name text NOT NULL,
        email text NOT NULL,
        idempotency_key text NOT NULL,
        first_sent_at double precision NOT NULL,
        staff text NOT NULL,
        computer text NOT NULL,
        installation text NOT NULL,
        PRIMARY KEY (base_url, license_key, owner_name, email, idempotency_key)
    );
    """,
)
assert len(_MIGRATIONS) == SCHEMA_VERSION


def version(conn: Any) -> int | None:
    """The schema version the database holds; None before ``ledger init``."""
    found = conn.execute("SELECT to_regclass(%s)", (f"{SCHEMA}.meta",)).fetchone()
    if found is None or found[0] is None:
        return None
    row = conn.execute(f"SELECT value FROM {SCHEMA}.meta"  # noqa: S608  # a constant
                       " WHERE name = 'version'").fetchone()
    return int(row[0]) if row else None


def problem(found: int | None) -> str | None:
    """Why a database at version ``found`` cannot be used by this program, else None."""
    if found is None:
        return translate("TeamLedger", "the team ledger has no tables yet: an administrator "
                         "runs “licensegui-cli ledger init URL” once")
    if found < SCHEMA_VERSION:
        return translate("TeamLedger", "the team ledger's tables are older (version {found}) "
                         "than this program's ({mine}): an administrator runs “licensegui-cli "
                         "ledger init URL” to migrate them").format(found=found,
                                                                   mine=SCHEMA_VERSION)
    if found > SCHEMA_VERSION:
        return translate("TeamLedger", "the team ledger's tables are newer (version {found}) "
                         "than this program reads ({mine}): update licensegui").format(
                             found=found, mine=SCHEMA_VERSION)
    return None


def init(conn: Any, grants: Sequence[str]) -> tuple[int | None, int]:
    """Create or migrate the tables (as their owner) and grant each role in ``grants`` what
    staff need; returns (the version before, the version now). Refuses a newer database."""
    from psycopg import sql

    before = version(conn)
    if before is not None and before > SCHEMA_VERSION:
        raise ValueError(problem(before))
    with conn.transaction():
        # One migration at a time, however many computers run init at once.
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('licensegui ledger init'))")
        start = version(conn) or 0
        for step in _MIGRATIONS[start:]:
            conn.execute(step)
        conn.execute(f"INSERT INTO {SCHEMA}.meta VALUES ('version', %s)"  # noqa: S608
                     " ON CONFLICT (name) "
                     "DO UPDATE SET value = EXCLUDED.value", (str(SCHEMA_VERSION),))
        for role in grants:
            name = sql.Identifier(role)
            conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(
                sql.Identifier(SCHEMA), name))
            conn.execute(sql.SQL("GRANT SELECT ON {}.meta TO {}").format(
                sql.Identifier(SCHEMA), name))
            conn.execute(sql.SQL("GRANT SELECT, INSERT ON {}.records, {}.claims TO {}").format(
                sql.Identifier(SCHEMA), sql.Identifier(SCHEMA), name))
            conn.execute(sql.SQL("GRANT USAGE ON SEQUENCE {}.records_id_seq TO {}").format(
                sql.Identifier(SCHEMA), name))
    return before, SCHEMA_VERSION


__all__ = ["SCHEMA", "SCHEMA_VERSION", "init", "problem", "version"]
