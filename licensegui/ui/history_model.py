"""The history as a table: what became of each attempt (Outcome) apart from whether its answer
is authentic (Signature), so an authentic refusal reads "✖ Refused" in the refusal's colour
and "Verified" beside it — never a success (issue 19)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from licensegui.core.codes import NO_ANSWER_REASONS, Reason, reason_words
from licensegui.core.envelope import clean_untrusted
from licensegui.core.headline import Headline, headline, outcome_of_answer
from licensegui.core.history import Attempt
from licensegui.core.outcome import MESSAGE_SHOWN_MAX, short_reason_for
from licensegui.core.session import DEMO_PROFILE
from licensegui.ui.i18n import QT_TRANSLATE_NOOP, local_time, localize, said, translate
from licensegui.ui.outcome_icons import outcome_icon
from licensegui.ui.plain import tooltip
from licensegui.ui.resources import icon
from licensegui.ui.table_model import ColumnsModel, Index
from licensegui.ui.tones import tone_text_colour

# The outcome first, then its proof: the columns that matter most are never behind a scroll
# bar.
COLUMNS = (QT_TRANSLATE_NOOP("HistoryWindow", "Outcome"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Signature"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Time"),
           QT_TRANSLATE_NOOP("HistoryWindow", "License key"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Owner"), QT_TRANSLATE_NOOP("HistoryWindow", "Code"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Message"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Email"),
           QT_TRANSLATE_NOOP("HistoryWindow", "Profile"),
           QT_TRANSLATE_NOOP("HistoryWindow", "HTTP"))
OUTCOME_COLUMN = 0
SIGNATURE_COLUMN = 1
MESSAGE_COLUMN = COLUMNS.index(QT_TRANSLATE_NOOP("HistoryWindow", "Message"))


def answered(a: Attempt) -> bool:
    return a.raw_body is not None or a.http_status is not None


def headline_of(a: Attempt) -> Headline:
    return headline(outcome_of_answer(a.verified, a.code, a.reason, a.http_status))


def outcome_text(h: Headline) -> str:
    """"Refused": the words (the symbol is drawn beside them: :func:`outcome_icon`), so the
    outcome never rests on colour alone."""
    return localize(h.words)


def signature_text(a: Attempt) -> str:
    if a.verified:
        return translate("HistoryWindow", "Verified")
    if answered(a):
        return translate("HistoryWindow", "NOT verified: {why}").format(
            why=localize(short_reason_for(a.reason, None)))
    return translate("HistoryWindow", "No answer")


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
        if column == OUTCOME_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            # The outcome's own colour family: a refusal is never the success green.
            return tone_text_colour(headline_of(a).tone, QGuiApplication.palette())
        if role == Qt.ItemDataRole.DecorationRole and column == OUTCOME_COLUMN:
            line = headline_of(a)  # the symbol, drawn in the outcome's colour
            return outcome_icon(line.icon, tone_text_colour(line.tone,
                                                            QGuiApplication.palette()))
        if role == Qt.ItemDataRole.DecorationRole and column == SIGNATURE_COLUMN:
            return icon("verified" if a.verified else "unverified" if answered(a) else "pending")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (outcome_text(headline_of(a)), signature_text(a), local_time(a.at),
                  a.license_key, said(a.owner_name), "" if a.code is None else str(a.code),
                  _what_happened(a) + _links(a), said(a.email), profile_name(a.profile),
                  "" if a.http_status is None else str(a.http_status))
        return values[column]

    @staticmethod
    def _tooltip(a: Attempt, column: int) -> str:
        if column == OUTCOME_COLUMN:
            return tooltip(f"{outcome_text(headline_of(a))}: {_what_happened(a)}")
        if column == SIGNATURE_COLUMN:
            if a.verified:
                return tooltip(translate("HistoryWindow", "Verified."))
            if not answered(a):
                return tooltip(f"{_what_happened(a)} {localize(a.detail)}")
            return tooltip(translate("HistoryWindow", "NOT verified: {why} ({reason}).")
                           .format(why=localize(short_reason_for(a.reason, None)),
                                   reason=a.reason) + f" {localize(a.detail)}")
        if column == MESSAGE_COLUMN:
            return tooltip(clean_untrusted(a.message or localize(a.detail),
                                           MESSAGE_SHOWN_MAX * 5) + _links(a))
        return tooltip(localize(a.detail))


def profile_name(name: str) -> str:
    """A recorded profile's name; the built-in demo's in the language shown now (it was
    recorded in the language of its day)."""
    return localize(DEMO_PROFILE) if name == str(DEMO_PROFILE) else name


def _links(a: Attempt) -> str:
    """A repeat sent deliberately, and the unknown outcome an answer resolved, said so."""
    said = ""
    if a.repeat:
        said += " · " + translate("HistoryWindow", "sent again (repeat)")
    if a.resolves is not None:
        said += " · " + translate("HistoryWindow", "resolves attempt #{id}").format(id=a.resolves)
    return said


def _what_happened(a: Attempt) -> str:
    """The message column: the server's own words when it sent any, else ours."""
    if a.message:
        return clean_untrusted(a.message, MESSAGE_SHOWN_MAX)
    if answered(a):
        return localize(short_reason_for(a.reason, None))
    # The English sentence recorded stays in the tooltip.
    if a.reason in NO_ANSWER_REASONS or a.reason == Reason.UNKNOWN:
        return localize(reason_words(a.reason))
    return clean_untrusted(localize(a.detail), MESSAGE_SHOWN_MAX)
