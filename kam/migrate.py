"""Open a database safely: recognise it, back it up, upgrade it, or refuse it untouched.

Order at start-up (STYLE.md §5): look at the file before SQLAlchemy touches it
(not SQLite? not ours? newer than us? -> refuse, change nothing), then if it is
behind head make an online backup beside it, then upgrade with foreign keys off
(SQLite batch rebuilds must never cascade-delete child rows) and finish with
``foreign_key_check``.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

from kam.db import is_sqlite, sqlite_path
from kam.errors import DatabaseRefused

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables whose presence says "this is a kam database" next to alembic_version.
KAM_MARKER_TABLES = {"accounts", "people", "users"}


def migrations_dir() -> Path:
    """The installed migration scripts (package data of ``kam.migrations``)."""
    return Path(str(files("kam.migrations")))


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    # "os": never split the install path on spaces (C:\Users\Li Na\AppData\...).
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


class DamagedDatabase(DatabaseRefused):
    """The file is SQLite but cannot be read: move it aside and restore a backup (kam.backups)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)


@lru_cache(maxsize=1)
def _revision_graph() -> tuple[frozenset[str], str]:
    """All revisions and the head, read from the scripts' headers without importing Alembic.

    Opening a database that is already at head (the usual start) then costs no
    Alembic import; a test checks that this agrees with Alembic's own answer.
    """
    revisions, parents = set(), set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = _REV.search(text)
        if rev:
            revisions.add(rev.group(1))
            down = _DOWN.search(text)
            if down:
                parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads: {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    return _revision_graph()[1]


def known_revisions() -> set[str]:
    return set(_revision_graph()[0])


@dataclass(frozen=True)
class SchemaState:
    revision: str | None  # None: empty database
    head: str

    @property
    def at_head(self) -> bool:
        return self.revision == self.head


def inspect_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite, before anything opens it for writing."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise DatabaseRefused(f"{path} is a folder, not a database file")
    with path.open("rb") as fh:
        magic = fh.read(16)
    if magic != SQLITE_MAGIC:
        raise DatabaseRefused(
            f"{path} is not a kam database (not an SQLite file); it was left untouched"
        )


def schema_state(conn: Connection) -> SchemaState:
    """Where the database stands; refuses foreign and newer schemas."""
    tables = set(inspect(conn).get_table_names())
    rev = None
    if "alembic_version" in tables:
        from alembic.runtime.migration import MigrationContext

        rev = MigrationContext.configure(conn).get_current_revision()
    return _judge(tables, rev, _describe(conn))


def peek_sqlite_file(path: Path) -> SchemaState:
    """Judge a SQLite file through a read-only connection that sets no pragmas.

    Our engine switches files to WAL on connect, which rewrites the header: a
    file that is not ours must be judged before the engine ever opens it.
    """
    inspect_sqlite_file(path)
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(None, head_revision())
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)  # percent-encoded: spaces, %, #
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        rev = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            rev = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(path, f"{path} cannot be read as a database ({exc}); it was left untouched") from exc
    finally:
        conn.close()
    return _judge(tables, rev, str(path))


def _judge(tables: set[str], rev: str | None, where: str) -> SchemaState:
    head = head_revision()
    user_tables = {t for t in tables if not t.startswith("sqlite_")} - {"alembic_version"}
    if not user_tables:
        return SchemaState(None, head)
    if "alembic_version" not in tables or not tables >= KAM_MARKER_TABLES:
        raise DatabaseRefused(f"{where} is not a kam database; it was left untouched")
    if rev is None:
        raise DatabaseRefused(f"{where} has no schema version; it was left untouched")
    if rev not in known_revisions():
        raise DatabaseRefused(
            f"{where} was written by a newer version of kam (schema {rev}; this version "
            f"knows up to {head}). Install the newer version; the file was left untouched."
        )
    return SchemaState(rev, head)


def _describe(conn: Connection) -> str:
    path = sqlite_path(str(conn.engine.url))
    return str(path) if path else conn.engine.url.render_as_string(hide_password=True)


def backup_sqlite(src: Path, dest: Path) -> Path:
    """A consistent copy of a live database through SQLite's online backup API."""
    if dest.exists():
        raise DatabaseRefused(f"{dest} already exists; choose another name")
    source = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return dest


def timestamped_backup_path(db: Path, label: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return db.with_name(f"{db.stem}.{stamp}.{label}{db.suffix or '.sqlite3'}")


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def prepare(engine: Engine, *, upgrade: bool = True) -> UpgradeResult:
    """Make ``engine``'s database usable at head: refuse, or back up and upgrade.

    Raises DatabaseRefused (file untouched) for a file that is not SQLite, not a
    kam database, or from a newer app. With ``upgrade=False`` a database behind
    head is refused instead of upgraded.
    """
    url = str(engine.url)
    path = sqlite_path(url)
    if path is not None:
        state = peek_sqlite_file(path)  # before the engine's first connection touches the file
    else:
        with engine.connect() as conn:
            state = schema_state(conn)
    if state.at_head:
        return UpgradeResult(state.revision, state.head, None)
    if not upgrade:
        raise DatabaseRefused(f"database schema {state.revision} is behind {state.head}")
    backup = None
    if path is not None and state.revision is not None:
        backup = backup_sqlite(path, timestamped_backup_path(path, f"before-{state.head}"))
    run_upgrade(engine, "head")
    return UpgradeResult(state.revision, state.head, backup)


def run_upgrade(engine: Engine, target: str) -> None:
    from alembic import command

    _run(engine, lambda cfg: command.upgrade(cfg, target))


def run_downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    _run(engine, lambda cfg: command.downgrade(cfg, target))


def _run(engine: Engine, step: object) -> None:
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
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseRefused(
                            f"migration would leave {len(broken)} broken references "
                            f"(first: {tuple(broken[0])}); nothing was changed"
                        )
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
