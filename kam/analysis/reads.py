"""The value scores' and the Pareto's sums read through a DB-API connection, without SQLAlchemy or the models.

``kam tiers`` and ``kam pareto`` on a database file that needs nothing but opening (``kam.store.quick``) read
here instead of through the services, so the command imports neither SQLAlchemy nor the models (≈ 0.6 s of its
start: the imports and the mappers' configuration). Only the reads are here: the queries are the SQL the
services' queries (``kam.analysis.value.account_facts``, ``kam.analysis.portfolio.profit_by_account``,
``AccountService.names``, ``AnalysisService.scoring_config``) compile to on SQLite, and tests/test_quick_reads.py
checks that both give the same facts, sums and output. The rules (scores, tiers, the Pareto ranking) stay in
``kam.analysis.value`` and ``kam.analysis.portfolio``, fed from either read.

SQLite files only: for a team database (psycopg) the readers return None and the command opens it as always.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from kam.analysis.value import SCORING_KEY, AccountFacts, ScoringConfig
from kam.text import account_name

MONEY_FACTOR = Decimal(10) ** 4  # kam.model.base.Money keeps money in SQLite as an integer of 1/10 000ths

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
