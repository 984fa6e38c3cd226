"""A competitor's reps at the account and their relations with the customer's people."""

from __future__ import annotations

import pytest

from kam.errors import NotFound, UserError, ValidationError


@pytest.fixture
def comp(ctx):  # type: ignore[no-untyped-def]
    sv = ctx.services
    aid = sv.accounts.create(name_zh="华东精密", ka_type="economic").id
    other = sv.accounts.create(name_zh="鼎新电子", ka_type="economic").id
    people = [sv.people.create(aid, name=n).id for n in ("王建国", "李娜")]
    stranger = sv.people.create(other, name="陈静").id
    cid = sv.records.add_competitor(aid, "西门子").id
    return sv, aid, cid, people, stranger


def test_reps_are_added_edited_removed_and_restored_with_their_relations(comp) -> None:  # type: ignore[no-untyped-def]
    sv, aid, cid, (wang, li), stranger = comp
    rep = sv.records.add_rep(cid, "赵销售", style="关系型", notes="常请客户吃饭").id
    assert sv.records.set_rep_relation(rep, wang, 3, "老同学") is None
    assert sv.records.set_rep_relation(rep, li, 1) is None
    [row] = sv.records.competitor_reps(cid)
    assert (row.name, row.style, row.notes) == ("赵销售", "关系型", "常请客户吃饭")
    assert [(r.person, r.closeness, r.note) for r in row.relations] == [("王建国", 3, "老同学"), ("李娜", 1, None)]
    assert sv.records.set_rep_relation(rep, li, 2, "x") == {"closeness": 1, "note": None}
    assert sv.records.remove_rep_relation(rep, li) == {"closeness": 2, "note": "x"}
    with pytest.raises(NotFound):
        sv.records.remove_rep_relation(rep, li)
    assert sv.records.update_rep(rep, name="赵经理", style="关系型") == {"name": "赵销售"}
    kept = sv.records.remove_rep(rep)
    assert sv.records.competitor_reps(cid) == []
    sv.records.restore_rep(kept)
    [back] = sv.records.competitor_reps(cid)
    assert (back.id, back.name, [(r.person, r.closeness) for r in back.relations]) == (rep, "赵经理", [("王建国", 3)])
    with pytest.raises(UserError):
        sv.records.restore_rep(kept)  # it is there already


def test_bad_input_is_refused_and_changes_nothing(comp) -> None:  # type: ignore[no-untyped-def]
    sv, aid, cid, (wang, _li), stranger = comp
    with pytest.raises(ValidationError) as bad:
        sv.records.add_rep(cid, "  ")
    assert bad.value.field == "name"
    rep = sv.records.add_rep(cid, "赵销售").id
    for closeness in (0, 4, "very", None):
        with pytest.raises(ValidationError) as bad:
            sv.records.set_rep_relation(rep, wang, closeness)
        assert bad.value.field == "closeness"
    with pytest.raises(ValidationError) as bad:
        sv.records.set_rep_relation(rep, stranger, 2)  # a person of another account
    assert bad.value.field == "person_id"
    with pytest.raises(ValidationError) as bad:
        sv.records.set_rep_relation(rep, None, 2)  # nobody chosen in the form: said under its field
    assert bad.value.field == "person_id"
    sv.people.delete(wang)
    with pytest.raises(ValidationError):
        sv.records.set_rep_relation(rep, wang, 2)  # in the trash
    with pytest.raises(UserError, match="no field"):
        sv.records.update_rep(rep, age=3)
    with pytest.raises(NotFound):
        sv.records.add_rep(9999, "x")
    assert [(r.name, r.relations) for r in sv.records.competitor_reps(cid)] == [("赵销售", [])]


def test_the_account_plan_prints_the_reps_and_whom_they_are_close_to(comp) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    sv, aid, cid, (wang, li), _stranger = comp
    rep = sv.records.add_rep(cid, "赵销售", style="关系型").id
    sv.records.set_rep_relation(rep, wang, 3)
    sv.records.set_rep_relation(rep, li, 1)
    data = sv.reports.plan_data(aid, dt.date.today().year, lang="en")
    assert data.competitors[0]["reps"] == "赵销售 (关系型): 王建国 (close), 李娜 (acquainted)"
    zh = sv.reports.plan_data(aid, dt.date.today().year, lang="zh_CN")
    assert "王建国 (" in zh.competitors[0]["reps"]


def test_a_competitor_is_edited_and_removed_with_all_it_has_then_restored(comp) -> None:  # type: ignore[no-untyped-def]
    sv, aid, cid, (wang, li), _stranger = comp
    rep = sv.records.add_rep(cid, "赵销售").id
    sv.records.set_rep_relation(rep, wang, 3, "老同学")
    project = sv.records.add_project(aid, "框架采购", criteria=[{"name": "价格", "weight": 100, "our_score": 3,
                                                              "competitors": {cid: 4}}]).id
    assert sv.records.update_competitor(cid, products_used="伺服电机", customer_satisfaction="4",
                                        estimated_share_pct=30) == {
        "products_used": None, "customer_satisfaction": None, "estimated_share_pct": None}
    with pytest.raises(ValidationError) as bad:
        sv.records.update_competitor(cid, estimated_share_pct=130)
    assert bad.value.field == "estimated_share_pct"
    with pytest.raises(ValidationError):
        sv.records.update_competitor(cid, name="")

    def state() -> object:
        comps = [(c.id, c.name, c.products_used, c.customer_satisfaction, c.estimated_share_pct)
                 for c in sv.dossier.competitors(aid)]
        reps = [(r.id, r.name, [(x.person_id, x.closeness, x.note) for x in r.relations])
                for c in comps for r in sv.records.competitor_reps(c[0])]
        scores = [c.scores for c in sv.projects.detail(project).criteria]
        return comps, reps, scores

    before = state()
    assert before[2] == [{cid: 4}]
    kept = sv.records.remove_competitor(cid)
    assert state() == ([], [], [{}])
    sv.records.restore_competitor(kept)
    assert state() == before
