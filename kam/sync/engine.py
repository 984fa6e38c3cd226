"""Push, pull, merge and conflicts between a laptop file (SQLite) and the team server (PostgreSQL).

One ``sync`` run: finish a batch left half-way by an interrupted run, pull (merging into rows edited here since
the last sync), push the outbox in batches, and pull again if the server had moved on under a pushed row.

* A batch is first written into the laptop's ``sync_state.pending``, then applied on the server in ONE
  transaction that also records it in ``sync_batches`` under (client id, sequence); the server's answer is then
  applied here. Cut off anywhere, the next run sends the same batch again: the server recognises it and answers
  as it did the first time, so nothing is applied twice and nothing is lost.
* Each pushed row carries the server revision it was based on; the server writes it only when the row is still
  at that revision (else "stale": pull, merge, push again). Fields in an open conflict are sent with the server's
  value, so nothing of the other side is overwritten before a person decides.
* The server revision of a row is the id of the transaction that wrote it; a pull reads every row written by a
  transaction not older than the oldest one still running at the previous pull, so a late commit is never
  skipped (rows seen twice are recognised by their revision).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from kam.errors import UserError
from kam.i18n import _
from kam.model import SyncBase, SyncBatch, SyncConflict, SyncTombstone
from kam.model.base import new_gid, table_of, utcnow
from kam.sync import audit as sync_audit
from kam.sync import local, sealed
from kam.sync.tables import (
    LINES,
    MERGED_BY_MAX,
    ORDER_FIELD,
    ORDERED,
    UNIQUE_ORDER,
    USERS,
    IdMaps,
    Meta,
    from_wire,
    metas,
    to_wire,
)

BATCH_ROWS = 1000
base_t = table_of(SyncBase)
conflict_t = table_of(SyncConflict)
batch_t = table_of(SyncBatch)
tomb_t = table_of(SyncTombstone)
state_t = local.state_table


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    deleted: int = 0
    conflicts: int = 0  # new conflicts this run
    refused: int = 0
    removed_accounts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    batches: int = 0
    audit_appended: int = 0  # this laptop's audit entries appended on the server (kam.sync.audit)


# ---------------------------------------------------------------- the server side of a batch

def apply_batch(sc: Connection, client_id: str, seq: int, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Apply one pushed batch in the server transaction of ``sc``, once: an already applied batch's answer is
    returned again. Answer per global id: {"rev": n} written (None: deleted), {"stale": n}, {"gone": 1} (deleted on
    the server), {"refused": why}."""
    done = sc.execute(select(batch_t.c.result).where(batch_t.c.client_id == client_id, batch_t.c.seq == seq)
                      ).scalar()
    if done is not None:
        return dict(done)
    maps = IdMaps(sc)

    def missing_user(name: str) -> Any:
        found = sc.execute(text("SELECT kam_sync_user(:n)"), {"n": name}).scalar()
        maps.forget(USERS)
        return found

    def missing_line(code: str) -> Any:
        line = sc.execute(text("SELECT kam_catalogue_line(:c, NULL, :c, NULL)"), {"c": code}).scalar()
        maps.forget(LINES)
        return line

    savepoint = sc.begin_nested()
    try:
        # a list's order may pass through two rows at one place while the batch moves them (checked at its end)
        sc.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
        result = _apply_fast(sc, rows, maps, missing_user, missing_line)
        sc.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
        savepoint.commit()
    except (DBAPIError, _Slow):
        savepoint.rollback()
        maps = IdMaps(sc)
        sc.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")  # row by row: each row's own savepoint judges it
        result = _apply_careful(sc, rows, maps, missing_user, missing_line)
    user = sc.execute(text("SELECT session_user")).scalar()
    sc.execute(insert(batch_t).values(client_id=client_id, seq=seq, username=user, result=result))
    return result


class _Slow(Exception):
    """The batch needs the row-by-row path (a refusal, a row changed or deleted on the server)."""


def _groups(rows: list[dict[str, Any]]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    out: list[tuple[str, str, list[dict[str, Any]]]] = []
    for item in rows:
        if out and out[-1][0] == item["t"] and out[-1][1] == item["op"]:
            out[-1][2].append(item)
        else:
            out.append((item["t"], item["op"], [item]))
    return out


def _apply_fast(sc: Connection, rows: list[dict[str, Any]], maps: IdMaps, missing_user: Any,
                missing_line: Any) -> dict[str, Any]:
    """The whole batch with a few statements per table; raises _Slow at the first surprise."""
    xid = int(sc.execute(text("SELECT pg_current_xact_id()::text::bigint")).scalar_one())
    result: dict[str, Any] = {}
    later: list[tuple[Meta, str, dict[str, str]]] = []
    for name, op, items in _groups(rows):
        meta = metas()[name]
        t = meta.table
        gids = [i["g"] for i in items]
        # FOR UPDATE: only rows this user may write are returned (and held until the batch commits)
        cur = dict(sc.execute(select(t.c.gid, t.c.srv_rev).where(t.c.gid.in_(gids)).with_for_update()).all())
        if op == "d":
            present = [g for g in gids if g in cur]
            if present:
                got = set(sc.scalars(delete(t).where(t.c.gid.in_(present)).returning(t.c.gid)))
                if got != set(present):
                    raise _Slow
            if len(present) != len(gids) and sc.execute(select(func.count()).select_from(t).where(
                    t.c.gid.in_([g for g in gids if g not in cur]))).scalar():
                raise _Slow  # visible but not ours to delete
            result.update({g: {"rev": None} for g in gids})
            continue
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        wanted: dict[str, list[str]] = {}
        for item in items:
            for col, target in meta.refs.items():
                if item["data"].get(col) is not None:
                    wanted.setdefault(target, []).append(item["data"][col])
        for target, refs in wanted.items():
            maps.prefetch(target, refs)
        for item in items:
            g, base = item["g"], item.get("base")
            if g not in cur and base is not None:
                raise _Slow  # deleted there, or not ours to write
            if g in cur and cur[g] != base:
                result[g] = {"stale": cur[g]}
                continue
            values, unresolved = from_wire(meta, item["data"], maps, missing_user, missing_line)
            if any(not t.c[c].nullable for c in unresolved):
                raise _Slow
            if unresolved:
                later.append((meta, g, unresolved))
            if g in cur:
                updates.append({**values, "_gid": g})
            else:
                inserts.append({**values, "gid": g} | ({"version": 1} if meta.versioned else {}))
            result[g] = {"rev": xid}
        if inserts and meta.has_id:  # a partial map: not the whole table read back for every batch
            maps.prefetch(name, [])
        for id_, g in _insert_many(sc, t, inserts, with_id=meta.has_id):
            maps.add(name, id_, g)
        if updates and _update_many(sc, t, updates, bump_version=meta.versioned) != len(updates):
            raise _Slow
    _resolve_later(sc, later, maps)
    return result


def _pg_columns(conn: Connection, t: Any, cols: list[str]) -> tuple[list[str], list[str], list[Any]]:
    """For statements over unnest(): the quoted column names, their SQL types, and each column's bind processor
    (what SQLAlchemy would do to a value of it: enums to text, money to Decimal, times to UTC, JSON to text)."""
    from sqlalchemy import JSON

    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    types, procs = [], []
    for c in cols:
        kind = t.c[c].type
        if isinstance(kind, JSON):
            types.append("json")
            procs.append(lambda v: None if v is None else _json(v))
            continue
        types.append(kind.compile(dialect=dialect))
        procs.append(kind._cached_bind_processor(dialect))
    return [quote(c) for c in cols], types, procs


def _arrays(params: list[dict[str, Any]], cols: list[str], procs: list[Any]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for i, (c, proc) in enumerate(zip(cols, procs, strict=True)):
        column = [p[c] for p in params]
        out[f"p{i}"] = [proc(v) for v in column] if proc is not None else column
    return out


def _insert_many(conn: Connection, t: Any, rows: list[dict[str, Any]], *, with_id: bool) -> list[tuple[int, str]]:
    """Rows inserted with one statement per group of rows with the same columns — on PostgreSQL an INSERT …
    SELECT FROM unnest(one array per column): the server's row-level security runs its checks once per statement,
    so a statement per row costs a millisecond or more each, and a multi-row VALUES costs the client more to
    build than the server to run; (id, gid) of each row when the table has an id."""
    if not rows:
        return []
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_keys.setdefault(tuple(sorted(row)), []).append(row)
    out: list[tuple[int, str]] = []
    for keys, same in by_keys.items():
        cols = list(keys)
        if conn.dialect.name != "postgresql":
            stmt = insert(t)
            if with_id:
                out += [(r[0], r[1]) for r in conn.execute(stmt.returning(t.c.id, t.c.gid), same)]
            else:
                conn.execute(stmt, same)
            continue
        names, types, procs = _pg_columns(conn, t, cols)
        sql = (f"INSERT INTO {t.name} ({', '.join(names)}) SELECT * FROM unnest("
               + ", ".join(f"%(p{i})s::{kind}[]" for i, kind in enumerate(types)) + ")"
               + (" RETURNING id, gid" if with_id else ""))
        got = conn.exec_driver_sql(sql, _arrays(same, cols, procs))
        if with_id:
            out += [(r[0], r[1]) for r in got]
    return out


def _update_many(conn: Connection, t: Any, params: list[dict[str, Any]], *, bump_version: bool = False) -> int:
    """Rows updated by global id (each params dict: the new values and "_gid"); how many rows were updated.
    On PostgreSQL one UPDATE … FROM unnest(…) per group of rows setting the same columns (see _insert_many)."""
    if not params:
        return 0
    if conn.dialect.name != "postgresql":
        stmt = update(t).where(t.c.gid == bindparam("_gid")).values(**_untouched(t, params[0]))
        if bump_version:
            stmt = stmt.values(version=t.c.version + 1)
        n = conn.execute(stmt, params).rowcount
        return len(params) if n == -1 else int(n)
    done = 0
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for p in params:
        by_keys.setdefault(tuple(sorted(p)), []).append(p)
    for keys, same in by_keys.items():
        cols = [k for k in keys if k != "_gid"]
        names, types, procs = _pg_columns(conn, t, cols)
        sets = [f"{n} = v.c{i}" for i, n in enumerate(names)]
        if bump_version:
            sets.append("version = t.version + 1")
        arrays = _arrays(same, cols, procs)
        arrays["g"] = [p["_gid"] for p in same]
        sql = (f"UPDATE {t.name} AS t SET {', '.join(sets)} FROM unnest(%(g)s::varchar[]"
               + "".join(f", %(p{i})s::{kind}[]" for i, kind in enumerate(types)) + ") AS v(g"
               + "".join(f", c{i}" for i in range(len(cols))) + ") WHERE t.gid = v.g")
        done += conn.exec_driver_sql(sql, arrays).rowcount
    return done


def _untouched(t: Any, values: dict[str, Any] | None = None) -> dict[str, Any]:
    """What keeps the sync's own writes (revisions, global ids, references set later) from stamping a row's
    ``updated_at`` as if a person had edited it (the replicas would then differ in it)."""
    return {"updated_at": t.c.updated_at} if "updated_at" in t.c and "updated_at" not in (values or {}) else {}


def _resolve_later(conn: Connection, later: list[tuple[Meta, str, dict[str, str]]], maps: IdMaps) -> None:
    """References to rows created after the row that names them (a person's manager), set once all exist."""
    grouped: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for meta, gid, refs in later:
        values = {c: maps.id(meta.refs[c], g) for c, g in refs.items()}
        values = {c: v for c, v in values.items() if v is not None}
        if values:
            grouped.setdefault((meta.name, tuple(sorted(values))), []).append({**values, "_gid": gid})
    for (name, _cols), params in grouped.items():
        _update_many(conn, metas()[name].table, params)


def _same_key(conn: Connection, meta: Meta, values: dict[str, Any]) -> tuple[str, dict[str, Any], Any] | None:
    """The row of a table keyed by its contents (faction members, team members, attendees…) that has the same
    key as ``values`` under another global id: (its gid, its wire form, its revision)."""
    t = meta.table
    keys = [c.name for c in t.primary_key.columns]
    if any(values.get(k) is None for k in keys):
        return None
    row = conn.execute(select(t).where(*(t.c[k] == values[k] for k in keys))).mappings().first()
    if row is None or row["gid"] is None:
        return None
    return row["gid"], to_wire(meta, dict(row), IdMaps(conn)), row["srv_rev"]


def _apply_careful(sc: Connection, rows: list[dict[str, Any]], maps: IdMaps, missing_user: Any,
                   missing_line: Any) -> dict[str, Any]:
    """Row by row, each in a savepoint: what the server refuses is answered as refused, the rest applied."""
    result: dict[str, Any] = {}
    later: list[tuple[Meta, str, dict[str, str]]] = []
    for item in rows:
        meta = metas()[item["t"]]
        t, gid, base = meta.table, item["g"], item.get("base")
        cur = sc.execute(select(t.c.srv_rev).where(t.c.gid == gid)).first()
        if item["op"] == "d":
            if cur is None:
                result[gid] = {"rev": None}
                continue
            n = sc.execute(delete(t).where(t.c.gid == gid)).rowcount
            result[gid] = {"rev": None} if n else {"refused": "delete"}
            continue
        if cur is None and base is not None:
            result[gid] = {"gone": 1}
            continue
        if cur is not None and cur[0] != base:
            result[gid] = {"stale": cur[0]}
            continue
        values, unresolved = from_wire(meta, item["data"], maps, missing_user, missing_line)
        if cur is None and not meta.has_id and not unresolved:
            same = _same_key(sc, meta, values)
            if same is not None:  # added on two replicas: one row, the server's global id
                differ = [f for f in meta.fields if f not in MERGED_BY_MAX and same[1].get(f) != item["data"].get(f)]
                result[gid] = {"adopt": same[0], "rev": same[2]} if not differ else \
                    {"refused": "already there, with other " + ", ".join(differ)}
                continue
        required = [c for c in unresolved if not t.c[c].nullable]
        if required:
            result[gid] = {"refused": "missing " + ", ".join(required)}
            continue
        savepoint = sc.begin_nested()
        try:
            if cur is None:
                values = {**values, "gid": gid} | ({"version": 1} if meta.versioned else {})
                returning = [t.c.srv_rev, t.c.id] if meta.has_id else [t.c.srv_rev]
                got = sc.execute(insert(t).values(**values).returning(*returning)).first()
            else:
                if meta.versioned:
                    values["version"] = t.c.version + 1
                got = sc.execute(update(t).where(t.c.gid == gid, t.c.srv_rev == base).values(**values)
                                 .returning(t.c.srv_rev)).first()
            savepoint.commit()
        except DBAPIError as exc:
            savepoint.rollback()
            result[gid] = {"refused": str(exc.orig).splitlines()[0][:300]}
            continue
        if got is None:
            result[gid] = {"refused": "update"}
            continue
        if cur is None and meta.has_id:
            maps.add(meta.name, got[1], gid)
        if unresolved:
            later.append((meta, gid, unresolved))
        result[gid] = {"rev": got[0]}
    _resolve_later(sc, later, maps)
    return result


# ---------------------------------------------------------------- helpers on the laptop

def _row(conn: Connection, meta: Meta, gid: str) -> dict[str, Any] | None:
    row = conn.execute(select(meta.table).where(meta.table.c.gid == gid)).mappings().first()
    return dict(row) if row is not None else None


def _bases(conn: Connection, gids: list[str]) -> dict[str, tuple[int | None, dict[str, Any]]]:
    out: dict[str, tuple[int | None, dict[str, Any]]] = {}
    for i in range(0, len(gids), 500):
        chunk = gids[i:i + 500]
        for g, rev, data in conn.execute(select(base_t.c.gid, base_t.c.srv_rev, base_t.c.data)
                                         .where(base_t.c.gid.in_(chunk))):
            out[g] = (rev, data)
    return out


def _set_base(conn: Connection, meta: Meta, gid: str, rev: int | None, data: dict[str, Any]) -> None:
    conn.execute(delete(base_t).where(base_t.c.gid == gid))
    conn.execute(insert(base_t).values(gid=gid, tbl=meta.name, srv_rev=rev, data=data))


def _open_conflict_fields(conn: Connection, gid: str) -> set[str]:
    return set(conn.scalars(select(conflict_t.c.field).where(
        conflict_t.c.gid == gid, conflict_t.c.kind == "field", conflict_t.c.resolved_at.is_(None))))


def _conflict(conn: Connection, kind: str, meta: Meta, gid: str, field_: str | None, mine: Any, theirs: Any,
              base: Any, message: str | None = None) -> None:
    if field_ is not None:  # one open conflict per field: a newer value on either side updates it
        open_ = conn.execute(select(conflict_t.c.id).where(
            conflict_t.c.gid == gid, conflict_t.c.field == field_, conflict_t.c.resolved_at.is_(None))).scalar()
        if open_ is not None:
            conn.execute(update(conflict_t).where(conflict_t.c.id == open_).values(mine=mine, theirs=theirs))
            return
    conn.execute(insert(conflict_t).values(kind=kind, tbl=meta.name, gid=gid, field=field_, mine=mine,
                                           theirs=theirs, base=base, message=message, created_at=utcnow()))


def _local_user(conn: Connection, name: str) -> int:
    """One of our users this file lacks (named by the server): added, inactive (they do not log in here)."""
    from kam.model import User

    t = table_of(User)
    found = conn.execute(select(t.c.id).where(t.c.username == name)).scalar()
    if found is not None:
        return int(found)
    return int(conn.execute(insert(t).values(username=name, display_name=name, active=False)
                            .returning(t.c.id)).scalar_one())


# ---------------------------------------------------------------- pull

def _read_server(sc: Connection, since: int | None, known: set[str] | None, own: list[int]) -> tuple[int, dict[str, list[dict[str, Any]]],
                                                             list[tuple[str, str]], set[str], dict[str, Any]]:
    """In one snapshot: its xmin, the rows changed since ``since`` (wire form + revision), tombstones, the
    accounts visible, and the product lines."""
    xmin = int(sc.execute(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")).scalar_one())
    accounts = metas()["accounts"].table
    visible = set(sc.scalars(select(accounts.c.gid)))
    if known is not None and visible - known:
        since = None  # an account newly shared with this user: its rows may be older than the last pull
    maps = IdMaps(sc)
    changed: dict[str, list[dict[str, Any]]] = {}
    for meta in metas().values():
        t = meta.table
        query = select(t)
        if since is not None:
            query = query.where(t.c.srv_rev >= since)
            if own:
                query = query.where(t.c.srv_rev.not_in(own))
        rows = sc.execute(query).mappings().all()
        if rows:
            changed[meta.name] = [{"g": r["gid"], "rev": r["srv_rev"], "data": to_wire(meta, dict(r), maps)}
                                  for r in rows if r["gid"] is not None]
    tq = select(tomb_t.c.tbl, tomb_t.c.gid)
    if since is not None:
        tq = tq.where(tomb_t.c.srv_rev >= since)
    tombs = [(r[0], r[1]) for r in sc.execute(tq)]
    lines = {}
    if any(metas()[name].lines for name in changed):
        lines = {r[0]: dict(r._mapping) for r in sc.execute(text(
            "SELECT code, name_zh, name_en, name_zh_tw FROM product_lines"))}
    return xmin, changed, tombs, visible, lines


def _pull(lc: Connection, sc: Connection, result: SyncResult) -> None:
    st = local.state(lc)
    assert st is not None
    accounts = metas()["accounts"].table
    known = set(lc.scalars(select(accounts.c.gid).where(accounts.c.gid.is_not(None))))
    known |= set(lc.scalars(text("SELECT gid FROM sync_outbox WHERE tbl = 'accounts' AND op = 'd'")))
    own = [int(r) for r in st["own_revs"] or []]  # type: ignore[attr-defined]
    xmin, changed, tombs, visible, lines = _read_server(sc, st["pulled"], known, own)  # type: ignore[arg-type]
    changed = sealed.on_pull(lc, sc, changed, result.warnings)  # the IP register: still sealed, access list decides
    local.set_applying(lc, True)
    maps = IdMaps(lc)
    pending = set(lc.scalars(select(text("gid")).select_from(text("sync_outbox"))))
    open_fields: dict[str, set[str]] = {}
    for g, f in lc.execute(select(conflict_t.c.gid, conflict_t.c.field).where(
            conflict_t.c.kind == "field", conflict_t.c.resolved_at.is_(None))):
        open_fields.setdefault(g, set()).add(f)
    later: list[tuple[Meta, str, dict[str, str]]] = []

    def missing_user(name: str) -> int:
        found = _local_user(lc, name)
        maps.forget(USERS)
        return found

    def missing_line(code: str) -> int:
        from kam.model import ProductLine

        t = table_of(ProductLine)
        info = lines.get(code, {"name_en": code})
        new = lc.execute(insert(t).values(code=code, name_zh=info.get("name_zh"), name_en=info.get("name_en"),
                                          name_zh_tw=info.get("name_zh_tw")).returning(t.c.id)).scalar_one()
        maps.forget(LINES)
        return int(new)

    for name, rows in changed.items():
        meta = metas()[name]
        t = meta.table
        bases = _bases(lc, [r["g"] for r in rows])
        rows = [r for r in rows if r["g"] not in bases or bases[r["g"]][0] != r["rev"]]  # not seen yet
        here: dict[str, dict[str, Any]] = {}
        for i in range(0, len(rows), 500):
            chunk = [r["g"] for r in rows[i:i + 500]]
            here.update({r["gid"]: dict(r) for r in lc.execute(select(t).where(t.c.gid.in_(chunk))).mappings()})
        new_rows: list[dict[str, Any]] = []
        new_bases: list[dict[str, Any]] = []
        if name in UNIQUE_ORDER and rows:  # out of the way of the rows coming in; renumbered below
            lc.execute(text(f"UPDATE {name} SET {ORDER_FIELD} = -{ORDER_FIELD} WHERE {ORDER_FIELD} > 0"))
        for item in rows:
            gid, rev, theirs = item["g"], item["rev"], item["data"]
            base = bases.get(gid)
            mine_row = here.get(gid)
            if mine_row is None and not meta.has_id:
                mine_row = _adopt(lc, meta, gid, from_wire(meta, theirs, maps)[0])
                if mine_row is not None:
                    pending.add(gid)
                    # contents that differ: each field added differently on both sides is a conflict
                    base = (None, {}) if _differs(meta, to_wire(meta, mine_row, maps), theirs) else None
            if mine_row is None:
                if base is not None and gid in pending:
                    continue  # deleted here: our deletion is on its way
                values, unresolved = from_wire(meta, theirs, maps, missing_user, missing_line)
                if any(not t.c[c].nullable for c in unresolved):
                    result.warnings.append(f"{name} {gid}: " + _("a row whose parent is not on this laptop"))
                    continue
                new_rows.append(values | {"gid": gid, "srv_rev": rev} | ({"version": 1} if meta.versioned else {}))
                if unresolved:
                    later.append((meta, gid, unresolved))
                new_bases.append({"gid": gid, "tbl": name, "srv_rev": rev, "data": theirs})
                result.pulled += 1
                continue
            mine = to_wire(meta, mine_row, maps)
            if gid in pending and base is not None:
                merged = dict(mine)
                for f in meta.fields:
                    b, m, th = base[1].get(f), mine.get(f), theirs.get(f)
                    if m == th or th == b:
                        continue
                    if f == ORDER_FIELD and name in ORDERED:  # moved on both sides: where the server has it
                        merged[f] = th
                        continue
                    if m == b or f in MERGED_BY_MAX:
                        merged[f] = th if m == b else max(str(m), str(th))
                        continue
                    _conflict(lc, "field", meta, gid, f, m, th, b)
                    result.conflicts += 1
                target = merged
            else:
                target = dict(theirs)  # not edited here since the last sync: the server's version…
                for f in open_fields.get(gid, ()):  # …but a field waiting for a person's decision keeps its value
                    if mine.get(f) == theirs.get(f):  # both sides came to the same value: nothing to decide
                        lc.execute(update(conflict_t).where(
                            conflict_t.c.gid == gid, conflict_t.c.field == f, conflict_t.c.resolved_at.is_(None))
                            .values(resolved_at=utcnow(), resolution="same"))
                    else:
                        target[f] = mine.get(f)
                        _conflict(lc, "field", meta, gid, f, mine.get(f), theirs.get(f), None)
            changes = {f: v for f, v in target.items() if mine.get(f) != v}
            if changes:
                values, unresolved = from_wire(meta, changes, maps, missing_user, missing_line)
                if meta.versioned:
                    values["version"] = t.c.version + 1
                lc.execute(update(t).where(t.c.gid == gid).values(**values, **_untouched(t, values)))
                if unresolved:
                    later.append((meta, gid, unresolved))
            lc.execute(update(t).where(t.c.gid == gid).values(srv_rev=rev, **_untouched(t)))
            _set_base(lc, meta, gid, rev, theirs)
            result.pulled += 1
        if new_rows:
            if meta.has_id:
                for id_, gid in lc.execute(insert(t).returning(t.c.id, t.c.gid), new_rows).all():
                    maps.add(name, id_, gid)
            else:
                lc.execute(insert(t), new_rows)
            gids = [b["gid"] for b in new_bases]
            for i in range(0, len(gids), 500):
                lc.execute(delete(base_t).where(base_t.c.gid.in_(gids[i:i + 500])))
            lc.execute(insert(base_t), new_bases)
    _resolve_later(lc, later, maps)
    for name, gid in tombs:
        if name not in metas():
            continue
        meta = metas()[name]
        row = _row(lc, meta, gid)
        if row is not None:
            if gid in pending:  # edited here, deleted there: the deletion wins, the edit is kept as a conflict
                _conflict(lc, "deleted", meta, gid, None, to_wire(meta, row, maps), None, None,
                          _("deleted on the server while edited here"))
                result.conflicts += 1
            lc.execute(delete(meta.table).where(meta.table.c.gid == gid))
            result.deleted += 1
        lc.execute(delete(base_t).where(base_t.c.gid == gid))
        lc.execute(text("DELETE FROM sync_outbox WHERE gid = :g"), {"g": gid})
    _renumber(lc, {n for n in changed if n in ORDERED} | {n for n, _g in tombs if n in ORDERED})
    gone = lc.execute(select(accounts.c.gid, accounts.c.name_zh, accounts.c.name_en).where(
        accounts.c.srv_rev.is_not(None))).all()
    for gid, zh, en in gone:
        if gid in visible:
            continue
        lc.execute(delete(accounts).where(accounts.c.gid == gid))
        lc.execute(delete(base_t).where(base_t.c.gid == gid))
        result.removed_accounts.append(zh or en or gid)
    if result.removed_accounts:  # what they held goes with them: no base copies or outbox entries left over
        _forget_orphans(lc)
    lc.execute(update(state_t).where(state_t.c.id == 1).values(
        pulled=xmin, applying=False, own_revs=[r for r in own if r >= xmin] or None))


def _differs(meta: Meta, mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
    return any(mine.get(f) != theirs.get(f) for f in meta.fields if f not in MERGED_BY_MAX)


def _adopt(lc: Connection, meta: Meta, gid: str, values: dict[str, Any]) -> dict[str, Any] | None:
    """A row pulled that this laptop added too (same key, another global id): it takes the server's global id;
    what it held under its own id (outbox, base) goes."""
    found = _same_key(lc, meta, values)
    if found is None or found[0] == gid:
        return None
    old = found[0]
    lc.execute(update(meta.table).where(meta.table.c.gid == old).values(gid=gid, **_untouched(meta.table)))
    lc.execute(text("DELETE FROM sync_outbox WHERE gid = :g"), {"g": old})
    lc.execute(delete(base_t).where(base_t.c.gid == old))
    return _row(lc, meta, gid)


def _renumber(lc: Connection, tables: set[str]) -> None:
    """Ordered lists after a pull: two rows at one place (both sides inserted there) or, where positions are
    unique, a list parked by the pull or left with holes, renumbered 1..n by (position, global id) — the same
    order on every replica. Rows that end at another place than the server has them go to the outbox."""
    for name in sorted(tables):
        parent, unique = ORDERED[name], name in UNIQUE_ORDER
        rows = lc.execute(text(f"SELECT rowid, gid, {parent}, {ORDER_FIELD} FROM {name}")).all()
        lists: dict[Any, list[Any]] = {}
        for r in rows:
            lists.setdefault(r[2], []).append(r)
        moved: list[tuple[int, int, str | None]] = []
        for items in lists.values():
            places = [abs(r[3] or 0) for r in items]
            if len(set(places)) == len(places) and not (unique and (min(r[3] for r in items) < 0
                                                                    or sorted(places) != list(range(1, len(places) + 1)))):
                continue
            ordered = sorted(items, key=lambda r: (abs(r[3] or 0), r[1] or ""))
            moved += [(r[0], i, r[1]) for i, r in enumerate(ordered, 1) if r[3] != i]
        if not moved:
            continue
        if unique:  # through places no row holds, so no two rows meet on the way
            lc.execute(text(f"UPDATE {name} SET {ORDER_FIELD} = -1000000 - :p WHERE rowid = :r"),
                       [{"p": p, "r": r} for r, p, _g in moved])
        lc.execute(text(f"UPDATE {name} SET {ORDER_FIELD} = :p WHERE rowid = :r"),
                   [{"p": p, "r": r} for r, p, _g in moved])
        bases = _bases(lc, [g for _r, _p, g in moved if g is not None])
        queued = [{"t": name, "g": g} for _r, p, g in moved
                  if g is not None and g in bases and bases[g][1].get(ORDER_FIELD) != p]
        if queued:
            lc.execute(text("INSERT INTO sync_outbox (tbl, gid, op) VALUES (:t, :g, 'u')"), queued)


def _forget_orphans(lc: Connection) -> None:
    for meta in metas().values():
        lc.execute(text(f"DELETE FROM sync_base WHERE tbl = :t AND gid NOT IN (SELECT gid FROM {meta.name} "
                        "WHERE gid IS NOT NULL)"), {"t": meta.name})
        lc.execute(text(f"DELETE FROM sync_outbox WHERE tbl = :t AND op != 'd' AND gid NOT IN "
                        f"(SELECT gid FROM {meta.name} WHERE gid IS NOT NULL)"), {"t": meta.name})


# ---------------------------------------------------------------- push

def _plan(lc: Connection) -> tuple[int, list[Any]] | None:
    """What the outbox holds now, one entry per row (its last operation): creations and changes parents first,
    then deletions children first; with the outbox's last sequence number."""
    upto = lc.execute(text("SELECT max(seq) FROM sync_outbox")).scalar()
    if upto is None:
        return None
    entries = lc.execute(text("SELECT o.tbl, o.gid, o.op FROM sync_outbox o JOIN (SELECT gid, max(seq) AS m "
                              "FROM sync_outbox GROUP BY gid) last ON o.seq = last.m")).all()
    known = metas()
    held = sealed.held_back(lc)  # IP register rows that may not travel yet stay in the outbox
    return int(upto), sorted((e for e in entries if e[0] in known and e[1] not in held),
                             key=lambda e: (1, -known[e[0]].order) if e[2] == "d" else (0, known[e[0]].order))


def _next_batch(lc: Connection, plan: tuple[int, list[Any]], offset: int, maps: IdMaps) -> dict[str, Any]:
    """The batch of the plan's entries from ``offset`` (kept in sync_state.pending until the server's answer
    is applied)."""
    upto, entries = plan
    known = metas()
    chosen = entries[offset:offset + BATCH_ROWS]
    bases = _bases(lc, [e[1] for e in chosen])
    in_conflict: dict[str, set[str]] = {}
    for g, f in lc.execute(select(conflict_t.c.gid, conflict_t.c.field).where(
            conflict_t.c.kind == "field", conflict_t.c.resolved_at.is_(None))):
        in_conflict.setdefault(g, set()).add(f)
    by_table: dict[str, list[str]] = {}
    for name, gid, _op in chosen:
        by_table.setdefault(name, []).append(gid)
    found: dict[str, dict[str, Any]] = {}
    for name, gids in by_table.items():
        t = known[name].table
        for i in range(0, len(gids), 500):
            for r in lc.execute(select(t).where(t.c.gid.in_(gids[i:i + 500]))).mappings():
                found[r["gid"]] = dict(r)
    rows: list[dict[str, Any]] = []
    drop: list[str] = []
    for name, gid, _op in chosen:
        meta, row, base = known[name], found.get(gid), bases.get(gid)
        if row is None:
            if base is not None:
                rows.append({"t": name, "g": gid, "op": "d", "base": base[0]})
            else:  # made and deleted here between two syncs: the server never knew it
                drop.append(gid)
            continue
        data = to_wire(meta, row, maps)
        for f in in_conflict.get(gid, ()):  # the server's value until a person decides
            if base is not None and f in base[1]:
                data[f] = base[1][f]
        rows.append({"t": name, "g": gid, "op": "u", "base": base[0] if base else None, "data": data})
    st = local.state(lc)
    assert st is not None
    batch = {"seq": st["next_batch"], "upto": upto, "rows": rows, "drop": drop,
             "all": offset + len(chosen) >= len(entries)}
    lc.execute(update(state_t).where(state_t.c.id == 1).values(pending=batch))
    return batch


def _apply_answer(lc: Connection, batch: dict[str, Any], answer: dict[str, Any], result: SyncResult) -> bool:
    """The server's answer to a batch, applied here; True when some row was stale (pull and push again)."""
    local.set_applying(lc, True)
    stale = False
    done: list[str] = list(batch.get("drop", []))
    revs: dict[str, list[dict[str, Any]]] = {}
    new_bases: list[dict[str, Any]] = []
    for item in batch["rows"]:
        meta, gid = metas()[item["t"]], item["g"]
        got = answer.get(gid, {"refused": "?"})
        if "stale" in got:
            stale = True
            continue
        done.append(gid)
        if "adopt" in got:  # the server already had this row (same key, same contents): its global id here
            lc.execute(update(meta.table).where(meta.table.c.gid == gid).values(gid=got["adopt"],
                                                                               srv_rev=got["rev"],
                                                                               **_untouched(meta.table)))
            new_bases.append({"gid": got["adopt"], "tbl": meta.name, "srv_rev": got["rev"], "data": item["data"]})
            lc.execute(delete(base_t).where(base_t.c.gid == got["adopt"]))
            result.pushed += 1
        elif "rev" in got:
            if item["op"] != "d":
                revs.setdefault(meta.name, []).append({"_gid": gid, "srv_rev": got["rev"]})
                new_bases.append({"gid": gid, "tbl": meta.name, "srv_rev": got["rev"], "data": item["data"]})
            result.pushed += 1
        elif "gone" in got:
            _conflict(lc, "deleted", meta, gid, None, item["data"], None, None,
                      _("deleted on the server while edited here"))
            lc.execute(delete(meta.table).where(meta.table.c.gid == gid))
            result.conflicts += 1
        else:
            base = lc.execute(select(base_t.c.data).where(base_t.c.gid == gid)).scalar()
            _conflict(lc, "refused", meta, gid, None, item.get("data"), base, None, str(got.get("refused")))
            result.refused += 1
    own = {p["srv_rev"] for params in revs.values() for p in params}
    if own:  # our own writes: the next pull need not read them back
        before: Any = local.state(lc)["own_revs"] or []  # type: ignore[index]
        lc.execute(update(state_t).where(state_t.c.id == 1).values(own_revs=sorted(set(before) | own)))
    for name, params in revs.items():
        t = metas()[name].table
        lc.execute(update(t).where(t.c.gid == bindparam("_gid")).values(srv_rev=bindparam("srv_rev"),
                                                                         **_untouched(t)), params)
    rebased = [g for g in done if "refused" not in answer.get(g, {})]  # a refused row keeps its base
    for i in range(0, len(rebased), 500):
        lc.execute(text("DELETE FROM sync_base WHERE gid IN (SELECT value FROM json_each(:g))"),
                   {"g": _json(rebased[i:i + 500])})
    for i in range(0, len(done), 500):
        lc.execute(text("DELETE FROM sync_outbox WHERE seq <= :upto AND gid IN (SELECT value FROM json_each(:g))"),
                   {"upto": batch["upto"], "g": _json(done[i:i + 500])})
    if new_bases:
        lc.execute(insert(base_t), new_bases)
    lc.execute(update(state_t).where(state_t.c.id == 1).values(pending=None, next_batch=batch["seq"] + 1,
                                                              applying=False))
    result.batches += 1
    return stale


def _json(value: Any) -> str:
    import json

    return json.dumps(value)


# ---------------------------------------------------------------- one run

def server_engine(url: str) -> Engine:
    from kam.store.db import make_engine

    return make_engine(url)


def sync(local_engine: Engine, server: Engine, *, hook: Callable[[str], None] | None = None) -> SyncResult:
    """One complete sync of a bound laptop file with the server; see the module's docstring."""
    result = SyncResult()
    step = hook or (lambda where: None)
    with local_engine.begin() as lc:
        st = local.state(lc)
        if st is None or not st["bound"]:
            raise UserError(_("this database is not bound to a team server yet: kam sync --server URL"))
        local.ensure_triggers(lc)
        _own_ownerless(lc, str(st["username"]))
        client_id = str(st["client_id"])
    result.warnings += sealed.prepare(local_engine, server)
    for _round in range(5):
        with local_engine.begin() as lc:  # a batch left by an interrupted run goes first, exactly as it was
            pending: Any = local.state(lc)["pending"]  # type: ignore[index]
        if pending is not None:
            step("resend")
            _push_one(local_engine, server, client_id, dict(pending), result, step)
        step("pull")
        with server.connect() as sc, local_engine.begin() as lc:
            sc.exec_driver_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            _pull(lc, sc, result)
            sc.rollback()
        step("pulled")
        stale = False
        with local_engine.connect() as lc:
            plan = _plan(lc)
            maps = IdMaps(lc)  # the laptop's ids do not change while it pushes
        offset = 0
        while plan is not None:
            with local_engine.begin() as lc:
                maps.conn = lc
                batch = _next_batch(lc, plan, offset, maps)
            step("batch")
            stale |= _push_one(local_engine, server, client_id, batch, result, step)
            offset += BATCH_ROWS
            if batch["all"]:
                break
        if not stale:
            break
    step("audit")
    result.audit_appended, warnings = sync_audit.push(local_engine, server, client_id, step)
    result.warnings += warnings
    with local_engine.begin() as lc:
        lc.execute(update(state_t).where(state_t.c.id == 1).values(synced_at=utcnow()))
    return result


def _push_one(local_engine: Engine, server: Engine, client_id: str, batch: dict[str, Any], result: SyncResult,
              step: Callable[[str], None]) -> bool:
    with server.begin() as sc:
        answer = apply_batch(sc, client_id, int(batch["seq"]), batch["rows"])
        step("applied")
    step("committed")
    with local_engine.begin() as lc:
        return _apply_answer(lc, batch, answer, result)


# ---------------------------------------------------------------- conflicts

def open_conflicts(local_engine: Engine) -> list[dict[str, Any]]:
    with local_engine.connect() as lc:
        rows = lc.execute(select(conflict_t).where(conflict_t.c.resolved_at.is_(None))
                          .order_by(conflict_t.c.id)).mappings().all()
    return [dict(r) for r in rows]


def resolve(local_engine: Engine, conflict_id: int, take: str) -> None:
    """Settle one conflict: ``mine`` (this laptop's value goes to the server at the next sync) or ``theirs``
    (the server's value is kept here)."""
    if take not in ("mine", "theirs"):
        raise UserError(_("--take: mine or theirs"))
    with local_engine.begin() as lc:
        c = lc.execute(select(conflict_t).where(conflict_t.c.id == conflict_id)).mappings().first()
        if c is None or c["resolved_at"] is not None:
            raise UserError(_("no open conflict {id} (kam sync --conflicts lists them)").format(id=conflict_id))
        meta = metas()[c["tbl"]]
        t, gid = meta.table, c["gid"]
        maps = IdMaps(lc)
        row = _row(lc, meta, gid)
        if c["kind"] == "field":
            if take == "theirs" and row is not None:
                values, _unresolved = from_wire(meta, {c["field"]: c["theirs"]}, maps, lambda n: _local_user(lc, n))
                local.set_applying(lc, True)
                lc.execute(update(t).where(t.c.gid == gid).values(**values, **_untouched(t, values)))
                local.set_applying(lc, False)
            elif row is not None:  # mine: queued again, now sent with this laptop's value
                lc.execute(text("INSERT INTO sync_outbox (tbl, gid, op) VALUES (:t, :g, 'u')"),
                           {"t": meta.name, "g": gid})
        elif c["kind"] == "refused":
            if take == "mine" and row is not None:
                lc.execute(text("INSERT INTO sync_outbox (tbl, gid, op) VALUES (:t, :g, 'u')"),
                           {"t": meta.name, "g": gid})
            elif take == "theirs":
                local.set_applying(lc, True)
                if c["theirs"] is None:  # new here, refused there: goes
                    lc.execute(delete(t).where(t.c.gid == gid))
                else:
                    values, _unresolved = from_wire(meta, c["theirs"], maps, lambda n: _local_user(lc, n))
                    lc.execute(update(t).where(t.c.gid == gid).values(**values, **_untouched(t, values)))
                local.set_applying(lc, False)
        elif c["kind"] == "deleted" and take == "mine" and c["mine"] is not None:
            values, unresolved = from_wire(meta, c["mine"], maps, lambda n: _local_user(lc, n))
            if any(not t.c[k].nullable for k in unresolved):
                raise UserError(_("what it belonged to was deleted too: it cannot be put back"))
            lc.execute(insert(t).values(**values, gid=gid, **({"version": 1} if meta.versioned else {})))
        lc.execute(update(conflict_t).where(conflict_t.c.id == conflict_id)
                   .values(resolved_at=dt.datetime.now(dt.UTC), resolution=take))


def counts(local_engine: Engine) -> tuple[int, int]:
    """(changes waiting in the outbox, open conflicts)."""
    with local_engine.connect() as lc:
        waiting = lc.execute(text("SELECT count(DISTINCT gid) FROM sync_outbox")).scalar() or 0
        open_ = lc.execute(select(func.count()).select_from(conflict_t)
                           .where(conflict_t.c.resolved_at.is_(None))).scalar() or 0
    return int(waiting), int(open_)


def _own_ownerless(lc: Connection, username: str) -> None:
    """Accounts made on the laptop since the last sync without an owner (a file used alone names none) become
    the syncing user's, as at the first sync: the server refuses an account nobody owns."""
    accounts = metas()["accounts"].table
    new = (accounts.c.srv_rev.is_(None), accounts.c.owner_id.is_(None))
    if lc.execute(select(accounts.c.id).where(*new).limit(1)).first() is None:
        return
    lc.execute(update(accounts).where(*new).values(owner_id=_local_user(lc, username), **_untouched(accounts)))


def check_server(server: Engine) -> tuple[str, set[str]]:
    """The login's user name (one of the team database's active users, else UserError) and the team's users."""
    with server.connect() as sc:
        username = sc.execute(text("SELECT session_user")).scalar()
        if sc.execute(text("SELECT kam_me()")).scalar() is None:
            raise UserError(_("{username} is not one of the team database's users").format(username=username))
        return str(username), set(sc.scalars(text("SELECT username FROM users")))


def bind(local_engine: Engine, server: Engine, server_url: str) -> None:
    """Bind a laptop file to a server (once): every local row is queued for the first push."""
    username, team_users = check_server(server)
    with local_engine.begin() as lc:
        st = local.state(lc)
        if st is not None:
            if st["server"] != server_url:
                raise UserError(_("this database is bound to another server ({server})").format(server=st["server"]))
            return
        # the laptop's own accounts become the user's on the server (kam team push is this first sync): an owner the team
        # lacks, or none, is replaced by them
        me = _local_user(lc, str(username))
        accounts = metas()["accounts"].table
        from kam.model import User

        users = table_of(User)
        lc.execute(update(accounts).where(accounts.c.srv_rev.is_(None), accounts.c.owner_id.is_(None)
                                          | accounts.c.owner_id.not_in(select(users.c.id).where(
                                              users.c.username.in_(team_users)))).values(owner_id=me))
        local.bind(lc, server_url, str(username))


__all__ = ["SyncResult", "bind", "check_server", "counts", "new_gid", "open_conflicts", "resolve", "sync"]
