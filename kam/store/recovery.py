"""Finish or roll back what a kill interrupted, before anything opens the database (STYLE.md §15).

``recover(db)`` reads the journals ``kam.store.journal`` left beside the
database and, like ``dpkg --configure -a``, completes each operation that had
reached its commit point and undoes each one that had not. The start-up
policy (``kam.app.open_app``) and the commands that work on the file directly
(``kam encrypt``, ``kam rekey``, ``kam restore``) call it first, so the app
never starts fresh beside the leftovers of an interrupted operation.
"""

from __future__ import annotations

from pathlib import Path

from kam.errors import NoDatabase
from kam.i18n import _
from kam.store import journal
from kam.store.backups import clean_backup, clean_stray_parts, roll_back_restore
from kam.store.convert import roll_back
from kam.store.db import file_kind

# What a name beside the database means when no journal explains it (an older version, a copy).
LEFTOVER_SUFFIXES = (".encrypting", ".rekeying", ".restoring", journal.REPLACED)


def recover(db: Path) -> list[str]:
    """Finish or roll back every interrupted operation on ``db``; returns what was done, in words."""
    done: list[str] = []
    for entry in journal.pending(db):
        kind = entry.op.split("-", 1)[0]
        if kind == "backup":
            clean_backup(entry)
            continue
        if entry.state == "commit":
            journal.finish_swaps(kind, list(entry.data.get("pairs", [])))
            if kind == "restore":
                from kam.store.anchor import refresh_head
                from kam.store.dbkey import known_key

                refresh_head(db, known_key(db) if file_kind(db) == "encrypted" else None)
            journal.clear(db, entry.op)
            done.append({
                "encrypt": _("An interrupted `kam encrypt` was finished: {path} and its backups are encrypted."),
                "rekey": _("An interrupted `kam rekey` was finished: {path} and its backups carry the new key."),
                "restore": _("An interrupted restore was finished: {path} holds the restored backup."),
            }.get(kind, _("An interrupted operation on {path} was finished.")).format(path=db))
            continue
        if kind == "restore":
            roll_back_restore(entry)
        elif kind in ("encrypt", "rekey"):
            roll_back(entry)
            journal.clear(db, entry.op)
        else:  # a migration: its upgrade is one transaction, so only its backup's part can be left
            journal.clear(db, entry.op)
        done.append(_("An interrupted `{operation}` was rolled back: {path} is as it was before.").format(
            operation=kind, path=db))
    clean_stray_parts(db)
    return done


def leftovers(db: Path) -> list[Path]:
    """Files an interrupted operation left where ``db`` should be, without a journal to explain them."""
    if not db.parent.is_dir():
        return []
    return sorted(p for p in db.parent.iterdir()
                  if p.name.startswith(db.name + ".") and (p.name.endswith(LEFTOVER_SUFFIXES)
                                                          or p.name.endswith(".broken")))


def refuse_fresh_start(db: Path) -> None:
    """No database at ``db`` but the leftovers of an interrupted operation: never create one beside them."""
    left = leftovers(db)
    if left:
        raise NoDatabase(_("no database at {path}, but {files} are left from an interrupted operation; your data "
                           "is probably in one of them — nothing was created (rename the right one to {name}, or "
                           "restore a backup)").format(path=db, files=", ".join(p.name for p in left[:3]),
                                                       name=db.name))
