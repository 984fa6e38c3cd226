"""Field validators: each returns the clean value or raises ValidationError(field, reason).

The services validate every value with these, through the field metadata
(``kam.fields``) where a record has it; reasons are in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Literal, overload

from kam.errors import ValidationError
from kam.i18n import _
from kam.vocab import parse

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@overload
def text(value: Any, field: str, *, required: Literal[True], max_len: int = 2000) -> str: ...
@overload
def text(value: Any, field: str, *, required: bool = False, max_len: int = 2000) -> str | None: ...
def text(value: Any, field: str, *, required: bool = False, max_len: int = 2000) -> str | None:
    if value is None:
        if required:
            raise ValidationError(field, _("is required"))
        return None
    if not isinstance(value, str):
        raise ValidationError(field, _("must be text, not {kind}").format(kind=type(value).__name__))
    v = value.strip()
    if "\x00" in v:
        raise ValidationError(field, _("contains a NUL character"))
    if not v:
        if required:
            raise ValidationError(field, _("is required"))
        return None
    if len(v) > max_len:
        raise ValidationError(field, _("is {length} characters long; at most {limit} allowed").format(length=len(v), limit=max_len))
    return v


def email(value: Any, field: str = "email") -> str | None:
    v = text(value, field, max_len=254)
    if v is not None and not EMAIL_RE.match(v):
        raise ValidationError(field, _("{value!r} is not an e-mail address").format(value=v))
    return v


@overload
def integer(value: Any, field: str, *, lo: int | None = None, hi: int | None = None,
            required: Literal[True]) -> int: ...
@overload
def integer(value: Any, field: str, *, lo: int | None = None, hi: int | None = None,
            required: bool = False) -> int | None: ...
def integer(value: Any, field: str, *, lo: int | None = None, hi: int | None = None,
            required: bool = False) -> int | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, _("is required"))
        return None
    try:
        v = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, _("{value!r} is not a whole number").format(value=value)) from None
    if isinstance(value, float) and value != v:
        raise ValidationError(field, _("{value!r} is not a whole number").format(value=value))
    if lo is not None and v < lo or hi is not None and v > hi:
        raise ValidationError(field, _("must be between {lo} and {hi}, not {value}").format(lo=lo, hi=hi, value=v))
    return v


@overload
def money(value: Any, field: str, *, required: Literal[True], nonneg: bool = False) -> Decimal: ...
@overload
def money(value: Any, field: str, *, required: bool = False, nonneg: bool = False) -> Decimal | None: ...
def money(value: Any, field: str, *, required: bool = False, nonneg: bool = False) -> Decimal | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, _("is required"))
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        v = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ValidationError(field, _("{value!r} is not a number").format(value=value)) from None
    if not v.is_finite():
        raise ValidationError(field, _("{value!r} is not a number").format(value=value))
    if abs(v) >= Decimal("1e14"):
        raise ValidationError(field, _("{value} is too large").format(value=v))
    if nonneg and v < 0:
        raise ValidationError(field, _("must not be negative ({value})").format(value=v))
    return v


@overload
def date(value: Any, field: str, *, required: Literal[True]) -> dt.date: ...
@overload
def date(value: Any, field: str, *, required: bool = False) -> dt.date | None: ...
def date(value: Any, field: str, *, required: bool = False) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, _("is required"))
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, _("{value!r} is not a date (YYYY-MM-DD)").format(value=value)) from None


def moment(value: Any, field: str) -> dt.datetime:
    """A point in time, stored in UTC: an aware datetime, or ``YYYY-MM-DD HH:MM`` (or a date alone, at midnight)
    written on this computer's clock, as a person types it."""
    if isinstance(value, dt.datetime):
        when = value
    else:
        text = "" if value is None else str(value).strip()
        if not text:
            raise ValidationError(field, _("is required"))
        try:
            when = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError(field, _("{value!r} is not a date and time (YYYY-MM-DD HH:MM)").format(
                value=value)) from None
    if when.tzinfo is None:
        when = when.astimezone()  # the person's local time
    return when.astimezone(dt.UTC)


def choice(enum: type[StrEnum], value: Any, field: str, *, required: bool = True) -> Any:
    if value is None or value == "":
        if required:
            raise ValidationError(field, _("is required"))
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
        raise ValidationError(field, _("{value!r} is not a three-letter currency code").format(value=v))
    return v




# The years a plan, a review or a scorecard can be about (the window's year fields offer the same range).
YEAR_MIN, YEAR_MAX = 2000, 2100
# The longest look-back of an analysis period (Pareto, share of wallet): a century of days.
DAYS_MAX = 36500


def year(value: Any, field: str = "year") -> int:
    """A plan, review or scorecard year, YEAR_MIN … YEAR_MAX."""
    return integer(value, field, lo=YEAR_MIN, hi=YEAR_MAX, required=True)


def quarter(value: Any, field: str = "quarter") -> tuple[int, int]:
    """``2026Q3`` (or ``2026q3``) as (2026, 3); the year within YEAR_MIN … YEAR_MAX."""
    m = re.fullmatch(r"(\d{4})[Qq]([1-4])", str(value).strip())
    if not m:
        raise ValidationError(field, _("{value!r} is not a quarter like 2026Q3").format(value=value))
    y = int(m.group(1))
    if not YEAR_MIN <= y <= YEAR_MAX:
        raise ValidationError(field, _("the year must be between {lo} and {hi}, not {value}").format(
            lo=YEAR_MIN, hi=YEAR_MAX, value=y))
    return y, int(m.group(2))


def days(value: Any, field: str = "days") -> int:
    """The length of an analysis period in days, 1 … DAYS_MAX."""
    return integer(value, field, lo=1, hi=DAYS_MAX, required=True)
