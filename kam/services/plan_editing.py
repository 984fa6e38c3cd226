"""Editing a plan's contents: the metric catalogue a new objective is chosen from, an even split of a target,
the objectives' order, and the snapshot of a plan's contents that undo and redo put back exactly.

A *custom* objective has a name of its own (``label``) and a unit; its actual is entered by hand
(metric ``custom``) or derived like one of the catalogue's metrics (that metric, with the custom name).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from kam import validate as v
from kam.analysis.actuals import ADDITIVE, DERIVED_FROM
from kam.errors import NotAllowed, NotFound, ValidationError
from kam.i18n import N_, _, language
from kam.model import (
    AnnualPlan,
    QualObjective,
    QuantObjective,
    ResourceNeed,
    ReviewRating,
    WhitespaceCell,
)
from kam.model.base import table_of
from kam.services.base import Change, ServiceBase, get_or_404
from kam.vocab import Metric, PlanStatus, label

EDITABLE_STATUSES = (PlanStatus.DRAFT, PlanStatus.RETURNED)

# The metric catalogue, in the order a KAM plans: each metric with the unit a new objective starts with.
CATALOGUE: tuple[tuple[Metric, str], ...] = (
    (Metric.REVENUE, "CNY"),
    (Metric.GROSS_PROFIT, "CNY"),
    (Metric.VOLUME, "units"),
    (Metric.NEW_PRODUCTS, "products"),
    (Metric.SHARE_OF_WALLET, "%"),
    (Metric.REP_VISITS, "visits"),
    (Metric.EXEC_VISITS, "visits"),
    (Metric.TRAININGS, "sessions"),
    (Metric.COMPLAINTS_RESOLVED, "complaints"),
    (Metric.PRICE, "CNY"),
)

_HOW = {
    Metric.REVENUE: N_("derived: the sum of the account's transactions (net of discount)"),
    Metric.GROSS_PROFIT: N_("derived: the gross profit of the account's transactions"),
    Metric.VOLUME: N_("derived: the quantities of the account's transactions (of the product, if one is named)"),
    Metric.PRICE: N_("derived: transaction amount divided by quantity (of the product, if one is named)"),
    Metric.SHARE_OF_WALLET: N_("derived: our sales as a share of the customer's category purchases of the year"),
    Metric.NEW_PRODUCTS: N_("derived: products the account bought for the first time that quarter"),
    Metric.REP_VISITS: N_("derived: visits and calls done without one of our executives"),
    Metric.EXEC_VISITS: N_("derived: visits and meetings done with one of our executives"),
    Metric.COMPLAINTS_RESOLVED: N_("derived: the account's complaints resolved that quarter"),
}
_BY_HAND = N_("entered by hand each quarter")


@dataclass(frozen=True)
class CatalogueMetric:
    """One metric of the catalogue as a form offers it."""

    metric: Metric
    name: str  # in the user's language
    unit: str  # the unit a new objective starts with
    derived: bool  # its actual comes from kam's records (else it is entered by hand)
    additive: bool  # its quarters add up to the year (else a level: the same target each quarter)
    how: str  # how its actual is obtained, in the user's language


def how_obtained(metric: Metric) -> str:
    """How an objective of ``metric`` gets its actual, in the user's language."""
    return _(_HOW.get(metric, _BY_HAND))


def even_phasing(metric: Metric, target: Decimal) -> list[Decimal]:
    """Quarters for a new target: an additive metric split evenly (the remainder in Q4), a level the same
    in every quarter."""
    if metric not in ADDITIVE:
        return [target] * 4
    share = (target / 4).quantize(Decimal("0.0001"))
    return [share, share, share, target - 3 * share]


def plan_or_404(s: Session, plan_id: int) -> AnnualPlan:
    plan = s.scalar(select(AnnualPlan).options(selectinload(AnnualPlan.quantitative),
                                               selectinload(AnnualPlan.qualitative),
                                               selectinload(AnnualPlan.resources))
                    .where(AnnualPlan.id == plan_id))
    if plan is None:
        raise NotFound(_("no plan with id {plan_id}").format(plan_id=plan_id))
    return plan


def editable_plan(s: Session, plan_id: int) -> AnnualPlan:
    """The plan, if its contents may change now (a draft, or returned by the VP); else NotAllowed."""
    plan = plan_or_404(s, plan_id)
    if plan.status not in EDITABLE_STATUSES:
        if plan.status == PlanStatus.APPROVED:
            raise NotAllowed(_("the plan is approved; revise it into a new version to change it"))
        raise NotAllowed(_("the plan is {status}; wait until the VP returns or approves it")
                         .format(status=label(plan.status, language())))
    return plan


def reorder(items: list[Any], item: Any, position: Any) -> tuple[dict[str, int], dict[str, int]]:
    """Put ``item`` at ``position`` (1-based) among ``items`` (a plan's objectives, commitments or resources, in
    order); the others close up and every position is renumbered 1…n. Returns the positions before and after."""
    order = [x for x in items if x.id != item.id]
    at = v.integer(position, "position", lo=1, hi=len(order) + 1, required=True)
    assert at is not None
    before = item.position
    order.insert(at - 1, item)
    for i, x in enumerate(order, start=1):
        if x.position != i:
            x.position = i
    return {"position": before}, {"position": at}


def _rows(s: Session, model: Any, column: str, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    table = table_of(model)
    return [dict(r._mapping) for r in s.execute(select(table).where(table.c[column].in_(ids))
                                                .order_by(*table.primary_key))]


class PlanEditing(ServiceBase):
    """What the plan editor asks before it writes, and the exact undo of its edits."""

    def catalogue(self) -> list[CatalogueMetric]:
        """The metrics a quantitative objective is chosen from, with their unit and how their actual comes."""
        return [CatalogueMetric(m, label(m, language()), unit, m in DERIVED_FROM, m in ADDITIVE, how_obtained(m))
                for m, unit in CATALOGUE]

    def derivable(self) -> list[CatalogueMetric]:
        """What a custom objective's actual may be derived from (besides being entered by hand)."""
        return [c for c in self.catalogue() if c.derived]

    def split_evenly(self, metric: str, annual_target: Any) -> list[Decimal]:
        """The quarters of ``annual_target`` split evenly (a level: the same each quarter); a bad target is a
        ValidationError on ``annual_target``."""
        m = v.choice(Metric, metric, "metric")
        return even_phasing(m, v.money(annual_target, "annual_target", required=True, nonneg=True))

    def move_objective(self, objective_id: int, position: int) -> Change:
        """Put a quantitative objective at ``position`` (1-based) among its plan's; the others close up."""
        with self.unit() as s:
            obj = get_or_404(s, QuantObjective, objective_id, "objective")
            plan = editable_plan(s, obj.plan_id)
            return Change("objective", obj.id, "update", *reorder(plan.quantitative, obj, position))

    def contents(self, plan_id: int) -> dict[str, Any]:
        """Every stored row of the plan's objectives, commitments and resources (ids and versions included),
        with the whitespace cells, review ratings and later plans' copies that name its objectives: what
        ``put_back_contents`` restores."""
        with self.read() as s:
            return _contents(s, plan_id)

    def put_back_contents(self, state: Mapping[str, Any], expected: Mapping[str, Any] | None = None) -> Change:
        """Restore a ``contents`` snapshot: the plan's objectives, commitments and resources exactly as they
        were then (the undo and redo of an edit of the plan); only while the plan may be edited. With
        ``expected`` (the contents the undo step left), refused if the plan changed since — a colleague's edit
        on a shared database is not overwritten by an undo."""
        plan_id = int(state["plan_id"])
        with self.unit() as s:
            editable_plan(s, plan_id)
            if expected is not None and _compared(_contents(s, plan_id)) != _compared(expected):
                raise NotAllowed(_("the plan was changed since this step (perhaps by a colleague); "
                                   "reopen it and make the change again"))
            s.expunge_all()  # the rows go and come back through SQL, not through the loaded objects
            s.execute(delete(QuantObjective).where(QuantObjective.plan_id == plan_id))
            s.execute(delete(QualObjective).where(QualObjective.plan_id == plan_id))
            s.execute(delete(ResourceNeed).where(ResourceNeed.plan_id == plan_id))
            for key, model in (("quantitative", QuantObjective), ("qualitative", QualObjective),
                               ("resources", ResourceNeed), ("ratings", ReviewRating)):
                if state[key]:
                    s.execute(insert(table_of(model)), [dict(r) for r in state[key]])
            cells = set(s.scalars(select(WhitespaceCell.id).where(
                WhitespaceCell.id.in_([c for c, _o in state["links"]])))) if state["links"] else set()
            for cell_id, objective_id in state["links"]:
                if cell_id in cells:  # (a cell deleted since keeps no link)
                    s.execute(update(table_of(WhitespaceCell)).where(table_of(WhitespaceCell).c.id == cell_id)
                              .values(objective_id=objective_id))
            objectives = table_of(QuantObjective)
            for copy_id, source_id in state.get("copies") or ():
                if source_id in {r["id"] for r in state["quantitative"]}:
                    s.execute(update(objectives).where(objectives.c.id == copy_id, objectives.c.carried_from_id.is_(None))
                              .values(carried_from_id=source_id))
            return Change("plan", plan_id, "restore")


def check_owner(s: Session, owner_id: Any) -> int | None:
    """A commitment's owner: one of our users, or nobody."""
    from kam.model import User

    uid = v.integer(owner_id, "owner_id")
    if uid is not None and s.get(User, uid) is None:
        raise ValidationError("owner_id", _("no user with id {user_id}").format(user_id=uid))
    return uid


def _contents(s: Session, plan_id: int) -> dict[str, Any]:
    """Every stored row of the plan's objectives, commitments and resources (ids and versions included),
    with the whitespace cells, review ratings and later plans' copies that name its objectives: what
    ``put_back_contents`` restores."""
    plan = plan_or_404(s, plan_id)
    quant = [o.id for o in plan.quantitative]
    return {
        "plan_id": plan_id,
        "quantitative": _rows(s, QuantObjective, "id", quant),
        "qualitative": _rows(s, QualObjective, "id", [q.id for q in plan.qualitative]),
        "resources": _rows(s, ResourceNeed, "id", [r.id for r in plan.resources]),
        "links": [tuple(r) for r in s.execute(select(WhitespaceCell.id, WhitespaceCell.objective_id)
                                              .where(WhitespaceCell.objective_id.in_(quant)))] if quant else [],
        "ratings": _rows(s, ReviewRating, "objective_id", quant),
        # the copies made from these objectives (plan next year, revise): deleting the rows cuts their
        # link (ON DELETE SET NULL), so the put-back ties them again
        "copies": [tuple(r) for r in s.execute(
            select(QuantObjective.id, QuantObjective.carried_from_id)
            .where(QuantObjective.carried_from_id.in_(quant)))] if quant else [],
    }


def _compared(state: Mapping[str, Any]) -> dict[str, Any]:
    """What an undo step compares to see whether the plan changed since: its contents without the later plans'
    copies (a put-back ties them, never changes them)."""
    return {k: val for k, val in state.items() if k != "copies"}
