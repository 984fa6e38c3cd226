"""The application around the window (ui.app): start on a database, replace the window on a language change
and after a restore, render a screenshot — driven through the window's own signals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from tests_support import NORDHAFEN, account_id, kam_cli

from kam.store.maintenance import backup
from ui.app import Launcher


@pytest.fixture
def launcher(qtbot, demo_db: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    copy = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, copy)
    app = Launcher(db=str(copy), user="li.na", screenshot=None, account=None, lang="en", section=None)
    app.attach()
    yield app
    app.window.close()
    app.ctx.close()


def test_start_fills_the_window_and_names_the_database(launcher) -> None:  # type: ignore[no-untyped-def]
    assert launcher.code == 0
    assert launcher.window.model.rowCount() == 14
    assert launcher.window.current_account is not None  # the first account is shown
    assert launcher.window.windowTitle().endswith("kam.sqlite3")


def test_language_change_replaces_the_window_on_the_same_account(launcher) -> None:  # type: ignore[no-untyped-def]
    nordhafen = account_id(launcher.ctx.services, NORDHAFEN)
    launcher.window.open_account(nordhafen)
    old = launcher.window
    old.language_changed.emit("zh_CN")
    assert launcher.window is not old
    assert not old.isVisible()
    assert launcher.window.lang == "zh_CN"
    assert launcher.window.current_account == nordhafen
    assert launcher.window.windowTitle() == old.windowTitle()


def test_restore_reopens_the_database_with_the_backup(launcher, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    saved = backup(launcher.ctx.engine, tmp_path / "before.sqlite3")
    services = launcher.ctx.services
    services.accounts.delete(account_id(launcher.ctx.services, NORDHAFEN))
    old = launcher.window
    old.restore_requested.emit(str(saved))
    assert launcher.window is not old
    assert launcher.window.model.rowCount() == 14  # the deleted account is back
    assert account_id(launcher.ctx.services, NORDHAFEN)
    assert said
    assert str(saved) in said[0]


def test_screenshot_of_the_started_app(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, copy)
    png = tmp_path / "shot.png"
    res = kam_cli("--db", str(copy), "gui", "--screenshot", str(png), "--section", "orgchart", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert png.read_bytes().startswith(b"\x89PNG")
