"""The plan editor's services: the metric catalogue (with new products and complaints resolved, derived), the even
split, the objectives' order, commitments and resources changed field by field, the exact put-back that undo
uses, and "plan next year" copying custom objectives, order, commitments and resources."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kam.errors import NotAllowed, ValidationError
from kam.vocab import Metric, PlanStatus, TaskStatus

BOTH_BACKENDS = True

YEAR = 2026


@pytest.fixture
def world(ctx):  # type: ignore[no-untyped-def]
    sv = ctx.services
    vp = sv.users.create("chen.vp", "陈志远", "vp").id
    kam = sv.users.create("li.na", "李娜", "kam", manager_id=vp).id
    tech = sv.users.create("wang.tech", "王技术", "kam").id
    acc = sv.accounts.create(name_zh="宁波海天塑机", ka_type="strategic", owner_id=kam).id
    sv.accounts.add_team_member(acc, tech, "technical_support")
    ctx.act_as("li.na")
    pid = sv.planning.create_plan(acc, YEAR).id
    return {"ctx": ctx, "sv": sv, "kam": kam, "tech": tech, "acc": acc, "pid": pid}


def test_the_catalogue_names_every_metric_a_kam_plans(world) -> None:  # type: ignore[no-untyped-def]
    plans = world["sv"].plans
    catalogue = {c.metric: c for c in plans.catalogue()}
    for m in (Metric.REVENUE, Metric.GROSS_PROFIT, Metric.VOLUME, Metric.NEW_PRODUCTS, Metric.SHARE_OF_WALLET,
              Metric.REP_VISITS, Metric.EXEC_VISITS, Metric.TRAININGS, Metric.COMPLAINTS_RESOLVED):
        assert m in catalogue
        assert catalogue[m].unit
        assert catalogue[m].how
        assert catalogue[m].name
    assert catalogue[Metric.NEW_PRODUCTS].derived
    assert catalogue[Metric.COMPLAINTS_RESOLVED].derived
    assert not catalogue[Metric.TRAININGS].derived  # entered by hand
    assert Metric.TRAININGS not in {c.metric for c in plans.derivable()}
    assert Metric.CUSTOM not in catalogue


def test_split_evenly_and_the_phasing_checked_against_the_total(world) -> None:  # type: ignore[no-untyped-def]
    plans, pid = world["sv"].plans, world["pid"]
    assert plans.split_evenly("revenue", "1000") == [Decimal(250)] * 4
    assert plans.split_evenly("revenue", "10") == [Decimal("2.5")] * 4
    assert plans.split_evenly("share_of_wallet", "30") == [Decimal(30)] * 4  # a level: the same each quarter
    with pytest.raises(ValidationError) as bad:
        plans.split_evenly("revenue", "lots")
    assert bad.value.field == "annual_target"
    with pytest.raises(ValidationError) as wrong:
        plans.add_objective(pid, metric="new_products", unit="products", annual_target="12",
                            phasing=["3", "3", "3", "4"])
    assert wrong.value.field == "phasing"
    assert plans.plan(pid).quantitative == []  # nothing written


def test_objectives_reordered_and_put_back_exactly(world) -> None:  # type: ignore[no-untyped-def]
    plans, pid = world["sv"].plans, world["pid"]
    ids = [plans.add_objective(pid, metric=m, unit="u", annual_target="4").id
           for m in ("revenue", "new_products", "complaints_resolved")]
    custom = plans.add_objective(pid, metric="custom", label="Mould trials", unit="trials", annual_target="8",
                                 phasing=["1", "2", "2", "3"]).id
    before = plans.contents(pid)
    plans.move_objective(custom, 1)
    assert [o.id for o in plans.plan(pid).quantitative] == [custom, *ids]
    assert [o.position for o in plans.plan(pid).quantitative] == [1, 2, 3, 4]
    with pytest.raises(ValidationError):
        plans.move_objective(custom, 9)
    plans.remove_objective(ids[1])
    world["sv"].commitments.add_qualitative(pid, "驻厂培训", owner_id=world["tech"])
    plans.put_back_contents(before)
    assert plans.contents(pid) == before
    assert [o.id for o in plans.plan(pid).quantitative] == [*ids, custom]


def test_commitments_and_resources_edited_field_by_field(world) -> None:  # type: ignore[no-untyped-def]
    sv, pid = world["sv"], world["pid"]
    c = sv.commitments
    q = c.add_qualitative(pid, "为二期实验室提供安装调试培训", owner_id=world["tech"], due_on="2026-06-30",
                          status="in_progress", evidence="签到表").id
    with pytest.raises(ValidationError):
        c.add_qualitative(pid, "x", owner_id=999)
    c.update_qualitative(q, description="安装调试培训", owner_id=world["kam"], due_on="2026-07-31")
    item = sv.plans.plan(pid).qualitative[0]
    assert (item.description, item.owner_id, item.due_on, item.status, item.evidence) == (
        "安装调试培训", world["kam"], dt.date(2026, 7, 31), TaskStatus.IN_PROGRESS, "签到表")
    with pytest.raises(ValidationError):
        c.update_qualitative(q, description=" ")
    r = c.add_resource(pid, "technical", "应用工程部", purpose="试模", task="驻场两周", deadline="2026-03-31").id
    c.update_resource(r, kind="expert", who="外部专家", status="done")
    res = sv.plans.plan(pid).resources[0]
    assert (res.kind.value, res.who, res.purpose, res.task, res.status) == ("expert", "外部专家", "试模", "驻场两周",
                                                                           TaskStatus.DONE)
    # submitted: what they are is fixed; their progress is the year's work
    sv.plans.submit(pid)
    c.update_qualitative(q, status="done", evidence="验收单")
    c.update_resource(r, status="in_progress")
    with pytest.raises(NotAllowed):
        c.update_qualitative(q, description="别的")
    with pytest.raises(NotAllowed):
        c.update_resource(r, who="别人")
    with pytest.raises(NotAllowed):
        sv.plans.put_back_contents(sv.plans.contents(pid))
    assert sv.plans.plan(pid).status == PlanStatus.SUBMITTED


def test_new_products_and_complaints_resolved_are_derived(world) -> None:  # type: ignore[no-untyped-def]
    sv, pid, acc = world["sv"], world["pid"], world["acc"]
    for day, product in (("2025-11-02", "A"), ("2026-01-10", "A"), ("2026-02-01", "B"), ("2026-05-05", "C"),
                         ("2026-05-06", "C"), ("2027-01-01", "D")):
        sv.transactions.add(acc, occurred_on=day, product=product, quantity="1", unit_price="100",
                            gross_profit="20")
    at = dt.datetime(2026, 4, 1, 9, tzinfo=dt.UTC)
    sv.records.add_feedback(acc, "注塑件缩痕", at, resolved_at=at + dt.timedelta(days=3), status="resolved")
    sv.records.add_feedback(acc, "交期延误", at, resolved_at=at + dt.timedelta(days=100), status="resolved")
    sv.records.add_feedback(acc, "建议", at, kind="suggestion", resolved_at=at + dt.timedelta(days=3),
                            status="resolved")
    sv.records.add_feedback(acc, "未解决", at)
    new = sv.plans.add_objective(pid, metric="new_products", unit="products", annual_target="4").id
    solved = sv.plans.add_objective(pid, metric="complaints_resolved", unit="complaints", annual_target="4").id
    derived = sv.plans.add_objective(pid, metric="revenue", label="C 系列销售额", product="C", unit="CNY",
                                     annual_target="400").id  # a custom objective derived like revenue
    actuals = sv.plans.actuals(pid)
    assert actuals[new].quarters == (Decimal(1), Decimal(1), Decimal(0), Decimal(0))  # B, C (A was bought before)
    assert actuals[new].source == "transactions"
    assert actuals[solved].quarters == (Decimal(0), Decimal(1), Decimal(1), Decimal(0))
    assert actuals[solved].source == "feedback"
    assert actuals[derived].quarters[1] == Decimal(200)


def test_plan_next_year_copies_custom_objectives_order_commitments_and_resources(world) -> None:  # type: ignore[no-untyped-def]
    sv, pid, acc = world["sv"], world["pid"], world["acc"]
    a = sv.plans.add_objective(pid, metric="revenue", unit="CNY", annual_target="1000").id
    b = sv.plans.add_objective(pid, metric="custom", label="Mould trials", unit="trials", annual_target="8",
                               phasing=["1", "2", "2", "3"]).id
    sv.plans.move_objective(b, 1)
    sv.plans.set_manual_actual(b, 1, "1")
    sv.commitments.add_qualitative(pid, "驻厂培训", owner_id=world["tech"], due_on="2026-06-30", status="done",
                                   evidence="签到表")
    sv.commitments.add_resource(pid, "executive", "CTO", purpose="高层互访", task="拜访总经理", deadline="2026-09-30")
    assert a
    nxt = sv.plans.plan(sv.plans.plan_next_year(acc, YEAR).id)
    assert [(o.position, o.metric.value, o.label, o.unit, o.annual_target, [o.q1, o.q2, o.q3, o.q4], o.manual_actuals)
            for o in nxt.quantitative] == [
        (1, "custom", "Mould trials", "trials", Decimal(8), [1, 2, 2, 3], None),
        (2, "revenue", None, "CNY", Decimal(1000), [250] * 4, None)]
    assert [(q.description, q.owner_id, q.due_on, q.status, q.evidence) for q in nxt.qualitative] == [
        ("驻厂培训", world["tech"], dt.date(2027, 6, 30), TaskStatus.OPEN, None)]
    assert [(r.kind.value, r.who, r.purpose, r.task, r.deadline, r.status) for r in nxt.resources] == [
        ("executive", "CTO", "高层互访", "拜访总经理", dt.date(2027, 9, 30), TaskStatus.OPEN)]


def test_put_back_keeps_a_whitespace_cells_link_to_its_objective(world) -> None:  # type: ignore[no-untyped-def]
    sv, pid, acc = world["sv"], world["pid"], world["acc"]
    ws = sv.whitespace
    line = ws.add_line("BRG", "精密轴承", "Bearings").id
    unit = ws.add_unit(acc, "武汉工厂", takes_unassigned=True).id
    ws.set_cell(unit, line, potential="1000", holder="nobody", status="targeted")
    made = ws.make_objective(unit, line, YEAR).id
    obj = sv.plans.plan(pid).quantitative[-1]
    assert (obj.id, [obj.q1, obj.q2, obj.q3, obj.q4]) == (made, [250] * 4)  # a custom objective's quarters add up
    before = sv.plans.contents(pid)
    sv.plans.remove_objective(made)
    assert ws.grid(acc).cell(unit, line).objective_id is None
    sv.plans.put_back_contents(before)
    assert ws.grid(acc).cell(unit, line).objective_id == made
    assert sv.plans.contents(pid) == before


def test_put_back_keeps_next_years_copy_linked_to_its_objective(world) -> None:  # type: ignore[no-untyped-def]
    """Next year's objective remembers this year's (the whitespace map follows the link): an edit of this year's
    plan undone — its rows deleted and put back — must not cut that link."""
    sv, pid, acc = world["sv"], world["pid"], world["acc"]
    a = sv.plans.add_objective(pid, metric="revenue", unit="CNY", annual_target="1000").id
    nxt = sv.plans.plan(sv.plans.plan_next_year(acc, YEAR).id)
    copy = nxt.quantitative[0].id

    def link() -> int | None:
        return next(o.carried_from_id for o in sv.plans.plan(nxt.id).quantitative if o.id == copy)

    assert link() == a
    before = sv.plans.contents(pid)
    sv.plans.update_objective(a, annual_target="1200")
    after = sv.plans.contents(pid)
    sv.plans.put_back_contents(before)  # undo
    assert (sv.plans.contents(pid), link()) == (before, a)
    sv.plans.put_back_contents(after)  # redo
    assert (sv.plans.contents(pid), link()) == (after, a)
    sv.plans.remove_objective(a)  # a real deletion cuts it; its undo ties it again
    assert link() is None
    sv.plans.put_back_contents(after)
    assert link() == a


def test_an_undo_does_not_overwrite_a_later_change_of_the_plan(world) -> None:  # type: ignore[no-untyped-def]
    """On a shared database a colleague may change the plan between an edit and its undo: the undo (a put-back
    that expects the contents its step left) is refused and loses nothing."""
    sv, pid = world["sv"], world["pid"]
    a = sv.plans.add_objective(pid, metric="revenue", unit="CNY", annual_target="1000").id
    before = sv.plans.contents(pid)
    sv.plans.update_objective(a, annual_target="1200")
    after = sv.plans.contents(pid)
    sv.plans.update_objective(a, annual_target="1500")  # the colleague's edit
    theirs = sv.plans.contents(pid)
    with pytest.raises(NotAllowed, match="changed since"):
        sv.plans.put_back_contents(before, expected=after)
    assert sv.plans.contents(pid) == theirs
    sv.plans.put_back_contents(before, expected=theirs)  # nothing changed since: undone
    assert sv.plans.contents(pid) == before

