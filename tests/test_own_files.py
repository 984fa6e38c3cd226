"""No export, backup, saved attachment or PDF ever lands on the open database, its WAL/index or its
backups (issue #22 item 2): compared by resolved path and file identity, through the services and the CLI."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from tests_support import kam_cli

from kam.app import AppContext
from kam.store.backups import auto_backup, backup_dir
from kam.store.guard import OwnFileRefused


def _own_names(ctx: AppContext, tmp_path: Path) -> list[Path]:
    """The database under other names: itself, relative, through a symlink, a hard link, its WAL, a backup."""
    db = ctx.path
    assert db is not None
    made = auto_backup(db, key=ctx.db_key)
    assert made is not None
    link = tmp_path / "elsewhere" / "link.sqlite3"
    link.parent.mkdir()
    link.symlink_to(db)
    hard = tmp_path / "elsewhere" / "hard.sqlite3"
    os.link(db, hard)
    folder_link = tmp_path / "alias"
    folder_link.symlink_to(db.parent)
    return [db, Path(os.path.relpath(db)), link, hard, folder_link / db.name,
            db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), made,
            tmp_path / "elsewhere" / ".." / db.name]


def _fingerprint(ctx: AppContext) -> dict[str, bytes]:
    db = ctx.path
    assert db is not None
    files = [db, *backup_dir(db).iterdir()]
    return {str(p): p.read_bytes() for p in files}


@pytest.mark.parametrize("writer", ["csv", "xlsx", "vcard", "ics", "dossier", "person", "backup", "attachment"])
def test_services_refuse_to_write_onto_the_database_or_its_files(ctx: AppContext, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch, writer: str) -> None:
    monkeypatch.chdir(ctx.path.parent)  # type: ignore[union-attr]
    sv = ctx.services
    account = sv.accounts.create(name_zh="本库客户", ka_type="economic").id
    person = sv.people.create(account, name="王工").id
    attachment = None
    if writer == "attachment":
        sv.register.set_up("correct horse battery")
        item = sv.register.add_item(account, "IP-1", "图纸").id
        attachment = sv.register.attach(item, "a.txt", b"secret drawing").id
    ways: dict[str, Callable[[Path], object]] = {
        "csv": lambda p: sv.exports.export("accounts", p),
        "xlsx": lambda p: sv.exports.export("people", p.with_name(p.name) if p.suffix == ".xlsx" else p),
        "vcard": lambda p: sv.exports.export("vcard", p),
        "ics": lambda p: sv.exports.export("ics", p),
        "dossier": lambda p: sv.transfer.export(account, p),
        "person": lambda p: sv.privacy.export_person_to(person, p),
        "backup": lambda p: sv.backups.backup_to(p),
        "attachment": lambda p: sv.register.save_attachment(attachment, p),  # type: ignore[arg-type]
    }
    names = _own_names(ctx, tmp_path)
    before = _fingerprint(ctx)
    for target in names:
        with pytest.raises(OwnFileRefused, match="open database"):
            ways[writer](target)
    assert _fingerprint(ctx) == before
    assert [r.name for r in sv.accounts.rows()] == ["本库客户"]  # the session goes on with its own file
    fresh = tmp_path / f"fine.{ {'xlsx': 'xlsx', 'csv': 'csv'}.get(writer, 'out')}"
    ways[writer](fresh)  # an ordinary file name still works
    assert fresh.exists()


def test_the_cli_refuses_to_write_onto_its_database(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite3"
    assert kam_cli("--db", str(db), "init", cwd=tmp_path).returncode == 0
    assert kam_cli("--db", str(db), "demo", cwd=tmp_path).returncode == 0
    before = kam_cli("--db", str(db), "accounts", cwd=tmp_path).stdout
    for command in (["export", "accounts", "--out", "kam.sqlite3"], ["export", "ics", "--out", str(db)],
                    ["brief", "1", "--out", str(db)], ["backup", "./kam.sqlite3"],
                    ["person-export", "1", "--out", str(db)],
                    ["review", "--quarter", "2026Q1", "--out", str(db)]):
        res = kam_cli("--db", str(db), *command, cwd=tmp_path)
        assert res.returncode == 1, (command, res.stderr)
        assert "open database" in res.stderr, command
        assert "Traceback" not in res.stderr
    assert kam_cli("--db", str(db), "accounts", cwd=tmp_path).stdout == before  # (a checkpoint may change bytes)
    assert kam_cli("--db", str(db), "check", cwd=tmp_path).returncode == 0
