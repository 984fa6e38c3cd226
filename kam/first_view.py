"""What the window shows first, read through a plain DB-API connection, without SQLAlchemy or the models.

When the database needs nothing but opening (``kam.store.quick.open_for_reading`` returns a connection, the test
``kam accounts`` uses), the window paints the account list's first page and the first dossier's overview from
these reads, and only then opens the database through ``kam.app.open_app`` (its start-up policy, the daily
backup, the ORM's start: ≈ 0.5 s on a slow laptop) and attaches the real services (``Pending``).

Only the reads are here, each the SQL its service's ORM query compiles to on SQLite (``AccountService.list_keys``,
``rows``, ``get``, ``team``, ``wallet``; ``PlanningService.status_by_account``; ``AnalysisService.tier_history``;
``UserService.list``); tests/test_first_view.py keeps each equal to the service's. The rules stay where they
are, fed from either read: the fields and the team's order in ``kam.account_data``, the share of wallet in
``kam.analysis.wallet``, the list's line in ``kam.account_list``, tiers and strategies in ``kam.vocab``.
SQLite files only: a team database is opened through ``open_app`` as always.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from kam.account_data import ACCOUNT_FIELDS, TeamMember, team_in_order
from kam.account_list import AccountRow, read_accounts
from kam.errors import NotFound, UserError
from kam.i18n import _
from kam.money import from_stored
from kam.text import account_name
from kam.vocab import PlanStatus, Tier

BOUND_SQL = "SELECT bound FROM sync_state WHERE id = 1"

KEYS_SQL = ("SELECT accounts.id, accounts.name_zh, accounts.name_en, accounts.search_key FROM accounts "
            "WHERE accounts.deleted_at IS NULL ORDER BY accounts.id")

PLAN_STATUS_SQL = """
SELECT plans.account_id, plans.status
FROM plans JOIN (SELECT plans.account_id AS account_id, max(plans.plan_version) AS pv
FROM plans WHERE plans.year = ?{ids} GROUP BY plans.account_id) AS anon_1
ON anon_1.account_id = plans.account_id AND anon_1.pv = plans.plan_version
WHERE plans.year = ?{ids}
"""

TIER_HISTORY_SQL = ("SELECT tier_snapshots.year, tier_snapshots.quarter, tier_snapshots.tier, "
                    "tier_snapshots.current_score, tier_snapshots.potential_score FROM tier_snapshots "
                    "WHERE tier_snapshots.account_id = ? ORDER BY tier_snapshots.year, tier_snapshots.quarter")

ACCOUNT_COLUMNS = ("id", "version", "deleted_at", *ACCOUNT_FIELDS)
ACCOUNT_SQL = f"SELECT {', '.join('accounts.' + c for c in ACCOUNT_COLUMNS)} FROM accounts WHERE accounts.id = ?"

TEAM_SQL = """
SELECT users.id, users.display_name, users.username, account_team.team_role
FROM users JOIN account_team ON account_team.user_id = users.id
WHERE account_team.account_id = ? ORDER BY users.display_name
"""
USER_SQL = "SELECT users.id, users.display_name, users.username FROM users WHERE users.id = ?"
USERS_SQL = "SELECT users.id, users.username, users.display_name FROM users ORDER BY users.display_name"

PURCHASES_SQL = ("SELECT category_purchases.year, category_purchases.amount FROM category_purchases "
                 "WHERE category_purchases.account_id = ? ORDER BY category_purchases.year DESC")
SALES_SQL = ("SELECT coalesce(sum(transactions.amount), ?) FROM transactions WHERE transactions.account_id = ? "
             "AND transactions.occurred_on >= ? AND transactions.occurred_on <= ?")


money = from_stored  # a Money column as the column type reads it (kam.money)


@dataclass(frozen=True)
class TierPoint:
    """One quarter's tier snapshot, as the dossier's summary shows it (``AnalysisService.tier_history``'s
    snapshots have these attributes too)."""

    year: int
    quarter: int
    tier: Tier
    current_score: Decimal
    potential_score: Decimal


@dataclass(frozen=True)
class UserLine:
    """One of our people as a list of colleagues names them (``UserService.list``'s users have these too)."""

    id: int
    username: str
    display_name: str


def _in(ids: Collection[int] | None, column: str) -> tuple[str, list[int]]:
    if ids is None:
        return "", []
    items = list(ids)
    return f" AND {column} IN ({', '.join('?' * len(items))})", items


def _field_value(kind: str, choices: Any, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date":
        return dt.date.fromisoformat(value)
    if kind == "money":
        return money(value)
    if kind == "choice":
        return choices(value)
    return value


class _Accounts:
    fields = ACCOUNT_FIELDS

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def validate_field(self, name: str, value: Any) -> Any:  # AccountService.validate_field
        return ACCOUNT_FIELDS.clean_one(name, value)

    def list_keys(self) -> list[tuple[int, str, str]]:
        return [(aid, account_name(zh, en, aid), key or "") for aid, zh, en, key in self.conn.execute(KEYS_SQL)]

    def rows(self, *, ids: Collection[int] | None = None) -> list[AccountRow]:
        return read_accounts(self.conn, ids)

    def get(self, account_id: int) -> Any:
        """The account's editable fields (with id, version and names) as attributes, as the ORM's record has them."""
        row = self.conn.execute(ACCOUNT_SQL, (account_id,)).fetchone()
        if row is None or row[2] is not None:
            raise NotFound(_("no {what} with id {ident}").format(what=_("account"), ident=account_id))
        values = dict(zip(ACCOUNT_COLUMNS, row, strict=True))
        del values["deleted_at"]
        for name in ACCOUNT_FIELDS:
            spec = ACCOUNT_FIELDS[name]
            values[name] = _field_value(spec.kind, spec.choices, values[name])
        return SimpleNamespace(**values)

    def team(self, account_id: int) -> list[TeamMember]:
        acc = self.get(account_id)
        rows = self.conn.execute(TEAM_SQL, (account_id,)).fetchall()
        owner = self.conn.execute(USER_SQL, (acc.owner_id,)).fetchone() if acc.owner_id is not None else None
        return team_in_order(TeamMember(owner[0], owner[1], owner[2], None, True) if owner is not None else None,
                             [TeamMember(uid, name, uname, role, False) for uid, name, uname, role in rows])

    def wallet(self, account_id: int) -> list[Any]:
        from kam.analysis.wallet import WalletYear, share

        self.get(account_id)
        out = []
        for year, amount in self.conn.execute(PURCHASES_SQL, (account_id,)).fetchall():
            sales = self.conn.execute(SALES_SQL, (0, account_id, dt.date(year, 1, 1).isoformat(),
                                                  dt.date(year, 12, 31).isoformat())).fetchone()[0]
            ours = money(sales) or Decimal(0)
            purchases = money(amount)
            assert purchases is not None
            out.append(WalletYear(year, purchases, ours, share(ours, purchases)))
        return out


class _Planning:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def status_by_account(self, year: int, account_ids: Collection[int] | None = None) -> dict[int, PlanStatus]:
        from kam import validate as v

        year = v.year(year)
        where, ids = _in(account_ids, "plans.account_id")
        statuses = {s.value: s for s in PlanStatus}
        rows = self.conn.execute(PLAN_STATUS_SQL.format(ids=where), (year, *ids, year, *ids)).fetchall()
        return {aid: statuses[status] for aid, status in rows}


class _Analysis:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def tier_history(self, account_id: int) -> list[TierPoint]:
        return [TierPoint(year, quarter, Tier(tier), money(cur) or Decimal(0), money(pot) or Decimal(0))
                for year, quarter, tier, cur, pot in self.conn.execute(TIER_HISTORY_SQL, (account_id,)).fetchall()]


class _Users:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def list(self) -> list[UserLine]:
        return [UserLine(*row) for row in self.conn.execute(USERS_SQL).fetchall()]


class FirstView:
    """The reads of the window's first view over one read-only DB-API connection to a database file, under the
    names and signatures of the services that read the same (``services.accounts.rows(ids=…)`` …)."""

    def __init__(self, conn: Any, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        self.seen = self._state()  # what was read: a change after it (another process, a restore) shows
        self.accounts = _Accounts(conn)
        self.planning = _Planning(conn)
        self.analysis = _Analysis(conn)
        self.users = _Users(conn)

    def bound(self) -> bool:
        """Whether the file syncs with a team server (``kam.sync.status.status``'s first read; a file from before
        the sync tables does not)."""
        from kam.store.db import is_db_error

        try:
            row = self.conn.execute(BOUND_SQL).fetchone()
        except Exception as exc:
            if not is_db_error(exc):
                raise
            return False
        return bool(row and row[0])

    def _state(self) -> tuple[Any, ...]:
        """The file's identity and SQLite's count of other connections' commits (``PRAGMA data_version``)."""
        ident: tuple[int, int] | None = None
        if self.path is not None:
            try:
                st = os.stat(self.path)
            except OSError:
                pass
            else:
                ident = (st.st_dev, st.st_ino)
        return ident, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        """Whether the database may differ from what the first view read: another connection committed to
        it, or the file was replaced (a restore)."""
        try:
            return self._state() != self.seen
        except Exception:  # (the connection cannot read any more: nothing it showed can be trusted)
            return True

    def close(self) -> None:
        self.conn.close()


class _Part:
    """One service of ``Pending``: the first view's read while the services are not there, else the service's.
    A first-view read that fails other than with a UserError (a damaged page) is the service's instead, which
    opens the database the full way: open_app then says what is wrong (and offers a backup)."""

    def __init__(self, pending: Pending, name: str, quick: Any) -> None:
        self._pending, self._name, self._quick = pending, name, quick

    def __getattr__(self, attr: str) -> Any:
        pending = self._pending
        if pending.real is None:
            read = getattr(self._quick, attr, None)
            if callable(read):
                return lambda *args, **kwargs: self._read(attr, read, *args, **kwargs)
            if read is not None:
                return read
        return getattr(getattr(pending.need(), self._name), attr)

    def _read(self, attr: str, read: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return read(*args, **kwargs)
        except UserError:
            raise
        except Exception:
            if not self._pending.shown:  # the first view's own fill: its maker drops it and goes the full way
                raise
            return getattr(getattr(self._pending.need(), self._name), attr)(*args, **kwargs)


class Pending:
    """The services as the window sees them from its first paint: each read the first view has is served
    from it until the real services are there (``resolve``); anything else (every change, every other read)
    calls ``need``, which opens the database the full way and returns the services, and then goes to them.

    So nothing a person does before the services are there fails or is lost: it waits for them."""

    def __init__(self, quick: FirstView, need: Callable[[], Any]) -> None:
        self._quick, self._need = quick, need
        self.real: Any = None
        self.shown = False  # the first view is filled: a read failing from now on goes to the services
        self._parts = {name: _Part(self, name, getattr(quick, name))
                       for name in ("accounts", "planning", "analysis", "users")}

    def need(self) -> Any:
        """The real services (opened now if they are not yet there); UserError if the database did not open.
        On the main thread only: opening may ask the person (dialogs)."""
        if self.real is None:
            import threading

            assert threading.current_thread() is threading.main_thread(), "the services are opened on the GUI thread"
            self._need()
            if self.real is None:
                raise UserError(_("the database is not open"))
        return self.real

    def changed(self) -> bool:
        """Whether the database changed since the first view read it (before ``resolve``: then the window
        reads its view again from the services)."""
        return self.real is None and self._quick.changed()

    def resolve(self, real: Any) -> None:
        """The real services are there: everything goes to them from now on, and the first view's connection
        is closed."""
        self.real = real
        self._quick.close()

    def close(self) -> None:
        """The window ends before the services came (a capture of the first view)."""
        if self.real is None:
            self._quick.close()

    def __getattr__(self, name: str) -> Any:
        if self.real is None:
            part = self.__dict__.get("_parts", {}).get(name)
            if part is not None:
                return part
        return getattr(self.need(), name)
