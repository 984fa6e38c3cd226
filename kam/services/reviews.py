"""Quarterly reviews with the sales VP, the KAM scorecard and the monthly account analysis."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from kam import validate as v
from kam.analysis.actuals import (
    ADDITIVE,
    Actual,
    Attainment,
    actuals_of_accounts,
    attainment,
    judged_quarter,
    objective_actuals,
    quarter_bounds,
)
from kam.analysis.feedback import responded_in_time
from kam.errors import NotAllowed
from kam.i18n import _
from kam.model import (
    Account,
    AnnualPlan,
    Contact,
    Feedback,
    Person,
    QuantObjective,
    QuarterlyReview,
    ReviewRating,
    StanceChange,
    Transaction,
    User,
)
from kam.model.base import utcnow
from kam.services import audit
from kam.services.base import Change, ServiceBase, get_or_404
from kam.services.kept import put_back_tree
from kam.services.kept import tree as kept_tree
from kam.services.planning import acting_user, newest_plan_figures, newest_plan_id, plan_or_404
from kam.services.rights import supervises
from kam.vocab import FeedbackKind, Metric, PlanStatus, Rating, UserRole


@dataclass(frozen=True)
class RatedObjective:
    objective_id: int
    metric: Metric
    label: str | None
    unit: str
    target: Decimal
    actual: Decimal | None
    source: str
    suggested: Rating
    rating: Rating
    override_reason: str | None


@dataclass(frozen=True)
class ReviewView:
    id: int
    plan_id: int
    account_id: int
    year: int
    quarter: int
    objectives: list[RatedObjective]
    kam_commentary: str | None
    vp_comments: str | None
    signed_off_by: str | None
    signed_off_at: dt.datetime | None

    @property
    def locked(self) -> bool:
        return self.signed_off_at is not None


def judged_in_review(o: QuantObjective, actual: Actual | None, review: QuarterlyReview | None, quarter: int,
                     stored: ReviewRating | None) -> tuple[Attainment, Rating, str | None]:
    """One objective in a quarterly review: its attainment (frozen at sign-off, live before), the rating it
    carries (the VP's override if there is one, else the suggested one) and the override's reason."""
    if review is not None and review.signed_off_at is not None and stored is not None:
        judged = Attainment(stored.actual, stored.target or Decimal(0), stored.suggested)
    else:
        judged = attainment(o, actual, quarter)
    if stored is not None and stored.override_reason:
        return judged, stored.rating, stored.override_reason
    return judged, judged.rating, None


class ReviewService(ServiceBase):
    def open_review(self, plan_id: int, quarter: int) -> Change:
        """The review of ``quarter`` for an approved plan (created on first use)."""
        with self.unit() as s:
            plan = plan_or_404(s, plan_id)
            q = v.integer(quarter, "quarter", lo=1, hi=4, required=True)
            if plan.status != PlanStatus.APPROVED:
                raise NotAllowed(_("reviews are held against an approved plan"))
            existing = s.scalar(select(QuarterlyReview).where(QuarterlyReview.plan_id == plan_id,
                                                              QuarterlyReview.quarter == q))
            if existing is not None:
                return Change("review", existing.id, "update")
            review = QuarterlyReview(plan_id=plan_id, quarter=q)
            s.add(review)
            s.flush()
            return Change("review", review.id, "create")

    def find_review(self, plan_id: int, quarter: int) -> int | None:
        """The id of the plan's review of ``quarter``, if it has been opened."""
        with self.read() as s:
            return s.scalar(select(QuarterlyReview.id).where(QuarterlyReview.plan_id == plan_id,
                                                             QuarterlyReview.quarter == quarter))

    def discard_review(self, review_id: int) -> Change:
        """Remove a review nothing has been recorded in yet (the undo of opening it); refuses one with
        comments, overridden ratings or a sign-off."""
        with self.unit() as s:
            review = self._unlocked(s, review_id)
            rated = s.scalar(select(func.count()).select_from(ReviewRating)
                             .where(ReviewRating.review_id == review_id))
            if rated or review.kam_commentary or review.vp_comments or review.reopened_count:
                raise NotAllowed(_("the review already holds comments or ratings; it stays"))
            kept = kept_tree(s, QuarterlyReview, review_id)
            s.delete(review)
            return Change("review", review_id, "delete", {"kept": kept})

    def put_back_review(self, kept: Mapping[str, Any]) -> Change:
        """Open again a review ``discard_review`` removed, as it was (same id and timestamps): the redo of
        opening it."""
        [row] = kept["tables"]["reviews"]
        with self.unit() as s:
            plan = plan_or_404(s, row["plan_id"])
            if plan.status != PlanStatus.APPROVED:
                raise NotAllowed(_("reviews are held against an approved plan"))
            if s.scalar(select(QuarterlyReview.id).where(QuarterlyReview.plan_id == row["plan_id"],
                                                         QuarterlyReview.quarter == row["quarter"])) is not None:
                raise NotAllowed(_("this review is open already"))
            put_back_tree(s, kept)
            return Change("review", row["id"], "restore")

    def view(self, review_id: int) -> ReviewView:
        """The review with every objective's actual, target and rating (live until signed off)."""
        with self.read() as s:
            review = get_or_404(s, QuarterlyReview, review_id, "review")
            plan = plan_or_404(s, review.plan_id)
            account = s.get(Account, plan.account_id)
            actuals = objective_actuals(s, plan.account_id, plan.year, plan.quantitative,
                                        account.annual_category_spend if account else None)
            stored = {r.objective_id: r for r in s.scalars(select(ReviewRating)
                                                             .where(ReviewRating.review_id == review.id))}
            rows = []
            for o in plan.quantitative:
                judged, rating, reason = judged_in_review(o, actuals[o.id], review, review.quarter, stored.get(o.id))
                rows.append(RatedObjective(o.id, o.metric, o.label, o.unit, judged.target, judged.actual,
                                           actuals[o.id].source, judged.rating, rating, reason))
            signer = s.get(User, review.signed_off_by_id) if review.signed_off_by_id else None
            return ReviewView(review.id, plan.id, plan.account_id, plan.year, review.quarter, rows,
                              review.kam_commentary, review.vp_comments,
                              signer.display_name if signer else None, review.signed_off_at)

    def _unlocked(self, s: Any, review_id: int) -> QuarterlyReview:
        review = get_or_404(s, QuarterlyReview, review_id, "review")
        if review.signed_off_at is not None:
            raise NotAllowed(_("the review is signed off and locked; the VP can reopen it"))
        return review

    def override(self, review_id: int, objective_id: int, rating: str | Rating, reason: str) -> Change:
        """Set red/amber/green by hand; a reason is required."""
        with self.unit() as s:
            review = self._unlocked(s, review_id)
            r = v.choice(Rating, rating, "rating")
            why = v.text(reason, "override_reason", required=True)
            row = s.get(ReviewRating, (review.id, objective_id)) or ReviewRating(
                review_id=review.id, objective_id=objective_id, suggested=r, rating=r)
            row.rating, row.override_reason = r, why
            s.merge(row)
            return Change("review", review.id, "update", {}, {"objective_id": objective_id, "rating": r})

    def rating_override(self, review_id: int, objective_id: int) -> tuple[Rating, str] | None:
        """The VP's rating of one objective and its reason, if they overrode the suggestion."""
        with self.read() as s:
            row = s.get(ReviewRating, (review_id, objective_id))
            return (row.rating, row.override_reason) if row is not None and row.override_reason else None

    def set_rating_override(self, review_id: int, objective_id: int, override: tuple[Rating, str] | None) -> Change:
        """Put back an override as ``rating_override`` gave it (None: the suggested rating again)."""
        if override is not None:
            return self.override(review_id, objective_id, *override)
        with self.unit() as s:
            review = self._unlocked(s, review_id)
            row = s.get(ReviewRating, (review.id, objective_id))
            if row is not None:
                s.delete(row)
            return Change("review", review.id, "update", {}, {"objective_id": objective_id, "rating": None})

    def may_write_vp_comments(self) -> bool:
        """Whether the acting user writes the VP's comments (a sales VP or an administrator)."""
        with self.read() as s:
            user = s.get(User, self.actor.user_id) if self.actor.user_id is not None else None
            return user is not None and supervises(user.role)

    def comments(self, review_id: int) -> dict[str, str | None]:
        """The KAM's commentary and the VP's comments as they stand (to undo a change of them)."""
        with self.read() as s:
            review = get_or_404(s, QuarterlyReview, review_id, "review")
            return {"kam": review.kam_commentary, "vp": review.vp_comments}

    def comment(self, review_id: int, *, kam: str | None = None, vp: str | None = None) -> Change:
        """The KAM's commentary (owner) or the VP's comments (VP); raises NotAllowed for the VP's comments
        from anyone else, and on a signed-off review."""
        with self.unit() as s:
            review = self._unlocked(s, review_id)
            user = acting_user(s, self.actor)
            before = {"kam": review.kam_commentary, "vp": review.vp_comments}
            if vp is not None:
                if not supervises(user.role):
                    raise NotAllowed(_("only the sales VP writes the VP's comments"))
                review.vp_comments = v.text(vp, "vp_comments", max_len=20000)
            if kam is not None:
                review.kam_commentary = v.text(kam, "kam_commentary", max_len=20000)
            return Change("review", review.id, "update", before,
                          {"kam": review.kam_commentary, "vp": review.vp_comments})

    def sign_off(self, review_id: int) -> Change:
        """The VP signs off: ratings, actuals and targets are frozen and the review is locked."""
        view = self.view(review_id)
        with self.unit() as s:
            review = self._unlocked(s, review_id)
            user = acting_user(s, self.actor)
            plan = s.get(AnnualPlan, review.plan_id)
            account = s.get(Account, plan.account_id) if plan else None
            if not supervises(user.role):
                raise NotAllowed(_("only the sales VP signs off a review"))
            if account is not None and user.id == account.owner_id:
                raise NotAllowed(_("a KAM cannot sign off the review of their own account"))
            for o in view.objectives:
                s.merge(ReviewRating(review_id=review.id, objective_id=o.objective_id, actual=o.actual,
                                     target=o.target, suggested=o.suggested, rating=o.rating,
                                     override_reason=o.override_reason))
            review.signed_off_by_id = user.id
            review.signed_off_at = utcnow()
            audit.record(s, self.actor, "review.sign_off", "review", review.id, plan_id=review.plan_id,
                         quarter=review.quarter)
            return Change("review", review.id, "update", {"locked": False}, {"locked": True})

    def reopen(self, review_id: int, reason: str) -> Change:
        """Deliberately unlock a signed-off review; the reason is recorded in the audit trail."""
        with self.unit() as s:
            review = get_or_404(s, QuarterlyReview, review_id, "review")
            user = acting_user(s, self.actor)
            why = v.text(reason, "reason", required=True)
            if review.signed_off_at is None:
                raise NotAllowed(_("the review is not signed off"))
            if not supervises(user.role):
                raise NotAllowed(_("only the sales VP can reopen a signed-off review"))
            review.signed_off_at = None
            review.signed_off_by_id = None
            review.reopened_count += 1
            audit.record(s, self.actor, "review.reopen", "review", review.id, reason=why)
            return Change("review", review.id, "update", {"locked": True}, {"locked": False})


@dataclass
class Scorecard:
    """One KAM's appraisal figures (seed 004: objectives, satisfaction, complaint rate)."""

    user_id: int
    name: str
    accounts: int = 0
    attainment_pct: Decimal | None = None  # mean of actual/target (capped 150 %) over additive objectives
    satisfaction: Decimal | None = None  # mean 1..5 over feedback resolved in the period
    complaints: int = 0
    complaints_per_account: Decimal | None = None
    mean_response_hours: Decimal | None = None
    mean_resolution_hours: Decimal | None = None
    response_target_kept_pct: Decimal | None = None
    visit_cadence_pct: Decimal | None = None  # rep visits done / phased target
    objectives: list[tuple[int, Decimal | None]] = field(default_factory=list)


class ScorecardService(ServiceBase):
    def scorecards(self, year: int, through_quarter: int | None = None) -> list[Scorecard]:
        """Per KAM, for the year to date (or through ``through_quarter``)."""
        year = v.year(year)
        q_end = through_quarter or judged_quarter(year, dt.date.today())
        start, end = dt.date(year, 1, 1), quarter_bounds(year)[q_end - 1][1]
        with self.read() as s:
            kams = list(s.scalars(select(User).where(User.role == UserRole.KAM).order_by(User.display_name)))
            cards = {u.id: Scorecard(u.id, u.display_name) for u in kams}
            accounts = s.execute(select(Account.id, Account.owner_id, Account.annual_category_spend)
                                 .where(Account.deleted_at.is_(None), Account.owner_id.in_(cards))).all()
            ratios: dict[int, list[Decimal]] = defaultdict(list)
            visits: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
            approved = newest_plan_figures(s, year, PlanStatus.APPROVED)
            all_actuals = actuals_of_accounts(s, year, {aid: (approved[aid].quantitative, spend)
                                                        for aid, _owner, spend in accounts if aid in approved})
            for aid, owner, _spend in accounts:
                assert owner is not None  # the query is of owned accounts only
                card = cards[owner]
                card.accounts += 1
                if aid not in approved:
                    continue
                acts = all_actuals[aid]
                for o in approved[aid].quantitative:
                    if o.metric not in ADDITIVE:
                        continue
                    judged = attainment(o, acts[o.id], q_end)
                    if judged.share is not None:
                        ratios[owner].append(judged.share)
                    if o.metric == Metric.REP_VISITS:
                        visits[owner][0] += judged.actual or 0
                        visits[owner][1] += judged.target
            fb = s.execute(select(Account.owner_id, Feedback.kind, Feedback.received_at, Feedback.responded_at,
                                  Feedback.resolved_at, Feedback.response_target_hours, Feedback.satisfaction)
                           .join(Account, Account.id == Feedback.account_id)
                           .where(Account.owner_id.in_(cards), Account.deleted_at.is_(None),
                                  Feedback.received_at >= dt.datetime.combine(start, dt.time(), dt.UTC),
                                  Feedback.received_at < dt.datetime.combine(end, dt.time(), dt.UTC))).all()
        per: dict[int, dict[str, list[Decimal]]] = defaultdict(lambda: defaultdict(list))
        for owner, kind, received, responded, resolved, target_h, sat in fb:
            if owner is None:  # the query is of owned accounts only
                continue
            d = per[owner]
            if kind == FeedbackKind.COMPLAINT:
                d["complaints"].append(Decimal(1))
            if responded:
                d["response"].append(Decimal((responded - received).total_seconds()) / 3600)
                d["kept"].append(Decimal(responded_in_time(received, target_h, responded)))
            if resolved:
                d["resolution"].append(Decimal((resolved - received).total_seconds()) / 3600)
            if sat is not None:
                d["sat"].append(Decimal(sat))
        for uid, card in cards.items():
            d = per[uid]
            card.attainment_pct = _mean_pct(ratios[uid])
            card.satisfaction = _mean(d["sat"], "0.01")
            card.complaints = len(d["complaints"])
            card.complaints_per_account = (Decimal(card.complaints) / card.accounts).quantize(Decimal("0.01")) \
                if card.accounts else None
            card.mean_response_hours = _mean(d["response"], "0.1")
            card.mean_resolution_hours = _mean(d["resolution"], "0.1")
            card.response_target_kept_pct = _mean_pct(d["kept"])
            done, target = visits[uid] if uid in visits else (Decimal(0), Decimal(0))
            card.visit_cadence_pct = (done / target * 100).quantize(Decimal("0.1")) if target else None
        return list(cards.values())


def _mean(xs: list[Decimal], places: str) -> Decimal | None:
    return (sum(xs, Decimal(0)) / len(xs)).quantize(Decimal(places)) if xs else None


def _mean_pct(xs: list[Decimal]) -> Decimal | None:
    m = _mean(xs, "0.0001")
    return (m * 100).quantize(Decimal("0.1")) if m is not None else None


@dataclass(frozen=True)
class MonthlyAnalysis:
    account_id: int
    year: int
    month: int
    revenue: Decimal
    revenue_phased: Decimal | None  # the month's share of the quarter's revenue target
    gross_profit: Decimal
    visits: int
    stance_moves: list[tuple[int, str, str | None, str]]  # (person id, name, before, after)
    open_feedback: int
    new_feedback: int


class MonthlyService(ServiceBase):
    def analyse(self, account_id: int, year: int, month: int) -> MonthlyAnalysis:
        """What changed in the account this month: sales vs phasing, visits, stances, feedback."""
        m = v.integer(month, "month", lo=1, hi=12, required=True)
        assert m is not None
        start = dt.date(year, m, 1)
        end = dt.date(year + (m == 12), m % 12 + 1, 1)
        with self.read() as s:
            get_or_404(s, Account, account_id, "account")
            rev, gp = s.execute(select(func.coalesce(func.sum(Transaction.amount), 0),
                                       func.coalesce(func.sum(Transaction.gross_profit), 0))
                                .where(Transaction.account_id == account_id, Transaction.occurred_on >= start,
                                       Transaction.occurred_on < end)).one()
            pid = newest_plan_id(s, account_id, year)
            phased = None
            if pid is not None:
                plan = plan_or_404(s, pid)
                rev_obj = next((o for o in plan.quantitative if o.metric == Metric.REVENUE and not o.product), None)
                if rev_obj is not None:
                    phased = ([rev_obj.q1, rev_obj.q2, rev_obj.q3, rev_obj.q4][(m - 1) // 3] / 3).quantize(Decimal("0.01"))
            visits = s.scalar(select(func.count()).select_from(Contact).where(
                Contact.account_id == account_id, Contact.done.is_(True), Contact.occurred_on >= start,
                Contact.occurred_on < end)) or 0
            moves = [(pid_, name, old.value if old else None, new.value) for pid_, name, old, new in s.execute(
                select(Person.id, Person.name, StanceChange.old_stance, StanceChange.new_stance)
                .join(Person, Person.id == StanceChange.person_id)
                .where(Person.account_id == account_id, StanceChange.changed_on >= start,
                       StanceChange.changed_on < end, StanceChange.old_stance.is_not(None))
                .order_by(StanceChange.changed_on))]
            t0 = dt.datetime.combine(start, dt.time(), dt.UTC)
            t1 = dt.datetime.combine(end, dt.time(), dt.UTC)
            new_fb = s.scalar(select(func.count()).select_from(Feedback).where(
                Feedback.account_id == account_id, Feedback.received_at >= t0, Feedback.received_at < t1)) or 0
            open_fb = s.scalar(select(func.count()).select_from(Feedback).where(
                Feedback.account_id == account_id, Feedback.received_at < t1,
                (Feedback.resolved_at.is_(None)) | (Feedback.resolved_at >= t1))) or 0
        return MonthlyAnalysis(account_id, year, m, rev, phased, gp, visits, moves, open_fb, new_fb)
