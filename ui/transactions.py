"""The transactions page: ERP lines (imported) and lines entered, corrected and deleted by hand.

Each edit is one call of ``TransactionService`` on the undo stack; undo and redo
put back the exact line. The totals under the table (and every actual computed
from transactions) follow.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.app import Services
from kam.palette import MUTED_HEX
from ui.fit import fit_columns
from ui.forms import table_keys
from ui.models.rows import Column, PagedModel
from ui.projects import FieldForm
from ui.sections import Section, selected_id


class TransactionForm(FieldForm):
    """One transaction line: date, product, quantity and unit, unit price, discount, financial cost, gross
    profit, currency, the ERP document number."""

    def __init__(self, line: Any | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transaction") if line else self.tr("New transaction"), parent)
        get = (lambda k: getattr(line, k)) if line is not None else (lambda _k: None)
        self.date("occurred_on", self.tr("Date"), get("occurred_on") or (None if line else dt.date.today()))
        self.line("product", self.tr("Product"), get("product"))
        self.line("quantity", self.tr("Quantity"), get("quantity"))
        self.line("unit", self.tr("Unit"), get("unit"), self.tr("pcs, kg, set…"))
        self.line("unit_price", self.tr("Unit price"), get("unit_price"))
        self.line("discount", self.tr("Discount"), get("discount"), "0")
        self.line("financial_cost", self.tr("Financial cost"), get("financial_cost"), "0")
        self.line("gross_profit", self.tr("Gross profit"), get("gross_profit"))
        self.line("currency", self.tr("Currency"), get("currency") or "CNY")
        self.line("external_ref", self.tr("Document no."), get("external_ref"))
        hint = QLabel(self.tr("Amount = quantity × unit price − discount."))
        hint.setStyleSheet(f"color: {MUTED_HEX}")
        self.body.addWidget(hint)
        self.finish()
        self.resize(420, 420)


class TransactionsSection(Section):
    def __init__(self, services: Services, undo: QUndoStack, lang: str) -> None:
        super().__init__(services, undo, lang)
        self.model = PagedModel([
            Column(self.tr("Date"), lambda t: t.occurred_on.isoformat()),
            Column(self.tr("Product"), lambda t: t.product),
            Column(self.tr("Quantity"), lambda t: f"{t.quantity:,.0f} {t.unit or ''}", right=True),
            Column(self.tr("Unit price"), lambda t: f"{t.unit_price:,.2f}", right=True),
            Column(self.tr("Amount"), lambda t: f"{t.amount:,.2f}", right=True),
            Column(self.tr("Discount"), lambda t: f"{t.discount:,.2f}", right=True),
            Column(self.tr("Financial cost"), lambda t: f"{t.financial_cost:,.2f}", right=True),
            Column(self.tr("Gross profit"), lambda t: f"{t.gross_profit:,.2f}", right=True),
            Column(self.tr("Currency"), lambda t: t.currency),
        ], count=lambda: self.services.dossier.transaction_count(self.account_id or 0),
            fetch=lambda off, n: self.services.dossier.transactions(self.account_id or 0, off, n))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        fit_columns(self.table)  # headers and cells are never cut
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        table_keys(self.table, add=self.add, remove=self.delete, edit=self.edit)
        bar = QHBoxLayout()
        for text, slot in ((self.tr("Add line…"), self.add), (self.tr("Edit line…"), self.edit),
                           (self.tr("Delete line"), self.delete)):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, f=slot: f())
            bar.addWidget(b)
        bar.addStretch(1)
        self.empty = QLabel(self.tr("No transactions yet. Import them from the ERP (File › Import…) "
                                    "or enter a line with “Add line…”."))
        self.empty.setStyleSheet(f"color: {MUTED_HEX}")
        self.empty.setWordWrap(True)
        self.totals = QLabel()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("Imported from the ERP or entered by hand; newest first.")))
        lay.addLayout(bar)
        lay.addWidget(self.empty)
        lay.addWidget(self.table)
        lay.addWidget(self.totals)

    def reload(self) -> None:
        if self.account_id is None:
            return
        self.model.reload()
        totals = self.services.transactions.totals(self.account_id)
        self.empty.setVisible(not totals)
        self.totals.setText("   ".join(
            self.tr("%1 lines in %2: revenue %3, gross profit %4").replace("%1", str(t.lines))
            .replace("%2", t.currency).replace("%3", f"{t.revenue:,.2f}").replace("%4", f"{t.gross_profit:,.2f}")
            for t in totals))

    # --- edits

    def add(self) -> None:
        aid = self.account_id
        if aid is None:
            return
        ts = self.services.transactions
        made: list[int] = []
        state: list[dict[str, Any]] = []

        def submit(values: dict[str, Any]) -> bool:
            def apply() -> object:
                if state:
                    return ts.put_back(state[0])
                change = ts.add(aid, **values)
                made.append(change.id)
                state.append(ts.snapshot(change.id))
                return change

            return self.run(self.tr("Add transaction %1").replace("%1", values.get("product") or ""), apply,
                            lambda: ts.delete(made[0]))

        form = TransactionForm(None, self)
        form.submit = submit
        self.forms.run(form)

    def edit(self) -> None:
        tid = selected_id(self.table, self.model)
        if tid is None:
            return
        ts = self.services.transactions
        line = ts.get(tid)
        form = TransactionForm(line, self)
        original = form.values()
        before = ts.snapshot(tid)
        after: list[dict[str, Any]] = []

        def submit(values: dict[str, Any]) -> bool:
            changed = {k: val for k, val in values.items() if val != original.get(k)}
            if not changed:
                return True

            def apply() -> object:
                if after:
                    return ts.put_back(after[0])
                result = ts.update(tid, **changed)
                after.append(ts.snapshot(tid))
                return result

            return self.run(self.tr("Edit transaction %1").replace("%1", line.product), apply,
                            lambda: ts.put_back(before))

        form.submit = submit
        self.forms.run(form)

    def delete(self) -> None:
        tid = selected_id(self.table, self.model)
        if tid is None:
            return
        ts = self.services.transactions
        before = ts.snapshot(tid)
        self.run(self.tr("Delete transaction %1").replace("%1", before["product"]), lambda: ts.delete(tid),
                 lambda: ts.put_back(before))
