"""Fast bulk INSERT for large loads (demo generator, importers).

SQLAlchemy's executemany builds a parameter dict per row through the compiler
(≈ 10 µs a row); for a million transactions that alone is ten seconds. Here
the statement is compiled once, each column's own bind processor (so Money
and UTCDateTime keep their exact conversions) is applied in a tight loop, and
the rows go to the driver's executemany inside the caller's transaction.

``BackgroundInserts`` goes one step further for a large SQLite load (``kam demo --scale``): SQLite's own
work (the B-trees, the indexes, SQLCipher's page encryption) runs on a second thread while the caller makes
the next rows. An executemany cannot be overlapped so — the driver takes Python's interpreter lock back for
every row, and a thread that needs it once a row waits behind the one making rows — so each batch goes to
SQLite as one JSON array and one ``INSERT … SELECT … FROM jsonb_each(?)``: a single statement, all of it in C
with the lock released.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from itertools import repeat
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import Connection, LargeBinary, Table
from sqlalchemy.engine import Dialect

_STORED_AS_EQUAL = (type(None), str, int, bool, bytes, dt.date)


class _Columns:
    """A batch of rows as columns, each value as the driver takes it: ``values[i]`` is column ``keys[i]``'s,
    ``single[i]`` tells that it is one value for every row (``values[i]`` is then that value)."""

    def __init__(self, keys: list[str], values: list[Any], single: list[bool], count: int) -> None:
        self.keys, self.values, self.single, self.count = keys, values, single, count

    def rows(self, order: list[str]) -> list[tuple[Any, ...]]:
        """Each row's values in ``order``."""
        return list(zip(*(repeat(self.values[i], self.count) if self.single[i] else self.values[i]
                          for i in map(self.keys.index, order)), strict=True))


def _columns(table: Table, dialect: Dialect, rows: Sequence[Mapping[str, Any]]) -> _Columns:
    """``rows`` (all with the same keys) as the driver takes them: each column's bind processor applied (once
    for a column that holds one value of one type throughout: a generated person has 40 columns, half of them
    empty), and the Python-side defaults the rows do not mention filled in."""
    keys = list(rows[0])
    n = len(rows)
    # columns with a Python-side default that the rows do not mention (a newer column, the sync's global id):
    # a scalar default is the same for every row, a callable one (kam.model.base.new_gid) is made per row — by
    # a default that makes many at once (``new_gid.many``), once for the whole batch
    missing = [c for c in table.columns if c.name not in keys and c.default is not None and not c.primary_key
               and (c.default.is_scalar or c.default.is_callable)]
    raw: list[Sequence[Any]] = list(zip(*map(itemgetter(*keys), rows), strict=True)) if len(keys) > 1 else \
        [[row[keys[0]] for row in rows]]
    for c in missing:
        keys.append(c.name)
        fn = c.default.arg  # type: ignore[union-attr]
        if c.default.is_scalar:  # type: ignore[union-attr]
            raw.append([fn] * n)
        else:
            raw.append(fn.many(n) if hasattr(fn, "many") else [fn(None) for _ in range(n)])
    values: list[Any] = []
    single: list[bool] = []
    for k, column in zip(keys, raw, strict=True):
        proc = table.c[k].type._cached_bind_processor(dialect)
        first = column[0]
        # one value throughout: equal and of one type, and — unless equal values of that type are stored alike
        # (1.0 == 1 in a JSON column, 08:00+00:00 == 09:00+01:00 in a plain DateTime) — the very same object
        one = column.count(first) == n and len(set(map(type, column))) == 1 and (
            type(first) in _STORED_AS_EQUAL or len(set(map(id, column))) == 1)
        values.append((proc(first) if proc else first) if one else list(map(proc, column)) if proc else column)
        single.append(one)
    return _Columns(keys, values, single, n)


def insert_rows(conn: Connection, table: Table, rows: Iterable[Mapping[str, Any]], chunk: int = 20000) -> int:
    """Insert ``rows`` (all with the same keys) into ``table``; returns the count."""
    rows = list(rows)
    if not rows:
        return 0
    dialect = conn.dialect
    columns = _columns(table, dialect, rows)
    compiled = table.insert().compile(dialect=dialect, column_keys=columns.keys)
    if compiled.positiontup is not None:  # the values in the statement's order
        params: list[Any] = columns.rows(list(compiled.positiontup))
    else:
        params = [dict(zip(columns.keys, values, strict=True)) for values in columns.rows(columns.keys)]
    for start in range(0, len(params), chunk):
        conn.exec_driver_sql(compiled.string, params[start:start + chunk])
    return len(params)


class BackgroundInserts:
    """Inserts batches of rows through ``conn`` (inside its transaction), on SQLite from a second thread.

    ``insert`` binds the rows on the calling thread and hands them over; the writer runs the statements in
    the order they were given (parents before children stay so). While the writer works, the caller must not
    use ``conn``: ``close`` waits for the last statement and raises the writer's error if it had one (nothing
    after a failed statement runs). ``abort`` stops the writer at once (the running statement is interrupted,
    and SQLite then ends the whole transaction). Either way the caller's transaction must be rolled back, as
    for any failed write: ``conn`` must be in a transaction (``engine.begin()``), and leaving the ``with``
    block by an exception, even one raised while ``close`` waits (Ctrl+C), aborts the writer before the
    transaction ends. On another database, an SQLite older than 3.45, or with ``background=False``,
    ``insert`` is ``insert_rows``.

    The JSON carries what kam's column types give the driver on SQLite: integers within 64 bits (money is
    stored as an integer of 1/10 000ths), text, NULL, and bytes as hex (``unhex``); for those SQLite stores
    exactly what an executemany would (``tests/test_bulk.py`` compares the two). It is not a general
    replacement: a float infinity would arrive as NULL, an integer of 2^63 or more as a REAL, and values the
    driver refuses (a UUID, a list in a text column) as text.
    """

    def __init__(self, conn: Connection, *, background: bool = True, depth: int = 2) -> None:
        if not conn.in_transaction():
            raise ValueError("BackgroundInserts needs a connection in a transaction (engine.begin())")
        self.conn = conn
        # jsonb_each and unhex: SQLite 3.45 (SQLCipher 4.6's is 3.46; Python 3.11's own sqlite3 may be older)
        self.background = background and conn.dialect.name == "sqlite" and \
            (conn.dialect.server_version_info or ()) >= (3, 45)
        self.written = 0  # rows the writer has inserted so far
        self._error: BaseException | None = None
        self._stop = False
        self._running = False  # the writer is in a statement (an interrupt now stops that one, not a later one)
        self._statements: dict[tuple[Table, tuple[str, ...], tuple[int, ...]], tuple[str, list[int]]] = {}
        self._queue: queue.Queue[tuple[str, tuple[Any, ...], int] | None] = queue.Queue(maxsize=depth)
        self._thread: threading.Thread | None = None
        if self.background:
            self._thread = threading.Thread(target=self._write, name="kam-bulk-insert", daemon=True)
            self._thread.start()

    def insert(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> int:
        """Hand ``rows`` (all with the same keys) over for ``table``; returns their count."""
        self._raise()
        if not rows:
            return 0
        if not self.background:
            n = insert_rows(self.conn, table, rows)
            self.written += n
            return n
        columns = _columns(table, self.conn.dialect, rows)
        same = tuple(i for i, one in enumerate(columns.single) if one)  # bound once, not carried in each row
        sql, binary = self._statement(table, columns.keys, same)
        varying = [column for one, column in zip(columns.single, columns.values, strict=True) if not one]
        for i in binary:  # (positions among the varying columns)
            varying[i] = [None if v is None else bytes(v).hex() for v in varying[i]]
        n = columns.count
        # orjson: the same text as the json module's, at a fifth of the time (a scaled demo's batches took it 7 s);
        # a datetime without its column's processor is refused, as the json module would
        payload = orjson.dumps(list(zip(*varying, strict=True)) if varying else [()] * n,
                               option=orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS).decode()
        self._put((sql, (*(columns.values[i] for i in same), payload), n))
        return n

    def close(self) -> None:
        """Wait until everything handed over is written; raise the writer's error if it had one. Interrupted
        while waiting (Ctrl+C, the writer's error), it stops the writer before it lets the exception go."""
        if self._thread is not None:
            try:
                self._put(None)
                self._thread.join()
            except BaseException:
                self.abort()
                raise
            self._thread = None
        self._raise()

    def abort(self) -> None:
        """Stop writing: what is queued is dropped, the running statement interrupted (the caller rolls back).
        Returns only once the writer has stopped: it must not outlive the transaction."""
        thread = self._thread
        if thread is None:
            return
        self._stop = True
        while True:  # make room for the end mark without blocking on a full queue
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        if self._running:
            with suppress(Exception):  # (only to stop sooner: without it the running statement ends by itself)
                self.conn.connection.driver_connection.interrupt()  # type: ignore[union-attr]
        self._queue.put(None)
        while thread.is_alive():  # a second Ctrl+C does not leave it running: the first is on its way up
            with suppress(KeyboardInterrupt):
                thread.join()
        self._thread = None

    def __enter__(self) -> BackgroundInserts:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_rest: Any) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    # --- the writer

    def _statement(self, table: Table, keys: list[str], same: tuple[int, ...]) -> tuple[str, list[int]]:
        """The INSERT … SELECT over a JSON array of rows for ``table`` and these columns, those in ``same``
        bound as parameters (in their order, before the JSON), and which of the JSON's columns are bytes (sent
        as hex)."""
        cached = self._statements.get((table, tuple(keys), same))
        if cached is None:
            q = self.conn.dialect.identifier_preparer
            picks, binary = [], []
            for i, k in enumerate(keys):
                if i in same:
                    picks.append("?")
                    continue
                at = i - sum(j < i for j in same)  # its position in a row of the JSON
                if isinstance(table.c[k].type, LargeBinary) or isinstance(getattr(table.c[k].type, "impl", None),
                                                                          LargeBinary):
                    binary.append(at)
                    picks.append(f"unhex(value ->> {at})")
                else:
                    picks.append(f"value ->> {at}")
            sql = (f"INSERT INTO {q.format_table(table)} ({', '.join(q.quote(k) for k in keys)}) "
                   f"SELECT {', '.join(picks)} FROM jsonb_each(?)")
            cached = self._statements[(table, tuple(keys), same)] = (sql, binary)
        return cached

    def _put(self, item: tuple[str, tuple[Any, ...], int] | None) -> None:
        while True:  # a writer that failed stops taking batches: do not wait for it forever
            try:
                self._queue.put(item, timeout=0.5)
                return
            except queue.Full:
                self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            self._stop = True
            raise error

    def _write(self) -> None:
        run: Callable[..., Any] = self.conn.exec_driver_sql
        while (item := self._queue.get()) is not None:
            if self._stop or self._error is not None:
                continue
            sql, params, n = item
            self._running = True
            try:
                run(sql, params)
            except BaseException as exc:  # handed to the caller's thread, raised there
                self._error = exc
            else:
                self.written += n
            finally:
                self._running = False
