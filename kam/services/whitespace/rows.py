"""The whitespace map's rows and figures: fields, views of lines, units and cells, totals, the resolver of product texts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.analysis.whitespace import HEAT_LEVELS, share
from kam.errors import NotFound
from kam.fields import Field, FieldSet
from kam.i18n import N_, _
from kam.model import Account, Transaction
from kam.model.whitespace import BusinessUnit, ProductLine, ProductMapping
from kam.services.base import get_or_404
from kam.vocab import CellStatus, Holder, ProjectStatus, Tier, UnitKind

LINE_FIELDS = FieldSet(N_("a product line"), [
    Field("code", N_("Code"), max_len=50, required=True),
    Field("name_zh", N_("Chinese name"), max_len=200),
    Field("name_en", N_("English name"), max_len=200),
    Field("name_zh_tw", N_("Chinese name (Traditional)"), max_len=200),
    Field("parent_id", N_("Product line"), "ref"),
])
UNIT_FIELDS = FieldSet(N_("a business unit"), [
    Field("name", N_("Name"), max_len=200, required=True),
    Field("kind", N_("Kind"), "choice", choices=UnitKind, required=True),
    Field("department_id", N_("Org-chart department"), "ref"),
    Field("takes_unassigned", N_("Counts transactions that name no unit"), "integer", lo=0, hi=1),
    Field("notes", N_("Notes"), "text"),
])
CELL_FIELDS = FieldSet(N_("a whitespace cell"), [
    Field("potential", N_("Potential per year"), "money"),
    Field("currency", N_("Currency"), "currency"),
    Field("holder", N_("Held by"), "choice", choices=Holder, required=True),
    Field("competitor_id", N_("Competitor"), "ref"),
    Field("status", N_("Status"), "choice", choices=CellStatus),
    Field("note", N_("Note"), "text"),
])
CELL_STATE = ("potential", "currency", "holder", "competitor_id", "status", "note", "objective_id", "project_id")

# Why a transaction of the period is on no cell.
NO_LINE, NO_UNIT, OTHER_CURRENCY = "no_line", "no_unit", "other_currency"
REASONS = {NO_LINE: N_("product on no product line"), NO_UNIT: N_("no business unit"),
           OTHER_CURRENCY: N_("another currency than the account's")}


def product_key(text: str) -> str:
    """How product texts are compared: spaces collapsed, case folded (full-width forms as typed)."""
    return " ".join(text.split()).casefold()


def period(as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The last 12 months up to ``as_of``: first and last day, both included."""
    try:
        year_ago = as_of.replace(year=as_of.year - 1)
    except ValueError:  # 29 February
        year_ago = as_of.replace(year=as_of.year - 1, day=28)
    return year_ago + dt.timedelta(days=1), as_of


@dataclass(frozen=True)
class LineRow:
    id: int
    code: str
    name_zh: str | None
    name_en: str | None
    parent_id: int | None
    position: int
    version: int
    name_zh_tw: str | None = None  # 繁體 (name_zh is 简体)

    def name(self, lang: str) -> str:
        """The line's name in ``lang``: 繁體, 简体 or English as asked, else the nearest one there is (the other
        Chinese first for Chinese), else its code."""
        if lang == "zh_TW":
            order = (self.name_zh_tw, self.name_zh, self.name_en)
        elif lang.startswith("zh"):
            order = (self.name_zh, self.name_zh_tw, self.name_en)
        else:
            order = (self.name_en, self.name_zh, self.name_zh_tw)
        return next((n for n in order if n), self.code)


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    kind: UnitKind
    department_id: int | None
    takes_unassigned: bool
    position: int
    version: int
    notes: str | None = None


@dataclass(frozen=True)
class Totals:
    current: Decimal
    potential: Decimal | None  # the sum of the potentials that are known

    @property
    def whitespace(self) -> Decimal | None:
        return None if self.potential is None else self.potential - self.current

    @property
    def share(self) -> Decimal | None:
        return share(self.current, self.potential)


@dataclass(frozen=True)
class CellView:
    unit_id: int
    line_id: int
    cell_id: int | None  # None: nothing entered yet (the cell may still have current revenue)
    current: Decimal
    transactions: int
    potential: Decimal | None = None
    holder: Holder = Holder.NOBODY
    competitor_id: int | None = None
    competitor: str | None = None
    status: CellStatus | None = None
    note: str | None = None
    objective_id: int | None = None  # the cell's objective for the map's year (the link or its copy)
    version: int | None = None
    objective_year: int | None = None
    project_id: int | None = None  # the purchasing project made from the cell
    project: str | None = None  # its name
    project_status: ProjectStatus | None = None

    @property
    def whitespace(self) -> Decimal | None:
        return None if self.potential is None else self.potential - self.current

    @property
    def share(self) -> Decimal | None:
        return share(self.current, self.potential)

    @property
    def over_potential(self) -> bool:
        """More is bought from us than the potential says the unit spends: the potential is wrong (flagged)."""
        return self.potential is not None and self.current > self.potential


@dataclass(frozen=True)
class Unplaced:
    """Transactions of the period that are on no cell, grouped by product text, unit and reason."""

    product: str
    unit_id: int | None
    currency: str
    reason: str  # NO_LINE / NO_UNIT / OTHER_CURRENCY
    transactions: int
    amount: Decimal

    @property
    def reason_text(self) -> str:
        return _(REASONS[self.reason])


@dataclass
class Grid:
    account_id: int
    currency: str
    start: dt.date
    end: dt.date
    lines: list[LineRow]
    units: list[UnitRow]
    cells: dict[tuple[int, int], CellView]
    by_unit: dict[int, Totals]
    by_line: dict[int, Totals]
    total: Totals
    unplaced: list[Unplaced] = field(default_factory=list)
    largest_whitespace: Decimal = Decimal(0)  # the heat map's top

    def cell(self, unit_id: int, line_id: int) -> CellView:
        return self.cells[(unit_id, line_id)]

    def heat(self, cell: CellView) -> int:
        """0 (nothing left to win, or no potential entered) to HEAT_LEVELS − 1 (the account's largest whitespace)."""
        top = self.largest_whitespace
        if cell.whitespace is None or cell.whitespace <= 0 or top <= 0:
            return 0
        return 1 + min(HEAT_LEVELS - 2, int(cell.whitespace / top * (HEAT_LEVELS - 1)))

    @property
    def empty(self) -> bool:
        return not self.units or not self.lines


@dataclass
class PortfolioSummary:
    """Whitespace summed over the portfolio (accounts with a map), per currency: by product line, by tier, and
    the potential of each line by who holds it."""

    currency: str
    start: dt.date
    end: dt.date
    accounts: int
    lines: list[LineRow]
    by_line: dict[int, Totals]
    by_tier: dict[Tier | None, Totals]
    held: dict[int, dict[Holder, Decimal]]  # line → holder → potential
    total: Totals
    competitors: dict[int, dict[str, Decimal]] = field(default_factory=dict)  # line → competitor → potential

    def largest(self) -> list[LineRow]:
        """The lines by uncaptured potential, largest first (unknown last)."""
        return sorted(self.lines, key=lambda ln: -(self.by_line[ln.id].whitespace or Decimal(0)))


class Resolver:
    """Puts a product text on a top-level product line (the rules of the module docstring)."""

    def __init__(self, lines: Iterable[LineRow], mappings: Mapping[str, int]) -> None:
        rows = list(lines)
        parent = {r.id: r.parent_id for r in rows}

        def top(line_id: int) -> int:
            seen = set()
            while parent.get(line_id) is not None and line_id not in seen:
                seen.add(line_id)
                line_id = parent[line_id]  # type: ignore[assignment]
            return line_id

        self._mapped = {k: top(v) for k, v in mappings.items() if v in parent}
        self._exact: dict[str, set[int]] = defaultdict(set)
        self._codes: dict[str, int] = {}
        for r in rows:
            for text in (r.code, r.name_zh, r.name_en, r.name_zh_tw):
                if text:
                    self._exact[product_key(text)].add(top(r.id))
            self._codes[product_key(r.code)] = top(r.id)
        self._cache: dict[str, int | None] = {}
        self._raw: dict[str, int | None] = {}

    def line_of(self, product: str) -> int | None:
        if product in self._raw:  # the same text again (the grid meets each once per unit and currency)
            return self._raw[product]
        key = product_key(product)
        if key in self._cache:
            self._raw[product] = self._cache[key]
            return self._cache[key]
        found: int | None = self._mapped.get(key)
        if found is None:
            exact = self._exact.get(key, set())
            if len(exact) == 1:
                found = next(iter(exact))
            elif not exact:
                words = {self._codes[w] for w in key.split() if w in self._codes}
                found = next(iter(words)) if len(words) == 1 else None
        self._cache[key] = self._raw[product] = found
        return found


def line_row(r: ProductLine) -> LineRow:
    return LineRow(r.id, r.code, r.name_zh, r.name_en, r.parent_id, r.position, r.version, r.name_zh_tw)


def unit_row(u: BusinessUnit) -> UnitRow:
    return UnitRow(u.id, u.name, u.kind, u.department_id, u.takes_unassigned, u.position, u.version, u.notes)


def cell_rows(s: Session, account_id: int, unit_id: int, line_id: int, start: dt.date,
             end: dt.date) -> list[Transaction]:
    account = get_or_404(s, Account, account_id, _("account"))
    all_lines = [line_row(r) for r in s.scalars(select(ProductLine))]
    mappings = dict(s.execute(select(ProductMapping.product_key, ProductMapping.line_id)).all())
    units = dict(s.execute(select(BusinessUnit.id, BusinessUnit.takes_unassigned)
                           .where(BusinessUnit.account_id == account_id)).all())
    if unit_id not in units:
        raise NotFound(_("no business unit {id} at this account").format(id=unit_id))
    q = select(Transaction).where(Transaction.account_id == account_id, Transaction.occurred_on >= start,
                                  Transaction.occurred_on <= end, Transaction.currency == account.currency)
    rows = list(s.scalars(q.order_by(Transaction.occurred_on.desc(), Transaction.id.desc())))
    resolver = Resolver(all_lines, mappings)
    default_unit = next((u for u, takes in units.items() if takes), None)

    def unit_of(t: Transaction) -> int | None:
        return t.business_unit_id if t.business_unit_id in units else default_unit

    return [t for t in rows if unit_of(t) == unit_id and resolver.line_of(t.product) == line_id]


def objectives_in_year(s: Session, links: Mapping[Any, int], year: int) -> dict[Any, tuple[int, int]]:
    """What each cell's objective link stands for in ``year``: the linked objective or one of its copies (plan next
    year, revise: ``carried_from_id``) — the one of that year's newest plan version; without one that year, the
    newest before it (or, for a link made in a later year's plan, that one). {key: (objective id, plan year)}."""
    from kam.model import AnnualPlan, QuantObjective

    if not links:
        return {}
    root_of = {oid: oid for oid in set(links.values())}
    frontier = set(root_of)
    while frontier:  # the copies of the copies
        found = s.execute(select(QuantObjective.id, QuantObjective.carried_from_id)
                          .where(QuantObjective.carried_from_id.in_(frontier))).all()
        frontier = {oid for oid, _src in found if oid not in root_of}
        for oid, src in found:
            if src is not None:
                root_of.setdefault(oid, root_of[src])
    where = dict((r[0], (r[1], r[2])) for r in s.execute(
        select(QuantObjective.id, AnnualPlan.year, AnnualPlan.plan_version)
        .join(AnnualPlan, AnnualPlan.id == QuantObjective.plan_id).where(QuantObjective.id.in_(list(root_of)))))
    family: dict[int, list[int]] = defaultdict(list)
    for oid, root in root_of.items():
        if oid in where:
            family[root].append(oid)

    def rank(oid: int) -> tuple[bool, bool, int, int]:
        y, version = where[oid]
        return y == year, y <= year, y if y <= year else -y, version

    out = {}
    for key, root in links.items():
        if family.get(root):
            best = max(family[root], key=rank)
            out[key] = (best, where[best][0])
    return out
