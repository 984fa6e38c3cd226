"""Every undoable edit, checked to the row: wrap ``ui.commands.push_operation`` wherever ui/ imported it, and
after each edit the window pushes, step the undo stack back and forth comparing whole tables.

After an edit: Undo must give back exactly the tables as they were before it (same ids; a row that went away
comes back with the same column values, version and timestamps), Redo the tables as the edit left them (an
added row with the same id), and a second Undo the first state again. Rows that stayed in place only differ by
their optimistic-locking counter and ``updated_at`` (each undo is a new write); every other column must match.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from kam.model.base import Base

# written by every action, not undone by design (the audit trail keeps what was done and undone)
SKIP_TABLES = {"audit_log", "audit_entries", "audit_anchors"}
# advance with every write, an undo included, on a row that stays
MOVING = ("version", "updated_at")
# the sync's columns of a row named by a composite key (a team member, an attendee, an access-list entry, a
# rating, a year's category purchases): the key is its identity; put back through the ORM it gets a new global id,
# which the sync carries as a deletion and an insertion of the same key. The server's revision moves on any write.
SYNC_IDENTITY = ("gid", "srv_rev")

Snapshot = dict[str, dict[Any, dict[str, Any]]]


def snapshot(services: Any) -> Snapshot:
    """Every table's rows, by primary key, as column → value."""
    out: Snapshot = {}
    with services.accounts._sessions() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in SKIP_TABLES:
                continue
            pk = [c.name for c in table.primary_key.columns]
            rows = {}
            for row in s.execute(select(table)).mappings():
                rows[tuple(row[c] for c in pk)] = dict(row)
            out[table.name] = rows
    return out


def _same(a: object, b: object) -> bool:
    """Sealed register content: sealed again with a fresh nonce on every write (two trash times are
    let pass too: a redo of a move to the trash is a new move)."""
    return isinstance(a, bytes) and isinstance(b, bytes)


def differences(what: str, want: Snapshot, got: Snapshot, other: Snapshot) -> list[str]:
    """How ``got`` differs from ``want``. ``MOVING`` columns may differ only on a row that ``other`` (the state
    the step started from) holds too: a row that stayed (in the trash, say) and was written again; a row taken
    off and put back, or added again, must come back with every column as it was."""
    out = []
    for name, rows in want.items():
        have, between = got[name], other[name]
        for key in rows.keys() - have.keys():
            out.append(f"{what}: {name} {key} missing")
        for key in have.keys() - rows.keys():
            # the undo of an add may leave the row in the trash; a new colleague named in the account team stays
            # among our colleagues (README; a team server grants no DELETE on users)
            if have[key].get("deleted_at") is None and name != "users":
                out.append(f"{what}: {name} {key} extra: {have[key]}")
        for key in rows.keys() & have.keys():
            a, b = rows[key], have[key]
            # a row that stayed as it was in the step's start state was written again: it may move on; one
            # that went into or out of the trash there must come back exactly (but a new move to the trash,
            # a redo, has its own time)
            stayed = key in between and (between[key].get("deleted_at") is None) == (a.get("deleted_at") is None)
            both_trashed = a.get("deleted_at") is not None and b.get("deleted_at") is not None
            cols = [c for c in a if a[c] != b[c] and not (c in MOVING and stayed)
                    and not (c in ("deleted_at", "updated_at") and both_trashed)
                    and not (c in SYNC_IDENTITY and len(key) > 1) and c != "srv_rev"
                    and not _same(a[c], b[c])]
            if cols:
                out.append(f"{what}: {name} {key}: " + ", ".join(f"{c} {a[c]!r} → {b[c]!r}" for c in cols))
    return out


class Checker:
    def __init__(self, window: Any) -> None:
        self.window = window
        self.problems: list[str] = []
        self.checked: list[str] = []

    def _compare(self, what: str, want: Snapshot, got: Snapshot, other: Snapshot) -> None:
        self.problems.extend(differences(what, want, got, other))

    def wrap(self, real: Callable[..., bool]) -> Callable[..., bool]:
        def checked(stack: Any, text: str, apply: Callable[[], object], revert: Callable[[], object],
                    refresh_view: Callable[[], None], on_error: Callable[[Any], None]) -> bool:
            services = self.window.services
            before = snapshot(services)
            done = real(stack, text, apply, revert, refresh_view, on_error)
            if not done:
                return done
            after = snapshot(services)
            self.checked.append(text)
            stack.undo()
            undone = snapshot(services)
            self._compare(f"{text} › undo", before, undone, after)
            stack.redo()
            redone = snapshot(services)
            self._compare(f"{text} › undo, redo", after, redone, undone)
            stack.undo()
            self._compare(f"{text} › undo, redo, undo", before, snapshot(services), redone)
            stack.redo()
            return done
        return checked

    def install(self, monkeypatch: Any) -> None:
        import importlib
        import pkgutil

        import ui
        import ui.commands

        for info in pkgutil.iter_modules(ui.__path__):  # sections are imported when first shown: all now
            importlib.import_module(f"ui.{info.name}")

        real = ui.commands.push_operation
        for name, module in list(sys.modules.items()):
            if name.startswith("ui.") and getattr(module, "push_operation", None) is real:
                monkeypatch.setattr(module, "push_operation", self.wrap(real))
