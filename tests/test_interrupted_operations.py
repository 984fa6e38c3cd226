"""Kill every multi-step file operation at EVERY step (issue #20, items 1–2, 6).

``KAM_FAULT=op:N`` makes the process SIGKILL itself at the N-th step of
``op`` (``kam.store.journal.fault_point``). Each test runs the real command
once per step, N = 1, 2, … until a run is no longer killed (so every step is
covered, whatever the number of backups), and after each kill checks what a
person would: the next command finishes or rolls the operation back, the data
is all there, no plaintext copy is left beside an encrypted database, nothing
is left over, and ``kam check`` passes.
"""

from __future__ import annotations

import shutil
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from tests_support import TEST_DB_KEY, kam_cli

from kam.app import bootstrap
from kam.store.backups import auto_backup, backup_dir, verify_backup
from kam.store.convert import plaintext_copies
from kam.store.db import file_kind
from kam.store.dbkey import DbKey

NEW_KEY = "a7" * 32
LEFTOVER = (".encrypting", ".rekeying", ".restoring", ".replaced", ".kam-journal", ".part", ".part-journal",
            ".kam-journal.tmp")


def _make(folder: Path, names: list[str], *, plain: bool = False) -> Path:
    folder.mkdir()
    db = folder / "kam.sqlite3"
    ctx = bootstrap(str(db), encrypt_new=not plain)
    for name in names:
        ctx.services.accounts.create(name_zh=name, ka_type="economic")
    ctx.close()
    auto_backup(db)
    return db


def _names(db: Path, key: str = TEST_DB_KEY) -> list[str] | None:
    res = kam_cli("--db", str(db), "accounts", "--json", cwd=db.parent, env={"KAM_DB_KEY": key})
    if res.returncode != 0:
        return None
    import json

    return sorted(a["name"] for a in json.loads(res.stdout))


def _left_over(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.name.endswith(LEFTOVER))


def _check_ok(db: Path, key: str = TEST_DB_KEY) -> None:
    res = kam_cli("--db", str(db), "check", cwd=db.parent, env={"KAM_DB_KEY": key})
    assert res.returncode == 0, res.stderr


def _kill_every_step(tmp_path: Path, pristine: Path, op: str, command: list[str], after: Callable[[Path, int], None],
                     env: dict[str, str] | None = None, limit: int = 60) -> int:
    """Run ``command`` killed at step 1, 2, … on a fresh copy of ``pristine``; ``after`` judges each copy."""
    for step in range(1, limit):
        work = tmp_path / f"{op}-{step}"
        shutil.copytree(pristine, work)
        args = [a.replace(str(pristine), str(work)) for a in command]
        res = kam_cli(*args, cwd=work, env={"KAM_FAULT": f"{op}:{step}", **(env or {})})
        if res.returncode == 0:
            after(work / "kam.sqlite3", 0)
            return step - 1  # the number of steps the operation has
        assert res.returncode == -signal.SIGKILL, (step, res.returncode, res.stderr)
        after(work / "kam.sqlite3", step)
        shutil.rmtree(work)
    raise AssertionError(f"{op} was still killed after {limit} steps")


@pytest.mark.slow
def test_encrypt_killed_at_every_step_loses_nothing_and_leaves_no_plaintext(tmp_path: Path) -> None:
    pristine = _make(tmp_path / "pristine", ["明文客户", "Second Ltd"], plain=True).parent
    res = kam_cli("--db", str(pristine / "kam.sqlite3"), "backup",
                  str(backup_dir(pristine / "kam.sqlite3") / "manual.sqlite3"), cwd=pristine)
    assert res.returncode == 0, res.stderr

    def after(db: Path, step: int) -> None:
        assert _names(db) == ["Second Ltd", "明文客户"], step  # recovery ran first: all data is there
        assert _left_over(db.parent) == [], step
        if file_kind(db) == "encrypted":
            assert plaintext_copies(db) == [], step
        else:  # rolled back: encrypting again now finishes the job
            res = kam_cli("--db", str(db), "encrypt", cwd=db.parent)
            assert res.returncode == 0, res.stderr
        assert file_kind(db) == "encrypted"
        assert plaintext_copies(db) == []
        for p in backup_dir(db).iterdir():
            assert "明文客户".encode() not in p.read_bytes()
        _check_ok(db)

    steps = _kill_every_step(tmp_path, pristine, "encrypt", ["--db", str(pristine / "kam.sqlite3"), "encrypt"], after)
    assert steps >= 12  # journal, safety backup, three copies, commit, three swaps of three steps …
    print(f"encrypt: killed at each of {steps} steps")


@pytest.mark.slow
def test_rekey_killed_at_every_step_leaves_every_file_under_one_key(tmp_path: Path) -> None:
    pristine = _make(tmp_path / "pristine", ["华东精密"]).parent

    def after(db: Path, step: int) -> None:
        old, new = _names(db, TEST_DB_KEY), _names(db, NEW_KEY)
        assert (old is None) != (new is None), step  # exactly one key opens it: rolled back or finished
        assert (old or new) == ["华东精密"]
        key = DbKey(TEST_DB_KEY if old else NEW_KEY, True, "test")
        for p in backup_dir(db).iterdir():
            verify_backup(p, key)  # every backup under the same key as the database
        assert _left_over(db.parent) == [], step
        _check_ok(db, key.secret)

    steps = _kill_every_step(tmp_path, pristine, "rekey", ["--db", str(pristine / "kam.sqlite3"), "rekey"], after,
                             env={"KAM_DB_NEW_KEY": NEW_KEY})
    assert steps >= 8
    print(f"rekey: killed at each of {steps} steps")


@pytest.mark.slow
def test_restore_killed_at_every_step_keeps_one_whole_database(tmp_path: Path) -> None:
    pristine = _make(tmp_path / "pristine", ["旧客户"]).parent
    db = pristine / "kam.sqlite3"
    saved = tmp_path / "saved.sqlite3"
    shutil.copyfile(next(backup_dir(db).iterdir()), saved)
    ctx = bootstrap(str(db))
    ctx.services.accounts.create(name_zh="新客户", ka_type="economic")
    ctx.close()

    def after(work_db: Path, step: int) -> None:
        names = _names(work_db)
        assert names in (["新客户", "旧客户"], ["旧客户"]), (step, names)  # before or after, never between
        assert _left_over(work_db.parent) == [], step
        _check_ok(work_db)

    steps = _kill_every_step(tmp_path, pristine, "restore", ["--db", str(db), "restore", str(saved)], after)
    assert steps >= 6
    print(f"restore: killed at each of {steps} steps")


@pytest.mark.slow
def test_backup_killed_at_every_step_leaves_no_part_file(tmp_path: Path) -> None:
    pristine = _make(tmp_path / "pristine", ["备份客户"]).parent
    db = pristine / "kam.sqlite3"
    out = pristine / "out" / "copy.sqlite3"
    out.parent.mkdir()

    def after(work_db: Path, step: int) -> None:
        assert _names(work_db) == ["备份客户"]
        assert _left_over(work_db.parent) == [], step
        target = work_db.parent / "out" / "copy.sqlite3"
        if target.exists():
            verify_backup(target, DbKey(TEST_DB_KEY, True, "test"))

    steps = _kill_every_step(tmp_path, pristine, "backup", ["--db", str(db), "backup", str(out)], after)
    assert steps >= 3
    print(f"backup: killed at each of {steps} steps")


@pytest.mark.slow
def test_migration_killed_at_every_step_upgrades_on_the_next_start(tmp_path: Path) -> None:
    from kam.store.migrate import run_downgrade

    db = _make(tmp_path / "pristine", ["迁移客户"])
    ctx = bootstrap(str(db))
    run_downgrade(ctx.engine, "0002")
    ctx.close()

    def after(work_db: Path, step: int) -> None:
        assert _names(work_db) == ["迁移客户"]  # the next start finishes the upgrade
        assert _left_over(work_db.parent) == [], step
        _check_ok(work_db)

    steps = _kill_every_step(tmp_path, db.parent, "migrate", ["--db", str(db), "accounts"], after)
    assert steps >= 3
    print(f"migrate: killed at each of {steps} steps")


def test_no_database_is_created_beside_the_leftovers_of_an_interrupted_operation(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite3"
    (tmp_path / "kam.sqlite3.encrypting").write_bytes(b"\x01" * 4096)
    for command in (["accounts"], ["init"]):
        res = kam_cli("--db", str(db), *command, cwd=tmp_path)
        assert res.returncode == 1
        assert "interrupted operation" in res.stderr
        assert not db.exists()


def test_a_torn_journal_is_ignored_and_a_stray_part_is_cleaned(tmp_path: Path) -> None:
    db = _make(tmp_path / "d", ["客户"])
    (db.parent / "kam.sqlite3.encrypt.kam-journal.tmp").write_text("{\"op\": \"enc")  # never renamed into place
    (backup_dir(db) / "kam-auto-20260101-000000.sqlite3.part").write_bytes(b"x")
    assert _names(db) == ["客户"]
    assert _left_over(db.parent) == []


def test_kam_check_names_a_plaintext_copy_beside_an_encrypted_database(tmp_path: Path) -> None:
    db = _make(tmp_path / "d", ["加密客户"])
    plain = _make(tmp_path / "p", ["明文客户"], plain=True)
    shutil.copyfile(plain, backup_dir(db) / "kam-auto-20260101-000000.sqlite3")  # e.g. left by an old version
    shutil.copyfile(plain, db.with_name(db.name + ".replaced"))
    res = kam_cli("--db", str(db), "check", cwd=tmp_path)
    assert res.returncode == 1
    assert res.stderr.count("plaintext copy") == 2
    assert "kam-auto-20260101-000000.sqlite3" in res.stderr
