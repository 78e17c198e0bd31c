"""The batch table follows the rows being worked on — unless the user scrolled away.

A run of 100,000 rows leaves the first screenful behind in seconds. The table scrolls (as
little as needed) to the furthest row that changed; when the user scrolls themselves it stops
following, and takes up following again once they bring the running rows back into view or
scroll to the end."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView


class RowFollower(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.following = True
        self._target: int | None = None
        self._scrolling = False  # set while the scroll is ours, not the user's
        table.verticalScrollBar().valueChanged.connect(self._scrolled)

    def reset(self) -> None:
        """A new run or new rows: follow from the start again."""
        self.following = True
        self._target = None

    def advance(self, row: int) -> None:
        """Rows up to ``row`` (a model row) changed: keep it in view if following."""
        if self._target is not None and row < self._target:
            return  # a late answer further up: the frontier stays where it is
        self._target = row
        if not self.following:
            return
        model = self.table.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        self._scrolling = True
        try:
            self.table.scrollTo(model.index(row, 0),
                                QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._scrolling = False

    def _scrolled(self, value: int) -> None:
        if self._scrolling:
            return
        bar = self.table.verticalScrollBar()
        self.following = value >= bar.maximum() or self._target_in_view()

    def _target_in_view(self) -> bool:
        if self._target is None:
            return True
        viewport = self.table.viewport().rect()
        first = self.table.rowAt(viewport.top())
        last = self.table.rowAt(viewport.bottom() - 1)
        if first < 0:
            return False
        if last < 0:  # fewer rows than the viewport holds
            last = self.table.model().rowCount() - 1
        return first <= self._target <= last
