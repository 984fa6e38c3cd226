"""Models and migrations agree; one head; round trips keep data; unsafe files are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from tests_support import connect_raw

from kam.app import bootstrap
from kam.errors import DatabaseRefused
from kam.model import Base
from kam.store.db import make_engine, sqlite_url
from kam.store.migrate import prepare, run_downgrade, run_upgrade
from kam.store.schema import alembic_config


def test_exactly_one_head() -> None:
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_models_and_migrations_agree(db_path: Path) -> None:
    engine = make_engine(sqlite_url(db_path))
    prepare(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    engine.dispose()
    assert diff == []


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in names}


def test_downgrade_upgrade_round_trip_keeps_every_row(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """Every table that survives a downgrade keeps every row, through table rebuilds too.

    0002 rebuilds ``accounts`` in batch mode; with foreign keys on, that rebuild
    would cascade-delete people, contacts and transactions.
    """
    engine = demo_ctx.engine
    before = _counts(engine)
    assert before["people"] > 100
    assert before["transactions"] > 1000
    script = ScriptDirectory.from_config(alembic_config())
    for rev in [s.revision for s in script.walk_revisions()][1:]:  # every revision below head
        run_downgrade(engine, rev)
        survived = _counts(engine)
        assert {"accounts", "people", "transactions"} <= set(survived)
        assert survived == {t: before[t] for t in survived}, f"downgrade to {rev} lost rows"
        run_upgrade(engine, "head")
        after = _counts(engine)
        assert {t: after[t] for t in survived} == survived, f"upgrade from {rev} lost rows"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_database_behind_head_is_backed_up_then_upgraded(db_path: Path) -> None:
    engine = make_engine(sqlite_url(db_path))
    run_upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (name_en, ka_type, currency, version, created_at, "
                             "updated_at) VALUES ('Old Co', 'economic', 'CNY', 1, '2026-01-01', '2026-01-01')")
    engine.dispose()
    ctx = bootstrap(str(db_path))
    assert ctx.upgrade.from_revision == "0001"
    backup = ctx.upgrade.backup
    assert backup is not None
    assert backup.exists()
    assert backup.parent == db_path.parent
    with connect_raw(backup) as b:
        assert b.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert b.execute("SELECT name_en FROM accounts").fetchall() == [("Old Co",)]
    assert [r.name for r in ctx.services.accounts.rows()] == ["Old Co"]
    ctx.close()


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    bootstrap(str(db_path)).close()
    with connect_raw(db_path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseRefused, match="newer version of kam"):
        bootstrap(str(db_path))
    assert db_path.read_bytes() == before


def test_non_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my notes, not a database.\n" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="not a kam database"):
        bootstrap(str(path))
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("notes*-wal"))


def test_other_apps_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        c.execute("INSERT INTO recipes (name) VALUES ('dumplings')")
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="not a kam database"):
        bootstrap(str(path))
    assert path.read_bytes() == before


def test_pragmas(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_fast_head_lookup_agrees_with_alembic() -> None:
    from kam.store.schema import head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {s.revision for s in script.walk_revisions()}


def test_paths_with_spaces_percent_and_hash(tmp_path: Path) -> None:
    """Windows profiles have spaces (C:\\Users\\Li Na); a % or # must not break the SQLite URI."""
    folder = tmp_path / "Li Na" / "100% 客户 #1"
    folder.mkdir(parents=True)
    db = folder / "kam.sqlite3"
    ctx = bootstrap(str(db))
    ctx.services.accounts.create(name_en="A")
    ctx.close()
    again = bootstrap(str(db))  # judged through the read-only URI, then upgraded/opened
    assert [r.name for r in again.services.accounts.rows()] == ["A"]
    again.close()
