"""Author a dossier in the window, starting from an empty database (``kam init``, no demo).

The test creates an account, its people, then drives the org-chart page's widgets — buttons pressed,
forms filled by the test and saved with their Save button — to build a purchasing project with steps,
actors, weighted criteria with competitors' scores and each person's role. After each kind of edit,
Edit › Undo brings back exactly the previous state and Edit › Redo the edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from authoring_support import (  # noqa: F401 (answers, window: fixtures)
    answers,
    drag_row,
    new_account,
    press,
    save,
    trigger,
    undo_redo,
    window,
)

from kam.vocab import BuyingRole, InfluenceKind, ProjectStatus

# every edit below is also undone, redone and undone again against whole-table snapshots (conftest._exact_undo):
# the same ids, versions and timestamps come back
EXACT_UNDO = True


def test_a_purchasing_project_authored_on_the_org_chart(window, answers) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    sv = window.services
    aid = new_account(window, answers)
    ids = {r.name: r.id for r in sv.people.rows(aid)}
    window.show_section("competitors")
    answers["text"] += ["Engel", "Arburg"]
    press(window.competitors, "Add competitor…")
    press(window.competitors, "Add competitor…")
    window.show_section("orgchart")
    page = window.orgchart
    ed = page.editor
    assert page.project_box.count() == 0
    assert not ed.empty.isHidden()
    assert "New project" in ed.empty.text()

    def projects() -> list[tuple[str, str]]:
        return [(p.name, p.status) for p in sv.orgmap.projects(aid)]

    # a refused value keeps the form open with the reason under the field; nothing is stored
    def bad_budget(form: Any) -> int:
        form.widgets["name"].setText("二期注塑车间")
        form.widgets["budget"].setText("lots")
        result = save(form)
        assert form.errors["budget"].text()
        assert not form.errors["budget"].isHidden()
        return result

    answers["form"].append(bad_budget)
    press(page, "New project…")
    assert projects() == []
    assert not window.undo.canUndo() or window.undo.undoText() != "New purchasing project"

    def new(form: Any) -> int:
        form.widgets["name"].setText("二期注塑车间")
        form.widgets["budget"].setText("8500000")
        form.widgets["budget_approved"].setChecked(True)
        form.widgets["decision_due"].setText("2027-06-30")
        form.widgets["problem_to_solve"].setPlainText("产能不足")
        return save(form)

    answers["form"].append(new)
    press(page, "New project…")
    undo_redo(window, projects, [], [("二期注塑车间", "active")])
    pid = sv.orgmap.projects(aid)[0].id
    assert page.project_box.currentData() == pid
    assert ed.project is not None
    assert ed.project.budget == 8500000
    assert ed.project.budget_approved
    assert "(approved)" in page.project_info.text()
    assert "New purchasing project" not in ed.empty.text()
    assert "Add step" in ed.empty.text()

    def edit(form: Any) -> int:
        form.widgets["name"].setText("二期注塑车间扩建")
        form.widgets["currency"].setText("EUR")
        return save(form)

    answers["form"].append(edit)
    press(page, "Edit project…")
    undo_redo(window, lambda: (sv.projects.detail(pid).name, sv.projects.detail(pid).currency),
              ("二期注塑车间", "CNY"), ("二期注塑车间扩建", "EUR"))

    # six steps: added at the end, one inserted before the selected step, with actors and dates
    def steps() -> list[str]:
        return [st.name for st in sv.projects.detail(pid).steps]

    for name in ("需求确认", "技术交流", "招标", "评标", "合同签订"):
        def add(form: Any, name: str = name) -> int:
            form.widgets["name"].setText(name)
            form.widgets["planned_on"].setText("2026-01-15" if name == "需求确认" else "2027-03-01")
            form.set_actor(ids["王建国"], "批准")
            form.set_actor(ids["李娜"])
            return save(form)

        answers["form"].append(add)
        before = steps()
        press(page, "Add step…")
        undo_redo(window, steps, before, [*before, name])
    assert ed.steps.rowCount() == 5
    ed.steps.selectRow(2)  # 招标

    def insert(form: Any) -> int:
        form.widgets["name"].setText("样机试验")
        form.set_actor(ids["张伟"], "测试")
        return save(form)

    answers["form"].append(insert)
    press(page, "Insert step…")
    six = ["需求确认", "技术交流", "样机试验", "招标", "评标", "合同签订"]
    undo_redo(window, steps, ["需求确认", "技术交流", "招标", "评标", "合同签订"], six)
    first = sv.projects.detail(pid).steps[0]
    assert first.actors == ((ids["王建国"], "批准"), (ids["李娜"], None))
    assert ed.steps.item(0, 4).text() == "Late"  # planned in the past, not done: derived in kam

    # reorder: the buttons and a drag (what the table emits on a drop)
    ed.steps.selectRow(2)
    press(page, "Move up")
    moved = ["需求确认", "样机试验", "技术交流", "招标", "评标", "合同签订"]
    undo_redo(window, steps, six, moved)
    assert ed.selected_step() == sv.projects.detail(pid).steps[1].id  # the moved step stays selected
    drag_row(ed.steps, 1, 4)
    undo_redo(window, steps, moved, ["需求确认", "技术交流", "招标", "评标", "样机试验", "合同签订"])
    window.menu_actions["undo"].trigger()
    assert steps() == moved

    # edit a step: mark it done with its actual date; the timeline shows it done, not late
    ed.steps.selectRow(0)

    def done(form: Any) -> int:
        form.widgets["status"].setCurrentIndex(form.widgets["status"].findData("done"))
        form.widgets["actual_on"].setText("2026-01-20")
        form.widgets["notes"].setPlainText("需求书已确认")
        return save(form)

    answers["form"].append(done)
    press(page, "Edit step…")
    undo_redo(window, lambda: sv.projects.detail(pid).steps[0].state(dt.date.today()), "late", "done")
    assert ed.steps.item(0, 4).text() == "Done"

    # delete a step (then undo it: the same step, with the same id, is back)
    ed.steps.selectRow(5)
    gone = sv.projects.detail(pid).steps[5]
    press(page, "Delete step")
    undo_redo(window, steps, moved, moved[:5])
    window.menu_actions["undo"].trigger()
    assert sv.projects.detail(pid).steps[5] == gone

    # criteria: weights must total 100 % (refused with the form open), then three with two competitors' scores
    def criteria() -> list[tuple[str, int, int | None, list[int]]]:
        return [(c.name, c.weight, c.our_score, sorted(c.scores.values())) for c in sv.projects.detail(pid).criteria]

    def wrong(dialog: Any) -> int:
        press(dialog, "Add criterion")
        dialog.set_row(0, "价格", 70, 3, [4, 5])
        result = save(dialog)
        assert "70" in dialog.message.text()
        assert "100" in dialog.message.text()
        return result

    answers["form"].append(wrong)
    press(page, "Criteria…")
    assert criteria() == []

    def weighted(dialog: Any) -> int:
        for _ in range(3):
            press(dialog, "Add criterion")
        dialog.set_row(0, "价格", 40, 3, [4, 5])
        dialog.set_row(1, "能耗", 35, 5, [3, 2])
        dialog.set_row(2, "服务响应", 25, 4, [2, None])
        assert dialog.total.text() == "Total: 100 %"
        return save(dialog)

    answers["form"].append(weighted)
    press(page, "Criteria…")
    undo_redo(window, criteria, [], [("价格", 40, 3, [4, 5]), ("能耗", 35, 5, [2, 3]), ("服务响应", 25, 4, [2])])
    assert "能耗" in page.project_info.text()

    def reopened(dialog: Any) -> int:  # the saved criteria come back into the table
        assert [dialog.criteria()[r]["name"] for r in range(3)] == ["价格", "能耗", "服务响应"]
        assert dialog.total.text() == "Total: 100 %"
        dialog.reject()
        return 0

    answers["form"].append(reopened)
    press(page, "Criteria…")

    # each person's role in the project: the project's power map follows
    def risk_rules() -> set[str]:
        pm, _ = sv.orgmap.powermap(aid, project_id=pid)
        return {r.rule for r in pm.risks}

    assert "R1" in risk_rules()
    info_before = page.project_info.text()

    def roles(dialog: Any) -> int:
        dialog.set_role(ids["王建国"], BuyingRole.DECISION_MAKER)
        dialog.set_role(ids["李娜"], BuyingRole.INFLUENCER)
        dialog.set_role(ids["张伟"], BuyingRole.EXECUTOR)
        return save(dialog)

    answers["form"].append(roles)
    press(page, "Roles…")
    undo_redo(window, lambda: dict(sv.projects.detail(pid).participants), {},
              {ids["王建国"]: frozenset({BuyingRole.DECISION_MAKER}), ids["李娜"]: frozenset({BuyingRole.INFLUENCER}),
               ids["张伟"]: frozenset({BuyingRole.EXECUTOR})})
    assert "R1" not in risk_rules()
    assert page.project_info.text() != info_before  # the project's power map on the page followed

    # close as won, reopen
    ed.won_action.trigger()
    undo_redo(window, projects, [("二期注塑车间扩建", "active")], [("二期注塑车间扩建", "won")])
    assert ed.reopen_button.isEnabled()
    assert not ed.close_button.isEnabled()
    press(page, "Reopen")
    undo_redo(window, projects, [("二期注塑车间扩建", "won")], [("二期注塑车间扩建", "active")])

    # delete the project; undo brings back every row of it
    whole = sv.projects.snapshot(pid)
    press(page, "Delete project…")
    undo_redo(window, lambda: sv.orgmap.projects(aid) and sv.projects.snapshot(pid), whole, [])
    window.menu_actions["undo"].trigger()
    assert sv.projects.snapshot(pid) == whole
    assert sv.projects.detail(pid).status == ProjectStatus.ACTIVE


def test_factions_and_influence_lines_made_on_the_chart(window, answers) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    sv = window.services
    aid = new_account(window, answers)
    ids = {r.name: r.id for r in sv.people.rows(aid)}
    window.show_section("orgchart")
    page = window.orgchart
    chart = page.authoring

    def factions() -> list[tuple[str, str | None, list[str]]]:
        names = {v: k for k, v in ids.items()}
        return [(f.name, names.get(f.leader_id) if f.leader_id else None, sorted(names[m] for m in f.member_ids))
                for f in sv.factions.factions(aid)]

    # two cards selected (Ctrl+click), right-click on a third: a faction of the three
    page.scene.cards[ids["李娜"]].setSelected(True)
    page.scene.cards[ids["张伟"]].setSelected(True)

    def tech(form: Any) -> int:
        form.widgets["name"].setText("技术派")
        form.widgets["leader_id"].setCurrentIndex(form.widgets["leader_id"].findData(ids["王建国"]))
        return save(form)

    answers["form"].append(tech)
    trigger(chart.card_menu(ids["王建国"]), "New faction with the selected people…")
    undo_redo(window, factions, [], [("技术派", "王建国", sorted(["王建国", "李娜", "张伟"]))])
    assert [f.name for f in page.scene.data.factions] == ["技术派"]  # the chart draws it

    # a second one from the page's menu; a name already taken is refused in the form
    def dup(form: Any) -> int:
        form.widgets["name"].setText("技术派")
        result = save(form)
        assert "already" in form.errors["name"].text()
        return result

    def finance(form: Any) -> int:
        form.widgets["name"].setText("财务派")
        form.tick(ids["赵敏"])
        form.tick(ids["陈静"])
        return save(form)

    answers["form"] += [dup, finance]
    trigger(chart.button.menu(), "New faction…")
    trigger(chart.button.menu(), "New faction…")
    two = [("技术派", "王建国", sorted(["王建国", "李娜", "张伟"])), ("财务派", None, ["赵敏", "陈静"])]
    undo_redo(window, factions, two[:1], two)

    # from a card's menu: join, lead, leave
    for c in page.scene.cards.values():
        c.setSelected(False)
    trigger(chart.card_menu(ids["刘洋"]), "Add to faction", "财务派")
    joined = [two[0], ("财务派", None, ["刘洋", "赵敏", "陈静"])]
    undo_redo(window, factions, two, joined)
    trigger(chart.card_menu(ids["赵敏"]), "Make leader of", "财务派")
    led = [two[0], ("财务派", "赵敏", ["刘洋", "赵敏", "陈静"])]
    undo_redo(window, factions, joined, led)
    trigger(chart.card_menu(ids["张伟"]), "Remove from faction", "技术派")
    left = [("技术派", "王建国", ["李娜", "王建国"]), led[1]]
    undo_redo(window, factions, led, left)

    # rename and delete from the page's menu
    def rename(form: Any) -> int:
        form.widgets["name"].setText("少壮派")
        return save(form)

    answers["form"].append(rename)
    trigger(chart.button.menu(), "Edit faction", "技术派")
    renamed = [("少壮派", "王建国", ["李娜", "王建国"]), led[1]]
    undo_redo(window, factions, left, renamed)
    trigger(chart.button.menu(), "Delete faction", "财务派")
    undo_redo(window, factions, renamed, renamed[:1])

    # influence lines: Shift+drag of a card onto another, and from a card's menu
    def lines() -> list[tuple[int, int, int, str | None]]:
        return [(ln.source_id, ln.target_id, ln.strength, ln.note) for ln in sv.factions.lines(aid)]

    def strong(form: Any) -> int:
        assert form.widgets["source_id"].currentData() == ids["赵敏"]
        assert form.widgets["target_id"].currentData() == ids["王建国"]
        form.widgets["strength"].setCurrentIndex(form.widgets["strength"].findData(3))
        form.widgets["note"].setText("老同学")
        form.widgets["kind"].setCurrentIndex(form.widgets["kind"].findData("classmate"))
        return save(form)

    answers["form"].append(strong)
    page.scene.cards[ids["赵敏"]].influence_drawn.emit(ids["赵敏"], ids["王建国"])  # what a Shift+drop emits
    first = (ids["赵敏"], ids["王建国"], 3, "老同学")
    undo_redo(window, lines, [], [first])
    assert sv.factions.lines(aid)[0].kind == "classmate"
    assert page.scene.data.influence == [(ids["赵敏"], ids["王建国"], 3, InfluenceKind.CLASSMATE)]  # drawn, with why

    def second(form: Any) -> int:
        form.widgets["target_id"].setCurrentIndex(form.widgets["target_id"].findData(ids["李娜"]))
        return save(form)

    answers["form"].append(second)
    trigger(chart.card_menu(ids["陈静"]), "Draw influence line from here…")
    both = [first, (ids["陈静"], ids["李娜"], 2, None)]
    undo_redo(window, lines, [first], both)

    def weaker(form: Any) -> int:
        form.widgets["strength"].setCurrentIndex(form.widgets["strength"].findData(1))
        return save(form)

    answers["form"].append(weaker)
    trigger(chart.card_menu(ids["王建国"]), "Edit influence line", "赵敏 → 王建国")
    undo_redo(window, lines, both, [(ids["赵敏"], ids["王建国"], 1, "老同学"), both[1]])
    trigger(chart.card_menu(ids["李娜"]), "Delete influence line", "陈静 → 李娜")
    undo_redo(window, lines, [(ids["赵敏"], ids["王建国"], 1, "老同学"), both[1]],
              [(ids["赵敏"], ids["王建国"], 1, "老同学")])


def test_our_account_team_and_coverage_owners(window, answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    sv = window.services
    aid = new_account(window, answers)
    window.show_section("overview")
    box = window.team_box
    assert not box.empty.isHidden()  # says what belongs there and which button adds it

    def team() -> list[tuple[str, str | None]]:
        return [(m.display_name, m.team_role) for m in sv.accounts.team(aid)]

    def nobody(form: Any) -> int:  # neither a colleague nor a new one: one clear error, the form stays
        form.widgets["user_id"].setCurrentIndex(0)
        result = save(form)
        assert form.errors["display_name"].text()
        return result

    answers["form"].append(nobody)
    press(box, "Add to team…")
    assert team() == []

    def colleague(name: str, user: str, role: str) -> Callable[[Any], int]:
        def fill(form: Any) -> int:
            form.widgets["user_id"].setCurrentIndex(0)  # a new colleague
            form.widgets["display_name"].setText(name)
            form.widgets["username"].setText(user)
            form.widgets["team_role"].setEditText(role)
            return save(form)
        return fill

    answers["form"].append(colleague("王技术", "wang.tech", "Technical support"))
    press(box, "Add to team…")
    undo_redo(window, team, [], [("王技术", "technical_support")])
    answers["form"].append(colleague("周服务", "zhou.svc", "Service"))
    press(box, "Add to team…")
    answers["form"].append(colleague("赵总", "zhao.vp", "Golf partner"))
    press(box, "Add to team…")
    three = [("周服务", "service"), ("王技术", "technical_support"), ("赵总", "Golf partner")]  # by name
    assert team() == three
    assert box.empty.isHidden()

    def sponsor(form: Any) -> int:
        form.widgets["team_role"].setCurrentIndex(form.widgets["team_role"].findData("executive_sponsor"))
        return save(form)

    box.table.selectRow(2)
    answers["form"].append(sponsor)
    press(box, "Change role…")
    undo_redo(window, team, three, [*three[:2], ("赵总", "executive_sponsor")])
    assert box.table.item(2, 1).text() == "Executive sponsor"
    box.table.selectRow(0)
    press(box, "Remove from team")
    undo_redo(window, team, [*three[:2], ("赵总", "executive_sponsor")], [three[1], ("赵总", "executive_sponsor")])

    # a customer person's coverage owner is picked from the team
    person = sv.people.rows(aid)[0].id
    offered: list[list[str]] = []

    def owner(dialog: Any) -> int:
        combo = dialog.fields["coverage_owner_id"]
        offered.append([combo.itemText(i) for i in range(combo.count())])
        combo.setCurrentIndex(combo.findText("王技术"))
        return save(dialog)

    from ui.person_dialog import PersonDialog

    monkeypatch.setattr(PersonDialog, "exec", owner)
    window.open_person(person)
    assert offered == [["(nobody)", "王技术", "赵总"]]
    wang = sv.users.resolve("wang.tech").id
    undo_redo(window, lambda: sv.people.get(person).coverage_owner_id, None, wang)


def test_transactions_entered_corrected_and_deleted_by_hand(window, answers) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    sv = window.services
    aid = new_account(window, answers)
    window.show_section("transactions")
    page = window.transactions
    assert not page.empty.isHidden()

    def lines() -> list[tuple[str, str, str]]:
        return sorted((t.product, f"{t.quantity:f}", f"{t.amount:f}")
                      for t in sv.dossier.transactions(aid, 0, 100))

    def bad(form: Any) -> int:
        form.widgets["product"].setText("伺服电机")
        form.widgets["quantity"].setText("ten")
        result = save(form)
        assert form.errors["quantity"].text()
        return result

    answers["form"].append(bad)
    press(page, "Add line…")
    assert lines() == []

    for i in range(1, 11):  # ten lines by hand
        def line(form: Any, i: int = i) -> int:
            form.widgets["occurred_on"].setText(f"2026-0{1 + i % 6}-1{i % 10}")
            form.widgets["product"].setText(f"伺服电机 SV-{i}")
            form.widgets["quantity"].setText(str(i))
            form.widgets["unit"].setText("台")
            form.widgets["unit_price"].setText("1000")
            form.widgets["discount"].setText("100")
            form.widgets["financial_cost"].setText("10")
            form.widgets["gross_profit"].setText("300")
            return save(form)

        answers["form"].append(line)
        before = lines()
        press(page, "Add line…")
        if i == 1:
            undo_redo(window, lines, before, [("伺服电机 SV-1", "1", "900")])
    assert len(lines()) == 10
    assert "10 lines in CNY: revenue 54,000.00, gross profit 3,000.00" in page.totals.text()
    assert page.empty.isHidden()

    row = next(r for r in range(page.model.rowCount()) if page.model.data(page.model.index(r, 1)) == "伺服电机 SV-3")
    page.table.selectRow(row)

    def more(form: Any) -> int:
        form.widgets["quantity"].setText("5")
        return save(form)

    answers["form"].append(more)
    ten = lines()
    press(page, "Edit line…")
    edited = sorted([x for x in ten if x[0] != "伺服电机 SV-3"] + [("伺服电机 SV-3", "5", "4900")])
    undo_redo(window, lines, ten, edited)
    assert "revenue 56,000.00" in page.totals.text()  # the totals follow
    row = next(r for r in range(page.model.rowCount()) if page.model.data(page.model.index(r, 1)) == "伺服电机 SV-3")
    page.table.selectRow(row)
    press(page, "Delete line")
    undo_redo(window, lines, edited, [x for x in edited if x[0] != "伺服电机 SV-3"])


def test_share_of_wallet_per_year_on_the_overview_and_in_the_plan_pdf(window, answers) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    import io

    from pypdf import PdfReader

    sv = window.services
    aid = new_account(window, answers)
    year = dt.date.today().year
    sv.transactions.add(aid, occurred_on=f"{year}-01-10", product="P", quantity="10", unit_price="1000",
                        gross_profit="2000")
    window.show_section("overview")
    box = window.wallet_box
    assert not box.empty.isHidden()

    def wallet() -> list[tuple[int, str, str | None]]:
        return [(y.year, f"{y.category_purchases:f}", None if y.share_pct is None else f"{y.share_pct}")
                for y in sv.accounts.wallet(aid)]

    def this_year(form: Any) -> int:
        assert form.widgets["year"].value() == year
        form.widgets["amount"].setText("80000")
        return save(form)

    answers["form"].append(this_year)
    press(box, "Enter a year…")
    undo_redo(window, wallet, [], [(year, "80000", "12.5")])
    assert box.table.item(0, 3).text() == "12.5 %"

    def bad(form: Any) -> int:
        form.widgets["amount"].setText("-1")
        result = save(form)
        assert form.errors["amount"].text()
        return result

    def last_year(form: Any) -> int:
        form.widgets["amount"].setText("60000")
        return save(form)

    answers["form"] += [bad, last_year]
    press(box, "Enter a year…")  # refused: nothing stored
    press(box, "Enter a year…")
    both = [(year, "80000", "12.5"), (year - 1, "60000", "0.0")]
    undo_redo(window, wallet, [(year, "80000", "12.5")], both)

    def corrected(form: Any) -> int:
        assert not form.widgets["year"].isEnabled()
        form.widgets["amount"].setText("50000")
        return save(form)

    box.table.selectRow(0)
    answers["form"].append(corrected)
    press(box, "Change…")
    undo_redo(window, wallet, both, [(year, "50000", "20.0"), both[1]])
    box.table.selectRow(1)
    press(box, "Remove year")
    undo_redo(window, wallet, [(year, "50000", "20.0"), both[1]], [(year, "50000", "20.0")])

    # the plan shows the year's share; the account plan PDF prints it
    sv.planning.create_plan(aid, year)
    window.show_section("plan")
    assert f"Share of wallet {year}</b>: 20.0 %" in window.plan_page.details.text()
    text = "\n".join(page.extract_text() for page in
                     PdfReader(io.BytesIO(sv.reports.account_plan(aid, year, lang="en"))).pages)
    assert "Share of wallet" in text
    assert f"{year}: 20.0 %" in text


def test_register_attachment_limit_from_the_settings_menu(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from PySide6.QtWidgets import QInputDialog

    register = window.services.register
    default = register.max_attachment_bytes()
    asked: list[int] = []

    def answer(_parent: Any, _title: str, _label: str, value: int, lo: int, hi: int, *a: Any) -> tuple[int, bool]:
        asked.append(value)
        return 64, True

    monkeypatch.setattr(QInputDialog, "getInt", answer)
    window.menu_actions["attachment_limit"].trigger()
    assert asked == [default // 1048576]  # the form starts from the current limit
    undo_redo(window, register.max_attachment_bytes, default, 64 * 1048576)
