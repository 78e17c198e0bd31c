"""The batch window: choose a CSV, preview it, run it, watch it, pause/stop it, export it.

The window composes the widgets, hands the user's actions to its controller
(:class:`~licensegui.ui.batch.controller.BatchController`) and shows what that reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
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

from licensegui.core.batch.headers import ColumnMapping, MissingColumns
from licensegui.core.batch.input import BatchInput, delimiter_name
from licensegui.core.batch.runner import DEFAULT_CONCURRENCY, MAX_CONCURRENCY
from licensegui.core.codes import RowState, RowStatus
from licensegui.core.text import Text
from licensegui.ui.batch.columns import fit_columns
from licensegui.ui.batch.controller import EARLIER_RUN, BatchController, Stage
from licensegui.ui.batch.exporting import export_and_say
from licensegui.ui.batch.follow import RowFollower
from licensegui.ui.batch.mapping import ask_mapping, choose_sheet
from licensegui.ui.batch.running import paused_sentence, remember_concurrency
from licensegui.ui.batch.stop_question import ask_to_stop
from licensegui.ui.batch.table_rows import status_of
from licensegui.ui.file_dialogs import open_file, save_file
from licensegui.ui.i18n import local_time, localize, number, quoted, translate
from licensegui.ui.plain import PlainLabel, warn
from licensegui.ui.resources import icon

if TYPE_CHECKING:
    from licensegui.core.batch.journal import Journal
    from licensegui.core.batch.runner import BatchOutcome, BatchRunner
    from licensegui.core.session import AppSession
    from licensegui.core.settings import Profile
    from licensegui.ui.batch.rows_model import BatchRowsModel
    from licensegui.ui.tasks import Tasks

__all__ = ["BatchWindow", "status_of"]


class BatchWindow(QWidget):
    """One batch at a time. ``finished_batch`` is emitted when a run ends (history changed)."""

    finished_batch = Signal()

    def __init__(self, ctx: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setWindowTitle(translate("BatchWindow", "Batch assignment"))
        self.setWindowIcon(icon("app"))
        self.resize(1100, 660)  # a UUID key, an email and the reason side by side
        self.controller = BatchController(ctx, self)
        self.model: BatchRowsModel = self.controller.model
        self._build()
        self._connect()
        self._show_stage()

    # --- what the controller holds, as the tests and the main window read it ------------------
    @property
    def running(self) -> bool:
        return self.controller.running

    @property
    def batch(self) -> BatchInput | None:
        return self.controller.batch

    @property
    def journal(self) -> Journal | None:
        return self.controller.journal

    @property
    def runner(self) -> BatchRunner | None:
        return self.controller.runner

    @property
    def outcome(self) -> BatchOutcome | None:
        return self.controller.outcome

    @property
    def workers(self) -> Tasks:
        return self.controller.workers

    # --- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        self.file_label = PlainLabel(_intro())
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
        self.columns_button = QPushButton(translate("BatchWindow", "C&olumns…"))
        self.columns_button.setToolTip(translate("BatchWindow", "Choose which column is the "
                                                 "license key, the owner and the email"))
        self.columns_button.clicked.connect(self.choose_columns)
        self.counts_label = PlainLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setAccessibleName(translate("BatchWindow", "Batch counts"))
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(translate("BatchWindow", "Profile"))
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        # As the user last chose it (Settings keeps it, within the runner's bounds).
        self.concurrency.setValue(min(MAX_CONCURRENCY, max(
            1, self.ctx.settings.batch_concurrency or DEFAULT_CONCURRENCY)))
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
        fit_columns(self.table)
        self.follower = RowFollower(self.table)

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
        columns_row = QHBoxLayout()
        columns_row.addWidget(self.columns_label, 1)
        columns_row.addWidget(self.columns_button)
        layout.addLayout(columns_row)
        layout.addLayout(form)
        layout.addWidget(self.counts_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        c = self.controller
        c.file_read.connect(self._loaded)
        c.file_refused.connect(self._refused)
        c.sheets_offered.connect(self._sheets_offered)
        c.journal_shown.connect(self._journal_shown)
        c.opening_changed.connect(self._show_stage)
        c.problem.connect(lambda title, message: warn(self, title, localize(message)))
        c.started.connect(self._started)
        c.rows_changed.connect(self._show_counts)
        c.ticked.connect(self._ticked)
        c.advanced.connect(self.follower.advance)
        c.ended.connect(self._ended)
        c.failed.connect(self._failed)

    def _reload_profiles(self, selected: str | None = None) -> None:
        self.profile_box.clear()
        names = [p.name for p in self.ctx.settings.profiles]
        self.profile_box.addItems(names)
        want = selected or self.ctx.settings.last_profile
        if want in names:
            self.profile_box.setCurrentIndex(names.index(want))

    # --- stages -----------------------------------------------------------------------------
    @property
    def stage(self) -> Stage:  # the controller's: empty → preview → running → ended
        return self.controller.stage

    def _show_stage(self) -> None:  # after each change of the controller's stage
        running = (stage := self.stage) == "running"
        finished = self.controller.finished
        progress = self.controller.has_progress
        self.choose_button.setEnabled(not running)
        self.columns_button.setVisible(stage == "preview" and self.batch is not None
                                       and self.controller.path is not None)
        self.practice_button.setEnabled(not running)
        self.profile_box.setEnabled(stage == "preview" and self.journal is None)
        self.concurrency.setEnabled(stage in ("preview", "ended") and not finished)
        self.start_button.setVisible(stage in ("preview", "ended") and not finished)
        self.start_button.setEnabled(stage in ("preview", "ended") and not finished
                                     and self.model.rows != [] and not self.controller.opening)
        self.start_button.setText(translate("BatchWindow", "&Resume") if progress
                                  else translate("BatchWindow", "&Start"))
        self.pause_button.setVisible(running)
        self.stop_button.setVisible(running)
        self.pause_button.setText(translate("BatchWindow", "&Pause"))
        done = stage == "ended" or (stage == "preview" and progress)
        self.export_button.setEnabled(done)
        self.receipts_button.setEnabled(done)
        self.progress.setVisible(stage in ("running", "ended") or progress)

    # --- choosing and previewing ------------------------------------------------------------
    def choose_file(self) -> None:
        path = open_file(self, translate("BatchWindow", "Batch input"),
                         translate("BatchWindow", "Spreadsheets and CSV files (*.xlsx *.xlsm "
                                   "*.ods *.xls *.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_practice_file(self) -> None:
        path = self.ctx.demo_practice_file()
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path, columns: ColumnMapping | None = None,
                  sheet: str | None = None) -> None:
        """Read and validate the file off the GUI thread, then show the preview."""
        if not self.controller.load_file(path, columns, sheet):
            return
        self.file_label.setText(translate("BatchWindow", "Reading {name}…").format(name=path.name))
        self.choose_button.setEnabled(False)

    def _refused(self, error: Exception) -> None:
        self.choose_button.setEnabled(True)
        self.file_label.setText(_intro())
        path = self.controller.path
        if isinstance(error, MissingColumns) and path is not None:
            # Say which column is which, in the window's own words, instead of a refusal.
            mapping = ask_mapping(self, self.ctx, error.header, None, localize(error))
            if mapping is not None:
                self.load_file(path, mapping, self.controller.sheet)
                return
        warn(self, translate("BatchWindow", "Cannot use this file"), localize(error))

    def choose_columns(self) -> None:
        """Columns…: choose which column is which for the file shown (remembered)."""
        batch, path = self.batch, self.controller.path
        if batch is None or path is None or self.running:
            return
        mapping = ask_mapping(self, self.ctx, batch.header, batch.columns)
        if mapping is not None:
            self.load_file(path, mapping, self.controller.sheet)

    def _sheets_offered(self, path: Path, names: list[str]) -> None:
        name = choose_sheet(self, path.name, names)
        if name is None:
            self.choose_button.setEnabled(True)
            self.file_label.setText(_intro())
            return
        self.load_file(path, sheet=name)

    def _loaded(self, outcome: BatchInput) -> None:
        self.choose_button.setEnabled(True)
        self._reload_profiles()
        fit_columns(self.table)
        self.table.scrollToTop()  # a new file from its first row, not where the last one was
        mapping = ", ".join(f"{what} ← {quoted(outcome.header[i].strip())}" for what, i in (
            (translate("BatchWindow", "license key"), outcome.columns["license_key"]),
            (translate("BatchWindow", "owner"), outcome.columns["owner_name"]),
            (translate("BatchWindow", "email"), outcome.columns["email"])))
        others = [h for i, h in enumerate(outcome.header) if i not in outcome.columns.values()]
        carried = translate("BatchWindow", "; carried through: {columns}").format(
            columns=", ".join(quoted(h.strip()) for h in others)) if others else ""
        # A workbook has a sheet, not a separator ("separated by commas" misled: issue 28).
        what = (translate("BatchWindow", "sheet “{sheet}”").format(sheet=outcome.sheet)
                if outcome.sheet is not None else localize(delimiter_name(outcome.delimiter)))
        self.file_label.setText(translate("BatchWindow", "{name} — %n row(s), {separator}", None,
                                          len(outcome.rows)).format(
            name=outcome.name, separator=what))
        self.columns_label.setText(translate("BatchWindow", "Columns: {mapping}{carried}.").format(
            mapping=mapping, carried=carried))
        self._show_counts()
        self._show_stage()
        self._note_earlier_run()

    def _note_earlier_run(self) -> None:
        """The same file against the same server was started before: say so; Start resumes."""
        profile = self._profile()
        if self.batch is None or profile is None:
            return
        if not self.controller.show_earlier_run(profile):
            self.state_label.setText(translate("BatchWindow",
                                               "Nothing has been sent. Check the rows, then "
                                               "Start."))

    def _journal_shown(self, kind: str) -> None:
        self._show_counts()
        fit_columns(self.table)
        if kind == EARLIER_RUN:
            self._earlier_run_opened()
        else:
            self._resumable_opened()
        self._show_stage()

    def _earlier_run_opened(self) -> None:
        assert self.journal is not None
        when = local_time(self.journal.meta.created_at, seconds=False)
        if self.journal.finished:
            self.state_label.setText(translate(
                "BatchWindow", "This file was run against this server on {when}; it is "
                "finished. Export its results, or choose another file.").format(when=when))
        else:
            self.state_label.setText(translate(
                "BatchWindow", "This file was started against this server on {when} and not "
                "finished (%n row(s) left). Resume sends only what is left, with the same keys.",
                None, self.model.waiting).format(when=when))

    def _profile(self) -> Profile | None:
        name = self.profile_box.currentText()
        return self.ctx.settings.profile(name) if name else None

    def open_journal(self, path: Path) -> None:
        """Show a journal (an unfinished batch offered at start-up) ready to resume."""
        self.controller.open_journal(path)

    def _resumable_opened(self) -> None:
        assert self.journal is not None
        meta = self.journal.meta
        self._reload_profiles(meta.profile)
        self.file_label.setText(translate(
            "BatchWindow", "{name} — %n row(s) (from the journal; the file itself is not "
            "needed)", None, len(self.model.rows)).format(name=meta.input_name))
        fit_columns(self.table)
        self.state_label.setText(translate(
            "BatchWindow", "Stopped before it finished; Resume sends only what is left, with the "
            "same keys, to {url}.").format(url=meta.base_url))

    def _show_counts(self) -> None:
        counts = self.model.counts
        waiting = self.model.waiting
        self.counts_label.setText(translate(
            "BatchWindow", "{assigned} assigned · {already} already assigned · {refused} "
            "refused · {not_verified} not verified · {invalid} invalid · {duplicate} duplicate · "
            "{remaining} remaining").format(
            assigned=number(counts[RowStatus.ASSIGNED]),
            already=number(counts[RowStatus.ALREADY_ASSIGNED]),
            refused=number(counts[RowStatus.REFUSED] + counts[RowStatus.ASSIGNED_ELSEWHERE]),
            not_verified=number(counts[RowStatus.NOT_VERIFIED]),
            invalid=number(counts[RowState.INVALID]),
            duplicate=number(counts[RowState.DUPLICATE]), remaining=number(waiting)))
        to_send = self.model.to_send
        self.progress.setRange(0, max(1, to_send))
        self.progress.setValue(to_send - waiting)
        # %v and %m are QProgressBar's own placeholders (value, maximum). "Done", not "sent":
        # rows this computer's record answered were not sent, and are counted as such.
        already = counts[RowStatus.ALREADY_ASSIGNED]
        self.progress.setFormat((translate(
            "BatchWindow", "%v of %m done · {assigned} assigned · {already} already assigned "
            "(not sent)") if already else translate(
            "BatchWindow", "%v of %m done · {assigned} assigned")).format(
                assigned=number(counts[RowStatus.ASSIGNED]), already=number(already)))

    # --- running ----------------------------------------------------------------------------
    def start(self) -> None:
        remember_concurrency(self.ctx, self.concurrency.value())
        self.controller.start(self.profile_box.currentText(), self.concurrency.value())

    def _started(self) -> None:
        self.follower.reset()
        self._show_stage()

    def _ticked(self, state: str | Text, paused: bool) -> None:
        self.state_label.setText(paused_sentence(self.controller.in_flight)
                                 if paused else localize(state))
        self._show_rate()

    def _show_rate(self) -> None:
        rate, left = self.controller.pace()
        eta = "" if left is None else translate("BatchWindow", " · {duration} left").format(
            duration=_duration(left))
        self.rate_label.setText(translate("BatchWindow", "{rate} rows/s{eta}").format(
            rate=number(rate, places=1), eta=eta) if rate else "")

    def toggle_pause(self) -> None:
        paused = self.controller.pause_or_resume()
        if paused is not None:
            self.pause_button.setText(translate("BatchWindow", "&Resume") if paused
                                      else translate("BatchWindow", "&Pause"))

    def stop(self) -> None:
        """Stop after the requests already out are answered (resumable); those still out
        after a grace period are abandoned (re-sent with the same key on resume)."""
        if self.controller.stop():
            self.state_label.setText(translate("BatchWindow",
                                               "Stopping: waiting for the requests already sent…"))

    def _ended(self, sentence: str) -> None:
        self._show_counts()
        self.rate_label.setText("")
        self.state_label.setText(sentence)
        self._show_stage()
        self.finished_batch.emit()

    def _failed(self, message: str | Text) -> None:
        self.state_label.setText(localize(message))
        warn(self, translate("BatchWindow", "Batch stopped"), localize(message))

    # --- exporting --------------------------------------------------------------------------
    def choose_results_file(self) -> None:
        name = self.controller.suggested_name("results", ".xlsx")  # .csv when chosen so
        path = save_file(self, translate("BatchWindow", "Export results"), name,
                         translate("BatchWindow", "Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_results(Path(path))

    def choose_receipts_file(self) -> None:
        name = self.controller.suggested_name("receipts", ".jsonl")
        path, _ = QFileDialog.getSaveFileName(self, translate("BatchWindow", "Export receipts"),
                                              name,
                                              translate("BatchWindow", "JSON Lines (*.jsonl)"))
        if path:
            self.export_receipts(Path(path))

    def export_results(self, path: Path) -> bool:
        return export_and_say(self, lambda: self.controller.export("write_results", path),
                              translate("BatchWindow", "Exported {count} results to {path}."),
                              path, self.state_label, self.model.rowCount())

    def export_receipts(self, path: Path) -> bool:
        sent = sum(1 for r in self.model.rows if r.sends)
        return export_and_say(self, lambda: self.controller.export("write_receipts", path),
                              translate("BatchWindow", "Exported {count} receipts to {path}."),
                              path, self.state_label, sent)

    # --- closing ----------------------------------------------------------------------------
    def ask_to_stop(self) -> bool:
        """At quit: True when no batch runs or the user agreed to stop it (resumable); the
        batch is paused while asked (ui/batch/stop_question.py)."""
        if not self.running:
            return True
        return ask_to_stop(self, self.controller, self.model.waiting)

    def shutdown(self, final: bool = True) -> bool:
        """Stop at once and wait for the run (see :meth:`BatchController.shutdown`); True
        when it ended in time. Idempotent."""
        return self.controller.shutdown(final)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API
        if self.running and not self.ask_to_stop():
            event.ignore()
            return
        self.shutdown(final=False)
        event.accept()


def _intro() -> str:
    return translate("BatchWindow", "Choose a CSV or spreadsheet file (.xlsx, .ods) whose "
                     "header row names the license key, owner and email columns — or say "
                     "which is which after opening it.")


def _duration(seconds: float) -> str:
    s = int(seconds)
    if s < 90:
        return translate("BatchWindow", "{s} s").format(s=s)
    if s < 5400:
        return translate("BatchWindow", "{min} min").format(min=s // 60)
    return translate("BatchWindow", "{h} h {min} min").format(h=s // 3600, min=s % 3600 // 60)
