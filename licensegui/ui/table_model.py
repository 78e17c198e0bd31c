"""The part every read-only table of ours shares: rows under fixed column headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class ColumnsModel(QAbstractTableModel):
    """Subclasses set ``columns`` and keep ``rows``; they answer ``data`` themselves."""

    #: English headers (marked with QT_TRANSLATE_NOOP in ``context``), shown translated.
    columns: tuple[str, ...] = ()
    context = "ColumnsModel"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.context, self.columns[section])
        return None
