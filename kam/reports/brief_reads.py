"""The executive-visit brief's data read through a DB-API connection, without SQLAlchemy or the models.

``kam brief`` (without ``--include-confidential``) on a database file that needs nothing but opening
(``kam.store.quick``) reads here instead of through ``ReportService.brief_data``, so the command imports neither
SQLAlchemy nor the models (≈ 0.5 s of its start: the imports, the mappers' configuration, the first
statements' compiles). Only the reads are here: each query is the SQL the service's ORM query compiles to on
SQLite (``ReportService.account_facts`` and ``brief_data``, ``OrgMapService.org`` for the power map,
``PlanLifecycle.current_plan`` and ``objective_actuals``, ``AccountService.resolve``, the author of
``ReportService._meta``), with only the columns the brief uses. The rules (the default attendees, the power
map, the objectives' attainment, the cards) stay in ``kam.reports.briefing``, ``kam.analysis.powermap`` and
``kam.analysis.actuals``, fed from either read; tests/test_brief_reads.py checks that both give the same
``BriefData`` and the same PDF.

SQLite files only: ``kam brief`` on a team database never takes this way (it opens the database as always,
once), and ``read_brief`` returns None for a connection that is not SQLite's. The command also opens the
database as always when the account's plan counts what these reads leave to the service (new products,
complaints resolved), and whenever the account or an attendee asked for is not there (the service says what
is wrong).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kam.analysis.reads import is_sqlite, marks, sqlite_utc
from kam.money import MONEY_FACTOR
from kam.money import from_stored as _money
from kam.reports.briefing import (
    AccountFacts,
    BriefData,
    ObjectiveLine,
    VisitCard,
    account_card,
    attendee,
    chosen_attendees,
    issue_line,
    last_two,
    objective_lines,
)
from kam.vocab import BuyingRole, FeedbackStatus, KAType, Metric, RoutedTo, Stance, Tier

# --- the account and the author (AccountService.resolve, ReportService._author)

ACCOUNT_BY_ID_SQL = "SELECT accounts.id FROM accounts WHERE accounts.id = ? AND accounts.deleted_at IS NULL"
ACCOUNT_BY_NAME_SQL = """
SELECT accounts.id FROM accounts
WHERE accounts.deleted_at IS NULL AND (accounts.name_zh = ? OR accounts.name_en = ? OR accounts.short_name = ?)
"""
AUTHOR_SQL = "SELECT users.display_name FROM users WHERE users.username = ?"


def read_account_id(conn: Any, ref: str) -> int | None:
    """``AccountService.resolve``: the live account ``ref`` names (its id, or its exact Chinese, English or short
    name); None when none or several do (the service's error says which)."""
    text = str(ref).strip()
    if text.isdigit():
        row = conn.execute(ACCOUNT_BY_ID_SQL, (int(text),)).fetchone()
        if row is not None:
            return int(row[0])
    rows = conn.execute(ACCOUNT_BY_NAME_SQL, (text, text, text)).fetchall()
    return int(rows[0][0]) if len(rows) == 1 else None


def read_author(conn: Any, username: str | None) -> str:
    """Who the document's footer names (``ReportService._author`` of the actor ``AppContext.act_as`` makes):
    the user ``--user`` (else the OS login) names, by display name; else that login name."""
    import getpass

    name = username or getpass.getuser()
    row = conn.execute(AUTHOR_SQL, (name,)).fetchone()
    return str(row[0]) if row is not None else (name or "kam")


# --- the facts (ReportService.account_facts)

ACCOUNT_SQL = """
SELECT accounts.id, accounts.name_zh, accounts.name_en, accounts.ka_type, accounts.industry, accounts.currency,
       accounts.topics_to_avoid, accounts.cultural_notes, accounts.owner_id, accounts.annual_category_spend
FROM accounts WHERE accounts.id = ? AND accounts.deleted_at IS NULL
"""
OWNER_SQL = "SELECT users.display_name FROM users WHERE users.id = ?"
TIER_SQL = """
SELECT tier_snapshots.tier, tier_snapshots.current_score, tier_snapshots.potential_score FROM tier_snapshots
WHERE tier_snapshots.account_id = ? ORDER BY tier_snapshots.year DESC, tier_snapshots.quarter DESC LIMIT 1
"""
SALES_SQL = """
SELECT coalesce(sum(transactions.amount), ?), coalesce(sum(transactions.gross_profit), ?) FROM transactions
WHERE transactions.account_id = ? AND transactions.occurred_on > ? AND transactions.occurred_on <= ?
"""
ISSUES_SQL = """
SELECT feedback.subject, feedback.kind, feedback.received_at, feedback.routed_to, feedback.status FROM feedback
WHERE feedback.account_id = ? AND feedback.status IN (?, ?) ORDER BY feedback.received_at
"""

# the power map (OrgMapService.org, powermap) and the people the brief is about (brief_data)
PEOPLE_SQL = """
SELECT people.id, people.name, people.name_latin, people.title, people.department_id, people.stance,
       people.influence, people.coverage_owner_id, people.hometown, people.school, people.hobbies,
       people.career_plans
FROM people WHERE people.account_id = ? AND people.deleted_at IS NULL ORDER BY people.id
"""
ROLES_SQL = """
SELECT person_roles.person_id, person_roles.role
FROM person_roles JOIN people ON people.id = person_roles.person_id WHERE people.account_id = ?
"""
USERS_SQL = "SELECT users.id, users.display_name FROM users"
LAST_CONTACT_SQL = """
SELECT contact_attendees.person_id, max(contacts.occurred_on)
FROM contact_attendees JOIN contacts ON contacts.id = contact_attendees.contact_id
WHERE contacts.account_id = ? AND contacts.done IS 1 GROUP BY contact_attendees.person_id
"""

# the current plan's objectives (PlanLifecycle.current_plan: newest_plan_id, plan_or_404's objectives)
PLAN_SQL = """
SELECT plans.id FROM plans WHERE plans.account_id = ? AND plans.year = ? ORDER BY plans.plan_version DESC LIMIT 1
"""
OBJECTIVES_SQL = """
SELECT quant_objectives.id, quant_objectives.metric, quant_objectives.label, quant_objectives.product,
       quant_objectives.unit, quant_objectives.annual_target, quant_objectives.q1, quant_objectives.q2,
       quant_objectives.q3, quant_objectives.q4, quant_objectives.manual_actuals
FROM quant_objectives WHERE quant_objectives.plan_id IN (?) ORDER BY quant_objectives.position
"""
# actuals_of_accounts' category purchases (the transactions' sums: kam.analysis.reads.read_sums)
WALLET_SQL = """
SELECT category_purchases.account_id, category_purchases.amount FROM category_purchases
WHERE category_purchases.account_id IN (?) AND category_purchases.year = ?
"""

# the visit, the attendees, their departments and last contacts (brief_data)
VISIT_SQL = """
SELECT contacts.id, contacts.occurred_on, contacts.purpose, contacts.best_outcome, contacts.minimum_outcome
FROM contacts WHERE contacts.account_id = ? AND contacts.done IS 0 AND contacts.occurred_on >= ?
ORDER BY contacts.occurred_on LIMIT 1
"""
PLANNED_SQL = "SELECT contact_attendees.person_id FROM contact_attendees WHERE contact_attendees.contact_id = ?"
DEPARTMENTS_SQL = "SELECT departments.id, departments.name FROM departments WHERE departments.account_id = ?"
HISTORY_SQL = """
SELECT contact_attendees.person_id, contacts.occurred_on, contacts.purpose, contacts.outcome
FROM contact_attendees JOIN contacts ON contacts.id = contact_attendees.contact_id
WHERE contact_attendees.person_id IN ({people}) AND contacts.done IS 1 ORDER BY contacts.occurred_on DESC
"""


@dataclass(frozen=True)
class AccountRow:
    id: int
    name_zh: str | None
    name_en: str | None
    ka_type: KAType
    industry: str | None
    currency: str
    topics_to_avoid: str | None
    cultural_notes: str | None
    owner_id: int | None
    annual_category_spend: Decimal | None


@dataclass(frozen=True)
class PersonRow:
    """The columns of a person the brief and the power map read."""

    id: int
    name: str
    name_latin: str | None
    title: str | None
    department_id: int | None
    stance: Stance
    influence: int
    coverage_owner_id: int | None
    hometown: str | None
    school: str | None
    hobbies: str | None
    career_plans: str | None


@dataclass(frozen=True)
class PlanObjective:
    """A quantitative objective's columns (``kam.analysis.actuals.Objective`` and what the documents print)."""

    id: int
    metric: Metric
    label: str | None
    product: str | None
    unit: str
    annual_target: Decimal
    q1: Decimal
    q2: Decimal
    q3: Decimal
    q4: Decimal
    manual_actuals: dict[str, str] | None


def read_brief(conn: Any, account_id: int, *, attendee_ids: list[int] | None = None, lang: str = "en",
               today: dt.date | None = None) -> BriefData | None:
    """``ReportService.brief_data`` without confidential content, through ``conn``; None when this read leaves
    the brief to the service (a team database, a plan with sums read only by the service, an account or an
    attendee that is not there)."""
    from kam.errors import ValidationError

    if not is_sqlite(conn):
        return None
    day = today or dt.date.today()
    row = conn.execute(ACCOUNT_SQL, (account_id,)).fetchone()
    if row is None:
        return None
    aid, zh, en, ka_type, industry, currency, avoid, culture, owner_id, spend = row
    acc = AccountRow(aid, zh, en, KAType(ka_type), industry, currency, avoid, culture, owner_id, _money(spend))
    users = {uid: name for uid, name in conn.execute(USERS_SQL)}
    people = {p.id: p for p in (PersonRow(pid, name, latin, title, dep, Stance(stance), influence, owner, *rest)
                                for pid, name, latin, title, dep, stance, influence, owner, *rest
                                in conn.execute(PEOPLE_SQL, (account_id,)))}
    roles: dict[int, list[BuyingRole]] = {}
    for pid, role in conn.execute(ROLES_SQL, (account_id,)):
        if pid in people:
            roles.setdefault(pid, []).append(BuyingRole(role))
    objectives = _objectives(conn, acc, day, lang)
    if objectives is None:
        return None
    facts = AccountFacts(account_card(acc), *_owner_and_tier(conn, acc), *_sales(conn, account_id, day),
                         _power(conn, account_id, people, roles, users, day, lang), _issues(conn, account_id, lang),
                         objectives, None)
    visit_row = conn.execute(VISIT_SQL, (account_id, day.isoformat())).fetchone()
    visit = None if visit_row is None else VisitCard(visit_row[0], dt.date.fromisoformat(visit_row[1]), *visit_row[2:])
    planned = [pid for (pid,) in conn.execute(PLANNED_SQL, (visit.id,))] if visit is not None else []
    try:
        chosen = chosen_attendees(people, roles, planned, attendee_ids)
    except ValidationError:
        return None
    deps = {did: name for did, name in conn.execute(DEPARTMENTS_SQL, (account_id,))}
    rows = conn.execute(HISTORY_SQL.format(people=marks(len(chosen))), chosen).fetchall() if chosen else []
    history = last_two([(pid, dt.date.fromisoformat(when), purpose, outcome) for pid, when, purpose, outcome in rows],
                       chosen)
    attendees = []
    for pid in chosen:
        p = people[pid]
        attendees.append(attendee(p, roles.get(pid, []), deps.get(p.department_id) if p.department_id else None,
                                  users.get(p.coverage_owner_id) if p.coverage_owner_id else None, history[pid], {}))
    return BriefData(facts, attendees, visit, False, lang)


def _owner_and_tier(conn: Any, acc: AccountRow) -> tuple[str | None, Tier | None, Decimal | None, Decimal | None]:
    owner = None
    if acc.owner_id:
        row = conn.execute(OWNER_SQL, (acc.owner_id,)).fetchone()
        owner = row[0] if row is not None else None
    snap = conn.execute(TIER_SQL, (acc.id,)).fetchone()
    if snap is None:
        return owner, None, None, None
    return owner, Tier(snap[0]), _money(snap[1]), _money(snap[2])


def _sales(conn: Any, account_id: int, day: dt.date) -> tuple[Decimal, Decimal]:
    rev, gp = conn.execute(SALES_SQL, (0, 0, account_id, (day - dt.timedelta(days=365)).isoformat(),
                                       day.isoformat())).fetchone()
    return _money(rev) or Decimal(0), _money(gp) or Decimal(0)


def _issues(conn: Any, account_id: int, lang: str) -> list[Any]:
    from kam.vocab import FeedbackKind

    return [issue_line(subject, FeedbackKind(kind), sqlite_utc(received), RoutedTo(routed) if routed else None,
                       FeedbackStatus(status), lang)
            for subject, kind, received, routed, status in conn.execute(
                ISSUES_SQL, (account_id, FeedbackStatus.OPEN.value, FeedbackStatus.RESPONDED.value))]


def _power(conn: Any, account_id: int, people: dict[int, PersonRow], roles: dict[int, list[BuyingRole]],
           users: dict[int, str], day: dt.date, lang: str) -> Any:
    """``OrgMapService.powermap``: the account's people rated by ``kam.analysis.powermap.assess``."""
    from kam.analysis.powermap import MapPerson, assess

    last = {pid: dt.date.fromisoformat(on) for pid, on in conn.execute(LAST_CONTACT_SQL, (account_id,))}
    return assess([MapPerson(p.id, p.name, p.stance, frozenset(roles.get(p.id, ())), p.influence,
                             users.get(p.coverage_owner_id) if p.coverage_owner_id else None, last.get(p.id))
                   for p in people.values()], day, lang=lang)


def _objectives(conn: Any, acc: AccountRow, day: dt.date, lang: str) -> list[ObjectiveLine] | None:
    """The current plan's objectives judged through today (``account_facts``); None when their actuals need
    counts read only by the service."""
    from kam.analysis.actuals import Objective, assemble, needs
    from kam.analysis.reads import read_sums

    year = day.year
    row = conn.execute(PLAN_SQL, (acc.id, year)).fetchone()
    if row is None:
        return []

    def exact(value: int) -> Decimal:  # (a NOT NULL Money column)
        return Decimal(int(value)) / MONEY_FACTOR

    objectives: list[Objective] = [
        PlanObjective(oid, Metric(metric), label, product, unit, exact(target), exact(q1), exact(q2), exact(q3),
                      exact(q4), None if manual is None else json.loads(manual))
        for oid, metric, label, product, unit, target, q1, q2, q3, q4, manual
        in conn.execute(OBJECTIVES_SQL, (row[0],))]
    plans: dict[int, tuple[Sequence[Objective], Decimal | None]] = {acc.id: (objectives, acc.annual_category_spend)}
    need = needs(plans)
    if need.counted:  # new products, complaints resolved: counted by the service
        return None
    tx, visits = read_sums(conn, year, need)
    entered: dict[int, Decimal] = {}
    if need.wallet:
        entered = {aid: exact(amount) for aid, amount in conn.execute(WALLET_SQL, (acc.id, year))}
    actuals = assemble(plans, tx, visits, entered, {})[acc.id]
    return objective_lines(objectives, actuals, year, day, lang)
