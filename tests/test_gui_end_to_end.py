"""A whole dossier built in the window alone, from an empty database (``kam init``, no demo), then printed.

A KAM creates an account and, pressing the window's buttons and menu entries and filling its forms (saved
with their Save button), enters twelve people on three levels with stances and buying roles, two factions
with leaders, two influence lines, a purchasing project (six steps with actors, three weighted criteria
scored against two competitors), an account team of three, an annual plan (five objectives, one of them the
account's own, two commitments, two resources), ten sales lines and an NDA drawing in the IP register that
later goes back to the customer. The plan is submitted, the sales VP approves it and signs off the quarterly
review, all on the plan page. File › Print then saves the visit brief and the account plan: their text holds
what was entered, and nothing of the register's confidential content.

Only the two users are made through the services (a KAM and a VP: user administration is not part of
the dossier); everything else goes through the widgets. The services are used to read what was stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from authoring_support import answer_forms, answers, pick, press, save, trigger, window  # noqa: F401 (fixtures)
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kam.vocab import BuyingRole, PlanStatus

TODAY = dt.date.today()
YEAR = TODAY.year
ACCOUNT = "宁波海天塑机"
DM, INF, EXE, NEG = (BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER, BuyingRole.EXECUTOR,
                     BuyingRole.NEGOTIATOR)

# name, title, reports to, stance, buying roles — three levels under the general manager
PEOPLE: list[tuple[str, str, str | None, str, tuple[BuyingRole, ...]]] = [
    ("王建国", "总经理", None, "supporter", (DM,)),
    ("黄丽", "采购总监", "王建国", "neutral", (NEG,)),
    ("张伟", "技术总监", "王建国", "supporter", (INF,)),
    ("赵敏", "财务总监", "王建国", "opposer", (DM, NEG)),
    ("何芳", "生产总监", "王建国", "neutral", (INF,)),
    ("陈静", "采购经理", "黄丽", "supporter", (EXE, NEG)),
    ("刘洋", "采购专员", "黄丽", "unknown", (EXE,)),
    ("孙磊", "研发经理", "张伟", "supporter", (INF,)),
    ("周婷", "工艺工程师", "张伟", "neutral", (EXE,)),
    ("吴刚", "设备经理", "何芳", "opposer", (INF, EXE)),
    ("郑爽", "会计主管", "赵敏", "neutral", (EXE,)),
    ("冯军", "质量经理", "何芳", "supporter", (INF,)),
]
FACTIONS = {"技术派": ("张伟", ["孙磊", "周婷", "冯军"]), "财务派": ("赵敏", ["郑爽", "刘洋"])}
COMPETITORS = ["Engel", "Arburg"]
PROJECT = "二期注塑车间"
STEPS = [("需求确认", "陈静"), ("技术交流", "张伟"), ("样机试验", "周婷"), ("招标", "黄丽"), ("评标", "赵敏"),
         ("合同签订", "王建国")]
CRITERIA = [("价格", 40, 3, [4, 5]), ("能耗", 35, 5, [3, 2]), ("服务响应", 25, 4, [2, 3])]
TEAM = [("王技术", "wang.tech", "Technical support"), ("周服务", "zhou.svc", "Service"),
        ("钱质量", "qian.qa", "Quality")]
CUSTOM_OBJECTIVE = "Mould trials run"
COMMITMENTS = ["为二期车间提供安装调试培训", "每季度一次质量回顾会"]
RESOURCES = [("technical", "应用工程部"), ("executive", "CTO Dr. Meyer")]
# the register item: its reference and customer are metadata; title, description, location are confidential
SECRET = {"title": "二期模具总装图", "description": "热流道 12 腔 公差 0.01", "storage_location": "保险柜 A3"}


Form = Callable[[Any], int]


def test_a_whole_dossier_built_in_the_window_then_printed(window, answers, ctx, tmp_path, monkeypatch, request) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from ui.person_dialog import PersonDialog
    from ui.plan_forms import CommitmentForm, ObjectiveForm, ResourceForm
    from ui.print_dialog import PrintDialog
    from ui.register import AddItemDialog, CloseItemDialog

    answer_forms(monkeypatch, answers, PersonDialog, ObjectiveForm, CommitmentForm, ResourceForm, AddItemDialog,
                 CloseItemDialog, PrintDialog)
    sv = window.services
    # the KAM and the sales VP have user accounts (made by whoever administers the users)
    sv.users.create("li.na", "李娜", "kam")
    sv.users.create("chen.vp", "陈志远", "vp")
    ctx.act_as("li.na")

    aid = new_account(window, answers)
    ids = add_people(window, answers, aid)
    add_factions_and_influence(window, answers, aid, ids)
    add_competitors_and_project(window, answers, aid, ids)
    add_team(window, answers, aid)
    revenue = add_transactions(window, answers, aid)
    reference = register_and_return_a_drawing(window, answers, aid)
    plan_id = plan_the_year(window, answers, aid)
    approve_and_review(window, ctx, plan_id)
    pdfs = print_brief_and_plan(window, answers, monkeypatch, tmp_path)
    assert request.getfixturevalue("_no_modal_dialogs") == []  # no warning nor other dialog: nothing refused

    # the account plan holds all of it
    plan = pdfs["plan"]
    for name, title, *_ in PEOPLE:
        assert name in plan, name
        assert title in plan, title
    for faction in FACTIONS:
        assert faction in plan, faction
    for text in (PROJECT, *(s for s, _ in STEPS), *(c for c, *_ in CRITERIA), *COMPETITORS):
        assert text in plan, text
    for display, _user, role in TEAM:  # the account team, each with their role
        assert f"{display} ({role})" in plan, display
    for text in (CUSTOM_OBJECTIVE, *COMMITMENTS, *(who for _, who in RESOURCES)):
        assert text in plan, text
    assert "陈志远" in plan  # the VP's approval, in the plan's history
    for quarter, amount in revenue.items():  # the ten lines, summed by quarter (CNY k)
        assert re.search(rf"{quarter}\s+{amount / 1000:.1f}\s", plan), quarter
    # the brief for the visit: the people met, the year's objectives and sales
    brief = pdfs["brief"]
    assert ACCOUNT in brief
    for name, title, *_ in PEOPLE[:4]:
        assert name in brief, name
        assert title in brief, title
    assert CUSTOM_OBJECTIVE in brief
    assert f"CNY {sum(revenue.values()):,}" in brief  # sales, last 12 months
    # confidential register content is printed only on a deliberate, audited request
    for doc in (plan, brief):
        for secret in (*SECRET.values(), reference):
            assert secret not in doc, secret
    assert reference in pdfs["confidential plan"]  # (where the register does print, on request)
    assert SECRET["title"] in pdfs["confidential plan"]


def new_account(win: Any, queue: Any) -> int:
    """File › New account…, typed in the input box; the dossier opens on it."""
    sv = win.services
    queue["text"].append(ACCOUNT)
    win.menu_actions["new_account"].trigger()
    (account,) = sv.accounts.rows()
    assert win.current_account == account.id
    assert sv.accounts.get(account.id).owner_id == sv.users.resolve("li.na").id
    return int(account.id)


def person_form(win: Any, title: str, boss: str | None, stance: str, roles: tuple[BuyingRole, ...]) -> Form:
    """What the KAM types in a new person's dialog: title, manager, stance, buying roles, then Save."""
    def fill(dialog: Any) -> int:
        f = dialog.fields
        f["title"].setText(title)
        if boss is not None:
            manager = next(r.id for r in win.services.people.rows(win.current_account) if r.name == boss)
            pick(f["reports_to_id"], manager)
        pick(f["stance"], stance)
        for role in roles:
            dialog.role_boxes[role].setChecked(True)
        f["influence"].setValue(5 if boss is None else 4 if roles[0] is DM else 3)
        return save(dialog)
    return fill


def add_people(win: Any, queue: Any, aid: int) -> dict[str, int]:
    """The first person from the empty org chart's button, the others with People › Add person…; each time
    the person's dialog opens and is filled in."""
    win.show_section("orgchart")
    for i, (name, title, boss, stance, roles) in enumerate(PEOPLE):
        queue["text"].append(name)
        queue["form"].append(person_form(win, title, boss, stance, roles))
        if i == 0:
            press(win.orgchart, "Add the first person…")
            win.show_section("people")
        else:
            press(win.people, "Add person…")
    sv = win.services
    rows = {r.name: r for r in sv.people.rows(aid)}
    assert len(rows) == 12
    ids = {name: r.id for name, r in rows.items()}
    for name, title, boss, stance, roles in PEOPLE:
        p = sv.people.get(ids[name])
        assert (p.title, p.reports_to_id, p.stance.value, p.role_set) == \
            (title, ids[boss] if boss else None, stance, frozenset(roles)), name
    # three levels: the general manager, who reports to him, who reports to them
    levels = {name: 0 if boss is None else 1 for name, _t, boss, *_ in PEOPLE}
    for name, _t, boss, *_ in PEOPLE:
        if boss is not None and levels[boss] == 1:
            levels[name] = 2
    assert set(levels.values()) == {0, 1, 2}
    return ids


def add_factions_and_influence(win: Any, queue: Any, aid: int, ids: dict[str, int]) -> None:
    """On the org chart: Factions & influence › New faction… (name, leader, members ticked) twice; then from
    a card's right-click menu, two influence lines."""
    win.show_section("orgchart")
    chart = win.orgchart.authoring
    for name, (leader, members) in FACTIONS.items():
        def faction(form: Any, name: str = name, leader: str = leader, members: list[str] = members) -> int:
            form.widgets["name"].setText(name)
            pick(form.widgets["leader_id"], ids[leader])
            for m in (leader, *members):
                form.tick(ids[m])
            return save(form)

        queue["form"].append(faction)
        trigger(chart.button.menu(), "New faction…")

    def line(target: str, strength: int, note: str) -> Form:
        def fill(form: Any) -> int:
            pick(form.widgets["target_id"], ids[target])
            pick(form.widgets["strength"], strength)
            form.widgets["note"].setText(note)
            return save(form)
        return fill

    queue["form"].append(line("王建国", 3, "老同学"))
    trigger(chart.card_menu(ids["赵敏"]), "Draw influence line from here…")
    queue["form"].append(line("黄丽", 2, "同乡"))
    trigger(chart.card_menu(ids["孙磊"]), "Draw influence line from here…")

    sv = win.services
    assert {(f.name, f.leader_id, frozenset(f.member_ids)) for f in sv.factions.factions(aid)} == {
        (n, ids[lead], frozenset(ids[m] for m in (lead, *ms))) for n, (lead, ms) in FACTIONS.items()}
    assert {(ln.source_id, ln.target_id, ln.strength) for ln in sv.factions.lines(aid)} == {
        (ids["赵敏"], ids["王建国"], 3), (ids["孙磊"], ids["黄丽"], 2)}


def add_competitors_and_project(win: Any, queue: Any, aid: int, ids: dict[str, int]) -> None:
    """Competitors › Add competitor… twice; on the org chart: New project…, six Add step… with the people
    acting at each, Criteria… (three weighted, scored for us and both competitors), Roles…"""
    win.show_section("competitors")
    for name in COMPETITORS:
        queue["text"].append(name)
        press(win.competitors, "Add competitor…")
    win.show_section("orgchart")
    page = win.orgchart

    def project(form: Any) -> int:
        form.widgets["name"].setText(PROJECT)
        form.widgets["budget"].setText("8500000")
        form.widgets["decision_due"].setText(f"{YEAR + 1}-06-30")
        form.widgets["problem_to_solve"].setPlainText("产能不足")
        return save(form)

    queue["form"].append(project)
    press(page, "New project…")
    for step, actor in STEPS:
        def add(form: Any, step: str = step, actor: str = actor) -> int:
            form.widgets["name"].setText(step)
            form.set_actor(ids[actor], "负责")
            form.set_actor(ids["王建国"], "批准")
            return save(form)

        queue["form"].append(add)
        press(page, "Add step…")

    def criteria(dialog: Any) -> int:
        for _ in CRITERIA:
            press(dialog, "Add criterion")
        for row, (name, weight, ours, theirs) in enumerate(CRITERIA):
            dialog.set_row(row, name, weight, ours, theirs)
        return save(dialog)

    queue["form"].append(criteria)
    press(page, "Criteria…")

    def roles(dialog: Any) -> int:
        for name, *_rest, person_roles in PEOPLE[:6]:
            for role in person_roles:
                dialog.set_role(ids[name], role)
        return save(dialog)

    queue["form"].append(roles)
    press(page, "Roles…")

    sv = win.services
    (p,) = sv.orgmap.projects(aid)
    detail = sv.projects.detail(p.id)
    assert [s.name for s in detail.steps] == [s for s, _ in STEPS]
    assert [{pid for pid, _ in s.actors} for s in detail.steps] == [{ids[a], ids["王建国"]} for _, a in STEPS]
    assert [(c.name, c.weight, c.our_score, len(c.scores)) for c in detail.criteria] == [
        (n, w, o, 2) for n, w, o, _ in CRITERIA]
    assert len(detail.participants) == 6


def add_team(win: Any, queue: Any, aid: int) -> None:
    """Overview › Our account team › Add to team…: three new colleagues with their roles."""
    win.show_section("overview")
    for display, user, role in TEAM:
        def colleague(form: Any, display: str = display, user: str = user, role: str = role) -> int:
            form.widgets["user_id"].setCurrentIndex(0)  # a new colleague, typed below
            form.widgets["display_name"].setText(display)
            form.widgets["username"].setText(user)
            form.widgets["team_role"].setEditText(role)
            return save(form)

        queue["form"].append(colleague)
        press(win.team_box, "Add to team…")
    names = {m.display_name for m in win.services.accounts.team(aid)}
    assert {d for d, *_ in TEAM} <= names


def add_transactions(win: Any, queue: Any, aid: int) -> dict[str, int]:
    """Transactions › Add line… ten times (this year's sales, typed from the invoices); returns the revenue
    by quarter ("2026Q3")."""
    win.show_section("transactions")
    page = win.transactions
    revenue: dict[str, int] = {}
    for i in range(1, 11):
        day = dt.date(YEAR, 1, 1) + dt.timedelta(days=(TODAY - dt.date(YEAR, 1, 1)).days * i // 11)

        def line(form: Any, i: int = i, day: dt.date = day) -> int:
            form.widgets["occurred_on"].setText(day.isoformat())
            form.widgets["product"].setText(f"伺服电机 SV-{i}")
            form.widgets["quantity"].setText(str(i))
            form.widgets["unit"].setText("台")
            form.widgets["unit_price"].setText("12000")
            form.widgets["gross_profit"].setText(str(3000 * i))
            return save(form)

        queue["form"].append(line)
        press(page, "Add line…")
        quarter = f"{YEAR}Q{(day.month - 1) // 3 + 1}"
        revenue[quarter] = revenue.get(quarter, 0) + 12000 * i
    assert len(win.services.dossier.transactions(aid, 0, 100)) == 10
    assert f"10 lines in CNY: revenue {sum(revenue.values()):,.2f}" in page.totals.text()
    return revenue


def register_and_return_a_drawing(win: Any, queue: Any, aid: int) -> str:
    """IP register: Choose passphrase… (typed twice), Add item… (an NDA drawing), later Mark returned…"""
    win.show_section("register")
    page = win.register
    queue["text"] += ["register passphrase 2026", "register passphrase 2026"]
    press(page, "Choose passphrase…")
    assert win.services.register.is_set_up()

    def drawing(dialog: Any) -> int:
        dialog.reference.setText("NDA-HT-07")
        dialog.title.setText(SECRET["title"])
        dialog.description.setPlainText(SECRET["description"])
        dialog.storage_location.setText(SECRET["storage_location"])
        dialog.agreement_ref.setText("NDA 2026-014")
        return save(dialog)

    queue["form"].append(drawing)
    press(page, "Add item…")
    (item,) = win.services.register.items(aid)
    assert item["title"] == SECRET["title"]
    assert item["status"] == "held"

    # weeks later the drawing goes back to the customer
    page.table.selectRow(0)
    queue["form"].append(save)
    press(page, "Mark returned…")
    (item,) = win.services.register.items(aid)
    assert item["status"] == "returned"
    return str(item["reference"])


def plan_the_year(win: Any, queue: Any, aid: int) -> int:
    """Plan & reviews: New plan (the house template's four objectives), a target for each, the account's own
    objective, two commitments owned by the team, two resources; then Submit."""
    win.show_section("plan")
    page = win.plan_page
    page.year.setValue(YEAR)
    press(page, "New plan")
    ed = page.editor
    for row, target in enumerate(("1200000", "300000", "24", "4")):
        def targeted(form: Any, target: str = target) -> int:
            form.target.setText(target)
            form.split_button.click()
            return save(form)

        ed.table.selectRow(row)
        queue["form"].append(targeted)
        ed.buttons["obj_edit"].click()

    def custom(form: Any) -> int:
        pick(form.kind, "custom")
        form.name.setText(CUSTOM_OBJECTIVE)
        pick(form.source, "custom")  # entered by hand each quarter
        form.unit.setText("trials")
        form.target.setText("8")
        form.split_button.click()
        return save(form)

    queue["form"].append(custom)
    ed.buttons["obj_add"].click()
    team = {m.display_name: m.user_id for m in win.services.accounts.team(aid)}
    for text, owner, due in zip(COMMITMENTS, ("王技术", "钱质量"), ("06-30", "12-15"), strict=True):
        def commitment(form: Any, text: str = text, owner: str = owner, due: str = due) -> int:
            form.widgets["description"].setPlainText(text)
            pick(form.widgets["owner_id"], team[owner])
            form.widgets["due_on"].setText(f"{YEAR}-{due}")
            return save(form)

        queue["form"].append(commitment)
        ed.buttons["com_add"].click()
    for kind, who in RESOURCES:
        def resource(form: Any, kind: str = kind, who: str = who) -> int:
            pick(form.widgets["kind"], kind)
            form.widgets["who"].setText(who)
            form.widgets["task"].setPlainText("驻场两周")
            form.widgets["deadline"].setText(f"{YEAR}-09-30")
            return save(form)

        queue["form"].append(resource)
        ed.buttons["res_add"].click()

    plan = win.services.plans.current_plan(aid, YEAR)
    assert len(plan.quantitative) == 5
    assert [o.annual_target for o in plan.quantitative[:4]] == [1200000, 300000, 24, 4]
    assert plan.quantitative[4].label == CUSTOM_OBJECTIVE
    assert [q.description for q in plan.qualitative] == COMMITMENTS
    assert [r.who for r in plan.resources] == [who for _, who in RESOURCES]
    press(page, "Submit")
    assert win.services.plans.plan(plan.id).status == PlanStatus.SUBMITTED
    return int(plan.id)


def approve_and_review(win: Any, ctx: Any, plan_id: int) -> None:
    """The VP approves on the plan page; the KAM opens this quarter's review and writes the commentary;
    the VP signs it off."""
    page = win.plan_page
    sv = win.services
    ctx.act_as("chen.vp")
    press(page, "Approve")
    assert sv.plans.plan(plan_id).status == PlanStatus.APPROVED
    ctx.act_as("li.na")
    press(page, "Open review")
    assert page.review_id is not None
    page.kam_comment.setPlainText("二期项目推进顺利，样机试验通过。")
    press(page, "Save comments")
    ctx.act_as("chen.vp")
    press(page, "Sign off")
    view = sv.reviews.view(page.review_id)
    assert view.locked
    assert view.kam_commentary == "二期项目推进顺利，样机试验通过。"
    ctx.act_as("li.na")


def print_brief_and_plan(win: Any, queue: Any, monkeypatch: Any, tmp_path: Path) -> dict[str, str]:
    """File › Print / export…, the document chosen, Save PDF… to a file; each PDF's extracted text (the brief,
    the plan, and the plan with confidential content, ticked with a reason)."""
    saved: list[Path] = []

    def where(*_a: Any, **_k: Any) -> tuple[str, str]:
        saved.append(tmp_path / f"printed-{len(saved)}.pdf")
        return str(saved[-1]), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", where)
    texts: dict[str, str] = {}
    for doc in ("brief", "plan", "confidential plan"):
        def printed(dialog: Any, doc: str = doc) -> int:
            kind = doc.split()[-1]
            pick(dialog.kind, kind)
            pick(dialog.lang, "en")
            assert not dialog.confidential.isChecked()  # confidential content only when ticked, with a reason
            if doc == "confidential plan":  # for the NDA audit: ticked deliberately, the reason printed
                dialog.confidential.setChecked(True)
                dialog.reason.setText("NDA audit by 宁波海天 legal")
            if kind == "brief":  # the visit: the four managers at the top attend
                for i in range(dialog.attendees.count()):
                    item = dialog.attendees.item(i)
                    attends = item.text().split(" — ")[0] in {n for n, *_ in PEOPLE[:4]}
                    item.setCheckState(Qt.CheckState.Checked if attends else Qt.CheckState.Unchecked)
            press(dialog, "Save PDF…")
            dialog.reject()
            return 0

        queue["form"].append(printed)
        win.menu_actions["print"].trigger()
        texts[doc] = "\n".join(page.extract_text() for page in PdfReader(saved[-1]).pages)
    return texts
