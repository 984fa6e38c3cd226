"""Encrypt a plain database, change the key of an encrypted one, and bring the backups along.

``kam encrypt`` and ``kam rekey`` use these. Both are journaled operations
(``kam.store.journal``): first every new file is written beside its original
(``X.encrypting`` / ``X.rekeying``) and checked, with the journal in
``prepare`` — a kill here is rolled back and nothing the user sees changed;
then the journal turns to ``commit`` and only renames and shredding are left,
which the next start finishes without needing any key. After ``encrypt`` no
plaintext copy is left (the database, its WAL and every backup); after
``rekey`` the database and every backup open with the new key.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kam.errors import UserError
from kam.i18n import _
from kam.store import anchor, journal
from kam.store.backups import backup_dir, backup_sqlite, timestamped_backup_path
from kam.store.db import SQLITE_MAGIC, connect_file, encrypt_copy, file_kind
from kam.store.dbkey import DbKey
from kam.store.journal import fault_point, finish_swaps, sidecars

ENCRYPTING = ".encrypting"
REKEYING = ".rekeying"


@dataclass
class Converted:
    database: Path
    safety_backup: Path | None = None
    backups: list[Path] = field(default_factory=list)  # converted alongside
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # could not be converted, and why


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


def plaintext_copies(db: Path) -> list[Path]:
    """Files beside an encrypted database that still hold plaintext ("SQLite format 3"): backups,
    replaced or half-converted copies. Empty for a plain database (nothing to leak there)."""
    if file_kind(db) != "encrypted":
        return []
    near = [p for p in db.parent.glob(f"{db.name}*") if p != db and p.is_file()]
    found = []
    for path in sorted({*backup_files(db), *near}):
        try:
            with path.open("rb") as fh:
                if fh.read(16) == SQLITE_MAGIC:
                    found.append(path)
        except OSError:
            continue
    return found


def _discard(path: Path) -> None:
    for p in (path, *sidecars(path)):
        p.unlink(missing_ok=True)


def encrypt_database(db: Path, key: DbKey) -> Converted:
    """Encrypt the plain database ``db`` (after a backup) and every plaintext backup beside it.

    Journaled: a kill at any step is rolled back (before every copy is ready) or
    finished (after) by ``kam.store.recovery.recover`` on the next start.
    """
    if file_kind(db) != "plain":
        raise UserError(_("{path} is not a plain (unencrypted) database").format(path=db))
    op = "encrypt"
    journal.write(db, op, "prepare", pairs=[])
    fault_point(op)
    backup_dir(db).mkdir(exist_ok=True)
    safety = backup_sqlite(db, timestamped_backup_path(db, "before-encrypt", backup_dir(db)))
    fault_point(op)
    _checkpoint(db, None)
    targets = [db] + [p for p in backup_files(db) if file_kind(p) == "plain"]
    pairs: list[dict[str, Any]] = [{"new": str(t.with_name(t.name + ENCRYPTING)), "target": str(t), "shred": True}
                                   for t in targets]
    journal.write(db, op, "prepare", pairs=pairs)  # rollback knows every copy it may have to remove
    fault_point(op)
    result = Converted(db, safety)
    ready = []
    for pair in pairs:
        target, tmp = Path(pair["target"]), Path(pair["new"])
        _discard(tmp)
        try:
            encrypt_copy(target, tmp, key)
        except Exception as exc:  # reported; the database itself must convert
            if target == db:
                raise
            result.skipped.append((target, str(exc)))
            continue
        journal.fsync_file(tmp)
        ready.append(pair)
        if target != db:
            result.backups.append(target)
        fault_point(op)
    journal.write(db, op, "commit", pairs=ready)
    fault_point(op)
    finish_swaps(op, ready)
    fault_point(op)
    journal.clear(db, op)
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


def _rekeyed_copy(src: Path, dest: Path, old: DbKey, new: DbKey,
                  remac: tuple[bytes, bytes] | None) -> tuple[int, str] | None:
    """A copy of ``src`` under the key ``new``, written beside it (``src`` is not touched). With ``remac``
    (old and new anchor keys) its audit entries get MACs under the new anchor key; returns the new head."""
    _discard(dest)
    head = None
    try:
        shutil.copyfile(src, dest)
        rekey_file(dest, old, new)
        conn = connect_file(dest, new)  # back to a single file: no WAL beside a renamed copy
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if remac is not None and "audit_log" in tables and \
                    "mac" in {r[1] for r in conn.execute("PRAGMA table_info(audit_log)")}:
                head = anchor.remac(conn, *remac)
        finally:
            conn.close()
        journal.fsync_file(dest)
    except BaseException:
        _discard(dest)
        raise
    return head


def rekey_database(db: Path, old: DbKey, new: DbKey) -> Converted:
    """Give ``db`` and its backups the key ``new``; backups under another key are reported, not touched.

    Journaled like ``encrypt_database``: every re-keyed copy is ready before the
    first rename, so after a kill the files all carry the old key (rolled back)
    or all the new one (finished).
    """
    if file_kind(db) != "encrypted":
        raise UserError(_("{path} is not encrypted; use `kam encrypt` first").format(path=db))
    op = "rekey"
    journal.write(db, op, "prepare", pairs=[])
    fault_point(op)
    _checkpoint(db, old)
    targets = [db] + [p for p in backup_files(db) if file_kind(p) == "encrypted"]
    pairs: list[dict[str, Any]] = [{"new": str(t.with_name(t.name + REKEYING)), "target": str(t), "shred": False}
                                   for t in targets]
    journal.write(db, op, "prepare", pairs=pairs)
    fault_point(op)
    result = Converted(db)
    # An anchor key derived from the database key changes with it: the audit MACs move along
    remac = (anchor.derive(old), anchor.derive(new)) if anchor.is_derived(db) else None
    ready = []
    for pair in pairs:
        target, tmp = Path(pair["target"]), Path(pair["new"])
        try:
            head = _rekeyed_copy(target, tmp, old, new, remac)
        except UserError as exc:
            if target == db:
                raise
            result.skipped.append((target, str(exc)))
            continue
        if target == db and head is not None and remac is not None:
            new_head = anchor.head_path(db).with_name(anchor.head_path(db).name + REKEYING)
            anchor.write_head(db, remac[1], head[0], head[1], path=new_head)
            ready.append({"new": str(new_head), "target": str(anchor.head_path(db)), "shred": False})
        ready.append(pair)
        if target != db:
            result.backups.append(target)
        fault_point(op)
    journal.write(db, op, "commit", pairs=ready)
    fault_point(op)
    finish_swaps(op, ready)
    fault_point(op)
    anchor.forget(db)
    if remac is not None:
        anchor.refresh_head(db, new, replaced=False)  # the credential store's copy of the head, under the new key
    journal.clear(db, op)
    return result


def roll_back(entry: journal.Journal) -> None:
    """An encrypt or rekey cut off before its commit: remove the half-made copies; the originals stand."""
    for pair in entry.data.get("pairs", []):
        _discard(Path(pair["new"]))
    head = anchor.head_path(entry.db)
    _discard(head.with_name(head.name + REKEYING))
