"""Backups of the local database: daily on start with rotation, manual, and a verified restore.

Backups live in a ``backups`` folder beside the database, made with SQLite's
online backup API (consistent while the app runs). Automatic ones are called
``kam-auto-YYYYMMDD-HHMMSS.sqlite3`` and rotated (keep the newest per day for
``daily`` days and the newest per ISO week for ``weekly`` weeks); manual ones
and the copies made before migrations or restores are never rotated away.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kam.errors import DamagedDatabase, DatabaseRefused, UserError
from kam.store.db import connect_file, encrypt_copy, file_kind, is_db_error, key_for_file
from kam.store.schema import known_revisions

if TYPE_CHECKING:
    from kam.store.dbkey import DbKey

AUTO = re.compile(r"^kam-auto-(\d{8})-(\d{6})\.sqlite3$")


def backup_sqlite(src: Path, dest: Path, key: DbKey | None = None) -> Path:
    """A consistent copy of a live database through SQLite's online backup API.

    An encrypted database is copied under the same key (SQLCipher refuses to
    back up an encrypted database into a plain file, so a backup can never
    leak plaintext). Written beside ``dest`` first and renamed into place.
    """
    if dest.exists():
        raise DatabaseRefused(f"{dest} already exists; choose another name")
    key = key_for_file(src, key)
    if key is None and file_kind(src) == "encrypted":
        raise DatabaseRefused(f"{src} is encrypted and its key is not known; no backup was made")
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    source = connect_file(src, key, readonly=True)
    try:
        target = connect_file(part, key) if key is None else _new_keyed(part, key)
        try:
            source.backup(target)
            # A backup is a single file: no -wal/-shm beside it when it is opened later.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        part.replace(dest)
    finally:
        source.close()
        part.unlink(missing_ok=True)
    return dest


def _new_keyed(path: Path, key: DbKey) -> Any:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f'PRAGMA key = "{key.pragma_literal()}"')
    return conn


def timestamped_backup_path(db: Path, label: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return db.with_name(f"{db.stem}.{stamp}.{label}{db.suffix or '.sqlite3'}")


def raise_if_damaged(path: Path, key: DbKey | None, exc: Exception) -> None:
    """After ``key`` failed to open ``path``: wrong key, or a damaged first page? (SQLCipher
    cannot tell them apart.) If a backup of this database opens with the same key, the key
    is right and the file is damaged: raise DamagedDatabase so the app offers the backup."""
    if key is not None and newest_good_backup(path, key) is not None:
        raise DamagedDatabase(path, f"{path} is damaged (its key opens the backups but not the file); "
                                    "it was left untouched") from exc


def backup_dir(db: Path) -> Path:
    return db.parent / "backups"


@dataclass(frozen=True)
class Rotation:
    kept: list[Path]
    removed: list[Path]


def auto_backup(db: Path, now: dt.datetime | None = None, *, daily: int = 7, weekly: int = 4,
                key: DbKey | None = None) -> Path | None:
    """Make today's automatic backup if there is none yet, then rotate; returns the new file."""
    if not db.exists() or db.stat().st_size == 0:
        return None
    moment = now or dt.datetime.now()
    folder = backup_dir(db)
    folder.mkdir(exist_ok=True)
    today = moment.strftime("%Y%m%d")
    made = None
    if not any(AUTO.match(p.name) and AUTO.match(p.name).group(1) == today for p in folder.iterdir()):  # type: ignore[union-attr]
        made = backup_sqlite(db, folder / f"kam-auto-{moment:%Y%m%d-%H%M%S}.sqlite3", key)
    rotate(folder, moment.date(), daily=daily, weekly=weekly)
    return made


def rotate(folder: Path, today: dt.date, *, daily: int = 7, weekly: int = 4) -> Rotation:
    """Keep the newest automatic backup of each of the last ``daily`` days and ``weekly`` ISO weeks."""
    autos = sorted((p for p in folder.iterdir() if AUTO.match(p.name)), key=lambda p: p.name, reverse=True)
    keep: set[Path] = set()
    days_seen: list[str] = []
    weeks_seen: list[tuple[int, int]] = []
    for p in autos:
        m = AUTO.match(p.name)
        assert m is not None
        day = dt.datetime.strptime(m.group(1), "%Y%m%d").date()
        if day > today:
            keep.add(p)  # from a clock that was ahead: never delete what we do not understand
            continue
        if m.group(1) not in days_seen and len(days_seen) < daily:
            days_seen.append(m.group(1))
            keep.add(p)
        week = day.isocalendar()[:2]
        if week not in weeks_seen and len(weeks_seen) < weekly:
            weeks_seen.append(week)
            keep.add(p)
    removed = [p for p in autos if p not in keep]
    for p in removed:
        p.unlink()
    return Rotation(sorted(keep), removed)


def verify_backup(path: Path, key: DbKey | None = None) -> str:
    """Check a backup before trusting it: SQLite, intact, a kam schema this app knows. Returns its revision.

    An encrypted backup is opened with ``key`` (the database's key).
    """
    if not path.is_file():
        raise UserError(f"{path} does not exist")
    kind = file_kind(path)
    key = key_for_file(path, key)
    if kind == "new" or (kind == "encrypted" and key is None):
        raise DatabaseRefused(f"{path} is not an SQLite database (or it is encrypted and its key is not known)")
    conn = connect_file(path, key, readonly=True)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise DatabaseRefused(f"{path} is damaged ({result[0]}); it cannot be restored")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or "accounts" not in tables:
            raise DatabaseRefused(f"{path} is not a kam database")
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:
        if not is_db_error(exc):
            raise
        raise DatabaseRefused(f"{path} cannot be read ({exc})") from exc
    finally:
        conn.close()
    if rev is None or rev[0] not in known_revisions():
        raise DatabaseRefused(f"{path} comes from a newer version of kam; install it to restore this backup")
    return str(rev[0])


def restore(db: Path, backup: Path, key: DbKey | None = None) -> Path:
    """Replace the database with a verified backup; the current one is backed up first.

    Nothing is replaced unless the backup passes ``verify_backup``. The caller must
    have closed its connections (the GUI restarts, the CLI runs alone). With
    ``key`` (an encrypted database) a plaintext backup is encrypted on the way
    in: a restore never turns an encrypted database back into plaintext.
    """
    if key is None and db.exists():
        key = key_for_file(db, None)
    verify_backup(backup, key)
    if backup.resolve() == db.resolve():
        raise UserError("that is the database itself, not a backup")
    safety = None
    if db.exists():
        backup_dir(db).mkdir(exist_ok=True)
        safety = backup_sqlite(db, backup_dir(db) / timestamped_backup_path(db, "before-restore").name, key)
    tmp = db.with_name(db.name + ".restoring")
    tmp.unlink(missing_ok=True)
    if key is not None and file_kind(backup) == "plain":
        encrypt_copy(backup, tmp, key)
    else:
        shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            side.unlink()
    tmp.replace(db)  # atomic on the same volume: never a half-restored file
    return safety or db


def quarantine(db: Path) -> Path:
    """Move a damaged database (and its WAL) aside as ``.broken``; it is never overwritten."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db.with_name(f"{db.name}.{stamp}.broken")
    db.replace(target)
    for suffix in ("-wal", "-shm"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target


def newest_good_backup(db: Path, key: DbKey | None = None) -> Path | None:
    """The newest backup beside ``db`` that passes its own integrity check."""
    candidates = list(backup_dir(db).glob("*.sqlite3")) if backup_dir(db).exists() else []
    candidates += list(db.parent.glob(f"{db.stem}.*.sqlite3"))
    for path in sorted(candidates, key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            verify_backup(path, key)
        except UserError:
            continue
        return path
    return None


def is_damaged(db: Path, key: DbKey | None = None) -> bool:
    """A quick structural check (quick_check) of a file that claims to be SQLite."""
    try:
        conn = connect_file(db, key_for_file(db, key), readonly=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"  # type: ignore[no-any-return]
        finally:
            conn.close()
    except DatabaseRefused:
        return True  # encrypted, and its key does not open it: damaged or a wrong key either way
    except Exception as exc:
        if is_db_error(exc):
            return True
        raise
