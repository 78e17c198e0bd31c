"""Erasing an owner from the text around their rows and from the copies set aside.

Erasing an owner cleared the rows *for* their email, but they stayed where other rows spoke
of them — "Already assigned to Zoe Private (zoe@…)" in the detail of another owner's
attempt or batch row — and in every damaged history set aside (``history.sqlite3.damaged-…``),
untouched (issue 30, item 6). This module finds those mentions (the email in any case, the
owner's names as written) and replaces them with ``[erased]``, and scrubs the set-aside
copies; a copy it cannot read and that still holds the address is named, so the front can
say so and exit 1 instead of claiming the owner is gone.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
from pathlib import Path

from licensegui.core.files import refuse_unusual
from licensegui.core.words import ERASED, scrubbed_form

log = logging.getLogger(__name__)

_LIKE_ESCAPE = "\\"
# "to " and a name of up to 120 characters without parentheses, before " (email)".
_TO_NAME = r"\bto ([^()\n]{1,120}?) \("
# Up to four capitalised words (a name as people write it) before " (email)".
_NAME_BEFORE = r"(?:[^\W\d_][\w'’.-]* ){0,3}[^\W\d_][\w'’.-]* "


def owner_names(conn: sqlite3.Connection, table: str, email: str) -> set[str]:
    """The names written for ``email`` (any case) in ``table``'s owner_name column."""
    rows = conn.execute(f"SELECT DISTINCT owner_name FROM {table}"  # noqa: S608  # our names
                        " WHERE email = ? COLLATE NOCASE", (email,)).fetchall()
    return {r[0] for r in rows if isinstance(r[0], str) and len(r[0].strip()) >= 2
            and r[0] != ERASED}


def without_mentions(text: str, email: str, names: set[str]) -> str:
    """``text`` with the email (any case) and each name (as written) replaced — and the
    name written just before the email in parentheses ("… to Alice Smith (alice@…)"), which
    is the owner's even when no row of theirs is left to say so."""
    # Known names first, whole ("Zoe Private" before "Zoe"), particles included.
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, ERASED)
    # Our sentences write "… to NAME (email)": everything between is the name ("Ludwig van
    # Beethoven", "Dr. med. Anna Weber"), not only its capitalised end.
    text = re.sub(_TO_NAME + re.escape(email) + r"\)", f"to {ERASED} ({ERASED})", text,
                  flags=re.IGNORECASE)
    text = re.sub("(" + _NAME_BEFORE + r")\(" + re.escape(email) + r"\)", _name_erased,
                  text, flags=re.IGNORECASE)
    return re.sub(re.escape(email), ERASED, text, flags=re.IGNORECASE)


def mentioned_names(text: str, email: str) -> set[str]:
    """The names :func:`without_mentions` erases from ``text`` as written before the email
    ("… to Alice Smith (alice@…)"): the same names, where a kept form has them on their own."""
    found: set[str] = set()
    for match in re.finditer(_TO_NAME + re.escape(email) + r"\)", text, flags=re.IGNORECASE):
        found.add(match[1])
    for match in re.finditer("(" + _NAME_BEFORE + r")\(" + re.escape(email) + r"\)", text,
                             flags=re.IGNORECASE):
        erased = _name_erased(match)
        words = match[1].split()
        kept = len(erased.split()) - 2  # the words before the name (the rest is "[erased] (…)")
        if words[kept:]:
            found.add(" ".join(words[kept:]))
    return found


def _name_erased(match: re.Match[str]) -> str:
    """The capitalised words that end the run before "(email)" — the name — erased; the
    words before them ("assigned to") kept."""
    words = match[1].split()
    keep = len(words)
    while keep > 0 and words[keep - 1][:1].isupper():
        keep -= 1
    return " ".join([*words[:keep], ERASED]) + f" ({ERASED})"


def scrub_mentions(conn: sqlite3.Connection, table: str, key: str, email: str,
                   names: set[str]) -> int:
    """Replace the owner's mentions in ``table``'s ``detail`` column and in the words kept
    beside it (``detail_words``: core/words.py, where the names are arguments), one
    transaction being the caller's; returns the rows changed."""
    columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    words = "detail_words" if "detail_words" in columns else "NULL"
    terms = [email, *names]
    where = " OR ".join(f"{column} LIKE ? ESCAPE ?" for _ in terms
                        for column in ("detail", words) if column != "NULL")
    args: list[str] = []
    for term in terms:
        args += ["%" + _like(term) + "%", _LIKE_ESCAPE] * (2 if words != "NULL" else 1)
    found = conn.execute(f"SELECT {key}, detail, {words} FROM {table} WHERE {where}",  # noqa: S608
                         args).fetchall()
    changed = 0
    for row_key, detail, kept in found:
        if not isinstance(detail, str):
            continue

        also = names | mentioned_names(detail, email)

        def scrub(text: str, also: set[str] = also) -> str:
            return without_mentions(text, email, also)

        clean = scrub(detail)
        clean_kept = scrubbed_form(kept, scrub) if isinstance(kept, str) else None
        if clean != detail or clean_kept != kept:
            if words == "NULL":
                conn.execute(f"UPDATE {table} SET detail = ? WHERE {key} = ?",  # noqa: S608
                             (clean, row_key))
            else:
                conn.execute(f"UPDATE {table} SET detail = ?, detail_words = ?"  # noqa: S608
                             f" WHERE {key} = ?", (clean, clean_kept, row_key))
            changed += 1
    return changed


def _like(term: str) -> str:
    return (term.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2).replace("%", _LIKE_ESCAPE + "%")
            .replace("_", _LIKE_ESCAPE + "_"))


def erase_from_set_aside(folder: Path, stem: str, email: str, names: set[str]) -> list[Path]:
    """Scrub the owner from every damaged copy ``{stem}.damaged-…`` in ``folder`` that can
    still be read as a history; returns the copies that could not be and still hold the
    address (searched in their bytes), which the user must delete to erase the owner."""
    unclean: list[Path] = []
    for path in sorted(folder.glob(f"{stem}.damaged-*")):
        if path.name.endswith(("-wal", "-shm", "-journal")):
            continue
        try:
            refuse_unusual(path)
            _scrub_copy(path, email, names)
        except (sqlite3.Error, OSError) as exc:
            log.warning("set-aside history %s not erased from: %s", path, exc)
        if _holds(path, email, names):
            unclean.append(path)
    return unclean


def _scrub_copy(path: Path, email: str, names: set[str]) -> None:
    # Not open_durable: a damaged copy is opened as it is, never created or migrated.
    conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        names = names | (owner_names(conn, "attempts", email) if "attempts" in tables else set())
        conn.execute("BEGIN IMMEDIATE")
        for table in ("attempts", "requests"):
            if table in tables:
                conn.execute(f"UPDATE {table} SET owner_name = ?, email = ?"  # noqa: S608
                             " WHERE email = ? COLLATE NOCASE", (ERASED, ERASED, email))
        if "attempts" in tables:
            scrub_mentions(conn, "attempts", "id", email, names)
        conn.execute("COMMIT")
        conn.execute("VACUUM")  # nothing of the old pages left in the file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _holds(path: Path, email: str, names: set[str]) -> bool:
    """Whether the file (or its -wal) still holds the address's bytes, in any case, or one
    of the owner's names as written."""
    needle = email.lower().encode("utf-8")
    written = [n.encode("utf-8") for n in names]
    for side in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            refuse_unusual(side)
            if not side.exists():
                continue
            data = side.read_bytes()
            if needle in data.lower() or any(n in data for n in written):
                return True
    return False


__all__ = ["ERASED", "erase_from_set_aside", "owner_names", "scrub_mentions",
           "without_mentions"]
