"""Encryption at rest (SQLCipher): new files encrypted, keys, fail-closed opening, encrypt/rekey, no plaintext left."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from tests_support import TEST_DB_KEY, kam_cli

from kam.app import bootstrap
from kam.errors import DatabaseRefused, UserError
from kam.store import dbkey
from kam.store.backups import auto_backup, backup_dir, restore
from kam.store.db import SQLITE_MAGIC, file_kind


class MemoryKeyring(KeyringBackend):
    """A credential store for tests (the real one is the OS's)."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    monkeypatch.delenv("KAM_DB_KEY")
    yield ring
    keyring.set_keyring(previous)


def _account(db: Path, name: str = "华东精密") -> int:
    ctx = bootstrap(str(db))
    aid = ctx.services.accounts.create(name_zh=name, ka_type="economic").id
    ctx.close()
    return aid


def test_a_new_database_is_encrypted(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite3"
    res = kam_cli("--db", str(db), "init", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "encrypted" in res.stdout
    assert db.read_bytes()[:16] != SQLITE_MAGIC
    assert file_kind(db) == "encrypted"
    plain = tmp_path / "plain.sqlite3"
    assert kam_cli("--db", str(plain), "init", "--plain", cwd=tmp_path).returncode == 0
    assert file_kind(plain) == "plain"


def test_wrong_or_missing_key_fails_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "kam.sqlite3"
    _account(db)
    dbkey._session.clear()
    before = db.read_bytes()
    monkeypatch.setenv("KAM_DB_KEY", "ab" * 32)
    with pytest.raises(DatabaseRefused, match="wrong key or passphrase"):
        bootstrap(str(db))
    monkeypatch.setenv("KAM_DB_KEY", "not the passphrase")
    with pytest.raises(DatabaseRefused):
        bootstrap(str(db))
    monkeypatch.delenv("KAM_DB_KEY")
    with pytest.raises(dbkey.KeyUnavailable, match="left untouched"):
        bootstrap(str(db))
    res = kam_cli("--db", str(db), "accounts", cwd=tmp_path)  # subprocess: no key anywhere
    assert res.returncode == 1
    assert "encrypted" in res.stderr
    assert "Traceback" not in res.stderr
    assert db.read_bytes() == before  # never overwritten, never replaced by a fresh database
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kam")) == ["kam.sqlite3"]


def test_passphrase_is_asked_again_after_a_typo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "kam.sqlite3"
    monkeypatch.setenv("KAM_DB_KEY", "correct horse battery")
    _account(db)
    dbkey._session.clear()
    monkeypatch.delenv("KAM_DB_KEY")
    answers = iter(["typo", "correct horse battery"])
    ctx = bootstrap(str(db), ask_passphrase=lambda _p, _c: next(answers))
    assert [r.name for r in ctx.services.accounts.rows()] == ["华东精密"]
    ctx.close()


def test_a_passphrase_is_derived_once_per_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLCipher's 256 000-round derivation runs once in a process, not for every connection; the raw key
    it stands for opens the file made with the passphrase, and a wrong passphrase still fails closed."""
    import hashlib

    db = tmp_path / "kam.sqlite3"
    monkeypatch.setenv("KAM_DB_KEY", "correct horse battery")
    _account(db)
    dbkey._derivations.clear()
    rounds: list[int] = []
    real = hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", lambda *a: rounds.append(a[3]) or real(*a))
    ctx = bootstrap(str(db))
    with ctx.engine.connect(), ctx.engine.connect():  # two pooled connections
        pass
    assert [r.name for r in ctx.services.accounts.rows()] == ["华东精密"]
    ctx.close()
    assert rounds == [256_000]
    key = dbkey.DbKey.from_text("correct horse battery", "env").for_file(db)
    assert key.raw
    assert len(key.secret) == 64
    dbkey._session.clear()
    monkeypatch.setenv("KAM_DB_KEY", "not the passphrase")
    with pytest.raises(DatabaseRefused):
        bootstrap(str(db))


def test_a_passphrase_is_derived_ahead_beside_the_imports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``derive_ahead`` (the command line calls it first thing) runs the same single derivation in a thread;
    opening the file takes its result; a plain or missing file and a raw key start nothing."""
    import hashlib

    db = tmp_path / "kam.sqlite3"
    monkeypatch.setenv("KAM_DB_KEY", "correct horse battery")
    _account(db)
    dbkey._derivations.clear()
    rounds: list[int] = []
    real = hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", lambda *a: rounds.append(a[3]) or real(*a))
    dbkey.derive_ahead(str(db))
    assert len(dbkey._deriving) == 1
    dbkey.derive_ahead(str(db))  # already under way: not twice
    ctx = bootstrap(str(db))
    assert [r.name for r in ctx.services.accounts.rows()] == ["华东精密"]
    ctx.close()
    assert rounds == [256_000]
    assert not dbkey._deriving
    dbkey._derivations.clear()
    dbkey.derive_ahead(str(tmp_path / "missing.sqlite3"))
    monkeypatch.setenv("KAM_DB_KEY", "ab" * 32)
    dbkey.derive_ahead(str(db))
    assert not dbkey._deriving
    assert rounds == [256_000]


def test_the_key_lives_in_the_credential_store(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    db = tmp_path / "kam.sqlite3"
    _account(db)
    stored = memory_keyring.store[(dbkey.KEYRING_SERVICE, str(db.resolve()))]
    assert len(stored) == 64
    dbkey._session.clear()
    assert [r.name for r in bootstrap(str(db)).services.accounts.rows()] == ["华东精密"]
    dbkey._session.clear()
    memory_keyring.store.clear()
    with pytest.raises(dbkey.KeyUnavailable):
        bootstrap(str(db))


def test_an_interrupted_rekey_is_finished_from_the_pending_key(tmp_path: Path,
                                                                memory_keyring: MemoryKeyring) -> None:
    from kam.store.convert import rekey_file

    db = tmp_path / "kam.sqlite3"
    _account(db)
    old = dbkey.stored_key(db)
    new = dbkey.DbKey.random()
    assert dbkey.store_key(dbkey.pending_path(db), new)
    rekey_file(db, old, new)  # ... and the process died before the main entry was updated
    dbkey._session.clear()
    ctx = bootstrap(str(db))
    assert ctx.db_key is not None
    assert ctx.db_key.secret == new.secret
    assert dbkey.stored_key(db).secret == new.secret
    assert dbkey.stored_key(dbkey.pending_path(db)) is None


def test_encrypt_converts_the_database_and_every_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "kam.sqlite3"
    assert kam_cli("--db", str(db), "init", "--plain", cwd=tmp_path).returncode == 0
    ctx = bootstrap(str(db))
    ctx.services.accounts.create(name_zh="明文客户", ka_type="economic")
    ctx.close()
    auto_backup(db)
    assert all(file_kind(p) == "plain" for p in backup_dir(db).iterdir())
    res = kam_cli("--db", str(db), "encrypt", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert file_kind(db) == "encrypted"
    files = list(backup_dir(db).iterdir())
    assert len(files) == 2  # the day's backup and the one made before encrypting
    assert all(file_kind(p) == "encrypted" for p in files)
    for p in [db, *files]:
        assert "明文客户".encode() not in p.read_bytes()
    ctx = bootstrap(str(db))
    assert [r.name for r in ctx.services.accounts.rows()] == ["明文客户"]
    from kam.services import audit

    with ctx.sessions() as s:
        assert audit.verify(s).ok
    ctx.close()
    res = kam_cli("--db", str(db), "audit", "list", "--json", cwd=tmp_path)
    assert '"database.encrypt"' in res.stdout
    again = kam_cli("--db", str(db), "encrypt", cwd=tmp_path)
    assert again.returncode == 1
    assert "already encrypted" in again.stderr


def test_rekey_changes_the_key_of_the_database_and_its_backups(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "kam.sqlite3"
    _account(db)
    auto_backup(db)
    new = "cd" * 32
    monkeypatch.setenv("KAM_DB_NEW_KEY", new)
    res = kam_cli("--db", str(db), "rekey", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "1 backups re-keyed" in res.stdout
    dbkey._session.clear()
    with pytest.raises(DatabaseRefused):
        bootstrap(str(db))  # KAM_DB_KEY still holds the old key
    monkeypatch.setenv("KAM_DB_KEY", new)
    ctx = bootstrap(str(db))
    assert [r.name for r in ctx.services.accounts.rows()] == ["华东精密"]
    ctx.close()
    from kam.store.backups import verify_backup

    for p in backup_dir(db).iterdir():
        verify_backup(p, dbkey.DbKey(new, True, "test"))
        assert not p.name.endswith(("-wal", "-shm"))  # backups are single files


def test_backups_are_encrypted_and_a_plain_backup_is_encrypted_on_restore(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite3"
    _account(db, "备份客户")
    made = auto_backup(db)
    assert made is not None
    assert file_kind(made) == "encrypted"
    assert "备份客户".encode() not in made.read_bytes()
    plain = tmp_path / "plain.sqlite3"
    ctx = bootstrap(str(plain), encrypt_new=False)
    ctx.services.accounts.create(name_zh="旧明文", ka_type="economic")
    ctx.close()
    restore(db, plain)
    assert file_kind(db) == "encrypted"  # a restore never turns the database back into plaintext
    assert [r.name for r in bootstrap(str(db)).services.accounts.rows()] == ["旧明文"]


SECRETS = {"name": "甄秘密", "note": "私人备注XQZ-患有高血压", "register": "绝密配方XQZ-4711"}


def _fill(db: Path, encrypt: bool) -> None:
    ctx = bootstrap(str(db), encrypt_new=encrypt)
    aid = ctx.services.accounts.create(name_zh="测试客户", ka_type="economic").id
    ctx.services.people.create(aid, name=SECRETS["name"], personal_note=SECRETS["note"])
    ctx.services.register.set_up("register passphrase")
    ctx.services.register.add_item(aid, "IP-1", "图纸", description=SECRETS["register"])
    auto_backup(db)
    ctx.services.backups.backup_to(db.parent / "manual.sqlite3")
    return ctx  # type: ignore[return-value]  # still open: its WAL is on disk


def _hits(folder: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for what, text in SECRETS.items():
            if any(text.encode(enc) in data for enc in ("utf-8", "utf-16-le", "gb18030")):
                found.setdefault(what, []).append(path.name)
    return found


def test_no_plaintext_in_the_database_wal_backups_temp_files_or_logs(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data, temp = tmp_path / "data", tmp_path / "temp"
    data.mkdir()
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    ctx = _fill(data / "kam.sqlite3", encrypt=True)
    assert (data / "kam.sqlite3-wal").exists()
    # the CLI too: listing people, a printed brief, an audit list; their temp files and logs land in temp/
    env = {**os.environ, "TMPDIR": str(temp)}
    import subprocess
    import sys

    for args in (["people", "1"], ["audit", "list"], ["brief", "1", "--out", str(temp / "brief.pdf")]):
        subprocess.run([sys.executable, "-m", "kam", "--db", str(data / "kam.sqlite3"), *args], cwd=temp,
                       env=env, capture_output=True, check=True)
    (temp / "brief.pdf").unlink()  # a brief someone printed is theirs to keep; it is not stored data
    assert _hits(data) == {}
    assert _hits(temp) == {}
    ctx.close()
    assert _hits(data) == {}
    # Control: the scan does find a name in a plain database (so the test can fail) —
    # and even there the register content is encrypted.
    plain = tmp_path / "plain"
    plain.mkdir()
    _fill(plain / "kam.sqlite3", encrypt=False).close()
    hits = _hits(plain)
    assert "name" in hits
    assert "register" not in hits


def test_keys_never_print(tmp_path: Path) -> None:
    key = dbkey.DbKey(TEST_DB_KEY, True, "env")
    assert TEST_DB_KEY not in repr(key)
    ctx = bootstrap(str(tmp_path / "k.sqlite3"))
    assert TEST_DB_KEY not in str(ctx.engine.url)
    assert TEST_DB_KEY not in repr(ctx.engine)
    ctx.close()


def test_a_database_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="folder"):
        bootstrap(str(tmp_path))
