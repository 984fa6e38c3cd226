"""What every service shares: the unit of work, validation helpers, change records."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kam.errors import ConflictError, NotFound, ValidationError
from kam.security.register import RegisterVault
from kam.vocab import parse

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

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back everything on any error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise ConflictError(
                "someone else changed this record since you opened it; reload to see their version"
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
        return f"already exists ({msg})"
    if "FOREIGN KEY" in msg.upper():
        return "refers to something that does not exist"
    return msg


def get_or_404(session: Session, model: type[T], ident: int, what: str) -> T:
    obj = session.get(model, ident)
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise NotFound(f"no {what} with id {ident}")
    return obj


def check_version(obj: Any, expected: int | None, what: str) -> None:
    if expected is not None and obj.version != expected:
        raise ConflictError(
            f"{what} was changed by someone else (version {obj.version}, you edited "
            f"version {expected}); reload to see their version"
        )


def snapshot(obj: Any, fields: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in fields}


# --- field validators: each returns the clean value or raises ValidationError(field, reason)

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def text(value: Any, field: str, *, required: bool = False, max_len: int = 2000) -> str | None:
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return None
    if not isinstance(value, str):
        raise ValidationError(field, f"must be text, not {type(value).__name__}")
    v = value.strip()
    if "\x00" in v:
        raise ValidationError(field, "contains a NUL character")
    if not v:
        if required:
            raise ValidationError(field, "is required")
        return None
    if len(v) > max_len:
        raise ValidationError(field, f"is {len(v)} characters long; at most {max_len} allowed")
    return v


def email(value: Any, field: str = "email") -> str | None:
    v = text(value, field, max_len=254)
    if v is not None and not EMAIL_RE.match(v):
        raise ValidationError(field, f"{v!r} is not an e-mail address")
    return v


def integer(value: Any, field: str, *, lo: int | None = None, hi: int | None = None,
            required: bool = False) -> int | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, "is required")
        return None
    try:
        v = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, f"{value!r} is not a whole number") from None
    if isinstance(value, float) and value != v:
        raise ValidationError(field, f"{value!r} is not a whole number")
    if lo is not None and v < lo or hi is not None and v > hi:
        raise ValidationError(field, f"must be between {lo} and {hi}, not {v}")
    return v


def money(value: Any, field: str, *, required: bool = False, nonneg: bool = False) -> Decimal | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        v = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ValidationError(field, f"{value!r} is not a number") from None
    if not v.is_finite():
        raise ValidationError(field, f"{value!r} is not a number")
    if abs(v) >= Decimal("1e14"):
        raise ValidationError(field, f"{v} is too large")
    if nonneg and v < 0:
        raise ValidationError(field, f"must not be negative ({v})")
    return v


def date(value: Any, field: str, *, required: bool = False) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date (YYYY-MM-DD)") from None


def choice(enum: type[StrEnum], value: Any, field: str, *, required: bool = True) -> Any:
    if value is None or value == "":
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, enum):
        return value
    try:
        return parse(enum, str(value), field)
    except ValueError as exc:
        raise ValidationError(field, str(exc).split(": ", 1)[1]) from None


def currency(value: Any, field: str = "currency") -> str:
    v = (text(value, field, max_len=3) or "CNY").upper()
    if not re.fullmatch(r"[A-Z]{3}", v):
        raise ValidationError(field, f"{v!r} is not a three-letter currency code")
    return v


def unknown_fields(data: Mapping[str, Any], allowed: set[str] | frozenset[str], what: str) -> None:
    extra = set(data) - set(allowed)
    if extra:
        raise ValidationError(sorted(extra)[0], f"is not a field of {what}")
