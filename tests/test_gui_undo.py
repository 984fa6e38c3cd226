"""Every kind of edit the window offers undoes and redoes through Edit › Undo / Redo.

Each test presses the button or triggers the action a person uses (dialogs answered by the test), then
triggers Edit › Undo and checks that exactly the previous state is back, then Edit › Redo. The deliberate
exceptions (ui.commands.NOT_UNDONE) are checked not to land on the stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QPushButton, QWidget
from sqlalchemy import select
from tests_support import account_id

from kam.model import AuditEntry
from kam.vocab import PlanStatus, Rating, TaskStatus
from ui.commands import NOT_UNDONE, decide

YEAR = dt.date.today().year
LAB = "华南理工大学实验中心"  # li.na's account with an approved plan for this year
GROUP = "华东精密机械集团有限公司"  # li.na's largest account


def press(widget: QWidget, text: str) -> None:
    """Click the button labelled ``text`` inside ``widget``."""
    matches = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert len(matches) == 1, f"one button {text!r}, found {len(matches)}"
    matches[0].click()


def undo_redo(window: Any, read: Callable[[], object], before: object, after: object) -> None:
    """The edit left ``after``; Edit › Undo brings back exactly ``before``; Edit › Redo ``after`` again."""
    assert read() == after
    window.menu_actions["undo"].trigger()
    assert read() == before
    window.menu_actions["redo"].trigger()
    assert read() == after


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[Any]]]:
    """What the input dialogs answer, in order, by kind."""
    queue: dict[str, list[Any]] = {"text": [], "item": [], "int": [], "multi": [], "open": [], "form": []}
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (queue["text"].pop(0), True))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (queue["multi"].pop(0), True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (queue["int"].pop(0), True))
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a, **k: (a[3][queue["item"].pop(0)] if queue["item"] else a[3][0], True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (queue["open"].pop(0), ""))
    from ui.feedback_forms import FeedbackForm, ResolveForm
    from ui.plan_forms import ActualForm, CommitmentForm, ObjectiveForm, OverrideForm, ResourceForm

    for cls in (ObjectiveForm, CommitmentForm, ResourceForm, ActualForm, OverrideForm, FeedbackForm, ResolveForm):
        monkeypatch.setattr(cls, "exec", lambda dialog: int(queue["form"].pop(0)(dialog)))
    yield queue
    assert all(not v for v in queue.values()), f"unused answers {queue}"


# --- the account list and the account form


@pytest.mark.exact_undo  # out of the trash exactly as it was (version, updated_at)
def test_new_account_move_to_trash_and_restore(window, answers) -> None:  # type: ignore[no-untyped-def]
    sv = window.services

    def names() -> set[str]:
        return {r.name for r in sv.accounts.rows()}

    start = names()
    answers["text"].append("宁德时代新能源科技")
    window.menu_actions["new_account"].trigger()
    undo_redo(window, names, start, start | {"宁德时代新能源科技"})
    assert sv.accounts.resolve("宁德时代新能源科技").owner_id == sv.users.resolve("li.na").id

    window.open_account(account_id(sv, LAB))
    window.menu_actions["delete_account"].trigger()
    with_new = start | {"宁德时代新能源科技"}
    undo_redo(window, names, with_new, with_new - {LAB})

    answers["item"].append(0)  # the trash lists the account moved there last
    window.menu_actions["trash"].trigger()
    undo_redo(window, names, with_new - {LAB}, with_new)


def test_an_account_field_saved_on_leaving_it(window) -> None:  # type: ignore[no-untyped-def]
    sv, aid = window.services, account_id(window.services, GROUP)
    window.open_account(aid)
    before = sv.accounts.get(aid).industry
    box = window.account_form.widgets["industry"]
    box.setText("精密传动与机器人")
    box.editingFinished.emit()
    undo_redo(window, lambda: sv.accounts.get(aid).industry, before, "精密传动与机器人")


# --- people, visits, feedback, competitors


@pytest.mark.exact_undo  # out of the trash exactly as it was (version, updated_at)
def test_add_and_trash_a_person(window, answers) -> None:  # type: ignore[no-untyped-def]
    sv, aid = window.services, account_id(window.services, LAB)
    window.open_account(aid)
    window.show_section("people")

    def people() -> list[str]:
        return sorted(r.name for r in sv.people.rows(aid))

    start = people()
    answers["text"].append("欧阳娜娜")
    press(window.people, "Add person…")
    undo_redo(window, people, start, sorted([*start, "欧阳娜娜"]))
    row = next(i for i in range(window.people.model.rowCount())
               if window.people.model.data(window.people.model.index(i, 0)).startswith("欧阳娜娜"))
    window.people.table.selectRow(row)
    press(window.people, "Move to trash")
    undo_redo(window, people, sorted([*start, "欧阳娜娜"]), start)


def test_edit_a_person(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.person_dialog import PersonDialog

    sv, aid = window.services, account_id(window.services, LAB)
    person = sv.people.rows(aid)[0]

    def fill(dialog: PersonDialog) -> int:
        dialog.fields["title"].setText("副校长")  # type: ignore[attr-defined]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return 1

    monkeypatch.setattr(PersonDialog, "exec", fill)
    window.open_account(aid)
    window.show_section("people")
    window.people.table.selectRow(next(i for i in range(window.people.model.rowCount())
                                       if window.people.model.id_at(i) == person.id))
    press(window.people, "Edit…")
    undo_redo(window, lambda: sv.people.get(person.id).title, person.title, "副校长")


@pytest.mark.exact_undo  # the redo brings back the same rows (same ids, times)
def test_log_a_visit(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.visit_dialog import VisitDialog

    sv, aid = window.services, account_id(window.services, LAB)
    person = sv.people.rows(aid)[0]

    def fill(dialog: VisitDialog) -> int:
        dialog.check(person.id)
        dialog.purpose.setText("实验室二期方案交流")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return 1

    monkeypatch.setattr(VisitDialog, "exec", fill)
    window.open_account(aid)
    before = [(c.id, c.purpose) for c in sv.dossier.contacts(aid)]
    window.menu_actions["visit"].trigger()
    after = [(c.id, c.purpose) for c in sv.dossier.contacts(aid)]
    assert len(after) == len(before) + 1
    window.menu_actions["undo"].trigger()
    assert [(c.id, c.purpose) for c in sv.dossier.contacts(aid)] == before
    window.menu_actions["redo"].trigger()
    assert sorted(c.purpose or "" for c in sv.dossier.contacts(aid)) == sorted(
        [*(p or "" for _i, p in before), "实验室二期方案交流"])


@pytest.mark.exact_undo  # the redo brings back the same rows (same ids, times)
@pytest.mark.exact_undo
def test_feedback_from_receipt_to_resolution(window, answers) -> None:  # type: ignore[no-untyped-def]
    """Feedback recorded in its form (who raised it, routed, severity), corrected, answered and resolved; the undo
    of each gives back exactly the previous item, and the redo of "New feedback" the very same item."""
    from authoring_support import pick, save

    sv, aid = window.services, account_id(window.services, LAB)
    window.open_account(aid)
    window.show_section("feedback")
    person = sv.people.rows(aid)[0]

    def subjects() -> list[str]:
        return sorted(f.subject for f in sv.dossier.feedback(aid))

    def new(form: Any) -> int:
        form.widgets["subject"].setText("")
        assert save(form) == 0  # a subject is required: said under the field, the form stays open
        assert not form.errors["subject"].isHidden()
        form.widgets["subject"].setText("样机异响")
        pick(form.widgets["kind"], "complaint")
        form.widgets["description"].setPlainText("二号样机运行时有异响")
        pick(form.widgets["raised_by_id"], person.id)
        pick(form.widgets["routed_to"], "manufacturing")
        pick(form.widgets["severity"], 3)
        form.widgets["response_target_hours"].setText("8")
        return save(form)

    start = subjects()
    answers["form"].append(new)
    press(window.feedback, "New feedback…")
    undo_redo(window, subjects, start, sorted([*start, "样机异响"]))
    item = next(f for f in sv.dossier.feedback(aid) if f.subject == "样机异响")
    fid = item.id
    assert (item.kind.value, item.raised_by_id, item.routed_to.value, item.severity, item.response_target_hours,
            item.description) == ("complaint", person.id, "manufacturing", 3, 8, "二号样机运行时有异响")
    assert item.first_responder_id == sv.users.resolve("li.na").id  # whoever records it answers first

    def select() -> None:
        window.feedback.table.selectRow(next(i for i in range(window.feedback.model.rowCount())
                                             if window.feedback.model.id_at(i) == fid))

    def recorded() -> tuple[Any, ...]:
        f = next(f for f in sv.dossier.feedback(aid) if f.id == fid)
        return f.subject, f.kind.value, f.received_at, f.routed_to, f.version

    def edit(form: Any) -> int:
        form.widgets["received_at"].setText("yesterday")
        assert save(form) == 0  # not a date and time: said under the field
        assert not form.errors["received_at"].isHidden()
        form.widgets["received_at"].setText("2026-03-02 09:30")
        form.widgets["subject"].setText("样机异响（二号机）")
        pick(form.widgets["kind"], "product_feedback")
        return save(form)

    before = recorded()
    select()
    answers["form"].append(edit)
    press(window.feedback, "Edit…")
    after = recorded()
    assert after[:2] == ("样机异响（二号机）", "product_feedback")
    assert after[2] == dt.datetime(2026, 3, 2, 9, 30).astimezone().astimezone(dt.UTC)
    window.menu_actions["undo"].trigger()
    assert recorded()[:4] == before[:4]
    window.menu_actions["redo"].trigger()
    assert recorded()[:4] == after[:4]

    select()
    opened = sv.dossier.feedback_state(fid)
    press(window.feedback, "Mark responded")
    responded = sv.dossier.feedback_state(fid)
    assert responded["responded_at"] is not None
    undo_redo(window, lambda: sv.dossier.feedback_state(fid), opened, responded)

    def resolve(form: Any) -> int:
        form.widgets["resolution"].setPlainText("更换轴承")
        pick(form.widgets["satisfaction"], 5)
        return save(form)

    answers["form"].append(resolve)
    select()  # the list was reloaded by the undo and the redo
    press(window.feedback, "Resolve…")
    resolved = sv.dossier.feedback_state(fid)
    assert (resolved["resolution"], resolved["satisfaction"]) == ("更换轴承", 5)
    undo_redo(window, lambda: sv.dossier.feedback_state(fid), responded, resolved)

    # a New feedback undone and redone is the very same item (same id): later steps still find it
    while window.undo.canUndo():
        window.menu_actions["undo"].trigger()
    assert subjects() == start
    while window.undo.canRedo():
        window.menu_actions["redo"].trigger()
    assert sv.dossier.feedback_state(fid) == resolved


def test_add_a_competitor(window, answers) -> None:  # type: ignore[no-untyped-def]
    sv, aid = window.services, account_id(window.services, LAB)
    window.open_account(aid)
    window.show_section("competitors")

    def names() -> list[str]:
        return sorted(c.name for c in sv.dossier.competitors(aid))

    start = names()
    answers["text"].append("精工仪器")
    press(window.competitors, "Add competitor…")
    undo_redo(window, names, start, sorted([*start, "精工仪器"]))


def test_move_a_card_in_the_org_chart(window) -> None:  # type: ignore[no-untyped-def]
    sv, aid = window.services, account_id(window.services, LAB)
    window.open_account(aid)
    window.show_section("orgchart")
    scene = window.orgchart.scene
    person = next(p for p in scene.data.people if p.manager_id is not None)
    target = next(p for p in scene.data.people if p.id not in (person.id, person.manager_id)
                  and p.manager_id != person.id)
    scene.cards[person.id].dropped_on.emit(person.id, target.id)  # the card dropped onto another
    undo_redo(window, lambda: sv.people.get(person.id).reports_to_id, person.manager_id, target.id)


# --- the IP register and value scoring


@pytest.mark.exact_undo  # the redo brings back the same item and file (same ids and rows)
def test_register_an_item_and_attach_a_file(window, monkeypatch, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kam.demo import DEMO_REGISTER_PASSPHRASE
    from ui.register import AddItemDialog

    sv, aid = window.services, account_id(window.services, LAB)
    sv.register.unlock(DEMO_REGISTER_PASSPHRASE)

    def fill(dialog: AddItemDialog) -> int:
        dialog.reference.setText("IP-LAB-9")
        dialog.title.setText("二期实验台总装图")
        dialog.return_due.setDate(QDate(YEAR + 1, 6, 30))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return 1

    monkeypatch.setattr(AddItemDialog, "exec", fill)
    window.open_account(aid)
    window.show_section("register")

    def items() -> list[tuple[str, str | None, int]]:
        return sorted((r["reference"], r["title"], r["attachments"]) for r in sv.register.items(aid))

    start = items()
    press(window.register, "Add item…")
    added = sorted([*start, ("IP-LAB-9", "二期实验台总装图", 0)])
    undo_redo(window, items, start, added)
    drawing = Path(tmp_path / "A3-123.pdf")
    drawing.write_bytes(b"%PDF-1.4 drawing")
    answers["open"].append(str(drawing))
    row = next(i for i in range(window.register.model.rowCount())
               if window.register.model.rows[i]["reference"] == "IP-LAB-9")
    window.register.table.selectRow(row)
    press(window.register, "Attach file…")
    attached = sorted([*start, ("IP-LAB-9", "二期实验台总装图", 1)])
    undo_redo(window, items, added, attached)


@pytest.mark.exact_undo  # out of the trash exactly as it was (version, updated_at)
def test_edit_close_and_share_a_register_item(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam.demo import DEMO_REGISTER_PASSPHRASE
    from ui.register import AccessDialog, AddItemDialog, CloseItemDialog

    sv, aid = window.services, account_id(window.services, LAB)
    sv.register.unlock(DEMO_REGISTER_PASSPHRASE)
    window.open_account(aid)
    window.show_section("register")
    section = window.register
    item = section.model.rows[0]
    buttons = {b.text(): b for b in section.findChildren(QPushButton)}
    section.table.clearSelection()
    for text in ("Edit item…", "Mark returned…", "Mark destroyed…", "Access list…"):
        assert not buttons[text].isEnabled(), f"{text} needs a selected item"
    section.table.selectRow(0)
    assert all(buttons[t].isEnabled() for t in ("Edit item…", "Mark returned…", "Access list…"))

    def content() -> tuple[object, ...]:
        row = next(r for r in sv.register.items(aid) if r["id"] == item["id"])
        opened = sv.register.open_item(item["id"])
        return (row["title"], row["agreement_ref"], row["kind"], opened["storage_location"], opened["notes"])

    seen: list[AddItemDialog] = []

    def edit(dialog: AddItemDialog) -> int:
        seen.append(dialog)
        assert dialog.reference.text() == item["reference"]  # the form shows the item as it is
        dialog.title.setText("")  # refused: the title is required; shown under the field, nothing saved
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        save.click()
        assert not dialog.errors["title"].isHidden()
        dialog.title.setText("二期实验台总装图 rev B")
        dialog.agreement_ref.setText("NDA-2026-77")
        dialog.kind.setCurrentIndex(dialog.kind.findData("specification"))
        dialog.storage_location.setText("研发楼 3F 保险柜")
        dialog.notes.setPlainText("只给王工看")
        save.click()
        return 1

    monkeypatch.setattr(AddItemDialog, "exec", edit)
    before = content()
    press(section, "Edit item…")
    assert seen
    undo_redo(window, content, before,
              ("二期实验台总装图 rev B", "NDA-2026-77", "specification", "研发楼 3F 保险柜", "只给王工看"))

    def status() -> tuple[object, object]:
        row = next(r for r in sv.register.items(aid) if r["id"] == item["id"])
        return row["status"], row["closed_on"]

    on = QDate.currentDate().addDays(-3)

    def close(dialog: CloseItemDialog) -> int:
        dialog.on.setDate(on)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return int(dialog.result())

    monkeypatch.setattr(CloseItemDialog, "exec", close)
    was = status()
    section.table.selectRow(next(i for i, r in enumerate(section.model.rows) if r["id"] == item["id"]))
    press(section, "Mark returned…")
    undo_redo(window, status, was, ("returned", on.toPython()))
    window.menu_actions["undo"].trigger()
    section.table.selectRow(next(i for i, r in enumerate(section.model.rows) if r["id"] == item["id"]))
    press(section, "Mark destroyed…")
    undo_redo(window, status, was, ("destroyed", on.toPython()))

    users = {u.username: u.id for u in sv.users.list()}
    start = sv.register.access(item["id"])
    wanted = sorted({users["li.na"], *[uid for name, uid in users.items() if name != "li.na"][:1]})

    def share(dialog: AccessDialog) -> int:
        for i in range(dialog.users.count()):
            entry = dialog.users.item(i)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(Qt.ItemDataRole.UserRole) in wanted
                                else Qt.CheckState.Unchecked)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return int(dialog.result())

    monkeypatch.setattr(AccessDialog, "exec", share)
    section.table.selectRow(next(i for i, r in enumerate(section.model.rows) if r["id"] == item["id"]))
    press(section, "Access list…")
    assert wanted != start
    undo_redo(window, lambda: sv.register.access(item["id"]), start, wanted)
    with sv.register.read() as s:
        actions = set(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "register_item",
                                                                AuditEntry.entity_id == item["id"])))
    assert {"register.update", "register.returned", "register.destroyed", "register.reopen",
            "register.access"} <= actions


@pytest.mark.exact_undo  # the quarter's tier snapshots come back with their ids
def test_value_scoring(vp_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The sales VP changes the scoring rules (a KAM is not offered them: tests/test_settings_rights.py)."""
    from ui.scoring_dialog import ScoringDialog

    window = vp_window
    sv = window.services

    def fill(dialog: ScoringDialog) -> int:
        dialog.current.setValue(70)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return 1

    def state() -> tuple[object, list[tuple[int, str]]]:
        st = sv.analysis.scoring_state()
        return st["scoring"], sorted((x["account_id"], x["tier"].value) for x in st["snapshots"])

    monkeypatch.setattr(ScoringDialog, "exec", fill)
    before = state()
    window.menu_actions["scoring"].trigger()
    after = state()
    assert after[0]["current_threshold"] == 70.0  # type: ignore[index]
    assert after != before
    undo_redo(window, state, before, after)


# --- the plan and the quarterly review


@pytest.fixture
def plan_page(window):  # type: ignore[no-untyped-def]
    window.open_account(account_id(window.services, LAB))
    window.show_section("plan")
    page = window.plan_page
    page.year.setValue(YEAR)
    return page


def _plan(page: Any, year: int) -> tuple[int, int, str] | None:
    """(id, version, status) of the account's newest plan for ``year``."""
    plan = page.services.plans.current_plan(page.account_id, year)
    return (plan.id, plan.plan_version, plan.status.value) if plan else None


@pytest.mark.exact_undo  # the redo brings back the same rows (same ids, times)
def test_new_plan_next_year_and_revise(window, plan_page) -> None:  # type: ignore[no-untyped-def]
    page = plan_page
    approved = _plan(page, YEAR)
    assert approved is not None
    assert approved[2] == PlanStatus.APPROVED
    page.buttons["revise"].click()
    draft = _plan(page, YEAR)
    assert draft is not None
    assert (draft[1], draft[2]) == (approved[1] + 1, PlanStatus.DRAFT)
    window.menu_actions["undo"].trigger()
    assert _plan(page, YEAR) == approved
    window.menu_actions["redo"].trigger()
    assert _plan(page, YEAR)[1:] == (approved[1] + 1, PlanStatus.DRAFT)  # type: ignore[index]
    window.menu_actions["undo"].trigger()

    page.buttons["next"].click()  # the December round
    assert page.year.value() == YEAR + 1
    nxt = _plan(page, YEAR + 1)
    assert nxt is not None
    window.menu_actions["undo"].trigger()
    assert _plan(page, YEAR + 1) is None
    window.menu_actions["redo"].trigger()
    assert _plan(page, YEAR + 1)[1:] == (1, PlanStatus.DRAFT)  # type: ignore[index]

    page.year.setValue(YEAR + 2)
    page.buttons["create"].click()
    made = page.services.plans.current_plan(page.account_id, YEAR + 2)
    assert [o.metric.value for o in made.quantitative] == ["revenue", "gross_profit", "rep_visits", "exec_visits"]
    window.menu_actions["undo"].trigger()
    assert _plan(page, YEAR + 2) is None
    window.menu_actions["redo"].trigger()
    assert _plan(page, YEAR + 2)[1:] == (1, PlanStatus.DRAFT)  # type: ignore[index]


def _draft(window: Any, page: Any) -> int:
    page.year.setValue(YEAR + 1)
    page.buttons["create"].click()
    window.undo.clear()
    return int(page.plan.id)


@pytest.mark.exact_undo  # the redo brings back the same rows (same ids, times)
def test_objective_targets_commitments_and_resources(window, plan_page, answers) -> None:  # type: ignore[no-untyped-def]
    page = plan_page
    pid = _draft(window, page)
    plans = page.services.plans
    revenue = plans.plan(pid).quantitative[0].id

    def targets() -> dict[str, object]:
        return plans.objective_targets(revenue)

    before = targets()
    assert page.model.setData(page.model.index(0, 2), "1,000,000")  # what the table's editor commits
    undo_redo(window, targets, before, {"annual_target": 1000000, "phasing": [250000] * 4})
    assert page.model.setData(page.model.index(0, 6), "400000")  # Q4
    undo_redo(window, targets, {"annual_target": 1000000, "phasing": [250000] * 4},
              {"annual_target": 1150000, "phasing": [250000, 250000, 250000, 400000]})

    def commitments() -> tuple[list[tuple[str, str]], list[tuple[str, str, str | None]]]:
        p = plans.plan(pid)
        return ([(q.description, q.status.value) for q in p.qualitative],
                [(r.kind.value, r.who, r.task) for r in p.resources])

    start = commitments()

    def commitment(form: Any) -> int:
        form.widgets["description"].setPlainText("为二期实验室提供安装调试培训")
        return _save(form)

    answers["form"].append(commitment)
    page.editor.buttons["com_add"].click()
    one = (start[0] + [("为二期实验室提供安装调试培训", "open")], start[1])
    undo_redo(window, commitments, start, one)

    def resource(form: Any) -> int:
        form.widgets["kind"].setCurrentIndex(1)  # the technical department
        form.widgets["who"].setText("应用工程部")
        form.widgets["task"].setPlainText("驻场两周")
        return _save(form)

    answers["form"].append(resource)
    page.editor.buttons["res_add"].click()
    two = (one[0], one[1] + [("technical", "应用工程部", "驻场两周")])
    undo_redo(window, commitments, one, two)


def _save(form: Any) -> int:
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    return int(form.result())


def test_progress_and_actuals_during_the_year(window, plan_page, answers) -> None:  # type: ignore[no-untyped-def]
    page = plan_page
    plans, commitments = page.services.plans, page.services.commitments
    plan = plans.plan(page.plan.id)
    assert plan.qualitative
    assert plan.resources  # the demo's plan commits to services and needs resources
    item, resource = plan.qualitative[0], plan.resources[0]

    def dropped(form: Any) -> int:
        form.widgets["status"].setCurrentIndex(list(TaskStatus).index(TaskStatus.DROPPED))
        form.widgets["evidence"].setPlainText("培训签到表")
        return _save(form)

    before = commitments.qualitative_state(item.id)
    page.editor.commitments.selectRow(0)
    answers["form"].append(dropped)
    page.editor.buttons["com_edit"].click()
    assert before["status"] != TaskStatus.DROPPED
    undo_redo(window, lambda: commitments.qualitative_state(item.id), before,
              {"status": TaskStatus.DROPPED, "evidence": "培训签到表"})

    def started(form: Any) -> int:
        form.widgets["status"].setCurrentIndex(list(TaskStatus).index(TaskStatus.IN_PROGRESS))
        return _save(form)

    before_status = commitments.resource_status(resource.id)
    page.editor.resources.selectRow(0)
    answers["form"].append(started)
    page.editor.buttons["res_edit"].click()
    assert before_status != TaskStatus.IN_PROGRESS
    undo_redo(window, lambda: commitments.resource_status(resource.id), before_status, TaskStatus.IN_PROGRESS)
    trainings = plan.quantitative[-1]  # entered by hand

    def actual(form: Any) -> int:
        form.quarter.setCurrentIndex(1)
        form.actual.setText("3")
        return _save(form)

    before_manual = plans.manual_actuals(trainings.id)
    page.editor.table.selectRow(len(plan.quantitative) - 1)
    answers["form"].append(actual)
    page.editor.buttons["obj_actual"].click()
    assert before_manual.get("2") != "3"
    undo_redo(window, lambda: plans.manual_actuals(trainings.id), before_manual, before_manual | {"2": "3"})


@pytest.mark.exact_undo  # the redo brings back the same rows (same ids, times)
def test_open_a_review_override_a_rating_and_comment(window, plan_page, answers) -> None:  # type: ignore[no-untyped-def]
    page = plan_page
    reviews, pid = page.services.reviews, page.plan.id
    quarter = next(q for q in (1, 2, 3, 4) if reviews.find_review(pid, q) is None)
    page.quarter.setValue(quarter)
    page.buttons["open_review"].click()
    rid = reviews.find_review(pid, quarter)
    assert rid is not None
    window.menu_actions["undo"].trigger()
    assert reviews.find_review(pid, quarter) is None
    window.menu_actions["redo"].trigger()
    rid = reviews.find_review(pid, quarter)
    assert rid is not None
    assert page.review_id == rid
    page.review_table.selectRow(0)
    objective = page.review_model.view.objectives[0].objective_id
    def amber(form: Any) -> int:
        form.widgets["rating"].setCurrentIndex(list(Rating).index(Rating.AMBER))
        form.widgets["reason"].setPlainText("客户停产检修两个月")
        return _save(form)

    answers["form"].append(amber)
    page.buttons["override"].click()
    undo_redo(window, lambda: reviews.rating_override(rid, objective), None, (Rating.AMBER, "客户停产检修两个月"))
    page.kam_comment.setPlainText("二季度设备到货延迟，三季度追回")
    page.buttons["save_comments"].click()
    undo_redo(window, lambda: reviews.comments(rid), {"kam": None, "vp": None},
              {"kam": "二季度设备到货延迟，三季度追回", "vp": None})


# --- the deliberate exceptions


def test_decisions_do_not_land_on_the_undo_stack(window, plan_page, answers) -> None:  # type: ignore[no-untyped-def]
    page = plan_page
    pid = _draft(window, page)
    page.buttons["submit"].click()
    assert page.services.plans.plan(pid).status == PlanStatus.SUBMITTED
    assert window.undo.count() == 0
    with pytest.raises(ValueError, match="edit"):
        decide("plan.edit", lambda: None, lambda: None, lambda e: None)
    assert set(NOT_UNDONE) == {"plan.submit", "plan.approve", "plan.return", "review.sign_off", "review.reopen",
                               "person.erase", "import", "register.passphrase", "sync.resolve"}
