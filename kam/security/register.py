"""Field encryption for the confidential IP register, and the in-memory vault that holds its key.

Scheme (see ``kam.model.base.SealedText``)::

    envelope = 0x02 || nonce (12 bytes, random) || AES-256-GCM(register key, nonce, plaintext, aad)
    aad      = "kam-register/v2/<table>/<row gid>/<field>"

The associated data binds each ciphertext to its row and field: a description
copied into another item's notes, or another item's row, fails to decrypt
instead of showing the wrong secret. The row is named by its global id (the
same on the laptop replica and the team server, ``kam.sync``), so an item
travels between them still sealed and opens on both. Envelopes of version 1
(``0x01``, written before the sync existed) bind the integer row id instead
(``"kam-register/<table>/<row id>/<field>"``); they still open where they were
written, and are sealed again under version 2 when the register is unlocked
(``kam.services.register.RegisterService.unlock``). The version byte chooses
the associated data, so changing it only makes the envelope fail to open.

The register key is 32 random bytes, stored only wrapped (AES-256-GCM) under a
key derived from the user's register passphrase with Argon2id — t=3 passes,
m=64 MiB, p=4 lanes, 16-byte random salt (RFC 9106 §4, second recommended
option; ≈0.13 s on a laptop). The parameters are stored with the wrapped key,
so they can be raised later without breaking old databases. Changing the
passphrase re-wraps the key; no content is re-encrypted.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, overload

from kam.errors import UserError
from kam.i18n import _

SEALED_PLAIN = b"\x00"
SEALED_AESGCM = b"\x01"  # bound to the row id (before the sync)
SEALED_GID = b"\x02"  # bound to the row's global id: opens on every replica
KEY_SETTING = "register.key"  # the wrapped key, in the settings table
ARGON2 = {"iterations": 3, "memory_cost": 64 * 1024, "lanes": 4}
MIN_PASSPHRASE = 8


class RegisterLocked(UserError):
    """Register content needs the register unlocked with its passphrase."""

    def __init__(self, message: str = "the IP register is locked; unlock it with the register passphrase") -> None:
        super().__init__(message)


class WrongPassphrase(UserError):
    pass


class TamperedContent(UserError):
    """A ciphertext does not authenticate: changed, moved to another row or field, or another key."""


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"))


@dataclass(frozen=True)
class WrappedKey:
    kdf: str
    iterations: int
    memory_cost: int  # KiB
    lanes: int
    salt: str
    nonce: str
    wrapped: str
    version: int = 1

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WrappedKey:
        if data.get("version") != 1 or data.get("kdf") != "argon2id":
            raise UserError(_("the register key was written by a newer version of kam"))
        return cls(**data)


_WRAP_AAD = b"kam-register-key/v1"


def _kek(passphrase: str, salt: bytes, iterations: int, memory_cost: int, lanes: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes,
                    memory_cost=memory_cost).derive(passphrase.encode("utf-8"))


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(_("the register passphrase must have at least {MIN_PASSPHRASE} characters").format(MIN_PASSPHRASE=MIN_PASSPHRASE))


def wrap(key: bytes, passphrase: str) -> WrappedKey:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_new_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _kek(passphrase, salt, **ARGON2)
    wrapped = AESGCM(kek).encrypt(nonce, key, _WRAP_AAD)
    return WrappedKey("argon2id", ARGON2["iterations"], ARGON2["memory_cost"], ARGON2["lanes"],
                      _b64(salt), _b64(nonce), _b64(wrapped))


def unwrap(w: WrappedKey, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _kek(passphrase, _unb64(w.salt), w.iterations, w.memory_cost, w.lanes)
    try:
        return AESGCM(kek).decrypt(_unb64(w.nonce), _unb64(w.wrapped), _WRAP_AAD)
    except InvalidTag:
        raise WrongPassphrase(_("wrong register passphrase")) from None


def new_key() -> bytes:
    return os.urandom(32)


def aad(table: str, row_id: int, field: str) -> bytes:
    return f"kam-register/{table}/{row_id}/{field}".encode()


def aad_gid(table: str, gid: str, field: str) -> bytes:
    return f"kam-register/v2/{table}/{gid}/{field}".encode()


def envelope_version(envelope: bytes | None) -> bytes | None:
    return None if envelope is None else envelope[:1]


def seal_row(key: bytes, plaintext: bytes | None, table: str, gid: str, field: str) -> bytes | None:
    """An envelope of version 2: bound to the row's global id and the field (opens on every replica)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if plaintext is None:
        return None
    nonce = os.urandom(12)
    return SEALED_GID + nonce + AESGCM(key).encrypt(nonce, plaintext, aad_gid(table, gid, field))


def unseal_row(key: bytes | None, envelope: bytes | None, table: str, row_id: int | None, gid: str | None,
               field: str) -> bytes | None:
    """The plaintext of a row's field, whichever binding its envelope has (version 1: row id; 2: global id)."""
    if envelope is not None and envelope[:1] == SEALED_GID:
        if gid is None:
            raise TamperedContent(_("register content does not authenticate: it was changed or moved outside kam"))
        return unseal(key, SEALED_AESGCM + envelope[1:], aad_gid(table, gid, field))
    return unseal(key, envelope, aad(table, row_id if row_id is not None else -1, field))


@overload
def seal(key: bytes, plaintext: bytes, associated: bytes) -> bytes: ...
@overload
def seal(key: bytes, plaintext: None, associated: bytes) -> None: ...
@overload
def seal(key: bytes, plaintext: bytes | None, associated: bytes) -> bytes | None: ...
def seal(key: bytes, plaintext: bytes | None, associated: bytes) -> bytes | None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if plaintext is None:
        return None
    nonce = os.urandom(12)
    return SEALED_AESGCM + nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def unseal(key: bytes | None, envelope: bytes | None, associated: bytes) -> bytes | None:
    """The plaintext of an envelope; version 0 (from before the register had a key) passes through."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if envelope is None:
        return None
    version = envelope[:1]
    if version == SEALED_PLAIN:
        return envelope[1:]
    if version != SEALED_AESGCM:
        raise TamperedContent(_("register content in an unknown format"))
    if key is None:
        raise RegisterLocked()
    try:
        return AESGCM(key).decrypt(envelope[1:13], envelope[13:], associated)
    except InvalidTag:
        raise TamperedContent(
            _("register content does not authenticate: it was changed or moved outside kam")) from None


class RegisterVault:
    """The unlocked register key, in memory only, for one app session.

    Locks itself after ``idle_seconds`` without use (checked on every access,
    so nothing depends on a timer firing) and on ``lock()`` (the GUI calls it
    when the Windows session locks). Listeners hear about locking.
    """

    def __init__(self, idle_seconds: float = 300, clock: Callable[[], float] = time.monotonic) -> None:
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._key: bytearray | None = None
        self._last = 0.0
        self._listeners: list[Callable[[bool], None]] = []

    def on_change(self, listener: Callable[[bool], None]) -> None:
        self._listeners.append(listener)

    @property
    def unlocked(self) -> bool:
        self.expire_if_idle()
        return self._key is not None

    def expire_if_idle(self) -> bool:
        """Lock when idle too long; True if this call locked it."""
        if self._key is not None and self.idle_seconds > 0 and self._clock() - self._last > self.idle_seconds:
            self.lock()
            return True
        return False

    def unlock(self, key: bytes) -> None:
        self._key = bytearray(key)
        self._last = self._clock()
        for listener in self._listeners:
            listener(True)

    def lock(self) -> None:
        if self._key is None:
            return
        for i in range(len(self._key)):  # best effort: do not leave the key in freed memory
            self._key[i] = 0
        self._key = None
        for listener in self._listeners:
            listener(False)

    def key(self) -> bytes:
        self.expire_if_idle()
        if self._key is None:
            raise RegisterLocked()
        self._last = self._clock()
        return bytes(self._key)

    def key_or_none(self) -> bytes | None:
        try:
            return self.key()
        except RegisterLocked:
            return None
