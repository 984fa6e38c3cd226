"""The account list: a table model over AccountService.rows (ids and display rows, no widgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kam.services.accounts import AccountRow, AccountService
from kam.vocab import TIER_NUMERAL, label

Index = QModelIndex | QPersistentModelIndex


class AccountTableModel(QAbstractTableModel):
    COLUMNS = ("name", "tier", "ka_type", "owner", "people", "last_visit")
    BATCH = 200  # rows handed to the view per fetchMore

    def __init__(self, service: AccountService, lang: str = "en") -> None:
        super().__init__()
        self._service = service
        self._lang = lang
        self._all: list[AccountRow] = []
        self._shown = 0
        self._query = ""

    # --- loading

    def reload(self, query: str | None = None) -> None:
        """Re-read the list (after a change or a new search); the view gets rows lazily."""
        if query is not None:
            self._query = query
        self.beginResetModel()
        self._all = self._service.rows(query=self._query or None)
        self._shown = min(self.BATCH, len(self._all))
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(self.COLUMNS) - 1))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        n = min(self.BATCH, len(self._all) - self._shown)
        if n <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + n - 1)
        self._shown += n
        self.endInsertRows()

    # --- model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
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
                return f"{TIER_NUMERAL[r.tier]} {label(r.tier, self._lang)}" if r.tier else "—"
            if col == "ka_type":
                return label(r.ka_type, self._lang)
            if col == "owner":
                return r.owner or ""
            if col == "people":
                return r.people
            if col == "last_visit":
                return r.last_visit.isoformat() if r.last_visit else "—"
        if role == Qt.ItemDataRole.ToolTipRole and col == "name":
            return "\n".join(x for x in (r.name_zh, r.name_en) if x)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "people":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return HEADERS[self.COLUMNS[section]][_LANG_POS.get(self._lang, 0)]


_LANG_POS = {"en": 0, "zh_CN": 1, "zh_TW": 2}
HEADERS = {
    "name": ("Account", "客户", "客戶"),
    "tier": ("Tier", "等级", "等級"),
    "ka_type": ("Type", "类型", "類型"),
    "owner": ("Owner", "负责人", "負責人"),
    "people": ("People", "人数", "人數"),
    "last_visit": ("Last visit", "最近拜访", "最近拜訪"),
}
