"""Integrity checks and online backups."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from kam.errors import UserError
from kam.i18n import _
from kam.store.backups import backup_sqlite
from kam.store.db import is_sqlite, sqlite_path
from kam.store.schema import engine_key, schema_state


def check(engine: Engine) -> list[str]:
    """Problems found (empty when all is well): integrity, foreign keys, schema version."""
    problems: list[str] = []
    with engine.connect() as conn:
        if is_sqlite(str(engine.url)):
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                problems += [f"integrity: {r}" for r in result[:20]]
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:20]:
                problems.append(f"foreign key: table {row[0]} row {row[1]} refers to a missing {row[2]}")
        state = schema_state(conn)
        if not state.at_head:
            problems.append(f"schema {state.revision} is not at head {state.head}")
    return problems


def backup(engine: Engine, out: Path) -> Path:
    """A consistent copy of the live database to ``out`` (refuses to overwrite)."""
    path = sqlite_path(str(engine.url))
    if path is None:
        raise UserError(_("backup of a server database is done with the server's tools (pg_dump)"))
    from kam.store.guard import refuse_overwrite

    out = out.expanduser()
    refuse_overwrite(out, path)
    if out.exists():
        raise UserError(_("{path} already exists; choose another name").format(path=out))
    if not out.parent.is_dir():
        raise UserError(_("folder {path} does not exist").format(path=out.parent))
    return backup_sqlite(path, out, engine_key(engine))
