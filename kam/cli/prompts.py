"""Prompts for keys and passphrases: from the environment (automation) or a terminal that does not echo.

Without a terminal nobody is asked and the command fails clearly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from kam.errors import UserError
from kam.i18n import _

ENV_REGISTER = "KAM_REGISTER_PASSPHRASE"
ENV_REGISTER_NEW = "KAM_REGISTER_NEW_PASSPHRASE"


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def prompt(text: str, *, confirm: bool) -> str | None:
    import getpass

    if not interactive():
        return None
    first = getpass.getpass(text)
    if confirm and getpass.getpass("again: ") != first:
        raise UserError(_("the two entries differ; nothing was changed"))
    return first or None


def ask_db_passphrase(path: Path, creating: bool) -> str | None:
    """For bootstrap: the passphrase of an encrypted database (a new one is typed twice)."""
    if creating and interactive():
        print(_("No credential store on this computer: choose a passphrase for {path}.").format(path=path), file=sys.stderr)
        return prompt("new database passphrase: ", confirm=True)
    return prompt(f"passphrase for {path}: ", confirm=False)


def register_passphrase(*, new: bool = False, confirm: bool = False) -> str:
    env = os.environ.get(ENV_REGISTER_NEW if new else ENV_REGISTER)
    if env:
        return env
    answer = prompt("new register passphrase: " if new else "register passphrase: ", confirm=confirm)
    if not answer:
        raise UserError(_("the register passphrase is needed: type it at a terminal or set {value}").format(value=ENV_REGISTER_NEW if new else ENV_REGISTER))
    return answer


def unlock_register(ctx: Any) -> None:
    """Unlock the register of ``ctx`` (for commands that print or show its content)."""
    if ctx.services.register.is_set_up() and not ctx.services.register.unlocked:
        ctx.services.register.unlock(register_passphrase())
