"""The org chart on screen: built from the layout, filters, drag to re-parent with undo."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from tests_support import DINGXIN, GROUP, NORDHAFEN, account_id

from kam.vocab import BuyingRole
from ui.orgchart.widget import OrgChartWidget


def _widget(qtbot, ctx, name: str) -> OrgChartWidget:  # type: ignore[no-untyped-def]
    undo = QUndoStack()
    w = OrgChartWidget(ctx.services, undo, "zh_CN")
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.set_account(account_id(ctx.services, name))
    return w


def test_every_person_has_a_card(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    rows = demo_ctx.services.people.rows(account_id(demo_ctx.services, GROUP))
    w = _widget(qtbot, demo_ctx, GROUP)
    assert w.scene is not None
    assert set(w.scene.cards) == {r.id for r in rows}
    assert "●" in w.rating.text()


def test_drag_onto_a_card_reparents_and_undo_restores(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    w = _widget(qtbot, demo_ctx, GROUP)
    people = {r.id: r for r in demo_ctx.services.people.rows(account_id(demo_ctx.services, GROUP))}
    leaf = next(pid for pid, r in people.items() if r.reports_to and not any(p.reports_to == pid for p in people.values()))
    old = people[leaf].reports_to
    target = next(pid for pid in people if pid not in (leaf, old))
    w.scene.cards[leaf].dropped_on.emit(leaf, target)  # what a drop onto the target card emits
    assert demo_ctx.services.people.get(leaf).reports_to_id == target
    assert w.undo.canUndo()
    w.undo.undo()
    assert demo_ctx.services.people.get(leaf).reports_to_id == old
    w.undo.redo()
    assert demo_ctx.services.people.get(leaf).reports_to_id == target


def test_a_cycle_is_refused_and_not_undoable(qtbot, demo_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    w = _widget(qtbot, demo_ctx, GROUP)
    people = demo_ctx.services.people.rows(account_id(demo_ctx.services, GROUP))
    root = next(r.id for r in people if r.reports_to is None)
    report = next(r.id for r in people if r.reports_to == root)
    w.scene.cards[root].dropped_on.emit(root, report)
    assert shown
    assert "cycle" in shown[0]
    assert not w.undo.canUndo()
    assert demo_ctx.services.people.get(root).reports_to_id is None


def test_filters_dim_the_others(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    w = _widget(qtbot, demo_ctx, GROUP)
    w.filter.setCurrentIndex(w.filter.findData("decision_makers"))
    dms = {pid for pid, item in w.scene.cards.items() if BuyingRole.DECISION_MAKER in item.person.roles}
    assert dms
    assert all((item.opacity() == 1.0) == (pid in dms) for pid, item in w.scene.cards.items())


def test_search_highlights_by_pinyin(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    w = _widget(qtbot, demo_ctx, DINGXIN)
    someone = next(iter(w.scene.cards.values())).person
    w.search.setText(someone.name_latin.split()[0].lower())
    assert w.scene.cards[someone.id].highlighted


def test_decision_step_highlights_its_actors(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    w = _widget(qtbot, demo_ctx, GROUP)
    step = w.projects[0].steps[0]
    w.timeline.step_selected.emit(step.actor_ids)
    assert {pid for pid, it in w.scene.cards.items() if it.highlighted} == set(step.actor_ids)


def test_compare_with_a_date_marks_moves(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtCore import QDate

    w = _widget(qtbot, demo_ctx, GROUP)
    w.compare_date.setDate(QDate(dt.date.today() - dt.timedelta(days=300)))
    w.compare.setChecked(True)
    moved = [item for item in w.scene.cards.values() if item.move]
    assert moved
    from PySide6.QtGui import QFont

    from kam.orgchart.card import move_text

    assert move_text(moved[0].move, moved[0].lang) in [t.text for t in moved[0].view(QFont()).texts]
    assert "→" in w.moves.text()


def test_export_pdf_from_the_screen(qtbot, demo_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _widget(qtbot, demo_ctx, NORDHAFEN)
    out = w.export(tmp_path / "chart.pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_project_panel_shows_its_own_power_map(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    w = _widget(qtbot, demo_ctx, GROUP)
    assert "●" in w.project_info.text()
    assert w.projects[0].name in w.project_info.text()
