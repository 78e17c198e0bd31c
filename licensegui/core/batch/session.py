"""One journal per (input file, server): finding, resuming or starting a batch's journal.

The window and the CLI both go through here, so the same file against the same server finds
its batch again (and resumes it) from either front, and an existing journal is reused only
when it is this file's, for this server.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from licensegui.core import paths
from licensegui.core.batch.input import BatchInput
from licensegui.core.batch.journal import Journal
from licensegui.core.batch.records import BatchMeta
from licensegui.core.errors import JournalError


def journals_dir() -> Path:
    return paths.data_dir() / "batches"


def default_journal_path(input_sha256: str, base_url: str, folder: Path | None = None) -> Path:
    """One journal per (input file content, server), so the same file against the same
    server finds its batch again (and resumes it) from the window or the CLI alike."""
    server = hashlib.sha256(base_url.encode("utf-8")).hexdigest()[:8]
    return (folder or journals_dir()) / f"{input_sha256[:16]}-{server}.sqlite3"


def earlier_run(batch: BatchInput, base_url: str, folder: Path | None = None) -> Path | None:
    """The journal of an earlier run of this file against this server, if there is one
    (:func:`open_or_create` on it resumes that run)."""
    path = default_journal_path(batch.sha256, base_url, folder)
    return path if path.exists() else None


def open_or_create(path: Path, batch: BatchInput, base_url: str, profile: str) -> Journal:
    """The batch's journal: resumed when it exists (and is this file's, for this server)."""
    if not path.exists():
        return Journal.create(path, batch, base_url, profile)
    journal = Journal.open(path)
    meta = journal.meta
    problem = None
    if meta.input_sha256 != batch.sha256:
        problem = (f"The journal {path} belongs to another file ({meta.input_name}, as it was "
                   "then); it was not changed. Use another --journal for this file.")
    elif meta.base_url != base_url:
        problem = (f"The journal {path} belongs to a batch against {meta.base_url}; it was not "
                   "changed. Use the same --base-url to resume it, or another --journal.")
    if problem:
        journal.close()
        raise JournalError(problem)
    return journal


@dataclass(frozen=True)
class Unfinished:
    path: Path
    meta: BatchMeta
    counts: dict[str, int]


def unfinished_journals(folder: Path | None = None) -> list[Unfinished]:
    """Batches in the journals folder that are not finished, newest first. A journal in use
    (another window, a CLI) or unreadable is left out: it is not this process's to offer."""
    found = []
    try:
        candidates = sorted((folder or journals_dir()).glob("*.sqlite3"))
    except OSError:
        return []
    for path in candidates:
        try:
            journal = Journal.open(path)
        except JournalError:
            continue
        try:
            if not journal.finished:
                found.append(Unfinished(path, journal.meta, journal.counts()))
        finally:
            journal.close()
    return sorted(found, key=lambda u: u.meta.created_at, reverse=True)
