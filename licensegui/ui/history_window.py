"""History: every attempt, searchable, filterable, re-verifiable, exportable as CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from licensegui.core.codes import NO_ANSWER_REASONS, Reason, reason_words
from licensegui.core.envelope import clean_untrusted
from licensegui.core.history import Attempt, HistoryStore
from licensegui.core.outcome import MESSAGE_SHOWN_MAX, short_reason_for
from licensegui.ui.i18n import QT_TRANSLATE_NOOP, local_time, localize, translate
from licensegui.ui.plain import PlainLabel, inform, tooltip, warn
from licensegui.ui.resources import icon
from licensegui.ui.table_model import ColumnsModel, Index

# The verdict first: the one column that matters most is never behind a scroll bar.
COLUMNS = (QT_TRANSLATE_NOOP("HistoryWindow", "Verdict"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Time"),
           QT_TRANSLATE_NOOP("HistoryWindow", "License key"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Owner"), QT_TRANSLATE_NOOP("HistoryWindow", "Code"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Message"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Email"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Profile"),
           QT_TRANSLATE_NOOP("HistoryWindow", "HTTP"))
MESSAGE_COLUMN = COLUMNS.index(QT_TRANSLATE_NOOP("HistoryWindow", "Message"))
#: Widest the message column is sized to; longer messages elide (the tooltip has them whole).
MESSAGE_WIDTH_MAX = 260
#: Filter label → (verified, code) arguments for HistoryStore.query.
FILTERS: dict[str, tuple[bool | None, int | None]] = {
    QT_TRANSLATE_NOOP("HistoryWindow", "All attempts"): (None, None),
    QT_TRANSLATE_NOOP("HistoryWindow", "Verified"): (True, None),
    QT_TRANSLATE_NOOP("HistoryWindow", "NOT verified"): (False, None),
    QT_TRANSLATE_NOOP("HistoryWindow", "Assigned (800)"): (True, 800),
    QT_TRANSLATE_NOOP("HistoryWindow", "Refused (801)"): (True, 801),
}


#: Rows the table shows; the export is not capped.
SHOWN_MAX = 1000


class HistoryModel(ColumnsModel):
    columns = COLUMNS
    context = "HistoryWindow"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Attempt] = []

    def set_rows(self, rows: list[Attempt]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def prepend(self, rows: list[Attempt], cap: int) -> None:
        """Newer attempts on top, without resetting the view (selection and scroll stay)."""
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self.rows[:0] = rows
        self.endInsertRows()
        if len(self.rows) > cap:
            self.beginRemoveRows(QModelIndex(), cap, len(self.rows) - 1)
            del self.rows[cap:]
            self.endRemoveRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        a = self.rows[index.row()]
        column = index.column()
        answered = a.raw_body is not None or a.http_status is not None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icon("verified" if a.verified else "unverified" if answered else "pending")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                if a.verified:
                    return tooltip(translate("HistoryWindow", "Verified."))
                if not answered:
                    return tooltip(f"{_what_happened(a, answered)} ({a.reason}) {a.detail}")
                return tooltip(translate("HistoryWindow", "NOT verified: {why} ({reason}).")
                               .format(why=localize(short_reason_for(a.reason, None)),
                                       reason=a.reason) + f" {a.detail}")
            if column == MESSAGE_COLUMN:
                return tooltip(clean_untrusted(a.message or a.detail, MESSAGE_SHOWN_MAX * 5))
            return tooltip(a.detail)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        verdict = (translate("HistoryWindow", "Verified") if a.verified else
                   translate("HistoryWindow", "NOT verified") if answered else
                   translate("HistoryWindow", "Outcome unknown") if a.reason == Reason.UNKNOWN
                   else translate("HistoryWindow", "No answer"))
        values = (verdict, local_time(a.at), a.license_key, a.owner_name,
                  "" if a.code is None else str(a.code),
                  _what_happened(a, answered) + _links(a), a.email, a.profile,
                  "" if a.http_status is None else str(a.http_status))
        return values[column]


def _links(a: Attempt) -> str:
    """A repeat sent deliberately, and the unknown outcome an answer resolved, said so."""
    said = ""
    if a.repeat:
        said += " · " + translate("HistoryWindow", "sent again (repeat)")
    if a.resolves is not None:
        said += " · " + translate("HistoryWindow", "resolves attempt #{id}").format(id=a.resolves)
    return said


def _what_happened(a: Attempt, answered: bool) -> str:
    """The message column: the server's own words when it sent any, else ours."""
    if a.message:
        return clean_untrusted(a.message, MESSAGE_SHOWN_MAX)
    if answered:
        return localize(short_reason_for(a.reason, None))
    # The English sentence recorded stays in the tooltip.
    if a.reason in NO_ANSWER_REASONS or a.reason == Reason.UNKNOWN:
        return localize(reason_words(a.reason))
    return clean_untrusted(a.detail, MESSAGE_SHOWN_MAX)


class HistoryWindow(QDialog):
    """Emits ``reverify(attempt)``: the main window re-checks it with today's keys."""

    reverify = Signal(object)

    def __init__(self, history: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HistoryWindow", "History"))
        self.resize(980, 480)
        self.history = history
        self._sized = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("HistoryWindow",
                                                 "license key, owner, email, message…"))
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
        self.count = PlainLabel()
        self.reverify_button = QPushButton(translate("HistoryWindow", "&Re-verify selected"))
        self.export_button = QPushButton(translate("HistoryWindow", "E&xport CSV…"))
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
        layout.addLayout(bottom)
        self.refresh()

    def _query(self, limit: int | None) -> list[Attempt]:
        verified, code = FILTERS[self.filter.currentData() or "All attempts"]
        return self.history.query(self.search.text().strip(), verified=verified, code=code,
                                  limit=limit)

    def refresh(self) -> None:
        rows = self._query(SHOWN_MAX)
        self.model.set_rows(rows)
        if not self._sized and rows:
            # Once: measuring every cell of 1,000 rows costs a few hundred ms, too much to
            # repeat per attempt. Later rows keep the widths the user sees (or set).
            self.table.resizeColumnsToContents()
            if self.table.columnWidth(MESSAGE_COLUMN) > MESSAGE_WIDTH_MAX:
                self.table.setColumnWidth(MESSAGE_COLUMN, MESSAGE_WIDTH_MAX)
            self._sized = True
        self._update_count()

    def added(self, attempt_id: int) -> None:
        """A new attempt was recorded: insert what matches the current view, nothing more."""
        newest = (self.model.rows[0].id or 0) if self.model.rows else 0
        if newest >= attempt_id:
            return
        verified, code = FILTERS[self.filter.currentData() or "All attempts"]
        rows = self.history.query(self.search.text().strip(), verified=verified, code=code,
                                  limit=SHOWN_MAX, after_id=newest)
        self.model.prepend(rows, SHOWN_MAX)
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rows
        if len(rows) == SHOWN_MAX:
            self.count.setText(translate("HistoryWindow",
                                         "Newest {count} shown: search or filter to narrow "
                                         "down (CSV export includes every "
                                         "match)").format(count=SHOWN_MAX))
        else:
            self.count.setText(translate("HistoryWindow", "%n attempt(s)", None, len(rows)))
        self.reverify_button.setEnabled(bool(rows))
        self.export_button.setEnabled(bool(rows))

    def selected(self) -> Attempt | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _reverify_selected(self) -> None:
        attempt = self.selected()
        if attempt is None:
            return
        if not attempt.raw_body:
            inform(self, translate("HistoryWindow", "Nothing to verify"),
                   translate("HistoryWindow", "This attempt got no response: {detail}").format(
                       detail=attempt.detail))
            return
        self.reverify.emit(attempt)

    def choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("HistoryWindow", "Export history"),
                                              "licensegui-history.csv",
                                              translate("HistoryWindow", "CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        try:
            # Written whole or not at all; UTF-8 with a BOM so Excel reads accents.
            self.history.write_csv(Path(path), self._query(None))
        except OSError as exc:
            warn(self, translate("HistoryWindow", "Not exported"),
                 translate("HistoryWindow",
                           "Could not write: {reason}.").format(reason=exc.strerror or exc))
            return False
        return True
