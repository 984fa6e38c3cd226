"""The customer's people: profile, stance (with dated history), roles, reporting lines, factions."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kam import validate as v
from kam.errors import NotFound, ValidationError
from kam.fields import Field, FieldSet
from kam.i18n import N_, _
from kam.model import (
    Account,
    Department,
    Faction,
    FactionMember,
    InfluenceLine,
    Person,
    PersonRole,
    StanceChange,
    User,
)
from kam.model.base import utcnow
from kam.model.people import NO_YEAR as NO_YEAR  # (re-exported: the person dialog edits it)
from kam.services import audit
from kam.services.base import Actor, Change, ServiceBase, check_version, get_or_404, snapshot
from kam.services.kept import as_was, step_back
from kam.text import query_pattern, search_key
from kam.vocab import BuyingRole, InfluenceKind, Stance

PERSON_FIELDS = FieldSet(N_("a person"), [
    Field("name", N_("Name"), max_len=200, required=True, group="position"),
    Field("name_latin", N_("Romanisation"), max_len=200, group="position"),
    Field("title", N_("Title"), max_len=200, group="position"),
    Field("department", N_("Department"), max_len=200, group="position"),
    Field("reports_to_id", N_("Reports to"), "ref", group="position"),
    Field("stance", N_("Stance"), "choice", choices=Stance, required=True, group="position"),
    Field("roles", N_("Buying roles"), "choice", choices=BuyingRole, group="position"),
    Field("influence", N_("Influence (1–5)"), "integer", lo=1, hi=5, required=True, group="position"),
    Field("coverage_owner_id", N_("Our coverage owner"), "ref", group="position"),
    Field("email", N_("E-mail"), "email", group="position", sensitive=True),
    Field("phone", N_("Phone"), max_len=100, group="position", sensitive=True),
    Field("mobile", N_("Mobile"), max_len=100, group="position", sensitive=True),
    Field("wechat", N_("WeChat"), max_len=100, sensitive=True),
    Field("external_id", N_("External id"), max_len=100),
    Field("notes", N_("Notes"), "text"),
    Field("gender", N_("Gender"), max_len=20, group="profile"),
    Field("birthday", N_("Birthday"), "date", group="profile", sensitive=True),
    Field("birth_year", N_("Year of birth"), "integer", lo=1900, group="profile", sensitive=True),
    Field("education", N_("Education"), "text", group="profile"),
    Field("school", N_("School"), max_len=200, group="profile"),
    Field("hometown", N_("Hometown"), max_len=200, group="profile"),
    Field("hobbies", N_("Hobbies and sports"), "text", group="profile"),
    Field("family", N_("Family"), "text", group="profile", sensitive=True),
    Field("health", N_("Health"), "text", group="profile", sensitive=True),
    Field("personality", N_("Personality"), "text", group="profile", sensitive=True),
    Field("abilities", N_("Abilities"), "text", group="profile"),
    Field("background", N_("Background"), "text", group="profile"),
    Field("colleague_relations", N_("Relations with colleagues"), "text", group="profile", sensitive=True),
    Field("role_in_company", N_("Role in the company"), "text", group="profile"),
    Field("career_plans", N_("Career plans"), "text", group="profile"),
    Field("personal_note", N_("Personal note"), "text", group="profile", sensitive=True),
    Field("data_source", N_("Source of this data"), max_len=200, group="profile"),
    Field("consent_basis", N_("Legal basis / consent"), max_len=200, group="profile"),
    Field("consent_on", N_("Consent given on"), "date"),
])
"""The person's fields; ``sensitive`` ones are SENSITIVE_PERSONAL_FIELDS (printed only deliberately)."""


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    name_latin: str | None
    title: str | None
    department: str | None
    reports_to: int | None
    stance: Stance
    roles: list[BuyingRole]
    influence: int
    factions: list[str]
    coverage_owner: str | None


def clean_person_fields(s: Session, account_id: int, person_id: int | None, data: dict[str, Any]) -> dict[str, Any]:
    """Validate every given field (ValidationError names the first bad one by its caption)."""
    PERSON_FIELDS.check_known(data, extra=("birthday_no_year",))
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key == "birthday_no_year":  # RFC 6350 "--0415": the birthday's year is a placeholder (NO_YEAR)
            out[key] = bool(value)
            continue
        spec = PERSON_FIELDS[key]
        if key == "roles":
            out[key] = sorted({spec.clean(r) for r in (value or [])} - {None})
            continue
        out[key] = spec.clean(value)
        if key == "birthday" and out[key] and out[key] > dt.date.today():
            raise ValidationError(key, _("is in the future"), spec.caption)
        if key == "birthday" and "birthday_no_year" not in data:  # the year NO_YEAR says "no year" (RFC 6350)
            out["birthday_no_year"] = bool(out[key] and out[key].year == NO_YEAR)
        if key == "birth_year" and out[key] and out[key] > dt.date.today().year:
            raise ValidationError(key, _("is in the future"), spec.caption)
        if key == "coverage_owner_id" and out[key] is not None and s.get(User, out[key]) is None:
            raise ValidationError(key, _("no user with id {id}").format(id=out[key]), spec.caption)
        if key == "reports_to_id":
            check_reports_to(s, account_id, person_id, out[key])
        if key == "department":
            out["department_id"] = department_id(s, account_id, out.pop(key))
    return out


def department_id(s: Session, account_id: int, name: str | None) -> int | None:
    """The id of the account's department with this name, created on first use."""
    if name is None:
        return None
    dep_id = s.scalar(select(Department.id).where(Department.account_id == account_id,
                                                   Department.name == name))
    if dep_id is None:
        dep = Department(account_id=account_id, name=name)
        s.add(dep)
        s.flush()
        dep_id = dep.id
    return dep_id


def check_reports_to(s: Session, account_id: int, person_id: int | None, manager_id: int | None) -> None:
    """Refuse a manager from another account, a deleted one, or one that closes a cycle."""
    if manager_id is None:
        return
    if manager_id == person_id:
        raise ValidationError("reports_to_id", _("a person cannot report to themselves"))
    seen: set[int] = set()
    cur: int | None = manager_id
    while cur is not None:
        if cur == person_id:
            raise ValidationError("reports_to_id", _("this would make a reporting cycle"))
        if cur in seen:  # a cycle already in stored data above the new manager: tolerated
            break
        seen.add(cur)
        row = s.execute(select(Person.account_id, Person.reports_to_id, Person.deleted_at)
                        .where(Person.id == cur)).first()
        if row is None or (cur == manager_id and row.deleted_at is not None):
            raise ValidationError("reports_to_id", _("no person with id {cur}").format(cur=cur))
        if cur == manager_id and row.account_id != account_id:
            raise ValidationError("reports_to_id", _("the manager works at another account"))
        cur = row.reports_to_id


def record_stance(s: Session, person: Person, new: Stance, on: dt.date, actor: Actor,
                  source: str = "manual", visit_id: int | None = None, note: str | None = None) -> None:
    """Set a stance and date it in the stance history (no entry when nothing changes)."""
    old = person.stance
    if old == new:
        return
    last = s.scalar(select(func.max(StanceChange.changed_on)).where(StanceChange.person_id == person.id))
    if last is not None and on < last:
        # Dating it earlier would make the history contradict the current stance.
        raise ValidationError("stance_on", _("{on} is before the last recorded stance change ({last})").format(on=on, last=last))
    if on > dt.date.today():
        raise ValidationError("stance_on", _("{on} is in the future").format(on=on))
    person.stance = new
    s.add(StanceChange(person_id=person.id, changed_on=on, old_stance=old, new_stance=new,
                       source=source, visit_id=visit_id, recorded_by_id=actor.user_id, note=note))


class PeopleService(ServiceBase):
    fields = PERSON_FIELDS

    def validate_field(self, name: str, value: Any) -> Any:
        """One field as the save would store it; ValidationError (by caption) as the save would raise."""
        return PERSON_FIELDS.clean_one(name, value)

    def create(self, account_id: int, stance_on: dt.date | None = None, **data: Any) -> Change:
        """Add a person; their initial stance is dated ``stance_on`` (default today)."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            if "name" not in data:
                raise ValidationError("name", _("is required"))
            fields = clean_person_fields(s, account_id, None, data)
            roles = fields.pop("roles", [])
            stance = fields.pop("stance", Stance.UNKNOWN)
            p = Person(account_id=account_id, stance=Stance.UNKNOWN, **fields)
            p.search_key = search_key(p.name, p.name_latin)
            p.roles = [PersonRole(role=r) for r in roles]
            s.add(p)
            s.flush()
            record_stance(s, p, stance, stance_on or dt.date.today(), self.actor)
            return Change("person", p.id, "create", {}, {"name": p.name})

    def update(self, person_id: int, expected_version: int | None = None,
               stance_on: dt.date | None = None, **data: Any) -> Change:
        """Edit a person; a stance change is dated (``stance_on``, default today)."""
        with self.unit() as s:
            p = s.scalar(select(Person).options(selectinload(Person.roles))
                         .where(Person.id == person_id, Person.deleted_at.is_(None)))
            if p is None:
                raise NotFound(_("no person with id {person_id}").format(person_id=person_id))
            check_version(p, expected_version, "person")
            fields = clean_person_fields(s, p.account_id, p.id, data)
            keys = sorted(k for k in fields if k != "roles")
            before = snapshot(p, keys)
            if "roles" in fields:
                before["roles"] = sorted(p.role_set)
                p.roles = [PersonRole(role=r) for r in fields.pop("roles")]
            if "stance" in fields:
                record_stance(s, p, fields.pop("stance"), stance_on or dt.date.today(), self.actor)
            for k, val in fields.items():
                setattr(p, k, val)
            p.search_key = search_key(p.name, p.name_latin)
            p.updated_at = utcnow()  # also bumps the version when only roles changed
            s.flush()
            after = snapshot(p, keys)
            if "roles" in before:
                after["roles"] = sorted(p.role_set)
            return Change("person", p.id, "update", before, after)

    def set_manager(self, person_id: int, manager_id: int | None) -> Change:
        """Re-parent a person in the org chart; refuses cycles."""
        return self.update(person_id, reports_to_id=manager_id)

    def delete(self, person_id: int, before: Mapping[str, Any] | None = None) -> Change:
        """Move a person to the trash; their reports keep pointing at them until restored. As the undo of
        ``restore`` (``before``: its change's ``before``) the row is exactly as it was in the trash."""
        with self.unit() as s:
            p = get_or_404(s, Person, person_id, "person")
            kept = as_was(p)
            if not step_back(s, p, before):
                p.deleted_at = utcnow()
            audit.record(s, self.actor, "person.delete", "person", p.id, account_id=p.account_id)
            return Change("person", p.id, "delete", kept)

    def restore(self, person_id: int, before: Mapping[str, Any] | None = None) -> Change:
        """Bring a person back from the trash. As the undo of ``delete`` (``before``: its change's ``before``)
        the row is exactly as before the move, version and ``updated_at`` included."""
        with self.unit() as s:
            p = s.get(Person, person_id)
            if p is None or p.deleted_at is None:
                raise NotFound(_("no person with id {person_id} in the trash").format(person_id=person_id))
            kept = as_was(p)
            if not step_back(s, p, before):
                p.deleted_at = None
            audit.record(s, self.actor, "person.restore", "person", p.id, account_id=p.account_id)
            return Change("person", p.id, "restore", kept)

    def get(self, person_id: int) -> Person:
        with self.read() as s:
            p = s.scalar(select(Person).options(selectinload(Person.roles))
                         .where(Person.id == person_id))
            if p is None:
                raise NotFound(_("no person with id {person_id}").format(person_id=person_id))
            return p

    def rows(self, account_id: int) -> list[PersonRow]:
        """The account's people with department, roles and factions: four queries in all."""
        with self.read() as s:
            get_or_404(s, Account, account_id, "account")
            people = list(s.scalars(
                select(Person).options(selectinload(Person.roles))
                .where(Person.account_id == account_id, Person.deleted_at.is_(None))
                .order_by(Person.id)
            ))
            deps = dict(s.execute(select(Department.id, Department.name)
                                  .where(Department.account_id == account_id)).all())
            factions: dict[int, list[str]] = defaultdict(list)
            for pid, fname in s.execute(
                select(FactionMember.person_id, Faction.name)
                .join(Faction, Faction.id == FactionMember.faction_id)
                .where(Faction.account_id == account_id).order_by(Faction.name)
            ):
                factions[pid].append(fname)
            owners = dict(s.execute(select(User.id, User.display_name)).all())
            return [
                PersonRow(p.id, p.name, p.name_latin, p.title,
                          deps.get(p.department_id) if p.department_id else None,
                          p.reports_to_id, p.stance, sorted(p.role_set), p.influence,
                          factions.get(p.id, []),
                          owners.get(p.coverage_owner_id) if p.coverage_owner_id else None)
                for p in people
            ]

    def search(self, query: str, account_id: int | None = None, limit: int = 50) -> list[Person]:
        """People whose name, romanisation or pinyin contains ``query``."""
        with self.read() as s:
            q = (select(Person).where(Person.deleted_at.is_(None),
                                      Person.search_key.like(query_pattern(query), escape="\\"))
                 .order_by(Person.influence.desc(), Person.id).limit(limit))
            if account_id is not None:
                q = q.where(Person.account_id == account_id)
            return list(s.scalars(q))

    def stance_history(self, person_id: int) -> list[StanceChange]:
        with self.read() as s:
            return list(s.scalars(select(StanceChange).where(StanceChange.person_id == person_id)
                                  .order_by(StanceChange.changed_on, StanceChange.id)))

    # --- factions and informal influence

    def create_faction(self, account_id: int, name: str, leader_id: int | None = None,
                       member_ids: list[int] | None = None, description: str | None = None) -> Change:
        """A faction with its leader (who is also a member) and members of the same account."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, "account")
            members = set(member_ids or []) | ({leader_id} if leader_id else set())
            self._same_account(s, account_id, members, "member_ids")
            clean = v.text(name, "name", required=True, max_len=200)
            if s.scalar(select(Faction.id).where(Faction.account_id == account_id,
                                                 func.lower(Faction.name) == clean.lower())) is not None:
                raise ValidationError("name", _("there is already a faction {name!r}").format(name=clean))
            f = Faction(account_id=account_id, name=clean,
                        leader_id=leader_id, description=v.text(description, "description"))
            f.members = [FactionMember(person_id=m) for m in sorted(members)]
            s.add(f)
            s.flush()
            return Change("faction", f.id, "create", {}, {"name": f.name})

    def add_influence(self, source_id: int, target_id: int, strength: int = 2,
                      note: str | None = None, kind: str | None = None) -> Change:
        """An informal line: ``source`` sways ``target`` (how strongly, 1–3, and why: an ``InfluenceKind``);
        both at the same account."""
        with self.unit() as s:
            if source_id == target_id:
                raise ValidationError("target_id", _("a person cannot influence themselves"))
            src = get_or_404(s, Person, source_id, "person")
            self._same_account(s, src.account_id, {target_id}, "target_id")
            if s.scalar(select(InfluenceLine.id).where(InfluenceLine.source_id == source_id,
                                                       InfluenceLine.target_id == target_id)) is not None:
                raise ValidationError("target_id", _("this influence line is already drawn"))
            line = InfluenceLine(account_id=src.account_id, source_id=source_id, target_id=target_id,
                                 strength=v.integer(strength, "strength", lo=1, hi=3), note=v.text(note, "note"),
                                 kind=v.choice(InfluenceKind, kind, "kind", required=False))
            s.add(line)
            s.flush()
            return Change("influence", line.id, "create")

    @staticmethod
    def _same_account(s: Session, account_id: int, ids: set[int], field: str) -> None:
        if not ids:
            return
        found = dict(s.execute(select(Person.id, Person.account_id).where(Person.id.in_(ids))).all())
        for pid in sorted(ids):
            if pid not in found:
                raise ValidationError(field, _("no person with id {pid}").format(pid=pid))
            if found[pid] != account_id:
                raise ValidationError(field, _("person {pid} works at another account").format(pid=pid))
