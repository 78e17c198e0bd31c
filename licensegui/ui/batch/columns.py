"""Column widths of the batch table that fit every language.

``resizeColumnsToContents`` measures the rows on screen at that moment — in a preview every
status reads "Waiting", so the column was cut once the rows said "Zugewiesen" or "Abgelehnt
(801)". The Status column is sized instead for the header and the longest status any row can
have, in the language in use, once, when rows are shown."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QTableView

from licensegui.ui.batch.rows_model import status_samples

STATUS_COLUMN = 1


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
