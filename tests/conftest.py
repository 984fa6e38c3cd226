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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kam.sqlite3"


@pytest.fixture
def ctx(db_path: Path) -> Iterator[AppContext]:
    c = bootstrap(str(db_path))
    yield c
    c.close()


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


@pytest.fixture
def window(qtbot, demo_ctx):  # type: ignore[no-untyped-def]
    """The main window on a copy of the demo portfolio, acting as the KAM li.na."""
    from ui.main_window import MainWindow

    demo_ctx.act_as("li.na")
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.attach(demo_ctx.services)
    return win
