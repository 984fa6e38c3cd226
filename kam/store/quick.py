"""The usual start of a reading command, without SQLAlchemy: a database at head, opened once.

``open_for_reading`` takes this way only when the start-up policy (``kam.app.open_app``) would have nothing
to do but open the database. For a file: it exists, no interrupted operation is left to finish or roll back
and no stray backup part to clear, its key is known without asking anyone (this process, ``KAM_DB_KEY``, the
credential store) and accepted by the file, the schema is at head, the audit trail anchored, and ``--user``
(when given) is one of the database's users. For a team database (a ``postgresql`` URL): the schema is at
head and ``--user`` is a user; the server applies its row-level security to this login as to the app's.
In every other case it returns None and the caller goes through ``open_app``, which handles that case as it
always did: this way changes what is imported (no SQLAlchemy, no models: ≈ 0.3–0.5 s of a command's start
on a slow laptop), never what a command does.

A file's connection is the one that checked the key and read the schema version (the file is opened once),
read-only, with sorts and temporary tables in memory as on the app's own connections.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kam.errors import UserError
from kam.store import journal
from kam.store.db import connect_file, file_kind, is_db_error, storage_warning

STRAY_PARTS = (".part", ".part-journal", ".part-wal", ".part-shm")  # kam.store.backups.clean_stray_parts


def local_file(db: str | None) -> Path | None:
    """The database file ``--db``/``KAM_DB``/the default names (as ``kam.store.db.resolve_url`` does), or None
    for a server URL."""
    raw = db or os.environ.get("KAM_DB") or ""
    if "://" in raw:
        return None
    if not raw:
        from kam.store.db import default_db_path

        return default_db_path().resolve()
    return Path(raw).expanduser().resolve()


def open_for_reading(db: str | None, user: str | None, warn: Callable[[str], None]) -> Any | None:
    """A read-only DB-API connection to the database ``db`` names, or None: then use ``kam.app.open_app``."""
    path = local_file(db)
    if path is None:
        return open_server_for_reading(db or os.environ.get("KAM_DB") or "", user)
    try:
        kind = file_kind(path)
    except UserError:  # a folder: open_app says so
        return None
    if kind == "new" or journal.pending(path) or _stray_parts(path):
        return None
    key = None
    if kind == "encrypted":
        from kam.store.dbkey import known_key

        key = known_key(path)
        if key is None:  # a passphrase to ask for: open_app asks it
            return None
    try:
        conn = connect_file(path, key, readonly=True)
    except UserError:  # a wrong key, damage, a full disk: open_app tells which
        return None
    try:
        usable = _usable(conn, path, user)
    except Exception as exc:
        if not is_db_error(exc):
            conn.close()
            raise
        usable = False
    if not usable:
        conn.close()
        return None
    conn.execute("PRAGMA temp_store=MEMORY")  # no temporary file can hold a decrypted page
    conn.execute("PRAGMA busy_timeout=5000")  # a writer holding the lock: wait, as the app's connections do
    if key is not None:
        from kam.store.dbkey import remember

        remember(path, key)
    warning = storage_warning(path)
    if warning:
        warn(warning)
    return conn


SERVER_SCHEMES = ("postgresql", "postgresql+psycopg")


def open_server_for_reading(url: str, user: str | None) -> Any | None:
    """A psycopg connection to the team database ``url`` (row-level security applies to it as to the app's
    own: the server enforces it per login), or None: then use ``open_app``.

    Taken when the schema is at head and ``--user`` (when given) is one of the database's users; a server
    that cannot be reached or refuses the login raises the same one-line error ``open_app`` would."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in SERVER_SCHEMES:
        return None
    try:
        import psycopg
    except ImportError:  # open_app says which extra is missing
        return None
    from kam.store.db import CONNECT_TIMEOUT, LOCK_TIMEOUT_MS, STATEMENT_TIMEOUT_MS

    try:  # the same session settings as kam.store.db.make_engine's
        conn = psycopg.connect("postgresql://" + rest, autocommit=True, connect_timeout=CONNECT_TIMEOUT,
                               application_name="kam",
                               options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout="
                                       f"{LOCK_TIMEOUT_MS} -c idle_in_transaction_session_timeout=300000")
    except psycopg.OperationalError as exc:
        from kam.store.db import server_error

        mapped = server_error(exc, url)
        if mapped is not None:
            raise mapped from exc
        return None
    except psycopg.Error:  # a URL psycopg reads otherwise than SQLAlchemy: open_app opens it
        return None
    try:
        from kam.store.schema import head_revision

        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        usable = row is not None and row[0] == head_revision() and (
            not user or conn.execute("SELECT 1 FROM users WHERE username = %s", (user,)).fetchone() is not None)
    except psycopg.Error:  # not a kam database, no right to read it: open_app says which
        usable = False
    if not usable:
        conn.close()
        return None
    return conn


def _stray_parts(path: Path) -> bool:
    folder = path.parent / "backups"
    return folder.is_dir() and any(p.name.endswith(STRAY_PARTS) for p in folder.iterdir())


def _usable(conn: Any, path: Path, user: str | None) -> bool:
    from kam.store.schema import read_state

    try:
        if not read_state(conn, path).at_head:  # an upgrade (with its backup) first
            return False
    except UserError:  # not ours, newer than us, unreadable: open_app refuses it in its words
        return False
    if conn.execute("SELECT count(*) FROM audit_log WHERE mac IS NULL").fetchone()[0]:
        return False  # entries to anchor (open_app does it and says so)
    return not user or conn.execute("SELECT 1 FROM users WHERE username = ?", (user,)).fetchone() is not None
