"""Which tables travel between replicas, and a row as it travels (the wire form)."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Date, Table, select

from kam.io.dossier_json import encode_value as encode
from kam.model import Base
from kam.model.base import Money, UTCDateTime

LOCAL_ONLY = {"id", "gid", "srv_rev", "version"}
# Tables of the dossier that do not travel (the IP register does, still sealed: kam.sync.sealed).
NOT_SYNCED: set[str] = set()
USERS, LINES = "users", "product_lines"
# Ordered lists: table -> the column naming the list (its parent). Both sides' insertions are kept: after a pull
# a list with two rows at one place is renumbered 1..n by (position, global id); a row moved on both sides goes
# where the server has it (an order is not a value to decide on: no conflict).
ORDERED = {"business_units": "account_id", "decision_steps": "project_id", "qual_objectives": "plan_id",
           "quant_objectives": "plan_id", "resource_needs": "plan_id"}
UNIQUE_ORDER = {"decision_steps"}  # a unique (parent, position): kept dense 1..n, as its service needs
ORDER_FIELD = "position"
MERGED_BY_MAX = {"updated_at"}  # both sides touch it on every edit: the later one wins, never a conflict


@dataclass(frozen=True)
class Meta:
    table: Table
    order: int
    has_id: bool
    versioned: bool
    refs: dict[str, str] = field(default_factory=dict)  # column -> dossier table (travels as its gid)
    users: frozenset[str] = frozenset()  # columns naming one of our users (travel as user name)
    lines: frozenset[str] = frozenset()  # columns naming a product line (travel as its code)
    fields: tuple[str, ...] = ()  # what travels (LOCAL_ONLY left out)

    @property
    def name(self) -> str:
        return self.table.name


@lru_cache(maxsize=1)
def metas() -> dict[str, Meta]:
    """Accounts and every table of the dossier that travels, parents before children."""
    from kam.io.dossier_json import dossier_parts

    tables = [Base.metadata.tables["accounts"], *(p.table for p in dossier_parts())]
    out: dict[str, Meta] = {}
    for order, t in enumerate(x for x in tables if x.name not in NOT_SYNCED):
        refs, users, lines = {}, set(), set()
        for c in t.columns:
            fk = next(iter(c.foreign_keys), None)
            if fk is None:
                continue
            target = fk.column.table.name
            if target == USERS:
                users.add(c.name)
            elif target == LINES:
                lines.add(c.name)
            else:
                refs[c.name] = target
        out[t.name] = Meta(t, order, [c.name for c in t.primary_key.columns] == ["id"], "version" in t.c,
                           refs, frozenset(users), frozenset(lines),
                           tuple(c.name for c in t.columns if c.name not in LOCAL_ONLY))
    return out


def decode(table: Table, name: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table.c[name].type
    if isinstance(kind, Money):
        return Decimal(str(value))
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(value, dict) and "base64" in value:
        return base64.b64decode(value["base64"])
    return value


class IdMaps:
    """Integer ids ⇄ global ids (and users ⇄ user names, product lines ⇄ codes) in one database, loaded per table
    on first use."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._to_gid: dict[str, dict[int, str]] = {}
        self._to_id: dict[str, dict[str, int]] = {}
        self._partial: set[str] = set()

    def _load(self, table: str) -> None:
        if table in self._to_gid:
            return
        t = Base.metadata.tables[table]
        key = {USERS: "username", LINES: "code"}.get(table, "gid")
        rows = self.conn.execute(select(t.c.id, t.c[key]).where(t.c[key].is_not(None))).all()
        self._to_gid[table] = {r[0]: r[1] for r in rows}
        self._to_id[table] = {r[1]: r[0] for r in rows}

    def prefetch(self, table: str, gids: list[str]) -> None:
        """Only these rows of a table (a batch's references), rather than the whole table on first use."""
        if table in self._to_gid and table not in self._partial:
            return
        t = Base.metadata.tables[table]
        to_gid = self._to_gid.setdefault(table, {})
        to_id = self._to_id.setdefault(table, {})
        self._partial.add(table)
        wanted = [g for g in set(gids) if g not in to_id]
        for i in range(0, len(wanted), 1000):
            for id_, g in self.conn.execute(select(t.c.id, t.c.gid).where(t.c.gid.in_(wanted[i:i + 1000]))):
                to_gid[id_] = g
                to_id[g] = id_

    def gid(self, table: str, id_: int | None) -> str | None:
        if id_ is None:
            return None
        self._load(table)
        return self._to_gid[table].get(id_)

    def id(self, table: str, gid: str | None) -> int | None:
        if gid is None:
            return None
        self._load(table)
        return self._to_id[table].get(gid)

    def add(self, table: str, id_: int, gid: str) -> None:
        self._load(table)
        self._to_gid[table][id_] = gid
        self._to_id[table][gid] = id_

    def forget(self, table: str) -> None:
        self._to_gid.pop(table, None)
        self._to_id.pop(table, None)


def to_wire(meta: Meta, row: Mapping[str, Any], maps: IdMaps) -> dict[str, Any]:
    """A row of this database as it travels: its own fields, references by global id / user name / code."""
    out: dict[str, Any] = {}
    for name in meta.fields:
        value = row[name]
        if name in meta.refs:
            out[name] = maps.gid(meta.refs[name], value)
        elif name in meta.users:
            out[name] = maps.gid(USERS, value)
        elif name in meta.lines:
            out[name] = maps.gid(LINES, value)
        else:
            out[name] = encode(value)
    return out


def from_wire(meta: Meta, data: Mapping[str, Any], maps: IdMaps,
              missing_user: Any = None, missing_line: Any = None) -> tuple[dict[str, Any], dict[str, str]]:
    """Column values for this database, and the references it does not hold (yet): column -> global id.

    ``missing_user(name)`` / ``missing_line(code)`` give an id for a user or product line this database lacks.
    """
    values: dict[str, Any] = {}
    unresolved: dict[str, str] = {}
    for name in meta.fields:
        if name not in data:
            continue
        value = data[name]
        if value is not None and name in meta.refs:
            found = maps.id(meta.refs[name], value)
            if found is None:
                unresolved[name] = value
            values[name] = found
        elif value is not None and name in meta.users:
            found = maps.id(USERS, value)
            values[name] = found if found is not None or missing_user is None else missing_user(value)
        elif value is not None and name in meta.lines:
            found = maps.id(LINES, value)
            values[name] = found if found is not None or missing_line is None else missing_line(value)
        else:
            values[name] = decode(meta.table, name, value)
    return values, unresolved
