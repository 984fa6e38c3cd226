"""The main window on the demo portfolio (real widgets, offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog
from tests_support import CHANGJIANG, DINGXIN, NORDHAFEN, account_id

from kam.vocab import Stance
from ui.main_window import SECTIONS, MainWindow
from ui.models.accounts import AccountTableModel


def test_account_model_passes_qtmodeltester(qtmodeltester, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    model = AccountTableModel(demo_ctx.services.accounts, "zh_CN")
    model.reload()
    qtmodeltester.check(model)


def test_model_fetches_lazily(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kam.app import bootstrap
    from kam.demo import load

    ctx = bootstrap(str(tmp_path / "many.sqlite3"))
    with ctx.engine.begin() as conn:
        load(conn, dt.date.today(), scale=450)
    model = AccountTableModel(ctx.services.accounts)
    model.reload()
    assert model.rowCount() == AccountTableModel.BATCH
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * AccountTableModel.BATCH
    ctx.close()


@pytest.mark.parametrize(("query", "expected"), [
    ("鼎新", "鼎新電子股份有限公司"), ("Dingxin", "鼎新電子股份有限公司"), ("dingxin", "鼎新電子股份有限公司"),
    ("dxdz", "鼎新電子股份有限公司"), ("nordhafen", "Nordhafen Automotive GmbH"), ("huadong", "华东精密机械集团有限公司"),
])
def test_search_by_chinese_english_and_pinyin(qtbot, window, query, expected) -> None:  # type: ignore[no-untyped-def]
    if query.isascii():
        qtbot.keyClicks(window.search, query)
    else:  # Chinese arrives as committed input-method text (QTest cannot type it)
        window.search.setText(query)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1 and window.model.rowCount() < 14)
    names = [window.model.data(window.model.index(i, 0)) for i in range(window.model.rowCount())]
    assert expected in names


def test_filters_and_sorting(window) -> None:  # type: ignore[no-untyped-def]
    window.filter_tier.setCurrentIndex(1)  # Platinum
    tiers = {window.model.data(window.model.index(i, 1)) for i in range(window.model.rowCount())}
    assert tiers == {"IV Platinum"}
    window.filter_tier.setCurrentIndex(0)
    window.model.sort(4)  # last visit, ascending
    visits = [window.model.data(window.model.index(i, 4)) for i in range(window.model.rowCount())]
    assert visits == sorted(visits)


def test_reminders_are_read_off_the_gui_thread_and_sections_made_when_first_shown(
        qtbot, demo_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from ui.orgchart.widget import OrgChartWidget

    readers = []
    real = type(demo_ctx.services.dossier).reminders_for_actor

    def recording(self, *a, **k):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread())
        return real(self, *a, **k)

    monkeypatch.setattr(type(demo_ctx.services.dossier), "reminders_for_actor", recording)
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.attach(demo_ctx.services)
    win.table.selectRow(0)
    page = win.section_widgets[SECTIONS.index("orgchart")]
    assert page.findChildren(OrgChartWidget) == []  # not made before it is shown
    qtbot.waitUntil(lambda: bool(readers))
    win.reminders.wait()
    assert all(t is not threading.main_thread() for t in readers)
    assert win.reminders.model.rowCount() > 0
    win.show_section("orgchart")
    assert len(page.findChildren(OrgChartWidget)) == 1
    assert win.orgchart.scene.cards  # the open account's chart, drawn when first shown


def test_every_section_opens(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    sv, aid = window.services, account_id(window.services, DINGXIN)
    window.open_account(aid)
    for i, key in enumerate(SECTIONS):
        window.show_section(key)
        assert window.sections.currentWidget().widget() is window.section_widgets[i]  # (in its scroll area)
    assert window.title.text().startswith(DINGXIN)
    assert window.account_form.widgets["name_zh"].text() == DINGXIN  # type: ignore[attr-defined]
    people = {r.id for r in sv.people.rows(aid)}
    assert {window.people.model.id_at(i) for i in range(window.people.model.rowCount())} == people
    assert set(window.orgchart.scene.cards) == people
    assert window.visits.model.rowCount() == len(sv.dossier.contacts(aid))
    assert window.feedback.model.rowCount() == len(sv.dossier.feedback(aid))
    assert window.transactions.model.total == sv.dossier.transaction_count(aid) > 0
    assert window.competitors.model.rowCount() == len(sv.dossier.competitors(aid))
    assert window.register.model.rowCount() == len(sv.register.items(aid)) > 0
    assert window.plan_page.plan.id == sv.plans.current_plan(aid, dt.date.today().year).id


def test_create_account_add_person_stance_undo_redo(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sv = window.services
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("华为技术有限公司", True))
    window.new_account()
    acc = window.current_account
    assert sv.accounts.get(acc).name_zh == "华为技术有限公司"
    window.show_section("people")
    pid = window.people.add("张伟")
    assert pid is not None
    sv.people.update(pid, stance="neutral")
    from ui.visit_dialog import VisitDialog

    dialog = VisitDialog(sv, window.undo, acc, "en", window)
    qtbot.addWidget(dialog)
    dialog.check(pid)
    dialog.set_stance(pid, "supporter")
    dialog.purpose.setText("技术交流")
    dialog.save()
    assert sv.people.get(pid).stance == Stance.SUPPORTER
    assert sv.dossier.contacts(acc)[0].purpose == "技术交流"
    window.undo.undo()
    assert sv.people.get(pid).stance == Stance.NEUTRAL
    assert sv.dossier.contacts(acc) == []
    window.undo.redo()
    assert sv.people.get(pid).stance == Stance.SUPPORTER
    window.undo.undo()
    window.undo.undo()  # the person goes back to the trash
    assert [r.id for r in sv.people.rows(acc)] == []
    window.undo.redo()
    assert [r.id for r in sv.people.rows(acc)] == [pid]


def test_autosave_validates_and_undoes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    aid = account_id(window.services, NORDHAFEN)
    window.open_account(aid)
    form = window.account_form
    form.widgets["email"].setText("not an address")
    form.validate("email")
    assert not form.errors["email"].isHidden()
    form.commit("email")
    assert window.services.accounts.get(aid).email != "not an address"
    form.widgets["industry"].setText("Automotive & e-mobility")
    form.commit("industry")
    assert window.services.accounts.get(aid).industry == "Automotive & e-mobility"
    window.undo.undo()
    assert window.services.accounts.get(aid).industry == "Automotive"


def test_switching_the_language_changes_the_menus(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n

    try:
        for lang, word in (("zh_CN", "文件"), ("zh_TW", "檔案"), ("en", "File")):
            assert i18n.install(lang)
            win = MainWindow(lang)
            qtbot.addWidget(win)
            win.attach(demo_ctx.services)
            assert word in win.file_menu.title()
    finally:
        i18n.install("en")


def test_reminders_panel_shows_the_kams_own_accounts(window) -> None:  # type: ignore[no-untyped-def]
    window.reminders.wait()  # read in a worker thread after the list shows
    shown = {(r.kind, r.account_id, r.text) for r in window.reminders.model.rows}
    assert shown == {(r.kind, r.account_id, r.text) for r in window.services.dossier.reminders_for_actor()}
    assert shown
    mine = {a.id for a in window.services.accounts.rows() if a.owner == "李娜"}
    assert {aid for _k, aid, _t in shown} <= mine  # li.na is reminded of her accounts only


def test_back_up_now_from_the_window(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kam.store.backups import verify_backup

    target = window.backup_to(str(tmp_path / "copy.sqlite3"))
    assert target is not None
    assert verify_backup(tmp_path / "copy.sqlite3")


def test_feedback_and_competitor_edits_are_undoable(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from authoring_support import save

    from ui.feedback_forms import FeedbackForm

    answers = iter([("德森精工", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))

    def feedback_form(form: FeedbackForm) -> int:
        form.widgets["subject"].setText("交货延迟")  # type: ignore[attr-defined]
        return save(form)

    monkeypatch.setattr(FeedbackForm, "exec", feedback_form)
    window.open_account(account_id(window.services, CHANGJIANG))
    window.show_section("feedback")
    n = window.feedback.model.rowCount()
    window.feedback.add()
    assert window.feedback.model.rowCount() == n + 1
    fid = window.feedback.model.id_at(0)
    window.feedback.table.selectRow(0)
    window.feedback.respond()
    assert window.services.dossier.feedback_state(fid)["responded_at"] is not None
    window.undo.undo()
    assert window.services.dossier.feedback_state(fid)["responded_at"] is None
    window.undo.undo()
    assert window.feedback.model.rowCount() == n
    window.show_section("competitors")
    before = window.competitors.model.rowCount()
    window.competitors.add()
    assert window.competitors.model.rowCount() == before + 1
    window.undo.undo()
    assert window.competitors.model.rowCount() == before


def test_every_section_model_passes_qtmodeltester(qtmodeltester, window) -> None:  # type: ignore[no-untyped-def]
    window.open_account(account_id(window.services, DINGXIN))
    for key in ("people", "visits", "feedback", "transactions", "competitors", "register"):
        window.show_section(key)
        qtmodeltester.check(getattr(window, key).model)
    window.reminders.wait()
    qtmodeltester.check(window.reminders.model)
    window.show_section("plan")
    if window.plan_page.plan is not None and window.plan_page.plan.status.value == "approved":
        window.plan_page.buttons["open_review"].click()
    qtmodeltester.check(window.plan_page.review_model)
