"""Column widths of the batch table that fit every language.

``resizeColumnsToContents`` measures the rows on screen at that moment — in a preview every
status reads "Waiting", so the column was cut once the rows said "Zugewiesen" or "Abgelehnt
(801)". The Status column is sized instead for the header and the longest status any row can
have, in the language in use, once, when rows are shown."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QTableView

from licensegui.ui.batch.rows_model import status_samples

STATUS_COLUMN = 1
#: The columns of the row's data, in the order they give way (their cells elide) so that the
#: message or reason, the last column, stays on screen at the default width: email, owner,
#: and the license key last (QA reads it whole).
DATA_COLUMNS = (4, 3, 2)
REASON_MIN_WIDTH = 240
DATA_MIN_WIDTH = 110


def status_width(table: QTableView) -> int:
    """The width every status fits in: the widest text, a decoration's room and the cell's
    margins (a little room spare: fonts differ in their last pixel)."""
    metrics = table.fontMetrics()
    style = table.style()
    margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    icon = table.iconSize().width()
    if icon <= 0:
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
    widest = max(metrics.horizontalAdvance(text) for text in status_samples())
    title = table.model().headerData(STATUS_COLUMN, table.horizontalHeader().orientation())
    header = table.horizontalHeader().fontMetrics().horizontalAdvance(str(title or "")) + 24
    return max(widest + icon + margins + 12, header)


def fit_columns(table: QTableView) -> None:
    """Size the columns to their contents, the Status column to every status it may show."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    need = status_width(table)
    if header.sectionSize(STATUS_COLUMN) < need:
        header.resizeSection(STATUS_COLUMN, need)
    leave_room_for_reason(table)


def leave_room_for_reason(table: QTableView) -> None:
    """Narrow the data columns in :data:`DATA_COLUMNS`' order, never below
    :data:`DATA_MIN_WIDTH` (nor their titles), until
    the last column (the message or reason: why a row is what it is) has
    :data:`REASON_MIN_WIDTH` within the table's width. A UUID key and a long email took the
    whole width at the default window size, and the reason was scrolled out of sight."""
    header = table.horizontalHeader()
    last = header.count() - 1
    used = sum(header.sectionSize(c) for c in range(last) if not table.isColumnHidden(c))
    short = used + REASON_MIN_WIDTH - table.viewport().width()
    for column in DATA_COLUMNS:
        if short <= 0:
            break
        floor = max(DATA_MIN_WIDTH, header.sectionSizeHint(column))  # its title stays whole
        give = min(short, header.sectionSize(column) - floor)
        if give > 0:
            header.resizeSection(column, header.sectionSize(column) - give)
            short -= give
