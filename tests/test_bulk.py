"""kam.store.bulk: the bulk INSERT of large loads, and its background writer (SQLite, a JSON array a batch)
against the driver's executemany: the same rows, the same stored values and types, all or nothing."""

from __future__ import annotations

import datetime as dt
import functools
import threading
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    exc,
    select,
)
from tests_support import TEST_DB_KEY, connect_raw

from kam.model.base import Money, SealedText, UTCDateTime, new_gid, new_gids
from kam.store import bulk
from kam.store.bulk import BackgroundInserts, insert_rows
from kam.store.db import make_engine
from kam.store.dbkey import DbKey


def _table(metadata: MetaData, name: str) -> Table:
    return Table(name, metadata,
                 Column("id", Integer, primary_key=True),
                 Column("name", String(200), nullable=False),
                 Column("note", Text),
                 Column("amount", Money),
                 Column("day", Date),
                 Column("at", UTCDateTime),
                 Column("flag", Boolean),
                 Column("data", JSON),
                 Column("sealed", SealedText),
                 Column("unit", String(20), default="pcs"),
                 Column("gid", String(36), default=new_gid, unique=True))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An encrypted file: SQLCipher's SQLite is recent enough for the background writer."""
    e = make_engine(f"sqlite:///{tmp_path / 'bulk.sqlite3'}", DbKey(TEST_DB_KEY, True, "test"))
    yield e
    e.dispose()


def _rows(n: int, start: int = 1) -> list[dict[str, Any]]:
    texts = ["华东精密", "鼎新電子", "O'Brien \"Ltd\"", "line\nbreak\ttab", "emoji 🚚 𠮷", "back\\slash", "", "x" * 500]
    return [{"id": start + i, "name": texts[i % len(texts)], "note": None if i % 3 else f"note {i}",
             "amount": None if i % 7 == 0 else Decimal(f"{(i * 7919) % 100000}.{i % 100:02d}") * (-1 if i % 5 == 0 else 1),
             "day": dt.date(2026, 1 + i % 12, 1 + i % 28),
             "at": dt.datetime(2026, 3, 1, 8, tzinfo=dt.UTC) + dt.timedelta(seconds=i * 3607, microseconds=i),
             "flag": i % 2 == 0, "data": {"k": i, "t": "值"} if i % 4 else None,
             "sealed": None if i % 6 == 0 else bytes([i % 256, 0, 255, 10]) * (1 + i % 3)} for i in range(n)]


def _stored(engine: Engine, table: str) -> list[tuple[Any, ...]]:
    """Every stored value with its SQLite storage class, in id order (the global ids apart: they differ)."""
    cols = ["id", "name", "note", "amount", "day", "at", "flag", "data", "sealed", "unit"]
    picks = ", ".join(f'"{c}", typeof("{c}")' for c in cols)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(f'SELECT {picks} FROM "{table}" ORDER BY id')]


def _gids(engine: Engine, table: str) -> list[str]:
    with engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(f'SELECT gid FROM "{table}" ORDER BY id')]


@pytest.mark.parametrize("sizes", [[1], [300], [50, 1, 2, 120]])
def test_the_background_writer_stores_what_executemany_stores(engine: Engine, sizes: list[int]) -> None:
    md = MetaData()
    plain, background = _table(md, "plain"), _table(md, "background")
    md.create_all(engine)
    start = 1
    with engine.begin() as conn:
        with BackgroundInserts(conn) as sink:
            assert sink.background  # this test is about the writer thread, not the fallback
            for n in sizes:
                assert sink.insert(background, _rows(n, start)) == n
                start += n
        assert sink.written == sum(sizes)
        start = 1
        for n in sizes:
            assert insert_rows(conn, plain, _rows(n, start)) == n
            start += n
    stored = _stored(engine, "background")
    assert stored == _stored(engine, "plain")
    assert len(stored) == sum(sizes)
    # the values are what the column types read back, whichever way they were written
    with engine.connect() as conn:
        got = conn.execute(select(background).order_by(background.c.id)).all()
    want: list[dict[str, Any]] = []
    start = 1
    for n in sizes:
        want += _rows(n, start)
        start += n
    for row, expected in zip(got, want, strict=True):
        for key, value in expected.items():
            if isinstance(value, bytes):
                assert bytes(getattr(row, key)) == value
            else:
                assert getattr(row, key) == value, key
        assert row.unit == "pcs"
    gids = _gids(engine, "background")
    assert len(set(gids)) == len(gids)
    assert all(uuid.UUID(g).version == 7 for g in gids)


def test_a_batch_of_one_value_throughout_is_written_in_full(engine: Engine) -> None:
    """Columns with one value in every row are bound once: a batch where that is every column but the key."""
    md = MetaData()
    t = Table("same", md, Column("id", Integer, primary_key=True), Column("kind", String(10)),
              Column("blob", SealedText), Column("n", Integer))
    md.create_all(engine)
    with engine.begin() as conn, BackgroundInserts(conn) as sink:
        sink.insert(t, [{"id": i, "kind": "a", "blob": b"\x00\x01", "n": None} for i in range(1, 6)])
        sink.insert(t, [{"id": 6, "kind": None, "blob": None, "n": 7}])
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, kind, blob, typeof(blob), n FROM same ORDER BY id").all()
    assert [tuple(r) for r in rows] == [(i, "a", b"\x00\x01", "blob", None) for i in range(1, 6)] + \
        [(6, None, None, "null", 7)]


def test_a_failed_batch_is_raised_and_nothing_is_kept(engine: Engine) -> None:
    md = MetaData()
    t = _table(md, "t")
    md.create_all(engine)

    def load() -> None:
        with engine.begin() as conn, BackgroundInserts(conn) as sink:
            sink.insert(t, _rows(100))
            sink.insert(t, _rows(10, start=50))  # the same ids again
            sink.insert(t, _rows(10, start=500))

    with pytest.raises(exc.IntegrityError):
        load()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    assert not any(th.name == "kam-bulk-insert" for th in threading.enumerate())


def test_a_failure_of_the_caller_stops_the_writer_and_nothing_is_kept(engine: Engine) -> None:
    md = MetaData()
    t = _table(md, "t")
    md.create_all(engine)

    def load() -> None:
        with engine.begin() as conn, BackgroundInserts(conn) as sink:
            for k in range(5):
                sink.insert(t, _rows(2000, start=1 + 2000 * k))
            raise KeyboardInterrupt  # the person pressed Ctrl+C while the next batch was being made

    with pytest.raises(KeyboardInterrupt):
        load()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    assert not any(th.name == "kam-bulk-insert" for th in threading.enumerate())


def test_a_value_json_cannot_carry_is_refused_before_anything_is_handed_over(engine: Engine) -> None:
    md = MetaData()
    t = Table("odd", md, Column("id", Integer, primary_key=True), Column("v", String(10)))
    md.create_all(engine)

    sinks: list[BackgroundInserts] = []

    def load() -> None:
        with engine.begin() as conn, BackgroundInserts(conn) as sink:
            sinks.append(sink)
            sink.insert(t, [{"id": 1, "v": "a"}, {"id": 2, "v": object()}])

    with pytest.raises(TypeError):
        load()
    assert sinks[0].written == 0
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM odd").scalar() == 0


def test_without_the_writer_thread_it_is_the_plain_bulk_insert(engine: Engine) -> None:
    md = MetaData()
    t = _table(md, "t")
    md.create_all(engine)
    with engine.begin() as conn, BackgroundInserts(conn, background=False) as sink:
        assert not sink.background
        assert sink.insert(t, _rows(30)) == 30
        assert sink.written == 30
    assert len(_stored(engine, "t")) == 30


def test_many_global_ids_at_once_are_what_one_at_a_time_would_be() -> None:
    ids = new_gids(5000) + [new_gid()] + new_gids(3)
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)  # time-ordered and rising, also across the batches
    for g in ids:
        u = uuid.UUID(g)
        assert (u.version, u.variant) == (7, uuid.RFC_4122)
        assert str(u) == g
    assert getattr(new_gid, "many", None) is new_gids  # what the bulk insert asks a column default for


def test_the_demo_writes_the_same_rows_with_or_without_the_writer_thread(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`kam demo --scale`'s rows through the background writer and through executemany: every table the same
    (the global ids and the register's sealed fields apart: they are random)."""
    from kam import demo
    from kam.app import bootstrap

    used: list[bool] = []

    def sink(conn: Any, background: bool) -> BackgroundInserts:
        made = bulk.BackgroundInserts(conn, background=background)
        used.append(made.background)
        return made

    def build(name: str, background: bool) -> Path:
        monkeypatch.setattr(demo, "BackgroundInserts", functools.partial(sink, background=background))
        path = tmp_path / name
        c = bootstrap(str(path))
        try:
            c.services.register.set_up(demo.DEMO_REGISTER_PASSPHRASE)
            with c.engine.begin() as conn:
                demo.load(conn, dt.date(2026, 11, 20), scale=9, register_key=c.services.vault.key())
        finally:
            c.close()
        return path

    a, b = build("a.sqlite3", True), build("b.sqlite3", False)
    assert used == [True, False]  # the writer thread, then executemany
    ca, cb = connect_raw(a), connect_raw(b)
    try:
        tables = [r[0] for r in ca.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                           "('settings', 'audit_log', 'alembic_version') AND name NOT LIKE 'sqlite%'")]
        compared = 0
        for table in tables:
            info = list(ca.execute(f'PRAGMA table_info("{table}")'))
            cols = [r[1] for r in info if r[1] != "gid" and not (table == "register_items" and r[2] == "BLOB")]
            picks = ", ".join([f'"{c}", typeof("{c}")' for c in cols]  # sealed fields: random, but of one size
                              + [f'typeof("{r[1]}"), length("{r[1]}")' for r in info
                                 if table == "register_items" and r[2] == "BLOB"])
            rows_a = ca.execute(f'SELECT {picks} FROM "{table}" ORDER BY rowid').fetchall()
            assert rows_a == cb.execute(f'SELECT {picks} FROM "{table}" ORDER BY rowid').fetchall(), table
            compared += len(rows_a)
        assert compared > 3000
    finally:
        ca.close()
        cb.close()


def test_ctrl_c_while_the_last_batches_are_written_stops_the_writer_before_the_rollback(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C while ``close`` waits for the writer: the writer is stopped before the transaction ends (it must not
    go on with a closed connection, or outside the transaction), and nothing is kept."""
    md = MetaData()
    t = _table(md, "t")
    md.create_all(engine)
    joined = []
    real_join = threading.Thread.join

    def join(self: threading.Thread, timeout: float | None = None) -> None:
        if self.name == "kam-bulk-insert" and not joined:
            joined.append(self)
            raise KeyboardInterrupt  # the person pressed Ctrl+C while kam waited for the last batches
        real_join(self, timeout)

    monkeypatch.setattr(threading.Thread, "join", join)

    def load() -> None:
        with engine.begin() as conn, BackgroundInserts(conn) as sink:
            for k in range(4):
                sink.insert(t, _rows(3000, start=1 + 3000 * k))

    with pytest.raises(KeyboardInterrupt):
        load()
    assert joined
    assert not joined[0].is_alive()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0


def test_equal_values_stored_differently_are_not_bound_once(engine: Engine) -> None:
    """A column is bound once only when its rows hold the same value, stored the same: 1 and 1.0 are equal but a
    JSON column keeps them apart, as do two aware times of the same instant in a plain DateTime column."""
    from sqlalchemy import DateTime

    md = MetaData()
    t = Table("eq", md, Column("id", Integer, primary_key=True), Column("data", JSON), Column("at", DateTime),
              Column("sealed", SealedText), Column("name", String(10)))
    md.create_all(engine)
    utc = dt.datetime(2026, 3, 1, 8, tzinfo=dt.UTC)
    plus1 = utc.astimezone(dt.timezone(dt.timedelta(hours=1)))
    rows = [{"id": 1, "data": {"a": 1}, "at": utc, "sealed": b"\x01", "name": "same"},
            {"id": 2, "data": {"a": 1.0}, "at": plus1, "sealed": b"\x02\x03", "name": "same"}]
    copy = Table("eq_plain", md, *(Column(c.name, c.type, primary_key=c.primary_key) for c in t.columns))
    md.create_all(engine)
    with engine.begin() as conn:
        with BackgroundInserts(conn) as sink:
            sink.insert(t, rows)
        insert_rows(conn, copy, rows)
    with engine.connect() as conn:
        got = conn.exec_driver_sql("SELECT data, at, sealed, typeof(sealed), name FROM eq ORDER BY id").all()
        want = conn.exec_driver_sql("SELECT data, at, sealed, typeof(sealed), name FROM eq_plain ORDER BY id").all()
    assert [tuple(r) for r in got] == [tuple(r) for r in want]
    assert got[1][0] != got[0][0]  # {"a": 1.0} kept as written
    assert got[0][2:4] == (b"\x01", "blob")  # a varying blob after a column bound once
