"""Transaction lines entered, corrected and deleted by hand, besides the ERP import.

A line is validated like an imported one (``kam.services.records.transaction_values``:
``amount`` defaults to quantity × unit price − discount). ``snapshot`` / ``put_back``
restore a line exactly (id included) for undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select

from kam.errors import ValidationError
from kam.i18n import _
from kam.model import Account, Transaction
from kam.model.base import table_of
from kam.services.base import Change, ServiceBase, get_or_404
from kam.services.records import transaction_values

LINE_FIELDS = ("occurred_on", "product", "quantity", "unit", "unit_price", "amount", "discount", "financial_cost",
               "gross_profit", "currency", "external_ref")


@dataclass(frozen=True)
class Totals:
    """An account's transactions summed per currency: lines, revenue (amount), gross profit, last date."""

    currency: str
    lines: int
    revenue: Decimal
    gross_profit: Decimal
    last: dt.date | None


class TransactionService(ServiceBase):
    def add(self, account_id: int, **line: Any) -> Change:
        """One line entered by hand."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            t = Transaction(account_id=account_id, **transaction_values(self._known(line)))
            self._unique_ref(s, account_id, t.external_ref, None)
            s.add(t)
            s.flush()
            return Change("transaction", t.id, "create", {}, {"product": t.product, "amount": t.amount})

    def update(self, transaction_id: int, **changes: Any) -> Change:
        """Correct a line; the amount follows quantity, price and discount unless it is given."""
        with self.unit() as s:
            t = get_or_404(s, Transaction, transaction_id, "transaction")
            before = {k: getattr(t, k) for k in LINE_FIELDS}
            merged = dict(before)
            merged.update(self._known(changes))
            if "amount" not in changes and {"quantity", "unit_price", "discount"} & set(changes):
                merged["amount"] = None  # recomputed from the new quantity, price or discount
            clean = transaction_values(merged)
            self._unique_ref(s, t.account_id, clean["external_ref"], t.id)
            for k, val in clean.items():
                setattr(t, k, val)
            s.flush()
            return Change("transaction", t.id, "update", before, {k: getattr(t, k) for k in LINE_FIELDS})

    def delete(self, transaction_id: int) -> Change:
        with self.unit() as s:
            get_or_404(s, Transaction, transaction_id, "transaction")
            s.execute(delete(Transaction).where(Transaction.id == transaction_id))
            return Change("transaction", transaction_id, "delete")

    def snapshot(self, transaction_id: int) -> dict[str, Any]:
        with self.read() as s:
            get_or_404(s, Transaction, transaction_id, "transaction")
            return dict(s.execute(select(table_of(Transaction)).where(Transaction.id == transaction_id)).one()._mapping)

    def put_back(self, row: Mapping[str, Any]) -> Change:
        with self.unit() as s:
            s.execute(delete(Transaction).where(Transaction.id == row["id"]))
            s.execute(insert(table_of(Transaction)), [dict(row)])
            return Change("transaction", row["id"], "restore")

    def get(self, transaction_id: int) -> Transaction:
        with self.read() as s:
            return get_or_404(s, Transaction, transaction_id, "transaction")

    def totals(self, account_id: int) -> list[Totals]:
        with self.read() as s:
            rows = s.execute(select(Transaction.currency, func.count(), func.sum(Transaction.amount),
                                    func.sum(Transaction.gross_profit), func.max(Transaction.occurred_on))
                             .where(Transaction.account_id == account_id)
                             .group_by(Transaction.currency).order_by(Transaction.currency)).all()
            return [Totals(cur, n, Decimal(rev or 0), Decimal(gp or 0), last) for cur, n, rev, gp, last in rows]

    @staticmethod
    def _known(data: Mapping[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(data) - set(LINE_FIELDS))
        if unknown:
            raise ValidationError(unknown[0], _("is not a field of a transaction"))
        return dict(data)

    @staticmethod
    def _unique_ref(s: Any, account_id: int, ref: str | None, own: int | None) -> None:
        if ref is None:
            return
        other = s.scalar(select(Transaction.id).where(Transaction.account_id == account_id,
                                                      Transaction.external_ref == ref,
                                                      Transaction.id != (own or 0)))
        if other is not None:
            raise ValidationError("external_ref", _("document {ref} is already entered").format(ref=ref))
