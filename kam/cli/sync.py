"""`kam sync`: this laptop's database ⇄ the team server (kam.sync); its conflicts listed and resolved."""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

from kam.errors import UserError
from kam.i18n import _

ENV_PASSWORD = "KAM_SYNC_PASSWORD"
# fault-injection tests: print each step of the sync on stderr and wait this many seconds there
ENV_TRACE = "KAM_SYNC_TRACE"
ENV_BATCH = "KAM_SYNC_BATCH_ROWS"  # rows per pushed batch (tests: small, so a sync has many batches)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("sync", help="sync this laptop's database with the team server (both ways)")
    p.add_argument("--db", dest="sync_db", metavar="LOCAL", help="the laptop's database (default: --db, $KAM_DB)")
    p.add_argument("--server", metavar="URL",
                   help="the team server, postgresql+psycopg://user:password@host:5432/database (first time; "
                        f"later the one this database is bound to, the password from ${ENV_PASSWORD})")
    p.add_argument("--conflicts", action="store_true", help="list the conflicts waiting for a decision")
    p.add_argument("--resolve", metavar="ID", type=int, help="settle one conflict (with --take)")
    p.add_argument("--take", choices=["mine", "theirs"], help="which value a resolved conflict keeps")
    p.add_argument("--team-register", action="store_true",
                   help="seal this laptop's IP register again under the team's key, then sync (asks this laptop's "
                        "register passphrase and the team's, or $KAM_REGISTER_PASSPHRASE and "
                        "$KAM_TEAM_REGISTER_PASSPHRASE)")


def server_url(args: argparse.Namespace, bound: str | None) -> tuple[str, str]:
    """(the URL to connect with, the URL to remember: without the password)."""
    from sqlalchemy.engine import make_url

    given = args.server or bound
    if not given:
        raise UserError(_("give --server postgresql+psycopg://user@host:5432/database (the team server)"))
    if not given.startswith("postgresql"):
        raise UserError(_("--server: a PostgreSQL URL (postgresql+psycopg://user@host:5432/database)"))
    url = make_url(given)
    if url.password is None and os.environ.get(ENV_PASSWORD):
        url = url.set(password=os.environ[ENV_PASSWORD])
    remembered = url.set(password=None).render_as_string(hide_password=False)
    return url.render_as_string(hide_password=False), remembered


def cmd_sync(args: argparse.Namespace) -> int:
    from kam.cli.common import opened
    from kam.sync import engine, local

    if args.sync_db:
        args.db = args.sync_db
    if (args.resolve is None) != (args.take is None):
        raise UserError(_("--resolve ID and --take mine|theirs go together"))
    with opened(args) as ctx:
        if args.conflicts:
            return _list(engine.open_conflicts(ctx.engine))
        if args.resolve is not None:
            engine.resolve(ctx.engine, args.resolve, args.take)
            print(_("conflict {id} resolved: {take} kept (it reaches the server at the next sync)").format(
                id=args.resolve, take=_("this laptop's value") if args.take == "mine" else _("the server's value")))
            return 0
        with ctx.engine.connect() as lc:
            st = local.state(lc)
        url, remembered = server_url(args, str(st["server"]) if st and st["server"] else None)
        if st is not None and args.server and st["server"] != remembered:
            raise UserError(_("this database is bound to another server ({server})").format(server=st["server"]))
        if os.environ.get(ENV_BATCH):
            engine.BATCH_ROWS = int(os.environ[ENV_BATCH])
        server = engine.server_engine(url)
        try:
            if st is None:
                engine.bind(ctx.engine, server, remembered)
            if args.team_register:
                _team_register(ctx, server)
            result = engine.sync(ctx.engine, server, hook=_tracer())
        finally:
            server.dispose()
        waiting, open_ = engine.counts(ctx.engine)
    for name in result.removed_accounts:
        print(_("account {name} is no longer shared with you: removed from this laptop").format(name=name))
    print(_("synced: {pushed} changes sent, {pulled} received, {deleted} deleted; {waiting} waiting, "
            "{conflicts} conflicts to resolve").format(pushed=result.pushed, pulled=result.pulled,
                                                      deleted=result.deleted, waiting=waiting, conflicts=open_))
    if result.refused:
        print(_("{n} changes refused by the server (your rights): kept as conflicts, see kam sync --conflicts")
              .format(n=result.refused), file=sys.stderr)
    for line in result.warnings:
        print(f"  {line}", file=sys.stderr)
    return 0


def _team_register(ctx: Any, server: Any) -> None:
    from kam.cli.prompts import register_passphrase
    from kam.cli.team import ENV_TEAM_REGISTER
    from kam.sync import sealed

    if not ctx.services.register.is_set_up():
        raise UserError(_("this laptop's IP register has no passphrase: its first sync takes the team's key"))
    ctx.services.register.unlock(register_passphrase())
    team = os.environ.get(ENV_TEAM_REGISTER) or register_passphrase()
    try:
        n = sealed.adopt_team_key(ctx.engine, server, ctx.services.vault.key(), team)
    finally:
        ctx.services.register.lock()
    print(_("{n} IP register rows sealed again under the team's key; the team's register passphrase unlocks "
            "them here now").format(n=n))


def _tracer() -> Any:
    pause = os.environ.get(ENV_TRACE)
    if not pause:
        return None

    def step(where: str) -> None:
        sys.stderr.write(f"sync-step {where}\n")  # for the test that reads it, not a sentence for a person
        sys.stderr.flush()
        time.sleep(float(pause))
    return step


def _list(conflicts: list[dict[str, Any]]) -> int:
    from kam.cli.common import table

    if not conflicts:
        print(_("no conflicts waiting"))
        return 0
    kinds = {"field": _("both changed"), "refused": _("refused by the server"),
             "deleted": _("deleted on the server")}
    rows = [[str(c["id"]), kinds.get(c["kind"], c["kind"]), c["tbl"], c["field"] or "",
             _short(c["mine"]), _short(c["theirs"])] for c in conflicts]
    table(rows, [_("id"), _("conflict"), _("table"), _("field"), _("this laptop"), _("server")])
    return 0


def _short(value: Any) -> str:
    if isinstance(value, dict):
        value = ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, ""))
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:59] + "…"


COMMANDS = {"sync": cmd_sync}
