"""The laptop side: binding a file to a server, its global ids and the outbox triggers.

The outbox is written by SQLite triggers, so every edit — through a service, an import, an undo — is queued in
the same transaction that makes it. They write only while the file is bound (``sync_state.bound``) and not while
the sync itself applies what it pulled (``sync_state.applying``).
"""

from __future__ import annotations

from sqlalchemy import Connection, select, text, update

from kam.model import SyncState
from kam.model.base import new_gid
from kam.model.base import table_of as _table_of
from kam.sync.tables import metas

# a random id in SQL, for a row written without one (raw SQL): 32 hex digits in the UUID layout
_SQL_GID = ("(SELECT lower(substr(h,1,8)||'-'||substr(h,9,4)||'-'||substr(h,13,4)||'-'||substr(h,17,4)||'-'||"
            "substr(h,21,12)) FROM (SELECT hex(randomblob(16)) AS h))")
_ACTIVE = "(SELECT bound AND NOT applying FROM sync_state WHERE id = 1)"

state_table = _table_of(SyncState)


def trigger_statements(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER IF NOT EXISTS kam_sync_i_{table} AFTER INSERT ON {table} WHEN {_ACTIVE} BEGIN "
        f"UPDATE {table} SET gid = {_SQL_GID} WHERE rowid = NEW.rowid AND gid IS NULL; "
        f"INSERT INTO sync_outbox (tbl, gid, op) VALUES ('{table}', "
        f"(SELECT gid FROM {table} WHERE rowid = NEW.rowid), 'i'); END",
        f"CREATE TRIGGER IF NOT EXISTS kam_sync_u_{table} AFTER UPDATE ON {table} "
        f"WHEN {_ACTIVE} AND NEW.gid IS NOT NULL BEGIN "
        f"INSERT INTO sync_outbox (tbl, gid, op) VALUES ('{table}', NEW.gid, 'u'); END",
        f"CREATE TRIGGER IF NOT EXISTS kam_sync_d_{table} AFTER DELETE ON {table} "
        f"WHEN {_ACTIVE} AND OLD.gid IS NOT NULL BEGIN "
        f"INSERT INTO sync_outbox (tbl, gid, op) VALUES ('{table}', OLD.gid, 'd'); END",
    ]


def ensure_triggers(conn: Connection) -> None:
    """The outbox triggers of every synced table (idempotent: a table rebuilt by a migration gets them back)."""
    for name in metas():
        for statement in trigger_statements(name):
            conn.exec_driver_sql(statement)


def trigger_count() -> int:
    """How many outbox triggers a bound file has."""
    return sum(len(trigger_statements(name)) for name in metas())


def fill_gids(conn: Connection) -> int:
    """A global id for every row that has none yet (rows from before the sync existed); returns how many."""
    filled = 0
    for meta in metas().values():
        t = meta.table
        keys = [c.name for c in t.primary_key.columns]
        rows = conn.execute(select(*(t.c[k] for k in keys)).where(t.c.gid.is_(None))).all()
        for row in rows:
            conn.execute(update(t).where(*(t.c[k] == v for k, v in zip(keys, row, strict=True)))
                         .values(gid=new_gid()))
        filled += len(rows)
    return filled


def state(conn: Connection) -> dict[str, object] | None:
    row = conn.execute(select(state_table).where(state_table.c.id == 1)).mappings().first()
    return dict(row) if row is not None else None


def bind(conn: Connection, server: str, username: str) -> None:
    """Bind this file to a server: global ids, triggers, and every existing row queued for the first push."""
    fill_gids(conn)
    ensure_triggers(conn)
    conn.execute(state_table.insert().values(id=1, server=server, client_id=new_gid(), username=username,
                                             bound=True, applying=False, pulled=None, next_batch=1))
    for meta in metas().values():  # parents first, so the first push creates them before their children
        conn.execute(text(f"INSERT INTO sync_outbox (tbl, gid, op) SELECT '{meta.name}', gid, 'i' "
                          f"FROM {meta.name} WHERE srv_rev IS NULL"))


def set_applying(conn: Connection, on: bool) -> None:
    conn.execute(update(state_table).where(state_table.c.id == 1).values(applying=on))
