"""Purchasing projects and their decision process, edited piece by piece.

``RecordService.add_project`` creates a project (with its first steps, if any);
everything after that is here: the project's fields, closing and reopening, its
ordered steps (insert, reorder, rename, dates, status, notes, actors with what
they do), the decision criteria (weights total 100 %, our and the competitors'
scores 1–5) and each person's role in the project.

Undo: ``snapshot`` takes the project exactly as stored (every row of it, ids
included) and ``put_back`` restores such a snapshot, so an undone or redone edit
returns the very same rows and later edits that name a step or criterion by id
still find it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from kam import validate as v
from kam.errors import NotFound, ValidationError
from kam.i18n import _
from kam.model import (
    Competitor,
    CriterionScore,
    DecisionCriterion,
    DecisionStep,
    Person,
    ProjectParticipant,
    PurchasingProject,
    StepActor,
)
from kam.model.base import table_of
from kam.services.base import Change, ServiceBase, get_or_404, snapshot
from kam.services.records import people_of_account
from kam.vocab import BuyingRole, ProjectStatus, StepStatus

PROJECT_FIELDS = ("name", "budget", "budget_approved", "currency", "start_on", "decision_due", "procurement_plan",
                  "problem_to_solve", "our_offer", "notes", "status")
STEP_FIELDS = ("name", "planned_on", "actual_on", "status", "notes")
CLOSED = (ProjectStatus.WON, ProjectStatus.LOST)
FINISHED_STEPS = (StepStatus.DONE, StepStatus.SKIPPED)
LATE = "late"


def step_state(status: StepStatus | str, planned_on: dt.date | None, actual_on: dt.date | None,
               today: dt.date) -> str:
    """A step's status as shown: ``late`` when it is not finished and its planned date has passed."""
    st = StepStatus(status)
    if st not in FINISHED_STEPS and actual_on is None and planned_on is not None and planned_on < today:
        return LATE
    return st.value


@dataclass(frozen=True)
class StepDetail:
    id: int
    position: int
    name: str
    planned_on: dt.date | None
    actual_on: dt.date | None
    status: StepStatus
    notes: str | None
    actors: tuple[tuple[int, str | None], ...]  # (person id, what they do at this step)

    def state(self, today: dt.date) -> str:
        return step_state(self.status, self.planned_on, self.actual_on, today)


@dataclass(frozen=True)
class CriterionDetail:
    id: int
    name: str
    weight: int
    our_score: int | None
    notes: str | None
    scores: Mapping[int, int]  # competitor id -> score 1..5


@dataclass(frozen=True)
class ProjectDetail:
    id: int
    account_id: int
    name: str
    status: ProjectStatus
    budget: Decimal | None
    budget_approved: bool
    currency: str
    start_on: dt.date | None
    decision_due: dt.date | None
    procurement_plan: str | None
    problem_to_solve: str | None
    our_offer: str | None
    notes: str | None
    steps: tuple[StepDetail, ...]
    criteria: tuple[CriterionDetail, ...]
    participants: Mapping[int, frozenset[BuyingRole]]  # person id -> roles in this project

    @property
    def closed(self) -> bool:
        return self.status in CLOSED


def _rows(s: Session, table: Table, column: str, ids: Iterable[int]) -> list[dict[str, Any]]:
    wanted = list(ids)
    if not wanted:
        return []
    col = table.c[column]
    return [dict(r._mapping) for r in s.execute(select(table).where(col.in_(wanted)).order_by(*table.primary_key))]


class ProjectService(ServiceBase):
    # --- reading

    def detail(self, project_id: int) -> ProjectDetail:
        """One project with its ordered steps (and actors), criteria (and scores) and participants."""
        with self.read() as s:
            p = get_or_404(s, PurchasingProject, project_id, "project")
            steps = list(s.scalars(select(DecisionStep).where(DecisionStep.project_id == project_id)
                                   .order_by(DecisionStep.position)))
            actors: dict[int, list[tuple[int, str | None]]] = {st.id: [] for st in steps}
            for sid, pid, action in s.execute(select(StepActor.step_id, StepActor.person_id, StepActor.action)
                                              .where(StepActor.step_id.in_(list(actors)))
                                              .order_by(StepActor.step_id, StepActor.person_id)):
                actors[sid].append((pid, action))
            crits = list(s.scalars(select(DecisionCriterion).where(DecisionCriterion.project_id == project_id)
                                   .order_by(DecisionCriterion.id)))
            scores: dict[int, dict[int, int]] = {c.id: {} for c in crits}
            for cid, comp, score in s.execute(select(CriterionScore.criterion_id, CriterionScore.competitor_id,
                                                     CriterionScore.score)
                                              .where(CriterionScore.criterion_id.in_(list(scores)))):
                scores[cid][comp] = score
            roles: dict[int, set[BuyingRole]] = {}
            for pid, role in s.execute(select(ProjectParticipant.person_id, ProjectParticipant.role)
                                       .where(ProjectParticipant.project_id == project_id)):
                roles.setdefault(pid, set()).add(role)
            return ProjectDetail(
                p.id, p.account_id, p.name, p.status, p.budget, p.budget_approved, p.currency, p.start_on, p.decision_due,
                p.procurement_plan, p.problem_to_solve, p.our_offer, p.notes,
                tuple(StepDetail(st.id, st.position, st.name, st.planned_on, st.actual_on, st.status, st.notes,
                                 tuple(actors[st.id])) for st in steps),
                tuple(CriterionDetail(c.id, c.name, c.weight, c.our_score, c.notes, scores[c.id]) for c in crits),
                {pid: frozenset(r) for pid, r in sorted(roles.items())})

    def competitor_names(self, account_id: int) -> list[tuple[int, str]]:
        """The competitors at the account (the criteria's score columns)."""
        with self.read() as s:
            return [(i, n) for i, n in s.execute(select(Competitor.id, Competitor.name)
                                                 .where(Competitor.account_id == account_id)
                                                 .order_by(Competitor.id))]

    # --- the project itself

    def update(self, project_id: int, **data: Any) -> Change:
        """Change the project's own fields (name, budget and currency, dates, texts, status)."""
        unknown = sorted(set(data) - set(PROJECT_FIELDS))
        if unknown:
            raise ValidationError(unknown[0], _("is not a field of a project"))
        with self.unit() as s:
            p = get_or_404(s, PurchasingProject, project_id, "project")
            clean = self._clean_project(data)
            start = clean.get("start_on", p.start_on)
            due = clean.get("decision_due", p.decision_due)
            if start is not None and due is not None and due < start:
                raise ValidationError("decision_due", _("is before the project starts ({day})").format(day=start))
            before = snapshot(p, sorted(clean))
            for k, val in clean.items():
                setattr(p, k, val)
            s.flush()
            return Change("project", p.id, "update", before, snapshot(p, sorted(clean)))

    @staticmethod
    def _clean_project(data: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, val in data.items():
            if k == "name":
                out[k] = v.text(val, k, required=True, max_len=300)
            elif k == "budget":
                out[k] = v.money(val, k, nonneg=True)
            elif k == "budget_approved":
                out[k] = bool(val)
            elif k == "currency":
                out[k] = v.currency(val, k)
            elif k in ("start_on", "decision_due"):
                out[k] = v.date(val, k)
            elif k == "status":
                out[k] = v.choice(ProjectStatus, val, k)
            else:
                out[k] = v.text(val, k)
        return out

    def close(self, project_id: int, outcome: str) -> Change:
        """Close a project as won or lost."""
        status = v.choice(ProjectStatus, outcome, "status")
        if status not in CLOSED:
            raise ValidationError("status", _("a project closes as won or lost"))
        with self.unit() as s:
            p = get_or_404(s, PurchasingProject, project_id, "project")
            if p.status in CLOSED:
                raise ValidationError("status", _("the project is already closed"))
            before = p.status
            p.status = status
            s.flush()
            return Change("project", p.id, "update", {"status": before}, {"status": status})

    def reopen(self, project_id: int) -> Change:
        """Make a won or lost project active again."""
        with self.unit() as s:
            p = get_or_404(s, PurchasingProject, project_id, "project")
            if p.status not in CLOSED:
                raise ValidationError("status", _("the project is not closed"))
            before = p.status
            p.status = ProjectStatus.ACTIVE
            s.flush()
            return Change("project", p.id, "update", {"status": before}, {"status": p.status})

    def delete(self, project_id: int) -> Change:
        """Delete a project with its steps, criteria and roles (``snapshot`` first to be able to put it back)."""
        with self.unit() as s:
            get_or_404(s, PurchasingProject, project_id, "project")
            self._remove(s, project_id)
            return Change("project", project_id, "delete")

    # --- the exact state, for undo

    def snapshot(self, project_id: int) -> dict[str, Any]:
        """Every stored row of the project (ids and versions included), and the whitespace cells linked to it."""
        from kam.model.whitespace import WhitespaceCell

        with self.read() as s:
            get_or_404(s, PurchasingProject, project_id, "project")
            step_ids = list(s.scalars(select(DecisionStep.id).where(DecisionStep.project_id == project_id)))
            crit_ids = list(s.scalars(select(DecisionCriterion.id)
                                      .where(DecisionCriterion.project_id == project_id)))
            return {
                "project": _rows(s, table_of(PurchasingProject), "id", [project_id])[0],
                "steps": _rows(s, table_of(DecisionStep), "id", step_ids),
                "actors": _rows(s, table_of(StepActor), "step_id", step_ids),
                "criteria": _rows(s, table_of(DecisionCriterion), "id", crit_ids),
                "scores": _rows(s, table_of(CriterionScore), "criterion_id", crit_ids),
                "participants": _rows(s, table_of(ProjectParticipant), "project_id", [project_id]),
                "cells": list(s.scalars(select(WhitespaceCell.id).where(WhitespaceCell.project_id == project_id))),
            }

    def put_back(self, state: Mapping[str, Any]) -> Change:
        """Restore a ``snapshot``: the project as it was then, replacing what is stored now (or re-creating it)."""
        row = state["project"]
        with self.unit() as s:
            self._remove(s, row["id"])
            s.execute(insert(table_of(PurchasingProject)), [row])
            for key, model in (("steps", DecisionStep), ("actors", StepActor), ("criteria", DecisionCriterion),
                               ("scores", CriterionScore), ("participants", ProjectParticipant)):
                if state[key]:
                    s.execute(insert(table_of(model)), list(state[key]))
            if state.get("cells"):  # removing the project unlinked them (ON DELETE SET NULL)
                from kam.model.whitespace import WhitespaceCell

                s.execute(update(WhitespaceCell).where(WhitespaceCell.id.in_(list(state["cells"])))
                          .values(project_id=row["id"]))
            return Change("project", row["id"], "restore")

    @staticmethod
    def _remove(s: Session, project_id: int) -> None:
        step_ids = select(DecisionStep.id).where(DecisionStep.project_id == project_id)
        crit_ids = select(DecisionCriterion.id).where(DecisionCriterion.project_id == project_id)
        s.execute(delete(StepActor).where(StepActor.step_id.in_(step_ids)))
        s.execute(delete(CriterionScore).where(CriterionScore.criterion_id.in_(crit_ids)))
        s.execute(delete(DecisionStep).where(DecisionStep.project_id == project_id))
        s.execute(delete(DecisionCriterion).where(DecisionCriterion.project_id == project_id))
        s.execute(delete(ProjectParticipant).where(ProjectParticipant.project_id == project_id))
        s.execute(delete(PurchasingProject).where(PurchasingProject.id == project_id))

    # --- steps of the decision process

    def add_step(self, project_id: int, name: str, *, position: int | None = None,
                 actors: Mapping[int, str | None] | None = None, **data: Any) -> Change:
        """A step at ``position`` (1-based; the later steps move down) or at the end."""
        with self.unit() as s:
            p = get_or_404(s, PurchasingProject, project_id, "project")
            count = s.scalar(select(func.count()).where(DecisionStep.project_id == project_id)) or 0
            at = count + 1 if position is None else v.integer(position, "position", lo=1, hi=count + 1,
                                                              required=True)
            fields = self._clean_step({"name": name, **data})
            fields.setdefault("status", StepStatus.PLANNED)
            self._shift(s, project_id, at, count, +1)
            step = DecisionStep(project_id=project_id, position=at, **fields)
            s.add(step)
            s.flush()
            self._set_actors(s, p.account_id, step.id, actors or {})
            return Change("step", step.id, "create", {}, {"name": step.name, "position": at})

    def update_step(self, step_id: int, *, actors: Mapping[int, str | None] | None = None,
                    **data: Any) -> Change:
        """Rename a step, change its dates, status or notes; ``actors`` replaces who acts at it."""
        unknown = sorted(set(data) - set(STEP_FIELDS))
        if unknown:
            raise ValidationError(unknown[0], _("is not a field of a decision step"))
        with self.unit() as s:
            step = get_or_404(s, DecisionStep, step_id, "step")
            fields = self._clean_step(data)
            before = snapshot(step, sorted(fields))
            for k, val in fields.items():
                setattr(step, k, val)
            if actors is not None:
                p = get_or_404(s, PurchasingProject, step.project_id, "project")
                self._set_actors(s, p.account_id, step.id, actors)
            s.flush()
            return Change("step", step.id, "update", before, snapshot(step, sorted(fields)))

    def move_step(self, step_id: int, position: int) -> Change:
        """Move a step to another place (1-based) in its project's order."""
        with self.unit() as s:
            step = get_or_404(s, DecisionStep, step_id, "step")
            count = s.scalar(select(func.count()).where(DecisionStep.project_id == step.project_id)) or 0
            to = v.integer(position, "position", lo=1, hi=count, required=True)
            old = step.position
            if to == old:
                return Change("step", step.id, "update", {"position": old}, {"position": old})
            project_id = step.project_id
            self._park(s, step_id)
            if to < old:
                self._shift(s, project_id, to, old - 1, +1)
            else:
                self._shift(s, project_id, old + 1, to, -1)
            s.execute(update(DecisionStep).where(DecisionStep.id == step_id).values(position=to))
            s.expire_all()
            return Change("step", step_id, "update", {"position": old}, {"position": to})

    def delete_step(self, step_id: int) -> Change:
        """Delete a step and its actors; the later steps move up."""
        with self.unit() as s:
            step = get_or_404(s, DecisionStep, step_id, "step")
            project_id, at = step.project_id, step.position
            count = s.scalar(select(func.count()).where(DecisionStep.project_id == project_id)) or 0
            s.execute(delete(StepActor).where(StepActor.step_id == step_id))
            s.execute(delete(DecisionStep).where(DecisionStep.id == step_id))
            self._shift(s, project_id, at + 1, count, -1)
            s.expire_all()
            return Change("step", step_id, "delete", {"position": at})

    @staticmethod
    def _park(s: Session, step_id: int) -> None:
        s.execute(update(DecisionStep).where(DecisionStep.id == step_id).values(position=0))

    @staticmethod
    def _shift(s: Session, project_id: int, first: int, last: int, by: int) -> None:
        """Move positions ``first..last`` by ``by`` without ever colliding (through negative positions)."""
        if first > last:
            return
        pos = DecisionStep.position
        where = (DecisionStep.project_id == project_id, pos >= first, pos <= last)
        s.execute(update(DecisionStep).where(*where).values(position=-(pos + by)))
        s.execute(update(DecisionStep).where(DecisionStep.project_id == project_id, pos < 0)
                  .values(position=-pos))

    @staticmethod
    def _clean_step(data: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, val in data.items():
            if k == "name":
                out[k] = v.text(val, k, required=True, max_len=200)
            elif k in ("planned_on", "actual_on"):
                out[k] = v.date(val, k)
            elif k == "status":
                out[k] = v.choice(StepStatus, val, k)
            else:
                out[k] = v.text(val, k)
        actual = out.get("actual_on")
        if actual is not None and actual > dt.date.today():
            raise ValidationError("actual_on", _("is in the future; plan it as the planned date"))
        return out

    @staticmethod
    def _set_actors(s: Session, account_id: int, step_id: int, actors: Mapping[int, str | None]) -> None:
        people_of_account(s, account_id, actors, "actors")
        s.execute(delete(StepActor).where(StepActor.step_id == step_id))
        for pid, action in sorted(actors.items()):
            s.add(StepActor(step_id=step_id, person_id=pid, action=v.text(action, "actors", max_len=200)))

    # --- decision criteria and scores

    def set_criteria(self, project_id: int, criteria: Sequence[Mapping[str, Any]]) -> Change:
        """Replace the project's criteria: name, weight (together 100 %), our score and the competitors' (1–5).

        A criterion that gives its ``id`` keeps it."""
        with self.unit() as s:
            p = get_or_404(s, PurchasingProject, project_id, "project")
            comps = set(s.scalars(select(Competitor.id).where(Competitor.account_id == p.account_id)))
            current = {c.id: c for c in s.scalars(select(DecisionCriterion)
                                                  .where(DecisionCriterion.project_id == project_id))}
            clean: list[dict[str, Any]] = []
            names: set[str] = set()
            for i, c in enumerate(criteria, start=1):
                f = f"criteria[{i}]."
                name = v.text(c.get("name"), f + "name", required=True, max_len=200)
                if name.casefold() in names:
                    raise ValidationError(f + "name", _("{name!r} is there twice").format(name=name))
                names.add(name.casefold())
                cid = c.get("id")
                if cid is not None and cid not in current:
                    raise ValidationError(f + "id", _("no criterion {id} in this project").format(id=cid))
                scores = {}
                for comp, score in (c.get("competitors") or {}).items():
                    if comp not in comps:
                        raise ValidationError(f + "competitors",
                                              _("competitor {id} is not at this account").format(id=comp))
                    if score is not None:
                        scores[comp] = v.integer(score, f + "competitors", lo=1, hi=5, required=True)
                clean.append({"id": cid, "name": name,
                              "weight": v.integer(c.get("weight"), f + "weight", lo=1, hi=100, required=True),
                              "our_score": v.integer(c.get("our_score"), f + "our_score", lo=1, hi=5),
                              "notes": v.text(c.get("notes"), f + "notes"), "scores": scores})
            total = sum(c["weight"] for c in clean)
            if clean and total != 100:
                raise ValidationError("weight", _("the weights add up to {total} %, not 100 %").format(total=total))
            keep = {c["id"] for c in clean if c["id"] is not None}
            gone = [cid for cid in current if cid not in keep]
            if gone:
                s.execute(delete(CriterionScore).where(CriterionScore.criterion_id.in_(gone)))
                s.execute(delete(DecisionCriterion).where(DecisionCriterion.id.in_(gone)))
            for c in clean:
                crit = current.get(c["id"]) if c["id"] is not None else None
                if crit is None:
                    crit = DecisionCriterion(project_id=project_id)
                    s.add(crit)
                crit.name, crit.weight, crit.our_score, crit.notes = c["name"], c["weight"], c["our_score"], c["notes"]
                s.flush()
                s.execute(delete(CriterionScore).where(CriterionScore.criterion_id == crit.id))
                for comp, score in sorted(c["scores"].items()):
                    s.add(CriterionScore(criterion_id=crit.id, competitor_id=comp, score=score))
            s.flush()
            return Change("project", project_id, "update", {}, {"criteria": len(clean)})

    # --- each person's role in the project

    def set_participants(self, project_id: int, roles: Mapping[int, Iterable[str | BuyingRole]]) -> Change:
        """Replace who takes part in the project and in which buying roles (a person with no role is left out)."""
        with self.unit() as s:
            p = get_or_404(s, PurchasingProject, project_id, "project")
            clean = {pid: sorted({v.choice(BuyingRole, r, "participants") for r in rs})
                     for pid, rs in roles.items()}
            clean = {pid: rs for pid, rs in clean.items() if rs}
            people_of_account(s, p.account_id, clean, "participants")
            gone = set(s.scalars(select(Person.id).where(Person.id.in_(list(clean)),
                                                         Person.deleted_at.is_not(None))))
            if gone:
                raise NotFound(_("person {id} is in the trash").format(id=min(gone)))
            s.execute(delete(ProjectParticipant).where(ProjectParticipant.project_id == project_id))
            for pid, rs in sorted(clean.items()):
                for r in rs:
                    s.add(ProjectParticipant(project_id=project_id, person_id=pid, role=r))
            s.flush()
            return Change("project", project_id, "update", {}, {"participants": len(clean)})
