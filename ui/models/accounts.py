"""The account list: a table model over AccountService.rows, filtered and sorted in memory.

The rows (ids, names, search keys, aggregates) are read once per reload; a
search keystroke filters them in memory against the stored pinyin search keys,
and the view receives rows lazily through fetchMore.

At start-up (``load_first``) a large portfolio's list reads only the lines of its first page (the accounts'
names and search keys order it; the aggregates and plan statuses are read for that page alone). The whole
portfolio's lines follow in a worker thread (``read_rest``, after the first paint); sorting, searching,
filtering, scrolling past the page or looking an account up before they arrived reads them at once.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from kam.account_list import AccountRow
from kam.startup import collector_paused
from kam.text import fold
from kam.vocab import PlanStatus, Tier, label, tier_label

if TYPE_CHECKING:
    from kam.services.accounts import AccountService

Index = QModelIndex | QPersistentModelIndex
TIER_ORDER = {Tier.PLATINUM: 0, Tier.GOLD: 1, Tier.IRON: 2, Tier.LEAD: 3, None: 4}


def _collation(r: AccountRow) -> str:
    """Chinese names sort by their pinyin, others by their folded name."""
    return collation_key(r.search_key, r.name)


def collation_key(search_key: str, name: str) -> str:
    """The name's pinyin (the first ASCII word of its search key), else the folded name (folded only then)."""
    for word in search_key.split():
        if word.isascii():
            return word
    return fold(name)


class AccountTableModel(QAbstractTableModel):
    COLUMNS = ("name", "tier", "ka_type", "owner", "last_visit", "plan")
    BATCH = 100  # rows handed to the view per fetchMore, and the first page read at start-up

    whole_read = Signal(int, object)  # (generation, (rows, plans) or the exception), queued from the worker
    completed = Signal()  # the whole portfolio arrived and the list was laid out anew (it changed meanwhile)

    def __init__(self, service: AccountService, lang: str = "en", plan_status: Any = None) -> None:
        super().__init__()
        self._service = service
        self._plan_status = plan_status  # callable (account ids or None: all) -> {account_id: PlanStatus}
        self._lang = lang
        self._loaded: list[AccountRow] = []
        self._all: list[AccountRow] = []
        self._plans: dict[int, PlanStatus] = {}
        self._shown = 0
        self._query = ""
        self.filters: dict[str, Any] = {"tier": None, "ka_type": None, "owner_id": None}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._complete = True  # _loaded holds the whole portfolio (else: the first page of ``_total`` lines)
        self._total = 0
        self._generation = 0  # a worker's lines are taken only if nothing was read since it started
        self.whole_read.connect(self._arrived)

    # --- loading, filtering, sorting

    @property
    def complete(self) -> bool:
        """Whether the whole portfolio's lines stand behind the list (not only the first page's)."""
        return self._complete

    def reload(self, query: str | None = None) -> None:
        """Re-read the list from the database (after a change); keeps search, filters and sort."""
        self._read_whole()
        self.refilter(query)

    def _read_whole(self) -> None:
        self._generation += 1
        self._loaded = self._service.rows()
        self._plans = self._plan_status() if self._plan_status else {}
        self._complete = True

    def load_first(self) -> None:
        """The list as the window opens: a portfolio larger than a page reads the lines of its first page only
        (``read_rest`` reads the others); a smaller one, or a list searched, filtered or sorted on another
        column than the name, is read whole (``reload``)."""
        column, order = self._sort
        if column != 0 or self._query.strip() or any(x is not None for x in self.filters.values()):
            self.reload()
            return
        with collector_paused():  # thousands of short-lived tuples: no full collection of the heap for them
            keys = self._service.list_keys()  # id order, as ``rows``: equal names keep the same order
            if len(keys) > self.BATCH:
                keys.sort(key=lambda k: collation_key(k[2], k[1]), reverse=order == Qt.SortOrder.DescendingOrder)
            first = [k[0] for k in keys[:self.BATCH]]
            total = len(keys)
            del keys
        if total <= self.BATCH:
            self.reload()
            return
        self._generation += 1
        lines = {r.id: r for r in self._service.rows(ids=first)}
        plans = self._plan_status(first) if self._plan_status else {}
        page = [lines[i] for i in first if i in lines]
        self.beginResetModel()
        try:
            self._loaded, self._plans, self._complete, self._total = page, plans, False, total
            self._all = page
            self._shown = len(page)
        finally:
            self.endResetModel()

    def read_rest(self) -> None:
        """After ``load_first``: the whole portfolio's lines, read in a worker thread so that the window takes
        input meanwhile; when they arrive the lines shown stay where they are (and the selection with them)."""
        if self._complete:
            return
        generation, service, plan_status = self._generation, self._service, self._plan_status
        emit = self.whole_read.emit

        def work() -> None:
            try:
                result: object = (service.rows(), plan_status() if plan_status else {})
            except Exception as exc:  # stays a page: the next scroll, search or sort reads it again
                result = exc
            with contextlib.suppress(RuntimeError):  # the window closed while reading
                emit(generation, result)

        threading.Thread(target=work, name="kam-account-list", daemon=True).start()

    def _arrived(self, generation: int, result: object) -> None:
        if generation != self._generation or self._complete or isinstance(result, Exception):
            return
        assert isinstance(result, tuple)
        self._take_whole(result[0], result[1])

    def _ensure_whole(self) -> None:
        """The whole portfolio behind the list now (read here if the worker has not brought it yet)."""
        if not self._complete:
            self._generation += 1
            self._take_whole(self._service.rows(), self._plan_status() if self._plan_status else {})

    def _take_whole(self, rows: list[AccountRow], plans: dict[int, PlanStatus]) -> None:
        self._loaded, self._plans, self._complete = rows, plans, True
        ordered = self._sorted(self._filtered())
        n = self._shown
        if ordered[:n] == self._all[:n]:  # the lines shown stay in their places: selection and scrolling too
            self._all = ordered
            if n:
                self.dataChanged.emit(self.index(0, 0), self.index(n - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()  # changed meanwhile (another user, another window): laid out anew
        try:
            self._all = ordered
            self._shown = min(max(n, self.BATCH), len(ordered))
        finally:
            self.endResetModel()
        self.completed.emit()

    def _filtered(self) -> list[AccountRow]:
        q = fold(self._query.strip())
        f = self.filters
        return [r for r in self._loaded
                if (not q or q in r.search_key or q in fold(r.name))
                and (f["tier"] is None or r.tier == f["tier"])
                and (f["ka_type"] is None or r.ka_type == f["ka_type"])
                and (f["owner_id"] is None or r.owner_id == f["owner_id"])]

    def refilter(self, query: str | None = None) -> None:
        """Apply the search text and filters in memory (one keystroke: no database round trip)."""
        if query is not None:
            self._query = query
        if not self._complete:
            self._read_whole()  # the model is reset below
        ordered = self._sorted(self._filtered())  # before the reset: nothing can leave the model between begin and end
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
        self._ensure_whole()
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._all = self._sorted(self._all)
        self.layoutChanged.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < (len(self._all) if self._complete else self._total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self._ensure_whole()
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
        self._ensure_whole()
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
