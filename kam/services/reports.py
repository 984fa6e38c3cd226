"""Printed documents as a service: gather the data, apply confidentiality, render, audit.

Confidential by default: nothing from the IP register and none of the
sensitive personal fields (``SENSITIVE_PERSONAL_FIELDS``) is printed unless the
caller passes ``include_confidential=True`` with a reason. Then every page
carries a watermark naming who printed it, for what, and when, and the export
is written to the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from kam import validate as v
from kam.analysis.wallet import wallet_by_year
from kam.errors import ValidationError
from kam.i18n import _
from kam.model import (
    SENSITIVE_PERSONAL_FIELDS,
    Account,
    Contact,
    ContactAttendee,
    Feedback,
    Person,
    PersonRole,
    RegisterItem,
    TierSnapshot,
    Transaction,
    User,
)
from kam.reports.briefing import (  # (the types are defined there)
    AccountFacts,
    BriefData,
    ObjectiveLine,
    RegisterLine,
    account_card,
    attendee,
    chosen_attendees,
    document_meta,
    issue_line,
    last_two,
    objective_line,
    objective_lines,
    visit_card,
)
from kam.reports.words import w
from kam.security import register as crypto
from kam.services import audit
from kam.services.base import ServiceBase, get_or_404
from kam.vocab import BuyingRole, FeedbackStatus, Stance, Tier


@dataclass
class PlanData:
    facts: AccountFacts
    lang: str
    year: int
    plan: Any  # AnnualPlan | None
    org: Any  # OrgData
    projects: list[Any]
    competitors: list[dict[str, Any]]
    quarters: list[tuple[str, Decimal, Decimal, Decimal]]
    next_steps: list[tuple[dt.date, str]]
    events: list[Any]
    users: dict[int | None, str]
    group: str | None
    today: dt.date
    whitespace: Any = None  # kam.services.whitespace.Grid: the plan's whitespace page
    wallet: list[Any] = field(default_factory=list)  # kam.analysis.wallet.WalletYear, newest first
    team: list[tuple[str, str | None]] = field(default_factory=list)  # our account team: name, role


@dataclass
class ReviewAccount:
    id: int
    name: str
    owner: str | None
    tier: Tier | None
    previous_tier: Tier | None
    plan_status: Any
    plan_version: int | None
    objectives: list[ObjectiveLine]
    power: Any
    month_notes: list[str]
    review_comments: str | None


@dataclass
class ReviewData:
    year: int
    quarter: int
    lang: str
    scope: str
    accounts: list[ReviewAccount]
    scorecards: list[Any]
    month: int = 0  # the month the accounts' notes are about: the quarter's last, or this month in a running quarter


def personal_fields(p: Person, lang: str) -> dict[str, str]:
    """A person's sensitive fields for a confidential print: captioned in the document's language; a
    birthday without a year as month and day."""
    from kam.i18n import use_language
    from kam.services.people import PERSON_FIELDS

    out = {}
    with use_language(lang):
        for f in SENSITIVE_PERSONAL_FIELDS:
            value = getattr(p, f)
            if not value:
                continue
            if f == "birthday" and p.birthday_no_year:
                value = f"{value:%m-%d}"
            out[PERSON_FIELDS[f].caption if f in PERSON_FIELDS else f] = str(value)
    return out


def label_stance(value: str | None, lang: str) -> str:
    from kam.vocab import label

    return label(Stance(value), lang) if value else "—"


def label_or(account: Account | None) -> str:
    if account is None:
        return "—"
    return account.display_name


class ReportService(ServiceBase):
    # --- shared facts

    def account_facts(self, account_id: int, *, lang: str, confidential: bool,
                      today: dt.date | None = None, year: int | None = None) -> AccountFacts:
        """The facts every document shows; objectives are ``year``'s (default: this year's) as of ``today``."""
        from kam.services.orgmap import OrgMapService
        from kam.services.planning import PlanLifecycle
        from kam.vocab import label

        day = today or dt.date.today()
        with self.read() as s:
            acc = get_or_404(s, Account, account_id, "account")
            owner = s.get(User, acc.owner_id) if acc.owner_id else None
            snap = s.scalar(select(TierSnapshot).where(TierSnapshot.account_id == account_id)
                            .order_by(TierSnapshot.year.desc(), TierSnapshot.quarter.desc()).limit(1))
            rev, gp = s.execute(select(func.coalesce(func.sum(Transaction.amount), 0),
                                       func.coalesce(func.sum(Transaction.gross_profit), 0))
                                .where(Transaction.account_id == account_id,
                                       Transaction.occurred_on > day - dt.timedelta(days=365),
                                       Transaction.occurred_on <= day)).one()
            issues = [issue_line(f.subject, f.kind, f.received_at, f.routed_to, f.status, lang)
                      for f in s.scalars(select(Feedback).where(
                          Feedback.account_id == account_id,
                          Feedback.status.in_([FeedbackStatus.OPEN, FeedbackStatus.RESPONDED]))
                          .order_by(Feedback.received_at))]
            register = None
            if confidential:
                register = []
                for item in s.scalars(select(RegisterItem).where(RegisterItem.account_id == account_id,
                                                                 RegisterItem.deleted_at.is_(None))
                                      .order_by(RegisterItem.reference)):
                    try:
                        raw = crypto.unseal_row(self.vault.key_or_none() if self.vault else None, item.title,
                                                "register_items", item.id, item.gid, "title")
                        title = raw.decode("utf-8") if raw is not None else ""
                    except crypto.RegisterLocked:
                        title = w("register_locked", lang)
                    register.append(RegisterLine(item.reference, label(item.kind, lang),
                                                 label(item.classification, lang), title, item.return_due,
                                                 label(item.status, lang)))
        power, _ = OrgMapService(self._sessions, self._actor).powermap(account_id, lang=lang, today=day)
        objectives: list[ObjectiveLine] = []
        lifecycle = PlanLifecycle(self._sessions, self._actor)
        plan_year = year or day.year
        plan = lifecycle.current_plan(account_id, plan_year)
        if plan is not None:
            objectives = objective_lines(plan.quantitative, lifecycle.actuals(plan.id), plan_year, day, lang)
        return AccountFacts(acc, owner.display_name if owner else None, snap.tier if snap else None,
                            snap.current_score if snap else None, snap.potential_score if snap else None,
                            rev, gp, power, issues, objectives, register)

    # --- executive visit brief

    def brief_data(self, account_id: int, *, attendee_ids: list[int] | None = None, lang: str = "en",
                   include_confidential: bool = False, today: dt.date | None = None) -> BriefData:
        """Who you will meet and what you need to know; defaults to the most influential people."""
        day = today or dt.date.today()
        facts = self.account_facts(account_id, lang=lang, confidential=include_confidential, today=day)
        with self.read() as s:
            visit = s.scalar(select(Contact).where(Contact.account_id == account_id, Contact.done.is_(False),
                                                   Contact.occurred_on >= day)
                             .order_by(Contact.occurred_on).limit(1))
            people = {p.id: p for p in s.scalars(select(Person).where(Person.account_id == account_id,
                                                                       Person.deleted_at.is_(None)))}
            roles: dict[int, list[BuyingRole]] = {}
            for pid, role in s.execute(select(PersonRole.person_id, PersonRole.role)
                                       .where(PersonRole.person_id.in_(people))):
                roles.setdefault(pid, []).append(role)
            planned = list(s.scalars(select(ContactAttendee.person_id)
                                     .where(ContactAttendee.contact_id == visit.id))) if visit is not None else []
            chosen = chosen_attendees(people, roles, planned, attendee_ids)
            from kam.model import Department

            deps = dict(s.execute(select(Department.id, Department.name)
                                  .where(Department.account_id == account_id)).all())
            owners = dict(s.execute(select(User.id, User.display_name)).all())
            history = last_two(s.execute(
                select(ContactAttendee.person_id, Contact.occurred_on, Contact.purpose, Contact.outcome)
                .join(Contact, Contact.id == ContactAttendee.contact_id)
                .where(ContactAttendee.person_id.in_(chosen), Contact.done.is_(True))
                .order_by(Contact.occurred_on.desc())), chosen)
        attendees = []
        for pid in chosen:
            p = people[pid]
            attendees.append(attendee(p, roles.get(pid, []), deps.get(p.department_id) if p.department_id else None,
                                      owners.get(p.coverage_owner_id) if p.coverage_owner_id else None,
                                      history[pid], personal_fields(p, lang) if include_confidential else {}))
        facts = replace(facts, account=account_card(facts.account))
        return BriefData(facts, attendees, visit_card(visit), include_confidential, lang)

    def brief(self, account_id: int, *, attendee_ids: list[int] | None = None, lang: str = "en",
              include_confidential: bool = False, reason: str | None = None, page_size: str = "A4",
              today: dt.date | None = None) -> bytes:
        """The executive-visit brief as PDF bytes; confidential prints are watermarked and audited."""
        from kam.reports.brief import render_brief

        why = self._check_confidential(include_confidential, reason)
        data = self.brief_data(account_id, attendee_ids=attendee_ids, lang=lang,
                               include_confidential=include_confidential, today=today)
        meta = self._meta("brief", data.facts.account, lang, page_size, why)
        pdf = render_brief(data, meta)
        self._audit_export("brief", account_id, why, [a.id for a in data.attendees])
        return pdf

    # --- account plan

    def plan_data(self, account_id: int, year: int, *, lang: str = "en", include_confidential: bool = False,
                  today: dt.date | None = None) -> PlanData:
        """Everything the account plan prints, gathered with a handful of queries."""
        from kam.analysis.actuals import quarter_bounds
        from kam.i18n import use_language
        from kam.model import Competitor, CompetitorRep, CompetitorRepRelation, PlanEvent
        from kam.services.orgmap import OrgMapService
        from kam.services.planning import PlanLifecycle
        from kam.services.records import closeness_label

        year = v.year(year)
        day = today or dt.date.today()
        facts = self.account_facts(account_id, lang=lang, confidential=include_confidential, today=day, year=year)
        orgmap = OrgMapService(self._sessions, self._actor)
        lifecycle = PlanLifecycle(self._sessions, self._actor)
        plan = lifecycle.current_plan(account_id, year)
        with self.read() as s:
            users: dict[int | None, str] = dict(s.execute(select(User.id, User.display_name)).all())
            acc = facts.account
            group = None
            if acc.parent_id:
                parent = s.get(Account, acc.parent_id)
                group = f"{label_or(parent)} ({acc.group_relation.value if acc.group_relation else ''})"
            else:
                kids = list(s.scalars(select(Account).where(Account.parent_id == acc.id,
                                                            Account.deleted_at.is_(None))))
                if kids:
                    group = "; ".join(label_or(k) for k in kids)
            competitors = []
            close_to: dict[int, list[str]] = {}  # rep -> "王建国 (close)", closest first
            for rep_id, name, level in s.execute(
                    select(CompetitorRepRelation.rep_id, Person.name, CompetitorRepRelation.closeness)
                    .join(Person, Person.id == CompetitorRepRelation.person_id)
                    .where(Person.account_id == account_id, Person.deleted_at.is_(None))
                    .order_by(CompetitorRepRelation.closeness.desc(), Person.name)):
                with use_language(lang):
                    close_to.setdefault(rep_id, []).append(f"{name} ({closeness_label(level)})")
            for c in s.scalars(select(Competitor).where(Competitor.account_id == account_id).order_by(Competitor.id)):
                reps = "; ".join(r.name + (f" ({r.style})" if r.style else "")
                                 + (": " + ", ".join(close_to[r.id]) if r.id in close_to else "") for r in
                                 s.scalars(select(CompetitorRep).where(CompetitorRep.competitor_id == c.id)
                                           .order_by(CompetitorRep.id)))
                competitors.append({"name": c.name, "products": c.products_used, "strengths": c.strengths,
                                    "weaknesses": c.weaknesses, "satisfaction": c.customer_satisfaction,
                                    "share": c.estimated_share_pct, "reps": reps})
            quarters = []
            first_year = day.year - 2
            ranges = [(y, q, a, b) for y in range(first_year, day.year + 1)
                      for q, (a, b) in enumerate(quarter_bounds(y), start=1) if a <= day]
            from sqlalchemy import and_, case

            qcase = case(*[(and_(Transaction.occurred_on >= a, Transaction.occurred_on < b), f"{y}Q{q}")
                           for y, q, a, b in ranges], else_=None).label("q")
            sums = {row[0]: row[1:] for row in s.execute(
                select(qcase, func.sum(Transaction.amount), func.sum(Transaction.gross_profit),
                       func.sum(Transaction.discount), func.sum(Transaction.financial_cost))
                .where(Transaction.account_id == account_id,
                       Transaction.occurred_on >= dt.date(first_year, 1, 1)).group_by(qcase))}
            for y, q, _a, _b in ranges:
                rev, gp, disc, fin = sums.get(f"{y}Q{q}", (None,) * 4)
                quarters.append((f"{y}Q{q}", rev or Decimal(0), gp or Decimal(0),
                                 (disc or Decimal(0)) + (fin or Decimal(0))))
            next_steps = [(c.occurred_on, c.next_steps or "") for c in s.scalars(
                select(Contact).where(Contact.account_id == account_id, Contact.done.is_(True),
                                      Contact.next_steps.is_not(None))
                .order_by(Contact.occurred_on.desc()).limit(4))]
            next_steps += [(c.occurred_on, " · ".join(x for x in (c.purpose, c.best_outcome) if x)) for c in
                           s.scalars(select(Contact).where(Contact.account_id == account_id,
                                                           Contact.done.is_(False), Contact.occurred_on >= day)
                                     .order_by(Contact.occurred_on))]
            events = list(s.scalars(select(PlanEvent).where(PlanEvent.plan_id == plan.id)
                                    .order_by(PlanEvent.at, PlanEvent.id))) if plan else []
            wallet = [y for y in wallet_by_year(s, account_id) if y.year <= year][:3]
        org = orgmap.org(account_id)
        from kam.services.accounts import AccountService
        from kam.services.whitespace import WhitespaceService

        team = [(m.display_name, m.team_role) for m in AccountService(self._sessions, self._actor).team(account_id)]

        grid = WhitespaceService(self._sessions, self._actor).grid(account_id, day)
        return PlanData(facts, lang, year, plan, org, orgmap.projects(account_id), competitors, quarters,
                        sorted(next_steps, key=lambda x: x[0]), events, users, group, day,
                        grid if grid.units else None, wallet, team)

    def account_plan(self, account_id: int, year: int, *, lang: str = "en", include_confidential: bool = False,
                     reason: str | None = None, page_size: str = "A4", today: dt.date | None = None) -> bytes:
        """The account plan as PDF bytes; confidential prints are watermarked and audited."""
        from kam.reports.plan import render_plan

        why = self._check_confidential(include_confidential, reason)
        data = self.plan_data(account_id, year, lang=lang, include_confidential=include_confidential, today=today)
        meta = self._meta("plan", data.facts.account, lang, page_size, why)
        pdf = render_plan(data, meta)
        self._audit_export("plan", account_id, why, [])
        return pdf

    # --- quarterly review pack

    def review_data(self, year: int, quarter: int, *, owner_id: int | None = None, lang: str = "en",
                    today: dt.date | None = None) -> ReviewData:
        """Objectives vs actuals of every account in scope through ``quarter``."""
        from kam.analysis.actuals import objective_actuals
        from kam.model import QuarterlyReview, ReviewRating
        from kam.services.orgmap import OrgMapService
        from kam.services.planning import newest_plan_id, plan_or_404
        from kam.services.reviews import MonthlyService, ScorecardService, judged_in_review

        year = v.year(year)
        day = today or dt.date.today()
        if not 1 <= quarter <= 4:
            raise ValidationError("quarter", _("must be 1 to 4"))
        prev = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
        orgmap = OrgMapService(self._sessions, self._actor)
        lines: list[ReviewAccount] = []
        with self.read() as s:
            q = select(Account).where(Account.deleted_at.is_(None)).order_by(Account.id)
            if owner_id is not None:
                q = q.where(Account.owner_id == owner_id)
            accounts = list(s.scalars(q))
            users: dict[int | None, str] = dict(s.execute(select(User.id, User.display_name)).all())
            tiers = {(a, y, qq): t for a, y, qq, t in s.execute(
                select(TierSnapshot.account_id, TierSnapshot.year, TierSnapshot.quarter, TierSnapshot.tier)
                .where(((TierSnapshot.year == year) & (TierSnapshot.quarter == quarter))
                       | ((TierSnapshot.year == prev[0]) & (TierSnapshot.quarter == prev[1]))))}
            latest = {a: t for a, t in s.execute(
                select(TierSnapshot.account_id, TierSnapshot.tier)
                .order_by(TierSnapshot.year, TierSnapshot.quarter))}
            for acc in accounts:
                pid = newest_plan_id(s, acc.id, year)
                objectives: list[ObjectiveLine] = []
                status = version = None
                comments = None
                if pid is not None:
                    plan = plan_or_404(s, pid)
                    status, version = plan.status, plan.plan_version
                    acts = objective_actuals(s, acc.id, year, plan.quantitative, acc.annual_category_spend)
                    review = s.scalar(select(QuarterlyReview).where(QuarterlyReview.plan_id == pid,
                                                                    QuarterlyReview.quarter == quarter))
                    stored = {}
                    if review is not None:
                        stored = {r.objective_id: r for r in s.scalars(
                            select(ReviewRating).where(ReviewRating.review_id == review.id))}
                        comments = " · ".join(x for x in (review.kam_commentary, review.vp_comments) if x) or None
                    for o in plan.quantitative:
                        judged, rating, _why = judged_in_review(o, acts[o.id], review, quarter, stored.get(o.id))
                        objectives.append(objective_line(o, lang, judged, rating, acts[o.id].source))
                lines.append(ReviewAccount(acc.id, acc.display_name, users.get(acc.owner_id),
                                           tiers.get((acc.id, year, quarter), latest.get(acc.id)),
                                           tiers.get((acc.id, *prev)), status, version, objectives,
                                           orgmap.powermap(acc.id, lang=lang, today=day)[0].rating, [], comments))
        from kam.reports.brief import money

        month = MonthlyService(self._sessions, self._actor)
        last_month = quarter * 3 if dt.date(year, quarter * 3, 1) <= day else day.month
        with self.read() as s:
            currency: dict[int, str] = {i: c for i, c in s.execute(select(Account.id, Account.currency).where(
                Account.id.in_([line.id for line in lines])))}
        for line in lines:
            m = month.analyse(line.id, year, last_month)
            notes = []
            if m.stance_moves:
                notes.append("; ".join(f"{n}: {label_stance(a, lang)} → {label_stance(b, lang)}"
                                       for _, n, a, b in m.stance_moves[:4]))
            sales = money(m.revenue, lang, currency.get(line.id) or "CNY")
            sales = (w("month_sales_phased", lang, amount=sales, phased=money(m.revenue_phased, lang))
                     if m.revenue_phased else w("month_sales", lang, amount=sales))
            notes.append(" · ".join((sales, w("month_visits", lang, n=m.visits),
                                     w("month_open", lang, n=m.open_feedback))))
            line.month_notes = notes
        cards = []
        if owner_id is None:
            cards = ScorecardService(self._sessions, self._actor).scorecards(year, quarter)
        scope = w("everyone", lang) if owner_id is None else w("scope", lang, users.get(owner_id, "?"))
        return ReviewData(year, quarter, lang, scope, lines, cards, last_month)

    def review_pack(self, year: int, quarter: int, *, owner_id: int | None = None, lang: str = "en",
                    page_size: str = "A4", today: dt.date | None = None) -> bytes:
        """The quarterly review pack as PDF bytes (no confidential content is ever included)."""
        from kam.reports.review import render_review

        data = self.review_data(year, quarter, owner_id=owner_id, lang=lang, today=today)
        meta = self._meta("review", None, lang, page_size, None)
        meta = type(meta)(meta.title, f"{year}Q{quarter} · {data.scope}", meta.author, lang, page_size,
                          meta.generated_at)
        return render_review(data, meta)

    # --- helpers shared by the documents

    def _check_confidential(self, include: bool, reason: str | None) -> str | None:
        if not include:
            return None
        why = v.text(reason, "reason", max_len=300)
        if not why:
            raise ValidationError("reason", _("including confidential content needs a reason (who it is for, why)"))
        return why

    def _meta(self, kind: str, account: Any, lang: str, page_size: str, why: str | None) -> Any:
        return document_meta(kind, account, lang, page_size, why, self._author())

    def _author(self) -> str:
        actor = self.actor
        if actor.user_id is not None:
            with self.read() as s:
                user = s.get(User, actor.user_id)
                if user is not None:
                    return user.display_name
        return actor.username or "kam"

    def _audit_export(self, kind: str, account_id: int | None, why: str | None, people: list[int]) -> None:
        if why is None:
            return
        with self.unit() as s:
            audit.record(s, self.actor, "export.confidential", "account", account_id, document=kind,
                         reason=why, people=people)
