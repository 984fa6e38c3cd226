"""Never write a file the user named onto the open database, its WAL/index, or its backups.

An export, a backup, a saved attachment or a PDF renamed over the live
database would leave the running app writing to an unlinked file while the
next start finds a JSON or PDF where the database was. Names can differ
(``./kam.sqlite3``, a symlink, a hard link, another case on Windows), so the
comparison is by resolved path and by file identity (device and inode).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from kam.errors import UserError
from kam.i18n import _


class OwnFileRefused(UserError):
    """The chosen file is the database, one of its companion files, or one of its backups."""


def _protected(db: Path) -> list[Path]:
    from kam.store.backups import backup_dir

    files = [db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal", ".audit-head"))]
    folder = backup_dir(db)
    if folder.is_dir():
        files += [p for p in folder.iterdir() if p.is_file()]
    files += [p for p in db.parent.glob(f"{db.stem}.*.sqlite3") if p != db]
    return files


def _same(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
        if a.exists() and b.exists():
            return os.path.samefile(a, b)  # hard links, symlinks, case-insensitive names: same device and inode
    except OSError:
        return False
    return False


def refuse_overwrite(target: Path, db: Path | None) -> None:
    """Raise OwnFileRefused when writing ``target`` (or its ``.part`` beside it) would touch the database
    ``db``, its -wal/-shm/-journal or a backup of it; a folder as ``target`` is refused too."""
    if db is None:
        return
    target = Path(target).expanduser()
    if target.is_dir():
        raise UserError(_("{path} is a folder; choose a file name").format(path=target))
    for own in _protected(db):
        if _same(target, own):
            what = _("the open database") if _same(own, db) else _("a file that belongs to the open database")
            raise OwnFileRefused(_("{path} is {what} ({db}); choose another file name — nothing was "
                                   "written").format(path=target, what=what, db=db))


def write_atomically(out: Path, db: Path | None, write: Callable[[Path], object]) -> Path:
    """Write a file the user named: never onto the open database ``db`` or its files, into an existing
    folder only, through ``out.part`` renamed into place (never a half-written file under the real name).

    ``write`` fills the part file it is given. Returns the file written.
    """
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise UserError(_("folder {path} does not exist").format(path=out.parent))
    refuse_overwrite(out, db)
    part = out.with_name(out.name + ".part")
    refuse_overwrite(part, db)
    try:
        part.open("wb").close()  # an unwritable place is found here, before a writer half-starts its work
        write(part)
        with part.open("rb+") as fh:
            os.fsync(fh.fileno())
        part.replace(out)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise UserError(_("the disk is full: {path} was not written").format(path=out)) from exc
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOTDIR):
            raise UserError(_("{path} cannot be written here (read-only or no permission)").format(path=out)) from exc
        # Named by the file the user asked for, never by the internal .part it was written through.
        raise UserError(_("{path} was not written: {reason}").format(path=out, reason=exc.strerror or exc)) from exc
    finally:
        part.unlink(missing_ok=True)
    return out
