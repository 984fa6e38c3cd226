"""Multi-step file operations that survive a kill (STYLE.md §15: git's lockfile, dpkg's status file).

Before an operation on the database file (encrypt, rekey, restore, backup,
migration) changes anything on disk, it writes a small journal beside the
database — ``kam.sqlite3.<operation>.kam-journal`` — written to a temporary
name, fsync'd and renamed into place, so a journal is either whole or absent.
The journal says which operation it is and how far it got:

- ``prepare``: new files are being written beside the old ones; nothing the
  user sees has changed. An interrupted operation here is rolled back (the
  new files are removed).
- ``commit``: every new file is complete and checked; what is left are
  renames and the shredding of replaced copies, which need no key. An
  interrupted operation here is finished.

``kam.store.recovery.recover`` reads the journals on the next start (the
start-up policy calls it before anything opens the file). ``fault_point``
lets the tests kill the process at every step of each operation
(``KAM_FAULT=encrypt:3`` kills at the third step of an encrypt).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUFFIX = ".kam-journal"
ENV_FAULT = "KAM_FAULT"
REPLACED = ".replaced"

_steps: dict[str, int] = {}


def fault_point(op: str) -> None:
    """A step boundary of ``op``: with ``KAM_FAULT=op:N`` the process is killed at its N-th step.

    SIGKILL (TerminateProcess on Windows): no clean-up, no ``finally``, exactly
    like a power cut for the files this process wrote.
    """
    spec = os.environ.get(ENV_FAULT)
    if not spec:
        return
    _steps[op] = _steps.get(op, 0) + 1
    name, _, step = spec.partition(":")
    if name == op and step.isdigit() and int(step) == _steps[op]:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


@dataclass
class Journal:
    db: Path
    op: str
    state: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return journal_path(self.db, self.op)


def journal_path(db: Path, op: str) -> Path:
    return db.with_name(f"{db.name}.{op}{SUFFIX}")


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def write(db: Path, op: str, state: str, **data: Any) -> Journal:
    """Record ``op`` in ``state`` durably (temporary file, fsync, atomic rename, fsync of the folder)."""
    journal = Journal(db, op, state, data)
    tmp = journal.path.with_name(journal.path.name + ".tmp")
    payload = json.dumps({"op": op, "state": state, "data": data}, ensure_ascii=False, indent=1)
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(journal.path)
    fsync_dir(db.parent)
    return journal


def clear(db: Path, op: str) -> None:
    """The operation is over: remove its journal (durably)."""
    journal_path(db, op).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        fsync_dir(db.parent)


def pending(db: Path) -> list[Journal]:
    """The journals of interrupted operations on ``db``; a torn temporary journal is removed."""
    found: list[Journal] = []
    if not db.parent.is_dir():
        return found
    for tmp in db.parent.glob(f"{_glob_escape(db.name)}.*{SUFFIX}.tmp"):
        tmp.unlink(missing_ok=True)  # never renamed into place: the operation had not started
    for path in sorted(db.parent.glob(f"{_glob_escape(db.name)}.*{SUFFIX}")):
        op = path.name[len(db.name) + 1:-len(SUFFIX)]
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {"op": op, "state": "prepare", "data": {}}
        found.append(Journal(db, op, str(raw.get("state", "prepare")), dict(raw.get("data") or {})))
    return found


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def replaced_path(target: Path) -> Path:
    return target.with_name(target.name + REPLACED)


def sidecars(path: Path) -> list[Path]:
    """SQLite's files beside a database: the WAL, its index, a rollback journal."""
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def shred(path: Path) -> None:
    """Overwrite a replaced plaintext file with zeros before deleting it.

    Best effort: on an SSD or a copy-on-write file system the old blocks may
    survive elsewhere; full-disk encryption (BitLocker) covers that.
    """
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("r+b") as fh:
        chunk = b"\0" * (1 << 20)
        for _ in range(0, size, len(chunk)):
            fh.write(chunk)
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink(missing_ok=True)


def finish_swaps(op: str, pairs: list[dict[str, Any]]) -> None:
    """Put each complete new file in place of its target; idempotent, so recovery runs it again.

    For each pair ``{"new", "target", "shred"}``: the target (with its WAL and
    index, which belong to it) moves aside as ``target.replaced``, the new file
    takes its name, then the replaced copy is shredded (plaintext) or removed.
    Every state a kill can leave is one of these steps done or not done.
    """
    for pair in pairs:
        new, target = Path(pair["new"]), Path(pair["target"])
        old = replaced_path(target)
        if new.exists():
            if target.exists():
                fault_point(op)
                target.replace(old)
            for side, old_side in zip(sidecars(target), sidecars(old), strict=True):
                if side.exists():
                    fault_point(op)
                    side.replace(old_side)
            fault_point(op)
            new.replace(target)
            fsync_dir(target.parent)
        for leftover in [old, *sidecars(old), *sidecars(new)]:
            if leftover.exists():
                fault_point(op)
                (shred if pair.get("shred") else Path.unlink)(leftover)
