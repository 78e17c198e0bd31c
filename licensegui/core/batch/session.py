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
    return BatchSession(path, base_url, profile, batch).open()


@dataclass(frozen=True)
class BatchSession:
    """One batch from its first Start to its last row, whatever the front does meanwhile.

    The window keeps one across closing and reopening (its journal is closed with the window,
    the session is not), the CLI makes one per run; :meth:`open` is the one way either gets
    the batch's journal back, so a stopped batch is resumed, never created again. A session
    made from a journal alone (a batch offered at start-up) needs no input file."""

    path: Path
    base_url: str
    profile: str
    # The input, when the batch was started from a file (None: resumed from its journal).
    batch: BatchInput | None = None

    @classmethod
    def for_input(cls, batch: BatchInput, base_url: str, profile: str,
                  folder: Path | None = None) -> BatchSession:
        """The session of ``batch`` against ``base_url``: its journal is found again by the
        file's content and the server (:func:`default_journal_path`)."""
        return cls(default_journal_path(batch.sha256, base_url, folder), base_url, profile,
                   batch)

    @classmethod
    def for_journal(cls, path: Path, meta: BatchMeta) -> BatchSession:
        """The session of an existing journal (the file itself is not needed to resume)."""
        return cls(path, meta.base_url, meta.profile)

    @property
    def started(self) -> bool:
        """Whether the batch has a journal already (Start then resumes it)."""
        return self.path.exists()

    def open(self) -> Journal:
        """The batch's journal: reopened when it exists (refused when it is another file's or
        another server's), else created. Creating loses a race with another opener (a closed
        window's first step still finishing) by reopening what that one made."""
        if self.path.exists() or self.batch is None:
            return self._reopen()
        try:
            return Journal.create(self.path, self.batch, self.base_url, self.profile)
        except JournalError:
            if not self.path.exists():
                raise
            return self._reopen()

    def _reopen(self) -> Journal:
        journal = Journal.open(self.path)
        meta = journal.meta
        problem = None
        if self.batch is not None and meta.input_sha256 != self.batch.sha256:
            problem = (f"The journal {self.path} belongs to another file ({meta.input_name}, "
                       "as it was then); it was not changed. Use another --journal for this "
                       "file.")
        elif meta.base_url != self.base_url:
            problem = (f"The journal {self.path} belongs to a batch against {meta.base_url}; it "
                       "was not changed. Use the same --base-url to resume it, or another "
                       "--journal.")
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
