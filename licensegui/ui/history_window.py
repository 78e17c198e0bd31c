"""History: every attempt, searchable (accents and case aside), filterable, re-verifiable in
place, exportable as CSV or .xlsx."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from licensegui.core import history_export, history_search
from licensegui.core.envelope import Verdict
from licensegui.core.headline import headline, outcome_of_answer
from licensegui.core.history import Attempt, HistoryError, HistoryStore
from licensegui.core.outcome import short_reason_for
from licensegui.ui.file_dialogs import save_file
from licensegui.ui.history_model import (
    COLUMNS,
    MESSAGE_COLUMN,
    HistoryModel,
    outcome_text,
)
from licensegui.ui.i18n import QT_TRANSLATE_NOOP, localize, translate
from licensegui.ui.plain import PlainLabel, inform, message_box, warn
from licensegui.ui.tones import tone_colours

__all__ = ["COLUMNS", "MESSAGE_COLUMN", "SHOWN_MAX", "HistoryModel", "HistoryWindow"]

#: Widest the message column is sized to; longer messages elide (the tooltip has them whole).
MESSAGE_WIDTH_MAX = 260
#: Filter label → (verified, code) arguments for HistoryStore.query.
# (verified, code, reason) of each choice; the last two added with issue 28.
FILTERS: dict[str, tuple[bool | None, int | None, str | None]] = {
    QT_TRANSLATE_NOOP("HistoryWindow", "All attempts"): (None, None, None),
    QT_TRANSLATE_NOOP("HistoryWindow", "Verified"): (True, None, None),
    QT_TRANSLATE_NOOP("HistoryWindow", "NOT verified"): (False, None, None),
    QT_TRANSLATE_NOOP("HistoryWindow", "Assigned (800)"): (True, 800, None),
    QT_TRANSLATE_NOOP("HistoryWindow", "Refused (801)"): (True, 801, None),
    QT_TRANSLATE_NOOP("HistoryWindow", "Outcome unknown"): (None, None, "unknown"),
    QT_TRANSLATE_NOOP("HistoryWindow", "Queued (807)"): (True, 807, None),
}


#: Rows the table shows; the export is not capped.
SHOWN_MAX = 1000


class HistoryWindow(QDialog):
    """Re-verifies with ``check(attempt)`` (the main window's: today's keys of the profile that
    received it) and shows the result here, where the user is looking; without one it emits
    ``reverify(attempt)`` for whoever listens."""

    reverify = Signal(object)

    def __init__(self, history: HistoryStore, parent: QWidget | None = None,
                 check: Callable[[Attempt], Verdict | None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HistoryWindow", "History"))
        self.resize(1040, 520)
        self.history = history
        self.check = check
        self._sized = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("HistoryWindow",
                                                 "license key, owner, email, message…"))
        self.search.setToolTip(translate("HistoryWindow",
                                         "Accents and case do not matter: “muller” finds "
                                         "“Müller”."))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        for label in FILTERS:  # the English label stays the key; the user reads theirs
            self.filter.addItem(translate("HistoryWindow", label), label)
        search_label = PlainLabel(translate("HistoryWindow", "&Search:"))
        filter_label = PlainLabel(translate("HistoryWindow", "S&how:"))
        search_label.setBuddy(self.search)
        filter_label.setBuddy(self.filter)
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Size columns from the first 100 rows, not all 1,000 (≈10× faster to open).
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons, arrows move rows
        self.table.setAccessibleName(translate("HistoryWindow", "Assignment history"))
        # Where "Re-verify selected" answers: in this window, not behind it.
        self.result = PlainLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(translate("HistoryWindow", "Re-verification result"))
        self.result.hide()
        self.count = PlainLabel()
        self.reverify_button = QPushButton(translate("HistoryWindow", "&Re-verify selected"))
        self.export_button = QPushButton(translate("HistoryWindow", "E&xport…"))
        close = QPushButton(translate("HistoryWindow", "Close"))
        self.reverify_button.clicked.connect(self._reverify_selected)
        self.table.doubleClicked.connect(lambda _i: self._reverify_selected())
        self.export_button.clicked.connect(self.choose_export_file)
        close.clicked.connect(self.close)
        self.search.textChanged.connect(self.refresh)
        self.filter.currentIndexChanged.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.reverify_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(bottom)
        self.refresh()

    # --- what is shown -------------------------------------------------------------------------
    def filtered(self) -> bool:
        """Whether a search or a filter narrows the rows (the export then asks which)."""
        return bool(self.search.text().strip()) or (
            (self.filter.currentData() or "All attempts") != "All attempts")

    def _query(self, limit: int | None, after_id: int | None = None) -> list[Attempt]:
        verified, code, reason = FILTERS[self.filter.currentData() or "All attempts"]
        return history_search.search(self.history, self.search.text(), verified=verified,
                                     code=code, limit=limit, after_id=after_id, reason=reason)

    def refresh(self) -> None:
        rows = self._query(SHOWN_MAX)
        self.model.set_rows(rows)
        if not self._sized and rows:
            # Once: measuring every cell of 1,000 rows costs a few hundred ms, too much to
            # repeat per attempt. Later rows keep the widths the user sees (or set).
            self.table.resizeColumnsToContents()
            if self.table.columnWidth(MESSAGE_COLUMN) > MESSAGE_WIDTH_MAX:
                self.table.setColumnWidth(MESSAGE_COLUMN, MESSAGE_WIDTH_MAX)
            self._widen_message()
            self._sized = True
        self._update_count()

    def _widen_message(self) -> None:
        """Room the columns leave goes to the message (it elides first), not to the last
        column (the HTTP status, a three-digit number)."""
        header = self.table.horizontalHeader()
        last = header.count() - 1  # stretched: it would take whatever is left
        natural = max(header.sectionSizeHint(last), header.minimumSectionSize())
        spare = self.table.viewport().width() - natural - sum(
            header.sectionSize(c) for c in range(last))
        if spare > 0:
            self.table.setColumnWidth(MESSAGE_COLUMN,
                                      self.table.columnWidth(MESSAGE_COLUMN) + spare)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        if self._sized:  # once the layout has given the table its new width
            QTimer.singleShot(0, self._widen_message)

    def added(self, attempt_id: int) -> None:
        """A new attempt was recorded: insert what matches the current view, nothing more."""
        newest = (self.model.rows[0].id or 0) if self.model.rows else 0
        if newest >= attempt_id:
            return
        self.model.prepend(self._query(SHOWN_MAX, after_id=newest), SHOWN_MAX)
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rows
        if len(rows) == SHOWN_MAX:
            self.count.setText(translate("HistoryWindow",
                                         "Newest {count} shown: search or filter to narrow "
                                         "down (the export includes every "
                                         "match)").format(count=SHOWN_MAX))
            # More than shown: every row's count is cheap, a search's would cost a second scan
            # per keystroke (the export's question gives it).
            self.export_button.setText(
                translate("HistoryWindow", "E&xport filtered rows…") if self.filtered() else
                translate("HistoryWindow", "E&xport all %n row(s)…", None,
                          history_search.count_all(self.history)))
        else:
            self.count.setText(translate("HistoryWindow", "%n attempt(s)", None, len(rows)))
            # The button says what it writes: the rows in view, all of them or a filter's.
            self.export_button.setText(
                translate("HistoryWindow", "E&xport %n filtered row(s)…", None, len(rows))
                if self.filtered() else
                translate("HistoryWindow", "E&xport all %n row(s)…", None, len(rows)))
        self.reverify_button.setEnabled(bool(rows))
        self.export_button.setEnabled(bool(rows) or self.filtered())

    def selected(self) -> Attempt | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    # --- re-verify ------------------------------------------------------------------------------
    def _reverify_selected(self) -> None:
        attempt = self.selected()
        if attempt is None:
            return
        if not attempt.raw_body:
            inform(self, translate("HistoryWindow", "Nothing to verify"),
                   translate("HistoryWindow", "This attempt got no response: {detail}").format(
                       detail=localize(attempt.detail)))
            return
        if self.check is None:
            self.reverify.emit(attempt)
            return
        self.show_reverified(attempt, self.check(attempt))

    def show_reverified(self, attempt: Attempt, verdict: Verdict | None) -> None:
        """The re-check's answer under the table: the outcome it comes to (its tone), and the
        signature's verdict today."""
        text, tone = reverified_text(attempt, verdict)
        colour = tone_colours(tone, self.palette()).text if tone else ""
        self.result.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}"
                                  if colour else "")
        self.result.setText(text)
        self.result.show()

    # --- export ---------------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        rows = self._rows_to_export()
        if rows is None:
            return
        path = save_file(self, translate("HistoryWindow", "Export history"),
                         "licensegui-history.csv",
                         translate("HistoryWindow",
                                   "CSV (*.csv);;Excel workbook (*.xlsx)"))
        if path and self.export_to(path, rows):
            inform(self, translate("HistoryWindow", "Exported"),
                   translate("HistoryWindow", "Exported %n row(s) to {path}.", None,
                             len(rows)).format(path=path))

    def _rows_to_export(self) -> list[Attempt] | None:
        """The rows the user means: with a search or filter on, asked (the filtered rows, or
        all); None when they cancel or the history cannot be read."""
        try:
            shown = self._query(None)
            if not self.filtered():
                return shown
            every = self.history.query(limit=None)
        except (HistoryError, sqlite3.Error) as exc:
            warn(self, translate("HistoryWindow", "Not exported"), str(exc))
            return None
        choice = choose_scope(self, len(shown), len(every))
        return None if choice is None else shown if choice else every

    def export_to(self, path: str, rows: list[Attempt] | None = None) -> bool:
        """Write ``rows`` (by default the rows in view, uncapped) to ``path``: ``.xlsx`` by its
        suffix, else CSV with the locale's list separator."""
        try:
            attempts = self._query(None) if rows is None else rows
            # Written whole or not at all; CSV in UTF-8 with a BOM so Excel reads accents.
            history_export.write_export(Path(path), attempts, csv_separator())
        except OSError as exc:
            warn(self, translate("HistoryWindow", "Not exported"),
                 translate("HistoryWindow",
                           "Could not write: {reason}.").format(reason=exc.strerror or exc))
            return False
        except (HistoryError, sqlite3.Error) as exc:
            warn(self, translate("HistoryWindow", "Not exported"), str(exc))
            return False
        return True


def csv_separator() -> str:
    """The user's locale's list separator: ``;`` where the decimal separator is a comma."""
    return history_export.list_separator(QLocale().decimalPoint())


def choose_scope(parent: QWidget, shown: int, every: int) -> bool | None:
    """Asks: True for the filtered rows, False for all, None for Cancel."""
    box = message_box(parent, QMessageBox.Icon.Question,
                      translate("HistoryWindow", "Export history"),
                      translate("HistoryWindow",
                                "A search or filter is on: {shown} of {every} rows match. "
                                "Which rows should be exported?").format(shown=shown,
                                                                         every=every))
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    filtered = box.addButton(translate("HistoryWindow", "Export %n filtered row(s)", None,
                                       shown), QMessageBox.ButtonRole.AcceptRole)
    everything = box.addButton(translate("HistoryWindow", "Export all %n row(s)", None, every),
                               QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("MainWindow", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(filtered)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is filtered else False if clicked is everything else None


def reverified_text(attempt: Attempt, verdict: Verdict | None) -> tuple[str, str]:
    """The result panel's sentence and its tone ("" when nothing was checked)."""
    if verdict is None:
        return (translate("HistoryWindow",
                          "Attempt #{id} was not re-verified: see the main window.").format(
                              id=attempt.id), "")
    outcome = headline(outcome_of_answer(verdict.verified, verdict.code, verdict.reason,
                                         attempt.http_status))
    if verdict.verified:
        seal = translate("HistoryWindow", "signature verified with today's keys ({key})").format(
            key=verdict.key_label or "?")
    else:
        seal = translate("HistoryWindow", "signature NOT verified: {why} ({reason})").format(
            why=localize(short_reason_for(verdict.reason, verdict.key_label)),
            reason=verdict.reason)
    return (translate("HistoryWindow", "Attempt #{id} re-verified: {outcome} — {seal}.").format(
        id=attempt.id, outcome=outcome_text(outcome), seal=seal), outcome.tone)
