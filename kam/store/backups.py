"""Backups of the local database: daily on start with rotation, manual, and a verified restore.

Backups live in a ``backups`` folder beside the database, made with SQLite's
online backup API (consistent while the app runs). Automatic ones are called
``kam-auto-YYYYMMDD-HHMMSS.sqlite3`` and rotated (keep the newest per day for
``daily`` days and the newest per ISO week for ``weekly`` weeks); manual ones
and the copies made before migrations or restores are never rotated away.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kam.errors import DamagedDatabase, DatabaseRefused, UserError
from kam.i18n import _
from kam.store import journal
from kam.store.db import connect_file, encrypt_copy, file_kind, is_db_error, key_for_file
from kam.store.journal import fault_point, finish_swaps, fsync_dir, fsync_file, sidecars
from kam.store.schema import known_revisions

if TYPE_CHECKING:
    from kam.store.dbkey import DbKey

AUTO = re.compile(r"^kam-auto-(\d{8})-(\d{6})\.sqlite3$")


def backup_sqlite(src: Path, dest: Path, key: DbKey | None = None) -> Path:
    """A consistent copy of a live database through SQLite's online backup API.

    An encrypted database is copied under the same key (SQLCipher refuses to
    back up an encrypted database into a plain file, so a backup can never
    leak plaintext). Written beside ``dest`` as ``.part`` first and renamed
    into place; a journal beside ``src`` names the part, so a kill leaves
    nothing behind after the next start (``kam.store.recovery``). Refuses a
    ``dest`` that is the database itself, its WAL or one of its backups
    (``refuse_own_files``). A full disk is one message, and no part is left.
    """
    from kam.store.guard import refuse_overwrite

    refuse_overwrite(dest, src)
    if dest.exists():
        raise DatabaseRefused(_("{path} already exists; choose another name").format(path=dest))
    key = key_for_file(src, key)
    if key is None and file_kind(src) == "encrypted":
        raise DatabaseRefused(_("{path} is encrypted and its key is not known; no backup was made").format(path=src))
    part = dest.with_name(dest.name + ".part")
    op = "backup-" + hashlib.sha256(str(dest.resolve()).encode()).hexdigest()[:12]
    journaled = _try_journal(src, op, part)
    fault_point("backup")
    _discard_part(part)
    try:
        source = connect_file(src, key, readonly=True)
        try:
            target = connect_file(part, key) if key is None else _new_keyed(part, key)
            try:
                source.backup(target)
                fault_point("backup")
                # A backup is a single file: no -wal/-shm beside it when it is opened later.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            fsync_file(part)
            fault_point("backup")
            part.replace(dest)
            fsync_dir(dest.parent)
            fault_point("backup")
        finally:
            source.close()
    except Exception as exc:
        _discard_part(part)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "full" in str(exc).lower():
            raise DatabaseRefused(_("the disk is full: no backup was written to {path} (nothing was left "
                                    "behind)").format(path=dest)) from exc
        if _unwritable(exc):  # named by the file the user asked for, never by its internal .part
            raise DatabaseRefused(_("{path} cannot be written there (read-only, no permission or not a "
                                    "folder for files): no backup was made").format(path=dest)) from exc
        raise
    finally:
        if journaled:
            journal.clear(src, op)
    return dest


def _unwritable(exc: Exception) -> bool:
    """The backup's folder refuses a new file (SQLite says "unable to open", the OS a permission error)."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOTDIR)
    text = str(exc).lower()
    return "unable to open" in text or "readonly" in text or "read-only" in text


def _try_journal(src: Path, op: str, part: Path) -> bool:
    """Name the part file in a journal beside the database; a read-only database folder still backs up."""
    try:
        journal.write(src, op, "prepare", part=str(part))
    except OSError:
        return False
    return True


def _discard_part(part: Path) -> None:
    for p in (part, *sidecars(part)):
        p.unlink(missing_ok=True)


def clean_backup(entry: journal.Journal) -> None:
    """A backup cut off by a kill: its ``.part`` (and SQLite's ``.part-journal``) go; the journal too."""
    if entry.data.get("part"):
        _discard_part(Path(entry.data["part"]))
    journal.clear(entry.db, entry.op)


def clean_stray_parts(db: Path) -> list[Path]:
    """Leftover ``*.part`` files in the backups folder (from a version without journals, or a copy)."""
    folder = backup_dir(db)
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            if p.name.endswith((".part", ".part-journal", ".part-wal", ".part-shm")):
                p.unlink(missing_ok=True)
                found.append(p)
    return found


def _new_keyed(path: Path, key: DbKey) -> Any:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f'PRAGMA key = "{key.pragma_literal()}"')
    return conn


def timestamped_backup_path(db: Path, label: str, folder: Path | None = None) -> Path:
    """A new file name for a labelled backup (``kam.20261202T071500Z.before-restore.sqlite3``), never one
    that exists (a second backup in the same second, after a kill and a quick restart, gets ``-2``)."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    where = folder or db.parent
    path = where / f"{db.stem}.{stamp}.{label}{db.suffix or '.sqlite3'}"
    n = 1
    while path.exists() or path.with_name(path.name + ".part").exists():
        n += 1
        path = where / f"{db.stem}.{stamp}-{n}.{label}{db.suffix or '.sqlite3'}"
    return path


def raise_if_damaged(path: Path, key: DbKey | None, exc: Exception) -> None:
    """After ``key`` failed to open ``path``: wrong key, or a damaged file? (SQLCipher says "file is not a
    database" for both.) If the key authenticates pages of the file, or opens a backup of it, the key is
    right and the file is damaged: raise DamagedDatabase so the app offers the backup."""
    from kam.store.db import key_fits, open_problem

    if open_problem(path, exc) is not None:
        return  # full or read-only storage: not damage, and already said so
    if key is not None and (key_fits(path, key) or newest_good_backup(path, key) is not None):
        raise DamagedDatabase(path, _("{path} is damaged (its key is right but the file cannot be read); it was "
                                      "left untouched").format(path=path)) from exc


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
    clean_stray_parts(db)
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
        raise UserError(_("{path} does not exist").format(path=path))
    kind = file_kind(path)
    key = key_for_file(path, key)
    if kind == "new" or (kind == "encrypted" and key is None):
        raise DatabaseRefused(_("{path} is not an SQLite database (or it is encrypted and its key is not known)").format(path=path))
    conn = connect_file(path, key, readonly=True)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise DatabaseRefused(_("{path} is damaged ({value}); it cannot be restored").format(path=path, value=result[0]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or "accounts" not in tables:
            raise DatabaseRefused(_("{path} is not a kam database").format(path=path))
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:
        if not is_db_error(exc):
            raise
        raise DatabaseRefused(_("{path} cannot be read ({exc})").format(path=path, exc=exc)) from exc
    finally:
        conn.close()
    if rev is None or rev[0] not in known_revisions():
        raise DatabaseRefused(_("{path} comes from a newer version of kam; install it to restore this backup").format(path=path))
    return str(rev[0])


def restore(db: Path, backup: Path, key: DbKey | None = None, *, quarantine_first: bool = False) -> Path:
    """Replace the database with a verified backup; the current one is backed up first
    (or, ``quarantine_first``, a damaged one is moved aside as ``.broken``).

    Nothing is replaced unless the backup passes ``verify_backup``. The caller must
    have closed its connections (the GUI restarts, the CLI runs alone). With
    ``key`` (an encrypted database) a plaintext backup is encrypted on the way
    in: a restore never turns an encrypted database back into plaintext.
    Journaled: a kill before the copy is complete puts everything back as it
    was (a quarantined file returns to its place); after, the next start
    finishes the swap.
    """
    if key is None and db.exists() and file_kind(db) == "encrypted":
        key = key_for_file(db, None)
    verify_backup(backup, key)
    if db.exists() and backup.resolve() == db.resolve():
        raise UserError(_("that is the database itself, not a backup"))
    op = "restore"
    tmp = db.with_name(db.name + ".restoring")
    state: dict[str, object] = {"backup": str(backup), "new": str(tmp)}
    journal.write(db, op, "prepare", **state)
    fault_point(op)
    safety = None
    if db.exists():
        if quarantine_first:
            state["quarantined"] = str(quarantine_path(db))
            journal.write(db, op, "prepare", **state)
            fault_point(op)
            safety = quarantine(db, Path(str(state["quarantined"])))
        else:
            backup_dir(db).mkdir(exist_ok=True)
            safety = backup_sqlite(db, timestamped_backup_path(db, "before-restore", backup_dir(db)), key)
        fault_point(op)
    _discard_part(tmp)
    if key is not None and file_kind(backup) == "plain":
        encrypt_copy(backup, tmp, key)
    else:
        shutil.copyfile(backup, tmp)
    fsync_file(tmp)
    fault_point(op)
    pairs = [{"new": str(tmp), "target": str(db), "shred": False}]
    journal.write(db, op, "commit", pairs=pairs, **state)
    fault_point(op)
    finish_swaps(op, pairs)
    fault_point(op)
    from kam.store.anchor import refresh_head

    refresh_head(db, key)  # the audit chain's recorded head follows the restored chain
    journal.clear(db, op)
    return safety or db


def roll_back_restore(entry: journal.Journal) -> None:
    """A restore cut off before its copy was complete: remove the copy; a quarantined file goes back."""
    if entry.data.get("new"):
        _discard_part(Path(entry.data["new"]))
    moved = entry.data.get("quarantined")
    if moved and not entry.db.exists() and Path(moved).exists():
        Path(moved).replace(entry.db)
        for side, back in zip(sidecars(Path(moved)), sidecars(entry.db), strict=True):
            if side.exists():
                side.replace(back)
    journal.clear(entry.db, entry.op)


def quarantine_path(db: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return db.with_name(f"{db.name}.{stamp}.broken")


def quarantine(db: Path, target: Path | None = None) -> Path:
    """Move a damaged database (and its WAL) aside as ``.broken``; it is never overwritten."""
    target = target or quarantine_path(db)
    for side, moved in zip(sidecars(db), sidecars(target), strict=True):
        if side.exists():
            side.replace(moved)
    db.replace(target)
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
