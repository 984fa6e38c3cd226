"""The key of an encrypted database file (SQLCipher): where it comes from and where it is kept.

A new database gets a random 256-bit key, kept in the operating system's
credential store through ``keyring`` (Windows Credential Manager, macOS
Keychain, Secret Service on Linux desktops) under the database's full path.
Where no credential store exists, the user chooses a passphrase instead and
SQLCipher derives the key from it (PBKDF2-HMAC-SHA512, 256 000 iterations,
salt in the file). ``KAM_DB_KEY`` supplies either for automation and tests:
64 hexadecimal digits are a raw key, anything else is a passphrase.

Raw keys are handed to SQLCipher as ``x'…'`` so opening skips the slow
derivation. Backups of a database carry the same key as the database.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kam.errors import UserError
from kam.i18n import _

ENV_KEY = "KAM_DB_KEY"
ENV_NEW_KEY = "KAM_DB_NEW_KEY"
KEYRING_SERVICE = "kam database key"
_HEX = re.compile(r"^[0-9a-fA-F]{64}$")

# (database path, creating?) -> passphrase, or None when nobody can be asked
AskPassphrase = Callable[[Path, bool], "str | None"]


class KeyUnavailable(UserError):
    """The database is encrypted and no key could be found or asked for."""


@dataclass(frozen=True)
class DbKey:
    """A raw 256-bit key (``hex``) or a passphrase; ``source`` says where it came from."""

    secret: str
    raw: bool
    source: str  # "env" | "keyring" | "passphrase" | "new"

    @classmethod
    def random(cls) -> DbKey:
        import secrets  # (imported here: opening a database needs no new key)

        return cls(secrets.token_hex(32), True, "new")

    @classmethod
    def from_text(cls, text: str, source: str) -> DbKey:
        if _HEX.match(text.strip()):
            return cls(text.strip().lower(), True, source)
        if not text:
            raise UserError(_("an empty passphrase cannot protect a database"))
        return cls(text, False, source)

    def value(self) -> str:
        """What SQLCipher's ``PRAGMA key`` takes: ``x'…'`` for a raw key, else the passphrase."""
        return f"x'{self.secret}'" if self.raw else self.secret

    def for_file(self, path: Path) -> DbKey:
        """The raw key this passphrase stands for in the existing file ``path``, else ``self``.

        SQLCipher derives a passphrase's key with PBKDF2-HMAC-SHA512 (256 000 rounds) and the salt in the
        file's first 16 bytes — about 0.15 s each time a connection is opened. Derived here once per process
        (the same derivation), each connection opens with the raw key and skips it. A new or too short file
        keeps the passphrase: SQLCipher makes the salt then.
        """
        if self.raw:
            return self
        try:
            with path.open("rb") as fh:
                salt = fh.read(16)
        except OSError:
            return self
        if len(salt) < 16:
            return self
        return DbKey(_derived(self.secret, salt), True, self.source)

    def pragma_literal(self) -> str:
        """The value for ``PRAGMA key = "…"`` with any double quote escaped."""
        return self.value().replace('"', '""')

    def __repr__(self) -> str:  # never print a key by accident
        return f"DbKey(raw={self.raw}, source={self.source!r})"


_derivations: dict[tuple[str, bytes], str] = {}  # (passphrase, salt) -> raw key, this process
_deriving: dict[tuple[str, bytes], threading.Thread] = {}


def _pbkdf2(passphrase: str, salt: bytes) -> str:
    """SQLCipher 4's own derivation of a passphrase's key (its defaults: PBKDF2-HMAC-SHA512, 256 000 rounds)."""
    import hashlib

    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, 256_000, 32).hex()


def _derived(passphrase: str, salt: bytes) -> str:
    """The raw key, derived once per process (or taken from the derivation ``derive_ahead`` started)."""
    wanted = (passphrase, salt)
    if (ahead := _deriving.pop(wanted, None)) is not None:
        ahead.join()
    if (raw := _derivations.get(wanted)) is None:
        raw = _derivations[wanted] = _pbkdf2(passphrase, salt)
    return raw


def derive_ahead(db: str | None) -> None:
    """Start deriving the key of the encrypted file ``db`` (``--db``, else ``KAM_DB``, else the default file)
    from a ``KAM_DB_KEY`` passphrase in a background thread, while the process imports the rest of the app.

    The same derivation at the same cost (hashlib releases the interpreter lock while it runs, so the imports
    go on beside it on another core): it only starts earlier. Nothing happens for a raw key, a plain, new or
    missing file, or a server URL; ``_derived`` picks the result up (or derives itself if this never ran).
    """
    passphrase = os.environ.get(ENV_KEY)
    if not passphrase or _HEX.match(passphrase.strip()):
        return
    raw_db = db or os.environ.get("KAM_DB") or ""
    if "://" in raw_db:
        return
    from kam.store.db import SQLITE_MAGIC, default_db_path

    try:
        path = Path(raw_db).expanduser().resolve() if raw_db else default_db_path()
        with path.open("rb") as fh:
            salt = fh.read(16)
    except OSError:
        return
    wanted = (passphrase, salt)
    if len(salt) < 16 or salt == SQLITE_MAGIC or wanted in _derivations or wanted in _deriving:
        return

    def work() -> None:
        _derivations[wanted] = _pbkdf2(passphrase, salt)

    thread = threading.Thread(target=work, name="kam-key-derivation", daemon=True)
    _deriving[wanted] = thread
    thread.start()


def _account(path: Path) -> str:
    return str(path.expanduser().resolve())


def keyring_module() -> Any:
    """The keyring module when a real credential store is configured, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - a dependency, but fail closed without it
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend is "no credential store"
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def credential_store_available() -> bool:
    return keyring_module() is not None


def stored_key(path: Path) -> DbKey | None:
    kr = keyring_module()
    if kr is None:
        return None
    try:
        value = kr.get_password(KEYRING_SERVICE, _account(path))
    except Exception:  # locked or unreachable store: ask instead
        return None
    return DbKey.from_text(value, "keyring") if value else None


def store_key(path: Path, key: DbKey) -> bool:
    """Keep a raw key in the credential store; False when there is none."""
    kr = keyring_module()
    if kr is None or not key.raw:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, _account(path), key.secret)
    except Exception:
        return False
    return stored_key(path) == DbKey(key.secret, True, "keyring")


def forget_key(path: Path) -> None:
    kr = keyring_module()
    if kr is None:
        return
    with contextlib.suppress(Exception):  # nothing stored
        kr.delete_password(KEYRING_SERVICE, _account(path))


def pending_path(path: Path) -> Path:
    """Where ``kam rekey`` parks a new key until the file carries it (see kam.cli.security.rekey_with_store)."""
    return path.with_name(path.name + "#pending-rekey")


def recover_pending(path: Path) -> DbKey | None:
    """A key parked by an interrupted rekey, if any."""
    key = stored_key(pending_path(path))
    return DbKey(key.secret, True, "keyring") if key else None


_session: dict[str, DbKey] = {}


def remember(path: Path, key: DbKey) -> None:
    """Keep the key of a database opened in this process (backups and restores need it)."""
    _session[_account(path)] = key


def known_key(path: Path) -> DbKey | None:
    """The key without asking anyone: this session's, ``KAM_DB_KEY``, or the credential store's."""
    if (k := _session.get(_account(path))) is not None:
        return k
    if env := os.environ.get(ENV_KEY):
        return DbKey.from_text(env, "env")
    return stored_key(path)


def key_for_existing(path: Path, ask: AskPassphrase | None) -> DbKey:
    key = known_key(path)
    if key is not None:
        return key
    answer = ask(path, False) if ask else None
    if answer:
        return DbKey.from_text(answer, "passphrase")
    raise KeyUnavailable(
        _("{path} is encrypted and its key was not found (credential store, {ENV_KEY}); enter its passphrase or set KAM_DB_KEY. The file was left untouched.").format(path=path, ENV_KEY=ENV_KEY)
    )


def key_for_new(path: Path, ask: AskPassphrase | None) -> DbKey:
    """The key for a database about to be created: env, else a random key in the store, else a passphrase."""
    if env := os.environ.get(ENV_KEY):
        return DbKey.from_text(env, "env")
    key = DbKey.random()
    if store_key(path, key):
        return DbKey(key.secret, True, "keyring")
    answer = ask(path, True) if ask else None
    if answer:
        return DbKey.from_text(answer, "passphrase")
    raise KeyUnavailable(
        _("this computer has no credential store to keep the key of {path}: run interactively to choose a passphrase, set {ENV_KEY}, or create an unencrypted database with `kam init --plain`").format(path=path, ENV_KEY=ENV_KEY)
    )
