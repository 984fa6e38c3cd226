"""Where the database is, how to connect to it, and the SQLite pragmas we rely on."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from kam.errors import UserError

APP_NAME = "kam"
APP_AUTHOR = "kam"
DB_FILENAME = "kam.sqlite3"


def default_db_path() -> Path:
    """The per-user database: %LOCALAPPDATA%\\kam\\kam.sqlite3 on Windows, XDG data dir on Linux."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)) / DB_FILENAME


def resolve_url(value: str | None = None) -> str:
    """``--db`` value, else ``KAM_DB``, else the default file; ``://`` marks an SQLAlchemy URL."""
    raw = value or os.environ.get("KAM_DB") or ""
    if not raw:
        return sqlite_url(default_db_path())
    if "://" in raw:
        make_url(raw)  # raises ArgumentError for a malformed URL
        return raw
    return sqlite_url(Path(raw).expanduser())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve().as_posix()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    u = make_url(url)
    if not u.get_backend_name().startswith("sqlite") or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name().startswith("sqlite")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL: readers never block the writer, and a crash mid-write leaves the main file intact.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # A second instance (or a backup) holding the lock: wait, then fail with a clear message.
    cur.execute("PRAGMA busy_timeout=5000")
    # FULL, not NORMAL: in WAL mode NORMAL survives an application crash but a power cut
    # or battery death on a laptop can lose the last commits. Each commit here is a person's
    # edit ("nothing typed in may be lost"); one fsync per commit is imperceptible for that.
    # Bulk loads (demo, imports) commit in large batches, so the cost stays small there too.
    cur.execute("PRAGMA synchronous=FULL")
    # Overwrite deleted and replaced content with zeros: an erased person's details or a
    # deleted register note must not linger in free pages of the file.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def make_engine(url: str, **kw: Any) -> Engine:
    """An engine for ``url``; on SQLite with our pragmas on every connection."""
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None and not path.parent.exists():
            raise UserError(f"folder {path.parent} does not exist")
        engine = create_engine(url, **kw)
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN; let SQLAlchemy emit it so that
        # a whole operation is one transaction (all-or-nothing).
        event.listen(engine, "connect", _disable_pysqlite_autobegin)
        event.listen(engine, "begin", _emit_begin)
        return engine
    kw.setdefault("pool_pre_ping", True)
    return create_engine(url, **kw)


def _disable_pysqlite_autobegin(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None


def _emit_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


SYNCED_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "icloud drive", "box sync",
                  "nutstore", "坚果云", "baiduyun", "百度网盘", "wps云", "seafile", "nextcloud", "owncloud")


def storage_warning(path: Path) -> str | None:
    """Why a database file should not live where it is, or None.

    Sync clients copy a live SQLite file (and its WAL) while it changes and can
    hand back a torn or conflicting copy; network shares break SQLite's locking.
    """
    text = str(path).lower()
    if text.startswith(("\\\\", "//")):
        return f"{path} is on a network share: SQLite cannot lock it safely; keep the database on this computer"
    for marker in SYNCED_MARKERS:
        if marker in text:
            return (f"{path} is in a synced folder ({marker}): the sync client may copy the database while it "
                    "changes and corrupt it; keep it outside the synced folder and back it up instead")
    return None
