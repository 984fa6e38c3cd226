"""What is entered on a cell, and a cell into the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam.errors import NotAllowed, NotFound, ValidationError
from kam.i18n import _, language
from kam.model import Account, Competitor
from kam.model.whitespace import BusinessUnit, ProductLine, WhitespaceCell
from kam.services.base import Change, ServiceBase, check_version, get_or_404
from kam.services.kept import put_back
from kam.services.kept import rows as kept_rows
from kam.services.whitespace.rows import (
    CELL_FIELDS,
    CELL_STATE,
    cell_rows,
    line_row,
    objectives_in_year,
    period,
)
from kam.vocab import CellStatus, Holder


class CellOps(ServiceBase):
    """Cells and their links into the plan."""

    def cell_state(self, unit_id: int, line_id: int) -> dict[str, Any] | None:
        """What is entered on a cell (None: nothing), in the form ``restore_cell`` takes."""
        with self.read() as s:
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            return None if cell is None else {k: getattr(cell, k) for k in CELL_STATE}

    def clean_cell(self, s: Session, account: Account, data: Mapping[str, Any],
                   cell: WhitespaceCell | None) -> dict[str, Any]:
        """What ``set_cell`` would write on a cell from ``data``, checked against the cell as stored (None: not
        entered yet); raises ValidationError. The potentials import uses it inside its own unit of work."""
        return self._cell_fields(s, account, data, cell)

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
                    [before["row"]] = kept_rows(s, WhitespaceCell, WhitespaceCell.id == cell.id)
                    s.delete(cell)
                return Change("whitespace_cell", cell.id if cell else 0, "delete", before, {})
            if "row" in state and cell is None:  # a cell the undo took off, back as it was (id, version, times)
                put_back(s, WhitespaceCell, [state["row"]])
                return Change("whitespace_cell", state["row"]["id"], "restore", {}, dict(state))
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
            linked = objectives_in_year(s, {0: cell.objective_id}, year) if cell.objective_id else {}
            if linked and linked[0][1] == year:
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
            name = line_row(line).name(language())
            values = clean_quant({"metric": Metric.CUSTOM, "annual_target": target, "unit": cell.currency,
                                  "label": _("Introduce {line} at {unit}").format(line=name or line.code,
                                                                                  unit=unit.name)[:200]}, "")
            position = (s.scalar(select(func.max(QuantObjective.position)).where(QuantObjective.plan_id == plan.id))
                        or 0) + 1
            objective = QuantObjective(plan_id=plan.id, position=position, **values)
            s.add(objective)
            s.flush()
            before = {"objective_id": cell.objective_id}  # an earlier year's link, replaced
            cell.objective_id = objective.id
            return Change("objective", objective.id, "create", before, {"unit_id": unit_id, "line_id": line_id})

    def drop_objective(self, unit_id: int, line_id: int, relink: int | None = None) -> Change:
        """Remove the objective made from a cell (while its plan is still a draft) and the cell's link, which goes
        back to ``relink`` (the earlier year's objective ``make_objective`` replaced: its ``before``)."""
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
            if relink is not None and s.get(QuantObjective, relink) is None:
                relink = None
            kept = kept_rows(s, QuantObjective, QuantObjective.id == oid) if objective is not None else []
            cell.objective_id = relink
            if objective is not None:
                s.delete(objective)
            return Change("objective", oid, "delete", {"rows": kept})

    def put_back_objective(self, unit_id: int, line_id: int, kept: Mapping[str, Any]) -> Change:
        """The redo of ``make_objective``: the very objective ``drop_objective`` took off (``kept``, its
        ``before``) back in its plan, the cell linked to it again; only while the plan is a draft."""
        from kam.model import AnnualPlan, QuantObjective
        from kam.services.planning import EDITABLE_STATUSES

        [row] = kept["rows"]
        with self.unit() as s:
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            plan = s.get(AnnualPlan, row["plan_id"])
            if cell is None or plan is None or plan.status not in EDITABLE_STATUSES:
                raise NotAllowed(_("the account has no draft plan for {year}: start one under Plan & reviews").format(
                    year=plan.year if plan is not None else ""))
            if s.get(QuantObjective, row["id"]) is not None:
                raise ValidationError("objective", _("this cell already has its objective"))
            put_back(s, QuantObjective, [row])
            cell.objective_id = row["id"]
            return Change("objective", row["id"], "restore")

    def make_project(self, unit_id: int, line_id: int, name: str | None = None) -> Change:
        """Turn a targeted cell into a purchasing project of the account: "<line> at <unit>" (unless named), its
        budget the cell's whitespace where known, in the cell's currency, the cell's note as the problem to solve;
        the cell links to it. Refused for a cell that is not targeted or already has its project. The inverse is
        ``drop_project``; a redo puts the project back (``ProjectService.put_back``, which links its cells again)."""
        from kam import validate as v
        from kam.model import PurchasingProject

        with self.unit() as s:
            unit = get_or_404(s, BusinessUnit, unit_id, _("business unit"))
            line = get_or_404(s, ProductLine, line_id, _("product line"))
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            if cell is None or cell.status != CellStatus.TARGETED:
                raise ValidationError("status", _("only a cell targeted this year becomes a purchasing project"))
            if cell.project_id is not None and s.get(PurchasingProject, cell.project_id) is not None:
                raise ValidationError("project", _("this cell already has its purchasing project"))
            current = self._cell_revenue(s, unit.account_id, unit_id, line_id, dt.date.today())
            gap = None if cell.potential is None else cell.potential - current
            title = name or _("{line} at {unit}").format(line=line_row(line).name(language()), unit=unit.name)
            project = PurchasingProject(account_id=unit.account_id,
                                        name=v.text(title, "name", required=True, max_len=300),
                                        budget=gap if gap is not None and gap > 0 else None, currency=cell.currency,
                                        problem_to_solve=cell.note)
            s.add(project)
            s.flush()
            cell.project_id = project.id
            return Change("project", project.id, "create", {}, {"unit_id": unit_id, "line_id": line_id})

    def drop_project(self, unit_id: int, line_id: int) -> Change:
        """Delete the purchasing project made from a cell and the cell's link: the undo of ``make_project``."""
        from kam.services.projects import ProjectService

        with self.unit() as s:
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            if cell is None or cell.project_id is None:
                raise NotFound(_("the cell has no purchasing project"))
            pid = cell.project_id
            cell.project_id = None
            s.flush()
            ProjectService._remove(s, pid)
            return Change("project", pid, "delete")

    def objective_progress(self, unit_id: int, line_id: int,
                           as_of: dt.date | None = None) -> tuple[Decimal, Decimal, int] | None:
        """A linked cell's revenue so far in the year of its objective for ``as_of``'s year (the linked one or its
        copy in that year's plan, ``objectives_in_year``), that objective's target and the year."""
        from kam.model import QuantObjective

        today = as_of or dt.date.today()
        with self.read() as s:
            cell = s.scalar(select(WhitespaceCell).where(WhitespaceCell.unit_id == unit_id,
                                                         WhitespaceCell.line_id == line_id))
            if cell is None or cell.objective_id is None:
                return None
            found = objectives_in_year(s, {0: cell.objective_id}, today.year).get(0)
            if found is None:
                return None
            oid, year = found
            target = s.scalar(select(QuantObjective.annual_target).where(QuantObjective.id == oid)) or Decimal(0)
            end = min(dt.date(year, 12, 31), today)
            done = (self._cell_revenue(s, cell.account_id, unit_id, line_id, end, start=dt.date(year, 1, 1))
                    if end.year == year else Decimal(0))
            return done, target, year

    def _cell_revenue(self, s: Session, account_id: int, unit_id: int, line_id: int, end: dt.date,
                      start: dt.date | None = None) -> Decimal:
        first, last = period(end) if start is None else (start, end)
        return sum((t.amount for t in cell_rows(s, account_id, unit_id, line_id, first, last)), Decimal(0))
