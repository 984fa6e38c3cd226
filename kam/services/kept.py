"""Whole rows kept for an undo: read with every column (id, version, timestamps) and written back as they were.

A row put back through the ORM would get a new ``created_at``, ``updated_at`` and ``version`` (their defaults),
and one added again without its id a new id (on PostgreSQL, from the sequence): the undo history after it would
then point at a row that no longer exists. ``rows`` reads what ``put_back`` inserts again unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from kam.model.base import Base, table_of


def rows(s: Session, model: type[Base], *where: ColumnElement[bool]) -> list[dict[str, Any]]:
    """Every column of the rows of ``model`` matching ``where``, by column name, in primary-key order."""
    table = table_of(model)
    query = select(table).where(*where).order_by(*table.primary_key.columns)
    return [dict(r) for r in s.execute(query).mappings()]


def put_back(s: Session, model: type[Base], kept: Iterable[Mapping[str, Any]]) -> None:
    """Insert ``kept`` rows (from ``rows``) as they were: same ids, versions and timestamps."""
    values = [dict(r) for r in kept]
    if values:
        s.flush()  # what the session holds goes first (a parent row the kept ones point at)
        s.execute(table_of(model).insert(), values)
