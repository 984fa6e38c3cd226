"""Portfolio views: Pareto (二八法则), share of wallet, tier transitions between quarters."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from kam.text import account_name
from kam.vocab import Tier

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ParetoPoint:
    account_id: int
    name: str
    profit: Decimal
    cumulative_share: Decimal  # of total profit, 0..1, after this account


@dataclass(frozen=True)
class Pareto:
    points: list[ParetoPoint]
    total_profit: Decimal
    accounts_for_80: int  # how many of the most profitable accounts make 80 % of profit
    share_of_accounts_for_80: Decimal  # that number as a share of all accounts, 0..1


def pareto(rows: Sequence[tuple[int, str, Decimal]], threshold: Decimal = Decimal("0.8")) -> Pareto:
    """Cumulative profit by customer, most profitable first (a pure function)."""
    ranked = sorted(rows, key=lambda r: (-r[2], r[0]))
    positive = sum((max(r[2], Decimal(0)) for r in ranked), Decimal(0))
    points, running, n80 = [], Decimal(0), 0
    for aid, name, profit in ranked:
        running += max(profit, Decimal(0))
        share = running / positive if positive else Decimal(0)
        points.append(ParetoPoint(aid, name, profit, share))
        if not n80 and positive and share >= threshold:
            n80 = len(points)
    share80 = Decimal(n80) / len(ranked) if ranked else Decimal(0)
    return Pareto(points, sum((r[2] for r in ranked), Decimal(0)), n80, share80)


def profit_by_account(session: Session, since: dt.date, until: dt.date) -> list[tuple[int, str, Decimal]]:
    """Gross profit per (not deleted) account in [since, until]; one GROUP BY over the accounts' transactions
    (each account's range of the covering index, as ``kam.analysis.value.account_facts``); the same query
    through a DB-API connection is ``kam.analysis.reads.read_profit_by_account``."""
    from sqlalchemy import and_, func, select

    from kam.model import Account, Transaction

    rows = session.execute(
        select(Account.id, Account.name_zh, Account.name_en, func.sum(Transaction.gross_profit))
        .outerjoin(Transaction, and_(Transaction.account_id == Account.id, Transaction.occurred_on >= since,
                                     Transaction.occurred_on <= until))
        .where(Account.deleted_at.is_(None)).group_by(Account.id))
    return [(aid, account_name(zh, en, aid), gp if gp is not None else Decimal(0)) for aid, zh, en, gp in rows]


@dataclass(frozen=True)
class WalletShare:
    account_id: int
    our_sales: Decimal
    category_spend: Decimal | None
    share_pct: Decimal | None


def share_of_wallet(session: Session, since: dt.date, until: dt.date) -> list[WalletShare]:
    """Our sales ÷ the customer's annual purchases of the category (pro rata for the period)."""
    from sqlalchemy import func, select

    from kam.model import Account, Transaction

    days = Decimal((until - since).days + 1)
    sums = (select(Transaction.account_id, func.sum(Transaction.amount).label("rev"))
            .where(Transaction.occurred_on >= since, Transaction.occurred_on <= until)
            .group_by(Transaction.account_id).subquery())
    out = []
    for aid, rev, spend in session.execute(
            select(Account.id, sums.c.rev, Account.annual_category_spend)
            .outerjoin(sums, sums.c.account_id == Account.id).where(Account.deleted_at.is_(None))):
        rev = rev or Decimal(0)
        share = None
        if spend:
            share = (rev / (spend * days / Decimal(365)) * 100).quantize(Decimal("0.1"))
        out.append(WalletShare(aid, rev, spend, share))
    return out


@dataclass(frozen=True)
class Transitions:
    matrix: dict[tuple[Tier, Tier], int]  # (from, to) -> accounts
    from_counts: dict[Tier, int]

    def rate(self, a: Tier, b: Tier) -> Decimal | None:
        """Share of accounts in ``a`` at the start that were in ``b`` at the end."""
        n = self.from_counts.get(a, 0)
        return (Decimal(self.matrix.get((a, b), 0)) / n).quantize(Decimal("0.001")) if n else None


def tier_transitions(session: Session, start: tuple[int, int], end: tuple[int, int]) -> Transitions:
    """How accounts moved between tiers from quarter ``start`` to quarter ``end`` (year, q)."""
    from sqlalchemy import select

    from kam.model import TierSnapshot

    def at(year: int, quarter: int) -> dict[int, Tier]:
        rows = session.execute(select(TierSnapshot.account_id, TierSnapshot.tier)
                               .where(TierSnapshot.year == year, TierSnapshot.quarter == quarter))
        return dict(rows.all())

    a, b = at(*start), at(*end)
    matrix: Counter[tuple[Tier, Tier]] = Counter()
    for aid, tier in a.items():
        if aid in b:
            matrix[(tier, b[aid])] += 1
    from_counts = Counter(tier for aid, tier in a.items() if aid in b)
    return Transitions(dict(matrix), dict(from_counts))
