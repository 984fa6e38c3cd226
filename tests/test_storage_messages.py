"""Honest messages for broken storage (issue #20 items 4–6): a damaged file, a wrong key, a read-only
medium and a full disk each say what is really wrong (SQLCipher calls most of them "file is not a
database"), a read-only database can still be read, and a backup onto a full disk is one line.

Read-only and full storage are real: small tmpfs mounts made by the test (it runs as root, so a chmod'ed
folder would not stop it); where mounting is not permitted the test is skipped, not faked.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests_support import TEST_DB_KEY, kam_cli

from kam.app import bootstrap
from kam.store.backups import backup_dir, backup_sqlite


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("storage")
    db = folder / "kam.sqlite3"
    ctx = bootstrap(str(db))
    for n in range(40):
        aid = ctx.services.accounts.create(name_zh=f"客户{n}", ka_type="economic").id
        for k in range(5):
            ctx.services.people.create(aid, name=f"联系人{n}-{k}", title="经理" * 20)
    ctx.close()
    return db


def _copy(demo_db: Path, where: Path, *, with_backup: bool) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    db = where / "kam.sqlite3"
    shutil.copyfile(demo_db, db)
    if with_backup:
        backup_dir(db).mkdir()
        backup_sqlite(demo_db, backup_dir(db) / "kam-auto-20261201-000000.sqlite3")
    return db


def _damage(db: Path, seed: int, *, first_page: bool = False) -> None:
    rng = random.Random(seed)
    data = bytearray(db.read_bytes())
    spots = [rng.randrange(16, 4000)] if first_page else [rng.randrange(4096, len(data) - 64) for _ in range(20)]
    for at in spots:
        data[at:at + 48] = bytes(rng.randrange(256) for _ in range(48))
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("seed", range(8))
def test_a_damaged_file_says_database_damaged_and_names_the_backup(demo_db: Path, tmp_path: Path, seed: int) -> None:
    """``kam check`` reads every page and says so; a command that reads only part of the file either meets the
    damage and says so, or printed exactly the intact file's answer (the damage was where it did not read)."""
    db = _copy(demo_db, tmp_path / "d", with_backup=True)
    intact = {c: kam_cli("--db", str(db), *c.split(), cwd=tmp_path).stdout for c in ("accounts", "people 1")}
    _damage(db, seed)
    before = db.read_bytes()
    for command in (["check"], ["accounts"], ["people", "1"]):
        res = kam_cli("--db", str(db), *command, cwd=tmp_path)
        if command != ["check"] and res.returncode == 0:
            # every page it read was whole (SQLCipher authenticates each page it reads): what it printed must be
            # exactly what the intact file gives — never damaged data shown as if it were right
            assert res.stdout == intact[" ".join(command)], command
            continue
        assert res.returncode == 1, (command, res.stderr)
        assert "database damaged" in res.stderr, (command, res.stderr)
        assert "kam-auto-20261201-000000.sqlite3" in res.stderr
        assert "unexpected error" not in res.stderr
        assert "PRAGMA" not in res.stderr
    assert db.read_bytes() == before  # a damaged file is never changed


@pytest.mark.parametrize("seed", range(4))
def test_a_damaged_first_page_is_not_called_a_wrong_key_even_without_a_backup(demo_db: Path, tmp_path: Path,
                                                                              seed: int) -> None:
    db = _copy(demo_db, tmp_path / "d", with_backup=False)
    _damage(db, seed, first_page=True)
    res = kam_cli("--db", str(db), "accounts", cwd=tmp_path)
    assert res.returncode == 1
    assert "database damaged" in res.stderr
    assert "no good backup" in res.stderr
    assert "wrong key" not in res.stderr


def test_a_wrong_key_is_called_a_wrong_key(demo_db: Path, tmp_path: Path) -> None:
    db = _copy(demo_db, tmp_path / "d", with_backup=True)
    res = kam_cli("--db", str(db), "accounts", cwd=tmp_path, env={"KAM_DB_KEY": "ab" * 32})
    assert res.returncode == 1
    assert "wrong key" in res.stderr
    assert "damaged" not in res.stderr


@pytest.fixture
def mount(tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    mounted: list[Path] = []

    def make(name: str, size: str) -> Path:
        where = tmp_path / name
        where.mkdir()
        res = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True, check=False)
        if res.returncode != 0:
            pytest.skip("this machine does not let the test mount a tmpfs")
        mounted.append(where)
        return where

    yield make
    for where in reversed(mounted):
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_read_only_medium_can_be_read_and_says_so_on_a_write(demo_db: Path, tmp_path: Path, mount) -> None:  # type: ignore[no-untyped-def]
    medium = mount("usb", "16m")
    db = _copy(demo_db, medium, with_backup=False)
    head = demo_db.with_name(demo_db.name + ".audit-head")
    if head.exists():
        shutil.copyfile(head, medium / head.name)
    subprocess.run(["mount", "-o", "remount,ro", str(medium)], check=True)
    res = kam_cli("--db", str(db), "accounts", "--json", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "客户39" in res.stdout
    assert kam_cli("--db", str(db), "check", cwd=tmp_path).returncode == 0
    res = kam_cli("--db", str(db), "person-erase", "1", cwd=tmp_path)
    assert res.returncode == 1
    assert "read-only" in res.stderr
    assert "wrong key" not in res.stderr
    assert "damaged" not in res.stderr


def test_a_full_disk_is_called_full(demo_db: Path, tmp_path: Path, mount) -> None:  # type: ignore[no-untyped-def]
    disk = mount("full", "4m")
    db = _copy(demo_db, disk, with_backup=False)
    subprocess.run(["dd", "if=/dev/zero", f"of={disk / 'filler'}", "bs=64k"], capture_output=True, check=False)
    assert shutil.disk_usage(disk).free < 65536  # really full
    res = kam_cli("--db", str(db), "accounts", cwd=tmp_path)
    assert res.returncode == 1
    assert "full" in res.stderr
    assert "wrong key" not in res.stderr
    assert "damaged" not in res.stderr


def test_a_backup_onto_a_full_disk_is_one_line_and_leaves_nothing(demo_db: Path, tmp_path: Path, mount) -> None:  # type: ignore[no-untyped-def]
    disk = mount("small", "512k")
    db = _copy(demo_db, tmp_path / "d", with_backup=False)
    res = kam_cli("--db", str(db), "backup", str(disk / "copy.sqlite3"), cwd=tmp_path)
    assert res.returncode == 1
    assert res.stderr.count("\n") == 1
    assert "disk is full" in res.stderr
    assert "unexpected" not in res.stderr
    assert list(disk.iterdir()) == []  # no .part, no .part-journal
    assert not list(db.parent.glob("*.kam-journal"))


def test_the_key_fits_check_agrees_with_sqlcipher(demo_db: Path) -> None:
    from kam.store.db import key_fits
    from kam.store.dbkey import DbKey

    assert key_fits(demo_db, DbKey(TEST_DB_KEY, True, "test"))
    assert not key_fits(demo_db, DbKey("ab" * 32, True, "test"))
    assert not key_fits(demo_db, DbKey("a passphrase", False, "test"))
