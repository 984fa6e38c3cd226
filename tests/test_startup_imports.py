"""A command imports only what it uses (issue #19): what is imported, never how long it takes.

Each case runs the real `kam` entry point in a fresh interpreter and lists the modules it loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kam.app import bootstrap

HEAVY = ("alembic", "reportlab", "PySide6", "shiboken6", "openpyxl", "psycopg", "keyring", "cryptography")
UNUSED_KAM = ("kam.io", "kam.team", "kam.reports", "kam.orgchart", "kam.demo", "kam.services.planning",
              "kam.services.reports", "kam.services.reviews", "kam.services.dossier", "kam.analysis")

RUN = """
import json, sys
from kam.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stdout.flush()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def loaded(tmp_path: Path, *argv: str) -> set[str]:
    # cwd outside the checkout: `python -c` puts the cwd first on sys.path
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", RUN, *argv], capture_output=True, text=True, cwd=tmp_path,
                         check=True, env=env)
    return set(json.loads(out.stderr.strip().splitlines()[-1]))


def under(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "kam.sqlite3"
    bootstrap(str(path)).close()
    return path


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["accounts", "--help"]])
def test_help_and_version_import_no_database_library(tmp_path: Path, argv: list[str]) -> None:
    mods = loaded(tmp_path, *argv)
    assert under(mods, (*HEAVY, "sqlalchemy", "sqlcipher3", "kam.app", "kam.model", "kam.services")) == []
    if argv != ["--version"]:
        assert "importlib.metadata" not in mods  # the version is looked up only when asked


def test_the_account_list_loads_no_alembic_pdf_qt_or_unused_services(tmp_path: Path, demo_db: Path) -> None:
    mods = loaded(tmp_path, "--db", str(demo_db), "accounts", "--json")
    assert "kam.account_list" in mods  # it did run
    assert under(mods, HEAVY) == []
    assert under(mods, UNUSED_KAM) == []


@pytest.mark.parametrize("plain", [False, True], ids=["encrypted", "plain"])
def test_the_account_list_loads_no_sqlalchemy_and_no_models(tmp_path: Path, plain: bool) -> None:
    """`kam accounts` on a database that needs nothing but opening reads it through one DB-API connection
    (kam.store.quick): SQLAlchemy alone costs more than the command's whole budget on a slow laptop."""
    path = tmp_path / "kam.sqlite3"
    if plain:
        subprocess.run([sys.executable, "-m", "kam", "--db", str(path), "init", "--plain"], check=True,
                       capture_output=True, cwd=tmp_path)
    ctx = bootstrap(str(path))
    ctx.services.accounts.create(name_zh="测试客户", ka_type="strategic")
    ctx.close()
    assert (path.read_bytes()[:16] == b"SQLite format 3\x00") == plain
    mods = loaded(tmp_path, "--db", str(path), "accounts", "--json")
    assert "kam.account_list" in mods
    assert under(mods, ("sqlalchemy", "kam.model", "kam.services", "kam.app", *HEAVY)) == []


@pytest.mark.parametrize("command", ["tiers", "pareto", "scorecard"])
def test_the_portfolio_reports_load_no_sqlalchemy_alembic_pdf_or_qt(tmp_path: Path, demo_db: Path, command: str) -> None:
    """Read through one DB-API connection (kam.analysis.reads), as the account list is."""
    mods = loaded(tmp_path, "--db", str(demo_db), command, "--json")
    assert "kam.analysis.reads" in mods  # it did run
    assert under(mods, ("sqlalchemy", "kam.model", "kam.services", "kam.app", *HEAVY)) == []
    assert under(mods, ("kam.io", "kam.team", "kam.reports", "kam.orgchart")) == []


def test_tiers_through_the_services_load_no_alembic_pdf_or_qt(tmp_path: Path, demo_db: Path) -> None:
    mods = loaded(tmp_path, "--db", str(demo_db), "tiers", "--json", "--snapshot")
    assert "kam.services.analysis" in mods
    assert under(mods, HEAVY) == []
    assert under(mods, ("kam.io", "kam.team", "kam.reports", "kam.orgchart")) == []


def test_a_brief_loads_reportlab_but_no_alembic_or_qt(tmp_path: Path, demo_db: Path) -> None:
    from kam.app import bootstrap as open_db

    ctx = open_db(str(demo_db))
    account = ctx.services.accounts.create(name_zh="测试客户", ka_type="strategic")
    ctx.close()
    mods = loaded(tmp_path, "--db", str(demo_db), "brief", str(account.id), "--out", str(tmp_path / "b.pdf"))
    assert (tmp_path / "b.pdf").stat().st_size > 0
    assert "reportlab" in mods
    assert under(mods, ("alembic", "PySide6", "shiboken6", "openpyxl", "psycopg", "kam.io", "kam.team")) == []
    # read through one DB-API connection (kam.reports.brief_reads), as the account list is
    assert "kam.reports.brief_reads" in mods
    assert under(mods, ("sqlalchemy", "kam.model", "kam.services", "kam.app", "kam.orgchart")) == []


def test_a_confidential_brief_goes_through_the_services(tmp_path: Path, demo_db: Path) -> None:
    """It unlocks the register and writes an audit entry: the services' way."""
    ctx = bootstrap(str(demo_db))
    account = ctx.services.accounts.create(name_zh="测试客户", ka_type="strategic")
    ctx.close()
    mods = loaded(tmp_path, "--db", str(demo_db), "brief", str(account.id), "--include-confidential", "--reason",
                  "visit", "--out", str(tmp_path / "b.pdf"))
    assert (tmp_path / "b.pdf").stat().st_size > 0
    assert "kam.services.reports" in mods
    assert "kam.reports.brief_reads" not in mods


def test_a_team_database_at_head_is_opened_without_alembic(tmp_path: Path, pg) -> None:  # type: ignore[no-untyped-def]
    """A server database's schema version is read with one SELECT, as a file's is: Alembic is imported only to
    upgrade; `kam accounts` and `kam scorecard` on a team database read it through psycopg alone."""
    url = pg.new_database()
    bootstrap(url).close()
    mods = loaded(tmp_path, "--db", url, "tiers", "--json")
    assert "kam.services.analysis" in mods  # it did run, through open_app
    assert under(mods, ("alembic", "reportlab", "PySide6", "openpyxl", "kam.io", "kam.reports")) == []
    mods = loaded(tmp_path, "--db", url, "accounts", "--json")
    assert "kam.account_list" in mods
    assert "psycopg" in mods
    assert under(mods, ("sqlalchemy", "alembic", "kam.model", "kam.services", "kam.app")) == []
    mods = loaded(tmp_path, "--db", url, "scorecard", "--json")  # the scorecards likewise (kam.analysis.reads)
    assert "kam.analysis.scorecard" in mods
    assert under(mods, ("sqlalchemy", "alembic", "kam.model", "kam.services", "kam.app")) == []


def test_the_first_view_of_an_unbound_file_loads_no_sync_import_or_team_module(tmp_path: Path, demo_db: Path) -> None:
    """The window's first view on a laptop file that never syncs: the sync status is one plain query (no
    kam.sync.local/engine, which map every table); no Alembic, no importers, no team setup. The overview's
    boxes need nothing of the projects (their FieldForm is in ui.forms), and a capture of the first view ends
    before the reminders' read (kam.services.dossier), which starts after the first paint."""
    mods = loaded(tmp_path, "--db", str(demo_db), "gui", "--screenshot", str(tmp_path / "g.png"), "--first-view")
    assert (tmp_path / "g.png").stat().st_size > 0
    assert "kam.first_view" in mods  # it did run (whether the file is bound is its one plain query)
    assert "kam.sync.status" not in mods  # the status bar's sync state is read with the services, after it
    assert under(mods, ("kam.sync.engine", "kam.sync.local", "kam.sync.tables", "alembic", "kam.io", "kam.team",
                        "reportlab", "openpyxl", "psycopg", "ui.projects", "kam.services.projects",
                        "kam.services.dossier", "PySide6.QtCharts", "PySide6.QtSvg", "PySide6.QtPrintSupport")) == []


ENTRY = """
import gc, json, os, runpy, sys
def leave(code):  # a command read without SQLAlchemy ends with os._exit (kam.cli.main._leave_now): see it end
    raise SystemExit(code)
os._exit = leave
seen = {}
def watch(phase, info):  # did the collector run while the start-up had it paused (before it froze what it made)?
    startup = sys.modules.get("kam.startup")  # (a collection while Python compiles kam.startup itself is before it)
    if phase == "start" and getattr(startup, "_paused", False):
        seen["before"] = True
gc.callbacks.append(watch)
sys.argv = ["kam", *sys.argv[1:]]
try:
    runpy.run_module("kam", run_name="__main__")
except SystemExit:
    pass
sys.stdout.flush()
print(json.dumps({"enabled": gc.isenabled(), "frozen": gc.get_freeze_count(), "collected_during_start_up":
                  seen.get("before", False)}), file=sys.stderr)
"""


def _entry(tmp_path: Path, *argv: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", ENTRY, *argv], capture_output=True, text=True, cwd=tmp_path,
                         check=True, env=env)
    return dict(json.loads(out.stderr.strip().splitlines()[-1]))


def test_the_collector_pauses_for_the_start_up_and_runs_again_once_the_database_is_open(tmp_path: Path,
                                                                                       demo_db: Path) -> None:
    """kam.startup: the process entry point turns the cyclic garbage collector off while the start-up imports and
    opens the database (no collection scans SQLAlchemy's and the models' objects then), and open_app turns it on
    again with what the start-up made frozen."""
    got = _entry(tmp_path, "--db", str(demo_db), "tiers", "--json")
    assert got["enabled"] is True
    assert isinstance(got["frozen"], int)
    assert got["frozen"] > 0
    assert got["collected_during_start_up"] is False
    # a command that ends before opening a database turns it on again too
    assert _entry(tmp_path, "--help")["enabled"] is True
    # a brief parses its font before the database opens, inside the pause (kam.cli.reports._font_first)
    ctx = bootstrap(str(demo_db))
    account = ctx.services.accounts.create(name_zh="测试客户", ka_type="strategic")
    ctx.close()
    got = _entry(tmp_path, "--db", str(demo_db), "brief", str(account.id), "--out", str(tmp_path / "b.pdf"))
    assert (tmp_path / "b.pdf").stat().st_size > 0
    assert got["enabled"] is True
    assert got["collected_during_start_up"] is False


def test_main_called_by_other_code_leaves_the_collector_alone(demo_db: Path, capsys: pytest.CaptureFixture[str]
                                                               ) -> None:
    import gc

    from kam.cli.main import main

    frozen = gc.get_freeze_count()
    assert main(["--db", str(demo_db), "tiers", "--json"]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_the_first_view_of_a_database_that_needs_only_opening_loads_no_sqlalchemy_and_no_models(
        tmp_path: Path, demo_db: Path) -> None:
    """The window paints the account list and the first dossier from plain DB-API reads (kam.first_view) when the
    database needs nothing but opening: a capture of that first view imports neither SQLAlchemy nor the models;
    the full capture (after the services attached and the reminders came) does."""
    mods = loaded(tmp_path, "--db", str(demo_db), "gui", "--screenshot", str(tmp_path / "g.png"), "--first-view")
    assert (tmp_path / "g.png").stat().st_size > 0
    assert "kam.first_view" in mods  # it did run
    assert under(mods, ("sqlalchemy", "kam.model", "kam.app", "kam.services", "alembic")) == []
    assert "importlib.metadata" not in mods  # the front end's entry point read from kam's entry_points.txt
    mods = loaded(tmp_path, "--db", str(demo_db), "gui", "--screenshot", str(tmp_path / "full.png"))
    assert "kam.first_view" in mods
    assert "kam.model" in mods
    assert "kam.services.dossier" in mods  # the reminders were read through the services


def test_the_collector_pauses_until_the_gui_opened_its_database(tmp_path: Path, demo_db: Path) -> None:
    """kam.startup's contract holds in the window too: paused through the first view, settled (what the start-up
    made frozen, the collector on) once the database is open the full way, or when the first view's capture ends."""
    for argv in (["--first-view"], []):
        got = _entry(tmp_path, "--db", str(demo_db), "gui", "--screenshot", str(tmp_path / "g.png"), *argv)
        assert got["enabled"] is True
        assert isinstance(got["frozen"], int)
        assert got["frozen"] > 0
        assert got["collected_during_start_up"] is False


def test_the_front_end_is_found_as_registered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`kam gui` finds the front end kam's distribution registers (group kam.frontends) without
    importlib.metadata, and where no entry_points.txt is beside sys.path, through it."""
    from importlib.metadata import entry_points

    from kam.cli.main import registered_front_end

    assert registered_front_end() == next(iter(entry_points(group="kam.frontends", name="gui"))).value
    assert registered_front_end("nosuch") is None
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert registered_front_end() is None
    info = tmp_path / "kam-9.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text("[console_scripts]\ngui = not.this:one\n\n[kam.frontends]\n"
                                           "gui = other.app:start\n", encoding="utf-8")
    assert registered_front_end() == "other.app:start"


@pytest.mark.parametrize("value", ["other.app:start.now", "other.app:start [gui]", "other.app"])
def test_a_front_end_value_not_read_here_is_left_to_importlib_metadata(tmp_path: Path, value: str,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from kam.cli.main import registered_front_end

    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    info = tmp_path / "kam-9.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(f"[kam.frontends]\ngui = {value}\n", encoding="utf-8")
    assert registered_front_end() is None


def test_an_unreadable_entry_points_file_is_left_to_importlib_metadata(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from kam.cli.main import registered_front_end

    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    info = tmp_path / "kam-9.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_bytes(b"[kam.frontends]\ngui = \xff\xfe:start\n")  # not UTF-8
    assert registered_front_end() is None
    (info / "entry_points.txt").unlink()
    (info / "entry_points.txt").mkdir()  # (an OSError when read)
    assert registered_front_end() is None


def test_kam_gui_finds_the_front_end_through_importlib_metadata_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the quick look-up finds nothing (a frozen bundle, another layout), `kam gui` starts the front end
    kam registers all the same."""
    import argparse

    import kam.cli.main
    import ui.app

    started: list[dict[str, object]] = []
    monkeypatch.setattr(kam.cli.main, "registered_front_end", lambda name="gui": None)
    monkeypatch.setattr(ui.app, "run", lambda **kw: started.append(kw) or 0)
    args = argparse.Namespace(db="x.sqlite3", user=None, screenshot=None)
    assert kam.cli.main.cmd_gui(args) == 0
    assert [(s["db"], s["show"]) for s in started] == [("x.sqlite3", "window")]
