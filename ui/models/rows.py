"""Table models over lists the services return (no widgets filled in loops)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex


class Column:
    def __init__(self, header: str, text: Callable[[Any], Any], *, colour: Callable[[Any], str | None] | None = None,
                 right: bool = False) -> None:
        self.header, self.text, self.colour, self.right = header, text, colour, right


class RowsModel(QAbstractTableModel):
    """A read-only table of records; ``key`` gives each row's id for actions."""

    def __init__(self, columns: Sequence[Column], key: Callable[[Any], int]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.key = key
        self.rows: list[Any] = []

    def load(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.text(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
            c = col.colour(row)
            return QColor(c) if c else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.key(row)
        return None

    def id_at(self, row: int) -> int | None:
        return self.key(self.rows[row]) if 0 <= row < len(self.rows) else None


class PagedModel(RowsModel):
    """Rows fetched a page at a time from ``fetch(offset, limit)`` as the view scrolls."""

    PAGE = 200

    def __init__(self, columns: Sequence[Column], count: Callable[[], int],
                 fetch: Callable[[int, int], Sequence[Any]], key: Callable[[Any], int] = lambda r: r.id) -> None:
        super().__init__(columns, key)
        self._count, self._fetch = count, fetch
        self.total = 0

    def reload(self) -> None:
        self.beginResetModel()
        self.total = self._count()
        self.rows = list(self._fetch(0, self.PAGE))
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = list(self._fetch(len(self.rows), self.PAGE))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
