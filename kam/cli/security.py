"""`kam encrypt`, `kam rekey` and `kam register …`, and the prompts for keys and passphrases.

Passphrases come from the environment for automation (``KAM_DB_KEY`` /
``KAM_DB_NEW_KEY`` for the database, ``KAM_REGISTER_PASSPHRASE`` /
``KAM_REGISTER_NEW_PASSPHRASE`` for the register) or from a prompt that does
not echo; without a terminal nobody is asked and the command fails clearly.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from kam.cli.prompts import ENV_REGISTER, ENV_REGISTER_NEW, ask_db_passphrase, register_passphrase
from kam.errors import UserError
from kam.i18n import _


def add_parsers(sub: Any) -> None:
    sub.add_parser("encrypt", help="encrypt a plain database and its backups (SQLCipher), after a backup")
    rk = sub.add_parser("rekey", help="give the database and its backups a new key")
    rk.add_argument("--passphrase", action="store_true",
                    help="protect it with a passphrase you type instead of a key in the credential store")
    rg = sub.add_parser("register", help="the IP register's passphrase")
    rg_sub = rg.add_subparsers(dest="register_command", metavar="unlock-test|set-passphrase|change-passphrase",
                               required=True)
    rg_sub.add_parser("unlock-test", help=f"check the register passphrase (prompt or ${ENV_REGISTER})")
    rg_sub.add_parser("set-passphrase", help="choose the first register passphrase; existing content gets encrypted")
    rg_sub.add_parser("change-passphrase", help=f"re-wrap the register key (old: prompt or ${ENV_REGISTER}, "
                                                f"new: prompt or ${ENV_REGISTER_NEW})")


def _db_path(args: argparse.Namespace) -> Path:
    from kam.store.db import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise UserError(_("encryption at rest applies to a local database file; "
                        "a server database is protected by the server"))
    from kam.store.recovery import recover

    for done in recover(path):  # finish an interrupted encrypt/rekey before judging the file
        print(f"kam: {done}", file=sys.stderr)
    if not path.exists():
        raise UserError(_("{path} does not exist").format(path=path))
    return path


def _audit(args: argparse.Namespace, action: str, **details: Any) -> None:
    from kam.cli.common import opened
    from kam.services import audit

    with opened(args) as ctx, ctx.sessions.begin() as s:
        audit.record(s, ctx.actor, action, "database", None, **details)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from kam.store import dbkey
    from kam.store.convert import encrypt_database
    from kam.store.db import file_kind

    path = _db_path(args)
    if file_kind(path) != "plain":
        raise UserError(_("{path} is already encrypted").format(path=path))
    _audit(args, "database.encrypt")  # inside the file that is about to be encrypted
    env = os.environ.get(dbkey.ENV_NEW_KEY)
    key = dbkey.DbKey.from_text(env, "env") if env else dbkey.key_for_new(path, ask_db_passphrase)
    result = encrypt_database(path, key)
    dbkey.remember(path, key)
    print(_("encrypted {path}; key kept in {key}").format(path=path, key=key_home(key)))
    print(_("{value} backups encrypted too (the plaintext copies were overwritten and removed)").format(value=len(result.backups)))
    for p, why in result.skipped:
        print(_("kam: warning: backup {p} left as it was: {why}").format(p=p, why=why), file=sys.stderr)
    return 0


def key_home(key: Any) -> str:
    """Where the key of a database is kept, in words."""
    return str({"keyring": _("the credential store"), "env": _("KAM_DB_KEY / KAM_DB_NEW_KEY (keep it safe)"),
                "passphrase": _("your passphrase (kam cannot recover it)")}.get(key.source, key.source))


def cmd_rekey(args: argparse.Namespace) -> int:
    from kam.store import dbkey
    from kam.store.db import file_kind

    path = _db_path(args)
    if file_kind(path) != "encrypted":
        raise UserError(_("{path} is not encrypted; run `kam encrypt` first").format(path=path))
    old = dbkey.key_for_existing(path, ask_db_passphrase)
    _audit(args, "database.rekey")
    env = os.environ.get(dbkey.ENV_NEW_KEY)
    if env:
        new = dbkey.DbKey.from_text(env, "env")
    elif args.passphrase or not dbkey.credential_store_available():
        answer = ask_db_passphrase(path, True)
        if not answer:
            raise UserError(_("type the new passphrase at a terminal or set {ENV_NEW_KEY}").format(ENV_NEW_KEY=dbkey.ENV_NEW_KEY))
        new = dbkey.DbKey.from_text(answer, "passphrase")
    else:
        new = dbkey.DbKey.random()
    result = rekey_with_store(path, old, new)
    print(_("new key for {path}; kept in {value}").format(path=path, value=key_home(result[0])))
    print(_("{value} backups re-keyed").format(value=len(result[1].backups)))
    for p, why in result[1].skipped:
        print(_("kam: warning: backup {p} keeps its old key: {why}").format(p=p, why=why), file=sys.stderr)
    return 0


def rekey_with_store(path: Path, old: Any, new: Any) -> tuple[Any, Any]:
    """Re-key, keeping a random key in the credential store so that no moment loses it.

    The new key goes in a "pending" entry first; only after the file carries it
    does it replace the main entry. ``key_for_existing`` tries the pending entry
    when the main one fails (a crash in between).
    """
    from kam.store import dbkey
    from kam.store.convert import rekey_database

    if new.source != "new":
        result = rekey_database(path, old, new)
        if old.source == "keyring":
            dbkey.forget_key(path)  # the stored key opens nothing any more
        dbkey.remember(path, new)
        return new, result
    pending = dbkey.pending_path(path)
    if not dbkey.store_key(pending, new):
        raise UserError(_("the credential store refused the new key; nothing was changed"))
    result = rekey_database(path, old, new)
    if not dbkey.store_key(path, new):
        raise UserError(_("the database now has a new key, kept only in the credential store entry for {pending}").format(pending=pending))
    dbkey.forget_key(pending)
    stored = dbkey.DbKey(new.secret, True, "keyring")
    dbkey.remember(path, stored)
    return stored, result


def cmd_register(args: argparse.Namespace) -> int:
    from kam.cli.common import opened

    with opened(args) as ctx:
        reg = ctx.services.register
        if args.register_command == "unlock-test":
            if not reg.is_set_up():
                raise UserError(_("the register has no passphrase yet (kam register set-passphrase)"))
            reg.unlock(register_passphrase())
            print(_("ok: the register passphrase unlocks the register key"))
        elif args.register_command == "set-passphrase":
            reg.set_up(register_passphrase(new=True, confirm=True))
            print(_("register passphrase set; register content is encrypted with its key"))
        else:
            old = register_passphrase()
            reg.change_passphrase(old, register_passphrase(new=True, confirm=True))
            print(_("register passphrase changed (the key was re-wrapped; content unchanged)"))
    return 0


COMMANDS = {"encrypt": cmd_encrypt, "rekey": cmd_rekey, "register": cmd_register}
