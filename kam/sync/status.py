"""What the window needs of the sync, without Qt: this laptop's sync status, one complete sync run
with engines of its own (a worker thread must not share the window's SQLite connections), binding from a
dialog, and the open conflicts described for a person (which record, not its global id).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from kam.errors import UserError
from kam.i18n import _
from kam.store.db import make_engine, server_error
from kam.store.dbkey import DbKey

ENV_PASSWORD = "KAM_SYNC_PASSWORD"  # as `kam sync`: the server password when the remembered URL has none
# columns that name a record for a person, the first one filled wins
_LABELS = ("name_zh", "name", "display_name", "title", "subject", "summary", "label", "name_en", "code")


@dataclass(frozen=True)
class Status:
    bound: bool
    server: str | None = None
    synced_at: dt.datetime | None = None
    waiting: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class Local:
    """How to open this laptop's database again (in another thread): its URL and key."""
    url: str
    key: DbKey | None = None

    def engine(self) -> Engine:
        return make_engine(self.url, self.key)


def status(local_engine: Engine) -> Status:
    """Never bound to a server: Status(bound=False); else the server, the last sync and what waits.

    An unbound file (the usual laptop) is answered by one plain query: the window's first view does not import
    the sync's modules (kam.sync.local, kam.sync.engine and what they map) for a file that never syncs."""
    try:
        with local_engine.connect() as lc:
            if not lc.exec_driver_sql("SELECT bound FROM sync_state WHERE id = 1").scalar():
                return Status(bound=False)
            from kam.sync import local

            st = local.state(lc)
    except DBAPIError:  # a database from before the sync tables (read-only, not upgraded)
        return Status(bound=False)
    if st is None or not st["bound"]:
        return Status(bound=False)
    from kam.sync import engine as sync

    waiting, conflicts = sync.counts(local_engine)
    synced = st.get("synced_at")
    if isinstance(synced, dt.datetime) and synced.tzinfo is None:
        synced = synced.replace(tzinfo=dt.UTC)
    return Status(True, str(st["server"]), synced if isinstance(synced, dt.datetime) else None, waiting, conflicts)


def connect_url(server: str, password: str | None = None) -> tuple[str, str]:
    """(the URL to connect with, the URL to remember: without the password) for a server URL as typed
    (``postgresql://user@host/db``; the psycopg driver is implied)."""
    server = server.strip()
    if not server.startswith("postgresql"):
        raise UserError(_("the server: a PostgreSQL URL, postgresql://user@host:5432/database"))
    try:
        url = make_url(server)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError: not a URL at all
        raise UserError(_("the server: a PostgreSQL URL, postgresql://user@host:5432/database")) from exc
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if not url.host or not url.database or not url.username:
        raise UserError(_("the server: a PostgreSQL URL, postgresql://user@host:5432/database"))
    password = password or url.password or os.environ.get(ENV_PASSWORD) or None
    remembered = url.set(password=None).render_as_string(hide_password=False)
    return url.set(password=password).render_as_string(hide_password=False), remembered


def is_offline(exc: BaseException) -> bool:
    """The server could not be reached (network, server down), as opposed to a refusal (password, rights)."""
    if not isinstance(exc, DBAPIError):
        return isinstance(exc, OSError)
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate.startswith(("28", "3D", "42")):
        return False
    text = str(orig).lower()
    if "password" in text or "authentication" in text or "does not exist" in text:
        return False
    return type(orig).__name__ == "OperationalError" or exc.connection_invalidated


def problem(exc: BaseException, url: str | None = None) -> str:
    """One line for a failed sync."""
    mapped = server_error(exc, url) if isinstance(exc, DBAPIError) else None
    text = str(mapped or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def run(where: Local, password: str | None = None) -> tuple[Any, Status]:
    """One complete sync of a bound laptop file, on engines made (and disposed of) here: safe in a worker
    thread. Returns (kam.sync's SyncResult, the status after it)."""
    from kam.sync import engine as sync

    local_engine = where.engine()
    try:
        st = status(local_engine)
        if not st.bound or st.server is None:
            raise UserError(_("this database is not bound to a team server"))
        url, _remembered = connect_url(st.server, password)
        server = sync.server_engine(url)
        try:
            result = sync.sync(local_engine, server)
        finally:
            server.dispose()
        return result, status(local_engine)
    finally:
        local_engine.dispose()


def bind_and_sync(where: Local, server_url: str, password: str | None = None) -> tuple[Any, Status]:
    """Bind this laptop file to the team server at ``server_url`` and run the first sync."""
    from kam.sync import engine as sync

    url, remembered = connect_url(server_url, password)
    local_engine = where.engine()
    server = sync.server_engine(url)
    try:
        sync.bind(local_engine, server, remembered)
        result = sync.sync(local_engine, server)
        return result, status(local_engine)
    finally:
        server.dispose()
        local_engine.dispose()


def conflicts(local_engine: Engine) -> list[dict[str, Any]]:
    """The open conflicts, each with ``record``: the name of the row it is about (or "" when gone)."""
    from kam.sync import engine as sync
    from kam.sync.tables import metas

    out = []
    with local_engine.connect() as lc:
        for c in sync.open_conflicts(local_engine):
            record = ""
            meta = metas().get(c["tbl"])
            if meta is not None:
                cols = [meta.table.c[n] for n in _LABELS if n in meta.table.c]
                row = lc.execute(select(*cols).where(meta.table.c.gid == c["gid"])).first() if cols else None
                values = list(row) if row is not None else []
                for source in (values, [_pick(c["mine"]), _pick(c["theirs"])]):
                    record = next((str(v) for v in source if v not in (None, "")), "")
                    if record:
                        break
            out.append({**c, "record": record, "field_caption": caption(c["tbl"], c["field"])})
    return out


def caption(table: str, name: str | None) -> str:
    """A field's caption in the current language where the field metadata names it, else its column name."""
    if not name:
        return ""
    from kam.services.accounts import ACCOUNT_FIELDS
    from kam.services.people import PERSON_FIELDS

    fields = {"accounts": ACCOUNT_FIELDS, "people": PERSON_FIELDS}.get(table)
    if fields is not None and name in fields:
        return fields[name].caption
    return name.replace("_", " ")


def shown(value: Any) -> str:
    """A conflict's value in one line (a whole record: its filled fields)."""
    if isinstance(value, dict):
        value = ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, ""))
    text = "" if value is None else str(value)
    return text if len(text) <= 120 else text[:119] + "…"


def _pick(value: Any) -> Any:
    if isinstance(value, dict):
        return next((value[n] for n in _LABELS if value.get(n) not in (None, "")), None)
    return None


def resolve(local_engine: Engine, conflict_id: int, take: str) -> None:
    from kam.sync import engine as sync

    sync.resolve(local_engine, conflict_id, take)
