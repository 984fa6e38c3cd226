"""A command imports only what it uses (issue #19): what is imported, never how long it takes.

Each case runs the real `kam` entry point in a fresh interpreter and lists the modules it loaded.
"""

from __future__ import annotations

import json
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
    out = subprocess.run([sys.executable, "-c", RUN, *argv], capture_output=True, text=True, cwd=tmp_path,
                         check=True)
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


def test_a_team_database_at_head_is_opened_without_alembic(tmp_path: Path, pg) -> None:  # type: ignore[no-untyped-def]
    """A server database's schema version is read with one SELECT, as a file's is: Alembic is imported only to
    upgrade; `kam accounts` on a team database reads it through psycopg alone."""
    url = pg.new_database()
    bootstrap(url).close()
    mods = loaded(tmp_path, "--db", url, "tiers", "--json")
    assert "kam.services.analysis" in mods  # it did run, through open_app
    assert under(mods, ("alembic", "reportlab", "PySide6", "openpyxl", "kam.io", "kam.reports")) == []
    mods = loaded(tmp_path, "--db", url, "accounts", "--json")
    assert "kam.account_list" in mods
    assert "psycopg" in mods
    assert under(mods, ("sqlalchemy", "alembic", "kam.model", "kam.services", "kam.app")) == []
