"""The plan's qualitative objectives (services we commit to) and resources needed.

What they are (description, owner, due date; kind, who, purpose, task, deadline) changes only while the
plan may be edited; their progress (status and evidence) is the year's work and is recorded any time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from kam import validate as v
from kam.errors import NotAllowed
from kam.i18n import _
from kam.model import QualObjective, ResourceNeed
from kam.services.base import Change, ServiceBase, get_or_404
from kam.services.plan_editing import (
    EDITABLE_STATUSES,
    check_owner,
    editable_plan,
    plan_or_404,
    reorder,
)
from kam.vocab import ResourceKind, TaskStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PROGRESS_FIELDS = frozenset({"status", "evidence"})


class CommitmentService(ServiceBase):
    """Qualitative objectives (services we commit to) and resources needed, kept up to date all year."""

    def add_qualitative(self, plan_id: int, description: str, *, owner_id: int | None = None,
                        due_on: Any = None, status: str | None = None, evidence: str | None = None) -> Change:
        """A service we commit to; only while the plan can be edited."""
        with self.unit() as s:
            plan = plan_or_404(s, plan_id)
            if plan.status not in EDITABLE_STATUSES:
                raise NotAllowed(_("the plan is not a draft; revise it into a new version to add commitments"))
            pos = max((q.position for q in plan.qualitative), default=0) + 1
            item = QualObjective(plan_id=plan_id, position=pos,
                                 description=v.text(description, "description", required=True),
                                 owner_id=check_owner(s, owner_id), due_on=v.date(due_on, "due_on"),
                                 status=v.choice(TaskStatus, status or "open", "status"),
                                 evidence=v.text(evidence, "evidence"))
            s.add(item)
            s.flush()
            return Change("qualitative", item.id, "create")

    def update_qualitative(self, item_id: int, **data: Any) -> Change:
        """Change a commitment's description, owner, due date, status or evidence (only the fields given);
        once the plan is submitted or approved only its progress (status, evidence) may change."""
        with self.unit() as s:
            item = get_or_404(s, QualObjective, item_id, "commitment")
            fields: dict[str, Callable[[Any], Any]] = {
                "description": lambda x: v.text(x, "description", required=True),
                "owner_id": lambda x: check_owner(s, x),
                "due_on": lambda x: v.date(x, "due_on"),
                "status": lambda x: v.choice(TaskStatus, x or "open", "status"),
                "evidence": lambda x: v.text(x, "evidence"),
            }
            before, clean = _updated(s, item, data, fields, _(
                "the plan is not a draft: only a commitment's status and evidence may change; revise the plan into "
                "a new version to change the rest"))
            return Change("qualitative", item.id, "update", before, clean)

    def move_qualitative(self, item_id: int, position: int) -> Change:
        """Put a commitment at ``position`` (1-based) among its plan's, while the plan may be edited."""
        with self.unit() as s:
            item = get_or_404(s, QualObjective, item_id, "commitment")
            plan = editable_plan(s, item.plan_id)
            return Change("qualitative", item.id, "update", *reorder(plan.qualitative, item, position))

    def remove_qualitative(self, item_id: int) -> Change:
        """Take a commitment off a plan that can still be edited (the undo of adding it)."""
        with self.unit() as s:
            item = get_or_404(s, QualObjective, item_id, "commitment")
            if plan_or_404(s, item.plan_id).status not in EDITABLE_STATUSES:
                raise NotAllowed(_("the plan is not a draft; revise it into a new version to change commitments"))
            s.delete(item)
            return Change("qualitative", item_id, "delete")

    def qualitative_state(self, item_id: int) -> dict[str, Any]:
        """A commitment's status and evidence (to undo recorded progress)."""
        with self.read() as s:
            item = get_or_404(s, QualObjective, item_id, "commitment")
            return {"status": item.status, "evidence": item.evidence}

    def set_qualitative_state(self, item_id: int, state: Mapping[str, Any]) -> Change:
        """Put back a commitment's status and evidence as ``qualitative_state`` gave them."""
        with self.unit() as s:
            item = get_or_404(s, QualObjective, item_id, "commitment")
            before = {"status": item.status, "evidence": item.evidence}
            item.status = v.choice(TaskStatus, state["status"], "status")
            item.evidence = v.text(state.get("evidence"), "evidence")
            return Change("qualitative", item.id, "update", before, {"status": item.status, "evidence": item.evidence})

    def set_qualitative_status(self, item_id: int, status: str, evidence: str | None = None) -> Change:
        """Progress on a commitment (allowed any time: it is the year's work, not the plan)."""
        with self.unit() as s:
            item = get_or_404(s, QualObjective, item_id, "commitment")
            before = {"status": item.status, "evidence": item.evidence}
            item.status = v.choice(TaskStatus, status, "status")
            if evidence is not None:
                item.evidence = v.text(evidence, "evidence")
            return Change("qualitative", item.id, "update", before, {"status": item.status, "evidence": item.evidence})

    def add_resource(self, plan_id: int, kind: str, who: str, *, purpose: str | None = None,
                     task: str | None = None, deadline: Any = None, status: str | None = None) -> Change:
        with self.unit() as s:
            plan = plan_or_404(s, plan_id)
            if plan.status not in EDITABLE_STATUSES:
                raise NotAllowed(_("the plan is not a draft; revise it into a new version to add resources"))
            pos = max((r.position for r in plan.resources), default=0) + 1
            item = ResourceNeed(plan_id=plan_id, position=pos, kind=v.choice(ResourceKind, kind, "kind"),
                                who=v.text(who, "who", required=True, max_len=200), purpose=v.text(purpose, "purpose"),
                                task=v.text(task, "task"), deadline=v.date(deadline, "deadline"),
                                status=v.choice(TaskStatus, status or "open", "status"))
            s.add(item)
            s.flush()
            return Change("resource", item.id, "create")

    def update_resource(self, item_id: int, **data: Any) -> Change:
        """Change a resource need's kind, who, purpose, task, deadline or status (only the fields given); once
        the plan is submitted or approved only its status may change."""
        with self.unit() as s:
            item = get_or_404(s, ResourceNeed, item_id, "resource")
            fields: dict[str, Callable[[Any], Any]] = {
                "kind": lambda x: v.choice(ResourceKind, x, "kind"),
                "who": lambda x: v.text(x, "who", required=True, max_len=200),
                "purpose": lambda x: v.text(x, "purpose"),
                "task": lambda x: v.text(x, "task"),
                "deadline": lambda x: v.date(x, "deadline"),
                "status": lambda x: v.choice(TaskStatus, x or "open", "status"),
            }
            before, clean = _updated(s, item, data, fields, _(
                "the plan is not a draft: only a resource's status may change; revise the plan into a new version "
                "to change the rest"))
            return Change("resource", item.id, "update", before, clean)

    def move_resource(self, item_id: int, position: int) -> Change:
        """Put a resource need at ``position`` (1-based) among its plan's, while the plan may be edited."""
        with self.unit() as s:
            item = get_or_404(s, ResourceNeed, item_id, "resource")
            plan = editable_plan(s, item.plan_id)
            return Change("resource", item.id, "update", *reorder(plan.resources, item, position))

    def remove_resource(self, item_id: int) -> Change:
        """Take a resource need off a plan that can still be edited (the undo of adding it)."""
        with self.unit() as s:
            item = get_or_404(s, ResourceNeed, item_id, "resource")
            if plan_or_404(s, item.plan_id).status not in EDITABLE_STATUSES:
                raise NotAllowed(_("the plan is not a draft; revise it into a new version to change resources"))
            s.delete(item)
            return Change("resource", item_id, "delete")

    def resource_status(self, item_id: int) -> TaskStatus:
        with self.read() as s:
            return get_or_404(s, ResourceNeed, item_id, "resource").status

    def set_resource_status(self, item_id: int, status: str) -> Change:
        with self.unit() as s:
            item = get_or_404(s, ResourceNeed, item_id, "resource")
            before = item.status
            item.status = v.choice(TaskStatus, status, "status")
            return Change("resource", item.id, "update", {"status": before}, {"status": item.status})


def _updated(s: Session, item: Any, data: Mapping[str, Any], fields: Mapping[str, Callable[[Any], Any]],
             locked: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Set the ``fields`` given in ``data`` (each cleaned by its function) on a commitment or resource; once its
    plan is submitted or approved only progress may change (``locked`` says so). Returns (before, after)."""
    clean = {k: fields[k](x) for k, x in data.items() if k in fields}
    before = {k: getattr(item, k) for k in clean}
    changed = {k for k, x in clean.items() if before[k] != x}
    if changed - PROGRESS_FIELDS and plan_or_404(s, item.plan_id).status not in EDITABLE_STATUSES:
        raise NotAllowed(locked)
    for k in changed:
        setattr(item, k, clean[k])
    return before, clean
