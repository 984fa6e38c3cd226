"""Dossier sections: visit capture and its undo, feedback handling, reminders, the trash."""

from __future__ import annotations

import datetime as dt

import pytest

from kam.errors import NotAllowed, ValidationError
from kam.vocab import FeedbackStatus, Stance

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL

NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)


@pytest.fixture
def acc(ctx):  # type: ignore[no-untyped-def]
    return ctx.services.accounts.create(name_zh="长江重工", ka_type="economic").id


def test_removing_a_visit_undoes_its_stance_changes(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    p = sv.people.create(acc, name="李娜", stance="neutral", stance_on=dt.date(2026, 1, 1)).id
    visit = sv.records.log_contact(acc, "2026-11-20", attendee_ids=[p], stance_changes={p: "supporter"}).id
    assert sv.people.get(p).stance == Stance.SUPPORTER
    sv.dossier.remove_contact(visit)
    assert sv.people.get(p).stance == Stance.NEUTRAL
    assert [h.new_stance for h in sv.people.stance_history(p)] == [Stance.NEUTRAL]
    assert sv.dossier.contacts(acc) == []


def test_a_visit_cannot_be_removed_under_a_later_stance_change(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    p = sv.people.create(acc, name="王强", stance="neutral", stance_on=dt.date(2026, 1, 1)).id
    visit = sv.records.log_contact(acc, "2026-10-01", attendee_ids=[p], stance_changes={p: "supporter"}).id
    sv.people.update(p, stance="opposer", stance_on=dt.date(2026, 11, 1))
    with pytest.raises(NotAllowed, match="later stance change"):
        sv.dossier.remove_contact(visit)


def _visit_rows(sv, acc):  # type: ignore[no-untyped-def]
    """Everything a visit is made of: the contact rows (versions, times), attendees, stance history, stances."""
    from sqlalchemy import select

    from kam.model import Contact, ContactAttendee, ContactOurAttendee, Person, StanceChange

    with sv.dossier.read() as s:
        def cols(obj):  # type: ignore[no-untyped-def]
            return {a.key: getattr(obj, a.key) for a in type(obj).__mapper__.column_attrs}
        return ([cols(c) for c in s.scalars(select(Contact).where(Contact.account_id == acc).order_by(Contact.id))],
                sorted(tuple(r) for r in s.execute(select(ContactAttendee.contact_id, ContactAttendee.person_id))),
                sorted(tuple(r) for r in s.execute(select(ContactOurAttendee.contact_id, ContactOurAttendee.user_id))),
                [cols(h) for h in s.scalars(select(StanceChange).order_by(StanceChange.id))],
                sorted(tuple(r) for r in s.execute(select(Person.id, Person.stance).where(Person.account_id == acc))))


def test_a_visit_edited_and_the_edit_undone(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    a = sv.people.create(acc, name="李娜", stance="neutral", stance_on=dt.date(2026, 1, 1)).id
    b = sv.people.create(acc, name="王强").id
    visit = sv.records.log_contact(acc, "2026-11-20", attendee_ids=[a], purpose="技术交流").id
    detail = sv.dossier.contact(visit)
    assert (detail.attendee_ids, detail.purpose, detail.done, detail.stance_changes) == ([a], "技术交流", True, {})
    assert sv.dossier.contact_changes(visit, purpose=" 技术交流 ", attendee_ids=[a], kind="visit") == {}
    before = _visit_rows(sv, acc)
    previous = sv.dossier.update_contact(visit, detail.version, purpose="方案评审", attendee_ids=[a, b],
                                         outcome="  ", occurred_on="2026-11-21")
    assert previous == {"purpose": "技术交流", "attendee_ids": [a], "occurred_on": dt.date(2026, 11, 20)}
    after = sv.dossier.contact(visit)
    assert (after.purpose, after.attendee_ids, after.occurred_on, after.version) == (
        "方案评审", [a, b], dt.date(2026, 11, 21), detail.version + 1)
    from kam.errors import ConflictError

    with pytest.raises(ConflictError):  # the form's version is gone
        sv.dossier.update_contact(visit, detail.version, purpose="x")
    with pytest.raises(ValidationError, match="no person"):
        sv.dossier.update_contact(visit, attendee_ids=[a, 99999])
    sv.dossier.update_contact(visit, **previous)
    rows = _visit_rows(sv, acc)
    assert rows[1:] == before[1:]
    assert [{k: r[k] for k in ("id", "purpose", "occurred_on", "outcome")} for r in rows[0]] == \
        [{k: r[k] for k in ("id", "purpose", "occurred_on", "outcome")} for r in before[0]]


def test_an_edit_contradicting_the_visits_stance_changes_is_refused(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    a = sv.people.create(acc, name="李娜", stance="neutral", stance_on=dt.date(2026, 1, 1)).id
    b = sv.people.create(acc, name="王强").id
    visit = sv.records.log_contact(acc, "2026-10-01", attendee_ids=[a, b], stance_changes={a: "supporter"}).id
    assert sv.dossier.contact(visit).stance_changes == {a: (Stance.NEUTRAL, Stance.SUPPORTER)}
    before = _visit_rows(sv, acc)
    with pytest.raises(NotAllowed, match="李娜's stance change was recorded at this visit"):
        sv.dossier.update_contact(visit, attendee_ids=[b])
    with pytest.raises(NotAllowed, match="cannot be planned"):
        sv.dossier.update_contact(visit, done=False)
    with pytest.raises(NotAllowed, match="before their earlier one of 2026-01-01"):
        sv.dossier.update_contact(visit, occurred_on="2025-12-01")
    with pytest.raises(NotAllowed, match="future"):
        sv.dossier.update_contact(visit, occurred_on=dt.date.today() + dt.timedelta(days=3))
    assert _visit_rows(sv, acc) == before
    sv.dossier.update_contact(visit, attendee_ids=[a])  # dropping the other one is fine
    sv.dossier.update_contact(visit, occurred_on="2026-10-03")  # the stance change moves along
    assert sv.people.stance_history(a)[-1].changed_on == dt.date(2026, 10, 3)
    sv.people.update(a, stance="opposer", stance_on=dt.date(2026, 11, 1))
    with pytest.raises(NotAllowed, match="after their later one of 2026-11-01"):
        sv.dossier.update_contact(visit, occurred_on="2026-11-05")


def test_a_deleted_visit_comes_back_whole(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    a = sv.people.create(acc, name="李娜", stance="neutral", stance_on=dt.date(2026, 1, 1)).id
    b = sv.people.create(acc, name="王强").id
    me = sv.users.create("li.na", "李娜").id
    visit = sv.records.log_contact(acc, "2026-11-20", attendee_ids=[a, b], our_user_ids=[me],
                                   stance_changes={a: "supporter"}, purpose="技术交流").id
    sv.dossier.update_contact(visit, outcome="同意试样")  # version 2
    before = _visit_rows(sv, acc)
    kept = sv.dossier.remove_contact(visit)
    assert sv.dossier.contacts(acc) == []
    assert sv.people.get(a).stance == Stance.NEUTRAL
    sv.dossier.restore_contact(kept)
    assert _visit_rows(sv, acc) == before
    assert before[0][0]["version"] == 2
    with pytest.raises(NotAllowed, match="there already"):
        sv.dossier.restore_contact(kept)
    kept = sv.dossier.remove_contact(visit)
    sv.people.update(a, stance="opposer")  # the history moved on meanwhile
    with pytest.raises(NotAllowed, match="李娜's stance changed since"):
        sv.dossier.restore_contact(kept)


def test_feedback_respond_and_resolve(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    received = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
    fb = sv.records.add_feedback(acc, "包装破损", received).id
    with pytest.raises(ValidationError, match="before"):
        sv.dossier.respond(fb, received - dt.timedelta(hours=1))
    sv.dossier.respond(fb, received + dt.timedelta(hours=3))
    sv.dossier.resolve(fb, "补发并改进包装", 4, received + dt.timedelta(days=2))
    item = sv.dossier.feedback(acc)[0]
    assert (item.status, item.satisfaction) == (FeedbackStatus.RESOLVED, 4)


def test_reminders(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    sv.people.create(acc, name="赵敏", birthday=dt.date(1980, 11, 30))
    sv.people.create(acc, name="钱伟", birthday=dt.date(1980, 12, 30))  # 37 days away: not yet
    sv.records.add_feedback(acc, "交货延迟", dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC), response_target_hours=24)
    kinds = {(r.kind, r.text.split(" · ")[0]) for r in sv.dossier.reminders(NOW)}
    assert ("birthday", "赵敏") in kinds
    assert ("birthday", "钱伟") not in kinds
    assert ("complaint", "交货延迟") in kinds
    assert ("plan", "2026") in kinds  # no plan although the round closed last December


def test_birthday_reminders_across_the_new_year_and_on_29_february(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    """The database hands over only birthdays near the day (its month and day); the window still crosses
    the new year, and a 29 February birthday is remembered on the 28th in other years."""
    sv = ctx.services
    sv.people.create(acc, name="孙丽", birthday=dt.date(1990, 1, 5))
    sv.people.create(acc, name="周杰", birthday=dt.date(2000, 2, 29))
    sv.people.create(acc, name="吴刚", birthday=dt.date(1985, 3, 20))

    def born(at: dt.datetime) -> dict[str, dt.date | None]:
        return {r.text.split(" · ")[0]: r.due for r in sv.dossier.reminders(at) if r.kind == "birthday"}

    assert born(dt.datetime(2026, 12, 28, 12, tzinfo=dt.UTC)) == {"孙丽": dt.date(2027, 1, 5)}
    assert born(dt.datetime(2027, 2, 20, 12, tzinfo=dt.UTC)) == {"周杰": dt.date(2027, 2, 28)}
    assert born(dt.datetime(2028, 3, 10, 12, tzinfo=dt.UTC)) == {"吴刚": dt.date(2028, 3, 20)}


def test_demo_reminders_cover_every_kind(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    kinds = {r.kind for r in demo_ctx.services.dossier.reminders()}
    assert {"review", "plan"} <= kinds


def test_trash_lists_deleted_accounts_and_people(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    p = sv.people.create(acc, name="孙丽").id
    sv.people.delete(p)
    sv.accounts.delete(acc)
    trash = sv.dossier.trash()
    assert [a[0] for a in trash["accounts"]] == [acc]
    assert [x[0] for x in trash["people"]] == [p]


def test_a_complaint_is_reminded_of_once_its_target_has_passed(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    sv.records.add_feedback(acc, "报价延误", dt.datetime(2026, 11, 22, 15, tzinfo=dt.UTC), response_target_hours=24)

    def complaints(at: dt.datetime) -> list[str]:
        return [r.text for r in sv.dossier.reminders(at) if r.kind == "complaint"]

    assert complaints(dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC)) == []  # due at 15:00 today, not late yet
    assert complaints(dt.datetime(2026, 11, 23, 17, 30, tzinfo=dt.UTC)) == ["报价延误 · 2 h overdue"]
    assert complaints(dt.datetime(2026, 11, 24, 14, 59, tzinfo=dt.UTC)) == ["报价延误 · 23 h overdue"]
    assert complaints(dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)) == ["报价延误 · 1 day overdue"]
    assert complaints(dt.datetime(2026, 12, 4, 15, 0, tzinfo=dt.UTC)) == ["报价延误 · 11 days overdue"]  # not "264 h"


def test_a_kam_is_reminded_of_their_own_accounts_a_vp_of_all(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    vp = sv.users.create("chen.vp", "陈志远", "vp").id
    mine = sv.users.create("li.na", "李娜", "kam", manager_id=vp).id
    theirs = sv.users.create("zhou.jie", "周杰", "kam", manager_id=vp).id
    sv.accounts.update(acc, owner_id=mine)
    other = sv.accounts.create(name_en="Siemens", ka_type="economic", owner_id=theirs).id
    for account in (acc, other):
        sv.records.add_feedback(account, "投诉", dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    ctx.act_as("li.na")
    assert {r.account_id for r in sv.dossier.reminders_for_actor(NOW) if r.kind == "complaint"} == {acc}
    ctx.act_as("chen.vp")
    assert {r.account_id for r in sv.dossier.reminders_for_actor(NOW) if r.kind == "complaint"} == {acc, other}


def test_a_feedback_item_deleted_by_mistake_comes_back_as_it_was(ctx, acc) -> None:  # type: ignore[no-untyped-def]
    from kam.errors import NotFound

    sv = ctx.services
    fid = sv.records.add_feedback(acc, "报价延误", dt.datetime(2026, 11, 22, 15, tzinfo=dt.UTC), severity=3).id
    sv.dossier.resolve(fid, "已补发报价", 4, at=dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC))

    def state() -> list[tuple[object, ...]]:
        return [(f.id, f.subject, f.severity, f.status, f.resolution, f.satisfaction, f.resolved_at)
                for f in sv.dossier.feedback(acc)]

    before = state()
    kept = sv.dossier.remove_feedback(fid)
    assert state() == []
    with pytest.raises(NotFound):
        sv.dossier.remove_feedback(fid)
    sv.dossier.restore_feedback(kept)
    assert state() == before
    with pytest.raises(NotAllowed):
        sv.dossier.restore_feedback(kept)
