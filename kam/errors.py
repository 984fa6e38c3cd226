"""Errors a person can act on. The CLI prints them as one line; the GUI shows them by the field."""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """Something the user can fix: a bad value, an unknown account, a missing file."""


class ValidationError(UserError):
    """A value refused by a service; names the field and the reason."""

    def __init__(self, field: str, reason: str, label: str | None = None) -> None:
        super().__init__(f"{label or field}: {reason}")
        self.field = field  # the field's code (a form finds its widget by it)
        self.reason = reason
        self.label = label  # the field's caption in the reader's language, where known


class NotFound(UserError):
    pass


class ConflictError(UserError):
    """Someone else changed the record since it was read (optimistic locking)."""


class DatabaseRefused(UserError):
    """The database file cannot be used as it is (not ours, newer than us, damaged); left untouched."""


class DamagedDatabase(DatabaseRefused):
    """The file is SQLite but cannot be read: move it aside and restore a backup (kam.store.backups)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path



class NoDatabase(UserError):
    """No database where one was named; only ``kam init``/``kam demo`` (or the user, asked) create one."""


class UnknownUser(UserError):
    """``--user`` names nobody of the database: a command line that cannot run (exit 2, like a bad option)."""


class NotAllowed(UserError):
    """The acting user may not do this (role, ownership, or the record is locked)."""
