"""Purchasing projects edited piece by piece: steps in order, criteria totalling 100 %, roles, exact undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kam.errors import NotFound, ValidationError
from kam.services.projects import LATE, step_state
from kam.vocab import BuyingRole, ProjectStatus, StepStatus

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL


@pytest.fixture
def account(ctx):  # type: ignore[no-untyped-def]
    return ctx.services.accounts.create(name_zh="华东精密机械", name_en="Huadong Precision").id


@pytest.fixture
def people(ctx, account):  # type: ignore[no-untyped-def]
    return [ctx.services.people.create(account, name=n).id for n in ("王总", "李工", "张经理")]


@pytest.fixture
def project(ctx, account):  # type: ignore[no-untyped-def]
    return ctx.services.records.add_project(account, "New press line", budget="2500000", currency="cny").id


def names(ctx, project):  # type: ignore[no-untyped-def]
    return [(st.position, st.name) for st in ctx.services.projects.detail(project).steps]


def test_steps_insert_reorder_and_delete_keep_positions_dense(ctx, project) -> None:  # type: ignore[no-untyped-def]
    svc = ctx.services.projects
    a = svc.add_step(project, "Needs").id
    b = svc.add_step(project, "Tender").id
    svc.add_step(project, "Evaluation", position=2)
    assert names(ctx, project) == [(1, "Needs"), (2, "Evaluation"), (3, "Tender")]
    svc.move_step(a, 3)
    assert names(ctx, project) == [(1, "Evaluation"), (2, "Tender"), (3, "Needs")]
    svc.move_step(a, 1)
    assert names(ctx, project) == [(1, "Needs"), (2, "Evaluation"), (3, "Tender")]
    svc.delete_step(b)
    assert names(ctx, project) == [(1, "Needs"), (2, "Evaluation")]
    with pytest.raises(ValidationError) as err:
        svc.add_step(project, "Too far", position=9)
    assert err.value.field == "position"
    with pytest.raises(ValidationError) as err:
        svc.move_step(a, 0)
    assert err.value.field == "position"


def test_step_fields_actors_and_late(ctx, project, people) -> None:  # type: ignore[no-untyped-def]
    svc = ctx.services.projects
    sid = svc.add_step(project, "Technical evaluation", planned_on="2020-01-10",
                       actors={people[0]: "approves", people[1]: None}).id
    step = svc.detail(project).steps[0]
    assert step.actors == ((people[0], "approves"), (people[1], None))
    assert step.state(dt.date(2026, 1, 1)) == LATE
    svc.update_step(sid, status="done", actual_on="2020-01-12", notes="passed", actors={people[2]: "signs"})
    step = svc.detail(project).steps[0]
    assert (step.status, step.actual_on, step.notes) == (StepStatus.DONE, dt.date(2020, 1, 12), "passed")
    assert step.actors == ((people[2], "signs"),)
    assert step.state(dt.date(2026, 1, 1)) == "done"
    assert step_state("in_progress", dt.date(2030, 1, 1), None, dt.date(2026, 1, 1)) == "in_progress"
    with pytest.raises(ValidationError) as err:
        svc.update_step(sid, actual_on=dt.date.today() + dt.timedelta(days=3))
    assert err.value.field == "actual_on"
    with pytest.raises(ValidationError) as err:
        svc.update_step(sid, name=" ")
    assert err.value.field == "name"


def test_actors_must_be_people_of_the_account(ctx, project) -> None:  # type: ignore[no-untyped-def]
    other = ctx.services.accounts.create(name_en="Other Co").id
    stranger = ctx.services.people.create(other, name="Stranger").id
    with pytest.raises(ValidationError) as err:
        ctx.services.projects.add_step(project, "Award", actors={stranger: None})
    assert err.value.field == "actors"
    assert names(ctx, project) == []  # nothing half-made


def test_criteria_weights_total_100_and_scores_1_to_5(ctx, account, project) -> None:  # type: ignore[no-untyped-def]
    svc = ctx.services.projects
    rival = ctx.services.records.add_competitor(account, "Rival GmbH").id
    with pytest.raises(ValidationError) as err:
        svc.set_criteria(project, [{"name": "Price", "weight": 60}, {"name": "Quality", "weight": 30}])
    assert err.value.field == "weight"
    assert "90" in str(err.value)
    with pytest.raises(ValidationError) as err:
        svc.set_criteria(project, [{"name": "Price", "weight": 100, "our_score": 6}])
    assert err.value.field == "criteria[1].our_score"
    with pytest.raises(ValidationError):
        svc.set_criteria(project, [{"name": "Price", "weight": 50}, {"name": "price", "weight": 50}])
    svc.set_criteria(project, [{"name": "Price", "weight": 50, "our_score": 3, "competitors": {rival: 4}},
                               {"name": "Quality", "weight": 50, "our_score": 5, "competitors": {rival: 2}}])
    crits = svc.detail(project).criteria
    assert [(c.name, c.weight, c.our_score, dict(c.scores)) for c in crits] == [
        ("Price", 50, 3, {rival: 4}), ("Quality", 50, 5, {rival: 2})]
    price = crits[0].id
    svc.set_criteria(project, [{"id": price, "name": "Total cost", "weight": 100, "our_score": 4}])
    crits = svc.detail(project).criteria
    assert [(c.id, c.name, dict(c.scores)) for c in crits] == [(price, "Total cost", {})]
    svc.set_criteria(project, [])
    assert svc.detail(project).criteria == ()


def test_participants_and_project_power_map(ctx, account, project, people) -> None:  # type: ignore[no-untyped-def]
    svc = ctx.services.projects
    pm, _ = ctx.services.orgmap.powermap(account, project_id=project)
    assert "R1" in {r.rule for r in pm.risks}  # nobody decides yet
    svc.set_participants(project, {people[0]: ["decision_maker"], people[1]: ["influencer", "executor"],
                                   people[2]: []})
    assert svc.detail(project).participants == {
        people[0]: frozenset({BuyingRole.DECISION_MAKER}),
        people[1]: frozenset({BuyingRole.INFLUENCER, BuyingRole.EXECUTOR})}
    pm, _ = ctx.services.orgmap.powermap(account, project_id=project)
    assert "R1" not in {r.rule for r in pm.risks}
    with pytest.raises(ValidationError):
        svc.set_participants(project, {people[0]: ["boss"]})


def test_project_fields_close_and_reopen(ctx, project) -> None:  # type: ignore[no-untyped-def]
    svc = ctx.services.projects
    assert svc.detail(project).budget_approved is False
    svc.update(project, name="Press line 2", budget="3000000", currency="eur", decision_due="2027-03-31",
               budget_approved=True)
    d = svc.detail(project)
    assert (d.name, d.budget, d.currency, d.decision_due, d.budget_approved) == (
        "Press line 2", Decimal(3000000), "EUR", dt.date(2027, 3, 31), True)
    with pytest.raises(ValidationError) as err:
        svc.update(project, start_on="2027-06-01")
    assert err.value.field == "decision_due"
    with pytest.raises(ValidationError):
        svc.update(project, budget="-1")
    with pytest.raises(ValidationError):
        svc.close(project, "active")
    svc.close(project, "won")
    assert svc.detail(project).status == ProjectStatus.WON
    with pytest.raises(ValidationError):
        svc.close(project, "lost")
    svc.reopen(project)
    assert svc.detail(project).status == ProjectStatus.ACTIVE
    with pytest.raises(ValidationError):
        svc.reopen(project)


def test_snapshot_and_put_back_restore_exactly(ctx, account, project, people) -> None:  # type: ignore[no-untyped-def]
    svc = ctx.services.projects
    rival = ctx.services.records.add_competitor(account, "Rival").id
    s1 = svc.add_step(project, "Needs", actors={people[0]: "owns"}).id
    svc.add_step(project, "Award")
    svc.set_criteria(project, [{"name": "Price", "weight": 100, "our_score": 2, "competitors": {rival: 5}}])
    svc.set_participants(project, {people[1]: ["negotiator"]})
    before = svc.snapshot(project)
    detail = svc.detail(project)
    svc.delete_step(s1)
    svc.set_criteria(project, [])
    svc.update(project, name="changed")
    svc.put_back(before)
    assert svc.detail(project) == detail
    assert svc.snapshot(project) == before
    svc.delete(project)
    with pytest.raises(NotFound):
        svc.detail(project)
    svc.put_back(before)
    assert svc.detail(project) == detail
    assert ctx.services.orgmap.projects(account)[0].name == "New press line"
