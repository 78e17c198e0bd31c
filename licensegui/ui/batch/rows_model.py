"""The batch's rows as a table: one line per input row, its outcome as the headline.

A row with an answer (or a known fate) shows the shared outcome headline of ``core/headline.py``
— its symbol, its words and its tone's colour — so a refusal never wears a check mark or the
success colour; the signature is its proof, in the status cell's tooltip. Rows that are no
request (invalid, duplicate) or not answered yet keep their own words."""

from __future__ import annotations

import collections
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from licensegui.core.batch.export import outcome_words
from licensegui.core.batch.records import JournalRow
from licensegui.core.batch.runner import MAYBE_ASSIGNED_EARLIER_SENTENCE
from licensegui.core.codes import Outcome, Reason, RowState, RowStatus
from licensegui.core.envelope import clean_untrusted
from licensegui.core.headline import Headline, headline, outcome_of_row
from licensegui.core.outcome import MESSAGE_SHOWN_MAX, short_reason_for
from licensegui.core.text import Text
from licensegui.ui.batch.table_rows import TableRows, status_of
from licensegui.ui.i18n import QT_TRANSLATE_NOOP, localize, said, translate
from licensegui.ui.outcome_icons import outcome_icon
from licensegui.ui.plain import tooltip
from licensegui.ui.resources import icon
from licensegui.ui.table_model import ColumnsModel, Index
from licensegui.ui.tones import tone_text_colour

COLUMNS = (QT_TRANSLATE_NOOP("BatchWindow", "Row"), QT_TRANSLATE_NOOP("BatchWindow", "Status"),
           QT_TRANSLATE_NOOP("BatchWindow", "License key"),
           QT_TRANSLATE_NOOP("BatchWindow", "Owner"), QT_TRANSLATE_NOOP("BatchWindow", "Email"),
           QT_TRANSLATE_NOOP("BatchWindow", "Code"),
           QT_TRANSLATE_NOOP("BatchWindow", "Message or reason"))
#: Status → (icon, word). Icon and word, never colour alone.
BADGES = {
    RowStatus.ASSIGNED: ("verified", QT_TRANSLATE_NOOP("BatchWindow", "Assigned")),
    RowStatus.REFUSED: ("verified", QT_TRANSLATE_NOOP("BatchWindow", "Refused")),
    RowStatus.NOT_VERIFIED: ("unverified", QT_TRANSLATE_NOOP("BatchWindow", "NOT verified")),
    RowState.INVALID: ("unverified", QT_TRANSLATE_NOOP("BatchWindow", "Invalid")),
    RowState.DUPLICATE: ("pending", QT_TRANSLATE_NOOP("BatchWindow", "Duplicate")),
    RowStatus.NOT_SENT: ("pending", QT_TRANSLATE_NOOP("BatchWindow", "Waiting")),
    RowState.SENT: ("pending", QT_TRANSLATE_NOOP("BatchWindow", "Sent, no answer yet")),
    RowStatus.BLANK: ("pending", QT_TRANSLATE_NOOP("BatchWindow", "Blank row")),
}


class BatchRowsModel(ColumnsModel):
    """The batch's rows, in file order; updated in place as answers arrive."""

    columns = COLUMNS
    context = "BatchWindow"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[JournalRow] = []
        # How many rows have each status, kept up to date row by row: recounting 100,000
        # rows ten times a second would be GUI-thread work competing with the workers.
        self.counts: collections.Counter[str] = collections.Counter()
        self._icons: dict[str, Any] = {}
        self._problem = QBrush(QColor(255, 80, 60, 48))
        self._colours: dict[str, QColor] = {}
        self._positions: dict[int, int] | None = None
        self._first = 1

    def set_rows(self, table: TableRows) -> None:
        """Show ``table`` (made off the GUI thread: :func:`table_rows`)."""
        self.beginResetModel()
        self._colours.clear()  # the palette may have changed (light/dark) since
        self.rows, self._first, self._positions = table.rows, table.first, table.positions
        self.counts = table.counts
        self.endResetModel()

    def update(self, changed: list[JournalRow]) -> None:
        """Replace rows by number; one dataChanged for the span they cover."""
        if not changed or not self.rows:
            return
        first = last = None
        for row in changed:
            i = self.position(row.n)
            if i is not None:
                self.counts[status_of(self.rows[i])] -= 1
                self.counts[status_of(row)] += 1
                self.rows[i] = row
                first = i if first is None else min(first, i)
                last = i if last is None else max(last, i)
        if first is not None and last is not None:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def position(self, n: int) -> int | None:
        """The model row of the row numbered ``n`` (None: not in the table)."""
        if self._positions is not None:
            return self._positions.get(n)
        i = n - self._first  # numbered as the sheet does, without gaps
        return i if 0 <= i < len(self.rows) else None

    @property
    def to_send(self) -> int:
        """Rows that are requests: not invalid, not duplicates, not blank."""
        return len(self.rows) - sum(self.counts[s] for s in (
            RowState.INVALID, RowState.DUPLICATE, RowStatus.BLANK))

    @property
    def waiting(self) -> int:
        """Rows still to be answered: not sent yet, or sent without an answer."""
        return self.counts[RowStatus.NOT_SENT] + self.counts[RowState.SENT]

    def _icon(self, name: str) -> Any:
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]

    def _colour(self, tone: str) -> QColor:
        if tone not in self._colours:
            self._colours[tone] = tone_text_colour(tone, QGuiApplication.palette())
        return self._colours[tone]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        status = status_of(row)
        col = index.column()
        shown = row_headline(row) if col == 1 else None
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            # An outcome's own symbol, in its colour (never the "verified" tick beside a
            # refusal: one sign per cell); a row's state its badge.
            if shown is not None:
                return outcome_icon(shown.icon, self._colour(shown.tone))
            return self._icon(BADGES[status][0])
        if role == Qt.ItemDataRole.ForegroundRole and shown is not None:
            return self._colour(shown.tone)
        if role == Qt.ItemDataRole.BackgroundRole and status in (RowState.INVALID,
                                                                 RowStatus.NOT_VERIFIED):
            return self._problem
        if role == Qt.ItemDataRole.ToolTipRole:
            detail = row_detail(row) if row.detail else ""
            if shown is not None:
                detail = "\n".join(filter(None, (status_text(row), signature_line(row), detail)))
            return tooltip(detail) if detail else None
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 1:
            return status_text(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        verified = row.verified and status in (RowStatus.ASSIGNED, RowStatus.REFUSED)
        if col == 0:
            return str(row.n)
        if col == 1:
            return status_text(row)
        if col == 2:
            return clean_untrusted(row.license_key, 80)
        if col == 3:
            return said(clean_untrusted(row.owner_name, 80))
        if col == 4:
            return said(clean_untrusted(row.email, 80))
        if col == 5:
            return str(row.code) if verified and row.code is not None else ""
        text = row.message if verified and status == RowStatus.ASSIGNED else (
            row_detail(row) or row.reason)
        if status == RowStatus.REFUSED:
            text = f"{row.message} — {row_detail(row)}" if row.message else row_detail(row)
        return clean_untrusted(text or "", MESSAGE_SHOWN_MAX)


def row_headline(row: JournalRow) -> Headline | None:
    """The outcome headline of a row that has one: answered, answered by this computer's
    record, or sent and left without an answer (why is kept); None for rows that are no
    request or are still waiting."""
    outcome = outcome_of_row(row.status, row.reason, row.code)
    return headline(outcome) if outcome is not None else None


def status_text(row: JournalRow) -> str:
    """The status cell: the headline (symbol and words, with the refusal's code), or the
    row's own state; a row the server answered after more than one send says so."""
    shown = row_headline(row)
    if shown is None:
        return translate("BatchWindow", BADGES[status_of(row)][1])
    text = outcome_words(row, localize)  # its symbol is drawn beside it (DecorationRole)
    if row.sends > 1 and row.status:
        text = translate("BatchWindow", "{status} · sent %n times", None, row.sends).format(
            status=text)
    return text


def signature_line(row: JournalRow) -> str:
    """The headline's proof, apart from it: whether the answer's signature verified."""
    if row.status in (RowStatus.ASSIGNED, RowStatus.REFUSED):
        return (translate("BatchWindow", "Signature verified") if row.verified
                else translate("BatchWindow", "Signature NOT verified"))
    if row.status == RowStatus.NOT_VERIFIED:
        return translate("BatchWindow", "Signature NOT verified")
    if row.status in (RowStatus.ALREADY_ASSIGNED, RowStatus.ASSIGNED_ELSEWHERE):
        return translate("BatchWindow", "Not sent: this computer's record of a verified answer")
    return ""


def status_samples() -> list[str]:
    """Every status cell's longest form in the current language (the column is sized to fit
    them, whatever the rows on screen)."""
    samples = [translate("BatchWindow", word) for _, word in BADGES.values()]
    for outcome in Outcome:
        shown = headline(outcome)
        text = localize(shown.words)
        if outcome in (Outcome.REFUSED, Outcome.API_KEY_REFUSED, Outcome.ACCESS_DENIED):
            text += " (000)"  # the widest code a refusal names
        samples.append(text)
    return samples


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
    if status == RowStatus.ASSIGNED:
        return translate("BatchWindow", "Assigned.")
    if status == RowStatus.REFUSED:
        if row.reason == Reason.MAYBE_ASSIGNED_EARLIER:
            return localize(MAYBE_ASSIGNED_EARLIER_SENTENCE)
        return translate("BatchWindow", "Refused: code {code}.").format(code=row.code)
    if status == RowStatus.NOT_VERIFIED:
        return translate("BatchWindow", "Not verified: {why}.").format(
            why=localize(short_reason_for(row.reason, None)))
    if row.reason in _INVALID_SENTENCES:
        return translate("BatchWindow", _INVALID_SENTENCES[row.reason])
    return row.detail
