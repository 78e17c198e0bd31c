"""The batch window: choose a CSV, preview it, run it, watch it, pause/stop it, export it.

All the work is :mod:`licensegui.core.batch` on a worker thread. Rows change on that thread
many times a second; they are handed over through a queue that a GUI-thread timer drains ten
times a second, so a thousand rows cost the GUI a few model updates, not a thousand signals.
"""

from __future__ import annotations

import collections
import logging
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from licensegui.core.batch import (
    DEFAULT_CONCURRENCY,
    MAX_CONCURRENCY,
    MAYBE_ASSIGNED_EARLIER,
    MAYBE_ASSIGNED_EARLIER_SENTENCE,
    BatchOutcome,
    Ending,
)
from licensegui.core.batch_input import DUPLICATE, INVALID, BatchInput, delimiter_name
from licensegui.core.envelope import clean_untrusted
from licensegui.core.journal import (
    ASSIGNED,
    NOT_SENT,
    NOT_VERIFIED,
    REFUSED,
    SENT,
    Journal,
    JournalRow,
    default_journal_path,
)
from licensegui.core.outcome import MESSAGE_SHOWN_MAX, short_reason_for
from licensegui.core.text import Text
from licensegui.ui.i18n import QT_TRANSLATE_NOOP, local_time, localize, number, translate
from licensegui.ui.plain import PlainLabel, ask, tooltip, warn
from licensegui.ui.resources import icon
from licensegui.ui.table_model import ColumnsModel, Index
from licensegui.ui.tasks import Task as CallThread
from licensegui.ui.tasks import Tasks as Workers
from licensegui.ui.tasks import read_in_background as in_background

if TYPE_CHECKING:
    from licensegui.core.batch import BatchRunner
    from licensegui.core.client import CancelToken
    from licensegui.core.session import AppSession as AppContext

log = logging.getLogger(__name__)

COLUMNS = (QT_TRANSLATE_NOOP("BatchWindow", "Row"), QT_TRANSLATE_NOOP("BatchWindow", "Status"),
           QT_TRANSLATE_NOOP("BatchWindow", "License key"),
           QT_TRANSLATE_NOOP("BatchWindow", "Owner"), QT_TRANSLATE_NOOP("BatchWindow", "Email"),
           QT_TRANSLATE_NOOP("BatchWindow", "Code"),
           QT_TRANSLATE_NOOP("BatchWindow", "Message or reason"))
#: Status → (icon, word). Icon and word, never colour alone.
BADGES = {
    ASSIGNED: ("verified", QT_TRANSLATE_NOOP("BatchWindow", "Assigned")),
    REFUSED: ("verified", QT_TRANSLATE_NOOP("BatchWindow", "Refused")),
    NOT_VERIFIED: ("unverified", QT_TRANSLATE_NOOP("BatchWindow", "NOT verified")),
    INVALID: ("unverified", QT_TRANSLATE_NOOP("BatchWindow", "Invalid")),
    DUPLICATE: ("pending", QT_TRANSLATE_NOOP("BatchWindow", "Duplicate")),
    NOT_SENT: ("pending", QT_TRANSLATE_NOOP("BatchWindow", "Waiting")),
    SENT: ("pending", QT_TRANSLATE_NOOP("BatchWindow", "Sent, no answer yet")),
}
DRAIN_MS = 100
#: How long Stop waits for requests already out before abandoning them (a hung server must
#: not hold the window for a deadline and its retries).
STOP_GRACE_MS = 3000
GUI_SWITCH_INTERVAL_S = 0.001


def status_of(row: JournalRow) -> str:
    if row.status:
        return row.status
    return SENT if row.state == SENT else NOT_SENT


class BatchRowsModel(ColumnsModel):
    """The batch's rows, in file order; updated in place as answers arrive."""

    columns = COLUMNS
    context = "BatchWindow"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[JournalRow] = []
        #: How many rows have each status, kept up to date row by row: recounting 100,000
        #: rows ten times a second would be GUI-thread work competing with the workers.
        self.counts: collections.Counter[str] = collections.Counter()
        self._icons: dict[str, Any] = {}
        self._problem = QBrush(QColor(255, 80, 60, 48))

    def set_rows(self, rows: list[JournalRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.counts = collections.Counter(status_of(r) for r in rows)
        self.endResetModel()

    def update(self, changed: list[JournalRow]) -> None:
        """Replace rows by number; one dataChanged for the span they cover."""
        if not changed:
            return
        first = last = None
        for row in changed:
            i = row.n - 1
            if 0 <= i < len(self.rows):
                self.counts[status_of(self.rows[i])] -= 1
                self.counts[status_of(row)] += 1
                self.rows[i] = row
                first = i if first is None else min(first, i)
                last = i if last is None else max(last, i)
        if first is not None and last is not None:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _icon(self, name: str) -> Any:
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        status = status_of(row)
        col = index.column()
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return self._icon(BADGES[status][0])
        if role == Qt.ItemDataRole.BackgroundRole and status in (INVALID, NOT_VERIFIED):
            return self._problem
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(row_detail(row)) if row.detail else None
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 1:
            return translate("BatchWindow", BADGES[status][1])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        verified = row.verified and status in (ASSIGNED, REFUSED)
        if col == 0:
            return str(row.n)
        if col == 1:
            word = translate("BatchWindow", BADGES[status][1])
            return f"{word} ({row.code})" if status == REFUSED and row.code else word
        if col == 2:
            return clean_untrusted(row.license_key, 80)
        if col == 3:
            return clean_untrusted(row.owner_name, 80)
        if col == 4:
            return clean_untrusted(row.email, 80)
        if col == 5:
            return str(row.code) if verified and row.code is not None else ""
        text = row.message if verified and status == ASSIGNED else (
            row_detail(row) or row.reason)
        if status == REFUSED:
            text = f"{row.message} — {row_detail(row)}" if row.message else row_detail(row)
        return clean_untrusted(text or "", MESSAGE_SHOWN_MAX)


class BatchWindow(QWidget):
    """One batch at a time. ``finished_batch`` is emitted when a run ends (history changed)."""

    finished_batch = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setWindowTitle(translate("BatchWindow", "Batch assignment"))
        self.setWindowIcon(icon("app"))
        self.resize(980, 640)
        self.workers = Workers()
        self.batch: BatchInput | None = None
        self.journal: Journal | None = None
        self.runner: BatchRunner | None = None
        self.outcome: BatchOutcome | None = None
        self._thread: CallThread | None = None
        self._queue: collections.deque[JournalRow] = collections.deque()
        self._state_text = ""
        self._state_lock = threading.Lock()
        self._started = 0.0
        self._done_here = 0
        self._switch_interval: float | None = None
        #: A journal is being opened on a background thread: Start waits for it.
        self._opening = False
        self._drain = QTimer(self, interval=DRAIN_MS)
        self._drain.timeout.connect(self._drain_rows)
        self._build()
        self._show_stage("empty")

    # --- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        self.file_label = PlainLabel(translate("BatchWindow",
                                               "Choose a CSV file with a header row naming the "
                                               "license key, owner name and email columns."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(translate("BatchWindow", "&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.practice_button = QPushButton(translate("BatchWindow", "Practice &file"))
        self.practice_button.setToolTip(translate("BatchWindow",
                                                  "A CSV of the demo sandbox's keys, with an "
                                                  "invalid, a duplicate and an unknown key's row"))
        self.practice_button.clicked.connect(self.load_practice_file)
        self.practice_button.setVisible(self.ctx.is_demo)
        self.columns_label = PlainLabel()
        self.columns_label.setWordWrap(True)
        self.counts_label = PlainLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setAccessibleName(translate("BatchWindow", "Batch counts"))
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(translate("BatchWindow", "Profile"))
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(DEFAULT_CONCURRENCY)
        self.concurrency.setAccessibleName(translate("BatchWindow", "Requests at a time"))
        self.concurrency.setToolTip(translate("BatchWindow",
                                              "How many requests are out at once (1 to 8). Two is "
                                              "polite; more is faster if the vendor allows it."))
        form = QFormLayout()
        form.addRow(translate("BatchWindow", "&Profile:"), self.profile_box)
        form.addRow(translate("BatchWindow", "&Requests at a time:"), self.concurrency)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("BatchWindow", "Batch progress"))
        self.rate_label = PlainLabel()
        self.state_label = PlainLabel()
        self.state_label.setWordWrap(True)
        self.start_button = QPushButton(translate("BatchWindow", "&Start"))
        self.start_button.setDefault(True)
        self.pause_button = QPushButton(translate("BatchWindow", "&Pause"))
        self.stop_button = QPushButton(translate("BatchWindow", "S&top"))
        self.export_button = QPushButton(translate("BatchWindow", "E&xport results…"))
        self.receipts_button = QPushButton(translate("BatchWindow", "Export &receipts…"))
        self.close_button = QPushButton(translate("BatchWindow", "Close"))
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.export_button.clicked.connect(self.choose_results_file)
        self.receipts_button.clicked.connect(self.choose_receipts_file)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Esc"), self, self.close)

        self.model = BatchRowsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(translate("BatchWindow", "Batch rows"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(100)
        # Before any row: wide enough for the headers themselves (longer in some languages).
        self.table.resizeColumnsToContents()

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.practice_button)
        top.addWidget(self.choose_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.rate_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        for b in (self.start_button, self.pause_button, self.stop_button, self.export_button,
                  self.receipts_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns_label)
        layout.addLayout(form)
        layout.addWidget(self.counts_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _reload_profiles(self, selected: str | None = None) -> None:
        self.profile_box.clear()
        names = [p.name for p in self.ctx.settings.profiles]
        self.profile_box.addItems(names)
        want = selected or self.ctx.settings.last_profile
        if want in names:
            self.profile_box.setCurrentIndex(names.index(want))

    # --- stages -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

    def _show_stage(self, stage: str) -> None:
        """empty → preview → running → ended (stopped or finished)."""
        self.stage = stage
        running = stage == "running"
        self.choose_button.setEnabled(not running)
        self.practice_button.setEnabled(not running)
        self.profile_box.setEnabled(stage == "preview" and self.journal is None)
        self.concurrency.setEnabled(stage in ("preview", "ended") and not self._finished())
        self.start_button.setVisible(stage in ("preview", "ended") and not self._finished())
        self.start_button.setEnabled(stage in ("preview", "ended") and not self._finished()
                                     and self.model.rows != [] and not self._opening)
        self.start_button.setText(translate("BatchWindow", "&Resume")
                                  if self._has_journal_progress()
                                  else translate("BatchWindow", "&Start"))
        self.pause_button.setVisible(running)
        self.stop_button.setVisible(running)
        self.pause_button.setText(translate("BatchWindow", "&Pause"))
        done = stage == "ended" or (stage == "preview" and self._has_journal_progress())
        self.export_button.setEnabled(done)
        self.receipts_button.setEnabled(done)
        self.progress.setVisible(stage in ("running", "ended")
                                 or self._has_journal_progress())

    def _finished(self) -> bool:
        return self.journal is not None and self.journal.finished

    def _has_journal_progress(self) -> bool:
        """Something was sent before: a row answered, or sent and still without an answer
        (from the counts kept row by row, not a pass over every row)."""
        counts = self.model.counts
        return self.journal is not None and (
            counts[ASSIGNED] + counts[REFUSED] + counts[NOT_VERIFIED] + counts[SENT]) > 0

    # --- choosing and previewing ------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("BatchWindow", "Batch input"), "",
            translate("BatchWindow", "CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_practice_file(self) -> None:
        path = self.ctx.demo_practice_file()
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Read and validate the file off the GUI thread, then show the preview."""
        from licensegui.core.batch_input import read_batch_file

        if self.running:
            return
        self._close_journal()
        self.file_label.setText(translate("BatchWindow", "Reading {name}…").format(name=path.name))
        self.choose_button.setEnabled(False)
        in_background(lambda: read_batch_file(path), self._loaded, self)

    def _loaded(self, outcome: BatchInput | Exception) -> None:
        self.choose_button.setEnabled(True)
        if isinstance(outcome, Exception):
            self.file_label.setText(translate("BatchWindow",
                                              "Choose a CSV file with a header row naming the "
                                              "license key, owner name and email columns."))
            warn(self, translate("BatchWindow", "Cannot use this file"), localize(outcome))
            return
        self.batch = outcome
        self._reload_profiles()
        self.model.set_rows([_preview_row(r) for r in outcome.rows])
        self.table.resizeColumnsToContents()
        mapping = ", ".join(f"{what} ← “{outcome.header[i].strip()}”" for what, i in (
            (translate("BatchWindow", "license key"), outcome.columns["license_key"]),
            (translate("BatchWindow", "owner"), outcome.columns["owner_name"]),
            (translate("BatchWindow", "email"), outcome.columns["email"])))
        others = [h for i, h in enumerate(outcome.header) if i not in outcome.columns.values()]
        carried = translate("BatchWindow", "; carried through: {columns}").format(
            columns=", ".join(others)) if others else ""
        self.file_label.setText(translate("BatchWindow", "{name} — %n row(s), {separator}", None,
                                          len(outcome.rows)).format(
            name=outcome.name, separator=localize(delimiter_name(outcome.delimiter))))
        self.columns_label.setText(translate("BatchWindow", "Columns: {mapping}{carried}.").format(
            mapping=mapping, carried=carried))
        self._show_counts()
        self._show_stage("preview")
        self._note_earlier_run()

    def _note_earlier_run(self) -> None:
        """The same file against the same server was started before: say so; Start resumes."""
        profile = self._profile()
        if self.batch is None or profile is None:
            return
        path = default_journal_path(self.batch.sha256, profile.base_url,
                                    self.ctx.journals_dir(profile))
        if not path.exists():
            self.state_label.setText(translate("BatchWindow",
                                               "Nothing has been sent. Check the rows, then "
                                               "Start."))
            return
        self._open_journal(path, translate("BatchWindow", "Earlier run"), self._earlier_run_opened)

    def _earlier_run_opened(self) -> None:
        assert self.journal is not None
        counts = self.model.counts
        when = local_time(self.journal.meta.created_at, seconds=False)
        if self.journal.finished:
            self.state_label.setText(translate(
                "BatchWindow", "This file was run against this server on {when}; it is "
                "finished. Export its results, or choose another file.").format(when=when))
        else:
            self.state_label.setText(translate(
                "BatchWindow", "This file was started against this server on {when} and not "
                "finished (%n row(s) left). Resume sends only what is left, with the same keys.",
                None, counts[NOT_SENT] + counts[SENT]).format(when=when))

    def _profile(self) -> Any:
        name = self.profile_box.currentText()
        return self.ctx.settings.profile(name) if name else None

    def _open_journal(self, path: Path, title: str, then: Any) -> None:
        """Open ``path`` and read its rows off the GUI thread (a 100,000-row journal takes a
        second), then show them and call ``then()``; a journal that cannot be opened is said
        under ``title``. Start waits meanwhile."""
        self._close_journal()
        self._opening = True
        self._show_stage(self.stage)

        def work() -> tuple[Journal, list[JournalRow]]:
            journal = Journal.open(path)
            return journal, journal.rows()

        def opened(outcome: tuple[Journal, list[JournalRow]] | Exception) -> None:
            self._opening = False
            if isinstance(outcome, Exception):
                self._show_stage(self.stage)
                warn(self, title, localize(outcome))
                return
            journal, rows = outcome
            if not self.isVisible() or self.running:  # closed or started meanwhile
                journal.close()
                return
            self.journal = journal
            self.model.set_rows(rows)
            self._show_counts()
            then()
            self._show_stage("preview")

        in_background(work, opened, self)

    def open_journal(self, path: Path) -> None:
        """Show a journal (an unfinished batch offered at start-up) ready to resume."""
        self._open_journal(path, translate("BatchWindow", "Cannot resume the batch"),
                           self._resumable_opened)

    def _resumable_opened(self) -> None:
        assert self.journal is not None
        meta = self.journal.meta
        self._reload_profiles(meta.profile)
        self.file_label.setText(translate(
            "BatchWindow", "{name} — %n row(s) (from the journal; the file itself is not "
            "needed)", None, len(self.model.rows)).format(name=meta.input_name))
        self.table.resizeColumnsToContents()
        self.state_label.setText(translate(
            "BatchWindow", "Stopped before it finished; Resume sends only what is left, with the "
            "same keys, to {url}.").format(url=meta.base_url))

    def _close_journal(self) -> None:
        if self.journal is not None and not self.running:
            self.journal.close()
            self.journal = None

    def _show_counts(self) -> None:
        counts = self.model.counts
        waiting = counts[NOT_SENT] + counts[SENT]
        self.counts_label.setText(translate(
            "BatchWindow", "{assigned} assigned · {refused} refused · {not_verified} not "
            "verified · {invalid} invalid · {duplicate} duplicate · {remaining} remaining").format(
            assigned=number(counts[ASSIGNED]), refused=number(counts[REFUSED]),
            not_verified=number(counts[NOT_VERIFIED]), invalid=number(counts[INVALID]),
            duplicate=number(counts[DUPLICATE]), remaining=number(waiting)))
        to_send = len(self.model.rows) - counts[INVALID] - counts[DUPLICATE]
        self.progress.setRange(0, max(1, to_send))
        self.progress.setValue(to_send - waiting)
        # %v and %m are QProgressBar's own placeholders (value, maximum).
        self.progress.setFormat(translate("BatchWindow", "%v of %m sent · {assigned} assigned")
                                .format(assigned=number(counts[ASSIGNED])))

    # --- running ----------------------------------------------------------------------------
    def start(self) -> None:
        if self.running or self._opening or (self.batch is None and self.journal is None):
            return
        profile = self._profile() if self.journal is None else self.ctx.settings.profile(
            self.journal.meta.profile)
        if profile is None:
            warn(self, translate("BatchWindow", "No profile"),
                 translate("BatchWindow",
                           "Choose a profile (Settings) for the server to assign on."))
            return
        trust = profile.trust_store()
        if not trust.labels():
            warn(self, translate("BatchWindow", "No public key"),
                 translate("BatchWindow",
                           "The profile “{name}” has no public key, so no answer could be "
                           "verified. Import the vendor's public key "
                           "first.").format(name=profile.name))
            return
        from licensegui.core.batch import BatchConfig, BatchRunner

        batch, ctx = self.batch, self.ctx
        config = BatchConfig(concurrency=self.concurrency.value(),
                             replay_window_s=ctx.settings.replay_window_s)
        journal = self.journal
        self.ctx.settings.last_profile = profile.name

        def call(token: CancelToken) -> BatchOutcome:
            from licensegui.core.errors import LicenseGuiError

            nonlocal journal
            if journal is None:
                # Here, not on the GUI thread: 100,000 rows take a second to commit. Every
                # row's Idempotency-Key is committed before anything is sent.
                assert batch is not None
                path = default_journal_path(batch.sha256, profile.base_url,
                                            ctx.journals_dir(profile))
                journal = self.journal = Journal.create(path, batch, profile.base_url,
                                                        profile.name)
            api_key = ctx.secrets.get(profile.name)
            if not api_key:
                raise LicenseGuiError(translate("BatchWindow",
                                                "No API key for the profile “{name}”: set it in "
                                                "Settings, then Resume.").format(name=profile.name))
            runner = BatchRunner(journal, api_key, trust, ctx.history_or_none(), config,
                                 on_row=self._queue.append, on_state=self._set_state,
                                 history_unavailable=ctx.history_error)
            self.runner = runner
            done = threading.Event()
            threading.Thread(target=_stop_on_cancel, args=(token, runner, done),
                             daemon=True).start()
            try:
                return runner.run()
            finally:
                done.set()

        thread = CallThread(call)
        thread.succeeded.connect(self._ended)
        thread.failed.connect(self._failed)
        thread.cancelled.connect(lambda: self._ended(thread.result))
        self._thread = thread
        self.outcome = None
        self._started = time.monotonic()
        self._done_here = 0
        self._set_state(translate("BatchWindow", "Running."))
        self._show_stage("running")
        self._drain.start()
        # The workers are Python threads sharing the GIL with the GUI thread: every Qt call
        # that releases it may wait a whole switch interval (5 ms) to get it back, several
        # times per refresh. A shorter interval while the batch runs keeps the GUI prompt.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, GUI_SWITCH_INTERVAL_S))
        self.workers.start(thread)

    def _set_state(self, text: str) -> None:
        with self._state_lock:  # called from the runner's threads; shown by the drain timer
            self._state_text = text

    def _drain_rows(self) -> None:
        changed: list[JournalRow] = []
        while self._queue:
            changed.append(self._queue.popleft())
        if changed:
            self._done_here += sum(1 for r in changed if r.status)
            self.model.update(changed)
            self._show_counts()
        with self._state_lock:
            state = self._state_text
        if self.running:
            paused = self.runner is not None and self.runner.paused
            self.state_label.setText(
                translate("BatchWindow", "Paused: requests already sent are finishing.")
                if paused else localize(state))
            self._show_rate()

    def _show_rate(self) -> None:
        from licensegui.core.batch import throughput

        waiting = self.model.counts[NOT_SENT] + self.model.counts[SENT]
        rate, left = throughput(self._done_here, time.monotonic() - self._started, waiting)
        eta = "" if left is None else translate("BatchWindow", " · {duration} left").format(
            duration=_duration(left))
        self.rate_label.setText(translate("BatchWindow", "{rate} rows/s{eta}").format(
            rate=number(rate, places=1), eta=eta) if rate else "")

    def toggle_pause(self) -> None:
        runner = self.runner
        if runner is None:
            return
        if runner.paused:
            runner.resume()
            self.pause_button.setText(translate("BatchWindow", "&Pause"))
        else:
            runner.pause()
            self.pause_button.setText(translate("BatchWindow", "&Resume"))

    def stop(self) -> None:
        """Stop after the requests already out are answered (resumable); those still out
        after a grace period are abandoned (re-sent with the same key on resume)."""
        runner = self.runner
        if runner is not None:
            runner.stop()
            self.state_label.setText(translate("BatchWindow",
                                               "Stopping: waiting for the requests already sent…"))
            QTimer.singleShot(STOP_GRACE_MS, lambda: runner.stop(cancel_in_flight=True))

    def _restore_switch_interval(self) -> None:
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None

    def _ended(self, outcome: BatchOutcome | None) -> None:
        self._restore_switch_interval()
        self._thread = None
        self._drain.stop()
        self._drain_rows()
        self.outcome = outcome
        # Every change reached the model through the queue: no re-read of the journal here
        # (100,000 rows would stall the GUI for a second).
        self._show_counts()
        self.rate_label.setText("")
        sentence = localize(outcome.sentence) if outcome else translate("BatchWindow", "Stopped.")
        if outcome is not None and outcome.ending is Ending.FINISHED:
            sentence = translate("BatchWindow",
                                 "Finished. Export the results and receipts to keep them.")
        problem = self.runner.record_problem if self.runner else None
        if problem:
            sentence += f" {localize(problem)}"
        self.state_label.setText(sentence)
        self.runner = None
        self._show_stage("ended")
        self.finished_batch.emit()

    def _failed(self, message: str) -> None:
        self._ended(None)
        self.state_label.setText(localize(message))
        warn(self, translate("BatchWindow", "Batch stopped"), localize(message))

    # --- exporting --------------------------------------------------------------------------
    def choose_results_file(self) -> None:
        name = self._suggested("results", ".csv")
        path, _ = QFileDialog.getSaveFileName(self, translate("BatchWindow", "Export results"),
                                              name, translate("BatchWindow", "CSV (*.csv)"))
        if path:
            self.export_results(Path(path))

    def choose_receipts_file(self) -> None:
        name = self._suggested("receipts", ".jsonl")
        path, _ = QFileDialog.getSaveFileName(self, translate("BatchWindow", "Export receipts"),
                                              name,
                                              translate("BatchWindow", "JSON Lines (*.jsonl)"))
        if path:
            self.export_receipts(Path(path))

    def _suggested(self, what: str, suffix: str) -> str:
        stem = Path(self.journal.meta.input_name).stem if self.journal else "batch"
        return f"{stem}-{what}{suffix}"

    def export_results(self, path: Path) -> bool:
        return self._export(lambda: self.journal.write_results(path) if self.journal else 0,
                            translate("BatchWindow", "Exported {count} results to {path}."), path)

    def export_receipts(self, path: Path) -> bool:
        return self._export(lambda: self.journal.write_receipts(path) if self.journal else 0,
                            translate("BatchWindow", "Exported {count} receipts to {path}."),
                            path)

    def _export(self, write: Any, done: str, path: Path) -> bool:
        try:
            count = write()
        except Exception as exc:
            warn(self, translate("BatchWindow", "Not exported"), localize(exc))
            return False
        self.state_label.setText(done.format(count=number(count), path=path))
        return True

    # --- closing ----------------------------------------------------------------------------
    def ask_to_stop(self) -> bool:
        """At quit: True when no batch runs or the user agreed to stop it (resumable)."""
        if not self.running:
            return True
        waiting = self.model.counts[NOT_SENT] + self.model.counts[SENT]
        return ask(self, translate("BatchWindow", "A batch is running"),
                   translate("BatchWindow", "%n row(s) not done yet. Stop the batch? Nothing is "
                             "lost: it is offered for resuming at the next start, and rows "
                             "already sent are re-sent with the same keys, so nothing is "
                             "assigned twice.", None, waiting),
                   translate("BatchWindow", "Stop the batch"),
                   translate("BatchWindow", "Keep running"))

    def shutdown(self, final: bool = True) -> None:
        """Stop at once (requests out are abandoned: they stay "sent" and are re-sent with
        the same Idempotency-Key on resume) and wait for the worker. Not ``final`` when the
        window is only closed: File → Batch assign… shows it again, able to run."""
        if self.runner is not None:
            self.runner.stop(cancel_in_flight=True)
        if not self.workers.shutdown(final=final):
            log.warning("the batch did not stop in time")
        self._drain.stop()
        self._restore_switch_interval()
        self._thread = None
        if self.journal is not None:
            self.journal.close()
            self.journal = None

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API
        if self.running and not self.ask_to_stop():
            event.ignore()
            return
        self.shutdown(final=False)
        event.accept()


def _stop_on_cancel(token: CancelToken, runner: BatchRunner, done: threading.Event) -> None:
    """The worker's Cancel (quit) becomes the runner's stop, abandoning requests out."""
    while not done.wait(0.2):
        if token.cancelled:
            runner.stop(cancel_in_flight=True)
            return


#: Stored rows keep their sentence in English (the journal is read by scripts too); on screen a
#: row says the same thing in the user's language, from its stable reason code.
_INVALID_SENTENCES = {
    "invalid_license_key": QT_TRANSLATE_NOOP("BatchWindow", "The license key is not valid."),
    "invalid_owner_name": QT_TRANSLATE_NOOP("BatchWindow", "The owner name is not valid."),
    "invalid_email": QT_TRANSLATE_NOOP("BatchWindow", "The email address is not valid."),
    "invalid_row": QT_TRANSLATE_NOOP("BatchWindow",
                                     "This row does not have the header's number of values."),
    "duplicate": QT_TRANSLATE_NOOP("BatchWindow",
                                   "Same license key as an earlier row; only that row is sent."),
}


def row_detail(row: JournalRow) -> str:
    """A row's sentence on screen: translated when it was made in this run, otherwise said
    again from its status and reason code (the English detail is what the journal keeps)."""
    if isinstance(row.detail, Text) or not row.detail:
        return localize(row.detail)
    status = status_of(row)
    if status == ASSIGNED:
        return translate("BatchWindow", "Assigned.")
    if status == REFUSED:
        if row.reason == MAYBE_ASSIGNED_EARLIER:
            return localize(MAYBE_ASSIGNED_EARLIER_SENTENCE)
        return translate("BatchWindow", "Refused: code {code}.").format(code=row.code)
    if status == NOT_VERIFIED:
        return translate("BatchWindow", "Not verified: {why}.").format(
            why=localize(short_reason_for(row.reason, None)))
    if row.reason in _INVALID_SENTENCES:
        return translate("BatchWindow", _INVALID_SENTENCES[row.reason])
    return row.detail


def _preview_row(row: Any) -> JournalRow:
    return JournalRow(
        n=row.number, line=row.line, fields=row.fields, license_key=row.license_key,
        owner_name=row.owner_name, email=row.email, state=row.state,
        status=row.state if row.state in (INVALID, DUPLICATE) else None, reason=row.reason,
        detail=row.detail, idempotency_key=None, first_sent_at=None, sends=0,
        http_status=None, code=None, message=None, verified=False, signed_at=None,
        raw_body=None, answered_at=None)


def _duration(seconds: float) -> str:
    s = int(seconds)
    if s < 90:
        return translate("BatchWindow", "{s} s").format(s=s)
    if s < 5400:
        return translate("BatchWindow", "{min} min").format(min=s // 60)
    return translate("BatchWindow", "{h} h {min} min").format(h=s // 3600, min=s % 3600 // 60)
