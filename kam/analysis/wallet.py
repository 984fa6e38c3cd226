"""Share of wallet by year: our sales in a calendar year ÷ the customer's purchases of our category that year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # WalletYear and share are read without SQLAlchemy too (kam.first_view)
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class WalletYear:
    year: int
    category_purchases: Decimal  # the customer's purchases of our category, from every supplier
    our_sales: Decimal
    share_pct: Decimal | None  # None when the purchases are 0


def share(our_sales: Decimal, purchases: Decimal) -> Decimal | None:
    """Our share in %, one decimal."""
    if purchases <= 0:
        return None
    return (our_sales * 100 / purchases).quantize(Decimal("0.1"))


def wallet_by_year(session: Session, account_id: int) -> list[WalletYear]:
    """Every year the customer's category purchases were entered, newest first, with our sales that year."""
    from sqlalchemy import func, select

    from kam.model import CategoryPurchases, Transaction

    rows = session.execute(select(CategoryPurchases.year, CategoryPurchases.amount)
                           .where(CategoryPurchases.account_id == account_id)
                           .order_by(CategoryPurchases.year.desc())).all()
    out = []
    for year, amount in rows:
        sales = session.scalar(select(func.coalesce(func.sum(Transaction.amount), 0))
                               .where(Transaction.account_id == account_id,
                                      Transaction.occurred_on >= dt.date(year, 1, 1),
                                      Transaction.occurred_on <= dt.date(year, 12, 31)))
        ours = Decimal(sales or 0)
        out.append(WalletYear(year, Decimal(amount), ours, share(ours, Decimal(amount))))
    return out


def category_purchases(session: Session, account_id: int, year: int) -> Decimal | None:
    """The customer's purchases of our category in ``year``, where entered."""
    from sqlalchemy import select

    from kam.model import CategoryPurchases

    value = session.scalar(select(CategoryPurchases.amount).where(CategoryPurchases.account_id == account_id,
                                                                  CategoryPurchases.year == year))
    return Decimal(value) if value is not None else None
