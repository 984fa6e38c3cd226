"""The visits section authors the whole visit: log, edit, mark a planned one done, delete — each undoable.

Each step presses the section's button (or its key), the visit form is answered by the test through its own
widgets and its Save button, then Edit › Undo / Redo are triggered and the stored rows compared exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget
from sqlalchemy import select
from tests_support import account_id

from kam.model import Contact, ContactAttendee, ContactOurAttendee, Person, StanceChange
from kam.vocab import Stance

# every edit below is also undone, redone and undone again against whole-table snapshots (conftest._exact_undo)
EXACT_UNDO = True
LAB = "华南理工大学实验中心"  # li.na's account


def press(widget: QWidget, text: str) -> None:
    matches = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert len(matches) == 1, f"one button {text!r}, found {len(matches)}"
    assert matches[0].isEnabled(), f"{text!r} is disabled"
    matches[0].click()


def button(widget: QWidget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def rows(sv: Any, aid: int) -> tuple[list[dict[str, Any]], ...]:
    """Every stored row a visit of the account is made of (ids, versions, times), and its people's stances."""
    with sv.dossier.read() as s:
        def cols(obj: Any) -> dict[str, Any]:
            return {a.key: getattr(obj, a.key) for a in type(obj).__mapper__.column_attrs}

        contacts = list(s.scalars(select(Contact).where(Contact.account_id == aid).order_by(Contact.id)))
        ids = [c.id for c in contacts]
        return ([cols(c) for c in contacts],
                [cols(a) for a in s.scalars(select(ContactAttendee).where(ContactAttendee.contact_id.in_(ids))
                                            .order_by(ContactAttendee.contact_id, ContactAttendee.person_id))],
                [cols(o) for o in s.scalars(select(ContactOurAttendee).where(ContactOurAttendee.contact_id.in_(ids))
                                            .order_by(ContactOurAttendee.contact_id, ContactOurAttendee.user_id))],
                [cols(h) for h in s.scalars(select(StanceChange).join(Person).where(Person.account_id == aid)
                                            .order_by(StanceChange.id))],
                [{"id": p.id, "stance": p.stance} for p in s.scalars(select(Person).where(Person.account_id == aid)
                                                                     .order_by(Person.id))])


def undo_redo(window: Any, read: Callable[[], object], before: object, after: object) -> None:
    assert read() == after
    window.menu_actions["undo"].trigger()
    assert read() == before
    window.menu_actions["redo"].trigger()
    assert read() == after


def select_visit(section: Any, cid: int) -> None:
    section.table.selectRow(next(i for i in range(section.model.rowCount()) if section.model.id_at(i) == cid))


def save(dialog: Any) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
def forms(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The visit form's answers, in order: each fills the form it is given and returns its result."""
    from ui.visit_dialog import VisitDialog

    queue: list[Callable[[Any], None]] = []

    def answer(dialog: Any) -> int:
        queue.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(VisitDialog, "exec", answer)
    yield queue
    assert not queue, "unused answers"


def test_log_edit_mark_done_and_delete_a_visit(window, forms, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sv, aid = window.services, account_id(window.services, LAB)
    a, b = (p.id for p in sorted(sv.people.rows(aid), key=lambda p: p.id)[:2])
    sv.people.update(a, stance="neutral", stance_on=dt.date.today())  # a known stance before the visit
    window.open_account(aid)
    window.show_section("visits")
    section = window.visits
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *x, **k: told.append(text))
    start = rows(sv, aid)
    known = {c["id"] for c in start[0]}

    # log: two attendees, one of them moved to supporter
    def log(d: Any) -> None:
        d.check(a)
        d.check(b)
        d.set_stance(a, "supporter")
        d.purpose.setText("实验室二期方案交流")
        save(d)

    forms.append(log)
    press(section, "Log a visit… (Ctrl+Shift+V)")
    logged = rows(sv, aid)
    (cid,) = {c["id"] for c in logged[0]} - known
    assert sv.people.get(a).stance == Stance.SUPPORTER
    undo_redo(window, lambda: rows(sv, aid), start, logged)  # the redo puts back the very same visit

    # edit: dropping the attendee whose stance change the visit recorded is refused in the form
    select_visit(section, cid)
    refused: list[str] = []

    def edit(d: Any) -> None:
        assert d.windowTitle().startswith("Edit a visit")
        assert d.purpose.text() == "实验室二期方案交流"
        assert sorted(d.attendee_ids()) == sorted([a, b])
        d.theirs.item(next(i for i in range(d.theirs.count())
                           if d.theirs.item(i).data(Qt.ItemDataRole.UserRole) == a)).setCheckState(
            Qt.CheckState.Unchecked)
        save(d)
        refused.append(d.message.text())
        assert d.result() == QDialog.DialogCode.Rejected  # the form stays open
        d.check(a)
        d.theirs.item(next(i for i in range(d.theirs.count())
                           if d.theirs.item(i).data(Qt.ItemDataRole.UserRole) == b)).setCheckState(
            Qt.CheckState.Unchecked)
        d.outcome.setPlainText("同意先做样机测试")
        d.kind.setCurrentIndex(d.kind.findData("call"))
        save(d)

    forms.append(edit)
    steps = window.undo.count()
    press(section, "Edit…")
    assert "stance change was recorded at this visit" in refused[0]
    assert window.undo.count() == steps + 1
    edited = rows(sv, aid)
    detail = sv.dossier.contact(cid)
    assert (detail.attendee_ids, detail.outcome, detail.kind.value) == ([a], "同意先做样机测试", "call")
    assert detail.stance_changes == {a: (Stance.NEUTRAL, Stance.SUPPORTER)}

    def read() -> object:
        d = sv.dossier.contact(cid)
        return (d.attendee_ids, d.our_user_ids, d.outcome, d.kind, d.purpose, d.occurred_on, d.done)

    as_logged = (sorted([a, b]), logged_ours(logged, cid), None, detail_kind(logged, cid), "实验室二期方案交流",
                 dt.date.today(), True)
    undo_redo(window, read, as_logged, read())
    assert rows(sv, aid)[1:] == edited[1:]

    # an unchanged Save (Enter opens the form) adds no undo step
    forms.append(save)
    steps = window.undo.count()
    select_visit(section, cid)
    section.table.setFocus()
    QTest.keyClick(section.table, Qt.Key.Key_Return)
    assert window.undo.count() == steps

    # plan a visit, then mark it done from the section
    day = dt.date.today() + dt.timedelta(days=10)

    def plan(d: Any) -> None:
        d.date.setDate(QDate(day.year, day.month, day.day))
        assert not d.done_box.isChecked()  # a future date: planned
        d.purpose.setText("年度框架协议谈判")
        save(d)

    forms.append(plan)
    press(section, "Log a visit… (Ctrl+Shift+V)")
    (planned,) = {c["id"] for c in rows(sv, aid)[0]} - known - {cid}
    select_visit(section, cid)
    assert not button(section, "Mark done…").isEnabled()  # done already
    select_visit(section, planned)
    assert button(section, "Mark done…").isEnabled()

    def done(d: Any) -> None:
        assert d.windowTitle().startswith("Mark a visit done")
        assert d.done_box.isChecked()
        d.outcome.setPlainText("签署框架协议")
        d.next_steps.setPlainText("下月送样")
        save(d)

    forms.append(done)
    press(section, "Mark done…")
    def state() -> object:
        d = sv.dossier.contact(planned)
        return d.done, d.occurred_on, d.outcome, d.next_steps

    # done today (it was planned for later): the date moves to today
    undo_redo(window, state, (False, day, None, None), (True, dt.date.today(), "签署框架协议", "下月送样"))

    # delete: undo puts back the very same rows (ids, versions, times, attendees, stance changes, stances)
    before = rows(sv, aid)
    select_visit(section, cid)
    press(section, "Delete")
    gone = rows(sv, aid)
    assert cid not in {c["id"] for c in gone[0]}
    assert sv.people.get(a).stance == Stance.NEUTRAL
    assert [h for h in gone[3] if h["visit_id"] == cid] == []
    undo_redo(window, lambda: rows(sv, aid), before, gone)
    window.menu_actions["undo"].trigger()
    assert rows(sv, aid) == before

    # a later stance change depends on the visit: its delete is refused with the service's words
    sv.people.update(a, stance="opposer", stance_on=dt.date.today())
    steps = window.undo.count()
    select_visit(section, cid)
    section.table.setFocus()
    QTest.keyClick(section.table, Qt.Key.Key_Delete)
    assert window.undo.count() == steps
    assert told
    assert "a later stance change of an attendee depends on this visit" in told[-1]
    assert cid in {c["id"] for c in rows(sv, aid)[0]}


def logged_ours(logged: Any, cid: int) -> list[int]:
    return sorted(o["user_id"] for o in logged[2] if o["contact_id"] == cid)


def detail_kind(logged: Any, cid: int) -> Any:
    return next(c["kind"] for c in logged[0] if c["id"] == cid)
