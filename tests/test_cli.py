"""The `kam` command end to end, as a separate process on a temporary database."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import GROUP, connect_raw


def kam(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kam", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", env={**os.environ, **(env or {})}, timeout=300)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    out = kam("--db", str(path), "demo", cwd=path.parent)
    assert out.returncode == 0, out.stderr
    return path


def test_version(tmp_path: Path) -> None:
    out = kam("--version", cwd=tmp_path)
    assert out.returncode == 0
    assert out.stdout.startswith("kam ")


def test_init_prints_location_and_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    first = kam("--db", str(db), "init", cwd=tmp_path)
    assert first.returncode == 0
    assert "created database" in first.stdout
    assert str(db) in first.stdout
    again = kam("--db", str(db), "init", cwd=tmp_path)
    assert "up to date" in again.stdout


def test_default_location_and_env_override(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "LOCALAPPDATA": str(tmp_path / "local")}
    out = kam("init", cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    assert any(p.name == "kam.sqlite3" for p in tmp_path.rglob("kam.sqlite3"))
    via_env = kam("init", cwd=tmp_path, env={**env, "KAM_DB": str(tmp_path / "env.sqlite3")})
    assert str(tmp_path / "env.sqlite3") in via_env.stdout


def test_accounts_json_covers_all_tiers_and_types(demo_file: Path) -> None:
    out = kam("--db", str(demo_file), "accounts", "--json", cwd=demo_file.parent)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) >= 12
    assert {r["tier"] for r in rows} == {"platinum", "gold", "iron", "lead"}
    assert {r["ka_type"] for r in rows} == {"economic", "important", "group", "strategic"}
    assert set(rows[0]) >= {"id", "name", "tier", "ka_type", "owner", "people"}
    assert "鼎新電子股份有限公司" in out.stdout  # UTF-8, not \\u-escaped


def test_people_by_name_in_either_language(demo_file: Path) -> None:
    by_zh = kam("--db", str(demo_file), "people", "鼎新電子股份有限公司", "--json", cwd=demo_file.parent)
    by_en = kam("--db", str(demo_file), "people", "Dingxin Electronics Co., Ltd.", "--json", cwd=demo_file.parent)
    assert by_zh.returncode == 0, by_zh.stderr
    people = json.loads(by_zh.stdout)
    assert people == json.loads(by_en.stdout)
    assert set(people[0]) >= {"id", "name", "title", "department", "reports_to", "stance", "roles",
                              "influence", "factions"}
    ids = {p["id"] for p in people}
    assert all(p["reports_to"] in ids for p in people if p["reports_to"] is not None)


def test_check_and_backup(demo_file: Path, tmp_path: Path) -> None:
    assert kam("--db", str(demo_file), "check", cwd=tmp_path).returncode == 0
    out = tmp_path / "copy.sqlite3"
    res = kam("--db", str(demo_file), "backup", str(out), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert kam("--db", str(out), "check", cwd=tmp_path).returncode == 0
    again = kam("--db", str(demo_file), "backup", str(out), cwd=tmp_path)
    assert again.returncode == 1
    assert "already exists" in again.stderr


def test_check_reports_broken_references(tmp_path: Path) -> None:

    db = tmp_path / "b.sqlite3"
    kam("--db", str(db), "init", cwd=tmp_path)
    with connect_raw(db) as c:  # foreign keys are off in a plain sqlite3 connection
        c.execute("INSERT INTO people (account_id, name, stance, influence, version, created_at, "
                  "updated_at) VALUES (999, 'ghost', 'unknown', 3, 1, '2026-01-01', '2026-01-01')")
    res = kam("--db", str(db), "check", cwd=tmp_path)
    assert res.returncode == 1
    assert "foreign key" in res.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["people", "No Such Customer"], "no account 'No Such Customer'"),
    (["backup", "/nonexistent-folder/x.sqlite3"], "does not exist"),
    (["demo", "--scale", "0"], "--scale must be at least 1"),
])
def test_user_mistakes_are_one_line_without_traceback(demo_file: Path, tmp_path: Path, args: list[str],
                                                     message: str) -> None:
    res = kam("--db", str(demo_file), *args, cwd=tmp_path)
    assert res.returncode == 1
    assert message in res.stderr
    assert "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_demo_refuses_a_non_empty_database(demo_file: Path, tmp_path: Path) -> None:
    res = kam("--db", str(demo_file), "demo", cwd=tmp_path)
    assert res.returncode == 1
    assert "--force" in res.stderr


def test_not_a_database_is_left_untouched(tmp_path: Path) -> None:
    f = tmp_path / "report.docx"
    f.write_bytes(b"PK\x03\x04 not sqlite")
    res = kam("--db", str(f), "accounts", cwd=tmp_path)
    assert res.returncode == 1
    assert "not a kam database" in res.stderr
    assert f.read_bytes() == b"PK\x03\x04 not sqlite"


def test_scale_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    for db in (a, b):
        assert kam("--db", str(db), "demo", "--scale", "8", cwd=tmp_path).returncode == 0
    ja = kam("--db", str(a), "accounts", "--json", cwd=tmp_path).stdout
    jb = kam("--db", str(b), "accounts", "--json", cwd=tmp_path).stdout
    assert ja == jb
    assert len(json.loads(ja)) == 8


def test_powermap_json(demo_file: Path, tmp_path: Path) -> None:
    res = kam("--db", str(demo_file), "powermap", "鼎新電子股份有限公司", "--json", "--lang", "zh_TW", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["rating"] in {"red", "amber", "green"}
    assert {"stance", "roles", "influence", "coverage_owner", "days_since_contact"} <= set(data["people"][0])
    assert all(r["text"] for r in data["risks"])


@pytest.mark.parametrize("suffix", [".svg", ".pdf", ".png"])
def test_orgchart_export(demo_file: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"chart{suffix}"
    res = kam("--db", str(demo_file), "orgchart", "Nordhafen Automotive GmbH", "--out", str(out),
              "--as-of", "2026-01-01", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert out.stat().st_size > 5000
    if suffix == ".pdf":
        from pypdf import PdfReader

        text = PdfReader(out).pages[0].extract_text()
        people = json.loads(kam("--db", str(demo_file), "people", "Nordhafen Automotive GmbH", "--json",
                                cwd=tmp_path).stdout)
        assert all(p["name"] in text for p in people[:10])


def test_orgchart_refuses_unknown_format(demo_file: Path, tmp_path: Path) -> None:
    res = kam("--db", str(demo_file), "orgchart", GROUP, "--out", str(tmp_path / "c.docx"), cwd=tmp_path)
    assert res.returncode == 1
    assert ".svg" in res.stderr


def test_only_init_and_demo_create_a_database(tmp_path: Path) -> None:
    """A mistyped --db (or an empty file) is an error for every other command; nothing is left behind."""
    missing, empty = tmp_path / "typo.sqlite3", tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    for db in (missing, empty):
        for command in (["accounts"], ["check"], ["tiers", "--json"], ["audit", "verify"]):
            out = kam("--db", str(db), *command, cwd=tmp_path)
            assert out.returncode == 1, (db, command, out.stderr)
            assert out.stderr.strip() == f"kam: no database at {db}; `kam init` creates one there"
    assert not missing.exists()
    assert empty.read_bytes() == b""


def _subcommands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command line ``kam A [B]`` the parser knows, nested groups (``audit verify``) included."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found += _subcommands(sub, (*prefix, name))
    return found


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_of_the_program_runs(tmp_path: Path, flag: str) -> None:
    """As a user types it: a help text with an unescaped "%" would crash here with a traceback."""
    out = kam(flag, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    assert "With no command, kam opens the desktop application." in out.stdout


def test_help_of_every_command_and_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    from kam.cli.main import COMMANDS, _parser, main

    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    said = capsys.readouterr().out
    assert [c for c in COMMANDS if c not in said] == []
    lines = _subcommands(_parser())
    assert ("audit", "verify") in lines
    assert ("team", "add-user") in lines
    assert ("register", "unlock-test") in lines
    assert {line[0] for line in lines} == set(COMMANDS)
    for line in lines:
        with pytest.raises(SystemExit) as done:
            main([*line, "--help"])
        assert done.value.code == 0, line
        assert f"usage: kam {' '.join(line)}" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["plan", "1", "--year", "-5", "--out", "p.pdf"], "--year: must be between 2000 and 2100, not -5"),
    (["plan", "1", "--year", "20266", "--out", "p.pdf"], "--year: must be between 2000 and 2100, not 20266"),
    (["plan", "1", "--year", "1999", "--out", "p.pdf"], "--year: must be between 2000 and 2100, not 1999"),
    (["plans", "--year", "nineteen"], "--year: 'nineteen' is not a whole number"),
    (["scorecard", "--year", "0"], "--year: must be between 2000 and 2100, not 0"),
    (["review", "--quarter", "1999Q1", "--out", "r.pdf"], "--quarter: the year must be between 2000 and 2100"),
    (["review", "--quarter", "2026Q5", "--out", "r.pdf"], "'2026Q5' is not a quarter like 2026Q3"),
    (["pareto", "--days", "-1"], "--days: must be between 1 and 36500, not -1"),
    (["pareto", "--days", "0"], "--days: must be between 1 and 36500, not 0"),
    (["gui", "--section", "nosuch"], "--section: invalid choice: 'nosuch'"),
    (["brief", "1", "--out", ""], "--out: a file name is needed"),
    (["export", "accounts", "--out", " "], "--out: a file name is needed"),
    (["backup", ""], "OUT: a file name is needed"),
    (["import", ""], "FILE: a file name is needed"),
    (["--no-such-option"], "unrecognized arguments: --no-such-option"),
])
def test_a_command_line_that_cannot_run_is_one_line_and_exit_2(demo_file: Path, tmp_path: Path,
                                                               args: list[str], message: str) -> None:
    before = demo_file.stat().st_mtime_ns
    res = kam("--db", str(demo_file), *args, cwd=tmp_path)
    assert res.returncode == 2, res.stderr
    assert message in res.stderr
    assert "(see: kam" in res.stderr
    assert "--help)" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert res.stdout == ""
    assert list(tmp_path.iterdir()) == []
    assert demo_file.stat().st_mtime_ns == before


def test_the_services_refuse_the_same_years_and_periods(demo_file: Path) -> None:
    """The window and scripts call the services: the same range holds there, not only on the command line."""
    from kam.app import bootstrap
    from kam.errors import ValidationError

    ctx = bootstrap(str(demo_file))
    try:
        for call in (lambda: ctx.services.reports.account_plan(1, 1999),
                     lambda: ctx.services.reports.review_pack(20266, 1),
                     lambda: ctx.services.planning.status_by_account(-5),
                     lambda: ctx.services.scorecards.scorecards(1999),
                     lambda: ctx.services.analysis.pareto(days=-1)):
            with pytest.raises(ValidationError):
                call()
        assert ctx.services.analysis.pareto(days=1).points is not None
    finally:
        ctx.close()


def test_user_must_be_a_known_user(demo_file: Path, tmp_path: Path) -> None:
    """--user is printed in footers and written to the audit trail: an unknown name is refused."""
    entries = len(json.loads(kam("--db", str(demo_file), "audit", "list", "--json", cwd=tmp_path).stdout))
    res = kam("--db", str(demo_file), "--user", "nobody", "brief", "1", "--out", str(tmp_path / "b.pdf"),
              cwd=tmp_path)
    assert res.returncode == 2  # a command line that cannot run as written
    assert res.stderr.strip().startswith("kam: --user 'nobody' is not a user of this database; one of: ")
    assert "li.na" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "b.pdf").exists()
    assert len(json.loads(kam("--db", str(demo_file), "audit", "list", "--json", cwd=tmp_path).stdout)) == entries
    ok = kam("--db", str(demo_file), "--user", "li.na", "accounts", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr


def test_the_window_refuses_an_unknown_user_like_every_command(demo_file: Path, tmp_path: Path) -> None:
    """`kam gui --user nobody` ends as `kam accounts --user nobody` does: one line, exit 2, no window left."""
    shot = tmp_path / "w.png"
    res = kam("--db", str(demo_file), "--user", "nobody", "gui", "--screenshot", str(shot), cwd=tmp_path,
              env={"QT_QPA_PLATFORM": "offscreen"})
    assert res.returncode == 2, res.stderr
    ours = [ln for ln in res.stderr.splitlines() if ln.startswith("kam:")]  # (Qt's offscreen plugin may talk too)
    assert len(ours) == 1
    assert ours[0].startswith("kam: --user 'nobody' is not a user of this database; one of: ")
    assert "li.na" in ours[0]
    assert not shot.exists()
    ok = kam("--db", str(demo_file), "--user", "li.na", "gui", "--screenshot", str(shot), cwd=tmp_path,
             env={"QT_QPA_PLATFORM": "offscreen"})
    assert ok.returncode == 0, ok.stderr
    assert shot.exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc, a folder nobody can write into")
@pytest.mark.parametrize("args", [["backup", "/proc/kam-backup.sqlite3"],
                                  ["brief", "1", "--out", "/proc/kam-brief.pdf"],
                                  ["export", "accounts", "--out", "/proc/kam-accounts.xlsx"]])
def test_an_unwritable_place_is_one_line_naming_the_users_file(demo_file: Path, tmp_path: Path,
                                                               args: list[str]) -> None:
    res = kam("--db", str(demo_file), *args, cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert "cannot be written" in res.stderr
    assert args[-1] in res.stderr
    assert ".part" not in res.stderr
    assert "unexpected" not in res.stderr


def test_the_command_line_offers_the_windows_sections() -> None:
    from kam.vocab import DOSSIER_SECTIONS
    from ui.main_window import SECTIONS

    assert SECTIONS == DOSSIER_SECTIONS


def test_a_team_database_without_the_driver_is_one_clear_line(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from kam.cli.main import main

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if kam was installed without [team]
    assert main(["--db", "postgresql+psycopg://li.na@dbhost/kam", "accounts"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ['kam: a team database needs the PostgreSQL driver, which this installation lacks: '
                   'pip install "kam[team]"']


@pytest.mark.parametrize(("args", "quick"), [(["accounts", "--json"], True), (["tiers", "--json"], True),
                                             (["people", GROUP, "--json"], False)])
def test_a_quick_read_ends_the_process_at_once_and_loses_no_output(demo_file: Path, tmp_path: Path,
                                                                   args: list[str], quick: bool) -> None:
    """A command read without SQLAlchemy skips the interpreter's finalization (kam.cli.main._leave_now) after
    flushing its output — with stdout block-buffered, as when a script reads it; one that opened the database
    through SQLAlchemy ends as usual."""
    code = ("import atexit, sys; atexit.register(lambda: sys.stderr.write('finalized')); "
            "from kam.cli.main import main; sys.exit(main())")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    res = subprocess.run([sys.executable, "-c", code, "--db", str(demo_file), *args], cwd=tmp_path,
                         capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)  # all of it: nothing left in the buffer
    assert ("finalized" in res.stderr) is not quick
