"""Open a database safely: back it up, upgrade it, or refuse it untouched.

Order at start-up (STYLE.md §5): look at the file before SQLAlchemy touches it
(``kam.store.schema``: not SQLite? not ours? newer than us? -> refuse, change
nothing), then if it is behind head make an online backup beside it, then
upgrade with foreign keys off (SQLite batch rebuilds must never cascade-delete
child rows) and finish with ``foreign_key_check``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine

from kam.errors import DatabaseRefused
from kam.i18n import _
from kam.store import journal
from kam.store.backups import backup_sqlite, raise_if_damaged, timestamped_backup_path
from kam.store.db import is_sqlite, sqlite_path
from kam.store.journal import fault_point
from kam.store.schema import SchemaState, alembic_config, engine_key, peek_sqlite_file, schema_state


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def prepare(engine: Engine, *, upgrade: bool = True, state: SchemaState | None = None,
            after_upgrade: Callable[[Connection], None] | None = None) -> UpgradeResult:
    """Make ``engine``'s database usable at head: refuse, or back up and upgrade.

    Raises DatabaseRefused (file untouched) for a file that is not SQLite, not a
    kam database, or from a newer app. With ``upgrade=False`` a database behind
    head is refused instead of upgraded. ``state``: the file's state already read (``read_state``) by the
    connection that checked its key, so the file is not opened a second time for it. ``after_upgrade``: run
    on the upgraded schema in the upgrade's own transaction (a team database's rights on new tables: all or
    nothing with the migration).
    """
    url = str(engine.url)
    path = sqlite_path(url)
    key = engine_key(engine)
    if state is None and path is not None:
        try:
            state = peek_sqlite_file(path, key)  # before the engine's first connection touches the file
        except DatabaseRefused as exc:
            if exc.__cause__ is not None:  # the key did not open it: a wrong key, or a damaged first page
                raise_if_damaged(path, key, exc)
            raise
    elif state is None:
        with engine.connect() as conn:
            state = schema_state(conn)
    if state.at_head:
        return UpgradeResult(state.revision, state.head, None)
    if not upgrade:
        raise DatabaseRefused(_("database schema {revision} is behind {head}").format(revision=state.revision, head=state.head))
    backup = None
    if path is not None and state.revision is not None:
        # journaled (kam.store.journal): a kill leaves no half backup; the upgrade itself is one transaction
        journal.write(path, "migrate", "prepare", to=state.head)
        fault_point("migrate")
        backup = backup_sqlite(path, timestamped_backup_path(path, f"before-{state.head}"), key)
        fault_point("migrate")
    run_upgrade(engine, "head", then=after_upgrade)
    if path is not None and state.revision is not None:
        fault_point("migrate")
        journal.clear(path, "migrate")
    return UpgradeResult(state.revision, state.head, backup)


def run_upgrade(engine: Engine, target: str, then: Callable[[Connection], None] | None = None) -> None:
    """Migrate up to ``target``, then ``then(connection)`` in the same transaction."""
    from alembic import command

    _run(engine, lambda cfg: command.upgrade(cfg, target), then)


def run_downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    _run(engine, lambda cfg: command.downgrade(cfg, target))


def _run(engine: Engine, step: object, then: Callable[[Connection], None] | None = None) -> None:
    cfg = alembic_config()
    with engine.connect() as conn:
        sqlite = is_sqlite(str(engine.url))
        if sqlite:
            # Must happen outside a transaction, or SQLite ignores it.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                step(cfg)  # type: ignore[operator]
                if then is not None:
                    then(conn)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseRefused(
                            _("migration would leave {broken} broken references (first: {value}); nothing was changed").format(broken=len(broken), value=tuple(broken[0]))
                        )
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
