"""What the batch window does, without its widgets: reads the file, keeps the journal, runs it.

All the work is :mod:`licensegui.core.batch` on worker threads. Rows change on those threads
many times a second; they are handed over through a queue that a GUI-thread timer drains ten
times a second, so a thousand rows cost the GUI a few model updates, not a thousand signals.
Everything this object holds (journal, runner, counts) is assigned on the GUI thread only:
background calls return what they opened and the slot receiving the result stores it.
"""

from __future__ import annotations

import collections
import logging
import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from licensegui.core.batch.headers import ColumnMapping
from licensegui.core.batch.input import BatchInput
from licensegui.core.batch.journal import Journal, JournalRow
from licensegui.core.batch.runner import (
    BatchOutcome,
    BatchRunner,
    Ending,
)
from licensegui.core.batch.session import BatchSession
from licensegui.core.codes import RowState, RowStatus
from licensegui.core.settings import Profile
from licensegui.core.text import Text
from licensegui.ui.batch.api_key import ask_api_key
from licensegui.ui.batch.exporting import write_from
from licensegui.ui.batch.pace import SmoothedPace
from licensegui.ui.batch.prepare import Prepared, preparation
from licensegui.ui.batch.reading import Sheets, read_file
from licensegui.ui.batch.rows_model import BatchRowsModel
from licensegui.ui.batch.table_rows import TableRows, table_rows
from licensegui.ui.i18n import localize, translate
from licensegui.ui.tasks import Task, Tasks, read_in_background

if TYPE_CHECKING:
    from licensegui.core.runtime import RuntimeConfig
    from licensegui.core.session import AppSession
    from licensegui.core.trust import TrustStore

log = logging.getLogger(__name__)

DRAIN_MS = 100
# How long Stop waits for requests already out before abandoning them (a hung server must
# not hold the window for a deadline and its retries).
STOP_GRACE_MS = 3000
# What :meth:`BatchController.open_journal` and the earlier-run lookup report in
# ``journal_shown``: a journal offered at start-up, or this file's own earlier run.
RESUMABLE, EARLIER_RUN = "resumable", "earlier"


class Stage(StrEnum):
    """Where the batch window is (values stable: tests and the main window read them)."""

    EMPTY = "empty"  # no file yet
    PREVIEW = "preview"  # a file or a journal is shown, not running
    RUNNING = "running"
    ENDED = "ended"  # stopped or finished (resumable, or done)


class BatchController(QObject):
    """One batch at a time: its input, its journal, its runner and the rows' progress.

    A run is two background steps: the journal is opened (or created) and the API key read,
    then the runner — made on the GUI thread from what the first step returned — runs."""

    # The file was read and its rows are in :attr:`model` (the :class:`BatchInput`).
    file_read = Signal(object)
    # The file cannot be used (the exception; its sentence is for the user; MissingColumns
    # carries the header, for choosing the columns).
    file_refused = Signal(object)
    # A workbook of several sheets: (path, sheet names) — the user chooses one.
    sheets_offered = Signal(object, list)
    # A journal was opened and its rows are in :attr:`model`: RESUMABLE or EARLIER_RUN.
    journal_shown = Signal(str)
    # A journal started or stopped being opened (Start waits meanwhile).
    opening_changed = Signal()
    # Something the user must read: (title, sentence).
    problem = Signal(str, object)
    # A run began.
    started = Signal()
    # Rows changed in :attr:`model` (counts to show again).
    rows_changed = Signal()
    # While running, each drain tick: the runner's latest sentence and whether it is paused.
    ticked = Signal(object, bool)
    # Rows changed up to this model row (the furthest in this drain): the table follows it.
    advanced = Signal(int)
    # The run ended: the sentence saying how (translated, or a core Text).
    ended = Signal(object)
    # The stage changed (a :class:`Stage`): emitted just before the signal that caused it.
    stage_changed = Signal(str)
    # After ``ended``, when the run stopped on an error: the sentence why.
    failed = Signal(object)

    def __init__(self, ctx: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = BatchRowsModel()
        self.workers = Tasks()
        self.batch: BatchInput | None = None
        self.journal: Journal | None = None
        self._last_journal: Path | None = None  # the closed journal of the rows shown
        self.runner: BatchRunner | None = None
        self.outcome: BatchOutcome | None = None
        # The one record of the stage (the window shows it; it keeps no copy).
        self.stage = Stage.EMPTY
        # The batch shown, across closing and reopening the window (its journal is closed
        # with the window; the session says how to open it again): set by Start, by this
        # file's earlier run and by a journal offered at start-up.
        self.session: BatchSession | None = None
        # The file shown and its sheet (the Columns… choice reads it again).
        self.path: Path | None = None
        self.sheet: str | None = None
        # The background step under way (opening the run's journal, or the run itself).
        self._thread: Task | None = None
        # The first step of a run, while it runs: its result is kept only if it still is.
        self._preparing: Task | None = None
        self._stop_asked = False
        # Filled by the runner's threads; deque appends and pops are atomic.
        self._queue: collections.deque[JournalRow] = collections.deque()
        self._states: collections.deque[str | Text] = collections.deque(maxlen=1)
        self._started = 0.0
        self._pace = SmoothedPace(0.0)
        self._done_here = 0
        # A journal is being opened on a background thread: Start waits for it.
        self.opening = False
        # Bumped when what is shown changes (another file, the window closed): a journal
        # opened for an earlier state is closed instead of shown.
        self._generation = 0
        self._drain = QTimer(self, interval=DRAIN_MS, timeout=self._drain_rows)

    # --- state --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def finished(self) -> bool:
        return self.journal is not None and self.journal.finished

    @property
    def has_progress(self) -> bool:
        """Something was sent before: a row answered, or sent and still without an answer
        (from the counts kept row by row, not a pass over every row)."""
        counts = self.model.counts
        return self.journal is not None and (
            counts[RowStatus.ASSIGNED] + counts[RowStatus.REFUSED]
            + counts[RowStatus.NOT_VERIFIED] + counts[RowState.SENT]) > 0

    def pace(self) -> tuple[float, float | None]:
        """(rows per second, seconds left) of this run, smoothed; frozen while paused."""
        return self._pace.rate, self._pace.left

    @property
    def in_flight(self) -> int:
        """Rows being sent or recorded now (a pause has settled at 0)."""
        return self.runner.in_flight if self.runner is not None else 0

    # --- the file and its journal ---------------------------------------------------------
    def load_file(self, path: Path, columns: ColumnMapping | None = None,
                  sheet: str | None = None) -> bool:
        """Read and validate the file off the GUI thread (a mapping remembered for its
        header applies); ``file_read``, ``sheets_offered`` or ``file_refused`` follows.
        False when a batch runs (nothing is done)."""
        if self.running:
            return False
        self.close_journal()
        self._forget_pending()
        self.session = None
        self.path, self.sheet = path, sheet
        saved = dict(self.ctx.settings.column_mappings)
        read_in_background(lambda: read_file(path, columns, sheet, saved), self._read, self)
        return True

    def _read(self, outcome: tuple[BatchInput, TableRows] | Sheets | Exception) -> None:
        if isinstance(outcome, Exception):
            self.file_refused.emit(outcome)
            return
        if isinstance(outcome, Sheets):
            self.sheets_offered.emit(outcome.path, outcome.names)
            return
        self.batch, table = outcome
        self.model.set_rows(table)  # made ready off the GUI thread (read_file)
        self._set_stage(Stage.PREVIEW)
        self.file_read.emit(self.batch)

    def journal_path(self, profile: Profile) -> Path:
        return self._session_for(profile).path

    def _session_for(self, profile: Profile) -> BatchSession:
        """The session of the file shown against ``profile``'s server."""
        assert self.batch is not None
        return BatchSession.for_input(self.batch, profile.base_url, profile.name,
                                      self.ctx.journals_dir(profile))

    def show_earlier_run(self, profile: Profile) -> bool:
        """When this file was started against this profile's server before, open its journal
        (``journal_shown(EARLIER_RUN)`` follows) and return True; Start then resumes it."""
        batch = self.batch
        if batch is None:
            return False
        session = self._session_for(profile)
        if not session.started:
            return False
        self.session = session
        self._open(session.open, translate("BatchWindow", "Earlier run"), EARLIER_RUN)
        return True

    def open_journal(self, path: Path) -> None:
        """Show a journal (an unfinished batch offered at start-up) ready to resume."""
        self.batch = None  # the journal is the batch now; a file shown before is not
        self.session = None
        self._open(lambda: Journal.open(path),
                   translate("BatchWindow", "Cannot resume the batch"), RESUMABLE)

    def _open(self, open_journal: Callable[[], Journal], title: str, kind: str) -> None:
        """Open a journal and read its rows off the GUI thread (a 100,000-row journal takes a
        second), then show them; a journal that cannot be opened is said under ``title``."""
        self.close_journal()
        self._forget_pending()
        generation = self._generation
        self.opening = True
        self.opening_changed.emit()

        def work() -> tuple[Journal, TableRows]:
            journal = open_journal()
            try:
                return journal, table_rows(journal.rows())
            except BaseException:
                journal.close()
                raise

        def opened(outcome: tuple[Journal, TableRows] | Exception) -> None:
            if isinstance(outcome, Exception):
                if generation == self._generation:
                    self.opening = False
                    self.opening_changed.emit()
                    self.problem.emit(title, outcome)
                return
            journal, rows = outcome
            if generation != self._generation:  # closed, or another file chosen, meanwhile
                journal.close()
                return
            self.opening = False
            self.journal = journal
            if self.session is None or self.session.path != journal.path:
                self.session = BatchSession.for_journal(journal.path, journal.meta)
            self.model.set_rows(rows)
            self._set_stage(Stage.PREVIEW)
            self.journal_shown.emit(kind)

        read_in_background(work, opened, self)

    def _forget_pending(self) -> None:
        """A journal still being opened is for what was shown before: it will be closed, not
        shown, and Start need not wait for it."""
        self._generation += 1
        self.opening = False

    def close_journal(self) -> None:
        if self.journal is not None and not self.running:
            self.journal.close()
            self.journal = None
        self._last_journal = None  # other rows are shown now

    # --- running ------------------------------------------------------------------------------
    def start(self, profile_name: str, concurrency: int) -> None:
        """Start (or resume) the batch with the chosen profile; a journal already open keeps
        its own. What stops it from starting is said through ``problem``."""
        session = self.session
        if self.running or self.opening or (self.batch is None and session is None):
            return
        settings = self.ctx.settings
        if self.journal is not None:
            profile = settings.profile(self.journal.meta.profile)
        elif self.batch is None and session is not None:  # a journal offered, closed since
            profile = settings.profile(session.profile)
        else:
            profile = settings.profile(profile_name) if profile_name else None
        if profile is None:
            self.problem.emit(translate("BatchWindow", "No profile"),
                              translate("BatchWindow",
                                        "Choose a profile (Settings) for the server to assign "
                                        "on."))
            return
        trust = profile.trust_store()
        if not trust.labels():
            self.problem.emit(translate("BatchWindow", "No public key"),
                              translate("BatchWindow",
                                        "The profile “{name}” has no public key, so no answer "
                                        "could be verified. Import the vendor's public key "
                                        "first.").format(name=profile.name))
            return
        # Settings' request timeout, replay and idempotency windows, as every front has them
        # (core/runtime.py); only the concurrency is the batch window's own.
        config = self.ctx.runtime(concurrency=concurrency, profile=profile)
        settings.last_profile = profile.name
        if self.journal is None and self.batch is not None:
            self.session = self._session_for(profile)
        assert self.session is not None or self.journal is not None
        prepare = preparation(self.ctx, profile, self.journal, self.session)
        thread = Task(prepare)
        thread.succeeded.connect(
            lambda prepared: self._prepared(thread, prepared, trust, config, profile.name))
        thread.failed.connect(lambda message: self._prepare_failed(thread, message))
        thread.cancelled.connect(
            lambda: self._prepared(thread, thread.result, trust, config, profile.name))
        self._thread = self._preparing = thread
        self._stop_asked = False
        self.outcome = None
        self._started = time.monotonic()
        self._pace = SmoothedPace(self._started)
        self._done_here = 0
        self._states.append(translate("BatchWindow", "Running."))
        self._drain.start()
        self._set_stage(Stage.RUNNING)
        self.started.emit()
        self.workers.start(thread)

    def _prepared(self, thread: Task, prepared: Prepared | None, trust: TrustStore,
                  config: RuntimeConfig, profile: str) -> None:
        if thread is not self._preparing:  # the window was shut meanwhile
            if prepared is not None and prepared.journal is not self.journal:
                prepared.journal.close()
            return
        self._preparing = None
        if prepared is None:
            self._ended(None)
            return
        self.journal = prepared.journal
        if prepared.rows is not None:
            self.model.set_rows(prepared.rows)
            self.rows_changed.emit()
        if self._stop_asked or thread.token.cancelled:
            self._ended(None)
            return
        api_key = prepared.api_key or self._ask_api_key(profile)
        if not api_key or self._stop_asked or self._thread is not thread:
            if self._thread is thread:  # not shut meanwhile (the window stays as it was)
                self._ended(None, translate("BatchWindow", "Not started: the profile “{name}” "
                                            "has no API key.").format(name=profile))
            return
        ctx = self.ctx
        runner = config.batch_runner(prepared.journal, api_key, trust, prepared.history,
                                     on_row=self._queue.append, on_state=self._states.append,
                                     history_unavailable=ctx.history_error)
        self.runner = runner
        run = Task(lambda token: runner.run())
        run.succeeded.connect(self._ended)
        run.failed.connect(self._failed)
        run.cancelled.connect(lambda: self._ended(run.result))
        self._thread = run
        self.workers.start(run)

    def _prepare_failed(self, thread: Task, message: str | Text) -> None:
        if thread is not self._preparing:
            return
        self._preparing = None
        self._failed(message)

    def _drain_rows(self) -> None:
        changed: list[JournalRow] = []
        while self._queue:
            changed.append(self._queue.popleft())
        if changed:
            self._done_here += sum(1 for r in changed if r.status)
            self.model.update(changed)
            self.rows_changed.emit()
            furthest = self.model.position(max(r.n for r in changed))
            if furthest is not None:
                self.advanced.emit(furthest)
        runner = self.runner
        if runner is not None:
            self._pace.observe(self._done_here, self.model.waiting, time.monotonic(),
                               runner.paused)
        if self.running:
            state = self._states[-1] if self._states else ""
            self.ticked.emit(state, self.runner is not None and self.runner.paused)

    def pause_or_resume(self) -> bool | None:
        """Pause a running batch, or resume a paused one: whether it is paused now (None
        when there is no runner yet)."""
        runner = self.runner
        if runner is None:
            return None
        if runner.paused:
            runner.resume()
        else:
            runner.pause()
        return runner.paused

    def stop(self) -> bool:
        """Stop after the requests already out are answered (resumable); those still out
        after a grace period are abandoned (re-sent with the same key on resume). True when
        there was a run to stop. Called on the GUI thread: ``BatchRunner.stop`` is safe there."""
        runner = self.runner
        if runner is not None:
            runner.stop()
            QTimer.singleShot(STOP_GRACE_MS, lambda: runner.stop(cancel_in_flight=True))
            return True
        if self._preparing is not None:  # not sending yet: it will not start
            self._stop_asked = True
            return True
        return False

    def _ask_api_key(self, profile: str) -> str | None:
        """Ask for the key on the GUI thread (a modal dialog over the batch window)."""
        parent = self.parent()
        if not isinstance(parent, QWidget):
            return None
        self._states.append(translate("BatchWindow", "Waiting for the API key…"))
        return ask_api_key(parent, self.ctx, profile, self.workers)

    def _ended(self, outcome: BatchOutcome | None, why: str | None = None) -> None:
        self._thread = None
        self._drain.stop()
        self._drain_rows()
        self.outcome = outcome
        # Every change reached the model through the queue: no re-read of the journal here
        # (100,000 rows would stall the GUI for a second).
        sentence = localize(outcome.sentence) if outcome else (
            why or translate("BatchWindow", "Stopped."))
        if outcome is not None and outcome.ending is Ending.FINISHED:
            sentence = translate("BatchWindow",
                                 "Finished. Export the results and receipts to keep them.")
        problem = self.runner.record_problem if self.runner else None
        if problem:
            sentence += f" {localize(problem)}"
        self.runner = None
        self._set_stage(Stage.ENDED)
        self.ended.emit(sentence)

    def _set_stage(self, stage: Stage) -> None:
        self.stage = stage
        self.stage_changed.emit(stage.value)

    def _failed(self, message: str | Text) -> None:
        self._ended(None)
        self.failed.emit(message)

    # --- exporting ----------------------------------------------------------------------------
    def suggested_name(self, what: str, suffix: str) -> str:
        stem = Path(self.journal.meta.input_name).stem if self.journal else "batch"
        return f"{stem}-{what}{suffix}"

    def export(self, write: str, path: Path) -> int:
        """The results ("write_results") or receipts; how many rows (ui/batch/exporting)."""
        return write_from(self.journal, self._last_journal, write, path)

    # --- closing ------------------------------------------------------------------------------
    def shutdown(self, final: bool = True) -> bool:
        """Stop at once (requests out are abandoned: they stay "sent" and are re-sent with
        the same Idempotency-Key on resume), wait for the workers and close the journal;
        True when they all ended in time. Idempotent. Not ``final`` when the window is only
        closed: File → Batch assign… shows it again, able to run."""
        self._forget_pending()
        if self.runner is not None:
            self.runner.stop(cancel_in_flight=True)
        ok = self.workers.shutdown(final=final)
        if not ok:
            log.warning("the batch did not stop in time")
        self._drain.stop()
        preparing, self._preparing = self._preparing, None
        if preparing is not None:
            # Its result is not delivered now: close what it opened, and end the run here.
            result = preparing.result
            if isinstance(result, Prepared) and result.journal is not self.journal:
                result.journal.close()
            self._ended(None)
        self._thread = None
        if self.journal is not None:
            self._last_journal = self.journal.path  # shown again, its rows export from here
            self.journal.close()
            self.journal = None
        return ok

