"""Write imported people (from a table or from vCards): departments, duplicates, reporting lines.

The rows arrive parsed — (row, account id, fields, reports-to name, reports-to id) — and are checked
against the people already in the accounts involved, all held in memory (one query each, not several
per row). A reports-to value is looked up by the manager's id column first (SQL exports point
``ReportsTo`` at ``EmployeeID``), then by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam import validate as v
from kam.errors import ValidationError
from kam.i18n import _
from kam.io.import_common import ImportResult, Problem, closes_cycle
from kam.model import Account, Department, Person
from kam.text import search_key

Parsed = tuple[int, int, dict[str, Any], Any, Any]  # row, account id, fields, reports-to name, reports-to id


@dataclass
class Known:
    """The people and departments of the accounts an import touches."""

    existing: dict[tuple[int, str], Person] = field(default_factory=dict)
    by_email: dict[str, Person] = field(default_factory=dict)
    by_ext: dict[tuple[int, str], Person] = field(default_factory=dict)
    departments: dict[tuple[int, str], int] = field(default_factory=dict)

    def add(self, person: Person) -> None:
        self.existing[(person.account_id, person.name)] = person
        if person.email:
            self.by_email[person.email.casefold()] = person
        if person.external_id:
            self.by_ext[(person.account_id, person.external_id)] = person

    def manager(self, person: Person, boss: Any, boss_ref: Any) -> Person | None:
        """The manager a row names: by id (``reports_to_ref``, or a name column that holds an id), then by name."""
        for ref in (boss_ref, boss):
            if ref is not None and (found := self.by_ext.get((person.account_id, _id_text(ref)))) is not None:
                return found
        return self.existing.get((person.account_id, str(boss))) if boss is not None else None


def _id_text(value: Any) -> str:
    text = str(value).strip()
    return text[:-2] if text.endswith(".0") else text  # 5.0 from a spreadsheet is id 5


def _load(s: Session, ids: list[int]) -> Known:
    known = Known()
    with s.no_autoflush:
        for person in s.scalars(select(Person).where(Person.account_id.in_(ids), Person.deleted_at.is_(None))):
            known.add(person)
        known.departments = {(a, n): i for i, a, n in s.execute(
            select(Department.id, Department.account_id, Department.name).where(Department.account_id.in_(ids)))}
    return known


def _make_departments(s: Session, parsed: list[Parsed], known: Known, head: dict[str, str],
                      problems: list[Problem], unit: str) -> None:
    wanted: dict[tuple[int, str], None] = {}
    for row, account_id, data, _boss, _ref in parsed:
        try:
            name = v.text(data.get("department"), "department", max_len=200)
        except ValidationError as exc:
            problems.append(Problem(row, head.get("department"), exc.reason, unit))
            continue
        if name is not None and (account_id, name) not in known.departments:
            wanted[(account_id, name)] = None
    if wanted:  # new departments in one go
        made = [Department(account_id=a, name=n) for a, n in wanted]
        s.add_all(made)
        s.flush()
        known.departments.update({(d.account_id, d.name): d.id for d in made})


def _place(s: Session, parsed: list[Parsed], known: Known, head: dict[str, str], on_duplicate: str,
           result: ImportResult, problems: list[Problem], unit: str) -> list[tuple[int, Person, Any, Any]]:
    """Create each person, or skip/update/merge the one already there; returns who to link to a manager."""
    from kam.services.people import clean_person_fields

    placed: list[tuple[int, Person, Any, Any]] = []
    for row, account_id, data, boss, boss_ref in parsed:
        data = dict(data)
        department = data.pop("department", None)
        try:
            fields = clean_person_fields(s, account_id, None, data)
        except ValidationError as exc:
            problems.append(Problem(row, head.get(exc.field, exc.field), exc.reason, unit))
            continue
        dep_id = known.departments.get((account_id, str(department).strip())) if department is not None else None
        twin = (known.by_email.get(fields["email"].casefold()) if fields.get("email") else None) \
            or known.existing.get((account_id, fields["name"]))
        if twin is not None and twin.account_id == account_id:
            if on_duplicate == "skip":
                result.skipped.append(_("{unit} {row}: {name} is already in the account").format(
                    unit=_("card") if unit == "card" else _("row"), row=row, name=fields["name"]))
            else:
                _update(twin, fields, dep_id, on_duplicate)
                result.updated += 1
            placed.append((row, twin, boss, boss_ref))
            continue
        person = Person(account_id=account_id, department_id=dep_id, **fields)
        person.search_key = search_key(person.name, person.name_latin)
        s.add(person)
        known.add(person)
        placed.append((row, person, boss, boss_ref))
        result.created += 1
    return placed


def _update(twin: Person, fields: dict[str, Any], dep_id: int | None, on_duplicate: str) -> None:
    for k, value in fields.items():
        if value is not None and (on_duplicate == "update" or getattr(twin, k) in (None, "")):
            setattr(twin, k, value)
    if dep_id is not None and (on_duplicate == "update" or twin.department_id is None):
        twin.department_id = dep_id
    twin.search_key = search_key(twin.name, twin.name_latin)


def _link(s: Session, placed: list[tuple[int, Person, Any, Any]], known: Known, head: dict[str, str],
          problems: list[Problem], unit: str) -> None:
    manager_of = {p.id: p.reports_to_id for p in known.existing.values()}
    names = {aid: zh or en or str(aid) for aid, zh, en in s.execute(select(Account.id, Account.name_zh,
                                                                           Account.name_en))}
    for row, person, boss, boss_ref in placed:
        if boss is None and boss_ref is None:
            continue
        manager = known.manager(person, boss, boss_ref)
        column = head.get("reports_to_ref") if boss_ref is not None else head.get("reports_to")
        if manager is None or manager.account_id != person.account_id:
            who = boss_ref if boss_ref is not None else boss
            problems.append(Problem(row, column, _('no person "{who}" in account {account}').format(
                who=who, account=names.get(person.account_id, person.account_id)), unit, kept=True))
            continue
        if closes_cycle(manager_of, person.id, manager.id):
            problems.append(Problem(row, column, _("{person} → {manager} would make a reporting cycle").format(
                person=person.name, manager=manager.name), unit, kept=True))
            continue
        person.reports_to_id = manager_of[person.id] = manager.id


def write_people(s: Session, parsed: list[Parsed], head: dict[str, str], on_duplicate: str, result: ImportResult,
                 problems: list[Problem], unit: str = "row", keep_going: bool = False) -> int:
    """Create or update the parsed people, then their reporting lines; problems by row. Returns how many
    were created. Without ``keep_going`` a problem in the people stops before the reporting lines."""
    known = _load(s, sorted({p[1] for p in parsed}))
    _make_departments(s, parsed, known, head, problems, unit)
    placed = _place(s, parsed, known, head, on_duplicate, result, problems, unit)
    if problems and not keep_going:
        return 0
    s.flush()
    _link(s, placed, known, head, problems, unit)
    return result.created
