"""What a database file is: its schema revision, judged before anything writes to it.

Order at start-up (STYLE.md §5): look at the file before SQLAlchemy touches it
(not SQLite? not ours? newer than us? -> refuse, change nothing), then if it is
behind head make an online backup beside it, then upgrade with foreign keys off
(SQLite batch rebuilds must never cascade-delete child rows) and finish with
``foreign_key_check``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kam.errors import DamagedDatabase, DatabaseRefused
from kam.i18n import _
from kam.store.db import connect_file, file_kind, is_db_error, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

    from kam.store.dbkey import DbKey

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


def inspect_sqlite_file(path: Path, key: DbKey | None = None) -> str:
    """Refuse a file that is not SQLite (or not encrypted when a key is given), before anything writes to it."""
    kind = file_kind(path)
    if kind == "encrypted" and key is None:
        raise DatabaseRefused(
            _("{path} is not a kam database (not an SQLite file, or encrypted without a key); it was left untouched").format(path=path)
        )
    return kind


def schema_state(conn: Connection) -> SchemaState:
    """Where the database stands; refuses foreign and newer schemas."""
    from sqlalchemy import inspect

    tables = set(inspect(conn).get_table_names())
    rev = None
    if "alembic_version" in tables:  # read as read_state does: no Alembic import for a database at head
        rev = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return _judge(tables, rev, _describe(conn))


def peek_sqlite_file(path: Path, key: DbKey | None = None) -> SchemaState:
    """Judge a database file through a read-only connection that sets no pragmas.

    Our engine switches files to WAL on connect, which rewrites the header: a
    file that is not ours must be judged before the engine ever opens it. An
    encrypted file is opened with ``key``; a wrong key is refused, never
    treated as damage (the file is fine, the key is not).
    """
    kind = inspect_sqlite_file(path, key)
    if kind == "new":
        return SchemaState(None, head_revision())
    conn = connect_file(path, key if kind == "encrypted" else None, readonly=True)
    try:
        return read_state(conn, path)
    finally:
        conn.close()


def read_state(conn: Any, path: Path) -> SchemaState:
    """Judge the database file ``path`` through ``conn``, a DB-API connection to it that set no pragmas
    (the one that just checked its key: the file is opened once for both)."""
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        rev = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            rev = row[0] if row else None
    except Exception as exc:  # sqlite3 or sqlcipher3 DatabaseError
        if not is_db_error(exc):
            raise
        raise DamagedDatabase(path, _("{path} cannot be read as a database ({exc}); it was left untouched").format(path=path, exc=exc)) from exc
    return _judge(tables, rev, str(path))


def _judge(tables: set[str], rev: str | None, where: str) -> SchemaState:
    head = head_revision()
    user_tables = {t for t in tables if not t.startswith("sqlite_")} - {"alembic_version"}
    if not user_tables:
        return SchemaState(None, head)
    if "alembic_version" not in tables or not tables >= KAM_MARKER_TABLES:
        raise DatabaseRefused(_("{where} is not a kam database; it was left untouched").format(where=where))
    if rev is None:
        raise DatabaseRefused(_("{where} has no schema version; it was left untouched").format(where=where))
    if rev not in known_revisions():
        raise DatabaseRefused(
            _("{where} was written by a newer version of kam (schema {rev}; this version knows up to {head}). Install the newer version; the file was left untouched.").format(where=where, rev=rev, head=head)
        )
    return SchemaState(rev, head)


def _describe(conn: Connection) -> str:
    path = sqlite_path(str(conn.engine.url))
    return str(path) if path else conn.engine.url.render_as_string(hide_password=True)


def engine_key(engine: Engine) -> DbKey | None:
    """The key an SQLCipher engine was made with (kept in its URL's password), or None."""
    if not engine.url.drivername.endswith("pysqlcipher"):
        return None
    from kam.store.dbkey import DbKey

    secret = engine.url.password or ""
    raw = re.fullmatch(r"x'([0-9a-f]{64})'", secret)
    return DbKey(raw.group(1), True, "engine") if raw else DbKey(secret, False, "engine")


