"""The rest of the dossier: projects, transactions, competitors, register, contacts, feedback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam import validate as v
from kam.errors import NotFound, UserError, ValidationError
from kam.i18n import N_, _
from kam.model import (
    Account,
    Competitor,
    CompetitorRep,
    CompetitorRepRelation,
    Contact,
    ContactAttendee,
    ContactOurAttendee,
    CriterionScore,
    DecisionCriterion,
    DecisionStep,
    Feedback,
    Person,
    ProjectParticipant,
    PurchasingProject,
    StepActor,
    Transaction,
    User,
    WhitespaceCell,
)
from kam.model.base import table_of
from kam.services.base import Change, ServiceBase, get_or_404
from kam.services.kept import put_back
from kam.services.kept import rows as kept_rows
from kam.services.people import record_stance
from kam.vocab import (
    BuyingRole,
    ContactKind,
    FeedbackKind,
    FeedbackStatus,
    ProjectStatus,
    RoutedTo,
    Stance,
    StepStatus,
)

# What ``update_feedback`` changes, with the check of each value that needs no database (the others are
# checked there: raised_by_id, first_responder_id, received_at).
FEEDBACK_FIELDS: dict[str, Callable[[Any], Any]] = {
    "kind": lambda x: v.choice(FeedbackKind, x or "complaint", "kind"),
    "subject": lambda x: v.text(x, "subject", required=True, max_len=300),
    "description": lambda x: v.text(x, "description"),
    "raised_by_id": lambda x: x,
    "received_at": lambda x: x,
    "routed_to": lambda x: v.choice(RoutedTo, x, "routed_to", required=False),
    "first_responder_id": lambda x: x,
    "severity": lambda x: v.integer(x, "severity", lo=1, hi=3, required=True),
    "response_target_hours": lambda x: v.integer(x, "response_target_hours", lo=1, hi=24 * 90, required=True),
}


def people_of_account(s: Session, account_id: int, ids: Iterable[int], field: str) -> list[int]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    found = dict(s.execute(select(Person.id, Person.account_id).where(Person.id.in_(wanted))).all())
    for pid in wanted:
        if found.get(pid) != account_id:
            raise ValidationError(field, _("no person {pid} at this account").format(pid=pid))
    return wanted


def users_by_id(s: Session, ids: Iterable[int], field: str) -> list[int]:
    wanted = sorted(set(ids))
    have = set(s.scalars(select(User.id).where(User.id.in_(wanted)))) if wanted else set()
    for uid in wanted:
        if uid not in have:
            raise ValidationError(field, _("no user with id {uid}").format(uid=uid))
    return wanted


def transaction_values(data: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    """Validate one transaction line; ``amount`` defaults to quantity × unit price − discount."""
    p = where
    qty = v.money(data.get("quantity"), p + "quantity", required=True)
    price = v.money(data.get("unit_price"), p + "unit_price", required=True, nonneg=True)
    assert qty is not None
    assert price is not None
    discount = v.money(data.get("discount"), p + "discount", nonneg=True) or Decimal(0)
    fin = v.money(data.get("financial_cost"), p + "financial_cost", nonneg=True) or Decimal(0)
    amount = v.money(data.get("amount"), p + "amount")
    if amount is None:
        amount = (qty * price - discount).quantize(Decimal("0.0001"))
    gp = v.money(data.get("gross_profit"), p + "gross_profit", required=True)
    return {
        "occurred_on": v.date(data.get("occurred_on"), p + "occurred_on", required=True),
        "product": v.text(data.get("product"), p + "product", required=True, max_len=200),
        "quantity": qty, "unit": v.text(data.get("unit"), p + "unit", max_len=20),
        "unit_price": price, "amount": amount, "discount": discount, "financial_cost": fin,
        "gross_profit": gp, "currency": v.currency(data.get("currency"), p + "currency"),
        "external_ref": v.text(data.get("external_ref"), p + "external_ref", max_len=100),
    }


# What is known of a competitor (``update_competitor`` edits these).
COMPETITOR_FIELDS = ("name", "products_used", "customer_satisfaction", "estimated_share_pct", "strengths",
                     "weaknesses", "notes")
# What a competitor's rep has (``update_rep`` edits these).
REP_FIELDS = ("name", "style", "notes")
# How close a competitor's rep is to one of the customer's people.
CLOSENESS = {1: N_("acquainted"), 2: N_("good relations"), 3: N_("close")}


def closeness_label(level: int) -> str:
    return _(CLOSENESS.get(level, "?"))


@dataclass(frozen=True)
class RelationRow:
    person_id: int
    person: str
    closeness: int
    note: str | None


@dataclass(frozen=True)
class RepRow:
    id: int
    competitor_id: int
    name: str
    style: str | None
    notes: str | None
    relations: list[RelationRow]


def _competitor_values(data: Mapping[str, Any]) -> dict[str, Any]:
    """The competitor's fields among ``data``, validated."""
    out: dict[str, Any] = {}
    for f, value in data.items():
        if f == "name":
            out[f] = v.text(value, f, required=True, max_len=200)
        elif f == "customer_satisfaction":
            out[f] = v.integer(value, f, lo=1, hi=5)
        elif f == "estimated_share_pct":
            out[f] = v.integer(value, f, lo=0, hi=100)
        elif f in COMPETITOR_FIELDS:
            out[f] = v.text(value, f)
    return out


def _rep_values(data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name" in data:
        out["name"] = v.text(data["name"], "name", required=True, max_len=200)
    for f in ("style", "notes"):
        if f in data:
            out[f] = v.text(data[f], f, max_len=2000)
    return out


class RecordService(ServiceBase):
    # --- purchasing projects and their decision process

    def add_project(self, account_id: int, name: str, *, steps: list[Mapping[str, Any]] | None = None,
                    participants: Mapping[int, list[str]] | None = None,
                    criteria: list[Mapping[str, Any]] | None = None, **data: Any) -> Change:
        """A purchasing project with ordered steps (each with actors), participants and criteria."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            proj = PurchasingProject(
                account_id=account_id, name=v.text(name, "name", required=True, max_len=300),
                procurement_plan=v.text(data.get("procurement_plan"), "procurement_plan"),
                problem_to_solve=v.text(data.get("problem_to_solve"), "problem_to_solve"),
                budget=v.money(data.get("budget"), "budget", nonneg=True),
                budget_approved=bool(data.get("budget_approved")),
                currency=v.currency(data.get("currency")),
                start_on=v.date(data.get("start_on"), "start_on"),
                decision_due=v.date(data.get("decision_due"), "decision_due"),
                status=v.choice(ProjectStatus, data.get("status") or "active", "status"),
                our_offer=v.text(data.get("our_offer"), "our_offer"),
            )
            s.add(proj)
            s.flush()
            for pid, roles in (participants or {}).items():
                people_of_account(s, account_id, [pid], "participants")
                for r in roles:
                    s.add(ProjectParticipant(project_id=proj.id, person_id=pid,
                                             role=v.choice(BuyingRole, r, "participants")))
            for i, st in enumerate(steps or [], start=1):
                f = f"steps[{i}]."
                step = DecisionStep(
                    project_id=proj.id, position=i,
                    name=v.text(st.get("name"), f + "name", required=True, max_len=200),
                    planned_on=v.date(st.get("planned_on"), f + "planned_on"),
                    actual_on=v.date(st.get("actual_on"), f + "actual_on"),
                    status=v.choice(StepStatus, st.get("status") or "planned", f + "status"),
                    notes=v.text(st.get("notes"), f + "notes"),
                )
                s.add(step)
                s.flush()
                for pid in people_of_account(s, account_id, st.get("actors", []), f + "actors"):
                    s.add(StepActor(step_id=step.id, person_id=pid))
            for i, c in enumerate(criteria or [], start=1):
                f = f"criteria[{i}]."
                crit = DecisionCriterion(
                    project_id=proj.id, name=v.text(c.get("name"), f + "name", required=True),
                    weight=v.integer(c.get("weight", 1), f + "weight", lo=1, hi=100),
                    our_score=v.integer(c.get("our_score"), f + "our_score", lo=1, hi=5))
                s.add(crit)
                s.flush()
                for comp_id, score in (c.get("competitors") or {}).items():
                    comp = get_or_404(s, Competitor, comp_id, "competitor")
                    if comp.account_id != account_id:
                        raise ValidationError(f + "competitors", _("competitor {comp_id} is not at this account").format(comp_id=comp_id))
                    s.add(CriterionScore(criterion_id=crit.id, competitor_id=comp_id,
                                         score=v.integer(score, f + "competitors", lo=1, hi=5)))
            return Change("project", proj.id, "create", {}, {"name": proj.name})

    # --- transactions

    def add_transactions(self, account_id: int, lines: Iterable[Mapping[str, Any]]) -> int:
        """Insert transaction lines all-or-nothing; errors name the line (1-based) and field."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            rows = [dict(transaction_values(line, f"line {i}: "), account_id=account_id)
                    for i, line in enumerate(lines, start=1)]
            if rows:
                s.execute(table_of(Transaction).insert(), rows)
            return len(rows)

    # --- competitors at the account

    def add_competitor(self, account_id: int, name: str, *, reps: list[Mapping[str, Any]] | None = None,
                       **data: Any) -> Change:
        """A competitor present at the account, with its reps and their ties to our contacts."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            comp = Competitor(account_id=account_id, **_competitor_values(
                {**{f: data.get(f) for f in COMPETITOR_FIELDS}, "name": name}))
            s.add(comp)
            s.flush()
            for i, r in enumerate(reps or [], start=1):
                rep = CompetitorRep(competitor_id=comp.id,
                                    name=v.text(r.get("name"), f"reps[{i}].name", required=True),
                                    style=v.text(r.get("style"), f"reps[{i}].style"))
                s.add(rep)
                s.flush()
                for pid, closeness in (r.get("relations") or {}).items():
                    people_of_account(s, account_id, [pid], f"reps[{i}].relations")
                    s.add(CompetitorRepRelation(rep_id=rep.id, person_id=pid,
                                                closeness=v.integer(closeness, "closeness", lo=1, hi=3)))
            return Change("competitor", comp.id, "create", {}, {"name": comp.name})

    def update_competitor(self, competitor_id: int, **fields: Any) -> dict[str, Any]:
        """Change what is known of a competitor; returns the previous values of what changed
        (``update_competitor(competitor_id, **previous)`` undoes it)."""
        unknown = sorted(set(fields) - set(COMPETITOR_FIELDS))
        if unknown:
            raise UserError(_("a competitor has no field {field}").format(field=", ".join(unknown)))
        clean = _competitor_values(fields)
        with self.unit() as s:
            comp = get_or_404(s, Competitor, competitor_id, "competitor")
            previous = {f: getattr(comp, f) for f, value in clean.items() if getattr(comp, f) != value}
            for f in previous:
                setattr(comp, f, clean[f])
            return previous

    def remove_competitor(self, competitor_id: int) -> dict[str, Any]:
        """Take a competitor off the account with its reps, their relations and its scores on the projects'
        criteria; returns what ``restore_competitor`` puts back (whole rows: ids, versions, timestamps)."""
        with self.unit() as s:
            comp = get_or_404(s, Competitor, competitor_id, "competitor")
            rep_ids = select(CompetitorRep.id).where(CompetitorRep.competitor_id == competitor_id)
            kept = {"id": comp.id, "account_id": comp.account_id, "name": comp.name,
                    "row": kept_rows(s, Competitor, Competitor.id == competitor_id)[0],
                    "reps": kept_rows(s, CompetitorRep, CompetitorRep.competitor_id == competitor_id),
                    "relations": kept_rows(s, CompetitorRepRelation, CompetitorRepRelation.rep_id.in_(rep_ids)),
                    "scores": kept_rows(s, CriterionScore, CriterionScore.competitor_id == competitor_id),
                    "cells": list(s.scalars(select(WhitespaceCell.id)
                                            .where(WhitespaceCell.competitor_id == competitor_id)))}
            s.delete(comp)
            return kept

    def restore_competitor(self, kept: Mapping[str, Any]) -> Change:
        """Put back a competitor taken off by ``remove_competitor`` as it was (same ids, versions and
        timestamps; what went away meanwhile — a person, a criterion — is left out)."""
        with self.unit() as s:
            get_or_404(s, Account, kept["account_id"], "account")
            if s.get(Competitor, kept["id"]) is not None:
                raise UserError(_("the competitor {name} is there already").format(name=kept["name"]))
            put_back(s, Competitor, [kept["row"]])
            put_back(s, CompetitorRep, kept["reps"])
            live = set(s.scalars(select(Person.id).where(Person.account_id == kept["account_id"],
                                                         Person.deleted_at.is_(None))))
            put_back(s, CompetitorRepRelation, [r for r in kept["relations"] if r["person_id"] in live])
            wanted = [r["criterion_id"] for r in kept["scores"]]
            criteria = set(s.scalars(select(DecisionCriterion.id).where(DecisionCriterion.id.in_(wanted))))
            put_back(s, CriterionScore, [r for r in kept["scores"] if r["criterion_id"] in criteria])
            for cell in s.scalars(select(WhitespaceCell).where(WhitespaceCell.id.in_(kept["cells"]),
                                                               WhitespaceCell.competitor_id.is_(None))):
                cell.competitor_id = kept["id"]
            return Change("competitor", kept["id"], "restore")

    # --- a competitor's reps at the account and their relations with the customer's people

    def competitor_reps(self, competitor_id: int) -> list[RepRow]:
        """A competitor's reps, each with the customer's people they are close to (closest first)."""
        with self.read() as s:
            get_or_404(s, Competitor, competitor_id, "competitor")
            reps = list(s.scalars(select(CompetitorRep).where(CompetitorRep.competitor_id == competitor_id)
                                  .order_by(CompetitorRep.id)))
            rels: dict[int, list[RelationRow]] = {}
            for rel, name in s.execute(
                    select(CompetitorRepRelation, Person.name).join(Person, Person.id == CompetitorRepRelation.person_id)
                    .where(CompetitorRepRelation.rep_id.in_([r.id for r in reps]), Person.deleted_at.is_(None))
                    .order_by(CompetitorRepRelation.closeness.desc(), Person.name)):
                rels.setdefault(rel.rep_id, []).append(RelationRow(rel.person_id, name, rel.closeness, rel.note))
        return [RepRow(r.id, r.competitor_id, r.name, r.style, r.notes, rels.get(r.id, [])) for r in reps]

    def add_rep(self, competitor_id: int, name: str, *, style: str | None = None,
                notes: str | None = None) -> Change:
        """A competitor's sales rep at the account: name, style, notes."""
        with self.unit() as s:
            get_or_404(s, Competitor, competitor_id, "competitor")
            rep = CompetitorRep(competitor_id=competitor_id, **_rep_values({"name": name, "style": style,
                                                                            "notes": notes}))
            s.add(rep)
            s.flush()
            return Change("competitor_rep", rep.id, "create", {}, {"name": rep.name})

    def update_rep(self, rep_id: int, **fields: Any) -> dict[str, Any]:
        """Change a rep's name, style or notes; returns the previous values of what changed
        (``update_rep(rep_id, **previous)`` undoes it)."""
        unknown = sorted(set(fields) - set(REP_FIELDS))
        if unknown:
            raise UserError(_("a competitor's rep has no field {field}").format(field=", ".join(unknown)))
        clean = _rep_values(fields)
        with self.unit() as s:
            rep = get_or_404(s, CompetitorRep, rep_id, "competitor rep")
            previous = {f: getattr(rep, f) for f, value in clean.items() if getattr(rep, f) != value}
            for f in previous:
                setattr(rep, f, clean[f])
            return previous

    def remove_rep(self, rep_id: int) -> dict[str, Any]:
        """Take a rep (and their relations) off the competitor; returns what ``restore_rep`` puts back (whole
        rows: id, version)."""
        with self.unit() as s:
            rep = get_or_404(s, CompetitorRep, rep_id, "competitor rep")
            kept = {"id": rep.id, "competitor_id": rep.competitor_id, "name": rep.name,
                    "row": kept_rows(s, CompetitorRep, CompetitorRep.id == rep_id)[0],
                    "relations": kept_rows(s, CompetitorRepRelation, CompetitorRepRelation.rep_id == rep_id)}
            s.delete(rep)
            return kept

    def restore_rep(self, kept: Mapping[str, Any]) -> Change:
        """Put back a rep taken off by ``remove_rep`` as they were (same id and version, same relations; people
        gone meanwhile are left out)."""
        with self.unit() as s:
            comp = get_or_404(s, Competitor, kept["competitor_id"], "competitor")
            if s.get(CompetitorRep, kept["id"]) is not None:
                raise UserError(_("the rep {name} is there already").format(name=kept["name"]))
            put_back(s, CompetitorRep, [kept["row"]])
            live = set(s.scalars(select(Person.id).where(Person.account_id == comp.account_id,
                                                         Person.deleted_at.is_(None))))
            put_back(s, CompetitorRepRelation, [r for r in kept["relations"] if r["person_id"] in live])
            return Change("competitor_rep", kept["id"], "restore")

    def set_rep_relation(self, rep_id: int, person_id: int | None, closeness: int | str | None,
                         note: str | None = None) -> dict[str, Any] | None:
        """How close a rep is to one of the customer's people (1 acquainted … 3 close), with a note; returns the
        relation before (None: there was none) so the change can be undone."""
        level = v.integer(closeness, "closeness", lo=1, hi=3, required=True)
        text = v.text(note, "note", max_len=500)
        with self.unit() as s:
            rep = get_or_404(s, CompetitorRep, rep_id, "competitor rep")
            comp = get_or_404(s, Competitor, rep.competitor_id, "competitor")
            person = None if person_id is None else s.get(Person, person_id)
            if person is None or person.deleted_at is not None or person.account_id != comp.account_id:
                raise ValidationError("person_id", _("choose a person of this account"))
            rel = s.get(CompetitorRepRelation, (rep_id, person_id))
            before = None if rel is None else {"closeness": rel.closeness, "note": rel.note}
            if rel is None:
                s.add(CompetitorRepRelation(rep_id=rep_id, person_id=person_id, closeness=level, note=text))
            else:
                rel.closeness, rel.note = level, text
            return before

    def remove_rep_relation(self, rep_id: int, person_id: int) -> dict[str, Any]:
        """End a rep's relation with a person; returns it (``set_rep_relation(rep_id, person_id, **it)`` puts it
        back)."""
        with self.unit() as s:
            rel = s.get(CompetitorRepRelation, (rep_id, person_id))
            if rel is None:
                raise NotFound(_("this rep has no relation with that person"))
            before = {"closeness": rel.closeness, "note": rel.note}
            s.delete(rel)
            return before

    # --- contacts (visits) and the quick visit capture

    def log_contact(self, account_id: int, occurred_on: dt.date | str, *,
                    kind: str = "visit", attendee_ids: Iterable[int] = (),
                    our_user_ids: Iterable[int] = (),
                    stance_changes: Mapping[int, str] | None = None,
                    done: bool = True, **data: Any) -> Change:
        """Record a visit (or plan one); stance changes of attendees are dated on the visit day."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            day = v.date(occurred_on, "occurred_on", required=True)
            assert day is not None
            people = people_of_account(s, account_id, attendee_ids, "attendee_ids")
            ours = users_by_id(s, our_user_ids, "our_user_ids")
            execs = set(s.scalars(select(User.id).where(User.id.in_(ours), User.is_executive))) if ours else set()
            c = Contact(
                account_id=account_id, kind=v.choice(ContactKind, kind, "kind"), occurred_on=day,
                done=bool(done), location=v.text(data.get("location"), "location", max_len=200),
                purpose=v.text(data.get("purpose"), "purpose"),
                best_outcome=v.text(data.get("best_outcome"), "best_outcome"),
                minimum_outcome=v.text(data.get("minimum_outcome"), "minimum_outcome"),
                outcome=v.text(data.get("outcome"), "outcome"),
                next_steps=v.text(data.get("next_steps"), "next_steps"),
                with_executive=bool(execs) or bool(data.get("with_executive")),
                recorded_by_id=self.actor.user_id)
            s.add(c)
            s.flush()
            for pid in people:
                s.add(ContactAttendee(contact_id=c.id, person_id=pid))
            for uid in ours:
                s.add(ContactOurAttendee(contact_id=c.id, user_id=uid))
            changed = {}
            for pid, stance in (stance_changes or {}).items():
                if pid not in people:
                    raise ValidationError("stance_changes", _("person {pid} did not attend").format(pid=pid))
                person = s.get(Person, pid)
                assert person is not None
                new = v.choice(Stance, stance, "stance_changes")
                changed[pid] = (person.stance, new)
                record_stance(s, person, new, day, self.actor, source="visit", visit_id=c.id)
            return Change("contact", c.id, "create", {}, {"stance_changes": changed})

    # --- customer feedback (complaints) under first-responder responsibility

    def update_feedback(self, feedback_id: int, **fields: Any) -> dict[str, Any]:
        """Change what was recorded of a feedback item (its kind, subject, description, who raised it, when it was
        received, where it is routed, its first responder, severity and response target); returns the previous
        values of what changed (``update_feedback(feedback_id, **previous)`` undoes it). Its handling (responded,
        resolved) is recorded with ``respond``/``resolve``."""
        unknown = sorted(set(fields) - set(FEEDBACK_FIELDS))
        if unknown:
            raise UserError(_("feedback has no field {field}").format(field=", ".join(unknown)))
        with self.unit() as s:
            fb = get_or_404(s, Feedback, feedback_id, "feedback")
            clean: dict[str, Any] = {}
            for f, value in fields.items():
                if f == "raised_by_id":
                    clean[f] = (people_of_account(s, fb.account_id, [value], f)[0]
                                if value is not None else None)
                elif f == "first_responder_id":
                    clean[f] = users_by_id(s, [value], f)[0] if value is not None else None
                elif f == "received_at":
                    when = v.moment(value, f)
                    for done in (fb.responded_at, fb.resolved_at):
                        if done is not None and when > done:
                            raise ValidationError(f, _("is after the feedback was answered"))
                    clean[f] = when
                else:
                    clean[f] = FEEDBACK_FIELDS[f](value)
            previous = {f: getattr(fb, f) for f, value in clean.items() if getattr(fb, f) != value}
            for f in previous:
                setattr(fb, f, clean[f])
            return previous

    def add_feedback(self, account_id: int, subject: str, received_at: dt.datetime | str, **data: Any) -> Change:
        """A complaint, suggestion or product feedback, routed to the department that must act."""
        received_at = v.moment(received_at, "received_at")
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            raised_by = data.get("raised_by_id")
            if raised_by is not None:
                people_of_account(s, account_id, [raised_by], "raised_by_id")
            responder = data.get("first_responder_id")
            if responder is not None:
                users_by_id(s, [responder], "first_responder_id")
            responded, resolved = data.get("responded_at"), data.get("resolved_at")
            for field, when in (("responded_at", responded), ("resolved_at", resolved)):
                if when is not None and when < received_at:
                    raise ValidationError(field, _("is before the feedback was received"))
            status = (FeedbackStatus.RESOLVED if resolved else
                      FeedbackStatus.RESPONDED if responded else FeedbackStatus.OPEN)
            fb = Feedback(
                account_id=account_id, kind=v.choice(FeedbackKind, data.get("kind") or "complaint", "kind"),
                subject=v.text(subject, "subject", required=True, max_len=300),
                description=v.text(data.get("description"), "description"),
                raised_by_id=raised_by, received_at=received_at, first_responder_id=responder,
                routed_to=v.choice(RoutedTo, data.get("routed_to"), "routed_to", required=False),
                severity=v.integer(data.get("severity", 2), "severity", lo=1, hi=3),
                response_target_hours=v.integer(data.get("response_target_hours", 24),
                                                "response_target_hours", lo=1, hi=24 * 90),
                responded_at=responded, resolved_at=resolved, status=status,
                resolution=v.text(data.get("resolution"), "resolution"),
                satisfaction=v.integer(data.get("satisfaction"), "satisfaction", lo=1, hi=5))
            s.add(fb)
            s.flush()
            return Change("feedback", fb.id, "create", {}, {"subject": fb.subject})


