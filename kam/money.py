"""How an SQLite file keeps money: ``kam.model.base.Money`` stores an exact decimal with four places as an
integer of 1/10 000ths (SQLite has no exact decimal type). The scale is written here once, without SQLAlchemy:
the column type and the reads through a plain DB-API connection (``kam.analysis.reads``,
``kam.reports.brief_reads``, ``kam.first_view``) all decode with it."""

from __future__ import annotations

from decimal import Decimal

MONEY_SCALE = 4
MONEY_FACTOR = Decimal(10) ** MONEY_SCALE


def from_stored(value: int | None) -> Decimal | None:
    """A Money column's value as SQLite keeps it, as the column type reads it (None stays None)."""
    return None if value is None else Decimal(int(value)) / MONEY_FACTOR
