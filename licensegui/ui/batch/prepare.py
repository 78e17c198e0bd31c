"""The first step of a batch run, for a worker thread: open (or create) the journal, read the
API key and the history — returned, never stored, so the GUI thread keeps what was opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from licensegui.core.batch.journal import Journal
    from licensegui.core.batch.session import BatchSession
    from licensegui.core.cancel import CancelToken
    from licensegui.core.history import HistoryStore
    from licensegui.core.session import AppSession
    from licensegui.core.settings import Profile
    from licensegui.ui.batch.table_rows import TableRows


@dataclass(frozen=True)
class Prepared:
    """What the first background step of a run opened, handed to the GUI thread to keep."""

    journal: Journal
    # The journal's rows when it existed before (a resumed run): the table shows them.
    rows: TableRows | None
    api_key: str
    history: HistoryStore | None


def preparation(ctx: AppSession, profile: Profile, journal: Journal | None,
                session: BatchSession | None) -> Callable[[CancelToken], Prepared]:
    """The run's first step, for a worker thread: the journal (opened, or created — here,
    not on the GUI thread: 100,000 rows take a second to commit; every row's
    Idempotency-Key is committed before anything is sent), the API key and the history.
    It only returns what it opened; the GUI thread keeps it."""

    def prepare(token: CancelToken) -> Prepared:
        from licensegui.ui.batch.table_rows import table_rows

        opened, rows = journal, None
        if opened is None:
            # The session reopens a journal closed with the window (it once tried to
            # create it again: "A journal already exists").
            assert session is not None
            existed = session.started
            opened = session.open()
        else:
            existed = False
        try:
            if existed:  # this file's earlier run, closed since: its rows as they are
                rows = table_rows(opened.rows())
            # No key stored: "" — the GUI thread asks for it, as the form does.
            api_key = ctx.secrets.get(profile.name) or ""
            return Prepared(opened, rows, api_key, ctx.history_or_none())
        except BaseException:
            if opened is not journal:  # opened here and not handed over: Start reopens it
                opened.close()
            raise

    return prepare
