"""Test isolation: offscreen Qt, a private data directory, no real user settings touched."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: without a display pytest-qt's qapp would abort the process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from tests_support import TEST_DB_KEY

# Module- and session-scoped fixtures run before the per-test isolation below: same values.
os.environ["KAM_DB_KEY"] = TEST_DB_KEY
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from typing import Any

from pg_cluster import SUPERUSER_PASSWORD

from kam import i18n
from kam.app import AppContext, bootstrap


@pytest.fixture(autouse=True)
def _isolate(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "LOCALAPPDATA", "APPDATA"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("KAM_DB", raising=False)
    # New databases are encrypted: every test runs on SQLCipher with this raw key, and no
    # test ever touches the real credential store (tests that need one install their own).
    monkeypatch.setenv("KAM_DB_KEY", TEST_DB_KEY)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    for var in ("KAM_DB_NEW_KEY", "KAM_REGISTER_PASSPHRASE", "KAM_REGISTER_NEW_PASSPHRASE"):
        monkeypatch.delenv(var, raising=False)
    # Messages in English whatever the machine's locale (a test that wants another language says so).
    monkeypatch.setenv("KAM_LANG", "en")
    i18n.set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kam.sqlite3"


@pytest.fixture
def ctx(request: pytest.FixtureRequest, db_path: Path) -> Iterator[AppContext]:
    """A new empty database: a SQLCipher file, or (modules with ``BOTH_BACKENDS = True`` run each test
    twice) a fresh database on the session's throwaway PostgreSQL server."""
    if getattr(request, "param", "sqlite") == "postgresql":
        c = bootstrap(request.getfixturevalue("pg").new_database())
    else:
        c = bootstrap(str(db_path))
    yield c
    c.close()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "ctx" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_BACKENDS", False):
        metafunc.parametrize("ctx", ["sqlite", "postgresql"], indirect=True)


class PgServer:
    """The session's PostgreSQL cluster, with a migrated template that new test databases are copied from."""

    def __init__(self, cluster: Any) -> None:
        self.cluster = cluster
        self._n = 0
        bootstrap(cluster.create_database("kam_template")).close()

    def new_database(self) -> str:
        import psycopg

        self._n += 1
        name = f"test_{self._n}"
        with psycopg.connect(self.cluster.admin_url.replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE kam_template')
        return self.cluster.url(self.cluster.superuser, SUPERUSER_PASSWORD, name)


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    """A throwaway PostgreSQL server (initdb/pg_ctl on a free loopback port) for the whole session.

    Without a server installed the PostgreSQL tests are skipped on a developer machine, but fail in CI
    (``.ci/run`` installs Debian's ``postgresql``): they must never pass by not running."""
    from pg_cluster import find_bindir, start_cluster

    if find_bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("no PostgreSQL server installed: .ci/run installs Debian's postgresql package")
        pytest.skip("no PostgreSQL server installed (apt-get install postgresql)")
    cluster = start_cluster()
    try:
        yield PgServer(cluster)
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo portfolio per test session; tests that change it must copy it first."""
    from kam import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    c = bootstrap(str(path))
    c.services.register.set_up(demo.DEMO_REGISTER_PASSPHRASE)
    with c.engine.begin() as conn:
        demo.load(conn, dt.date.today(), register_key=c.services.vault.key())
    c.services.analysis.snapshot_tiers()
    c.close()
    return path


@pytest.fixture
def demo_ctx(demo_db: Path, tmp_path: Path) -> Iterator[AppContext]:
    import shutil

    copy = tmp_path / "demo-copy.sqlite3"
    shutil.copy(demo_db, copy)
    c = bootstrap(str(copy))
    yield c
    c.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # GUI tests are marked automatically, so `pytest -m "not gui"` stays fast.
    for item in items:
        if {"qtbot", "qapp", "qtmodeltester"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> list[str]:
    """A modal dialog would block the offscreen test run: record it instead (novelWriter's pattern)."""
    shown: list[str] = []
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return shown
    from PySide6.QtWidgets import QDialog, QMessageBox

    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2]) if len(a) > 2 else "") or 0)
    return shown


def _demo_window(qtbot, demo_ctx, user: str):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    demo_ctx.act_as(user)
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.attach(demo_ctx.services)
    return win


@pytest.fixture
def window(qtbot, demo_ctx):  # type: ignore[no-untyped-def]
    """The main window on a copy of the demo portfolio, acting as the KAM li.na."""
    return _demo_window(qtbot, demo_ctx, "li.na")


@pytest.fixture
def vp_window(qtbot, demo_ctx):  # type: ignore[no-untyped-def]
    """The main window on a copy of the demo portfolio, acting as the sales VP chen.vp (who changes the
    database's settings: value scoring, the register's attachment limit)."""
    return _demo_window(qtbot, demo_ctx, "chen.vp")


@pytest.fixture(autouse=True)
def _exact_undo(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """In a test marked ``exact_undo`` or a module with ``EXACT_UNDO = True`` (with KAM_EXACT_UNDO=1: in any GUI
    test) every edit the test makes in the window is undone, redone and undone again against whole-table
    snapshots (tests/undo_check.py). Such a test fails on what differs; with the variable, the problems go to
    the file KAM_EXACT_UNDO_LOG."""
    marked = request.node.get_closest_marker("exact_undo") is not None
    strict = marked or getattr(request.module, "EXACT_UNDO", False)
    # what holds the services and whose undo stack the test steps: the window, or a page of it
    holders = [name for name in ("window", "vp_window", "empty_window", "page") if name in request.fixturenames]
    if not (strict or os.environ.get("KAM_EXACT_UNDO")) or not holders:
        yield
        return
    from undo_check import Checker

    checker = Checker(request.getfixturevalue(holders[0]))
    checker.install(monkeypatch)
    yield
    if os.environ.get("KAM_EXACT_UNDO_LOG"):
        with open(os.environ["KAM_EXACT_UNDO_LOG"], "a", encoding="utf-8") as log:
            log.write(f"## {request.node.nodeid}: {', '.join(checker.checked)}\n")
            for line in checker.problems:
                log.write(f"{line}\n")
    if strict:
        assert checker.checked or not marked, "the test made no edit to check"
        assert not checker.problems, "\n".join(checker.problems)
