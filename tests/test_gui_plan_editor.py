"""The annual plan page as an editor, on a new empty database: objectives from the catalogue and a custom one,
their phasing (a wrong split refused in the form, then split evenly), order and removal; commitments with an owner
from the account team; resources needed; each edited and deleted in its form, through the widgets. Undo then redo
of each kind of edit gives back exactly the previous state, and "Plan next year" copies the structure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from authoring_support import drag_row, pick, save
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

# every edit below is also undone, redone and undone again against whole-table snapshots (conftest._exact_undo)
EXACT_UNDO = True

YEAR = dt.date.today().year


@pytest.fixture
def forms(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[[Any], int]]]:
    """What each form opened answers, in order (the test fills its widgets and presses Save)."""
    queue: list[Callable[[Any], int]] = []
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))

    def exec_form(dialog: Any) -> int:
        return int(queue.pop(0)(dialog))

    from ui.plan_forms import ActualForm, CommitmentForm, ObjectiveForm, OverrideForm, ResourceForm

    for cls in (ObjectiveForm, CommitmentForm, ResourceForm, ActualForm, OverrideForm):
        monkeypatch.setattr(cls, "exec", exec_form)
    yield queue
    assert not queue, "unused answers"
    assert not warnings, warnings


@pytest.fixture
def page(qtbot, ctx):  # type: ignore[no-untyped-def]
    """The plan page of a new account on an empty database; its owner and two colleagues on the team."""
    from ui.main_window import MainWindow

    sv = ctx.services
    owner = sv.users.create("li.na", "李娜", "kam").id
    aid = sv.accounts.create(name_zh="宁波海天塑机", ka_type="strategic", owner_id=owner).id
    sv.users.create("sun.other", "孙别人", "kam")  # a colleague who is not on this account's team
    for user, name, role in (("wang.tech", "王技术", "technical_support"), ("zhou.svc", "周服务", "service")):
        sv.accounts.add_team_member(aid, sv.users.create(user, name, "kam").id, role)
    ctx.act_as("li.na")
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.attach(ctx.services)
    win.show()
    win.open_account(aid)
    win.show_section("plan")
    p = win.plan_page
    p.year.setValue(YEAR)
    return p


def click(button: Any) -> None:
    assert button.isEnabled(), button.text()
    button.click()


def undo_redo(page: Any, read: Callable[[], object], before: object, after: object, *, rows: bool = True) -> None:
    """Edit › Undo gives back ``before``, Edit › Redo ``after``; an edit of the plan's contents puts back the
    very rows (ids and versions included: ``rows``), progress is undone by its inverse."""
    win = page.window()
    full = page.services.plans.contents(page.plan.id)
    assert read() == after
    win.menu_actions["undo"].trigger()
    assert read() == before
    win.menu_actions["redo"].trigger()
    assert read() == after
    if rows:
        assert page.services.plans.contents(page.plan.id) == full


def objectives(page: Any) -> list[tuple[Any, ...]]:
    return [(o.position, o.metric.value, o.label, o.unit, o.annual_target, [o.q1, o.q2, o.q3, o.q4])
            for o in page.services.plans.plan(page.plan.id).quantitative]


def commitments(page: Any) -> list[tuple[Any, ...]]:
    return [(q.description, q.owner_id, q.due_on, q.status.value, q.evidence)
            for q in page.services.plans.plan(page.plan.id).qualitative]


def resources(page: Any) -> list[tuple[Any, ...]]:
    return [(r.kind.value, r.who, r.purpose, r.task, r.deadline, r.status.value)
            for r in page.services.plans.plan(page.plan.id).resources]


def test_objectives_added_phased_reordered_and_removed(page, forms) -> None:  # type: ignore[no-untyped-def]
    ed = page.editor
    click(page.buttons["create"])
    page.window().undo.clear()
    template = objectives(page)
    assert [o[1] for o in template] == ["revenue", "gross_profit", "rep_visits", "exec_visits"]

    def catalogue(form: Any) -> int:  # new products introduced: the catalogue's unit, split evenly
        names = [form.kind.itemText(i) for i in range(form.kind.count())]
        assert "New products introduced" in names
        assert "Complaints resolved" in names
        pick(form.kind, "new_products")
        assert form.unit.text() == "products"
        assert "first time" in form.how.text()
        form.target.setText("12")
        form.split_button.click()
        assert [q.text() for q in form.quarters] == ["3", "3", "3", "3"]
        return save(form)

    forms.append(catalogue)
    click(ed.buttons["obj_add"])
    one = [*template, (5, "new_products", None, "products", Decimal(12), [3, 3, 3, 3])]
    undo_redo(page, lambda: objectives(page), template, one)

    def custom(form: Any) -> int:
        pick(form.kind, "custom")
        assert form.name.isEnabled()
        assert form.how.text() == "entered by hand each quarter"
        form.name.setText("Mould trials run")
        pick(form.source, "custom")  # entered by hand
        form.unit.setText("trials")
        form.target.setText("8")
        for box, q in zip(form.quarters, ("1", "2", "2", "3"), strict=True):
            box.setText(q)
        return save(form)

    forms.append(custom)
    click(ed.buttons["obj_add"])
    two = [*one, (6, "custom", "Mould trials run", "trials", Decimal(8), [1, 2, 2, 3])]
    undo_redo(page, lambda: objectives(page), one, two)
    assert page.model.data(page.model.index(5, 0)) == "Mould trials run"

    # a split that does not add up to the total: the service says so in the form, nothing is written
    def wrong_then_even(form: Any) -> int:
        assert form.name.text() == "Mould trials run"
        form.quarters[3].setText("9")
        assert save(form) == 0
        assert not form.errors["phasing"].isHidden()
        assert "add up to 14" in form.errors["phasing"].text()
        assert objectives(page) == two
        form.split_button.click()
        return save(form)

    ed.table.selectRow(5)
    forms.append(wrong_then_even)
    click(ed.buttons["obj_edit"])
    three = [*one, (6, "custom", "Mould trials run", "trials", Decimal(8), [2, 2, 2, 2])]
    undo_redo(page, lambda: objectives(page), two, three)

    ed.table.selectRow(5)
    click(ed.buttons["obj_up"])
    moved = [*three[:4], (5, *three[5][1:]), (6, *three[4][1:])]
    undo_redo(page, lambda: objectives(page), three, moved)
    assert not ed.buttons["obj_down"].isEnabled() or ed.table.selectionModel().selectedRows()[0].row() != 5

    drag_row(ed.table, 4, 0)  # the custom objective dragged to the top
    dragged = [(1, *moved[4][1:]), *((i, *o[1:]) for i, o in enumerate(moved[:4], start=2)), moved[5]]
    undo_redo(page, lambda: objectives(page), moved, dragged)
    page.window().menu_actions["undo"].trigger()
    assert objectives(page) == moved

    ed.table.selectRow(0)  # sales revenue goes
    click(ed.buttons["obj_remove"])
    gone = [(i, *o[1:]) for i, o in enumerate(moved[1:], start=1)]
    undo_redo(page, lambda: objectives(page), moved, gone)

    # an actual entered by hand for the custom objective (the form, not a chain of boxes)
    trials = page.services.plans.plan(page.plan.id).quantitative[3].id
    assert objectives(page)[3][2] == "Mould trials run"

    def actual(form: Any) -> int:
        pick(form.quarter, 2)
        form.actual.setText("3")
        return save(form)

    ed.table.selectRow(3)
    forms.append(actual)
    click(ed.buttons["obj_actual"])
    undo_redo(page, lambda: page.services.plans.manual_actuals(trials), {}, {"2": "3"}, rows=False)


def test_commitments_with_an_owner_from_the_team_and_resources(page, forms) -> None:  # type: ignore[no-untyped-def]
    ed, sv = page.editor, page.services
    click(page.buttons["create"])
    page.window().undo.clear()
    aid = page.account_id
    team = {m.display_name: m.user_id for m in sv.accounts.team(aid)}
    assert set(team) == {"李娜", "王技术", "周服务"}
    assert not ed.commitments_empty.isHidden()  # says what belongs there

    def commitment(form: Any) -> int:
        owners = [form.widgets["owner_id"].itemText(i) for i in range(form.widgets["owner_id"].count())]
        assert sorted(owners[1:]) == sorted(team)  # the account team, not every colleague
        form.widgets["description"].setPlainText("为二期实验室提供安装调试培训")
        pick(form.widgets["owner_id"], team["王技术"])
        form.widgets["due_on"].setText(f"{YEAR}-06-30")
        return save(form)

    forms.append(commitment)
    click(ed.buttons["com_add"])
    one = [("为二期实验室提供安装调试培训", team["王技术"], dt.date(YEAR, 6, 30), "open", None)]
    undo_redo(page, lambda: commitments(page), [], one)
    assert ed.commitments.item(0, 1).text() == "王技术"
    assert ed.commitments_empty.isHidden()

    def progress(form: Any) -> int:
        form.widgets["due_on"].setText("next week")  # refused by the service, under the field
        assert save(form) == 0
        assert not form.errors["due_on"].isHidden()
        form.widgets["due_on"].setText(f"{YEAR}-07-31")
        pick(form.widgets["status"], "in_progress")
        form.widgets["evidence"].setPlainText("培训签到表")
        return save(form)

    ed.commitments.selectRow(0)
    forms.append(progress)
    click(ed.buttons["com_edit"])
    two = [("为二期实验室提供安装调试培训", team["王技术"], dt.date(YEAR, 7, 31), "in_progress", "培训签到表")]
    undo_redo(page, lambda: commitments(page), one, two)
    ed.commitments.selectRow(0)
    click(ed.buttons["com_remove"])
    undo_redo(page, lambda: commitments(page), two, [])
    page.window().menu_actions["undo"].trigger()  # keep it
    assert commitments(page) == two

    def resource(form: Any) -> int:
        pick(form.widgets["kind"], "technical")
        form.widgets["who"].setText("应用工程部")
        form.widgets["purpose"].setPlainText("新模具试模")
        form.widgets["task"].setPlainText("驻场两周")
        form.widgets["deadline"].setText(f"{YEAR}-03-31")
        return save(form)

    forms.append(resource)
    click(ed.buttons["res_add"])
    r1 = [("technical", "应用工程部", "新模具试模", "驻场两周", dt.date(YEAR, 3, 31), "open")]
    undo_redo(page, lambda: resources(page), [], r1)

    def edit(form: Any) -> int:
        form.widgets["who"].setText("")
        assert save(form) == 0  # who is required: said under the field
        assert not form.errors["who"].isHidden()
        form.widgets["who"].setText("外部模具专家")
        pick(form.widgets["kind"], "expert")
        pick(form.widgets["status"], "done")
        return save(form)

    ed.resources.selectRow(0)
    forms.append(edit)
    click(ed.buttons["res_edit"])
    r2 = [("expert", "外部模具专家", "新模具试模", "驻场两周", dt.date(YEAR, 3, 31), "done")]
    undo_redo(page, lambda: resources(page), r1, r2)
    ed.resources.selectRow(0)
    click(ed.buttons["res_remove"])
    undo_redo(page, lambda: resources(page), r2, [])
    page.window().menu_actions["undo"].trigger()
    assert resources(page) == r2


def test_keys_insert_enter_and_delete_in_the_tables(page, forms, qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = page.editor
    click(page.buttons["create"])
    ed.setCurrentIndex(1)

    def commitment(form: Any) -> int:
        form.widgets["description"].setPlainText("季度质量回顾会")
        return save(form)

    ed.commitments.setFocus()
    forms.append(commitment)
    qtbot.keyClick(ed.commitments, Qt.Key.Key_Insert)
    assert [c[0] for c in commitments(page)] == ["季度质量回顾会"]
    ed.commitments.selectRow(0)

    def done(form: Any) -> int:
        pick(form.widgets["status"], "done")
        return save(form)

    forms.append(done)
    qtbot.keyClick(ed.commitments, Qt.Key.Key_Return)
    assert commitments(page)[0][3] == "done"
    ed.commitments.selectRow(0)
    qtbot.keyClick(ed.commitments, Qt.Key.Key_Delete)
    assert commitments(page) == []


def test_progress_on_an_approved_plan_and_plan_next_year(page, forms, ctx) -> None:  # type: ignore[no-untyped-def]
    ed, sv = page.editor, page.services
    click(page.buttons["create"])
    pid = page.plan.id

    def custom(form: Any) -> int:
        pick(form.kind, "custom")
        form.name.setText("Hot-runner sales")
        pick(form.source, "revenue")  # derived like sales revenue
        form.unit.setText("CNY")
        form.product.setText("热流道")
        form.target.setText("400000")
        form.split_button.click()
        return save(form)

    forms.append(custom)
    click(ed.buttons["obj_add"])
    ed.table.selectRow(4)
    click(ed.buttons["obj_up"])
    click(ed.buttons["obj_up"])  # third
    tech = next(m.user_id for m in sv.accounts.team(page.account_id) if m.display_name == "王技术")

    def commitment(form: Any) -> int:
        form.widgets["description"].setPlainText("驻厂培训")
        pick(form.widgets["owner_id"], tech)
        form.widgets["due_on"].setText(f"{YEAR}-06-30")
        return save(form)

    def resource(form: Any) -> int:
        pick(form.widgets["kind"], "executive")
        form.widgets["who"].setText("CTO")
        form.widgets["task"].setPlainText("拜访总经理")
        form.widgets["deadline"].setText(f"{YEAR}-09-30")
        return save(form)

    forms += [commitment, resource]
    click(ed.buttons["com_add"])
    click(ed.buttons["res_add"])
    structure = objectives(page)
    assert structure[2][1:3] == ("revenue", "Hot-runner sales")

    # submitted and approved: what the plan is stays fixed, its progress is recorded (and undone)
    sv.plans.submit(pid)
    sv.users.create("chen.vp", "陈志远", "vp")
    ctx.act_as("chen.vp")
    sv.plans.approve(pid)
    ctx.act_as("li.na")
    page.reload()
    assert not ed.buttons["obj_add"].isEnabled()
    assert not ed.buttons["com_remove"].isEnabled()
    ed.commitments.selectRow(0)

    def progress(form: Any) -> int:
        assert not form.widgets["description"].isEnabled()
        pick(form.widgets["status"], "done")
        form.widgets["evidence"].setPlainText("签到表")
        return save(form)

    forms.append(progress)
    click(ed.buttons["com_edit"])
    item = page.plan.qualitative[0].id
    undo_redo(page, lambda: sv.commitments.qualitative_state(item),
              {"status": "open", "evidence": None}, {"status": "done", "evidence": "签到表"}, rows=False)
    ed.resources.selectRow(0)

    def res_progress(form: Any) -> int:
        assert not form.widgets["who"].isEnabled()
        pick(form.widgets["status"], "in_progress")
        return save(form)

    forms.append(res_progress)
    click(ed.buttons["res_edit"])
    undo_redo(page, lambda: sv.commitments.resource_status(page.plan.resources[0].id), "open", "in_progress", rows=False)

    click(page.buttons["next"])
    assert page.year.value() == YEAR + 1
    assert page.plan.year == YEAR + 1
    assert objectives(page) == structure  # custom objective, its derivation and the order
    assert commitments(page) == [("驻厂培训", tech, dt.date(YEAR + 1, 6, 30), "open", None)]
    assert resources(page) == [("executive", "CTO", None, "拜访总经理", dt.date(YEAR + 1, 9, 30), "open")]
    assert ed.buttons["obj_add"].isEnabled()  # a new draft


def test_commitments_and_resources_reordered_with_their_buttons(page, forms) -> None:  # type: ignore[no-untyped-def]
    """Commitments and resources keep the order their author gives them (the plan and its PDF list them so): Move
    up / Move down, disabled at the ends, each move undone and redone."""
    ed, sv = page.editor, page.services
    click(page.buttons["create"])
    pid = page.plan.id
    for text in ("驻厂培训", "季度技术交流", "备件寄售"):
        sv.commitments.add_qualitative(pid, text)
    for who in ("CTO", "应用工程部"):
        sv.commitments.add_resource(pid, "technical", who)
    page.reload()
    page.window().undo.clear()

    def order() -> tuple[list[str], list[str]]:
        plan = sv.plans.plan(pid)
        return [q.description for q in plan.qualitative], [r.who for r in plan.resources]

    ed.setCurrentIndex(1)
    ed.commitments.selectRow(0)
    assert not ed.buttons["com_up"].isEnabled()  # the first one goes no higher
    click(ed.buttons["com_down"])
    undo_redo(page, order, (["驻厂培训", "季度技术交流", "备件寄售"], ["CTO", "应用工程部"]),
              (["季度技术交流", "驻厂培训", "备件寄售"], ["CTO", "应用工程部"]))
    ed.commitments.selectRow(2)
    assert not ed.buttons["com_down"].isEnabled()
    click(ed.buttons["com_up"])
    assert order()[0] == ["季度技术交流", "备件寄售", "驻厂培训"]
    assert [q.position for q in sv.plans.plan(pid).qualitative] == [1, 2, 3]
    ed.setCurrentIndex(2)
    ed.resources.selectRow(1)
    click(ed.buttons["res_up"])
    undo_redo(page, order, (["季度技术交流", "备件寄售", "驻厂培训"], ["CTO", "应用工程部"]),
              (["季度技术交流", "备件寄售", "驻厂培训"], ["应用工程部", "CTO"]))
