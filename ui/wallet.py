"""Share of wallet on the overview: the customer's purchases of our category per year and our share of them.

Each year's figure is entered in one form and is undoable; our sales and the
share are computed in ``kam.analysis.wallet`` (the plan's share-of-wallet
objective uses the same figure for its year).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kam.analysis.wallet import WalletYear
from kam.errors import UserError
from ui.commands import push_operation
from ui.forms import FieldForm, cell, table_box, table_keys
from ui.signals import call_on

if TYPE_CHECKING:
    from kam.app import Services


class WalletForm(FieldForm):
    """One year's purchases of our category by the customer, from every supplier."""

    def __init__(self, year: int, amount: Any, fixed: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Share of wallet"), parent)
        box = QSpinBox(minimum=2000, maximum=2100, value=year)
        box.setEnabled(not fixed)
        self.add("year", self.tr("Year"), box)
        self.line("amount", self.tr("The customer's purchases of our category (all suppliers)"), amount)
        self.finish()
        self.resize(480, 160)

    def values(self) -> dict[str, Any]:
        out = super().values()
        year = self.widgets["year"]
        assert isinstance(year, QSpinBox)
        out["year"] = year.value()
        return out


class WalletBox(QGroupBox):
    changed = Signal()

    def __init__(self, services: Services, undo: QUndoStack, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Share of wallet"))
        self.services, self.undo, self.lang = services, undo, lang
        self.account_id: int | None = None
        self.years: list[WalletYear] = []
        self.form: Any = None
        self.table = QTableWidget(0, 4)
        headers = [self.tr("Year"), self.tr("Customer's category purchases"), self.tr("Our sales"), self.tr("Our share")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # every header whole: as wide as its text, the table as wide as them
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        metrics = header.fontMetrics()
        self.table.setMinimumWidth(sum(metrics.horizontalAdvance(h) + 20 for h in headers)
                                   + 2 * self.table.frameWidth() + 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(120)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.itemSelectionChanged.connect(self._enable)
        self.add_button = QPushButton(self.tr("Enter a year…"))
        call_on(self.add_button.clicked, self.add)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("Remove year"))
        self.remove_button.clicked.connect(self.remove)
        table_keys(self.table, add=self.add, remove=self.remove, edit=self.edit)
        self.empty = table_box(self, self.tr("How much of our category does the customer buy in a year, from every "
                                    "supplier? Enter it with “Enter a year…” to see our share of their wallet."), self.table,
                               [self.add_button, self.edit_button, self.remove_button])
        self._enable()

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        keep = self.selected()
        self.years = self.services.accounts.wallet(self.account_id)
        self.table.setRowCount(0)
        for w in self.years:
            r = self.table.rowCount()
            self.table.insertRow(r)
            cells = [str(w.year), f"{w.category_purchases:,.0f}", f"{w.our_sales:,.0f}",
                     f"{w.share_pct} %" if w.share_pct is not None else "—"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, w.year)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            if keep is not None and keep.year == w.year:
                self.table.selectRow(r)
        self.empty.setVisible(not self.years)
        self._enable()

    def selected(self) -> WalletYear | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        year = cell(self.table, rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((w for w in self.years if w.year == year), None)

    def _enable(self) -> None:
        self.add_button.setEnabled(self.account_id is not None)
        self.edit_button.setEnabled(self.selected() is not None)
        self.remove_button.setEnabled(self.selected() is not None)

    def _error(self, problem: UserError) -> None:
        if self.form is not None:
            self.form.show_error(problem)
        else:
            QMessageBox.warning(self, self.tr("Not saved"), str(problem))

    def _refresh(self) -> None:
        self.reload()
        self.changed.emit()

    def _set(self, year: int, amount: Any) -> bool:
        aid = self.account_id
        assert aid is not None
        accounts = self.services.accounts
        old = next((w.category_purchases for w in self.years if w.year == year), None)
        return push_operation(self.undo, self.tr("Share of wallet %1").replace("%1", str(year)),
                              lambda: accounts.set_category_purchases(aid, year, amount),
                              lambda: accounts.set_category_purchases(aid, year, old), self._refresh, self._error)

    def _open(self, year: int, amount: Any, fixed: bool) -> None:
        form = WalletForm(year, amount, fixed, self)
        form.submit = lambda values: self._set(values["year"], values["amount"])
        self.form = form
        try:
            form.exec()
        finally:
            self.form = None

    def add(self) -> None:
        if self.account_id is None:
            return
        taken = {w.year for w in self.years}
        year = dt.date.today().year
        while year in taken:
            year -= 1
        self._open(year, None, False)

    def edit(self) -> None:
        w = self.selected()
        if w is not None:
            self._open(w.year, w.category_purchases, True)

    def remove(self) -> None:
        w = self.selected()
        if w is not None:
            self._set(w.year, None)
