"""Whole rows kept for an undo: read with every column (id, version, timestamps) and written back as they were.

A row put back through the ORM would get a new ``created_at``, ``updated_at`` and ``version`` (their defaults),
and one added again without its id a new id (on PostgreSQL, from the sequence): the undo history after it would
then point at a row that no longer exists. ``rows`` reads what ``put_back`` inserts again unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, Table, select, update
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



def tree(s: Session, model: type[Base], row_id: int) -> dict[str, Any]:
    """The row ``row_id`` of ``model`` and every row that goes with it when it is deleted (ON DELETE CASCADE,
    followed down), whole, by table name; and under ``"refs"`` the references from other rows that the delete
    sets to NULL (ON DELETE SET NULL), for ``put_back_tree``."""
    root = table_of(model)
    key = next(iter(root.primary_key.columns))
    tables: dict[str, list[dict[str, Any]]] = {
        root.name: [dict(r) for r in s.execute(select(root).where(key == row_id)).mappings()]}
    refs: list[dict[str, Any]] = []
    todo: list[tuple[Table, list[Any]]] = [(root, [row_id])]
    while todo:
        table, ids = todo.pop()
        for other in Base.metadata.sorted_tables:
            for fk in other.foreign_keys:
                if fk.column.table is not table or not fk.ondelete:
                    continue
                found = [dict(r) for r in s.execute(select(other).where(fk.parent.in_(ids))).mappings()]
                if not found:
                    continue
                pk = [c.name for c in other.primary_key.columns]
                if fk.ondelete.upper() == "CASCADE":
                    tables.setdefault(other.name, []).extend(found)
                    if len(pk) == 1:
                        todo.append((other, [r[pk[0]] for r in found]))
                elif fk.ondelete.upper() == "SET NULL":
                    refs.extend({"table": other.name, "key": {c: r[c] for c in pk}, "column": fk.parent.name,
                                 "value": r[fk.parent.name]} for r in found)
    return {"tables": tables, "refs": refs}


def put_back_tree(s: Session, kept: Mapping[str, Any]) -> None:
    """Insert again what ``tree`` kept, parents first, as it was; the references a delete set to NULL point at
    it again where they are still NULL (a row the tree holds itself is back whole already)."""
    s.flush()
    tables = kept["tables"]
    for table in Base.metadata.sorted_tables:
        if tables.get(table.name):
            s.execute(table.insert(), tables[table.name])
    for ref in kept["refs"]:
        table = Base.metadata.tables[ref["table"]]
        column = table.c[ref["column"]]
        where = [table.c[c] == v for c, v in ref["key"].items()]
        s.execute(update(table).where(*where, column.is_(None)).values({column.name: ref["value"]}))



def as_was(row: Any) -> dict[str, Any]:
    """What a move into or out of the trash changes (``deleted_at``, the version, ``updated_at``), as it was
    before it: kept in the move's ``Change.before`` for ``step_back``."""
    return {"version": row.version, "updated_at": row.updated_at, "deleted_at": row.deleted_at}


def step_back(s: Session, row: Any, before: Mapping[str, Any] | None) -> bool:
    """Undo a move into or out of the trash exactly, or redo it after such an undo: with nothing changed since
    (``before`` from ``as_was`` of that move or undo, the row one version on or back from it), the row gets back
    its ``deleted_at``, version and ``updated_at`` as they were. Returns False (nothing done) otherwise: the
    caller then moves the row as a new move."""
    if before is None or abs(row.version - before["version"]) != 1:
        return False
    model = type(row)
    s.flush()
    s.execute(update(model).where(model.id == row.id, model.version == row.version)
              .values(deleted_at=before["deleted_at"], version=before["version"], updated_at=before["updated_at"])
              .execution_options(synchronize_session=False))
    s.expire(row)
    return True
