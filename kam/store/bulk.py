"""Fast bulk INSERT for large loads (demo generator, importers).

SQLAlchemy's executemany builds a parameter dict per row through the compiler
(≈ 10 µs a row); for a million transactions that alone is ten seconds. Here
the statement is compiled once, each column's own bind processor (so Money
and UTCDateTime keep their exact conversions) is applied in a tight loop, and
the rows go to the driver's executemany inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table


def insert_rows(conn: Connection, table: Table, rows: Iterable[Mapping[str, Any]], chunk: int = 20000) -> int:
    """Insert ``rows`` (all with the same keys) into ``table``; returns the count."""
    rows = list(rows)
    if not rows:
        return 0
    keys = list(rows[0])
    # columns with a Python-side default that the rows do not mention (a newer column, the sync's global id):
    # a scalar default is the same for every row, a callable one (kam.model.base.new_gid) is made per row
    missing = [c for c in table.columns if c.name not in keys and c.default is not None and not c.primary_key
               and (c.default.is_scalar or c.default.is_callable)]
    fixed = [(c.name, c.default.arg) for c in missing if c.default.is_scalar]  # type: ignore[union-attr]
    made = [(c.name, c.default.arg) for c in missing if c.default.is_callable]  # type: ignore[union-attr]
    given = len(keys)
    keys += [name for name, _v in fixed] + [name for name, _fn in made]
    fixed_values = [value for _n, value in fixed]
    makers = [fn for _n, fn in made]
    dialect = conn.dialect
    compiled = table.insert().compile(dialect=dialect, column_keys=keys)
    procs = [(i, proc) for i, k in enumerate(keys)
             if (proc := table.c[k].type._cached_bind_processor(dialect)) is not None]
    positional = compiled.positiontup is not None
    order = list(compiled.positiontup) if positional else keys  # type: ignore[arg-type]
    # a row's values in ``keys`` order, then in the statement's order: C-level item getters, not a Python loop
    taken = itemgetter(*keys[:given]) if given > 1 else (lambda row: (row[keys[0]],))
    index = [keys.index(k) for k in order]
    arranged = itemgetter(*index) if len(index) > 1 else (lambda values: (values[index[0]],))
    params: list[Any] = []
    total = 0
    for row in rows:
        values = [*taken(row), *fixed_values]
        for fn in makers:
            values.append(fn(None))
        for i, proc in procs:
            values[i] = proc(values[i])
        params.append(arranged(values) if positional else dict(zip(keys, values, strict=True)))
        if len(params) >= chunk:
            conn.exec_driver_sql(compiled.string, params)
            total += len(params)
            params = []
    if params:
        conn.exec_driver_sql(compiled.string, params)
        total += len(params)
    return total
