"""Backups: daily with rotation, verified restore that keeps what it replaces."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from tests_support import connect_raw, kam_cli

from kam.app import bootstrap
from kam.errors import DatabaseRefused
from kam.store.backups import auto_backup, backup_dir, restore, rotate, verify_backup


def _db(tmp_path: Path, name: str = "A") -> Path:
    db = tmp_path / "kam.sqlite3"
    ctx = bootstrap(str(db))
    ctx.services.accounts.create(name_en=name)
    ctx.close()
    return db


def test_one_automatic_backup_a_day(tmp_path: Path) -> None:
    db = _db(tmp_path)
    first = auto_backup(db, dt.datetime(2026, 11, 23, 9))
    assert first is not None
    assert auto_backup(db, dt.datetime(2026, 11, 23, 15)) is None
    assert verify_backup(first)


def test_rotation_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.date(2026, 8, 1)
    for i in range(120):  # four months of daily backups
        day = start + dt.timedelta(days=i)
        (folder / f"kam-auto-{day:%Y%m%d}-090000.sqlite3").write_bytes(b"x")
    (folder / "my-manual-copy.sqlite3").write_bytes(b"x")
    today = start + dt.timedelta(days=119)
    result = rotate(folder, today)
    days = sorted(p.name[9:17] for p in result.kept)
    assert len(days) <= 7 + 4
    assert days[-7:] == [f"{today - dt.timedelta(days=k):%Y%m%d}" for k in range(6, -1, -1)]
    assert (folder / "my-manual-copy.sqlite3").exists()  # never rotated away


def test_restore_verifies_first_and_keeps_the_replaced_database(tmp_path: Path) -> None:
    db = _db(tmp_path, "before")
    good = auto_backup(db, dt.datetime(2026, 11, 23, 9))
    ctx = bootstrap(str(db))
    ctx.services.accounts.create(name_en="after")
    ctx.close()
    kept = restore(db, good)
    assert kept.exists()
    assert kept.parent == backup_dir(db)
    names = [r.name for r in bootstrap(str(db)).services.accounts.rows()]
    assert names == ["before"]
    with connect_raw(kept) as c:
        assert {r[0] for r in c.execute("SELECT name_en FROM accounts")} == {"before", "after"}


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    db = _db(tmp_path)
    before = db.read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(DatabaseRefused):
        restore(db, junk)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE t (x)")
    with pytest.raises(DatabaseRefused, match="not a kam database"):
        restore(db, other)
    assert db.read_bytes() == before


def test_cli_restore(tmp_path: Path) -> None:
    db = _db(tmp_path, "before")
    copy = tmp_path / "copy.sqlite3"
    assert kam_cli("--db", str(db), "backup", str(copy), cwd=tmp_path).returncode == 0
    res = kam_cli("--db", str(db), "restore", str(copy), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "previous database was kept" in res.stdout
    bad = kam_cli("--db", str(db), "restore", str(tmp_path / "nope.sqlite3"), cwd=tmp_path)
    assert bad.returncode == 1
    assert "does not exist" in bad.stderr


def test_storage_warnings() -> None:
    from kam.store.db import storage_warning

    assert "synced folder" in storage_warning(Path("C:/Users/Li Na/OneDrive/kam/kam.sqlite3"))
    assert "synced folder" in storage_warning(Path("/home/li/坚果云/kam.sqlite3"))
    assert "network share" in storage_warning(Path("//fileserver/sales/kam.sqlite3"))
    assert storage_warning(Path("C:/Users/Li Na/AppData/Local/kam/kam/kam.sqlite3")) is None


def test_a_damaged_database_is_kept_aside_and_the_newest_good_backup_restored(tmp_path: Path) -> None:
    from kam.errors import DamagedDatabase
    from kam.store.backups import is_damaged, newest_good_backup, quarantine

    db = _db(tmp_path, "precious")
    good = auto_backup(db, dt.datetime(2026, 11, 23, 9))
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # scribble over the schema page
    db.write_bytes(bytes(data))
    assert is_damaged(db)
    with pytest.raises(DamagedDatabase):
        bootstrap(str(db))
    assert newest_good_backup(db) == good
    kept = quarantine(db)
    assert kept.name.endswith(".broken")
    assert kept.read_bytes() == bytes(data)  # the damaged file is never overwritten
    restore(db, good)
    assert [r.name for r in bootstrap(str(db)).services.accounts.rows()] == ["precious"]
