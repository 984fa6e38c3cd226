"""The VP's view: whitespace summed over the portfolio, by product line and by tier, and who holds it.

Everything is aggregated in SQL: potential per (account, line) and per (currency, line, holder, competitor
name); current revenue per (account, product text) over the period, of the transactions that are on a cell
(the account's currency, a unit of the account or the unit that takes the rest). Only the product texts are
put on lines here (``Resolver``, one look-up per distinct text), then a single pass sums the (account, line)
pairs — no loop per account.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from kam.model import Account, Competitor, Transaction
from kam.model.whitespace import BusinessUnit, ProductLine, ProductMapping, WhitespaceCell
from kam.services.base import ServiceBase
from kam.services.whitespace.rows import (
    LineRow,
    PortfolioSummary,
    Resolver,
    Totals,
    period,
)
from kam.vocab import Holder, Tier

ZERO = Decimal(0)


@dataclass(frozen=True)
class AccountWhitespace(Totals):
    """One account's whitespace (on one line, or over all lines): the rows behind a line or tier of the summary."""

    account_id: int = 0
    name: str = ""
    tier: Tier | None = None


@dataclass
class _Cube:
    """(account, line) → [current, potential or None]; the accounts' currency, name and tier."""

    start: dt.date
    end: dt.date
    lines: list[LineRow]
    accounts: dict[int, tuple[str, str, Tier | None]]  # id → currency, name, tier
    pairs: dict[tuple[int, int], list[Decimal | None]]


def _lines(s: Session) -> list[LineRow]:
    return [LineRow(*r) for r in s.execute(
        select(ProductLine.id, ProductLine.code, ProductLine.name_zh, ProductLine.name_en, ProductLine.parent_id,
               ProductLine.position, ProductLine.version, ProductLine.name_zh_tw)
        .order_by(ProductLine.position, ProductLine.code))]


def _held(s: Session) -> dict[tuple[str, int, Holder, str | None], Decimal]:
    """Potential by currency, line, holder and (for a competitor) the competitor's name."""
    held: dict[tuple[str, int, Holder, str | None], Decimal] = defaultdict(Decimal)
    for currency, line_id, holder, competitor, potential in s.execute(
            select(Account.currency, WhitespaceCell.line_id, WhitespaceCell.holder, Competitor.name,
                   func.sum(WhitespaceCell.potential))
            .join(Account, Account.id == WhitespaceCell.account_id)
            .outerjoin(Competitor, Competitor.id == WhitespaceCell.competitor_id)
            .where(Account.deleted_at.is_(None), WhitespaceCell.potential.is_not(None))
            .group_by(Account.currency, WhitespaceCell.line_id, WhitespaceCell.holder, Competitor.name)):
        held[(currency, line_id, holder, competitor if holder == Holder.COMPETITOR else None)] += Decimal(
            potential or 0)
    return held


def _current(s: Session, start: dt.date, end: dt.date) -> list[Any]:
    """(account, product text, amount) of the period's transactions that are on a cell: the account's currency,
    bought by a unit of the account or counted by its unit that takes the rest."""
    unit = aliased(BusinessUnit)
    takers = select(BusinessUnit.account_id).where(BusinessUnit.takes_unassigned.is_(True))
    return list(s.execute(
        select(Transaction.account_id, Transaction.product, func.sum(Transaction.amount))
        .join(Account, Account.id == Transaction.account_id)
        .outerjoin(unit, unit.id == Transaction.business_unit_id)
        .where(Transaction.occurred_on >= start, Transaction.occurred_on <= end, Account.deleted_at.is_(None),
               Transaction.currency == Account.currency,
               or_(unit.account_id == Transaction.account_id, Transaction.account_id.in_(takers)))
        .group_by(Transaction.account_id, Transaction.product)))


def account_whitespace(s: Session, as_of: dt.date) -> dict[int, Decimal]:
    """Each mapped account's uncaptured potential per year (potential − current over its map's product lines,
    where a potential is known): what feeds the value score's whitespace indicator when it is switched on."""
    cube = PortfolioOps._cube(s, as_of)
    lines = {ln.id for ln in cube.lines}
    out: dict[int, Decimal] = {}
    for (aid, line_id), (current, potential) in cube.pairs.items():
        if line_id in lines and potential is not None:
            out[aid] = out.get(aid, ZERO) + potential - (current or ZERO)
    return out


class PortfolioOps(ServiceBase):
    """Whitespace over every account with a map."""

    @staticmethod
    def _cube(s: Session, as_of: dt.date | None) -> _Cube:
        from kam.services.accounts import latest_tiers

        start, end = period(as_of or dt.date.today())
        mapped = select(BusinessUnit.account_id).distinct()
        tiers = latest_tiers(s)
        accounts = {i: (cur, name or "", tiers.get(i)) for i, cur, name in s.execute(
            select(Account.id, Account.currency, func.coalesce(Account.name_zh, Account.name_en))
            .where(Account.deleted_at.is_(None), Account.id.in_(mapped)))}
        all_lines = _lines(s)
        tops = [ln for ln in all_lines if ln.parent_id is None]
        resolver = Resolver(all_lines, dict(s.execute(select(ProductMapping.product_key,
                                                             ProductMapping.line_id)).all()))
        pairs: dict[tuple[int, int], list[Decimal | None]] = {}
        for aid, line_id, potential in s.execute(
                select(WhitespaceCell.account_id, WhitespaceCell.line_id, func.sum(WhitespaceCell.potential))
                .group_by(WhitespaceCell.account_id, WhitespaceCell.line_id)):
            if aid in accounts:
                pairs[(aid, line_id)] = [ZERO, None if potential is None else Decimal(potential)]
        for aid, product, amount in _current(s, start, end):
            line = resolver.line_of(product)
            if line is None or aid not in accounts:
                continue
            pair = pairs.setdefault((aid, line), [ZERO, None])
            pair[0] = (pair[0] or ZERO) + Decimal(amount or 0)
        return _Cube(start, end, tops, accounts, pairs)

    def portfolio(self, as_of: dt.date | None = None) -> list[PortfolioSummary]:
        """Whitespace over every account with a map (that the acting user may read), one summary per currency:
        potential and current by product line and by tier, and who holds each line's potential (us, each
        competitor by name, in-house, nobody). Aggregated in SQL (see the module docstring): potential per
        (currency, line, holder, competitor) and per account (for its tier), current per (account, product
        text)."""
        from kam.services.accounts import latest_tiers

        start, end = period(as_of or dt.date.today())
        with self.read() as s:
            tiers = latest_tiers(s)
            accounts = {i: (cur, tiers.get(i)) for i, cur in s.execute(
                select(Account.id, Account.currency)
                .where(Account.deleted_at.is_(None), Account.id.in_(select(BusinessUnit.account_id).distinct())))}
            all_lines = _lines(s)
            resolver = Resolver(all_lines, dict(s.execute(select(ProductMapping.product_key,
                                                                 ProductMapping.line_id)).all()))
            pot_account = s.execute(select(WhitespaceCell.account_id, func.sum(WhitespaceCell.potential))
                                    .join(ProductLine, ProductLine.id == WhitespaceCell.line_id)
                                    .where(ProductLine.parent_id.is_(None))
                                    .group_by(WhitespaceCell.account_id)).all()
            held_rows = _held(s)
            current_rows = _current(s, start, end)
        tops = [ln for ln in all_lines if ln.parent_id is None]
        line_ids = {ln.id for ln in tops}
        sums: dict[tuple[str, str, object], list[Decimal | None]] = {}  # (currency, "line"/"tier"/"all", key)

        def add(key: tuple[str, str, object], current: Decimal, potential: Decimal | None) -> None:
            acc = sums.setdefault(key, [ZERO, None])
            acc[0] = (acc[0] or ZERO) + current
            if potential is not None:
                acc[1] = potential if acc[1] is None else acc[1] + potential

        for (currency, line_id, _holder, _competitor), held_potential in held_rows.items():
            if line_id in line_ids:  # a line's potential is what its holders hold
                add((currency, "line", line_id), ZERO, held_potential)
        for aid, potential in pot_account:
            if aid in accounts:
                currency, tier = accounts[aid]
                pot = None if potential is None else Decimal(potential)
                add((currency, "tier", tier), ZERO, pot)
                add((currency, "all", None), ZERO, pot)
        for aid, product, amount in current_rows:
            line = resolver.line_of(product)
            if line is None or aid not in accounts:
                continue  # not on any cell (the account's own map lists it)
            currency, tier = accounts[aid]
            amount = Decimal(amount or 0)
            for key in ((currency, "line", line), (currency, "tier", tier), (currency, "all", None)):
                add(key, amount, None)
        counts: dict[str, int] = defaultdict(int)
        for currency, _tier in accounts.values():
            counts[currency] += 1
        out = []
        for c in sorted(counts):
            def totals(kind: str, key: object, c: str = c) -> Totals:
                cur, pot = sums.get((c, kind, key), [ZERO, None])
                return Totals(cur or ZERO, pot)

            held: dict[int, dict[Holder, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
            competitors: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
            for (currency, line_id, holder, competitor), potential in held_rows.items():
                if currency == c and line_id in line_ids:
                    held[line_id][holder] += potential
                    if competitor is not None:
                        competitors[line_id][competitor] += potential
            tier_keys = {k[2] for k in sums if k[0] == c and k[1] == "tier"}
            out.append(PortfolioSummary(
                c, start, end, counts[c], tops,
                {ln.id: totals("line", ln.id) for ln in tops},
                {t: totals("tier", t) for t in tier_keys},  # type: ignore[misc]
                {i: dict(h) for i, h in held.items()}, totals("all", None),
                {i: dict(sorted(n.items(), key=lambda kv: -kv[1])) for i, n in competitors.items()}))
        return out

    def portfolio_accounts(self, currency: str, *, line_id: int | None = None, tier: Tier | None | str = "",
                           as_of: dt.date | None = None) -> list[AccountWhitespace]:
        """The accounts behind a row of the summary, largest whitespace first: with ``line_id``, each account's
        figures on that line (the accounts that have a cell or revenue there); with ``tier`` (None: no tier yet),
        the accounts of that tier over all lines."""
        with self.read() as s:
            cube = self._cube(s, as_of)
        line_ids = {ln.id for ln in cube.lines}
        per: dict[int, list[Decimal | None]] = {}
        for (aid, lid), (current, potential) in cube.pairs.items():
            acc_currency, _name, acc_tier = cube.accounts[aid]
            if acc_currency != currency or lid not in line_ids:
                continue
            if line_id is not None and lid != line_id:
                continue
            if tier != "" and acc_tier != tier:
                continue
            acc = per.setdefault(aid, [ZERO, None])
            acc[0] = (acc[0] or ZERO) + (current or ZERO)
            if potential is not None:
                acc[1] = potential if acc[1] is None else acc[1] + potential
        rows = [AccountWhitespace(cur or ZERO, pot, aid, cube.accounts[aid][1], cube.accounts[aid][2])
                for aid, (cur, pot) in per.items()]
        return sorted(rows, key=lambda r: (-(r.whitespace if r.whitespace is not None else ZERO), r.name))
