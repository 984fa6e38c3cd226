"""Annual plans and their objectives (the lifecycle and reviews build on this)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from kam.errors import ValidationError
from kam.model import Account, AnnualPlan, PlanEvent, QualObjective, QuantObjective, ResourceNeed
from kam.services import base as v
from kam.services.base import Change, ServiceBase, get_or_404
from kam.vocab import Metric, PlanStatus, ResourceKind, TaskStatus

# Metrics whose quarters add up to the year; price and share of wallet are levels, not sums.
ADDITIVE = frozenset({Metric.REVENUE, Metric.VOLUME, Metric.GROSS_PROFIT, Metric.REP_VISITS,
                      Metric.EXEC_VISITS, Metric.TRAININGS})


def clean_quant(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Validate one quantitative objective; additive metrics' quarters must sum to the target."""
    metric = v.choice(Metric, data.get("metric"), where + "metric")
    target = v.money(data.get("annual_target"), where + "annual_target", required=True, nonneg=True)
    assert target is not None
    quarters = data.get("phasing")
    if quarters is None:
        share = (target / 4).quantize(Decimal("0.0001"))
        quarters = [share, share, share, target - 3 * share] if metric in ADDITIVE else [target] * 4
    if len(quarters) != 4:
        raise ValidationError(where + "phasing", "needs exactly four quarters")
    q = [v.money(x, f"{where}phasing Q{i}", required=True, nonneg=True) for i, x in enumerate(quarters, 1)]
    if metric in ADDITIVE and sum(q, Decimal(0)) != target:  # type: ignore[arg-type]
        raise ValidationError(where + "phasing",
                              f"Q1–Q4 add up to {sum(q, Decimal(0))}, not the annual target {target}")  # type: ignore[arg-type]
    label = v.text(data.get("label"), where + "label", max_len=200)
    if metric == Metric.CUSTOM and not label:
        raise ValidationError(where + "label", "a custom objective needs a name")
    return {"metric": metric, "annual_target": target, "q1": q[0], "q2": q[1], "q3": q[2], "q4": q[3],
            "unit": v.text(data.get("unit"), where + "unit", required=True, max_len=30),
            "label": label, "product": v.text(data.get("product"), where + "product", max_len=200)}


class PlanningService(ServiceBase):
    def create_plan(self, account_id: int, year: int, *,
                    quantitative: list[Mapping[str, Any]] = (),  # type: ignore[assignment]
                    qualitative: list[Mapping[str, Any]] = (),  # type: ignore[assignment]
                    resources: list[Mapping[str, Any]] = (),  # type: ignore[assignment]
                    summary: str | None = None, submit_by: dt.date | None = None) -> Change:
        """A draft plan for ``year`` with its objectives; refuses a second plan for the same year."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            y = v.integer(year, "year", lo=2000, hi=2100, required=True)
            if s.scalar(select(func.count()).select_from(AnnualPlan).where(
                    AnnualPlan.account_id == account_id, AnnualPlan.year == y)):
                raise ValidationError("year", f"the account already has a plan for {y}")
            plan = AnnualPlan(account_id=account_id, year=y, status=PlanStatus.DRAFT,
                              summary=v.text(summary, "summary"),
                              submit_by=v.date(submit_by, "submit_by") or dt.date(y - 1, 12, 31),
                              author_id=self.actor.user_id)
            plan.quantitative = [QuantObjective(position=i, **clean_quant(q, f"quantitative[{i}]."))
                                 for i, q in enumerate(quantitative, start=1)]
            plan.qualitative = [QualObjective(
                position=i,
                description=v.text(q.get("description"), f"qualitative[{i}].description", required=True),
                owner_id=q.get("owner_id"), due_on=v.date(q.get("due_on"), f"qualitative[{i}].due_on"),
                status=v.choice(TaskStatus, q.get("status") or "open", f"qualitative[{i}].status"),
                evidence=v.text(q.get("evidence"), f"qualitative[{i}].evidence"),
            ) for i, q in enumerate(qualitative, start=1)]
            plan.resources = [ResourceNeed(
                position=i, kind=v.choice(ResourceKind, r.get("kind"), f"resources[{i}].kind"),
                who=v.text(r.get("who"), f"resources[{i}].who", required=True),
                purpose=v.text(r.get("purpose"), f"resources[{i}].purpose"),
                task=v.text(r.get("task"), f"resources[{i}].task"),
                deadline=v.date(r.get("deadline"), f"resources[{i}].deadline"),
                status=v.choice(TaskStatus, r.get("status") or "open", f"resources[{i}].status"),
            ) for i, r in enumerate(resources, start=1)]
            s.add(plan)
            s.flush()
            s.add(PlanEvent(plan_id=plan.id, action="create", from_status=None,
                            to_status=PlanStatus.DRAFT, by_id=self.actor.user_id))
            return Change("plan", plan.id, "create", {}, {"year": y})

    def status_by_account(self, year: int) -> dict[int, PlanStatus]:
        """The status of each account's newest plan version for ``year``."""
        with self.read() as s:
            newest = (select(AnnualPlan.account_id, func.max(AnnualPlan.plan_version).label("pv"))
                      .where(AnnualPlan.year == year).group_by(AnnualPlan.account_id).subquery())
            rows = s.execute(select(AnnualPlan.account_id, AnnualPlan.status).join(
                newest, (newest.c.account_id == AnnualPlan.account_id)
                & (newest.c.pv == AnnualPlan.plan_version)).where(AnnualPlan.year == year))
            return dict(rows.all())
