"""The whitespace map, its rules in one place: where each key account can still grow.

Rows are the customer's business units, columns our top-level product lines.
A cell's **current revenue** is the sum of the account's transactions of the
last 12 months that belong to its unit and line; **whitespace** is potential −
current; **share of wallet** is current ÷ potential, per cell, unit, line and
for the account.

How a transaction finds its cell:

* its line — the product text as the ERP writes it, in this order: a mapping
  the user made (``map_product``); the exact code or name of a catalogue entry
  (a line, or a product under a line, which counts for its line); a word of the
  text that is exactly one entry's code ("精密轴承 P4" → the product ``P4``).
  Two different lines found → none (ambiguous);
* its unit — the unit it names (``business_unit_id``), else the account's unit
  that takes unassigned transactions.

Whatever cannot be placed (no line, no unit, another currency than the
account's) is listed with its reason, never dropped. Every edit returns a
Change whose ``before`` is what its inverse needs (the window's undo).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kam import validate as v
from kam.analysis.whitespace import HEAT_LEVELS, share
from kam.errors import NotAllowed, NotFound, ValidationError
from kam.fields import Field, FieldSet
from kam.i18n import N_, _, language
from kam.model import Account, Competitor, Department, Transaction
from kam.model.whitespace import BusinessUnit, ProductLine, ProductMapping, WhitespaceCell
from kam.services.base import Change, ServiceBase, check_version, get_or_404
from kam.vocab import CellStatus, Holder, Tier, UnitKind

LINE_FIELDS = FieldSet(N_("a product line"), [
    Field("code", N_("Code"), max_len=50, required=True),
    Field("name_zh", N_("Chinese name"), max_len=200),
    Field("name_en", N_("English name"), max_len=200),
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
CELL_STATE = ("potential", "currency", "holder", "competitor_id", "status", "note", "objective_id")

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

    def name(self, lang: str) -> str:
        """The line's name in ``lang`` (its code where it has no name)."""
        first, second = (self.name_zh, self.name_en) if lang.startswith("zh") else (self.name_en, self.name_zh)
        return first or second or self.code


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    kind: UnitKind
    department_id: int | None
    takes_unassigned: bool
    position: int
    version: int


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
    objective_id: int | None = None
    version: int | None = None

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
            for text in (r.code, r.name_zh, r.name_en):
                if text:
                    self._exact[product_key(text)].add(top(r.id))
            self._codes[product_key(r.code)] = top(r.id)
        self._cache: dict[str, int | None] = {}

    def line_of(self, product: str) -> int | None:
        key = product_key(product)
        if key in self._cache:
            return self._cache[key]
        found: int | None = self._mapped.get(key)
        if found is None:
            exact = self._exact.get(key, set())
            if len(exact) == 1:
                found = next(iter(exact))
            elif not exact:
                words = {self._codes[w] for w in key.split() if w in self._codes}
                found = next(iter(words)) if len(words) == 1 else None
        self._cache[key] = found
        return found


def _line_row(r: ProductLine) -> LineRow:
    return LineRow(r.id, r.code, r.name_zh, r.name_en, r.parent_id, r.position, r.version)


def _unit_row(u: BusinessUnit) -> UnitRow:
    return UnitRow(u.id, u.name, u.kind, u.department_id, u.takes_unassigned, u.position, u.version)


class WhitespaceService(ServiceBase):
    line_fields = LINE_FIELDS
    unit_fields = UNIT_FIELDS
    cell_fields = CELL_FIELDS

    # --- the catalogue

    def lines(self, *, products: bool = False) -> list[LineRow]:
        """Our product lines in their order (with ``products``, the products under them too)."""
        with self.read() as s:
            q = select(ProductLine).order_by(ProductLine.position, ProductLine.code)
            if not products:
                q = q.where(ProductLine.parent_id.is_(None))
            return [_line_row(r) for r in s.scalars(q)]

    def _clean_line(self, s: Session, data: Mapping[str, Any], current: ProductLine | None) -> dict[str, Any]:
        out = LINE_FIELDS.clean(data)
        code = out.get("code", current.code if current else None)
        clash = s.scalar(select(ProductLine.id).where(func.lower(ProductLine.code) == (code or "").lower()))
        if clash is not None and (current is None or clash != current.id):
            raise ValidationError("code", _("{code} is already a code of the catalogue").format(code=code),
                                  LINE_FIELDS["code"].caption)
        parent_id = out.get("parent_id")
        if parent_id is not None:
            parent = s.get(ProductLine, parent_id)
            if parent is None or parent.parent_id is not None or (current is not None and parent.id == current.id):
                raise ValidationError("parent_id", _("a product goes under a product line, not under a product"),
                                      LINE_FIELDS["parent_id"].caption)
            if current is not None and s.scalar(select(ProductLine.id).where(ProductLine.parent_id == current.id)):
                raise ValidationError("parent_id", _("a line with products under it cannot become a product"),
                                      LINE_FIELDS["parent_id"].caption)
        return out

    def add_line(self, code: str, name_zh: str | None = None, name_en: str | None = None,
                 parent_id: int | None = None) -> Change:
        """A product line (or, with ``parent_id``, a product under one); raises ValidationError."""
        with self.unit() as s:
            fields = self._clean_line(s, {"code": code, "name_zh": name_zh, "name_en": name_en,
                                          "parent_id": parent_id}, None)
            last = s.scalar(select(func.max(ProductLine.position))) or 0
            line = ProductLine(**fields, position=last + 1)
            s.add(line)
            s.flush()
            return Change("product_line", line.id, "create", {}, {"code": line.code})

    def update_line(self, line_id: int, expected_version: int | None = None, **data: Any) -> Change:
        """Change a line's code, names or parent; ``before`` holds the old values."""
        with self.unit() as s:
            line = get_or_404(s, ProductLine, line_id, _("product line"))
            check_version(line, expected_version, _("product line"))
            fields = self._clean_line(s, data, line)
            before = {k: getattr(line, k) for k in fields}
            for k, val in fields.items():
                setattr(line, k, val)
            s.flush()
            return Change("product_line", line.id, "update", before, fields)

    def delete_line(self, line_id: int) -> Change:
        """Remove a line nobody uses yet (no cell, product or mapping on it): the undo of ``add_line``."""
        with self.unit() as s:
            line = get_or_404(s, ProductLine, line_id, _("product line"))
            used = (s.scalar(select(func.count()).where(WhitespaceCell.line_id == line_id))
                    or s.scalar(select(func.count()).where(ProductLine.parent_id == line_id))
                    or s.scalar(select(func.count()).where(ProductMapping.line_id == line_id)))
            if used:
                raise ValidationError("line", _("{code} is used on whitespace maps or by products; it stays").format(
                    code=line.code))
            s.delete(line)
            return Change("product_line", line_id, "delete", {"code": line.code})

    def map_product(self, product: str, line_id: int | None) -> Change:
        """Put a product text of the transactions on a line (None: take the mapping away, the catalogue rules
        apply again). ``before`` holds the previous line (or None), so the inverse is ``map_product`` again."""
        text = v.text(product, "product", required=True, max_len=200)
        key = product_key(text)[:200]
        with self.unit() as s:
            row = s.scalar(select(ProductMapping).where(ProductMapping.product_key == key))
            before = row.line_id if row is not None else None
            if line_id is not None:
                get_or_404(s, ProductLine, line_id, _("product line"))
            if line_id is None and row is not None:
                s.delete(row)
            elif line_id is not None and row is None:
                s.add(ProductMapping(product_key=key, product=text[:200], line_id=line_id))
            elif row is not None and line_id is not None:
                row.line_id = line_id
            return Change("product_mapping", 0, "update", {"line_id": before, "product": text},
                          {"line_id": line_id, "product": text})

    def mappings(self) -> dict[str, int]:
        with self.read() as s:
            return dict(s.execute(select(ProductMapping.product_key, ProductMapping.line_id)).all())

    # --- business units

    def units(self, account_id: int) -> list[UnitRow]:
        with self.read() as s:
            return [_unit_row(u) for u in s.scalars(select(BusinessUnit).where(BusinessUnit.account_id == account_id)
                                                    .order_by(BusinessUnit.position, BusinessUnit.id))]

    def _clean_unit(self, s: Session, account_id: int, data: Mapping[str, Any],
                    current: BusinessUnit | None) -> dict[str, Any]:
        out = UNIT_FIELDS.clean(data)
        if "takes_unassigned" in out:
            out["takes_unassigned"] = bool(out["takes_unassigned"])
        name = out.get("name")
        if name is not None:
            clash = s.scalar(select(BusinessUnit.id).where(BusinessUnit.account_id == account_id,
                                                           BusinessUnit.name == name))
            if clash is not None and (current is None or clash != current.id):
                raise ValidationError("name", _("this account already has a unit named {name}").format(name=name),
                                      UNIT_FIELDS["name"].caption)
        dep = out.get("department_id")
        if dep is not None:
            department = s.get(Department, dep)
            if department is None or department.account_id != account_id:
                raise ValidationError("department_id", _("no department {id} at this account").format(id=dep),
                                      UNIT_FIELDS["department_id"].caption)
        if out.get("takes_unassigned"):  # one unit of the account takes them
            s.execute(update(BusinessUnit).where(BusinessUnit.account_id == account_id,
                                                 BusinessUnit.takes_unassigned.is_(True))
                      .values(takes_unassigned=False, version=BusinessUnit.version + 1))
        return out

    def add_unit(self, account_id: int, name: str, kind: str | UnitKind = UnitKind.PLANT, *,
                 department_id: int | None = None, takes_unassigned: bool = False, notes: str | None = None) -> Change:
        """A plant, division, subsidiary or region of the account; raises ValidationError, NotFound."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, _("account"))
            fields = self._clean_unit(s, account_id, {"name": name, "kind": kind, "department_id": department_id,
                                                      "takes_unassigned": int(takes_unassigned), "notes": notes},
                                      None)
            last = s.scalar(select(func.max(BusinessUnit.position)).where(BusinessUnit.account_id == account_id))
            unit = BusinessUnit(account_id=account_id, position=(last or 0) + 1, **fields)
            s.add(unit)
            s.flush()
            return Change("business_unit", unit.id, "create", {}, {"name": unit.name})

    def update_unit(self, unit_id: int, expected_version: int | None = None, **data: Any) -> Change:
        with self.unit() as s:
            unit = get_or_404(s, BusinessUnit, unit_id, _("business unit"))
            check_version(unit, expected_version, _("business unit"))
            if "takes_unassigned" in data:
                data = {**data, "takes_unassigned": int(bool(data["takes_unassigned"]))}
            fields = self._clean_unit(s, unit.account_id, data, unit)
            before = {k: getattr(unit, k) for k in fields}
            for k, val in fields.items():
                setattr(unit, k, val)
            s.flush()
            return Change("business_unit", unit.id, "update", before, fields)

    def delete_unit(self, unit_id: int) -> Change:
        """Remove a unit with nothing entered on its row (the undo of ``add_unit``); its transactions stay."""
        with self.unit() as s:
            unit = get_or_404(s, BusinessUnit, unit_id, _("business unit"))
            if s.scalar(select(func.count()).where(WhitespaceCell.unit_id == unit_id)):
                raise ValidationError("unit", _("{name} has cells filled in; clear them first").format(name=unit.name))
            s.delete(unit)
            return Change("business_unit", unit_id, "delete", {"name": unit.name})

    def assign_transactions(self, account_id: int, units: Mapping[int, int | None]) -> Change:
        """Say which unit bought each transaction ({transaction id: unit id or None}); ``before["units"]`` holds
        the previous units in the same form, so the inverse is this call with it."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, _("account"))
            wanted = {u for u in units.values() if u is not None}
            ours = set(s.scalars(select(BusinessUnit.id).where(BusinessUnit.account_id == account_id,
                                                                BusinessUnit.id.in_(wanted)))) if wanted else set()
            if wanted - ours:
                raise ValidationError("unit", _("no business unit {id} at this account").format(
                    id=min(wanted - ours)))
            rows = dict(s.execute(select(Transaction.id, Transaction.business_unit_id).where(
                Transaction.account_id == account_id, Transaction.id.in_(list(units)))).all())
            missing = set(units) - set(rows)
            if missing:
                raise ValidationError("transactions", _("no transaction {id} at this account").format(
                    id=min(missing)))
            for tid, uid in units.items():
                s.execute(update(Transaction).where(Transaction.id == tid).values(business_unit_id=uid))
            return Change("transactions", account_id, "update", {"units": rows}, {"units": dict(units)})

    # --- cells

    def cell_state(self, unit_id: int, line_id: int) -> dict[str, Any] | None:
        """What is entered on a cell (None: nothing), in the form ``restore_cell`` takes."""
        with self.read() as s:
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            return None if cell is None else {k: getattr(cell, k) for k in CELL_STATE}

    def _cell_fields(self, s: Session, account: Account, data: Mapping[str, Any],
                     cell: WhitespaceCell | None) -> dict[str, Any]:
        out = CELL_FIELDS.clean(data)
        merged = {k: getattr(cell, k) for k in CELL_STATE} if cell is not None else {
            "holder": Holder.NOBODY, "competitor_id": None, "status": None, "currency": account.currency}
        merged.update(out)
        cap = CELL_FIELDS
        if "currency" in out and out["currency"] != account.currency:
            raise ValidationError("currency", _("the whitespace map is kept in the account's currency, {cur}").format(
                cur=account.currency), cap["currency"].caption)
        holder, comp = merged["holder"], merged.get("competitor_id")
        if holder == Holder.COMPETITOR and comp is None:
            raise ValidationError("competitor_id", _("name the competitor who holds it"), cap["competitor_id"].caption)
        if holder != Holder.COMPETITOR and comp is not None:
            if "competitor_id" in out:
                raise ValidationError("competitor_id", _("a competitor is named only when a competitor holds it"),
                                      cap["competitor_id"].caption)
            out["competitor_id"] = None  # the holder changed away from the competitor
        if comp is not None and "competitor_id" in out:
            found = s.get(Competitor, comp)
            if found is None or found.account_id != account.id:
                raise ValidationError("competitor_id", _("no competitor {id} at this account").format(id=comp),
                                      cap["competitor_id"].caption)
        if merged.get("status") == CellStatus.OURS and holder != Holder.US:
            raise ValidationError("status", _("a cell is ours only when we hold it"), cap["status"].caption)
        out.setdefault("currency", account.currency)
        return out

    def set_cell(self, unit_id: int, line_id: int, expected_version: int | None = None, **data: Any) -> Change:
        """Enter or change what is known of one cell (potential, holder, competitor, status, note).

        ``before`` is the cell's previous state ({} when it had none): the inverse is
        ``restore_cell(unit_id, line_id, before or None)``. Raises ValidationError, NotFound, ConflictError."""
        with self.unit() as s:
            unit = get_or_404(s, BusinessUnit, unit_id, _("business unit"))
            get_or_404(s, ProductLine, line_id, _("product line"))
            account = get_or_404(s, Account, unit.account_id, _("account"))
            if s.scalar(select(ProductLine.parent_id).where(ProductLine.id == line_id)) is not None:
                raise ValidationError("line", _("the map has a column per product line, not per product"))
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            if cell is not None:
                check_version(cell, expected_version, _("whitespace cell"))
            fields = self._cell_fields(s, account, data, cell)
            before = {k: getattr(cell, k) for k in CELL_STATE} if cell is not None else {}
            if cell is None:
                cell = WhitespaceCell(account_id=account.id, unit_id=unit_id, line_id=line_id, **fields)
                s.add(cell)
            else:
                for k, val in fields.items():
                    setattr(cell, k, val)
            s.flush()
            return Change("whitespace_cell", cell.id, "update" if before else "create", before,
                          {k: getattr(cell, k) for k in CELL_STATE})

    def restore_cell(self, unit_id: int, line_id: int, state: Mapping[str, Any] | None) -> Change:
        """Put a cell back as ``cell_state`` gave it (None: nothing entered): undo and redo."""
        with self.unit() as s:
            unit = get_or_404(s, BusinessUnit, unit_id, _("business unit"))
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            before = {k: getattr(cell, k) for k in CELL_STATE} if cell is not None else {}
            if state is None:
                if cell is not None:
                    s.delete(cell)
                return Change("whitespace_cell", cell.id if cell else 0, "delete", before, {})
            if cell is None:
                cell = WhitespaceCell(account_id=unit.account_id, unit_id=unit_id, line_id=line_id)
                s.add(cell)
            for k in CELL_STATE:
                setattr(cell, k, state.get(k))
            s.flush()
            return Change("whitespace_cell", cell.id, "update", before, dict(state))

    # --- into the plan

    def make_objective(self, unit_id: int, line_id: int, year: int, target: Any = None) -> Change:
        """Turn a targeted cell into a quantitative objective of the account's draft plan for ``year``:
        "introduce <line> at <unit>", its target the cell's whitespace unless given, phased evenly; the cell
        links to it. Its progress is the cell's revenue in that year (``objective_progress``). Refused for a cell
        that is not targeted, already linked, or without an editable plan. The inverse is ``drop_objective``."""
        from kam.model import AnnualPlan, QuantObjective
        from kam.services.planning import EDITABLE_STATUSES, clean_quant, newest_plan_id
        from kam.vocab import Metric

        with self.unit() as s:
            unit = get_or_404(s, BusinessUnit, unit_id, _("business unit"))
            line = get_or_404(s, ProductLine, line_id, _("product line"))
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            if cell is None or cell.status != CellStatus.TARGETED:
                raise ValidationError("status", _("only a cell targeted this year becomes an objective"))
            if cell.objective_id is not None:
                raise ValidationError("objective", _("this cell already has its objective"))
            plan_id = newest_plan_id(s, unit.account_id, year)
            plan = s.get(AnnualPlan, plan_id) if plan_id else None
            if plan is None or plan.status not in EDITABLE_STATUSES:
                raise NotAllowed(_("the account has no draft plan for {year}: start one under Plan & reviews").format(
                    year=year))
            if target is None:
                current = self._cell_revenue(s, unit.account_id, unit_id, line_id, dt.date.today())
                if cell.potential is None or cell.potential - current <= 0:
                    raise ValidationError("annual_target", _("the cell has no whitespace: give the target"))
                target = cell.potential - current
            name = _line_row(line).name(language())
            values = clean_quant({"metric": Metric.CUSTOM, "annual_target": target, "unit": cell.currency,
                                  "label": _("Introduce {line} at {unit}").format(line=name or line.code,
                                                                                  unit=unit.name)[:200]}, "")
            position = (s.scalar(select(func.max(QuantObjective.position)).where(QuantObjective.plan_id == plan.id))
                        or 0) + 1
            objective = QuantObjective(plan_id=plan.id, position=position, **values)
            s.add(objective)
            s.flush()
            cell.objective_id = objective.id
            return Change("objective", objective.id, "create", {}, {"unit_id": unit_id, "line_id": line_id})

    def drop_objective(self, unit_id: int, line_id: int) -> Change:
        """Remove the objective made from a cell (while its plan is still a draft) and the cell's link."""
        from kam.model import AnnualPlan, QuantObjective
        from kam.services.planning import EDITABLE_STATUSES

        with self.unit() as s:
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            if cell is None or cell.objective_id is None:
                raise NotFound(_("the cell has no objective"))
            objective = s.get(QuantObjective, cell.objective_id)
            plan = s.get(AnnualPlan, objective.plan_id) if objective else None
            if plan is not None and plan.status not in EDITABLE_STATUSES:
                raise NotAllowed(_("the plan is no longer a draft; the objective stays"))
            oid = cell.objective_id
            cell.objective_id = None
            if objective is not None:
                s.delete(objective)
            return Change("objective", oid, "delete")

    def objective_progress(self, unit_id: int, line_id: int) -> tuple[Decimal, Decimal, int] | None:
        """A linked cell's revenue in its objective's plan year so far, the objective's target and the year."""
        from kam.model import AnnualPlan, QuantObjective

        with self.read() as s:
            row = s.execute(select(WhitespaceCell.account_id, QuantObjective.annual_target, AnnualPlan.year)
                            .join(QuantObjective, QuantObjective.id == WhitespaceCell.objective_id)
                            .join(AnnualPlan, AnnualPlan.id == QuantObjective.plan_id)
                            .where(WhitespaceCell.unit_id == unit_id, WhitespaceCell.line_id == line_id)).first()
            if row is None:
                return None
            end = min(dt.date(row.year, 12, 31), dt.date.today())
            done = self._cell_revenue(s, row.account_id, unit_id, line_id, end, start=dt.date(row.year, 1, 1))
            return done, row.annual_target, row.year

    def _cell_revenue(self, s: Session, account_id: int, unit_id: int, line_id: int, end: dt.date,
                      start: dt.date | None = None) -> Decimal:
        first, last = period(end) if start is None else (start, end)
        return sum((t.amount for t in self._cell_rows(s, account_id, unit_id, line_id, first, last)), Decimal(0))

    # --- the grid

    def grid(self, account_id: int, as_of: dt.date | None = None) -> Grid:
        """The account's map: every unit × every top-level line, with current revenue, potential, whitespace and
        share of wallet per cell, unit, line and account, and the transactions of the period on no cell."""
        start, end = period(as_of or dt.date.today())
        with self.read() as s:
            account = get_or_404(s, Account, account_id, _("account"))
            all_lines = [LineRow(*r) for r in s.execute(
                select(ProductLine.id, ProductLine.code, ProductLine.name_zh, ProductLine.name_en,
                       ProductLine.parent_id, ProductLine.position, ProductLine.version)
                .order_by(ProductLine.position, ProductLine.code))]
            lines = [r for r in all_lines if r.parent_id is None]
            units = [UnitRow(*r) for r in s.execute(
                select(BusinessUnit.id, BusinessUnit.name, BusinessUnit.kind, BusinessUnit.department_id,
                       BusinessUnit.takes_unassigned, BusinessUnit.position, BusinessUnit.version)
                .where(BusinessUnit.account_id == account_id).order_by(BusinessUnit.position, BusinessUnit.id))]
            mappings = dict(s.execute(select(ProductMapping.product_key, ProductMapping.line_id)).all())
            cols = (WhitespaceCell.unit_id, WhitespaceCell.line_id, WhitespaceCell.id, WhitespaceCell.potential,
                    WhitespaceCell.holder, WhitespaceCell.competitor_id, WhitespaceCell.status, WhitespaceCell.note,
                    WhitespaceCell.objective_id, WhitespaceCell.version)
            stored = {(r[0], r[1]): r for r in s.execute(select(*cols).where(WhitespaceCell.account_id == account_id))}
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
                    view = CellView(u.id, ln.id, c[2], now, counts.get(key, 0), c[3], c[4], c[5],
                                    competitors.get(c[5]) if c[5] else None, c[6], c[7], c[8], c[9])
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
            return self._cell_rows(s, account_id, unit_id, line_id, start, end)

    @staticmethod
    def _cell_rows(s: Session, account_id: int, unit_id: int, line_id: int, start: dt.date,
                   end: dt.date) -> list[Transaction]:
        account = get_or_404(s, Account, account_id, _("account"))
        all_lines = [_line_row(r) for r in s.scalars(select(ProductLine))]
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

    # --- the VP's view

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
                       ProductLine.parent_id, ProductLine.position, ProductLine.version)
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

    # --- the dossier (kam.io.dossier_json): cells name our lines by code

    @staticmethod
    def catalogue_codes(s: Session) -> dict[int, str]:
        return dict(s.execute(select(ProductLine.id, ProductLine.code)).all())

    @staticmethod
    def catalogue_entries(s: Session, codes: Iterable[str]) -> list[dict[str, Any]]:
        """The catalogue lines a dossier uses, as the file carries them (so another database can create them)."""
        wanted = sorted(set(codes))
        if not wanted:
            return []
        rows = list(s.scalars(select(ProductLine).where(ProductLine.code.in_(wanted)).order_by(ProductLine.code)))
        return [{"code": r.code, "name_zh": r.name_zh, "name_en": r.name_en} for r in rows]

    @staticmethod
    def ensure_catalogue(s: Session, entries: Any, source: str) -> tuple[dict[str, int], list[str]]:
        """{code: id} of every catalogue line the dossier names, creating the ones this database lacks; and the
        codes created."""
        have = {code: i for i, code in s.execute(select(ProductLine.id, ProductLine.code))}
        created = []
        for n, entry in enumerate(entries or [], 1):
            if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
                raise ValidationError("catalogue", _("{source}: catalogue entry {n} has no code").format(
                    source=source, n=n))
            if entry["code"] in have:
                continue
            fields = LINE_FIELDS.clean({k: entry.get(k) for k in ("code", "name_zh", "name_en")})
            line = ProductLine(**fields, position=len(have) + 1)
            s.add(line)
            s.flush()
            have[line.code] = line.id
            created.append(line.code)
        return have, created

