"""`kam team …`: set up a shared PostgreSQL database, add its users, bind a laptop's database to it (push)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from kam.errors import UserError
from kam.i18n import _

ENV_ADMIN_URL = "KAM_ADMIN_URL"
ENV_NEW_PASSWORD = "KAM_NEW_USER_PASSWORD"
ENV_TEAM_REGISTER = "KAM_TEAM_REGISTER_PASSPHRASE"  # the team register passphrase (kam sync --team-register)


def add_parsers(sub: Any) -> None:
    team = sub.add_parser("team", help="team mode on a shared PostgreSQL database")
    tsub = team.add_subparsers(dest="team_command", metavar="init|add-user|push", required=True)
    init = tsub.add_parser("init", help="create or upgrade the schema, roles, row-level security and "
                                        "notifications (idempotent; run again after upgrading kam)")
    init.add_argument("--admin-url", metavar="URL", help=f"an owner/superuser URL (or ${ENV_ADMIN_URL})")
    add = tsub.add_parser("add-user", help="a login for one of our people, in the role's group")
    add.add_argument("name", metavar="NAME", help="user name (also the database login)")
    add.add_argument("--role", choices=["kam", "vp", "admin"], required=True)
    add.add_argument("--manager", metavar="NAME", help="whom they report to (a VP sees their team's accounts)")
    add.add_argument("--display-name", metavar="TEXT")
    add.add_argument("--email")
    add.add_argument("--admin-url", metavar="URL", help=f"an owner/superuser URL (or ${ENV_ADMIN_URL})")
    push = tsub.add_parser("push", help="a laptop's database joins the team server: bound to it and synced for the "
                                        "first time (then kam sync keeps it in step; re-running is a sync)")
    push.add_argument("--from", dest="source", metavar="LOCAL_DB", required=True)
    push.add_argument("--to", dest="target", metavar="URL", required=True,
                      help="the team server as the user who takes the accounts (password: in the URL or "
                           "$KAM_SYNC_PASSWORD; it is not remembered)")
    push.add_argument("--dry-run", action="store_true", help="check the login and count what would go; bind nothing")


def _admin_url(args: argparse.Namespace) -> str:
    url = args.admin_url or os.environ.get(ENV_ADMIN_URL)
    if not url:
        raise UserError(_("give --admin-url postgresql+psycopg://owner@host/db (or set {ENV_ADMIN_URL})").format(ENV_ADMIN_URL=ENV_ADMIN_URL))
    if not url.startswith("postgresql"):
        raise UserError(_("team mode needs a PostgreSQL URL: postgresql+psycopg://user@host:5432/database"))
    return url


def cmd_team(args: argparse.Namespace) -> int:
    from kam.app import bootstrap
    from kam.team import setup

    if args.team_command == "push":
        return _push(args)
    url = _admin_url(args)
    ctx = bootstrap(url)  # migrates to head as the owner
    try:
        with ctx.engine.begin() as conn:
            if args.team_command == "init":
                setup.init_team(conn)
                print(_("team database ready at {host}:{port}/{database} (schema {to_revision}, row-level security on, groups {value})").format(host=ctx.engine.url.host, port=ctx.engine.url.port, database=ctx.engine.url.database, to_revision=ctx.upgrade.to_revision, value=', '.join(setup.GROUPS.values())))
                return 0
            from kam.vocab import UserRole

            password = setup.add_user(conn, args.name, UserRole(args.role), args.display_name, args.manager,
                                      os.environ.get(ENV_NEW_PASSWORD), args.email)
    finally:
        ctx.close()
    print(f"user {args.name} added as {args.role}" + (f", reporting to {args.manager}" if args.manager else ""))
    if not os.environ.get(ENV_NEW_PASSWORD):
        print(_("password (shown once; give it to {name} in person): {password}").format(name=args.name, password=password))
    return 0


def _push(args: argparse.Namespace) -> int:
    from kam.cli.common import opened
    from kam.cli.sync import server_url
    from kam.sync import engine
    from kam.team.push import push

    if not args.target.startswith("postgresql"):
        raise UserError(_("--to: a PostgreSQL URL (postgresql+psycopg://user@host:5432/database)"))
    url, remembered = server_url(argparse.Namespace(server=args.target), None)
    with opened(argparse.Namespace(db=args.source, user=None, plain=False)) as local:
        server = engine.server_engine(url)
        try:
            result = push(local.engine, server, remembered, dry_run=args.dry_run)
        finally:
            server.dispose()
        waiting, open_ = engine.counts(local.engine) if result.sync is not None else (0, 0)
    for line in result.warnings:
        print(f"  {line}", file=sys.stderr)
    if result.sync is None:
        print(_("would send {accounts} accounts ({rows} rows) to the team server; nothing was bound or written")
              .format(accounts=result.accounts, rows=result.rows))
        return 0
    done = result.sync
    print(_("bound to the team server and synced: {pushed} rows sent ({accounts} accounts), {pulled} received; "
            "{waiting} waiting, {conflicts} conflicts to resolve").format(
        pushed=done.pushed, accounts=result.accounts, pulled=done.pulled, waiting=waiting, conflicts=open_))
    print(_("from now on: kam sync --db {db}").format(db=args.source))
    if done.refused:
        print(_("{n} changes refused by the server (your rights): kept as conflicts, see kam sync --conflicts")
              .format(n=done.refused), file=sys.stderr)
    return 1 if done.refused else 0


COMMANDS = {"team": cmd_team}
