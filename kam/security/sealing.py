"""Envelopes for register content (see ``kam.model.base.SealedText``).

Version 0 holds UTF-8 plaintext. The trust issue adds version 1 (AES-256-GCM
under the register key, with the record id and field name as associated data);
readers dispatch on the first byte, so both can coexist during a migration.
"""

from __future__ import annotations

from kam.model.base import SEALED_PLAIN


class SealedContent(Exception):
    """The content is encrypted and the register is locked."""


def seal_plain(text: str | None) -> bytes | None:
    if text is None:
        return None
    return SEALED_PLAIN + text.encode("utf-8")


def open_plain(envelope: bytes | None) -> str | None:
    if envelope is None:
        return None
    if envelope[:1] == SEALED_PLAIN:
        return envelope[1:].decode("utf-8")
    raise SealedContent("register content is encrypted; unlock the register to read it")
