"""Declarative base, column types and mixins shared by every part of the dossier."""

from __future__ import annotations

import datetime as dt
import os
import time
from decimal import Decimal
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import BigInteger, DateTime, Integer, LargeBinary, MetaData, Numeric, String, Table
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from kam.money import MONEY_FACTOR, MONEY_SCALE

# Named constraints: SQLite batch migrations must be able to find and drop them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp on every backend.

    Naive datetimes are refused: a time without a zone is a bug waiting for
    the first KAM who travels.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: timestamps must carry a time zone")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def _scaled_money(value: Any) -> int | None:
    """A money value as SQLite keeps it: an integer of 1/10 000ths (``Money``)."""
    if type(value) is Decimal:  # the usual case first: the exponent moved, no product made (a third faster)
        return int(value.scaleb(MONEY_SCALE).to_integral_value())
    if value is None:
        return None
    if isinstance(value, float):
        raise TypeError("money must be Decimal, int or str, never float")
    return int((Decimal(value) * MONEY_FACTOR).to_integral_value())


_PG_NUMERIC = 1700  # the type oid psycopg reports for a NUMERIC result column


class Money(TypeDecorator[Decimal]):
    """An exact decimal with four places: money, quantities, prices.

    PostgreSQL stores NUMERIC(19,4). SQLite has no exact decimal type (its
    NUMERIC affinity turns 0.1 into a float), so there the value is stored as
    a scaled 64-bit integer; SUM() over it stays exact and the result comes
    back as a Decimal through this type.
    """

    impl = Numeric(19, MONEY_SCALE)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(19, MONEY_SCALE, asdecimal=True))

    def bind_processor(self, dialect: Dialect) -> Any:
        # SQLite: the conversion itself, without TypeDecorator's wrapper around process_bind_param (its BigInteger
        # has no processor of its own): a scaled demo binds six million amounts
        if dialect.name == "sqlite":
            return _scaled_money
        return super().bind_processor(dialect)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return _scaled_money(value)
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, int or str, never float")
        return Decimal(value).quantize(Decimal(1).scaleb(-MONEY_SCALE))

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        # PostgreSQL's NUMERIC comes back from psycopg as a Decimal already, and Decimal(d) is d: no call per
        # value (the portfolio reads some 200 000 of them at 5 000 accounts)
        if dialect.name == "postgresql" and coltype == _PG_NUMERIC:
            return None
        return super().result_processor(dialect, coltype)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            if isinstance(value, float):  # AVG() and friends
                return (Decimal(repr(value)) / MONEY_FACTOR).quantize(Decimal("0.0001"))
            return Decimal(int(value)) / MONEY_FACTOR
        return Decimal(value)

    def coerce_compared_value(self, op: Any, value: Any) -> Any:
        return self


class SealedText(TypeDecorator[bytes]):
    """Register content stored as an opaque envelope (version byte + payload).

    Services read and write the envelope through ``kam.security.register``:
    version 1 is AES-256-GCM ciphertext bound to its row and field; version 0
    (plaintext) exists only in databases from before the register had a
    passphrase and is encrypted when one is chosen.
    """

    impl = LargeBinary
    cache_ok = True


def enum_column(enum: type[StrEnum], **kw: Any) -> Any:
    """A portable enum column: stored as its code in a VARCHAR on every backend."""
    return mapped_column(
        SAEnum(
            enum,
            native_enum=False,
            length=32,
            values_callable=lambda e: [m.value for m in e],
            validate_strings=True,
        ),
        **kw,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        Decimal: Money(),
        str: String(),
    }


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Versioned:
    """Optimistic locking: an UPDATE that finds another version raises StaleDataError."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


_last_gid_ms = 0


def new_gid() -> str:
    """A stable global id for a row of the dossier: a UUIDv7 (time-ordered, so indexes stay compact).

    RFC 9562's layout, as ``uuid6.uuid7`` makes it (48 bits of Unix milliseconds, raised by one when the
    clock has not moved since the last id so that ids keep rising; version 7; 76 random bits less the two
    of the variant), formatted directly: a third of its cost (a scaled demo makes two million of them)."""
    return new_gids(1)[0]


def new_gids(n: int) -> list[str]:
    """``n`` ids, as ``n`` calls of ``new_gid`` make them, in one go (a bulk load's rows: ``kam.store.bulk``
    asks a column default for ``many``); the random bits of a large batch come from one read of the OS's
    source."""
    global _last_gid_ms
    ms = time.time_ns() // 1_000_000
    if ms <= _last_gid_ms:
        ms = _last_gid_ms + 1
    _last_gid_ms = ms + n - 1
    if n < 256:
        randoms = [_random80() for _ in range(n)]
    else:
        block, take = os.urandom(10 * n), int.from_bytes
        randoms = [take(block[i:i + 10]) for i in range(0, 10 * n, 10)]
    out = []
    for i, r in enumerate(randoms):
        x = (ms + i & 0xFFFFFFFFFFFF) << 80 | 0x7 << 76 | r & _GID_RANDOM | 0x2 << 62
        h = f"{x:032x}"
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


new_gid.many = new_gids  # type: ignore[attr-defined]


_GID_RANDOM = (1 << 76) - 1 & ~(0x3 << 62)  # the random bits: below the version, less the variant's two

# The random parts of the ids, drawn from the OS 1 024 at a time: one getrandom() call per id cost 11 % of a
# --scale 5000 build (system calls are slow in a virtual machine). A forked child must never reuse its parent's
# unused values (it would make the same ids), so it starts with an empty pool.
_random_pool: list[int] = []
os.register_at_fork(after_in_child=_random_pool.clear)


def _random80() -> int:
    """80 bits from the OS's random source (os.urandom), taken from the pool (safe from several threads:
    a pop is atomic, and a thread that finds the pool empty fills it)."""
    try:
        return _random_pool.pop()
    except IndexError:
        block = os.urandom(10 * 1024)
        _random_pool.extend(int.from_bytes(block[i:i + 10]) for i in range(10, len(block), 10))
        return int.from_bytes(block[:10])


class Synced:
    """A row of the dossier that travels between a laptop replica and the team server (``kam.sync``).

    ``gid`` names the row on every replica (integer ids differ between databases); ``srv_rev`` is the server's
    revision of the row (the server stamps it on every write; a replica keeps the revision it last synced).
    """

    gid: Mapped[str | None] = mapped_column(String(36), default=new_gid, index=True, unique=True)
    srv_rev: Mapped[int | None] = mapped_column(BigInteger, default=None, index=True)


class SoftDelete:
    """Rows in the trash keep ``deleted_at``; services hide them and can restore them."""

    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None, index=True)


def table_of(model: type[Base]) -> Table:
    """A mapped class's table, typed as one (SQLAlchemy declares ``__table__`` as any FROM clause)."""
    return cast(Table, model.__table__)
