"""The org chart and power map of an account (or one purchasing project), from the database."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, String, and_, case, func, or_, select, type_coerce

from kam.analysis.powermap import (
    HIGH_INFLUENCE,
    STALE_DAYS,
    MapPerson,
    PowerMap,
    StanceMove,
    Tally,
    assess,
    stance_moves,
)
from kam.errors import ValidationError
from kam.i18n import _
from kam.model import (
    Contact,
    ContactAttendee,
    Faction,
    FactionMember,
    InfluenceLine,
    Person,
    PersonRole,
    ProjectParticipant,
    PurchasingProject,
    StanceChange,
    User,
)
from kam.orgchart.data import ChartFaction, ChartPerson, OrgData
from kam.services.base import ServiceBase, get_or_404
from kam.vocab import BuyingRole, InfluenceKind, Stance

_KINDS = {k.value for k in InfluenceKind}


class OrgMapService(ServiceBase):
    def org(self, account_id: int, as_of: dt.date | None = None) -> OrgData:
        """The account's people with roles, owners, last contact; stances as of ``as_of``."""
        from kam.model import Account

        with self.read() as s:
            get_or_404(s, Account, account_id, "account")
            people = list(s.scalars(select(Person).where(Person.account_id == account_id,
                                                         Person.deleted_at.is_(None)).order_by(Person.id)))
            ids = [p.id for p in people]
            roles: dict[int, set[BuyingRole]] = defaultdict(set)
            for pid, role in s.execute(select(PersonRole.person_id, PersonRole.role)
                                       .join(Person).where(Person.account_id == account_id)):
                roles[pid].add(role)
            owners = dict(s.execute(select(User.id, User.display_name)).all())
            last = dict(s.execute(
                select(ContactAttendee.person_id, func.max(Contact.occurred_on))
                .join(Contact, Contact.id == ContactAttendee.contact_id)
                .where(Contact.account_id == account_id, Contact.done.is_(True))
                .group_by(ContactAttendee.person_id)).all())
            stances = {p.id: p.stance for p in people}
            if as_of is not None:
                stances = self._stances_as_of(s, account_id, as_of, stances)
            member_of: dict[int, list[int]] = defaultdict(list)
            factions = []
            for f in s.scalars(select(Faction).where(Faction.account_id == account_id).order_by(Faction.id)):
                members = tuple(s.scalars(select(FactionMember.person_id)
                                          .where(FactionMember.faction_id == f.id)
                                          .order_by(FactionMember.person_id)))
                factions.append(ChartFaction(f.id, f.name, f.leader_id, members))
                for m in members:
                    member_of[m].append(f.id)
            lines = [(a, b, w, InfluenceKind(k) if k in _KINDS else None) for a, b, w, k in s.execute(
                select(InfluenceLine.source_id, InfluenceLine.target_id, InfluenceLine.strength, InfluenceLine.kind)
                .where(InfluenceLine.account_id == account_id))]
        chart = [ChartPerson(p.id, p.name, p.name_latin, p.title,
                             p.reports_to_id if p.reports_to_id in set(ids) else None,
                             stances[p.id], frozenset(roles[p.id]), p.influence,
                             owners.get(p.coverage_owner_id) if p.coverage_owner_id else None,
                             last.get(p.id), tuple(member_of.get(p.id, ())))
                 for p in people]
        return OrgData(account_id, chart, factions, lines)

    def map_people(self, account_ids: list[int]) -> dict[int, list[MapPerson]]:
        """The power-map inputs of many accounts at once (the portfolio): three queries, not three per account.

        At 5 000 accounts that is 250 000 people and 170 000 buying roles: the codes are read as text and
        turned into their enums by a dict look-up (SQLAlchemy's Enum type costs several µs a value), and one
        frozenset is made per person who has roles."""
        out: dict[int, list[MapPerson]] = {aid: [] for aid in account_ids}
        if not account_ids:
            return out
        stances = {m.value: m for m in Stance}
        buying = {m.value: m for m in BuyingRole}
        none: frozenset[BuyingRole] = frozenset()
        with self.read() as s:
            owners = dict(s.execute(select(User.id, User.display_name)).all())
            found: dict[int, set[BuyingRole]] = defaultdict(set)
            for pid, role in s.execute(select(PersonRole.person_id, type_coerce(PersonRole.role, String))
                                       .join(Person).where(Person.deleted_at.is_(None))):
                found[pid].add(buying[role])
            roles = {pid: frozenset(r) for pid, r in found.items()}
            last = dict(s.execute(
                select(ContactAttendee.person_id, func.max(Contact.occurred_on))
                .join(Contact, Contact.id == ContactAttendee.contact_id)
                .where(Contact.done.is_(True)).group_by(ContactAttendee.person_id)).all())
            people = s.execute(select(Person.id, Person.account_id, Person.name, type_coerce(Person.stance, String),
                                      Person.influence, Person.coverage_owner_id)
                               .where(Person.deleted_at.is_(None)).order_by(Person.account_id, Person.id))
            for pid, aid, name, stance, influence, owner_id in people:
                if aid in out:
                    out[aid].append(MapPerson(pid, name, stances[stance], roles.get(pid, none), influence,
                                              owners.get(owner_id) if owner_id else None, last.get(pid)))
        return out

    def tallies(self, today: dt.date, stale_days: int = STALE_DAYS) -> dict[int, Tally]:
        """Every account's power-map ``Tally``, counted by the database in one query (the portfolio: no
        person is read into Python). Accounts without people are absent (their tally is ``Tally()``).
        Each count is the one ``kam.analysis.powermap.tally`` makes; tests/test_powermap.py checks both agree."""
        def flag(cond: ColumnElement[bool]) -> ColumnElement[int]:
            return case((cond, 1), else_=0)

        roles = (select(PersonRole.person_id,
                        func.max(flag(PersonRole.role == BuyingRole.DECISION_MAKER)).label("dm"),
                        func.max(flag(PersonRole.role == BuyingRole.INFLUENCER)).label("inf"))
                 .group_by(PersonRole.person_id).subquery())
        last = (select(ContactAttendee.person_id, func.max(Contact.occurred_on).label("on"))
                .join(Contact, Contact.id == ContactAttendee.contact_id)
                .where(Contact.done.is_(True)).group_by(ContactAttendee.person_id).subquery())
        dm = func.coalesce(roles.c.dm, 0) == 1
        inf = func.coalesce(roles.c.inf, 0) == 1
        covered = and_(User.display_name.is_not(None), User.display_name != "")
        strong = Person.influence >= HIGH_INFLUENCE
        stale = or_(last.c.on.is_(None), last.c.on < today - dt.timedelta(days=stale_days))
        sup, opp = Person.stance == Stance.SUPPORTER, Person.stance == Stance.OPPOSER
        counts = [func.sum(flag(c)) for c in (
            dm, and_(dm, sup), and_(dm, opp), and_(inf, strong, sup), and_(opp, strong, ~covered),
            and_(dm, stale), and_(dm, ~covered))]
        query = (select(Person.account_id, *counts)
                 .outerjoin(roles, roles.c.person_id == Person.id)
                 .outerjoin(last, last.c.person_id == Person.id)
                 .outerjoin(User, User.id == Person.coverage_owner_id)
                 .where(Person.deleted_at.is_(None)).group_by(Person.account_id))
        with self.read() as s:
            return {aid: Tally(*(int(n or 0) for n in ns)) for aid, *ns in s.execute(query)}

    @staticmethod
    def _stances_as_of(s, account_id: int, day: dt.date, current: dict[int, Stance]) -> dict[int, Stance]:  # type: ignore[no-untyped-def]
        rows = s.execute(select(StanceChange.person_id, StanceChange.new_stance)
                         .join(Person).where(Person.account_id == account_id,
                                             StanceChange.changed_on <= day)
                         .order_by(StanceChange.person_id, StanceChange.changed_on, StanceChange.id))
        known: dict[int, Stance] = {}
        for pid, stance in rows:
            known[pid] = stance
        return {pid: known.get(pid, Stance.UNKNOWN) for pid in current}

    def powermap(self, account_id: int, *, project_id: int | None = None, lang: str = "en",
                 today: dt.date | None = None) -> tuple[PowerMap, OrgData]:
        """Rate the account (or one project's participants with their project roles)."""
        day = today or dt.date.today()
        data = self.org(account_id)
        people = [MapPerson(p.id, p.name, p.stance, p.roles, p.influence, p.coverage_owner, p.last_contact)
                  for p in data.people]
        if project_id is not None:
            with self.read() as s:
                proj = get_or_404(s, PurchasingProject, project_id, "project")
                if proj.account_id != account_id:
                    raise ValidationError("project", _("project {project_id} belongs to another account").format(project_id=project_id))
                roles: dict[int, set[BuyingRole]] = defaultdict(set)
                for pid, role in s.execute(select(ProjectParticipant.person_id, ProjectParticipant.role)
                                           .where(ProjectParticipant.project_id == project_id)):
                    roles[pid].add(role)
            people = [MapPerson(p.id, p.name, p.stance, frozenset(roles[p.id]), p.influence,
                                p.coverage_owner, p.last_contact) for p in people if p.id in roles]
        return assess(people, day, lang=lang), data

    def projects(self, account_id: int) -> list[ProjectView]:
        """The account's purchasing projects with their decision process."""
        with self.read() as s:
            return load_projects(s, account_id)

    def moves_since(self, account_id: int, since: dt.date, until: dt.date | None = None) -> list[StanceMove]:
        """Who changed stance since a date ("compare with last quarter")."""
        with self.read() as s:
            rows = s.execute(select(StanceChange.person_id, StanceChange.changed_on, StanceChange.id,
                                    StanceChange.new_stance)
                             .join(Person).where(Person.account_id == account_id,
                                                 Person.deleted_at.is_(None))).all()
            names = dict(s.execute(select(Person.id, Person.name)
                                   .where(Person.account_id == account_id)).all())
        return stance_moves([tuple(r) for r in rows], names, since, until)  # type: ignore[misc]


@dataclass(frozen=True)
class StepView:
    id: int
    position: int
    name: str
    planned_on: dt.date | None
    actual_on: dt.date | None
    status: str
    actor_ids: tuple[int, ...]

    def late(self, today: dt.date) -> bool:
        """Not finished and its planned date has passed (``kam.services.projects.step_state``)."""
        from kam.services.projects import LATE, step_state

        return step_state(self.status, self.planned_on, self.actual_on, today) == LATE


@dataclass(frozen=True)
class CriterionView:
    name: str
    weight: int
    our_score: int | None
    competitors: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ProjectView:
    id: int
    name: str
    status: str
    budget: object
    currency: str
    decision_due: dt.date | None
    problem_to_solve: str | None
    steps: tuple[StepView, ...]
    criteria: tuple[CriterionView, ...]
    participants: tuple[tuple[int, str], ...]  # (person id, project role)
    budget_approved: bool = False


def load_projects(s, account_id: int) -> list[ProjectView]:  # type: ignore[no-untyped-def]
    """Every purchasing project of the account with ordered steps, actors and criteria."""
    from kam.model import Competitor, CriterionScore, DecisionCriterion, DecisionStep, StepActor

    projects = list(s.scalars(select(PurchasingProject).where(PurchasingProject.account_id == account_id)
                              .order_by(PurchasingProject.id)))
    ids = [p.id for p in projects]
    steps = defaultdict(list)
    actors = defaultdict(list)
    for sid, pid in s.execute(select(StepActor.step_id, StepActor.person_id)
                              .join(DecisionStep).where(DecisionStep.project_id.in_(ids))):
        actors[sid].append(pid)
    for st in s.scalars(select(DecisionStep).where(DecisionStep.project_id.in_(ids))
                        .order_by(DecisionStep.project_id, DecisionStep.position)):
        steps[st.project_id].append(StepView(st.id, st.position, st.name, st.planned_on, st.actual_on,
                                             st.status.value, tuple(sorted(actors[st.id]))))
    comp_names = dict(s.execute(select(Competitor.id, Competitor.name)
                                .where(Competitor.account_id == account_id)).all())
    scores = defaultdict(list)
    for cid, comp, score in s.execute(select(CriterionScore.criterion_id, CriterionScore.competitor_id,
                                             CriterionScore.score)):
        scores[cid].append((comp_names.get(comp, f"#{comp}"), score))
    criteria = defaultdict(list)
    for c in s.scalars(select(DecisionCriterion).where(DecisionCriterion.project_id.in_(ids))
                       .order_by(DecisionCriterion.id)):
        criteria[c.project_id].append(CriterionView(c.name, c.weight, c.our_score, tuple(scores[c.id])))
    parts = defaultdict(list)
    for pid, person, role in s.execute(select(ProjectParticipant.project_id, ProjectParticipant.person_id,
                                              ProjectParticipant.role).where(ProjectParticipant.project_id.in_(ids))):
        parts[pid].append((person, role.value))
    return [ProjectView(p.id, p.name, p.status.value, p.budget, p.currency, p.decision_due, p.problem_to_solve,
                        tuple(steps[p.id]), tuple(criteria[p.id]), tuple(sorted(parts[p.id])), p.budget_approved)
            for p in projects]
