"""Encrypt a plain database, change the key of an encrypted one, and bring the backups along.

``kam encrypt`` and ``kam rekey`` use these. Every step writes a new file
beside the old one, checks it, and only then renames it into place, so a
failure (a full disk, a crash, a wrong key) leaves the database as it was.
Backups follow the database: after ``encrypt`` no plaintext backup is left,
after ``rekey`` every backup opens with the new key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kam.errors import UserError
from kam.store.backups import backup_dir, backup_sqlite, timestamped_backup_path
from kam.store.db import connect_file, encrypt_copy, file_kind
from kam.store.dbkey import DbKey


@dataclass
class Converted:
    database: Path
    safety_backup: Path | None = None
    backups: list[Path] = field(default_factory=list)  # converted alongside
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # could not be converted, and why


def _shred(path: Path) -> None:
    """Overwrite a replaced plaintext file with zeros before deleting it.

    Best effort: on an SSD or a copy-on-write file system the old blocks may
    survive elsewhere; full-disk encryption (BitLocker) covers that.
    """
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(0, size, len(chunk)):
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        path.unlink(missing_ok=True)


def _swap_in(new: Path, target: Path, *, shred_old: bool) -> None:
    old = target.with_name(target.name + ".replaced")
    old.unlink(missing_ok=True)
    target.replace(old)
    new.replace(target)
    for suffix in ("-wal", "-shm"):  # checkpointed before the copy; stale now
        side = target.with_name(target.name + suffix)
        if side.exists():
            (_shred if shred_old else Path.unlink)(side)
    if shred_old:
        _shred(old)
    else:
        old.unlink()


def _checkpoint(db: Path, key: DbKey | None) -> None:
    conn = connect_file(db, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def backup_files(db: Path) -> list[Path]:
    """Every backup kept for ``db``: the backups folder and the copies made before migrations."""

    found = list(backup_dir(db).glob("*.sqlite3")) if backup_dir(db).exists() else []
    found += [p for p in db.parent.glob(f"{db.stem}.*.sqlite3") if p != db]
    return sorted(found)


def encrypt_database(db: Path, key: DbKey) -> Converted:
    """Encrypt the plain database ``db`` (after a backup) and every plaintext backup beside it."""

    if file_kind(db) != "plain":
        raise UserError(f"{db} is not a plain (unencrypted) database")
    backup_dir(db).mkdir(exist_ok=True)
    safety = backup_sqlite(db, backup_dir(db) / timestamped_backup_path(db, "before-encrypt").name)
    _checkpoint(db, None)
    tmp = db.with_name(db.name + ".encrypting")
    tmp.unlink(missing_ok=True)
    encrypt_copy(db, tmp, key)
    _swap_in(tmp, db, shred_old=True)
    result = Converted(db, safety)
    for path in backup_files(db):
        if file_kind(path) != "plain":
            continue
        tmp = path.with_name(path.name + ".encrypting")
        tmp.unlink(missing_ok=True)
        try:
            encrypt_copy(path, tmp, key)
        except Exception as exc:  # reported, the backup is left as it was
            result.skipped.append((path, str(exc)))
            continue
        _swap_in(tmp, path, shred_old=True)
        result.backups.append(path)
    return result


def rekey_file(path: Path, old: DbKey, new: DbKey) -> None:
    """Change the key of one encrypted file in place (SQLCipher rewrites every page in one transaction)."""
    conn = connect_file(path, old)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f'PRAGMA rekey = "{new.pragma_literal()}"')
    finally:
        conn.close()
    connect_file(path, new, readonly=True).close()  # proves the new key opens it


def rekey_database(db: Path, old: DbKey, new: DbKey) -> Converted:
    """Give ``db`` and its backups the key ``new``; backups under another key are reported, not touched."""
    if file_kind(db) != "encrypted":
        raise UserError(f"{db} is not encrypted; use `kam encrypt` first")
    rekey_file(db, old, new)
    result = Converted(db)
    for path in backup_files(db):
        if file_kind(path) != "encrypted":
            continue
        try:
            rekey_file(path, old, new)
        except UserError as exc:
            result.skipped.append((path, str(exc)))
            continue
        result.backups.append(path)
    return result
