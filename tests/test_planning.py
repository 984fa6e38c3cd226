"""Annual plans: lifecycle, roles, versions, actuals from transactions and visits, reviews."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from kam.errors import NotAllowed, ValidationError
from kam.model import AuditEntry
from kam.vocab import PlanStatus, Rating

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL

YEAR = 2026


@pytest.fixture
def world(ctx):  # type: ignore[no-untyped-def]
    sv = ctx.services
    vp = sv.users.create("chen.vp", "陈志远", "vp").id
    kam = sv.users.create("li.na", "李娜", "kam", manager_id=vp).id
    other = sv.users.create("zhou.jie", "周杰", "kam", manager_id=vp).id
    acc = sv.accounts.create(name_zh="华为技术", ka_type="strategic", owner_id=kam,
                             annual_category_spend="4000").id
    ctx.act_as("li.na")
    plan = sv.planning.create_plan(acc, YEAR, quantitative=[
        {"metric": "revenue", "unit": "CNY", "annual_target": "1000", "phasing": ["100", "200", "300", "400"]},
        {"metric": "rep_visits", "unit": "visits", "annual_target": "8", "phasing": ["2", "2", "2", "2"]},
        {"metric": "trainings", "unit": "sessions", "annual_target": "2", "phasing": ["0", "1", "0", "1"]},
        {"metric": "share_of_wallet", "unit": "%", "annual_target": "10", "phasing": ["10"] * 4},
    ]).id
    return {"ctx": ctx, "sv": sv, "vp": vp, "kam": kam, "other": other, "acc": acc, "plan": plan}


def _as(world, who: str) -> None:  # type: ignore[no-untyped-def]
    world["ctx"].act_as(who)


def test_full_lifecycle_with_history(world) -> None:  # type: ignore[no-untyped-def]
    plans, pid = world["sv"].plans, world["plan"]
    plans.submit(pid)
    _as(world, "chen.vp")
    plans.return_plan(pid, "Q4 目标偏低，请上调")
    assert plans.plan(pid).status == PlanStatus.RETURNED
    _as(world, "li.na")
    plans.update_objective(plans.plan(pid).quantitative[0].id, annual_target="1200",
                           phasing=["100", "200", "400", "500"])
    plans.submit(pid)
    _as(world, "chen.vp")
    plans.approve(pid, "同意")
    history = [(e.action, e.to_status, e.comment) for e in plans.history(pid)]
    assert history == [("create", PlanStatus.DRAFT, None), ("submitted", PlanStatus.SUBMITTED, None),
                       ("returned", PlanStatus.RETURNED, "Q4 目标偏低，请上调"),
                       ("submitted", PlanStatus.SUBMITTED, None), ("approved", PlanStatus.APPROVED, "同意")]
    with world["ctx"].sessions() as s:
        assert s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all() == ["plan.returned", "plan.approved"]


@pytest.mark.parametrize(("who", "action", "message"), [
    ("li.na", "approve", "only a sales VP"),
    ("chen.vp", "approve_draft", "a draft plan cannot be approved"),
    ("zhou.jie", "submit", "only the account's KAM"),
])
def test_illegal_transitions_are_refused(world, who, action, message) -> None:  # type: ignore[no-untyped-def]
    plans, pid = world["sv"].plans, world["plan"]
    if action == "approve":
        plans.submit(pid)
    _as(world, who)
    call = {"approve": lambda: plans.approve(pid), "approve_draft": lambda: plans.approve(pid),
            "submit": lambda: plans.submit(pid)}[action]
    with pytest.raises(NotAllowed, match=message):
        call()


def test_a_vp_who_owns_the_account_cannot_approve_it(world) -> None:  # type: ignore[no-untyped-def]
    sv = world["sv"]
    sv.accounts.update(world["acc"], owner_id=world["vp"])
    _as(world, "chen.vp")
    sv.plans.submit(world["plan"])
    with pytest.raises(NotAllowed, match="their own plan"):
        sv.plans.approve(world["plan"])


def test_return_needs_a_comment(world) -> None:  # type: ignore[no-untyped-def]
    world["sv"].plans.submit(world["plan"])
    _as(world, "chen.vp")
    with pytest.raises(ValidationError, match="comment"):
        world["sv"].plans.return_plan(world["plan"], "  ")


def test_approved_plan_changes_make_a_new_version(world) -> None:  # type: ignore[no-untyped-def]
    plans, pid = world["sv"].plans, world["plan"]
    plans.submit(pid)
    _as(world, "chen.vp")
    plans.approve(pid)
    _as(world, "li.na")
    obj = plans.plan(pid).quantitative[0].id
    with pytest.raises(NotAllowed, match="revise it"):
        plans.update_objective(obj, annual_target="2000", phasing=["500"] * 4)
    v2 = plans.revise(pid).id
    assert plans.plan(v2).plan_version == 2
    plans.update_objective(plans.plan(v2).quantitative[0].id, annual_target="2000", phasing=["500"] * 4)
    diffs = {(d.key, d.field): (d.old, d.new) for d in plans.compare(pid, v2)}
    assert diffs[("revenue", "annual_target")] == (Decimal("1000"), Decimal("2000"))
    assert plans.plan(pid).status == PlanStatus.APPROVED  # the approved version stays in force


def test_the_scorecards_objectives_are_the_newest_plans(world) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import fields

    from kam.analysis.actuals import ObjectiveFigures
    from kam.services.planning import newest_objectives, newest_plans

    plans, pid = world["sv"].plans, world["plan"]
    plans.submit(pid)
    _as(world, "chen.vp")
    plans.approve(pid)
    _as(world, "li.na")
    v2 = plans.revise(pid).id  # a draft version 2: the approved version 1 stays the newest approved one
    plans.update_objective(plans.plan(v2).quantitative[0].id, annual_target="2000", phasing=["500"] * 4)
    names = [f.name for f in fields(ObjectiveFigures)]
    with world["sv"].planning.read() as s:
        for status in (PlanStatus.APPROVED, None):
            expected = {aid: [ObjectiveFigures(*(getattr(o, n) for n in names)) for o in plan.quantitative]
                        for aid, plan in newest_plans(s, YEAR, status).items()}
            assert newest_objectives(s, YEAR, status) == expected
            assert len(expected[world["acc"]]) == 4
        assert newest_objectives(s, YEAR + 1) == {}


def test_plan_next_year_copies_the_structure(world) -> None:  # type: ignore[no-untyped-def]
    plans = world["sv"].plans
    nxt = plans.plan(plans.plan_next_year(world["acc"], YEAR).id)
    assert (nxt.year, nxt.status) == (YEAR + 1, PlanStatus.DRAFT)
    assert [o.metric for o in nxt.quantitative] == [o.metric for o in plans.plan(world["plan"]).quantitative]
    with pytest.raises(ValidationError, match="already has a plan"):
        plans.plan_next_year(world["acc"], YEAR)


def _sales(world, day: str, amount: str) -> None:  # type: ignore[no-untyped-def]
    world["sv"].records.add_transactions(world["acc"], [{"occurred_on": day, "product": "P", "quantity": "1",
                                                         "unit_price": amount, "gross_profit": "1"}])


def test_actuals_across_quarter_boundaries(world) -> None:  # type: ignore[no-untyped-def]
    _sales(world, f"{YEAR}-03-31", "60")
    _sales(world, f"{YEAR}-04-01", "70")
    _sales(world, f"{YEAR - 1}-12-31", "999")  # last year: not in this plan
    _sales(world, f"{YEAR}-12-31", "5")
    world["sv"].records.log_contact(world["acc"], f"{YEAR}-06-30")
    world["sv"].records.log_contact(world["acc"], f"{YEAR}-07-01")
    plan = world["sv"].plans.plan(world["plan"])
    world["sv"].plans.set_manual_actual(plan.quantitative[2].id, 2, "1")
    acts = world["sv"].plans.actuals(world["plan"])
    rev, visits, trainings, sow = (acts[o.id] for o in plan.quantitative)
    assert rev.quarters == (Decimal(60), Decimal(70), Decimal(0), Decimal(5))
    assert rev.source == "transactions"
    assert visits.quarters == (0, 1, 1, 0)
    assert visits.source == "visits"
    assert (trainings.quarters, trainings.source) == ((None, Decimal(1), None, None), "manual")
    assert sow.quarters[0] == Decimal("6.0")  # 60 / (4 000 / 4 per quarter) = 6 %
    world["sv"].accounts.set_category_purchases(world["acc"], YEAR, "2400")  # the year's own figure wins
    world["sv"].accounts.set_category_purchases(world["acc"], YEAR - 1, "1")  # another year's does not count
    sow = world["sv"].plans.actuals(world["plan"])[plan.quantitative[3].id]
    assert sow.quarters[0] == Decimal("10.0")  # 60 / (2 400 / 4)


def test_review_suggests_ratings_and_sign_off_locks(world) -> None:  # type: ignore[no-untyped-def]
    sv, pid = world["sv"], world["plan"]
    _sales(world, f"{YEAR}-02-10", "290")  # Q1+Q2 revenue target 300: 96.7 % -> green
    sv.records.log_contact(world["acc"], f"{YEAR}-05-05")  # 1 of 4 visits -> red
    sv.plans.submit(pid)
    _as(world, "chen.vp")
    sv.plans.approve(pid)
    rid = sv.reviews.open_review(pid, 2).id
    view = sv.reviews.view(rid)
    by_metric = {o.metric.value: o for o in view.objectives}
    assert (by_metric["revenue"].actual, by_metric["revenue"].target) == (Decimal(290), Decimal(300))
    assert by_metric["revenue"].suggested == Rating.GREEN
    assert by_metric["rep_visits"].suggested == Rating.RED
    with pytest.raises(ValidationError):
        sv.reviews.override(rid, by_metric["rep_visits"].objective_id, "amber", "")
    sv.reviews.override(rid, by_metric["rep_visits"].objective_id, "amber", "客户停产检修两个月")
    sv.reviews.comment(rid, vp="访问频率需加强")
    sv.reviews.sign_off(rid)
    locked = sv.reviews.view(rid)
    assert locked.locked
    assert {o.metric.value: o.rating for o in locked.objectives}["rep_visits"] == Rating.AMBER
    _sales(world, f"{YEAR}-03-01", "500")  # later sales do not change a signed-off review
    assert sv.reviews.view(rid).objectives[0].actual == Decimal(290)
    with pytest.raises(NotAllowed, match="locked"):
        sv.reviews.comment(rid, vp="改一下")
    sv.reviews.reopen(rid, "财务更正了二季度发票")
    assert not sv.reviews.view(rid).locked
    with world["ctx"].sessions() as s:
        assert "review.reopen" in s.scalars(select(AuditEntry.action)).all()


def test_kam_cannot_sign_off(world) -> None:  # type: ignore[no-untyped-def]
    sv, pid = world["sv"], world["plan"]
    sv.plans.submit(pid)
    _as(world, "chen.vp")
    sv.plans.approve(pid)
    rid = sv.reviews.open_review(pid, 1).id
    _as(world, "li.na")
    with pytest.raises(NotAllowed, match="only the sales VP"):
        sv.reviews.sign_off(rid)


def test_scorecard_and_monthly_analysis(world) -> None:  # type: ignore[no-untyped-def]
    sv, pid = world["sv"], world["plan"]
    _sales(world, f"{YEAR}-01-15", "100")
    sv.records.log_contact(world["acc"], f"{YEAR}-01-20")
    received = dt.datetime(YEAR, 1, 5, 9, tzinfo=dt.UTC)
    sv.records.add_feedback(world["acc"], "异响", received, responded_at=received + dt.timedelta(hours=4),
                            resolved_at=received + dt.timedelta(hours=50), satisfaction=4,
                            response_target_hours=24)
    sv.plans.submit(pid)
    _as(world, "chen.vp")
    sv.plans.approve(pid)
    card = {c.name: c for c in sv.scorecards.scorecards(YEAR, through_quarter=1)}["李娜"]
    assert card.accounts == 1
    assert card.complaints == 1
    assert (card.mean_response_hours, card.mean_resolution_hours) == (Decimal("4.0"), Decimal("50.0"))
    assert card.response_target_kept_pct == Decimal("100.0")
    assert card.satisfaction == Decimal("4.00")
    assert card.visit_cadence_pct == Decimal("50.0")  # 1 of 2 planned Q1 visits
    month = sv.monthly.analyse(world["acc"], YEAR, 1)
    assert (month.revenue, month.revenue_phased, month.visits, month.new_feedback) == (
        Decimal(100), Decimal("33.33"), 1, 1)


def test_commitments_and_resources(world) -> None:  # type: ignore[no-untyped-def]
    sv, pid = world["sv"], world["plan"]
    q = sv.commitments.add_qualitative(pid, "为新产线提供现场培训", owner_id=world["kam"], due_on=f"{YEAR}-06-30").id
    r = sv.commitments.add_resource(pid, "technical", "技术服务部", task="驻厂两周", deadline=f"{YEAR}-09-30").id
    with pytest.raises(ValidationError, match="who"):
        sv.commitments.add_resource(pid, "expert", " ")
    sv.plans.submit(pid)
    _as(world, "chen.vp")
    sv.plans.approve(pid)
    with pytest.raises(NotAllowed, match="not a draft"):
        sv.commitments.add_qualitative(pid, "late addition")
    sv.commitments.set_qualitative_status(q, "done", evidence="培训签到表")  # progress during the year
    sv.commitments.set_resource_status(r, "in_progress")
    plan = sv.plans.plan(pid)
    assert (plan.qualitative[0].status.value, plan.qualitative[0].evidence) == ("done", "培训签到表")
    assert plan.resources[0].status.value == "in_progress"


def test_a_new_annual_target_rephases_and_new_quarters_make_the_annual(world) -> None:  # type: ignore[no-untyped-def]
    plans = world["sv"].plans
    revenue, visits, _trainings, wallet = (o.id for o in plans.plan(world["plan"]).quantitative)
    plans.update_objective(revenue, annual_target="2000")  # the quarters keep their shares
    assert plans.objective_targets(revenue) == {"annual_target": Decimal(2000),
                                                "phasing": [Decimal(200), Decimal(400), Decimal(600), Decimal(800)]}
    plans.update_objective(visits, phasing=["2", "3", "2", "2"])
    assert plans.objective_targets(visits)["annual_target"] == Decimal(9)
    plans.update_objective(wallet, annual_target="12")  # a level keeps its quarters
    assert plans.objective_targets(wallet) == {"annual_target": Decimal(12), "phasing": [Decimal(10)] * 4}
    with pytest.raises(ValidationError, match="annual_target"):
        plans.update_objective(revenue, annual_target="abc")


def test_the_house_template_and_discarding_a_draft(world) -> None:  # type: ignore[no-untyped-def]
    sv = world["sv"]
    pid = sv.planning.create_from_template(world["acc"], YEAR + 1).id
    plan = sv.plans.plan(pid)
    assert [(o.metric.value, o.annual_target) for o in plan.quantitative] == [
        ("revenue", 0), ("gross_profit", 0), ("rep_visits", 24), ("exec_visits", 4)]
    revenue = plan.quantitative[0].id
    sv.plans.update_objective(revenue, annual_target="1000")  # from 0: split evenly
    assert sv.plans.objective_targets(revenue)["phasing"] == [Decimal(250)] * 4
    sv.planning.discard_draft(pid)
    assert sv.plans.current_plan(world["acc"], YEAR + 1) is None
    sv.plans.submit(world["plan"])
    with pytest.raises(NotAllowed, match="never submitted"):
        sv.planning.discard_draft(world["plan"])


def test_only_a_supervisor_writes_the_vp_comments(world) -> None:  # type: ignore[no-untyped-def]
    sv, pid = world["sv"], world["plan"]
    sv.plans.submit(pid)
    _as(world, "chen.vp")
    sv.plans.approve(pid)
    rid = sv.reviews.open_review(pid, 1).id
    assert sv.reviews.may_write_vp_comments()
    sv.reviews.comment(rid, vp="好")
    _as(world, "li.na")
    assert not sv.reviews.may_write_vp_comments()
    with pytest.raises(NotAllowed, match="VP's comments"):
        sv.reviews.comment(rid, vp="改")
    change = sv.reviews.comment(rid, kam="客户停产两周")
    assert change.before == {"kam": None, "vp": "好"}
    assert sv.reviews.comments(rid) == {"kam": "客户停产两周", "vp": "好"}
