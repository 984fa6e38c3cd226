"""Undo/redo over service operations, and the deliberate decisions that are not undone.

Every edit in the window is undoable: the operation runs first; only if the
service accepted it is a command pushed (so a refused edit never lands on the
undo stack). Undo and redo call the services again (each operation's service
offers its inverse); if one of those is refused later (someone else changed the
record), the error is reported and the command is made obsolete.

The exceptions are named once, in ``NOT_UNDONE``, and carried out through
``decide``: decisions the audit trail records as made (a plan handed in,
approved or returned, a review signed off or reopened, a person's data erased),
an import (all or nothing; the backups and the audit trail keep what it
replaced), and the register passphrase (undoing it would keep the old
passphrase in memory). The README's "Using it" states the same list.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from kam.errors import NotFound, UserError


class OperationCommand(QUndoCommand):
    def __init__(self, text: str, apply: Callable[[], object], revert: Callable[[], object],
                 refresh: Callable[[], None], on_error: Callable[[UserError], None]) -> None:
        super().__init__(text)
        self._apply, self._revert = apply, revert
        self._refresh, self._on_error = refresh, on_error
        self._applied = True  # push_operation already applied it

    def redo(self) -> None:
        if self._applied:
            return
        self._run(self._apply)
        self._applied = True

    def undo(self) -> None:
        self._run(self._revert)
        self._applied = False

    def _run(self, fn: Callable[[], object]) -> None:
        # Nothing may escape undo()/redo(): PySide defers an exception from a QUndoCommand override and raises
        # it at the next call into Qt — inside the window's refresh, between a model's begin and end reset.
        try:
            fn()
        except UserError as exc:
            self._on_error(exc)
            self.setObsolete(True)
        refresh(self._refresh)


def refresh(fn: Callable[[], None]) -> None:
    """Refresh what shows an edit. What it showed may be gone (the creation of the account on screen was
    undone, another user moved it to the trash): the window's own refresh after every undo-stack move
    (MainWindow._changed) then moves on to a neighbour or an empty dossier, so that is not an error here."""
    with contextlib.suppress(NotFound):
        fn()


def push_operation(stack: QUndoStack, text: str, apply: Callable[[], object], revert: Callable[[], object],
                   refresh_view: Callable[[], None], on_error: Callable[[UserError], None]) -> bool:
    """Apply now; on success push an undoable command and refresh. Returns whether it applied.

    A refusal goes to ``on_error`` as the exception itself, so a form can show a
    ValidationError under the field it names."""
    try:
        apply()
    except UserError as exc:
        on_error(exc)
        return False
    stack.push(OperationCommand(text, apply, revert, refresh_view, on_error))
    refresh(refresh_view)
    return True


def trash_steps(move: Callable[[Mapping[str, Any] | None], Any], back: Callable[[Mapping[str, Any] | None], Any],
                *, restoring: bool = False) -> tuple[Callable[[], object], Callable[[], object]]:
    """(apply, revert) for a move to the trash (``move``) and its undo (``back``, out of the trash); with
    ``restoring`` the other way round (taking a row out of the trash, undone by moving it back). Each step is
    given the ``before`` of the other's change (the row's ``deleted_at``, version and ``updated_at`` before
    it), so an undo or redo puts the row back exactly as it was, not as a new move."""
    kept: list[Mapping[str, Any] | None] = [None]

    def step(fn: Callable[[Mapping[str, Any] | None], Any]) -> Callable[[], object]:
        def run() -> object:
            change = fn(kept[0])
            kept[0] = change.before
            return change
        return run

    return (step(back), step(move)) if restoring else (step(move), step(back))


# The deliberate exceptions to "every edit undoes", by kind, as the README names them.
NOT_UNDONE: dict[str, str] = {
    "plan.submit": "submitting a plan",
    "plan.approve": "approving a plan",
    "plan.return": "returning a plan",
    "review.sign_off": "signing off a review",
    "review.reopen": "reopening a review",
    "person.erase": "erasing a person's personal data",
    "import": "an import",
    "register.passphrase": "choosing or changing the register passphrase",
    "sync.resolve": "resolving a sync conflict (keep mine / take theirs)",
}


def decide(kind: str, apply: Callable[[], object], refresh_view: Callable[[], None],
           on_error: Callable[[UserError], None]) -> bool:
    """Carry out one of the deliberate decisions in ``NOT_UNDONE`` (not put on the undo stack); returns whether
    the service accepted it. Anything else is an edit and goes through ``push_operation``."""
    if kind not in NOT_UNDONE:
        raise ValueError(f"{kind!r} is an edit: push it with push_operation (NOT_UNDONE names the exceptions)")
    try:
        apply()
    except UserError as exc:
        on_error(exc)
        return False
    refresh(refresh_view)
    return True


def forget_history(stack: QUndoStack, kind: str) -> None:
    """After a decision in ``NOT_UNDONE`` that changes much at once (an import), the edits before it may no
    longer apply to what it changed: the undo history starts afresh."""
    if kind not in NOT_UNDONE:
        raise ValueError(f"{kind!r} is not one of the decisions that are not undone")
    stack.clear()
