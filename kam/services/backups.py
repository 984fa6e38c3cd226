"""Backups as a service, so the GUI and the CLI make them the same way."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from kam.services.base import ServiceBase
from kam.store.backups import verify_backup
from kam.store.maintenance import backup
from kam.store.schema import engine_key


class BackupService(ServiceBase):
    @property
    def _engine(self) -> Engine:
        return self._sessions.kw["bind"]  # type: ignore[no-any-return]

    def backup_to(self, out: Path) -> Path:
        """A consistent online copy of the live database at ``out`` (refuses to overwrite)."""
        return backup(self._engine, out)

    def verify(self, path: Path) -> str:
        """Check a backup of this database (with its key when encrypted); returns its schema revision."""
        return verify_backup(path, engine_key(self._engine))
