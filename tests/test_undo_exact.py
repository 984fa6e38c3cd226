"""Undo of a delete puts back the very rows, and redo of an add the very rows again, on SQLite and PostgreSQL.

Each case takes a whole-table snapshot (every column of every table but the audit trail, tests/undo_check.py)
before and after an action, then runs the inverse the window's undo runs and the put-back its redo runs: the
tables must equal the snapshots exactly — same ids (on PostgreSQL a re-created row would take the sequence's
next id, and every later step of the undo history would point at nothing), versions and timestamps. The GUI
tests marked ``exact_undo`` (or with ``EXACT_UNDO = True``) check the same through Edit › Undo and Redo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from undo_check import differences, snapshot

from kam.app import AppContext

BOTH_BACKENDS = True
YEAR = dt.date.today().year


def exact(sv: Any, add: Callable[[], Any], take_off: Callable[[], Any] | Callable[[Any], Any],
          put_back: Callable[[Any], Any]) -> None:
    """``add``; ``take_off`` (the undo) gives back the tables as before; ``put_back`` (the redo) as after; and
    the same once more. A row that stays throughout (a person whose stance the visit changed) may only show a
    new version and ``updated_at``; one taken off and put back, every column as it was."""
    before = snapshot(sv)
    made = add()
    after = snapshot(sv)
    for _ in range(2):
        kept = take_off(made)
        undone = snapshot(sv)
        assert differences("undo", before, undone, after) == []
        put_back(kept)
        assert differences("redo", after, snapshot(sv), undone) == []


@pytest.fixture
def world(ctx: AppContext) -> dict[str, Any]:
    sv = ctx.services
    sv.users.create("li.na", "李娜", "kam")
    ctx.act_as("li.na")
    aid = sv.accounts.create(name_zh="华东精密", ka_type="economic").id
    people = [sv.people.create(aid, name=n).id for n in ("王建国", "李娜")]
    return {"sv": sv, "aid": aid, "people": people}


def removed_and_restored(sv: Any, take_off: Callable[[], Any], put_back: Callable[[Any], Any]) -> None:
    """What ``take_off`` (a delete) removed, ``put_back`` (its undo) restores exactly, to the last column;
    twice."""
    before = snapshot(sv)
    for _ in range(2):
        kept = take_off()
        assert snapshot(sv) != before
        put_back(kept)
        assert snapshot(sv) == before


def test_a_competitor_with_reps_relations_and_scores(world: dict[str, Any]) -> None:
    sv, aid, (wang, li) = world["sv"], world["aid"], world["people"]
    exact(sv, lambda: sv.records.add_competitor(aid, "西门子", reps=[{"name": "赵销售", "relations": {wang: 3}}]).id,
          sv.records.remove_competitor, sv.records.restore_competitor)
    cid = sv.dossier.competitors(aid)[0].id
    sv.records.update_competitor(cid, products_used="PLC")  # a version above 1
    rep = sv.records.competitor_reps(cid)[0].id
    sv.records.set_rep_relation(rep, li, 1, "同学")
    sv.records.update_rep(rep, notes="常请客户吃饭")
    pid = sv.records.add_project(aid, "二期").id
    sv.projects.set_criteria(pid, [{"name": "价格", "weight": 100, "competitors": {cid: 4}}])
    removed_and_restored(sv, lambda: sv.records.remove_competitor(cid), sv.records.restore_competitor)
    removed_and_restored(sv, lambda: sv.records.remove_rep(rep), sv.records.restore_rep)
    exact(sv, lambda: sv.records.add_rep(cid, "钱经理").id, sv.records.remove_rep, sv.records.restore_rep)


def test_a_project_with_steps_criteria_and_roles(world: dict[str, Any]) -> None:
    sv, aid, (wang, _li) = world["sv"], world["aid"], world["people"]
    pid = sv.records.add_project(aid, "二期", steps=[{"name": "招标", "actors": [wang]}],
                                 participants={wang: ["decision_maker"]}).id
    sv.projects.update(pid, problem_to_solve="产能不足")
    sv.projects.set_criteria(pid, [{"name": "价格", "weight": 100}])
    before = snapshot(sv)
    state = sv.projects.snapshot(pid)
    sv.projects.delete(pid)
    sv.projects.put_back(state)
    assert snapshot(sv) == before


def test_a_visit_with_a_stance_change_and_feedback(world: dict[str, Any]) -> None:
    sv, aid, (wang, _li) = world["sv"], world["aid"], world["people"]
    me = sv.users.resolve("li.na").id
    exact(sv, lambda: sv.records.log_contact(aid, dt.date.today(), attendee_ids=[wang], our_user_ids=[me],
                                             stance_changes={wang: "supporter"}, purpose="季度回顾").id,
          sv.dossier.remove_contact, sv.dossier.restore_contact)
    exact(sv, lambda: sv.records.add_feedback(aid, "交货晚了", dt.datetime.now(dt.UTC), kind="complaint",
                                              routed_to="logistics", first_responder_id=me).id,
          sv.dossier.remove_feedback, sv.dossier.restore_feedback)


def test_a_new_plan_with_its_objectives_and_history(world: dict[str, Any]) -> None:
    sv, aid = world["sv"], world["aid"]
    exact(sv, lambda: sv.planning.create_from_template(aid, YEAR).id,
          lambda pid: sv.planning.discard_draft(pid).before["kept"], sv.planning.put_back_draft)


def test_whitespace_units_lines_and_a_new_cell(world: dict[str, Any]) -> None:
    sv, aid = world["sv"], world["aid"]
    ws = sv.whitespace
    exact(sv, lambda: ws.add_unit(aid, "总部").id, lambda uid: dict(ws.delete_unit(uid).before), ws.restore_unit)
    exact(sv, lambda: ws.add_line("SRV", "伺服", "Servo").id, lambda lid: dict(ws.delete_line(lid).before),
          ws.restore_line)
    unit, line = ws.add_unit(aid, "工厂").id, ws.add_line("PLC", "控制器", "PLC").id
    exact(sv, lambda: ws.set_cell(unit, line, potential="3000000"),
          lambda _c: {"row": ws.restore_cell(unit, line, None).before["row"]},
          lambda kept: ws.restore_cell(unit, line, kept))


def test_a_register_item_and_its_attachment(world: dict[str, Any]) -> None:
    sv, aid = world["sv"], world["aid"]
    sv.register.set_up("a long register passphrase")
    me = sv.users.resolve("li.na").id
    exact(sv, lambda: sv.register.add_item(aid, "IP-1", "图纸", access_user_ids=[me]).id,
          lambda iid: sv.register.remove_item(iid).before, sv.register.put_back_item)
    item = sv.register.items(aid)[0]["id"]
    exact(sv, lambda: sv.register.attach(item, "a.pdf", b"%PDF drawing").id,
          lambda att: sv.register.remove_attachment(att).before, sv.register.put_back_attachment)


def test_moves_into_and_out_of_the_trash(world: dict[str, Any]) -> None:
    """Undo of a move to the trash gives the row back its version and updated_at; redo of it, after the undo,
    the trash time, version and updated_at of the first move; the same the other way round."""
    sv, aid, (wang, _li) = world["sv"], world["aid"], world["people"]
    sv.register.set_up("a long register passphrase")
    item = sv.register.add_item(aid, "IP-1", "图纸").id
    for move, back in ((lambda b: sv.people.delete(wang, b), lambda b: sv.people.restore(wang, b)),
                       (lambda b: sv.register.delete_item(item, b), lambda b: sv.register.restore_item(item, b)),
                       (lambda b: sv.accounts.delete(aid, b), lambda b: sv.accounts.restore(aid, b))):
        live = snapshot(sv)
        change = move(None)
        trashed = snapshot(sv)
        for _ in range(2):
            change = back(change.before)
            assert snapshot(sv) == live
            change = move(change.before)
            assert snapshot(sv) == trashed
        back(None)  # a restore of its own (File › Trash…): a new version
        assert snapshot(sv) != live
