"""The value scores', the Pareto's and the scorecards' figures read through a DB-API connection, without
SQLAlchemy or the models.

``kam tiers``, ``kam pareto`` and ``kam scorecard`` on a database file that needs nothing but opening (``kam.store.quick``) read
here instead of through the services, so the command imports neither SQLAlchemy nor the models (≈ 0.6 s of its
start: the imports and the mappers' configuration). Only the reads are here: the queries are the SQL the
services' queries (``kam.analysis.value.account_facts``, ``kam.analysis.portfolio.profit_by_account``,
``AccountService.names``, ``AnalysisService.scoring_config``, ``ScorecardService.scorecards`` with
``newest_objectives`` and ``kam.analysis.actuals``' sums) compile to on SQLite, and tests/test_quick_reads.py
checks that both give the same facts, sums, cards and output. The rules (scores, tiers, the Pareto ranking,
actuals, attainment, the scorecards) stay in ``kam.analysis.value``, ``kam.analysis.portfolio``,
``kam.analysis.actuals`` and ``kam.analysis.scorecard``, fed from either read.

SQLite files only, but for the scorecards, read on a team database too (psycopg: the rows the login may read,
as the service's); elsewhere on a team database the readers return None and the command opens it as always; so
do the scorecards when a plan needs sums these reads leave to the service (per product, share of wallet, new
products, complaints resolved).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, overload

from kam.analysis.actuals import (
    Needs,
    Objective,
    ObjectiveFigures,
    Sums,
    assemble,
    judged_quarter,
    needs,
    quarter_bounds,
)
from kam.analysis.scorecard import Scorecard, scorecards
from kam.analysis.value import SCORING_KEY, AccountFacts, ScoringConfig
from kam.money import MONEY_FACTOR, from_stored
from kam.text import account_name
from kam.vocab import ContactKind, FeedbackKind, Metric, PlanStatus, UserRole

SCORING_SQL = "SELECT settings.value FROM settings WHERE settings.key = ?"

NAMES_SQL = "SELECT accounts.id, accounts.name_zh, accounts.name_en FROM accounts WHERE accounts.deleted_at IS NULL"

ACCOUNT_FACTS_SQL = """
SELECT accounts.id, sum(transactions.gross_profit), sum(transactions.amount), sum(transactions.discount),
       sum(transactions.financial_cost), accounts.industry_position, accounts.cooperation_since,
       accounts.satisfaction
FROM accounts LEFT OUTER JOIN transactions ON transactions.account_id = accounts.id
     AND transactions.occurred_on > ? AND transactions.occurred_on <= ?
WHERE accounts.deleted_at IS NULL GROUP BY accounts.id ORDER BY accounts.id
"""

PROFIT_SQL = """
SELECT accounts.id, accounts.name_zh, accounts.name_en, sum(transactions.gross_profit)
FROM accounts LEFT OUTER JOIN transactions ON transactions.account_id = accounts.id
     AND transactions.occurred_on >= ? AND transactions.occurred_on <= ?
WHERE accounts.deleted_at IS NULL GROUP BY accounts.id
"""


def is_sqlite(conn: Any) -> bool:
    return type(conn).__module__.startswith(("sqlite3", "sqlcipher3"))


def _money(value: int | None) -> Decimal:
    """A SUM of a Money column as the service reads it (an exact Decimal; no rows: 0)."""
    return Decimal(0) if value is None else Decimal(int(value)) / MONEY_FACTOR


def read_scoring_config(conn: Any) -> ScoringConfig:
    """``AnalysisService.scoring_config``: the stored weights and scales, or the defaults."""
    row = conn.execute(SCORING_SQL, (SCORING_KEY,)).fetchone()
    return ScoringConfig.from_mapping(json.loads(row[0])) if row else ScoringConfig()


def read_names(conn: Any) -> dict[int, str]:
    """``AccountService.names``: every live account's name by id."""
    return {aid: account_name(zh, en, aid) for aid, zh, en in conn.execute(NAMES_SQL)}


def read_account_facts(conn: Any, today: dt.date, window_days: int = 365) -> list[AccountFacts]:
    """``kam.analysis.value.account_facts`` (all accounts) through ``conn``."""
    since = today - dt.timedelta(days=window_days)
    date = dt.date.fromisoformat
    out = []
    for aid, gp, rev, disc, fin, pos, since_, sat in conn.execute(ACCOUNT_FACTS_SQL,
                                                                   (since.isoformat(), today.isoformat())):
        out.append(AccountFacts(aid, _money(gp), _money(rev), _money(disc) + _money(fin), pos,
                                None if since_ is None else date(since_), sat))
    return out


def read_profit_by_account(conn: Any, since: dt.date, until: dt.date) -> list[tuple[int, str, Decimal]]:
    """``kam.analysis.portfolio.profit_by_account`` through ``conn``."""
    return [(aid, account_name(zh, en, aid), _money(gp))
            for aid, zh, en, gp in conn.execute(PROFIT_SQL, (since.isoformat(), until.isoformat()))]


KAMS_SQL = "SELECT users.id, users.display_name FROM users WHERE users.role = ? ORDER BY users.display_name"

OWNED_SQL = """
SELECT accounts.id, accounts.owner_id, accounts.annual_category_spend FROM accounts
WHERE accounts.deleted_at IS NULL AND accounts.owner_id IN ({owners})
"""

PLANS_SQL = """
SELECT plans.account_id, plans.id FROM plans WHERE plans.year = ? AND plans.status = ? ORDER BY plans.plan_version
"""

OBJECTIVES_SQL = """
SELECT quant_objectives.plan_id, quant_objectives.id, quant_objectives.metric, quant_objectives.product,
       quant_objectives.q1, quant_objectives.q2, quant_objectives.q3, quant_objectives.q4,
       quant_objectives.manual_actuals
FROM quant_objectives WHERE quant_objectives.plan_id IN ({plans})
ORDER BY quant_objectives.plan_id, quant_objectives.position
"""

QUARTER_SQL = "CASE WHEN {col} < ? THEN 1 WHEN {col} < ? THEN 2 WHEN {col} < ? THEN 3 WHEN {col} < ? THEN 4 END"

TX_SUMS_SQL = """
SELECT transactions.account_id, {quarter} AS q, sum(transactions.amount), {quantity}, sum(transactions.gross_profit)
FROM transactions
WHERE transactions.account_id IN ({accounts}) AND transactions.occurred_on >= ? AND transactions.occurred_on < ?
GROUP BY {group}
"""

VISITS_SQL = """
SELECT contacts.account_id, contacts.with_executive, {quarter} AS q, count(*)
FROM contacts
WHERE contacts.account_id IN ({accounts}) AND contacts.done IS 1 AND contacts.kind IN (?, ?, ?)
  AND contacts.occurred_on >= ? AND contacts.occurred_on < ?
GROUP BY {group}
"""

FEEDBACK_SQL = """
SELECT accounts.owner_id, feedback.kind, feedback.received_at, feedback.responded_at, feedback.resolved_at,
       feedback.response_target_hours, feedback.satisfaction
FROM feedback JOIN accounts ON accounts.id = feedback.account_id
WHERE accounts.owner_id IN ({owners}) AND accounts.deleted_at IS NULL AND feedback.received_at >= ?
  AND feedback.received_at < ?
"""


def marks(n: int) -> str:
    return ", ".join("?" * n)


_money_or_none = from_stored


@overload
def sqlite_utc(value: str) -> dt.datetime: ...
@overload
def sqlite_utc(value: None) -> None: ...
def sqlite_utc(value: str | None) -> dt.datetime | None:
    """A UTCDateTime column as SQLite keeps it (naive ISO text in UTC), as the column type reads it (the zone
    parsed with the text: a sixth of the time ``replace(tzinfo=…)`` takes, 22 000 times for the scorecards)."""
    return None if value is None else dt.datetime.fromisoformat(value + "+00:00")


def _stamp(day: dt.date) -> str:
    """Midnight UTC of ``day`` as SQLAlchemy binds a datetime on SQLite."""
    return f"{day.isoformat()} 00:00:00.000000"


def read_scorecards(conn: Any, year: int, through_quarter: int | None = None) -> list[Scorecard] | None:
    """``ScorecardService.scorecards`` through ``conn`` (an SQLite file's, or psycopg's to a team database: the
    rows its login may read); None when a plan needs sums read only by the service."""
    from kam import validate as v

    sqlite = is_sqlite(conn)
    if not sqlite and not type(conn).__module__.startswith("psycopg"):
        return None
    year = v.year(year)
    q_end = through_quarter or judged_quarter(year, dt.date.today())
    start, end = dt.date(year, 1, 1), quarter_bounds(year)[q_end - 1][1]
    sql: Callable[[str], str]
    stamp: Callable[[dt.date], Any]
    money: Callable[[Any], Decimal | None]
    utc: Callable[[Any], dt.datetime | None]
    if sqlite:
        sql, stamp, money, utc = _sqlite_sql, _stamp, _money_or_none, sqlite_utc
    else:  # psycopg: dates and Decimals as they come, timestamps moved to UTC (_aware_utc)
        sql, stamp, money, utc = _pg_sql, _midnight_utc, _same, _aware_utc
    kams = [(uid, name) for uid, name in conn.execute(sql(KAMS_SQL), (UserRole.KAM.value,))]
    owners = [uid for uid, _name in kams]
    accounts = [(aid, owner, money(spend))
                for aid, owner, spend in conn.execute(sql(OWNED_SQL.format(owners=marks(len(owners)))), owners)
                ] if owners else []
    newest = {aid: pid for aid, pid in conn.execute(sql(PLANS_SQL), (year, PlanStatus.APPROVED.value))}
    approved: dict[int, list[ObjectiveFigures]] = {aid: [] for aid in newest}
    account_of = {pid: aid for aid, pid in newest.items()}
    if account_of:
        metrics = {m.value: m for m in Metric}  # a dict look-up, not an enum call, per objective
        rows = conn.execute(sql(OBJECTIVES_SQL.format(plans=marks(len(account_of)))), list(account_of))
        if sqlite:
            factor = MONEY_FACTOR
            for pid, oid, metric, product, q1, q2, q3, q4, manual in rows:
                # the quarters' targets are NOT NULL (Money: integers of 1/10 000ths); no entries: NULL or JSON null
                approved[account_of[pid]].append(ObjectiveFigures(
                    oid, metrics[metric], product, Decimal(q1) / factor, Decimal(q2) / factor,
                    Decimal(q3) / factor, Decimal(q4) / factor,
                    None if manual is None or manual == "null" else json.loads(manual)))
        else:  # NUMERIC as Decimal, JSON parsed by psycopg
            for pid, oid, metric, product, q1, q2, q3, q4, manual in rows:
                approved[account_of[pid]].append(ObjectiveFigures(oid, metrics[metric], product, q1, q2, q3, q4,
                                                                  manual))
    plans: dict[int, tuple[Sequence[Objective], Decimal | None]] = {
        aid: (approved[aid], spend) for aid, _owner, spend in accounts if aid in approved}
    need = needs(plans)
    if need.products or need.wallet or need.counted:
        return None
    tx, visits = read_sums(conn, year, need)
    kinds_ = {k.value: k for k in FeedbackKind}
    feedback = [(owner, kinds_[kind], utc(received), utc(responded), utc(resolved), target_h, sat)
                for owner, kind, received, responded, resolved, target_h, sat in conn.execute(
                    sql(FEEDBACK_SQL.format(owners=marks(len(owners)))), [*owners, stamp(start), stamp(end)])
                ] if owners else []
    return scorecards(kams, accounts, approved, assemble(plans, tx, visits, {}, {}), feedback, q_end)


PRODUCT_SUMS_SQL = """
SELECT transactions.account_id, transactions.product, {quarter} AS q, sum(transactions.amount),
       sum(transactions.quantity), sum(transactions.gross_profit)
FROM transactions
WHERE transactions.account_id IN ({accounts}) AND transactions.occurred_on >= ? AND transactions.occurred_on < ?
  AND transactions.product IN ({products})
GROUP BY {group}
"""


def read_sums(conn: Any, year: int, need: Needs
              ) -> tuple[dict[int, Sums], dict[int, dict[tuple[bool, int], int]]]:
    """``kam.analysis.actuals``' sums of ``year`` for what ``need`` asks (``_transaction_sums``, with the sums per
    product of ``need.products``, and the visits ``actuals_of_accounts`` counts), through ``conn`` (an SQLite
    file's or psycopg's): the transactions' (amount, quantity, gross profit) per account and (product or None,
    quarter), and the done visits per account and (with an executive, quarter); ``assemble``'s ``tx`` and
    ``visits``. The one place these templates are bound (the scorecards, the brief)."""
    sqlite = is_sqlite(conn)
    sql: Callable[[str], str]
    day: Callable[[dt.date], Any]
    money: Callable[[Any], Decimal | None]
    if sqlite:
        sql, day, money = _sqlite_sql, dt.date.isoformat, _money_or_none
    else:  # psycopg: dates and Decimals as they come
        sql, day, money = _pg_sql, _same, _same
    bounds = [day(end) for _start, end in quarter_bounds(year)]  # QUARTER_SQL's
    year_range = (day(dt.date(year, 1, 1)), day(dt.date(year + 1, 1, 1)))
    zero = Decimal(0)
    tx: dict[int, Sums] = {}
    if need.tx:
        quarter = QUARTER_SQL.format(col="transactions.occurred_on")
        query = TX_SUMS_SQL.format(quarter=quarter, quantity="sum(transactions.quantity)" if need.quantities else "NULL",
                                   accounts=marks(len(need.tx)),
                                   group=f"transactions.account_id, {quarter}" if sqlite else "1, 2")
        for aid, q, amount, qty, gp in conn.execute(sql(query), [*bounds, *need.tx, *year_range,
                                                                  *(bounds if sqlite else ())]):
            tx.setdefault(aid, {})[(None, q)] = (money(amount) or zero, money(qty) or zero, money(gp) or zero)
        if need.products:
            products = sorted(need.products)
            query = PRODUCT_SUMS_SQL.format(
                quarter=quarter, accounts=marks(len(need.tx)), products=marks(len(products)),
                group=f"transactions.account_id, transactions.product, {quarter}" if sqlite else "1, 2, 3")
            for aid, product, q, amount, qty, gp in conn.execute(
                    sql(query), [*bounds, *need.tx, *year_range, *products, *(bounds if sqlite else ())]):
                tx.setdefault(aid, {})[(product, q)] = (money(amount) or zero, money(qty) or zero,
                                                        money(gp) or zero)
    visits: dict[int, dict[tuple[bool, int], int]] = {}
    if need.visits:
        quarter = QUARTER_SQL.format(col="contacts.occurred_on")
        query = VISITS_SQL.format(quarter=quarter, accounts=marks(len(need.visits)),
                                  group=f"contacts.account_id, contacts.with_executive, {quarter}" if sqlite
                                  else "1, 2, 3")
        kinds = (ContactKind.VISIT.value, ContactKind.CALL.value, ContactKind.EXECUTIVE_MEETING.value)
        for aid, ex, q, n in conn.execute(sql(query), [*bounds, *need.visits, *kinds, *year_range,
                                                        *(bounds if sqlite else ())]):
            visits.setdefault(aid, {})[(bool(ex), q)] = n
    return tx, visits


def _sqlite_sql(text: str) -> str:
    return text


def _pg_sql(text: str) -> str:
    """A query's text for psycopg: its parameter marks, booleans as booleans. (The quarter's CASE is grouped by
    its place in the select list: PostgreSQL does not take two CASEs with their own parameters for one; the
    ORM's query names its parameters, which are then the same.)"""
    return text.replace("?", "%s").replace("done IS 1", "done IS true")


def _aware_utc(value: dt.datetime | None) -> dt.datetime | None:
    """A timestamp as psycopg reads it (in the session's time zone: the server's setting, or PGTZ), in UTC as
    the UTCDateTime column type reads it: response hours across a change to summer time come out right."""
    return None if value is None else value.astimezone(dt.UTC)


def _same(value: Any) -> Any:
    return value


def _midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), dt.UTC)
