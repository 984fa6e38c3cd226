"""What every service shares: the unit of work, validation helpers, change records."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kam.errors import ConflictError, NotFound, ValidationError
from kam.i18n import N_, _
from kam.security.register import RegisterVault

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What one operation changed: enough for the UI to refresh and to undo it."""

    entity: str
    id: int
    op: str  # create / update / delete / restore
    before: Mapping[str, Any] = field(default_factory=dict)
    after: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Actor:
    """Who is acting (for audit, stance history, approvals)."""

    user_id: int | None
    username: str | None
    role: str | None = None


class ServiceBase:
    # The session's register vault (kam.security.register), shared by every service of one Services.
    vault: RegisterVault | None = None

    def __init__(self, sessions: sessionmaker[Session], actor: Callable[[], Actor]) -> None:
        self._sessions = sessions
        self._actor = actor

    @property
    def actor(self) -> Actor:
        return self._actor()

    @property
    def db_file(self) -> Path | None:
        """The open database file (None on a server): what no export, backup or saved file may overwrite."""
        from kam.store.db import sqlite_path

        bind = self._sessions.kw.get("bind")
        return sqlite_path(str(bind.url)) if bind is not None else None

    def write_file(self, out: Path, write: Callable[[Path], object]) -> Path:
        """Write a file the user named (``kam.store.guard.write_atomically``): never onto the open database."""
        from kam.store.guard import write_atomically

        return write_atomically(out, self.db_file, write)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back everything on any error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise ConflictError(
                _("someone else changed this record since you opened it; reload to see their version")
            ) from exc
        except IntegrityError as exc:
            raise ValidationError("record", _integrity_reason(exc)) from exc
        except DBAPIError as exc:
            _raise_server_error(exc)
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; objects stay usable (detached, not expired) after it closes."""
        session = self._sessions()
        try:
            yield session
        except DBAPIError as exc:
            _raise_server_error(exc)
        finally:
            session.close()


def _raise_server_error(exc: DBAPIError) -> NoReturn:
    """A team-server problem (privilege, timeout, connection) as one clear UserError; anything else as it is."""
    from kam.store.db import server_error

    mapped = server_error(exc)
    if mapped is None:
        raise exc
    raise mapped from exc


def _integrity_reason(exc: IntegrityError) -> str:
    msg = str(exc.orig)
    if "UNIQUE" in msg.upper():
        return _("already exists ({detail})").format(detail=msg)
    if "FOREIGN KEY" in msg.upper():
        return _("refers to something that does not exist")
    return msg


# The records get_or_404 and check_version name, in the reader's language.
RECORD_NOUNS = {w: w for w in (N_("account"), N_("commitment"), N_("competitor"), N_("competitor rep"), N_("contact"), N_("feedback"),
                               N_("objective"), N_("person"), N_("project"), N_("register item"), N_("resource"),
                               N_("review"), N_("user"), N_("plan"))}


def record_noun(what: str) -> str:
    return _(what) if what in RECORD_NOUNS else what


def get_or_404(session: Session, model: type[T], ident: int, what: str) -> T:
    obj = session.get(model, ident)
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise NotFound(_("no {what} with id {ident}").format(what=record_noun(what), ident=ident))
    return obj


def check_version(obj: Any, expected: int | None, what: str) -> None:
    if expected is not None and obj.version != expected:
        raise ConflictError(
            _("{what} was changed by someone else (version {version}, you edited version {expected}); "
              "reload to see their version").format(what=record_noun(what), version=obj.version, expected=expected)
        )


def snapshot(obj: Any, fields: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in fields}
