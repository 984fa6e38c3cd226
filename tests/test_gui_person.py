"""The person dialog: edits go through the service, errors show by the field, undo restores."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from tests_support import HARBOUR, SUZHOU, account_id

from kam.vocab import BuyingRole, Stance
from ui.person_dialog import PersonDialog


def _dialog(qtbot, ctx, pid: int) -> PersonDialog:  # type: ignore[no-untyped-def]
    undo = QUndoStack()
    d = PersonDialog(ctx.services, undo, pid, "zh_CN")
    qtbot.addWidget(d)
    return d


def _someone(ctx):  # type: ignore[no-untyped-def]
    return next(r for r in ctx.services.people.rows(account_id(ctx.services, SUZHOU)) if r.stance != Stance.SUPPORTER and r.reports_to)


def test_edit_stance_roles_and_profile_then_undo(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    row = _someone(demo_ctx)
    home_before = demo_ctx.services.people.get(row.id).hometown
    d = _dialog(qtbot, demo_ctx, row.id)
    d.fields["stance"].setCurrentIndex(d.fields["stance"].findData("supporter"))
    d.role_boxes[BuyingRole.NEGOTIATOR].setChecked(True)
    d.fields["hometown"].setText("湖南长沙" if home_before != "湖南长沙" else "山东青岛")
    d.save()
    p = demo_ctx.services.people.get(row.id)
    assert p.stance == Stance.SUPPORTER
    assert p.hometown != home_before
    assert BuyingRole.NEGOTIATOR in p.role_set
    assert demo_ctx.services.people.stance_history(row.id)[-1].new_stance == Stance.SUPPORTER
    d.undo.undo()
    p = demo_ctx.services.people.get(row.id)
    assert (p.stance, p.hometown) == (row.stance, home_before)
    assert set(p.role_set) == set(row.roles)


def test_invalid_email_is_shown_next_to_the_field(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    row = _someone(demo_ctx)
    d = _dialog(qtbot, demo_ctx, row.id)
    qtbot.keyClicks(d.fields["email"], "not-an-address")
    d.fields["email"].setText("")
    qtbot.keyClicks(d.fields["email"], "wang@")
    assert not d.errors["email"].isHidden()
    d.save()
    assert "e-mail" in d.message.text()
    assert demo_ctx.services.people.get(row.id).email != "wang@"
    assert not d.undo.canUndo()


def test_a_stored_cycle_is_reported_on_the_chart(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from ui.orgchart.widget import OrgChartWidget

    rows = demo_ctx.services.people.rows(account_id(demo_ctx.services, HARBOUR))
    root = next(r.id for r in rows if r.reports_to is None)
    report = next(r.id for r in rows if r.reports_to == root)
    with demo_ctx.engine.begin() as conn:  # as a bad import or an old database might leave it
        conn.execute(text("UPDATE people SET reports_to_id = :m WHERE id = :p"), {"m": report, "p": root})
    w = OrgChartWidget(demo_ctx.services, QUndoStack(), "en")
    qtbot.addWidget(w)
    w.set_account(account_id(demo_ctx.services, HARBOUR))
    assert w.scene.layout.cycles
    assert not w.warning.isHidden()
    assert len(w.scene.cards) == len(rows)


def test_export_and_erase_from_the_dialog(qtbot, demo_ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from PySide6.QtWidgets import QMessageBox

    row = _someone(demo_ctx)
    d = _dialog(qtbot, demo_ctx, row.id)
    d.export_data_to(tmp_path / "p.json")
    assert json.loads((tmp_path / "p.json").read_text("utf-8"))["person"]["name"] == row.name
    d.erase_data()  # the confirmation is answered "no" by the test harness: nothing happens
    assert demo_ctx.services.people.get(row.id).name == row.name
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    d.erase_data()
    assert demo_ctx.services.people.get(row.id).anonymised_at is not None


def test_a_birthday_without_a_year_shows_month_and_day(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """A vCard's "--0415" is kept as a birthday without a year: the dialog shows 04-15 with "year unknown"
    ticked (never 1604-04-15), saving another field keeps it, and the year can be given or taken away."""
    import datetime as dt

    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QDialogButtonBox, QTabWidget

    from kam.services.people import NO_YEAR

    row = _someone(demo_ctx)
    demo_ctx.services.people.update(row.id, birthday=dt.date(NO_YEAR, 4, 15))
    assert demo_ctx.services.people.get(row.id).birthday_no_year

    def save(d: PersonDialog) -> None:
        button = d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    d = _dialog(qtbot, demo_ctx, row.id)
    birthday = d.fields["birthday"]
    assert birthday.no_year.isChecked()
    assert birthday.date.text() == "04-15"
    assert "1604" not in birthday.date.text()
    d.fields["hometown"].setText("浙江杭州")
    save(d)
    p = demo_ctx.services.people.get(row.id)
    assert (p.birthday, p.birthday_no_year, p.hometown) == (dt.date(NO_YEAR, 4, 15), True, "浙江杭州")

    d = _dialog(qtbot, demo_ctx, row.id)  # the year becomes known
    d.show()
    d.findChild(QTabWidget).setCurrentIndex(1)  # the personal profile
    qtbot.mouseClick(d.fields["birthday"].no_year, Qt.MouseButton.LeftButton)
    d.fields["birthday"].date.setDate(QDate(1975, 4, 15))
    assert d.fields["birthday"].date.text() == "1975-04-15"
    save(d)
    p = demo_ctx.services.people.get(row.id)
    assert (p.birthday, p.birthday_no_year) == (dt.date(1975, 4, 15), False)

    d = _dialog(qtbot, demo_ctx, row.id)  # and is taken away again
    d.show()
    d.findChild(QTabWidget).setCurrentIndex(1)  # the personal profile
    qtbot.mouseClick(d.fields["birthday"].no_year, Qt.MouseButton.LeftButton)
    save(d)
    p = demo_ctx.services.people.get(row.id)
    assert (p.birthday, p.birthday_no_year) == (dt.date(NO_YEAR, 4, 15), True)
    d.undo.undo()  # (each dialog has its own stack here: the last edit is undone)
    p = demo_ctx.services.people.get(row.id)
    assert (p.birthday, p.birthday_no_year) == (dt.date(1975, 4, 15), False)
