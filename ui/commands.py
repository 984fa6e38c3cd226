"""Undo/redo over service operations.

The operation runs first; only if the service accepted it is a command pushed
(so a refused edit never lands on the undo stack). Undo and redo call the
services again; if one of those is refused later (someone else changed the
record), the error is reported and the command is made obsolete.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from kam.errors import UserError


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
        try:
            fn()
        except UserError as exc:
            self._on_error(exc)
            self.setObsolete(True)
        self._refresh()


def push_operation(stack: QUndoStack, text: str, apply: Callable[[], object], revert: Callable[[], object],
                   refresh: Callable[[], None], on_error: Callable[[UserError], None]) -> bool:
    """Apply now; on success push an undoable command and refresh. Returns whether it applied.

    A refusal goes to ``on_error`` as the exception itself, so a form can show a
    ValidationError under the field it names."""
    try:
        apply()
    except UserError as exc:
        on_error(exc)
        return False
    stack.push(OperationCommand(text, apply, revert, refresh, on_error))
    refresh()
    return True
