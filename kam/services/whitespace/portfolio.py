"""The VP's view: whitespace summed over the portfolio."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from kam.model import Account, Transaction
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


class PortfolioOps(ServiceBase):
    """Whitespace over every account with a map."""

    def portfolio(self, as_of: dt.date | None = None) -> list[PortfolioSummary]:
        """Whitespace over every account with a map (that the acting user may read), one summary per currency:
        potential and current by product line and by tier, and who holds each line's potential. Aggregated in
        SQL; only the product texts are put on lines here."""
        from kam.services.accounts import latest_tiers

        start, end = period(as_of or dt.date.today())
        with self.read() as s:
            live = select(Account.id).where(Account.deleted_at.is_(None))
            currency_of = dict(s.execute(select(Account.id, Account.currency).where(
                Account.deleted_at.is_(None), Account.id.in_(select(BusinessUnit.account_id)))).all())
            tiers = latest_tiers(s)
            all_lines = [LineRow(*r) for r in s.execute(
                select(ProductLine.id, ProductLine.code, ProductLine.name_zh, ProductLine.name_en,
                       ProductLine.parent_id, ProductLine.position, ProductLine.version, ProductLine.name_zh_tw)
                .order_by(ProductLine.position, ProductLine.code))]
            mappings = dict(s.execute(select(ProductMapping.product_key, ProductMapping.line_id)).all())
            cells = s.execute(select(WhitespaceCell.account_id, WhitespaceCell.line_id, WhitespaceCell.holder,
                                     func.sum(WhitespaceCell.potential))
                              .where(WhitespaceCell.account_id.in_(live))
                              .group_by(WhitespaceCell.account_id, WhitespaceCell.line_id,
                                        WhitespaceCell.holder)).all()
            unit_account = dict(s.execute(select(BusinessUnit.id, BusinessUnit.account_id)).all())
            takes = set(s.scalars(select(BusinessUnit.account_id).where(BusinessUnit.takes_unassigned.is_(True))))
            sums = s.execute(
                select(Transaction.account_id, Transaction.product, Transaction.business_unit_id, Transaction.currency,
                       func.sum(Transaction.amount))
                .where(Transaction.account_id.in_(select(BusinessUnit.account_id)), Transaction.occurred_on >= start,
                       Transaction.occurred_on <= end)
                .group_by(Transaction.account_id, Transaction.product, Transaction.business_unit_id,
                          Transaction.currency)).all()
        resolver = Resolver(all_lines, mappings)
        tops = [ln for ln in all_lines if ln.parent_id is None]
        zero = Decimal(0)
        pot: dict[tuple[str, int, Tier | None], Decimal] = defaultdict(Decimal)
        held: dict[str, dict[int, dict[Holder, Decimal]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(
            Decimal)))
        cur: dict[tuple[str, int, Tier | None], Decimal] = defaultdict(Decimal)
        for aid, line_id, holder, potential in cells:
            if aid in currency_of and potential is not None:
                c = currency_of[aid]
                pot[(c, line_id, tiers.get(aid))] += potential
                held[c][line_id][holder] += potential
        for aid, product, unit_id, currency, amount in sums:
            own = currency_of.get(aid)
            placed = unit_account.get(unit_id) == aid if unit_id is not None else aid in takes
            found = resolver.line_of(product)
            if own is None or currency != own or not placed or found is None:
                continue  # not on any cell (the account's own map lists it)
            cur[(own, found, tiers.get(aid))] += amount or zero
        out = []
        for c in sorted(set(currency_of.values())):
            def totals(match: Any, c: str = c) -> Totals:
                p = [v for k, v in pot.items() if k[0] == c and match(k)]
                return Totals(sum((v for k, v in cur.items() if k[0] == c and match(k)), zero),
                              sum(p, zero) if p else None)

            by_tier = {t: totals(lambda k, t=t: k[2] == t) for t in {k[2] for k in (*pot, *cur) if k[0] == c}}
            out.append(PortfolioSummary(
                c, start, end, sum(1 for a in currency_of.values() if a == c), tops,
                {ln.id: totals(lambda k, i=ln.id: k[1] == i) for ln in tops}, by_tier,
                {i: dict(h) for i, h in held[c].items()}, totals(lambda k: True)))
        return out
