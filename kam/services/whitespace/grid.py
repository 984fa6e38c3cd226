"""One account's grid: current revenue per cell, totals, what is on no cell."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from kam.i18n import _
from kam.model import Account, Competitor, PurchasingProject, Transaction
from kam.model.whitespace import BusinessUnit, ProductLine, ProductMapping, WhitespaceCell
from kam.services.base import ServiceBase, get_or_404
from kam.services.whitespace.rows import (
    NO_LINE,
    NO_UNIT,
    OTHER_CURRENCY,
    CellView,
    Grid,
    LineRow,
    Resolver,
    Totals,
    UnitRow,
    Unplaced,
    cell_rows,
    objectives_in_year,
    period,
)


class GridOps(ServiceBase):
    """An account's map."""

    def grid(self, account_id: int, as_of: dt.date | None = None) -> Grid:
        """The account's map: every unit × every top-level line, with current revenue, potential, whitespace and
        share of wallet per cell, unit, line and account, and the transactions of the period on no cell."""
        start, end = period(as_of or dt.date.today())
        with self.read() as s:
            account = get_or_404(s, Account, account_id, _("account"))
            all_lines = [LineRow(*r) for r in s.execute(
                select(ProductLine.id, ProductLine.code, ProductLine.name_zh, ProductLine.name_en,
                       ProductLine.parent_id, ProductLine.position, ProductLine.version, ProductLine.name_zh_tw)
                .order_by(ProductLine.position, ProductLine.code))]
            lines = [r for r in all_lines if r.parent_id is None]
            units = [UnitRow(*r) for r in s.execute(
                select(BusinessUnit.id, BusinessUnit.name, BusinessUnit.kind, BusinessUnit.department_id,
                       BusinessUnit.takes_unassigned, BusinessUnit.position, BusinessUnit.version,
                       BusinessUnit.notes)
                .where(BusinessUnit.account_id == account_id).order_by(BusinessUnit.position, BusinessUnit.id))]
            mappings = dict(s.execute(select(ProductMapping.product_key, ProductMapping.line_id)).all())
            cols = (WhitespaceCell.unit_id, WhitespaceCell.line_id, WhitespaceCell.id, WhitespaceCell.potential,
                    WhitespaceCell.holder, WhitespaceCell.competitor_id, WhitespaceCell.status, WhitespaceCell.note,
                    WhitespaceCell.objective_id, WhitespaceCell.version, WhitespaceCell.project_id)
            stored = {(r[0], r[1]): r for r in s.execute(select(*cols).where(WhitespaceCell.account_id == account_id))}
            linked = objectives_in_year(s, {k: r[8] for k, r in stored.items() if r[8] is not None}, end.year)
            projects = {r[0]: (r[1], r[2]) for r in s.execute(
                select(PurchasingProject.id, PurchasingProject.name, PurchasingProject.status)
                .where(PurchasingProject.account_id == account_id))}
            competitors = dict(s.execute(select(Competitor.id, Competitor.name)
                                         .where(Competitor.account_id == account_id)).all())
            sums = s.execute(
                select(Transaction.product, Transaction.business_unit_id, Transaction.currency,
                       func.count(), func.sum(Transaction.amount))
                .where(Transaction.account_id == account_id, Transaction.occurred_on >= start,
                       Transaction.occurred_on <= end)
                .group_by(Transaction.product, Transaction.business_unit_id, Transaction.currency)).all()
        resolver = Resolver(all_lines, mappings)
        default_unit = next((u.id for u in units if u.takes_unassigned), None)
        unit_ids = {u.id for u in units}
        current: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
        counts: dict[tuple[int, int], int] = defaultdict(int)
        unplaced: list[Unplaced] = []
        for product, unit_id, currency, n, amount in sums:
            amount = Decimal(amount or 0)
            line = resolver.line_of(product)
            unit = unit_id if unit_id in unit_ids else default_unit
            reason = (OTHER_CURRENCY if currency != account.currency else NO_LINE if line is None
                      else NO_UNIT if unit is None else None)
            if reason is not None or line is None or unit is None:
                unplaced.append(Unplaced(product, unit_id, currency, reason or NO_LINE, n, amount))
                continue
            current[(unit, line)] += amount
            counts[(unit, line)] += n
        cells: dict[tuple[int, int], CellView] = {}
        zero = Decimal(0)
        unit_sum: dict[int, list[Any]] = {u.id: [zero, None] for u in units}  # current, potential (None: none known)
        line_sum: dict[int, list[Any]] = {ln.id: [zero, None] for ln in lines}
        for u in units:
            for ln in lines:
                key = (u.id, ln.id)
                c = stored.get(key)
                now = current.get(key, zero)
                if c is None:
                    view = CellView(u.id, ln.id, None, now, counts.get(key, 0))
                else:
                    goal = linked.get(key)
                    view = CellView(u.id, ln.id, c[2], now, counts.get(key, 0), c[3], c[4], c[5],
                                    competitors.get(c[5]) if c[5] else None, c[6], c[7],
                                    goal[0] if goal else None, c[9], goal[1] if goal else None,
                                    c[10] if c[10] in projects else None, *projects.get(c[10], (None, None)))
                cells[key] = view
                for acc in (unit_sum[u.id], line_sum[ln.id]):
                    acc[0] += now
                    if view.potential is not None:
                        acc[1] = view.potential if acc[1] is None else acc[1] + view.potential
        by_unit = {k: Totals(v[0], v[1]) for k, v in unit_sum.items()}
        by_line = {k: Totals(v[0], v[1]) for k, v in line_sum.items()}
        known = [t.potential for t in by_unit.values() if t.potential is not None]
        total = Totals(sum((t.current for t in by_unit.values()), zero), sum(known, zero) if known else None)
        unplaced.sort(key=lambda p: (-p.amount, p.product))
        grid = Grid(account_id, account.currency, start, end, lines, units, cells, by_unit, by_line, total, unplaced)
        grid.largest_whitespace = max((c.whitespace for c in cells.values() if c.whitespace is not None), default=zero)
        return grid

    def cell_transactions(self, account_id: int, unit_id: int, line_id: int,
                          as_of: dt.date | None = None) -> list[Transaction]:
        """The transactions of the period that make a cell's current revenue, newest first."""
        start, end = period(as_of or dt.date.today())
        with self.read() as s:
            return cell_rows(s, account_id, unit_id, line_id, start, end)
