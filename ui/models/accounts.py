"""The account list: a table model over AccountService.rows, filtered and sorted in memory.

The rows (ids, names, search keys, aggregates) are read once per reload; a
search keystroke filters them in memory against the stored pinyin search keys,
and the view receives rows lazily through fetchMore.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kam.services.accounts import AccountRow, AccountService
from kam.text import fold
from kam.vocab import PlanStatus, Tier, label, tier_label

Index = QModelIndex | QPersistentModelIndex
TIER_ORDER = {Tier.PLATINUM: 0, Tier.GOLD: 1, Tier.IRON: 2, Tier.LEAD: 3, None: 4}


def _collation(r: AccountRow) -> str:
    """Chinese names sort by their pinyin, others by their folded name."""
    return next((t for t in r.search_key.split() if t.isascii()), fold(r.name))


class AccountTableModel(QAbstractTableModel):
    COLUMNS = ("name", "tier", "ka_type", "owner", "last_visit", "plan")
    BATCH = 200  # rows handed to the view per fetchMore

    def __init__(self, service: AccountService, lang: str = "en", plan_status: Any = None) -> None:
        super().__init__()
        self._service = service
        self._plan_status = plan_status  # callable -> {account_id: PlanStatus}
        self._lang = lang
        self._loaded: list[AccountRow] = []
        self._all: list[AccountRow] = []
        self._plans: dict[int, PlanStatus] = {}
        self._shown = 0
        self._query = ""
        self.filters: dict[str, Any] = {"tier": None, "ka_type": None, "owner_id": None}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # --- loading, filtering, sorting

    def reload(self, query: str | None = None) -> None:
        """Re-read the list from the database (after a change); keeps search, filters and sort."""
        self._loaded = self._service.rows()
        self._plans = self._plan_status() if self._plan_status else {}
        self.refilter(query)

    def refilter(self, query: str | None = None) -> None:
        """Apply the search text and filters in memory (one keystroke: no database round trip)."""
        if query is not None:
            self._query = query
        q = fold(self._query.strip())
        f = self.filters
        rows = [r for r in self._loaded
                if (not q or q in r.search_key or q in fold(r.name))
                and (f["tier"] is None or r.tier == f["tier"])
                and (f["ka_type"] is None or r.ka_type == f["ka_type"])
                and (f["owner_id"] is None or r.owner_id == f["owner_id"])]
        ordered = self._sorted(rows)  # before the reset: nothing can leave the model between begin and end
        self.beginResetModel()
        try:
            self._all = ordered
            self._shown = min(self.BATCH, len(self._all))
        finally:
            self.endResetModel()

    def _sorted(self, rows: list[AccountRow]) -> list[AccountRow]:
        column, order = self._sort
        key = {0: lambda r: _collation(r),
               1: lambda r: TIER_ORDER[r.tier], 2: lambda r: r.ka_type.value,
               3: lambda r: r.owner or "", 4: lambda r: r.last_visit.toordinal() if r.last_visit else 0,
               5: lambda r: str(self._plans.get(r.id) or "~")}[column]
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._all = self._sorted(self._all)
        self.layoutChanged.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        n = min(self.BATCH, len(self._all) - self._shown)
        if n <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + n - 1)
        self._shown += n
        self.endInsertRows()

    # --- model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def account_id(self, row: int) -> int | None:
        return self._all[row].id if 0 <= row < self._shown else None

    def row_of(self, account_id: int) -> int | None:
        for i, r in enumerate(self._all):
            if r.id == account_id:
                while i >= self._shown and self.canFetchMore():
                    self.fetchMore()
                return i
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        r = self._all[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "name":
                return r.name
            if col == "tier":
                return tier_label(r.tier, self._lang)
            if col == "ka_type":
                return label(r.ka_type, self._lang)
            if col == "owner":
                return r.owner or ""
            if col == "last_visit":
                return r.last_visit.isoformat() if r.last_visit else "—"
            if col == "plan":
                status = self._plans.get(r.id)
                return label(status, self._lang) if status else "—"
        if role == Qt.ItemDataRole.ToolTipRole and col == "name":
            return "\n".join(x for x in (r.name_zh, r.name_en) if x)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Account"), self.tr("Tier"), self.tr("Type"), self.tr("Owner"), self.tr("Last visit"),
                self.tr("Plan"))[section]
