"""Reading and editing the remaining dossier sections; reminders; the trash."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kam import validate as v
from kam.analysis.actuals import phased_target, quarter_bounds, quarter_of
from kam.analysis.feedback import hours_overdue, response_due, response_overdue
from kam.errors import NotAllowed, UserError, ValidationError
from kam.i18n import _, ngettext
from kam.model import (
    Account,
    AnnualPlan,
    Competitor,
    Contact,
    ContactAttendee,
    ContactOurAttendee,
    Feedback,
    Person,
    QuarterlyReview,
    RegisterItem,
    StanceChange,
    Transaction,
    User,
)
from kam.model.account import account_name
from kam.model.base import utcnow
from kam.services.base import Change, ServiceBase, check_version, get_or_404
from kam.services.kept import put_back
from kam.services.kept import rows as kept_rows
from kam.services.records import people_of_account, users_by_id
from kam.services.register import STILL_HELD
from kam.services.rights import sees_only_own_accounts
from kam.vocab import ContactKind, FeedbackStatus, Metric, PlanStatus, Stance


def overdue_words(hours: int) -> str:
    """How late a response is: hours under a day ("5 h overdue"), days from then on ("40 days overdue")."""
    if hours < 24:
        return _("{hours} h overdue").format(hours=hours)
    days = hours // 24
    return ngettext("{days} day overdue", "{days} days overdue", days).format(days=days)


@dataclass(frozen=True)
class ContactRow:
    id: int
    occurred_on: dt.date
    kind: ContactKind
    done: bool
    purpose: str | None
    outcome: str | None
    next_steps: str | None
    attendees: list[str]
    ours: list[str]


@dataclass(frozen=True)
class ContactDetail:
    """A contact as its form edits it."""

    id: int
    account_id: int
    version: int
    occurred_on: dt.date
    kind: ContactKind
    done: bool
    purpose: str | None
    outcome: str | None
    next_steps: str | None
    attendee_ids: list[int]
    our_user_ids: list[int]
    stance_changes: dict[int, tuple[Stance | None, Stance]]  # recorded at this visit: person id -> (old, new)


CONTACT_TEXTS = ("location", "purpose", "best_outcome", "minimum_outcome", "outcome", "next_steps")
CONTACT_FIELDS = ("occurred_on", "kind", "done", "with_executive", *CONTACT_TEXTS, "attendee_ids", "our_user_ids")


def _contact_changes(s: Session, c: Contact, fields: Mapping[str, Any]) -> dict[str, Any]:
    """What of ``fields`` differs from the contact ``c``, validated and cleaned as ``log_contact`` stores it."""
    unknown = sorted(set(fields) - set(CONTACT_FIELDS))
    if unknown:
        raise UserError(_("a visit has no field {field}").format(field=", ".join(unknown)))
    clean: dict[str, Any] = {}
    for f, value in fields.items():
        if f == "occurred_on":
            clean[f] = v.date(value, f, required=True)
        elif f == "kind":
            clean[f] = v.choice(ContactKind, value, f)
        elif f in ("done", "with_executive"):
            clean[f] = bool(value)
        elif f == "attendee_ids":
            clean[f] = people_of_account(s, c.account_id, value, f)
        elif f == "our_user_ids":
            clean[f] = users_by_id(s, value, f)
        else:
            clean[f] = v.text(value, f, max_len=200 if f == "location" else 2000)
    out: dict[str, Any] = {}
    for f, value in clean.items():
        if f == "attendee_ids":
            now = sorted(s.scalars(select(ContactAttendee.person_id).where(ContactAttendee.contact_id == c.id)))
        elif f == "our_user_ids":
            now = sorted(s.scalars(select(ContactOurAttendee.user_id).where(ContactOurAttendee.contact_id == c.id)))
        else:
            now = getattr(c, f)
        if now != value:
            out[f] = value
    if "our_user_ids" in out and "with_executive" not in fields:  # an executive among ours marks it, as logged
        execs = set(s.scalars(select(User.id).where(User.id.in_(out["our_user_ids"]), User.is_executive))) \
            if out["our_user_ids"] else set()
        was = set(s.scalars(select(User.id).join(ContactOurAttendee, ContactOurAttendee.user_id == User.id).where(
            ContactOurAttendee.contact_id == c.id, User.is_executive)))
        flag = bool(execs) or (c.with_executive and not was)  # a flag set by hand stays
        if flag != c.with_executive:
            out["with_executive"] = flag
    return out


@dataclass(frozen=True)
class Reminder:
    kind: str  # birthday / cadence / complaint / plan / review / register
    account_id: int
    account: str
    text: str
    due: dt.date | None


class DossierService(ServiceBase):
    # --- contacts

    def contacts(self, account_id: int) -> list[ContactRow]:
        with self.read() as s:
            get_or_404(s, Account, account_id, "account")
            rows = list(s.scalars(select(Contact).where(Contact.account_id == account_id)
                                  .order_by(Contact.occurred_on.desc(), Contact.id.desc())))
            names = dict(s.execute(select(Person.id, Person.name).where(Person.account_id == account_id)).all())
            users = dict(s.execute(select(User.id, User.display_name)).all())
            att: dict[int, list[str]] = {}
            for cid, pid in s.execute(select(ContactAttendee.contact_id, ContactAttendee.person_id)
                                      .join(Contact).where(Contact.account_id == account_id)):
                att.setdefault(cid, []).append(names.get(pid, "?"))
            ours: dict[int, list[str]] = {}
            for cid, uid in s.execute(select(ContactOurAttendee.contact_id, ContactOurAttendee.user_id)
                                      .join(Contact).where(Contact.account_id == account_id)):
                ours.setdefault(cid, []).append(users.get(uid, "?"))
        return [ContactRow(c.id, c.occurred_on, c.kind, c.done, c.purpose, c.outcome, c.next_steps,
                           att.get(c.id, []), ours.get(c.id, [])) for c in rows]

    def contact(self, contact_id: int) -> ContactDetail:
        """One contact as its form edits it: the fields, who attended (ids), its version, and the stance changes
        recorded at it (person id -> (old, new))."""
        with self.read() as s:
            c = get_or_404(s, Contact, contact_id, "contact")
            attendees = list(s.scalars(select(ContactAttendee.person_id)
                                       .where(ContactAttendee.contact_id == contact_id)
                                       .order_by(ContactAttendee.person_id)))
            ours = list(s.scalars(select(ContactOurAttendee.user_id).where(ContactOurAttendee.contact_id == contact_id)
                                  .order_by(ContactOurAttendee.user_id)))
            moved = {ch.person_id: (ch.old_stance, ch.new_stance) for ch in s.scalars(
                select(StanceChange).where(StanceChange.visit_id == contact_id).order_by(StanceChange.id))}
            return ContactDetail(c.id, c.account_id, c.version, c.occurred_on, c.kind, c.done, c.purpose,
                                 c.outcome, c.next_steps, attendees, ours, moved)

    def contact_changes(self, contact_id: int, **fields: Any) -> dict[str, Any]:
        """The fields of ``fields`` that would change the contact, as ``update_contact`` would store them
        (an unchanged form saves nothing). Raises what ``update_contact`` would raise for a bad value."""
        with self.read() as s:
            c = get_or_404(s, Contact, contact_id, "contact")
            return _contact_changes(s, c, fields)

    def update_contact(self, contact_id: int, expected_version: int | None = None, **fields: Any) -> dict[str, Any]:
        """Change a logged or planned contact (validated as ``log_contact`` validates); returns the previous values
        of what changed (``update_contact(contact_id, **previous)`` undoes it).

        The stance changes recorded at the visit stay true: their people stay among its attendees, the visit
        stays done, and a new date moves them along only where their people's history stays in order.
        """
        with self.unit() as s:
            c = get_or_404(s, Contact, contact_id, "contact")
            check_version(c, expected_version, "contact")
            clean = _contact_changes(s, c, fields)
            if not clean:
                return {}
            moved = list(s.scalars(select(StanceChange).where(StanceChange.visit_id == contact_id)
                                   .order_by(StanceChange.id)))
            names = dict(s.execute(select(Person.id, Person.name).where(
                Person.id.in_([ch.person_id for ch in moved]))).all()) if moved else {}
            previous: dict[str, Any] = {}
            if "attendee_ids" in clean:
                keep = set(clean["attendee_ids"])
                for ch in moved:
                    if ch.person_id not in keep:
                        raise NotAllowed(_("{name}'s stance change was recorded at this visit: they stay among "
                                           "its attendees (delete the visit to take the change back)")
                                         .format(name=names.get(ch.person_id, ch.person_id)))
            if moved and clean.get("done") is False:
                raise NotAllowed(_("this visit recorded stance changes: it took place and cannot be planned"))
            if moved and "occurred_on" in clean:
                day = clean["occurred_on"]
                if day > dt.date.today():
                    raise NotAllowed(_("this visit recorded stance changes: it cannot be moved into the future"))
                for ch in moved:
                    name = names.get(ch.person_id, ch.person_id)
                    before = s.scalar(select(func.max(StanceChange.changed_on)).where(
                        StanceChange.person_id == ch.person_id, StanceChange.id < ch.id))
                    after = s.scalar(select(func.min(StanceChange.changed_on)).where(
                        StanceChange.person_id == ch.person_id, StanceChange.id > ch.id))
                    if before is not None and day < before:
                        raise NotAllowed(_("{name}'s stance change recorded at this visit would come before their "
                                           "earlier one of {day}").format(name=name, day=before.isoformat()))
                    if after is not None and day > after:
                        raise NotAllowed(_("{name}'s stance change recorded at this visit would come after their "
                                           "later one of {day}").format(name=name, day=after.isoformat()))
                for ch in moved:
                    ch.changed_on = day
            for f, value in sorted(clean.items(), key=lambda kv: kv[0] not in ("attendee_ids", "our_user_ids")):
                # the attendees first: their queries flush, and the contact's own row is written once
                # who stays keeps their row as it was; only who leaves or joins is written
                if f == "attendee_ids":
                    previous[f] = sorted(s.scalars(select(ContactAttendee.person_id)
                                                   .where(ContactAttendee.contact_id == contact_id)))
                    s.execute(delete(ContactAttendee).where(ContactAttendee.contact_id == contact_id,
                                                            ContactAttendee.person_id.not_in(value)))
                    for pid in sorted(set(value) - set(previous[f])):
                        s.add(ContactAttendee(contact_id=contact_id, person_id=pid))
                elif f == "our_user_ids":
                    previous[f] = sorted(s.scalars(select(ContactOurAttendee.user_id)
                                                   .where(ContactOurAttendee.contact_id == contact_id)))
                    s.execute(delete(ContactOurAttendee).where(ContactOurAttendee.contact_id == contact_id,
                                                               ContactOurAttendee.user_id.not_in(value)))
                    for uid in sorted(set(value) - set(previous[f])):
                        s.add(ContactOurAttendee(contact_id=contact_id, user_id=uid))
                else:
                    previous[f] = getattr(c, f)
                    setattr(c, f, value)
            c.updated_at = utcnow()  # also bumps the version when only the attendees changed
            return previous

    def remove_contact(self, contact_id: int) -> dict[str, Any]:
        """Delete a logged contact and undo the stance changes it recorded; returns it whole (its attendees, the
        stance changes and the stances before) for ``restore_contact``.

        Refused if a later stance change of one of its attendees would be contradicted.
        """
        with self.unit() as s:
            c = get_or_404(s, Contact, contact_id, "contact")
            changes = list(s.scalars(select(StanceChange).where(StanceChange.visit_id == contact_id)
                                     .order_by(StanceChange.id)))
            kept: dict[str, Any] = {  # whole rows (every column), put back as they were
                "contact": kept_rows(s, Contact, Contact.id == contact_id)[0],
                "attendees": kept_rows(s, ContactAttendee, ContactAttendee.contact_id == contact_id),
                "ours": kept_rows(s, ContactOurAttendee, ContactOurAttendee.contact_id == contact_id),
                "stance_changes": kept_rows(s, StanceChange, StanceChange.visit_id == contact_id),
                "stances": {}}
            for ch in changes:
                later = s.scalar(select(func.count()).select_from(StanceChange).where(
                    StanceChange.person_id == ch.person_id, StanceChange.id > ch.id))
                if later:
                    raise NotAllowed(_("a later stance change of an attendee depends on this visit; "
                                     "change their stance directly instead"))
            for ch in changes:
                person = s.get(Person, ch.person_id)
                if person is not None:
                    kept["stances"][person.id] = person.stance
                    if ch.old_stance is not None:
                        person.stance = ch.old_stance
                s.delete(ch)
            s.execute(delete(ContactAttendee).where(ContactAttendee.contact_id == contact_id))
            s.execute(delete(ContactOurAttendee).where(ContactOurAttendee.contact_id == contact_id))
            s.delete(c)
            return kept

    def restore_contact(self, kept: Mapping[str, Any]) -> Change:
        """Put back a contact deleted by ``remove_contact``: the same id, version and times, its attendees, the
        stance changes it recorded and the stances they set. Refused if one of those people's stance changed
        since (the history would contradict itself); people and users gone since are left out."""
        row = kept["contact"]
        with self.unit() as s:
            if s.get(Contact, row["id"]) is not None:
                raise NotAllowed(_("this visit is there already"))
            get_or_404(s, Account, row["account_id"], "account")
            for ch in kept["stance_changes"]:
                person = s.get(Person, ch["person_id"])
                if person is None:
                    continue
                since = s.scalar(select(func.count()).select_from(StanceChange).where(
                    StanceChange.person_id == ch["person_id"], StanceChange.id > ch["id"]))
                if since or (ch["old_stance"] is not None and person.stance != ch["old_stance"]):
                    raise NotAllowed(_("{name}'s stance changed since this visit was deleted: it cannot be put "
                                       "back with the stance change it recorded").format(name=person.name))
            people = set(s.scalars(select(Person.id).where(Person.account_id == row["account_id"])))
            users = set(s.scalars(select(User.id)))

            def known(r: Mapping[str, Any]) -> dict[str, Any]:  # who recorded it may have gone since
                return {**r, "recorded_by_id": r["recorded_by_id"] if r.get("recorded_by_id") in users else None}

            put_back(s, Contact, [known(row)])  # through SQL: the ORM would start the version at 1
            put_back(s, ContactAttendee, [r for r in kept["attendees"] if r["person_id"] in people])
            put_back(s, ContactOurAttendee, [r for r in kept["ours"] if r["user_id"] in users])
            changes = [known(ch) for ch in kept["stance_changes"] if ch["person_id"] in people]
            put_back(s, StanceChange, changes)
            for ch in changes:
                person = s.get(Person, ch["person_id"])
                assert person is not None
                person.stance = kept["stances"].get(person.id, ch["new_stance"])
            return Change("contact", row["id"], "restore")

    # --- feedback (first-responder responsibility)

    def feedback(self, account_id: int) -> list[Feedback]:
        with self.read() as s:
            return list(s.scalars(select(Feedback).where(Feedback.account_id == account_id)
                                  .order_by(Feedback.received_at.desc())))

    def respond(self, feedback_id: int, at: dt.datetime | None = None) -> Change:
        """Record the first response (by the first responder or whoever answers)."""
        with self.unit() as s:
            fb = get_or_404(s, Feedback, feedback_id, "feedback")
            when = at or utcnow()
            if when < fb.received_at:
                raise ValidationError("responded_at", _("is before the feedback was received"))
            fb.responded_at = fb.responded_at or when
            if fb.status == FeedbackStatus.OPEN:
                fb.status = FeedbackStatus.RESPONDED
            return Change("feedback", fb.id, "update")

    def resolve(self, feedback_id: int, resolution: str, satisfaction: int | None = None,
                at: dt.datetime | None = None) -> Change:
        """Close the loop: how it was resolved and how satisfied the customer is (1–5)."""
        with self.unit() as s:
            fb = get_or_404(s, Feedback, feedback_id, "feedback")
            when = at or utcnow()
            if when < fb.received_at:
                raise ValidationError("resolved_at", _("is before the feedback was received"))
            fb.resolution = v.text(resolution, "resolution", required=True)
            fb.satisfaction = v.integer(satisfaction, "satisfaction", lo=1, hi=5)
            fb.responded_at = fb.responded_at or when
            fb.resolved_at = when
            fb.status = FeedbackStatus.RESOLVED
            return Change("feedback", fb.id, "update")

    FEEDBACK_STATE = ("responded_at", "resolved_at", "status", "resolution", "satisfaction")

    def feedback_state(self, feedback_id: int) -> dict[str, Any]:
        """The handling state of a feedback item (to undo a respond or resolve)."""
        with self.read() as s:
            fb = get_or_404(s, Feedback, feedback_id, "feedback")
            return {f: getattr(fb, f) for f in self.FEEDBACK_STATE}

    def set_feedback_state(self, feedback_id: int, state: dict[str, Any]) -> Change:
        with self.unit() as s:
            fb = get_or_404(s, Feedback, feedback_id, "feedback")
            for f in self.FEEDBACK_STATE:
                setattr(fb, f, state[f])
            return Change("feedback", fb.id, "update")

    def remove_feedback(self, feedback_id: int) -> dict[str, Any]:
        """Delete a feedback item (recorded by mistake, or the undo of recording it); returns the whole row,
        for ``restore_feedback``."""
        with self.unit() as s:
            fb = get_or_404(s, Feedback, feedback_id, "feedback")
            [kept] = kept_rows(s, Feedback, Feedback.id == feedback_id)
            s.delete(fb)
            return kept

    def restore_feedback(self, kept: dict[str, Any]) -> Change:
        """Put back a feedback item deleted by ``remove_feedback`` as it was (same id, times and version)."""
        with self.unit() as s:
            if s.get(Feedback, kept["id"]) is not None:
                raise NotAllowed(_("this feedback is there already"))
            get_or_404(s, Account, kept["account_id"], "account")
            values = dict(kept)
            if values.get("raised_by_id") is not None and s.get(Person, values["raised_by_id"]) is None:
                values["raised_by_id"] = None
            if values.get("first_responder_id") is not None and s.get(User, values["first_responder_id"]) is None:
                values["first_responder_id"] = None
            put_back(s, Feedback, [values])
            return Change("feedback", kept["id"], "restore")

    # --- transactions (paged: an account can have years of ERP lines)

    def transaction_count(self, account_id: int) -> int:
        with self.read() as s:
            return s.scalar(select(func.count()).select_from(Transaction).where(
                Transaction.account_id == account_id)) or 0

    def transactions(self, account_id: int, offset: int, limit: int) -> list[Transaction]:
        with self.read() as s:
            return list(s.scalars(select(Transaction).where(Transaction.account_id == account_id)
                                  .order_by(Transaction.occurred_on.desc(), Transaction.id.desc())
                                  .offset(offset).limit(limit)))

    # --- competitors

    def competitors(self, account_id: int) -> list[Competitor]:
        with self.read() as s:
            return list(s.scalars(select(Competitor).where(Competitor.account_id == account_id)
                                  .order_by(Competitor.id)))

    # --- the trash

    def trash(self) -> dict[str, list[tuple[int, str, dt.datetime]]]:
        with self.read() as s:
            accounts = [(a.id, a.display_name, a.deleted_at) for a in s.scalars(
                select(Account).where(Account.deleted_at.is_not(None)).order_by(Account.deleted_at.desc()))]
            people = [(p.id, p.name, p.deleted_at) for p in s.scalars(
                select(Person).where(Person.deleted_at.is_not(None)).order_by(Person.deleted_at.desc()))]
            register = [(i.id, i.reference, i.deleted_at) for i in s.scalars(
                select(RegisterItem).where(RegisterItem.deleted_at.is_not(None))
                .order_by(RegisterItem.deleted_at.desc()))]
        return {"accounts": accounts, "people": people, "register_items": register}  # type: ignore[dict-item]

    # --- reminders

    def reminders_for_actor(self, now: dt.datetime | None = None) -> list[Reminder]:
        """What the acting user is reminded of: a KAM about the accounts they own, a sales VP or an
        administrator about the whole portfolio (as far as the database lets them read it)."""
        with self.read() as s:
            user = s.get(User, self.actor.user_id) if self.actor.user_id is not None else None
        own = user is not None and sees_only_own_accounts(user.role)
        return self.reminders(now, owner_id=user.id if own and user is not None else None)

    def reminders(self, now: dt.datetime | None = None, *, owner_id: int | None = None,
                  birthday_days: int = 14) -> list[Reminder]:
        """What needs attention at ``now`` (default: this moment): birthdays, visit cadence, complaints past
        their response target, plans, reviews, register returns."""
        moment = now or utcnow()
        day = moment.astimezone().date()
        out: list[Reminder] = []
        with self.read() as s:
            # columns, not entities: this runs over the whole portfolio
            q = select(Account.id, Account.name_zh, Account.name_en).where(Account.deleted_at.is_(None))
            if owner_id is not None:
                q = q.where(Account.owner_id == owner_id)
            names = {aid: account_name(zh, en, aid) for aid, zh, en in s.execute(q)}
            ids = list(names)
            for aid, name, born in s.execute(select(Person.account_id, Person.name, Person.birthday).where(
                    Person.account_id.in_(ids), Person.deleted_at.is_(None), Person.birthday.is_not(None),
                    _month_day(s, Person.birthday).in_(_month_days(day, birthday_days)))):
                assert born is not None  # selected so
                nxt = _next_birthday(born, day)
                if 0 <= (nxt - day).days <= birthday_days:
                    out.append(Reminder("birthday", aid, names[aid], f"{name} · {nxt.isoformat()}", nxt))
            for aid, subject, received, target in s.execute(
                    select(Feedback.account_id, Feedback.subject, Feedback.received_at, Feedback.response_target_hours)
                    .where(Feedback.account_id.in_(ids), Feedback.responded_at.is_(None))):
                if response_overdue(received, target, None, moment):
                    out.append(Reminder("complaint", aid, names[aid],
                                        f"{subject} · {overdue_words(hours_overdue(received, target, moment))}",
                                        response_due(received, target).date()))
            for aid, ref, due_back in s.execute(
                    select(RegisterItem.account_id, RegisterItem.reference, RegisterItem.return_due)
                    .where(RegisterItem.account_id.in_(ids), RegisterItem.status.in_(STILL_HELD),
                           RegisterItem.deleted_at.is_(None),
                           RegisterItem.return_due <= day + dt.timedelta(days=30))):
                assert due_back is not None  # selected so
                out.append(Reminder("register", aid, names[aid], f"{ref} · {due_back.isoformat()}", due_back))
            # plans, reviews and visit cadence: a few grouped queries, not one per account
            newest = {(a, y): pv for a, y, pv in s.execute(
                select(AnnualPlan.account_id, AnnualPlan.year, func.max(AnnualPlan.plan_version))
                .where(AnnualPlan.account_id.in_(ids), AnnualPlan.year.in_([day.year, day.year + 1]))
                .group_by(AnnualPlan.account_id, AnnualPlan.year))}
            plans = {(p.account_id, p.year): p for p in s.scalars(select(AnnualPlan).where(
                AnnualPlan.account_id.in_(ids), AnnualPlan.year.in_([day.year, day.year + 1])))
                if newest.get((p.account_id, p.year)) == p.plan_version}
            for aid in ids:
                for year in (day.year, day.year + 1):
                    plan = plans.get((aid, year))
                    deadline = plan.submit_by if plan and plan.submit_by else dt.date(year - 1, 12, 20)
                    late = (plan is None or plan.status in (PlanStatus.DRAFT, PlanStatus.RETURNED)) and deadline < day
                    if late and (year == day.year or day.month == 12):
                        out.append(Reminder("plan", aid, names[aid], f"{year} · {deadline.isoformat()}", deadline))
            quarter = quarter_of(day)
            q_start, q_end = quarter_bounds(day.year)[quarter - 1]
            approved = {aid: p for (aid, y), p in plans.items() if y == day.year and p.status == PlanStatus.APPROVED}
            signed = set(s.scalars(select(QuarterlyReview.plan_id).where(
                QuarterlyReview.plan_id.in_([p.id for p in approved.values()]), QuarterlyReview.quarter == quarter,
                QuarterlyReview.signed_off_at.is_not(None))))
            from kam.model import QuantObjective

            cadence = {o.plan_id: o for o in s.scalars(select(QuantObjective).where(
                QuantObjective.plan_id.in_([p.id for p in approved.values()]),
                QuantObjective.metric == Metric.REP_VISITS))}
            visits = dict(s.execute(select(Contact.account_id, func.count()).where(
                Contact.account_id.in_(list(approved)), Contact.done.is_(True), Contact.with_executive.is_(False),
                Contact.occurred_on >= dt.date(day.year, 1, 1), Contact.occurred_on <= day)
                .group_by(Contact.account_id)).all())
            elapsed = Decimal((day - q_start).days + 1) / Decimal((q_end - q_start).days)
            for aid, plan in approved.items():
                if plan.id not in signed:
                    out.append(Reminder("review", aid, names[aid], f"{day.year}Q{quarter}", q_end - dt.timedelta(days=1)))
                obj = cadence.get(plan.id)
                if obj is not None:
                    done = visits.get(aid, 0)
                    expected = (phased_target(obj, quarter - 1) if quarter > 1 else Decimal(0)) + (
                        [obj.q1, obj.q2, obj.q3, obj.q4][quarter - 1] * elapsed)
                    if done + 1 <= expected:
                        out.append(Reminder("cadence", aid, names[aid], f"{done} / {expected:.0f}", None))
        order = {"complaint": 0, "birthday": 1, "cadence": 2, "plan": 3, "review": 4, "register": 5}
        return sorted(out, key=lambda r: (order[r.kind], r.due or day, r.account))


def _month_days(day: dt.date, days: int) -> list[str]:
    """"MM-DD" of ``day`` and the ``days`` after it (a 29 February birthday falls on the 28th in other years):
    the database hands over only the birthdays that can be near, not the whole portfolio's people."""
    out = {(day + dt.timedelta(days=i)).strftime("%m-%d") for i in range(days + 1)}
    if "02-28" in out:
        out.add("02-29")
    return sorted(out)


def _month_day(session: Session, column: Any) -> Any:
    """A date column's "MM-DD" in SQL (SQLite keeps dates as ISO text; PostgreSQL formats them)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "MM-DD")
    return func.substr(column, 6, 5)


def _next_birthday(born: dt.date, today: dt.date) -> dt.date:
    for year in (today.year, today.year + 1):
        try:
            day = born.replace(year=year)
        except ValueError:  # 29 February
            day = dt.date(year, 2, 28)
        if day >= today:
            return day
    return born.replace(year=today.year + 1)

