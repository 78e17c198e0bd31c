"""Personal data in batch journals: erasing an owner from them, and removing finished
journals older than the history's retention.

A journal keeps each row's owner name, email and whole input row (to write its results
again). Erasing an owner from the history alone left them in every journal. Here:

* a journal another process is running is refused with a sentence (it is locked, and its
  rows may be about to be sent: erase again once it has finished);
* in any other journal the owner's rows that will never be sent again (answered, invalid,
  duplicate) are scrubbed — name, email and every input cell but the license key — with
  ``secure_delete`` so the old text does not linger in freed pages;
* rows still waiting to be sent in an unfinished batch are left (scrubbed, they would be
  sent as "[erased]"), and counted, so the front can say so.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from licensegui.core.codes import RowState
from licensegui.core.db import DbProblem, open_durable, problem_of
from licensegui.core.erasure import ERASED, owner_names, scrub_mentions
from licensegui.core.text import Text, translate

log = logging.getLogger(__name__)

_WAITING = (RowState.PENDING.value, RowState.SENT.value)


@dataclass
class JournalsErased:
    """What erasing an owner did to the journals in a folder."""

    rows: int = 0
    journals: int = 0
    #: Journals a running batch holds: not changed.
    in_use: list[Path] = field(default_factory=list)
    #: Rows of the owner still to be sent by an unfinished batch: not changed.
    waiting: int = 0
    #: Journals that could not be read (damaged): not changed.
    unreadable: list[Path] = field(default_factory=list)
    #: Damaged histories set aside that could not be read and still hold the address.
    set_aside: list[Path] = field(default_factory=list)
    #: The demo's records of who holds its keys, when they could not be erased from.
    demo_records: Path | None = None

    def sentences(self) -> list[Text]:
        """What the user must know: what was left, and why (nothing when all went)."""
        said: list[Text] = []
        for path in self.in_use:
            said.append(translate("JournalPrivacy",
                                  "The batch journal {path} is in use by a running batch; the "
                                  "owner was not erased from it. Erase again once it has "
                                  "finished.").format(path=path))
        if self.waiting:
            said.append(translate("JournalPrivacy",
                                  "{n} row(s) of this owner are still to be sent by an "
                                  "unfinished batch and were kept; erase again once it has "
                                  "finished.").format(n=self.waiting))
        for path in self.unreadable:
            said.append(translate("JournalPrivacy",
                                  "The batch journal {path} could not be read; the owner may "
                                  "still be in it.").format(path=path))
        for path in self.set_aside:
            said.append(translate("JournalPrivacy",
                                  "The damaged history set aside as {path} cannot be read and "
                                  "still holds the owner's address; delete it to erase "
                                  "them.").format(path=path))
        if self.demo_records is not None:
            said.append(translate("JournalPrivacy",
                                  "The demo's records {path} could not be read; the owner may "
                                  "still be in them. Quit the demo and delete its folder to "
                                  "erase them.").format(path=self.demo_records))
        return said


def erase_owner(folders: Path | Iterable[Path], email: str,
                names: set[str] | None = None) -> JournalsErased:
    """Scrub the owner with ``email`` (any case) from every journal in ``folders``, and their
    mentions (the email, ``names`` and the names a journal has for the email) from every
    row's detail."""
    done = JournalsErased()
    wanted = email.strip()
    known = set(names or ())
    every = [folders] if isinstance(folders, Path) else list(folders)
    for path in (journal for folder in every for journal in _journals(folder)):
        try:
            conn = open_durable(path, timeout_s=0.2, exclusive=True, secure_delete=True)
        except sqlite3.Error as exc:
            _not_changed(done, path, exc)
            continue
        try:
            changed, waiting = _scrub(conn, wanted, known)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            _not_changed(done, path, exc)
            continue
        finally:
            conn.close()
        done.rows += changed
        done.waiting += waiting
        done.journals += 1 if changed else 0
    return done


def _scrub(conn: sqlite3.Connection, email: str, names: set[str]) -> tuple[int, int]:
    rows = conn.execute("SELECT n, license_key, fields, state FROM rows"
                        " WHERE email = ? COLLATE NOCASE", (email,)).fetchall()
    waiting = sum(1 for r in rows if r["state"] in _WAITING)
    scrub = [r for r in rows if r["state"] not in _WAITING]
    names = names | owner_names(conn, "rows", email)
    with conn:
        for r in scrub:
            conn.execute("UPDATE rows SET owner_name = ?, email = ?, fields = ? WHERE n = ?",
                         (ERASED, ERASED, _scrubbed_fields(r["fields"], r["license_key"]),
                          r["n"]))
        # Other rows that speak of the owner ("Already assigned to … (…)"), waiting or not:
        # a detail is never sent.
        mentioned = scrub_mentions(conn, "rows", "n", email, names)
    return len(scrub) + mentioned, waiting


def _scrubbed_fields(fields: str, license_key: str) -> str:
    """The input row with every cell but the license key erased (the cells that named the
    owner are not known by column here, and an order number is no loss to an erasure)."""
    try:
        cells = json.loads(fields)
    except ValueError:
        cells = []
    if not isinstance(cells, list):
        cells = []
    return json.dumps([c if c == license_key else ERASED for c in cells], ensure_ascii=False)


def _not_changed(done: JournalsErased, path: Path, exc: sqlite3.Error) -> None:
    if problem_of(exc) is DbProblem.IN_USE:
        done.in_use.append(path)
    else:
        log.warning("journal %s not erased from: %s", path, exc)
        done.unreadable.append(path)


def remove_old_journals(folder: Path, keep_days: int, now: float | None = None) -> list[Path]:
    """Delete the finished journals in ``folder`` that finished more than ``keep_days`` days
    ago (the history's retention: what it forgets, the journals must not keep). Unfinished,
    running and unreadable journals stay. Returns what was removed."""
    if keep_days <= 0:
        return []
    cutoff = (time.time() if now is None else now) - keep_days * 86_400
    removed = []
    for path in _journals(folder):
        finished = _finished_at(path)
        if finished is None or finished >= cutoff:
            continue
        try:
            for suffix in ("", "-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("old journal %s not removed: %s", path, exc)
            continue
        removed.append(path)
    if removed:
        log.info("removed %d finished journal(s) older than %d days", len(removed), keep_days)
    return removed


def _finished_at(path: Path) -> float | None:
    """When the journal at ``path`` finished; None when it has not, or is in use (the
    exclusive lock of a running batch) or unreadable."""
    try:
        conn = open_durable(path, timeout_s=0.2, exclusive=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE name = 'finished_at'").fetchone()
        return float(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


def _journals(folder: Path) -> list[Path]:
    try:
        return sorted(folder.glob("*.sqlite3"))
    except OSError:
        return []


__all__ = ["ERASED", "JournalsErased", "erase_owner", "remove_old_journals"]
