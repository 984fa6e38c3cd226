"""The account list's line and the one query that reads it, with no SQLAlchemy and no ORM.

``kam accounts`` reads the list through a plain DB-API connection (``kam.store.quick``: sqlite3/sqlcipher3,
or psycopg for a team database), so the command imports neither SQLAlchemy nor the models (≈ 0.3 s of
start-up on a slow laptop). The query is the SQL the service's ORM query (``AccountService.rows``) compiles
to; tests/test_quick_open.py checks that both read the same rows, on a file and under row-level security.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from kam.text import account_name
from kam.vocab import KAType, Tier


@dataclass(frozen=True)
class AccountRow:
    """One line of the account list."""

    id: int
    name_zh: str | None
    name_en: str | None
    tier: Tier | None
    ka_type: KAType
    owner: str | None
    people: int
    last_visit: dt.date | None
    search_key: str = ""
    owner_id: int | None = None

    @property
    def name(self) -> str:
        return account_name(self.name_zh, self.name_en, self.id)


# the live people and the last visit come from the indexes of migration 0005 (ix_people_live_account,
# ix_contacts_account_done); the tier is the latest quarter's snapshot. The people are grouped by
# (deleted_at, account_id), the index's own order (deleted_at is NULL in every row counted: the same groups):
# PostgreSQL then counts them as the index hands them over instead of hashing 250 000 rows at 5 000 accounts
# (its planner does not take "IS NULL" as fixing the index's first column); SQLite's plan is the same either way
ACCOUNT_LIST_SQL = """
SELECT a.id, a.name_zh, a.name_en, t.tier, a.ka_type, u.display_name, coalesce(p.n, 0), v.last,
       coalesce(a.search_key, ''), a.owner_id
FROM accounts AS a
LEFT OUTER JOIN users AS u ON u.id = a.owner_id
LEFT OUTER JOIN (SELECT account_id, count(*) AS n FROM people WHERE deleted_at IS NULL{people}
                 GROUP BY deleted_at, account_id) AS p ON p.account_id = a.id
LEFT OUTER JOIN (SELECT account_id, max(occurred_on) AS last FROM contacts WHERE done IS 1{contacts}
                 GROUP BY account_id) AS v ON v.account_id = a.id
LEFT OUTER JOIN (SELECT account_id, max(year * 10 + quarter) AS k FROM tier_snapshots{snapshots}
                 GROUP BY account_id) AS l ON l.account_id = a.id
LEFT OUTER JOIN tier_snapshots AS t ON t.account_id = a.id AND t.year * 10 + t.quarter = l.k
WHERE a.deleted_at IS NULL{accounts}
ORDER BY a.id
"""


def read_accounts(conn: Any, ids: Collection[int] | None = None) -> list[AccountRow]:
    """Every live account's line, through ``conn``, a DB-API connection to an SQLite database file or a psycopg
    one to a team database (row-level security: the lines this login may read); ``ids``: only these accounts'
    lines, each aggregate read for them alone (``AccountService.rows(ids=…)``: a page of a large portfolio)."""
    tiers: dict[str | None, Tier | None] = {t.value: t for t in Tier}
    tiers[None] = None
    types = {t.value: t for t in KAType}  # a dict look-up, not an enum call, per row (5 000 accounts: 20 ms)
    sqlite = type(conn).__module__.startswith(("sqlite3", "sqlcipher3"))
    params = [] if ids is None else list(ids)
    if ids is not None and not params:
        return []
    among = f" IN ({', '.join(['?' if sqlite else '%s'] * len(params))})" if params else ""
    sql = ACCOUNT_LIST_SQL.format(people=among and " AND account_id" + among,
                                  contacts=among and " AND account_id" + among,
                                  snapshots=among and " WHERE account_id" + among,
                                  accounts=among and " AND a.id" + among)
    if not sqlite:
        sql = sql.replace("done IS 1", "done IS true")
    date = dt.date.fromisoformat  # SQLite keeps a date as its ISO text; psycopg returns a date

    def day(value: Any) -> dt.date | None:
        return date(value) if isinstance(value, str) else value

    return [AccountRow(aid, zh, en, tiers[tier], types[ka_type], owner, n, day(last), key, owner_id)
            for aid, zh, en, tier, ka_type, owner, n, last, key, owner_id
            in conn.execute(sql, params * 4).fetchall()]
