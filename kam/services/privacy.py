"""Personal-data rights (PIPL, GDPR): export everything about a person, or erase it.

Erasure keeps the person as an anonymous placeholder (position, buying roles,
influence and reporting lines stay, so the org chart and past visits stay
whole) and removes every personal field and the stance history. Both are
written to the audit trail.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from kam.errors import NotAllowed, NotFound
from kam.i18n import _
from kam.model import (
    PERSONAL_FIELDS,
    Account,
    CompetitorRepRelation,
    Contact,
    ContactAttendee,
    Department,
    Faction,
    FactionMember,
    Feedback,
    Person,
    PersonRole,
    StanceChange,
)
from kam.model.base import utcnow
from kam.services import audit
from kam.services.base import Change, ServiceBase
from kam.text import search_key
from kam.vocab import Stance

ERASED_FIELDS = (*PERSONAL_FIELDS, "name_latin", "notes", "external_id", "data_source", "consent_basis",
                 "consent_on")


def _plain(v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    if hasattr(v, "value"):
        return v.value
    return v


class PrivacyService(ServiceBase):
    def export_person_to(self, person_id: int, out: Path) -> Path:
        """Write everything we hold about one person to the JSON file ``out`` (never onto the database);
        audited. Raises NotFound, OwnFileRefused, UserError (folder missing, disk full)."""
        import json

        data = self.export_person(person_id)
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        return self.write_file(out, lambda part: part.write_text(text, encoding="utf-8"))

    def export_person(self, person_id: int) -> dict[str, Any]:
        """Everything we hold about one person, as JSON-ready data; audited."""
        with self.unit() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound(_("no person with id {person_id}").format(person_id=person_id))
            account = s.get(Account, p.account_id)
            columns = [c.key for c in Person.__table__.columns if c.key not in ("search_key",)]
            data: dict[str, Any] = {"person": {c: _plain(getattr(p, c)) for c in columns}}
            data["account"] = account.display_name if account else None
            if p.department_id:
                dep = s.get(Department, p.department_id)
                data["person"]["department"] = dep.name if dep else None
            data["buying_roles"] = sorted(r.value for r in s.scalars(
                select(PersonRole.role).where(PersonRole.person_id == person_id)))
            data["stance_history"] = [{"on": h.changed_on.isoformat(), "from": _plain(h.old_stance),
                                       "to": _plain(h.new_stance), "source": h.source}
                                      for h in s.scalars(select(StanceChange).where(StanceChange.person_id == person_id)
                                                         .order_by(StanceChange.changed_on, StanceChange.id))]
            data["factions"] = list(s.scalars(select(Faction.name).join(FactionMember)
                                              .where(FactionMember.person_id == person_id)))
            data["contacts"] = [{"date": c.occurred_on.isoformat(), "kind": c.kind.value, "purpose": c.purpose,
                                 "outcome": c.outcome} for c in s.scalars(
                select(Contact).join(ContactAttendee).where(ContactAttendee.person_id == person_id)
                .order_by(Contact.occurred_on))]
            data["feedback_raised"] = [{"received": f.received_at.isoformat(), "subject": f.subject}
                                       for f in s.scalars(select(Feedback).where(Feedback.raised_by_id == person_id))]
            data["competitor_relations"] = len(list(s.scalars(
                select(CompetitorRepRelation.rep_id).where(CompetitorRepRelation.person_id == person_id))))
            data["exported_at"] = utcnow().isoformat()
            audit.record(s, self.actor, "person.export", "person", person_id)
            return data

    def erase_person(self, person_id: int) -> Change:
        """Erase a person's personal data, keeping an anonymous placeholder; audited. Irreversible."""
        with self.unit() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound(_("no person with id {person_id}").format(person_id=person_id))
            if p.anonymised_at is not None:
                raise NotAllowed(_("person {person_id} was already erased on {anonymised_at:%Y-%m-%d}").format(person_id=person_id, anonymised_at=p.anonymised_at))
            for field in ERASED_FIELDS:
                setattr(p, field, None)
            p.name = f"匿名 Anonymous #{p.id}"
            p.search_key = search_key(p.name)
            p.stance = Stance.UNKNOWN
            p.anonymised_at = utcnow()
            s.execute(delete(StanceChange).where(StanceChange.person_id == person_id))
            s.execute(delete(CompetitorRepRelation).where(CompetitorRepRelation.person_id == person_id))
            audit.record(s, self.actor, "person.erase", "person", person_id, account_id=p.account_id)
            change = Change("person", person_id, "update", {}, {"anonymised": True})
        self._checkpoint()
        return change

    def _checkpoint(self) -> None:
        """Fold the WAL into the database so the erased text does not linger in the log file."""
        with self.read() as s:
            if s.get_bind().dialect.name == "sqlite":
                s.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
