"""What every import shares: problems by row and column, the result, the dry run, account lookup."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.errors import UserError
from kam.i18n import _
from kam.model import Account

MAX_REPORTED = 50


@dataclass
class Problem:
    row: int
    column: str | None
    message: str
    unit: str = "row"  # "card" for vCards
    kept: bool = False  # the row was imported all the same, without this part (a manager, a group parent)

    def render(self, source: str) -> str:
        unit = _("card") if self.unit == "card" else _("row")
        if self.column:
            label = _("property") if self.unit == "card" else _("column")
            where = _('{source} {unit} {row}, {label} "{column}"').format(source=source, unit=unit, row=self.row,
                                                                         label=label, column=self.column)
        else:
            where = _("{source} {unit} {row}").format(source=source, unit=unit, row=self.row)
        return f"{where}: {self.message}"


class ImportRefused(UserError):
    """Something in the file is wrong; nothing was written. ``problems`` lists each, by row and column."""

    def __init__(self, source: str, problems: list[Problem], total: int | None = None) -> None:
        self.source, self.problems = source, problems
        count = total if total is not None else len(problems)
        lines = [p.render(source) for p in problems[:MAX_REPORTED]]
        more = "\n" + _("… and {n} more").format(n=count - MAX_REPORTED) if count > MAX_REPORTED else ""
        super().__init__(_("{n} problem(s); nothing was imported:").format(n=count) + "\n" + "\n".join(lines) + more)


@dataclass
class ImportResult:
    kind: str
    rows: int
    created: int = 0
    updated: int = 0
    skipped: list[str] = field(default_factory=list)  # duplicates, by row
    layout: str | None = None
    dry_run: bool = False
    unused: list[str] = field(default_factory=list)  # headers that match no field (ignored)
    rejected: list[str] = field(default_factory=list)  # problems in rows left out (skip_invalid)
    notes: list[str] = field(default_factory=list)
    left_out: set[int] = field(default_factory=set)  # the rows (or cards) really left out, each counted once


@dataclass
class Preview:
    kind: str
    source: str
    headers: list[str]
    rows: list[list[Any]]
    mapping: dict[str, str]  # header -> field, as recognised
    unused: list[str]
    layout: str | None
    encoding: str | None
    sheets: list[str]
    fields: list[str] = field(default_factory=list)  # what a column can be mapped to
    total: int | None = None
    problems: list[str] = field(default_factory=list)
    title: str | None = None


def closes_cycle(manager_of: dict[int, int | None], person_id: int, manager_id: int) -> bool:
    """Would ``person_id`` reporting to ``manager_id`` make a loop (in the lines known so far)?"""
    seen: set[int] = set()
    cur: int | None = manager_id
    while cur is not None and cur not in seen:
        if cur == person_id:
            return True
        seen.add(cur)
        cur = manager_of.get(cur)
    return False


def check_duplicate_choice(on_duplicate: str) -> None:
    if on_duplicate not in ("skip", "update", "merge"):
        raise UserError(_("on_duplicate must be skip, update or merge"))


class DryRun(Exception):  # control flow, not an error
    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


class AccountLookup:
    """Accounts by id or name (either language), cached for the import."""

    def __init__(self, s: Session) -> None:
        self.by_name: dict[str, int] = {}
        self.by_id: dict[str, int] = {}
        self.names: dict[int, str] = {}  # id -> the name a person reads (never "account 15")
        rows: Iterable[Any] = s.execute(select(Account.id, Account.name_zh, Account.name_en)
                                        .where(Account.deleted_at.is_(None)))
        for aid, zh, en in rows:
            self.names[aid] = zh or en or str(aid)
            for name in (zh, en):
                if name:
                    self.by_name.setdefault(name.strip().casefold(), aid)
            self.by_id[str(aid)] = aid

    def default(self, ref: str | int | None) -> int | None:
        """The account given with ``--account`` (id or name), for rows that name none."""
        if ref is None:
            return None
        digits = str(ref).isdigit()
        try:
            return self.find(ref if digits else None, None if digits else ref)
        except LookupError as exc:
            raise UserError(_("--account: {error}").format(error=exc)) from None

    def find(self, ref: Any, name: Any) -> int:
        if ref is not None:
            key = str(ref).strip()
            key = key[:-2] if key.endswith(".0") else key
            if key in self.by_id:
                return self.by_id[key]
            if name is None:
                raise LookupError(_('no account with id "{ref}"').format(ref=ref))
        found = self.by_name.get(str(name).strip().casefold())
        if found is None:
            raise LookupError(_('no account "{name}"').format(name=name))
        return found
