"""Where the database is, how to connect to it, and the SQLite pragmas we rely on."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kam.errors import DatabaseRefused, UserError
from kam.i18n import _

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

    from kam.store.dbkey import DbKey


def make_url(url: str) -> URL:
    """SQLAlchemy's URL parser, imported when first needed: a command that reads a local file through
    ``kam.store.quick`` never imports SQLAlchemy (≈ 0.2 s of a 0.3 s budget on a slow laptop)."""
    from sqlalchemy.engine import make_url as parse

    return parse(url)

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
    if u.database.startswith("file:") and u.query.get("uri"):  # a read-only engine (see make_engine)
        from urllib.parse import unquote

        return Path(unquote(u.database.removeprefix("file:")))
    return Path(u.database)


READ_ONLY_QUERY = {"mode": "ro", "immutable": "1", "uri": "true"}


def _uri_name(path: Path) -> str:
    from urllib.parse import quote

    return "file:" + quote(path.resolve().as_posix())


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name().startswith("sqlite")


SQLITE_MAGIC = b"SQLite format 3\x00"


def file_kind(path: Path) -> str:
    """``"new"`` (missing or empty), ``"plain"`` (an SQLite header) or ``"encrypted"`` (anything else).

    An SQLCipher file has no readable header: it looks like random bytes, so
    "encrypted" also covers files that are not databases at all; only the key
    can tell them apart.
    """
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return "new"
    if path.is_dir():
        raise DatabaseRefused(_("{path} is a folder, not a database file").format(path=path))
    with path.open("rb") as fh:
        return "plain" if fh.read(16) == SQLITE_MAGIC else "encrypted"


def key_for_file(path: Path, key: DbKey | None) -> DbKey | None:
    """The key to open ``path`` with: None for a plain file, else ``key`` or the key this process
    knows for it: opened before, ``KAM_DB_KEY``, or the credential store."""
    if file_kind(path) != "encrypted":
        return None
    if key is not None:
        return key
    from kam.store.dbkey import known_key

    return known_key(path)


def read_only_location(path: Path) -> bool:
    """Is ``path`` (an existing database) on a read-only medium, in a read-only folder, or itself read-only?

    ``os.access`` asks the kernel what this process may really do (a read-only mount answers no even for
    an administrator), so this is what a write would meet. SQLite needs the folder too (WAL, journal).
    """
    folder = path.parent if path.parent.exists() else None
    if folder is None or not path.exists():
        return False
    return not os.access(folder, os.W_OK) or not os.access(path, os.W_OK)


MIN_FREE = 1024 * 1024  # below this SQLite cannot even create its WAL index


def disk_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < MIN_FREE
    except OSError:
        return False


def open_problem(path: Path, exc: BaseException) -> UserError | None:
    """Read-only or full storage, told apart from a wrong key or damage (SQLCipher says "file is not a
    database" or "disk I/O error" for all of them); None when the storage is fine."""
    from kam.i18n import _

    if disk_full(path):
        return DatabaseRefused(_("the disk holding {path} is full: the database cannot even be opened; free some "
                                 "space and try again (nothing was changed)").format(path=path))
    if read_only_location(path) and "readonly" in str(exc).replace("-", "").replace(" ", "").lower():
        return DatabaseRefused(_("{path} is on a read-only medium or in a read-only folder: it can be read, not "
                                 "changed").format(path=path))
    return None


def connect_file(path: Path, key: DbKey | None = None, *, readonly: bool = False) -> Any:
    """A DB-API connection to a database file, keyed when ``key`` is given (no kam pragmas).

    Raises DatabaseRefused when the key does not open the file (or the disk is too full to open it); never
    creates a file when ``readonly``. A read-only connection to a file on a read-only medium is opened
    ``immutable`` (SQLite cannot make its WAL index there, and nothing can change the file).
    """
    query = "?mode=ro" + ("&immutable=1" if read_only_location(path) else "") if readonly else ""
    uri = path.resolve().as_uri() + query  # percent-encoded: spaces, %, #
    if key is None:
        import sqlite3

        return sqlite3.connect(uri, uri=True)
    import sqlcipher3

    from kam.i18n import _

    key = key.for_file(path)
    conn = sqlcipher3.connect(uri, uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not on stderr
        conn.execute(f'PRAGMA key = "{key.pragma_literal()}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the key is checked here
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise open_problem(path, exc) or DatabaseRefused(_(
            "{path} cannot be opened with this key: wrong key or passphrase, or not a kam database ({reason}); "
            "it was left untouched").format(path=path, reason=exc)) from exc
    return conn


def key_fits(path: Path, key: DbKey, pages: int = 8) -> bool:
    """Does ``key`` authenticate any of the first pages of the SQLCipher file ``path``?

    SQLCipher 4 (its defaults, which kam uses) ends each 4 KiB page with an HMAC-SHA512 over the page's
    ciphertext, IV and number, under a key derived from the database key and the file's salt. When the
    file will not open, a page that verifies says the key is right and the file is damaged; none says
    the key is wrong. This tells a damaged first page from a wrong key even when there is no backup.
    """
    import hashlib
    import hmac

    size, reserve_mac = 4096, 64
    try:
        with path.open("rb") as fh:
            data = fh.read(size * (pages + 1))
    except OSError:
        return False
    if len(data) < 2 * size:
        return False
    salt = data[:16]
    secret = bytes.fromhex(key.for_file(path).secret)
    mac_key = hashlib.pbkdf2_hmac("sha512", secret, bytes(b ^ 0x3A for b in salt), 2, 32)
    for number in range(2, len(data) // size + 1):
        page = data[(number - 1) * size:number * size]
        mac = hmac.new(mac_key, page[:size - reserve_mac] + number.to_bytes(4, "little"), hashlib.sha512).digest()
        if hmac.compare_digest(mac, page[size - reserve_mac:]):
            return True
    return False


def is_db_error(exc: BaseException) -> bool:
    """An sqlite3 or sqlcipher3 DatabaseError (two modules, two class hierarchies)."""
    return any(c.__name__ == "DatabaseError" for c in type(exc).__mro__)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # Sorts and temporary tables in memory: no temporary file can hold a decrypted page.
    cur.execute("PRAGMA temp_store=MEMORY")
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


def make_engine(url: str, key: DbKey | None = None, **kw: Any) -> Engine:
    """An engine for ``url``; on SQLite with our pragmas on every connection.

    With ``key`` the file is opened through SQLCipher (``sqlite+pysqlcipher``);
    the dialect sends ``PRAGMA key`` before anything else on each connection.
    """
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None and not path.parent.exists():
            raise UserError(_("folder {parent} does not exist").format(parent=path.parent))
        target: Any = url
        read_only = path is not None and read_only_location(path)
        if read_only:  # a read-only medium: read it, immutable (no WAL index can be made there)
            from sqlalchemy.engine import URL

            target = URL.create("sqlite", database=_uri_name(path), query=READ_ONLY_QUERY)  # type: ignore[arg-type]
        if key is not None:
            if path is None:
                raise UserError(_("an in-memory database cannot be encrypted"))
            key = key.for_file(path)  # an existing file's passphrase derived once, not on every connection
            from sqlalchemy.engine import URL
            from sqlalchemy.pool import QueuePool

            # the dialect quotes the password itself in its ``pragma key``
            target = URL.create("sqlite+pysqlcipher", password=key.value(), database=str(path)) if not read_only \
                else URL.create("sqlite+pysqlcipher", password=key.value(), database=_uri_name(path),
                                query=READ_ONLY_QUERY)
            kw.setdefault("poolclass", QueuePool)  # as for plain files (the dialect would pick one per thread)
        from sqlalchemy import create_engine, event

        engine = create_engine(target, **kw)
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN; let SQLAlchemy emit it so that
        # a whole operation is one transaction (all-or-nothing).
        event.listen(engine, "connect", _disable_pysqlite_autobegin)
        event.listen(engine, "begin", _emit_begin)
        return engine
    kw.setdefault("pool_pre_ping", True)
    if make_url(url).get_backend_name() == "postgresql":
        require_team_driver()
        # Never hang without feedback: give up connecting after 5 s, a statement after 30 s, a lock wait
        # after 10 s, and close a transaction left idle for 5 min (a laptop that went to sleep).
        args = kw.setdefault("connect_args", {})
        args.setdefault("connect_timeout", CONNECT_TIMEOUT)
        args.setdefault("application_name", "kam")
        args.setdefault("options", f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS} "
                                   "-c idle_in_transaction_session_timeout=300000")
        kw.setdefault("pool_size", 3)
    from sqlalchemy import create_engine

    return create_engine(url, **kw)


def require_team_driver() -> None:
    """Team mode's PostgreSQL driver is an extra (``kam[team]``): without it, say so in one line."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise UserError(_("a team database needs the PostgreSQL driver, which this installation lacks: "
                          "pip install \"kam[team]\"")) from None


CONNECT_TIMEOUT = 5
STATEMENT_TIMEOUT_MS = 30_000
LOCK_TIMEOUT_MS = 10_000


def server_error(exc: BaseException, url: str | None = None) -> UserError | None:
    """One clear message for a database server problem (unreachable, wrong password, no privilege,
    a timeout), or None when ``exc`` is something else."""
    from kam.errors import DatabaseRefused, NotAllowed

    orig = getattr(exc, "orig", None) or exc
    sqlstate = getattr(orig, "sqlstate", None) or ""
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    place = ""
    if url:
        u = make_url(url)
        place = f"{u.host or 'localhost'}:{u.port or 5432}/{u.database}"

    def at(with_place: str, without: str, **values: object) -> str:
        """The message naming the server (``{place}``) when the URL is known."""
        return with_place.format(place=place, **values) if place else without.format(**values)

    if sqlstate == "42501":  # insufficient_privilege, including row-level security
        return NotAllowed(_("the team database refused this: {text} — your role does not allow it "
                            "(ask your administrator)").format(text=text))
    if sqlstate in ("57014",):
        return DatabaseRefused(_("the team database took longer than {seconds} s; nothing was changed — try again, "
                                 "or ask your administrator if it keeps happening")
                               .format(seconds=STATEMENT_TIMEOUT_MS // 1000))
    if sqlstate in ("55P03",):
        return DatabaseRefused(_("someone else is changing the same records (waited {seconds} s); nothing was "
                                 "changed — try again").format(seconds=LOCK_TIMEOUT_MS // 1000))
    refused = at(_("the team database at {place} refused the user name or password"),
                 _("the team database refused the user name or password"))
    if sqlstate in ("28P01", "28000"):
        return DatabaseRefused(refused)
    if sqlstate == "3D000":
        return DatabaseRefused(at(_("there is no such database at {place}"), _("there is no such database")))
    name = type(orig).__name__
    low = text.lower()
    if name == "OperationalError" or "connection" in low:
        if "password authentication failed" in low:
            return DatabaseRefused(refused)
        if "timeout" in low or "timed out" in low:
            return DatabaseRefused(at(_("the team database at {place} did not answer within {seconds} s (network or "
                                        "VPN down?)"), _("the team database did not answer within {seconds} s "
                                                         "(network or VPN down?)"), seconds=CONNECT_TIMEOUT))
        if "refused" in low or "could not connect" in low or "no route" in low or "translate host" in low \
                or "name or service" in low or "server closed" in low or "terminat" in low:
            return DatabaseRefused(at(_("cannot reach the team database at {place}: the server is not running or "
                                        "the network is down (your work is not lost; try again)"),
                                      _("cannot reach the team database: the server is not running or the network "
                                        "is down (your work is not lost; try again)")))
        if "does not exist" in low:
            return DatabaseRefused(at(_("{text} at {place}"), "{text}", text=text))
    return None


def _disable_pysqlite_autobegin(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None


def _emit_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

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
        return _("{path} is on a network share: SQLite cannot lock it safely; keep the database on this "
                 "computer").format(path=path)
    for marker in SYNCED_MARKERS:
        if marker in text:
            return _("{path} is in a synced folder ({marker}): the sync client may copy the database while it "
                     "changes and corrupt it; keep it outside the synced folder and back it up instead").format(
                path=path, marker=marker)
    return None


def _counts(conn: object) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # type: ignore[attr-defined]


def encrypt_copy(src: Path, dest: Path, key: DbKey) -> None:
    """Write an encrypted copy of the plain database ``src`` to the new file ``dest``, then check it."""
    import sqlcipher3

    if dest.exists():
        raise UserError(_("{dest} already exists").format(dest=dest))
    conn = sqlcipher3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)
    try:
        before = _counts(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(dest), key.value()))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    except Exception:
        conn.close()
        dest.unlink(missing_ok=True)
        raise
    conn.close()
    _check_copy(dest, key, before)


def _check_copy(path: Path, key: DbKey, expected: dict[str, int]) -> None:
    check = connect_file(path, key, readonly=True)
    try:
        ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        same = _counts(check) == expected
    finally:
        check.close()
    if not (ok and same):
        path.unlink(missing_ok=True)
        raise DatabaseRefused(_("the encrypted copy of {name} did not check out; nothing was changed").format(name=path.name))
