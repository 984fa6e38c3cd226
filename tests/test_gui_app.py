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


def test_a_first_view_screenshot_is_taken_when_the_list_and_the_dossier_show(demo_db: Path, tmp_path: Path) -> None:
    """`--first-view` (what the start-up benchmark times) captures the window as soon as the account list and the
    first dossier show, without waiting for the reminders; the process still ends cleanly."""
    copy = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, copy)
    png = tmp_path / "first.png"
    res = kam_cli("--db", str(copy), "gui", "--screenshot", str(png), "--first-view", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert png.read_bytes().startswith(b"\x89PNG")
    assert "Traceback" not in res.stderr


def test_screenshot_of_a_view_over_the_window(demo_db: Path, tmp_path: Path) -> None:
    """`--show` opens what the README shows (here the portfolio's tier moves) and `--size` sets the window's size;
    the PNG is the view, not the main window."""
    from PySide6.QtGui import QImage

    copy = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, copy)
    window, view = tmp_path / "window.png", tmp_path / "tiers.png"
    res = kam_cli("--db", str(copy), "gui", "--size", "1366x768", "--screenshot", str(window), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert QImage(str(window)).size().toTuple() == (1366, 768)
    res = kam_cli("--db", str(copy), "gui", "--show", "portfolio:tiers", "--screenshot", str(view), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert QImage(str(view)).size().toTuple() != (1366, 768)
    bad = kam_cli("--db", str(copy), "gui", "--show", "nosuch", "--screenshot", str(view), cwd=tmp_path)
    assert bad.returncode == 2
    assert "--show" in bad.stderr
    bad = kam_cli("--db", str(copy), "gui", "--size", "big", "--screenshot", str(view), cwd=tmp_path)
    assert bad.returncode == 2
    assert "--size" in bad.stderr


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_view_opens_and_fits_a_laptop_screen(qtbot, demo_ctx, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Each view `kam gui --show` offers opens over the window on the demo, and none needs more than a
    1366×768 screen has (its minimum, and the size it opens at, leave room for a title bar and the taskbar)."""
    from tests_support import GROUP

    from kam.vocab import GUI_VIEWS
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.views import open_view

    i18n.install(lang)
    try:
        demo_ctx.act_as("li.na")
        win = MainWindow(lang, settings=Settings())
        qtbot.addWidget(win)
        win.attach(demo_ctx.services)
        win.show()
        win.open_account(account_id(demo_ctx.services, GROUP))
        for view in GUI_VIEWS:
            shown = open_view(win, view)
            assert shown.isVisible(), view
            if shown is not win:
                assert shown.minimumSizeHint().height() <= 600, view
                assert shown.height() <= 700, view
                assert shown.width() <= 1366, view
            if shown is not win and shown is not win.portfolio:
                shown.close()
                shown.deleteLater()
        win.detach()
    finally:
        i18n.install("en")
