"""Where the audit chain is anchored outside the table it protects (issue #20 item 3).

Two things live outside the database file:

- the **anchor key**, which keys an HMAC-SHA256 over every audit entry's
  hash: a random 256-bit key in the credential store beside the database key
  (service ``kam audit key``); with ``KAM_DB_KEY`` automation, or a
  passphrase where no credential store exists, derived from the database key
  with HKDF-SHA256 (so it is never written anywhere);
- the chain's **head** (the number of entries and the last MAC), kept in the
  credential store and in a small file beside the database
  (``kam.sqlite3.audit-head``), itself MAC'd with the anchor key so that it
  cannot be forged or moved to another database.

Someone who edits the database with sqlite3 but has not got the anchor key
cannot write a valid MAC: an edited, renumbered, appended or re-chained entry
fails its MAC, and a deleted or truncated tail no longer reaches the head.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from kam.i18n import _
from kam.store import dbkey
from kam.store.dbkey import DbKey

KEYRING_KEY = "kam audit key"
KEYRING_HEAD = "kam audit head"
HEAD_SUFFIX = ".audit-head"

_keys: dict[str, bytes] = {}


def _account(path: Path) -> str:
    return str(path.expanduser().resolve())


def head_path(db: Path) -> Path:
    return db.with_name(db.name + HEAD_SUFFIX)


def derive(db_key: DbKey) -> bytes:
    """The anchor key derived from the database key (HKDF-SHA256; nothing stored)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"kam audit anchor v1",
                info=b"kam audit chain mac").derive(db_key.secret.encode("utf-8"))


def _stored(service: str, db: Path) -> str | None:
    kr = dbkey.keyring_module()
    if kr is None:
        return None
    try:
        return kr.get_password(service, _account(db))  # type: ignore[no-any-return]
    except Exception:  # locked or unreachable store
        return None


def _store(service: str, db: Path, value: str) -> bool:
    kr = dbkey.keyring_module()
    if kr is None:
        return False
    try:
        kr.set_password(service, _account(db), value)
    except Exception:
        return False
    return True


def anchor_key(db: Path, db_key: DbKey | None, *, create: bool = True) -> bytes | None:
    """The anchor key of ``db``: the credential store's (made on first use), else derived from the database
    key; None for a plain database on a computer without a credential store (nothing can anchor it)."""
    account = _account(db)
    if account in _keys:
        return _keys[account]
    key: bytes | None = None
    stored = _stored(KEYRING_KEY, db)
    if stored:
        key = bytes.fromhex(stored)
    elif (db_key is None or db_key.source != "env") and dbkey.credential_store_available() and create:
        fresh = secrets.token_hex(32)
        if _store(KEYRING_KEY, db, fresh):
            key = bytes.fromhex(fresh)
    if key is None and db_key is not None:
        key = derive(db_key)
    if key is not None:
        _keys[account] = key
    return key


def forget(db: Path) -> None:
    """Drop the anchor key this process remembers for ``db`` (after a rekey changed a derived key)."""
    _keys.pop(_account(db), None)


def mac(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Head:
    entries: int
    last_mac: str
    where: str  # "credential store" / the head file's name
    since: str = ""  # when the chain was last replaced by a restore (ISO time); older backups hold another chain


def _sealed(key: bytes, entries: int, last_mac: str, since: str) -> str:
    return mac(key, f"head|{entries}|{last_mac}|{since}")


def head_record(key: bytes, entries: int, last_mac: str, since: str = "") -> str:
    return json.dumps({"entries": entries, "last_mac": last_mac, "since": since,
                       "seal": _sealed(key, entries, last_mac, since)})


def write_head(db: Path, key: bytes, entries: int, last_mac: str, path: Path | None = None,
               since: str | None = None) -> None:
    """Record the chain's head beside the database (fsync'd, atomic) and in the credential store.
    ``since`` (a restore replaced the chain) is kept from the recorded head unless given."""
    if since is None:
        heads, _bad = read_heads(db, key)
        since = max((h.since for h in heads), default="")
    text = head_record(key, entries, last_mac, since)
    if path is None:
        _store(KEYRING_HEAD, db, text)
    path = path or head_path(db)
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(OSError):  # a read-only medium: the credential store still holds it
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)


def read_heads(db: Path, key: bytes) -> tuple[list[Head], list[str]]:
    """The recorded heads that carry a valid seal, and the places whose record was forged or damaged."""
    heads: list[Head] = []
    bad: list[str] = []
    sources = [("credential store", _stored(KEYRING_HEAD, db))]
    path = head_path(db)
    try:
        sources.append((path.name, path.read_text(encoding="utf-8") if path.exists() else None))
    except OSError:
        bad.append(path.name)
    for where, text in sources:
        if text is None:
            continue
        try:
            raw = json.loads(text)
            entries, last, since = int(raw["entries"]), str(raw["last_mac"]), str(raw.get("since", ""))
            ok = hmac.compare_digest(str(raw["seal"]), _sealed(key, entries, last, since))
        except (ValueError, KeyError, TypeError):
            ok = False
        if ok:
            heads.append(Head(entries, last, where, since))
        else:
            bad.append(where)
    return heads, bad


def clear_head(db: Path) -> None:
    """Forget the recorded head (the database was replaced by a restore; the new head follows)."""
    kr = dbkey.keyring_module()
    if kr is not None:
        with contextlib.suppress(Exception):
            kr.delete_password(KEYRING_HEAD, _account(db))
    head_path(db).unlink(missing_ok=True)


def is_derived(db: Path) -> bool:
    """Is the anchor key of ``db`` derived from its database key (so a rekey changes it)?"""
    return not _stored(KEYRING_KEY, db)


def remac(conn: object, old: bytes, new: bytes) -> tuple[int, str] | None:
    """Re-MAC every audit entry of an open DB-API connection from ``old`` to ``new`` (a rekey of a
    database whose anchor key is derived from its key); returns the new head. Refuses a MAC that
    does not verify under ``old``."""
    from kam.errors import DatabaseRefused

    rows = conn.execute("SELECT id, entry_hash, mac FROM audit_log ORDER BY id").fetchall()  # type: ignore[attr-defined]
    last: tuple[int, str] | None = None
    for row_id, entry_hash, old_mac in rows:
        if old_mac is None:
            continue
        if not hmac.compare_digest(old_mac, mac(old, entry_hash or "")):
            raise DatabaseRefused(_("audit entry {row_id} does not verify; nothing was re-keyed").format(row_id=row_id))
        new_mac = mac(new, entry_hash or "")
        conn.execute("UPDATE audit_log SET mac = ? WHERE id = ?", (new_mac, row_id))  # type: ignore[attr-defined]
        last = (row_id, new_mac)
    conn.commit()  # type: ignore[attr-defined]
    return last


def refresh_head(db: Path, db_key: DbKey | None, *, replaced: bool = True) -> None:
    """After a restore (``replaced``: the chain is another one now) or a rekey: record the head of the chain
    the database holds, if its MAC verifies under this database's anchor key; else forget the head (an
    unanchored chain is anchored on the next start)."""
    from kam.store.db import connect_file

    clear_head(db)
    key = anchor_key(db, db_key, create=False)
    if key is None:
        return
    conn = connect_file(db, db_key, readonly=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "audit_log" not in tables:
            return
        cols = {r[1] for r in conn.execute("PRAGMA table_info(audit_log)")}
        if "mac" not in cols:
            return
        row = conn.execute("SELECT id, entry_hash, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    if row is not None and row[2] is not None and hmac.compare_digest(row[2], mac(key, row[1] or "")):
        import datetime as dt

        # backups older than this moment hold the chain that was replaced: not compared any more
        write_head(db, key, int(row[0]), str(row[2]), since=dt.datetime.now(dt.UTC).isoformat() if replaced else "")


def last_keyed_entry(path: Path, db_key: DbKey | None, key: bytes) -> tuple[int, str] | None:
    """(id, MAC) of the last entry of a backup's audit chain whose MAC verifies under ``key``; None when
    the backup cannot be read with this database's key or holds no anchored chain."""
    from kam.store.db import connect_file, file_kind, is_db_error

    try:
        conn = connect_file(path, db_key if file_kind(path) == "encrypted" else None, readonly=True)
    except Exception:  # a backup under another key, or not a database: nothing to compare
        return None
    try:
        if "mac" not in {r[1] for r in conn.execute("PRAGMA table_info(audit_log)")}:
            return None
        row = conn.execute("SELECT id, entry_hash, mac FROM audit_log WHERE mac IS NOT NULL "
                           "ORDER BY id DESC LIMIT 1").fetchone()
    except Exception as exc:
        if not is_db_error(exc):
            raise
        return None
    finally:
        conn.close()
    if row is None or not hmac.compare_digest(str(row[2]), mac(key, row[1] or "")):
        return None
    return int(row[0]), str(row[2])
