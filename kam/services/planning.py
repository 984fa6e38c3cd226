"""Annual plans and their objectives (the lifecycle and reviews build on this)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Text, cast, delete, func, select, tuple_
from sqlalchemy.orm import Session, selectinload

from kam import validate as v
from kam.analysis.actuals import (
    ADDITIVE,
    Actual,
    ObjectiveFigures,
    objective_actuals,
)
from kam.errors import NotAllowed, NotFound, ValidationError
from kam.i18n import _
from kam.model import (
    Account,
    AnnualPlan,
    PlanEvent,
    QualObjective,
    QuantObjective,
    ResourceNeed,
    User,
)
from kam.services import audit
from kam.services.base import Actor, Change, ServiceBase, get_or_404
from kam.services.kept import put_back_tree
from kam.services.kept import tree as kept_tree
from kam.services.plan_editing import EDITABLE_STATUSES as EDITABLE_STATUSES
from kam.services.plan_editing import PlanEditing, editable_plan
from kam.services.plan_editing import even_phasing as even_phasing
from kam.services.plan_editing import plan_or_404 as plan_or_404
from kam.services.rights import supervises
from kam.vocab import Metric, PlanStatus, ResourceKind, TaskStatus, UserRole

# The house template of a new plan: sales and gross profit to be filled in, and the visit cadence most
# key accounts need (a sales visit a fortnight, an executive visit a quarter).
DEFAULT_OBJECTIVES: tuple[Mapping[str, Any], ...] = (
    {"metric": "revenue", "unit": "CNY", "annual_target": "0", "phasing": ["0", "0", "0", "0"]},
    {"metric": "gross_profit", "unit": "CNY", "annual_target": "0", "phasing": ["0", "0", "0", "0"]},
    {"metric": "rep_visits", "unit": "visits", "annual_target": "24", "phasing": ["6", "6", "6", "6"]},
    {"metric": "exec_visits", "unit": "visits", "annual_target": "4", "phasing": ["1", "1", "1", "1"]},
)


def rephased(metric: Metric, old_target: Decimal, old_phasing: list[Decimal], new_target: Decimal) -> list[Decimal]:
    """The quarters after the annual target changes from ``old_target`` to ``new_target``: an additive
    metric keeps each quarter's share of the year (its seasonality), or is split evenly when it had none
    (an old target of 0); a level (price, share of wallet) keeps its quarters."""
    if metric not in ADDITIVE:
        return list(old_phasing)
    if not old_target:
        return even_phasing(metric, new_target)
    factor = new_target / old_target
    first = [(x * factor).quantize(Decimal("0.0001")) for x in old_phasing[:3]]
    return [*first, new_target - sum(first, Decimal(0))]


def clean_quant(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Validate one quantitative objective; additive metrics' quarters must sum to the target."""
    metric = v.choice(Metric, data.get("metric"), where + "metric")
    target = v.money(data.get("annual_target"), where + "annual_target", required=True, nonneg=True)
    assert target is not None
    quarters = data.get("phasing")
    if quarters is None:
        quarters = even_phasing(metric, target)
    if len(quarters) != 4:
        raise ValidationError(where + "phasing", _("needs exactly four quarters"))
    q = [v.money(x, f"{where}phasing Q{i}", required=True, nonneg=True) for i, x in enumerate(quarters, 1)]
    if metric in ADDITIVE and sum(q, Decimal(0)) != target:
        raise ValidationError(where + "phasing",
                              _("Q1–Q4 add up to {q}, not the annual target {target}").format(q=sum(q, Decimal(0)), target=target))
    label = v.text(data.get("label"), where + "label", max_len=200)
    if metric == Metric.CUSTOM and not label:
        raise ValidationError(where + "label", _("a custom objective needs a name"))
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
            y = v.year(year)
            if s.scalar(select(func.count()).select_from(AnnualPlan).where(
                    AnnualPlan.account_id == account_id, AnnualPlan.year == y)):
                raise ValidationError("year", _("the account already has a plan for {y}").format(y=y))
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

    def create_from_template(self, account_id: int, year: int) -> Change:
        """A draft plan for ``year`` with the house template's objectives (``DEFAULT_OBJECTIVES``)."""
        return self.create_plan(account_id, year, quantitative=list(DEFAULT_OBJECTIVES))

    def discard_draft(self, plan_id: int) -> Change:
        """Delete a draft nobody has submitted yet, with its objectives and history (the undo of creating,
        revising or planning the next year); refuses any plan that has been submitted."""
        with self.unit() as s:
            plan = plan_or_404(s, plan_id)
            if plan.status != PlanStatus.DRAFT:  # a plan never returns to draft once submitted
                raise NotAllowed(_("only a draft that was never submitted can be discarded"))
            if s.scalar(select(func.count()).select_from(AnnualPlan).where(AnnualPlan.based_on_id == plan_id)):
                raise NotAllowed(_("a later plan was made from this one; discard that first"))
            kept = kept_tree(s, AnnualPlan, plan_id)
            s.execute(delete(PlanEvent).where(PlanEvent.plan_id == plan_id))
            s.delete(plan)
            return Change("plan", plan_id, "delete", {"year": plan.year, "plan_version": plan.plan_version,
                                                      "kept": kept})

    def put_back_draft(self, kept: Mapping[str, Any]) -> Change:
        """Put back a draft ``discard_draft`` deleted, as it was (same ids, contents, history and timestamps):
        the redo of creating, revising or planning the next year."""
        [row] = kept["tables"]["plans"]
        with self.unit() as s:
            get_or_404(s, Account, row["account_id"], "account")
            if s.get(AnnualPlan, row["id"]) is not None or s.scalar(select(AnnualPlan.id).where(
                    AnnualPlan.account_id == row["account_id"], AnnualPlan.year == row["year"],
                    AnnualPlan.plan_version == row["plan_version"])) is not None:
                raise NotAllowed(_("this plan is there already"))
            put_back_tree(s, kept)
            return Change("plan", row["id"], "restore")

    def status_by_account(self, year: int, account_ids: Collection[int] | None = None) -> dict[int, PlanStatus]:
        """The status of each account's newest plan version for ``year`` (``account_ids``: of these accounts
        only, read for them alone)."""
        year = v.year(year)
        with self.read() as s:
            mine = AnnualPlan.year == year
            if account_ids is not None:
                mine = mine & AnnualPlan.account_id.in_(list(account_ids))
            newest = (select(AnnualPlan.account_id, func.max(AnnualPlan.plan_version).label("pv"))
                      .where(mine).group_by(AnnualPlan.account_id).subquery())
            rows = s.execute(select(AnnualPlan.account_id, AnnualPlan.status).join(
                newest, (newest.c.account_id == AnnualPlan.account_id)
                & (newest.c.pv == AnnualPlan.plan_version)).where(mine))
            return dict(rows.all())


def acting_user(s: Session, actor: Actor) -> User:
    """The database user behind the actor; planning decisions need a known person."""
    if actor.user_id is None:
        raise NotAllowed(_("{value} is not a kam user; act as one (--user NAME)").format(value=actor.username or 'you'))
    user = s.get(User, actor.user_id)
    if user is None:
        raise NotAllowed(_("no user with id {user_id}").format(user_id=actor.user_id))
    return user


def newest_plan_id(s: Session, account_id: int, year: int, status: PlanStatus | None = None) -> int | None:
    """The id of the newest version of an account's plan for ``year`` (optionally with ``status``)."""
    q = select(AnnualPlan.id).where(AnnualPlan.account_id == account_id, AnnualPlan.year == year)
    if status is not None:
        q = q.where(AnnualPlan.status == status)
    return s.scalar(q.order_by(AnnualPlan.plan_version.desc()).limit(1))


@dataclass(frozen=True, slots=True)
class PlanFigures:
    """An account's newest plan of a year: its id, status and quantitative objectives (in plan order)."""

    id: int
    status: PlanStatus
    quantitative: list[ObjectiveFigures]


def newest_plan_figures(s: Session, year: int, status: PlanStatus | None = None) -> dict[int, PlanFigures]:
    """``newest_plans`` read as columns, in one query (plans and objectives joined): the portfolio's and the
    scorecards' way, for thousands of accounts (no entity is built; on a team database one statement, so the
    row-level security policies are evaluated once, not once per batch of plans)."""
    where = [AnnualPlan.year == year] + ([AnnualPlan.status == status] if status is not None else [])
    newest = select(AnnualPlan.account_id, func.max(AnnualPlan.plan_version)).where(*where) \
        .group_by(AnnualPlan.account_id)
    o = QuantObjective
    rows = s.execute(select(AnnualPlan.account_id, AnnualPlan.id, AnnualPlan.status, o.id, o.metric, o.product,
                            o.q1, o.q2, o.q3, o.q4, cast(o.manual_actuals, Text))
                     .outerjoin(o, o.plan_id == AnnualPlan.id)
                     .where(*where, tuple_(AnnualPlan.account_id, AnnualPlan.plan_version).in_(newest))
                     .order_by(AnnualPlan.id, o.position, o.id))
    out: dict[int, PlanFigures] = {}
    for aid, pid, plan_status, oid, metric, product, q1, q2, q3, q4, manual in rows:
        plan = out.get(aid)
        if plan is None:
            plan = out[aid] = PlanFigures(pid, plan_status, [])
        if oid is not None:
            plan.quantitative.append(ObjectiveFigures(oid, metric, product, q1, q2, q3, q4,
                                                      None if manual in (None, "null") else json.loads(manual)))
    return out


def newest_plans(s: Session, year: int, status: PlanStatus | None = None) -> dict[int, AnnualPlan]:
    """Each account's newest plan version for ``year`` (optionally with ``status``), objectives loaded: one query
    for the whole portfolio instead of one per account."""
    q = select(AnnualPlan).options(selectinload(AnnualPlan.quantitative)).where(AnnualPlan.year == year)
    if status is not None:
        q = q.where(AnnualPlan.status == status)
    return {plan.account_id: plan for plan in s.scalars(q.order_by(AnnualPlan.plan_version))}


def newest_objectives(s: Session, year: int, status: PlanStatus | None = None) -> dict[int, list[ObjectiveFigures]]:
    """``newest_plans``' quantitative objectives, in plan order, as figures (no entities): the scorecards' read
    (2 500 plans, 12 000 objectives at 5 000 accounts)."""
    return {aid: plan.quantitative for aid, plan in newest_plan_figures(s, year, status).items()}


def _event(s: Session, plan: AnnualPlan, action: str, old: PlanStatus | None, new: PlanStatus,
           user: User, comment: str | None) -> None:
    s.add(PlanEvent(plan_id=plan.id, action=action, from_status=old, to_status=new, by_id=user.id,
                    comment=comment))


@dataclass(frozen=True)
class ObjectiveDiff:
    key: str  # metric / label / product
    field: str
    old: Any
    new: Any


def _a_year_later(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _copy_structure(plan: AnnualPlan) -> tuple[list[QuantObjective], list[QualObjective], list[ResourceNeed]]:
    quant = [QuantObjective(position=o.position, metric=o.metric, label=o.label, product=o.product, unit=o.unit,
                            annual_target=o.annual_target, q1=o.q1, q2=o.q2, q3=o.q3, q4=o.q4,
                            carried_from_id=o.id)
             for o in plan.quantitative]
    qual = [QualObjective(position=o.position, description=o.description, owner_id=o.owner_id,
                          due_on=o.due_on, status=TaskStatus.OPEN) for o in plan.qualitative]
    res = [ResourceNeed(position=r.position, kind=r.kind, who=r.who, purpose=r.purpose, task=r.task,
                        deadline=r.deadline, status=TaskStatus.OPEN) for r in plan.resources]
    return quant, qual, res


class PlanLifecycle(PlanEditing):
    """Draft → Submitted → Approved, or Returned with comments → Submitted again."""

    def _transition(self, plan_id: int, action: str, allowed_from: tuple[PlanStatus, ...], to: PlanStatus,
                    comment: str | None, *, approver: bool) -> Change:
        with self.unit() as s:
            plan = plan_or_404(s, plan_id)
            user = acting_user(s, self.actor)
            account = s.get(Account, plan.account_id)
            assert account is not None
            if plan.status not in allowed_from:
                raise NotAllowed(_("a {value} plan cannot be {action} (only a {value2} one)").format(value=plan.status.value, action=action, value2=' or '.join(x.value for x in allowed_from)))
            if approver:
                if not supervises(user.role):
                    raise NotAllowed(_("only a sales VP can {value} a plan").format(value=action.removesuffix('ed')))
                if user.id in (account.owner_id, plan.author_id):
                    raise NotAllowed(_("a KAM cannot approve or return their own plan"))
            elif user.role == UserRole.KAM and user.id != account.owner_id and user.id != plan.author_id:
                raise NotAllowed(_("only the account's KAM (or an admin) can submit its plan"))
            old = plan.status
            plan.status = to
            _event(s, plan, action, old, to, user, comment)
            if approver:
                audit.record(s, self.actor, f"plan.{action}", "plan", plan.id, account_id=plan.account_id,
                             year=plan.year, version=plan.plan_version, comment=comment)
            return Change("plan", plan.id, "update", {"status": old}, {"status": to})

    def submit(self, plan_id: int, comment: str | None = None) -> Change:
        """Hand a draft (or returned) plan to the VP; raises NotAllowed otherwise."""
        return self._transition(plan_id, "submitted", EDITABLE_STATUSES, PlanStatus.SUBMITTED,
                                v.text(comment, "comment"), approver=False)

    def approve(self, plan_id: int, comment: str | None = None) -> Change:
        """VP approves a submitted plan (never their own); audited."""
        return self._transition(plan_id, "approved", (PlanStatus.SUBMITTED,), PlanStatus.APPROVED,
                                v.text(comment, "comment"), approver=True)

    def return_plan(self, plan_id: int, comment: str) -> Change:
        """VP returns a submitted plan with a comment saying what to change; audited."""
        text = v.text(comment, "comment", required=True)
        return self._transition(plan_id, "returned", (PlanStatus.SUBMITTED,), PlanStatus.RETURNED, text,
                                approver=True)

    def revise(self, plan_id: int) -> Change:
        """Changing an approved plan starts a new version (a draft copy); the approved one stays."""
        with self.unit() as s:
            plan = plan_or_404(s, plan_id)
            user = acting_user(s, self.actor)
            if plan.status != PlanStatus.APPROVED:
                raise NotAllowed(_("only an approved plan is revised into a new version; edit this one directly"))
            newest = s.scalar(select(func.max(AnnualPlan.plan_version)).where(
                AnnualPlan.account_id == plan.account_id, AnnualPlan.year == plan.year)) or 1
            quant, qual, res = _copy_structure(plan)
            new = AnnualPlan(account_id=plan.account_id, year=plan.year, plan_version=newest + 1,
                             status=PlanStatus.DRAFT, based_on_id=plan.id, submit_by=plan.submit_by,
                             summary=plan.summary, author_id=user.id,
                             quantitative=quant, qualitative=qual, resources=res)
            for o, old in zip(new.quantitative, plan.quantitative, strict=True):
                o.manual_actuals = old.manual_actuals
            s.add(new)
            s.flush()
            _event(s, new, "revised", None, PlanStatus.DRAFT, user, f"from version {plan.plan_version}")
            return Change("plan", new.id, "create", {}, {"year": new.year, "plan_version": new.plan_version})

    def plan_next_year(self, account_id: int, year: int) -> Change:
        """The December round: a draft for ``year + 1`` with this year's structure and targets."""
        with self.unit() as s:
            user = acting_user(s, self.actor)
            current = newest_plan_id(s, account_id, year)
            if current is None:
                raise NotFound(_("the account has no plan for {year} to start from").format(year=year))
            if s.scalar(select(func.count()).select_from(AnnualPlan).where(
                    AnnualPlan.account_id == account_id, AnnualPlan.year == year + 1)):
                raise ValidationError("year", _("the account already has a plan for {value}").format(value=year + 1))
            plan = plan_or_404(s, current)
            quant, qual, res = _copy_structure(plan)
            for q in qual:
                q.due_on = _a_year_later(q.due_on)
            for r in res:
                r.deadline = _a_year_later(r.deadline)
            new = AnnualPlan(account_id=account_id, year=year + 1, plan_version=1, status=PlanStatus.DRAFT,
                             based_on_id=plan.id, submit_by=dt.date(year, 12, 20), summary=None,
                             author_id=user.id, quantitative=quant, qualitative=qual, resources=res)
            s.add(new)
            s.flush()
            _event(s, new, "create", None, PlanStatus.DRAFT, user, f"planned from {year}")
            return Change("plan", new.id, "create", {}, {"year": year + 1})

    # --- objectives (only while the plan is a draft or returned)

    def add_objective(self, plan_id: int, **data: Any) -> Change:
        """Add a quantitative objective; additive metrics' quarters must sum to the annual target."""
        with self.unit() as s:
            plan = editable_plan(s, plan_id)
            pos = max((o.position for o in plan.quantitative), default=0) + 1
            obj = QuantObjective(plan_id=plan.id, position=pos, **clean_quant(data, ""))
            s.add(obj)
            s.flush()
            return Change("objective", obj.id, "create")

    def update_objective(self, objective_id: int, **data: Any) -> Change:
        """Change target, phasing, unit...; validated as a whole. A new annual target alone re-phases the
        quarters (``rephased``); new quarters alone of an additive metric make the annual target their sum."""
        with self.unit() as s:
            obj = get_or_404(s, QuantObjective, objective_id, "objective")
            editable_plan(s, obj.plan_id)
            phasing = [obj.q1, obj.q2, obj.q3, obj.q4]
            merged = {"metric": obj.metric, "unit": obj.unit, "annual_target": obj.annual_target,
                      "phasing": phasing, "label": obj.label, "product": obj.product}
            merged.update(data)
            if "annual_target" in data and "phasing" not in data:
                target = v.money(data["annual_target"], "annual_target", required=True, nonneg=True)
                assert target is not None
                merged["phasing"] = rephased(obj.metric, obj.annual_target, phasing, target)
            elif "phasing" in data and "annual_target" not in data and obj.metric in ADDITIVE:
                quarters = [v.money(x, f"phasing Q{i}", required=True, nonneg=True)
                            for i, x in enumerate(data["phasing"], 1)]
                merged["annual_target"] = sum((q for q in quarters if q is not None), Decimal(0))
            fields = clean_quant(merged, "")
            before = {k: getattr(obj, k) for k in fields}
            for k, val in fields.items():
                setattr(obj, k, val)
            return Change("objective", obj.id, "update", before, fields)

    def objective_targets(self, objective_id: int) -> dict[str, Any]:
        """The objective's annual target and quarters as they stand (to undo a change of them)."""
        with self.read() as s:
            obj = get_or_404(s, QuantObjective, objective_id, "objective")
            return {"annual_target": obj.annual_target, "phasing": [obj.q1, obj.q2, obj.q3, obj.q4]}

    def manual_actuals(self, objective_id: int) -> dict[str, str]:
        """The actuals entered by hand, by quarter ("1".."4")."""
        with self.read() as s:
            return dict(get_or_404(s, QuantObjective, objective_id, "objective").manual_actuals or {})

    def set_manual_actuals(self, objective_id: int, given: Mapping[str, str]) -> Change:
        """Put back the hand-entered actuals (the undo of ``set_manual_actual``)."""
        with self.unit() as s:
            obj = get_or_404(s, QuantObjective, objective_id, "objective")
            before = dict(obj.manual_actuals or {})
            clean = {str(v.integer(q, "quarter", lo=1, hi=4, required=True)):
                     str(v.money(x, "actual", required=True, nonneg=True)) for q, x in given.items()}
            obj.manual_actuals = clean or None
            return Change("objective", obj.id, "update", {"manual_actuals": before}, {"manual_actuals": clean})

    def remove_objective(self, objective_id: int) -> Change:
        """Take a quantitative objective off a plan that can still be edited; the later ones move up."""
        with self.unit() as s:
            obj = get_or_404(s, QuantObjective, objective_id, "objective")
            plan = editable_plan(s, obj.plan_id)
            s.delete(obj)
            for i, o in enumerate((o for o in plan.quantitative if o.id != objective_id), start=1):
                if o.position != i:
                    o.position = i
            return Change("objective", objective_id, "delete")

    def set_manual_actual(self, objective_id: int, quarter: int, value: Any) -> Change:
        """Enter an actual by hand (metrics without a source such as trainings); allowed any time."""
        with self.unit() as s:
            obj = get_or_404(s, QuantObjective, objective_id, "objective")
            q = v.integer(quarter, "quarter", lo=1, hi=4, required=True)
            amount = v.money(value, "actual", nonneg=True)
            given = dict(obj.manual_actuals or {})
            before = dict(given)
            if amount is None:
                given.pop(str(q), None)
            else:
                given[str(q)] = str(amount)
            obj.manual_actuals = given or None
            return Change("objective", obj.id, "update", {"manual_actuals": before}, {"manual_actuals": given})

    # --- reading

    def plan(self, plan_id: int) -> AnnualPlan:
        with self.read() as s:
            return plan_or_404(s, plan_id)

    def current_plan(self, account_id: int, year: int) -> AnnualPlan | None:
        """The newest version of the account's plan for ``year``."""
        with self.read() as s:
            pid = newest_plan_id(s, account_id, year)
            return plan_or_404(s, pid) if pid else None

    def history(self, plan_id: int) -> list[PlanEvent]:
        with self.read() as s:
            return list(s.scalars(select(PlanEvent).where(PlanEvent.plan_id == plan_id)
                                  .order_by(PlanEvent.at, PlanEvent.id)))

    def actuals(self, plan_id: int) -> dict[int, Actual]:
        """Each objective's actual per quarter and its source (transactions, visits, manual)."""
        with self.read() as s:
            plan = plan_or_404(s, plan_id)
            account = s.get(Account, plan.account_id)
            return objective_actuals(s, plan.account_id, plan.year, plan.quantitative,
                                     account.annual_category_spend if account else None)

    def compare(self, old_plan_id: int, new_plan_id: int) -> list[ObjectiveDiff]:
        """What changed between two versions: objectives added, removed, or retargeted."""
        with self.read() as s:
            a, b = plan_or_404(s, old_plan_id), plan_or_404(s, new_plan_id)

        def key(o: QuantObjective) -> str:
            return "/".join(x for x in (o.metric.value, o.label, o.product) if x)

        old = {key(o): o for o in a.quantitative}
        new = {key(o): o for o in b.quantitative}
        out = []
        for k in sorted(old.keys() | new.keys()):
            if k not in new:
                out.append(ObjectiveDiff(k, "objective", "present", "removed"))
            elif k not in old:
                out.append(ObjectiveDiff(k, "objective", "absent", "added"))
            else:
                for f in ("annual_target", "q1", "q2", "q3", "q4", "unit"):
                    if getattr(old[k], f) != getattr(new[k], f):
                        out.append(ObjectiveDiff(k, f, getattr(old[k], f), getattr(new[k], f)))
        return out
