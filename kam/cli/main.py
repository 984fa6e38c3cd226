"""The `kam` command. Every subcommand calls the same services as the GUI and the tests.

Exit codes: 0 done; 1 refused (something the user can fix: an unknown account, no database, a damaged
file, a failed check); 2 a command line that cannot run (an unknown option, a value out of range, a --user
who is not a user of the database), one line naming the option; 3 an unexpected failure, one line with where the details were logged; 130
interrupted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from kam import i18n
from kam.cli.common import Parser, file_arg, lang_option, opened, served_quickly, size_arg
from kam.cli.common import emit_json as _emit_json
from kam.cli.common import table as _table
from kam.cli.io import COMMANDS as IO_COMMANDS
from kam.cli.io import add_parsers as add_io_parsers
from kam.cli.prompts import register_passphrase
from kam.cli.reports import COMMANDS as REPORT_COMMANDS
from kam.cli.reports import add_parsers as add_report_parsers
from kam.cli.security import COMMANDS as SECURITY_COMMANDS
from kam.cli.security import add_parsers as add_security_parsers
from kam.cli.security import key_home
from kam.cli.sync import COMMANDS as SYNC_COMMANDS
from kam.cli.sync import add_parsers as add_sync_parsers
from kam.cli.team import COMMANDS as TEAM_COMMANDS
from kam.cli.team import add_parsers as add_team_parsers
from kam.cli.whitespace import COMMANDS as WHITESPACE_COMMANDS
from kam.cli.whitespace import add_parsers as add_whitespace_parsers
from kam.errors import UnknownUser, UserError
from kam.i18n import LANGS, _
from kam.vocab import DOSSIER_SECTIONS, GUI_VIEWS

if TYPE_CHECKING:
    from kam.account_list import AccountRow
    from kam.store.dbkey import DbKey

EXIT_USER = 1
EXIT_USAGE = 2  # (argparse's own exit status, kept: kam.cli.common.Parser says it in one line)
EXIT_BUG = 3


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked (importlib.metadata costs a command
    that does not print it 30–90 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        import kam

        sys.stdout.write(f"kam {kam.__version__}\n")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="kam",
        description="Key-account management: dossiers, org charts, plans and briefs.",
        epilog="With no command, kam opens the desktop application.",
    )
    p.add_argument("--version", action=_Version, help="show the version and exit")
    p.add_argument("--db", metavar="PATH_OR_URL",
                   help="database file, or an SQLAlchemy URL (default: $KAM_DB, then the per-user file)")
    p.add_argument("--user", metavar="USERNAME", help="act as this user (default: your login name)")
    p.add_argument("--lang", choices=LANGS, help="language of messages and documents (default: the OS language)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    ini = sub.add_parser("init", help="create or upgrade the database and print where it is")
    ini.add_argument("--plain", action="store_true",
                     help="create the database unencrypted (default: encrypted with SQLCipher)")

    d = sub.add_parser("demo", help="load the demo portfolio")
    d.add_argument("--scale", type=int, metavar="N", help="generate N accounts instead (benchmarks)")
    d.add_argument("--force", action="store_true", help="add the demo even if the database has accounts")

    a = sub.add_parser("accounts", help="list the key accounts")
    a.add_argument("--json", action="store_true")

    pe = sub.add_parser("people", help="list an account's people")
    pe.add_argument("account", metavar="ACCOUNT", help="id or exact name (Chinese or English)")
    pe.add_argument("--json", action="store_true")

    sub.add_parser("check", help="integrity_check, foreign_key_check and schema version")

    b = sub.add_parser("backup", help="write a consistent online backup")
    b.add_argument("out", metavar="OUT", type=file_arg)

    rs = sub.add_parser("restore", help="replace the database with a verified backup (the current one is kept)")
    rs.add_argument("file", metavar="FILE", type=file_arg)
    sub.add_parser("backups", help="list the backups beside the database")

    au = sub.add_parser("audit", help="the tamper-evident audit trail")
    au_sub = au.add_subparsers(dest="audit_command", metavar="verify|list", required=True)
    au_sub.add_parser("verify", help="check the hash chain; exit 1 at the first broken entry")
    al = au_sub.add_parser("list", help="the entries, oldest first")
    al.add_argument("--json", action="store_true")

    px = sub.add_parser("person-export", help="all personal data held about a person (JSON)")
    px.add_argument("person", metavar="PERSON", type=int, help="person id")
    px.add_argument("--out", type=file_arg, required=True, metavar="F.json")
    pe2 = sub.add_parser("person-erase", help="erase a person's personal data (keeps an anonymous placeholder)")
    pe2.add_argument("person", metavar="PERSON", type=int, help="person id")

    add_report_parsers(sub)
    add_security_parsers(sub)
    add_io_parsers(sub)
    add_team_parsers(sub)
    add_sync_parsers(sub)
    add_whitespace_parsers(sub)

    g = sub.add_parser("gui", help="open the desktop application")
    g.add_argument("--screenshot", type=file_arg, metavar="FILE.png", help="render offscreen into a PNG and exit")
    g.add_argument("--account", metavar="ACCOUNT")
    lang_option(g)
    g.add_argument("--section", metavar="NAME", choices=DOSSIER_SECTIONS,
                   help=f"dossier section to open: {', '.join(DOSSIER_SECTIONS)}")
    g.add_argument("--show", metavar="VIEW", choices=GUI_VIEWS, default="window",
                   help="open this over the window (and capture it with --screenshot): "
                        f"{', '.join(GUI_VIEWS)}; print, person, visit and import act on --account")
    g.add_argument("--size", metavar="WxH", type=size_arg,
                   help="the window's size in pixels, e.g. 1366x768 (a laptop screen)")
    g.add_argument("--first-view", action="store_true",
                   help="with --screenshot: capture as soon as the account list and the first dossier show, "
                        "before the reminders fill in (what the start-up benchmark times)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """The ``kam`` command; ``argv`` None: this is the process's entry point (kam.startup pauses the collector
    until the database is open)."""
    from kam import startup

    if argv is None:
        startup.pause()
    try:
        code = _main(argv)
    finally:
        startup.settle()
    if argv is None and code == 0 and served_quickly() and "sqlalchemy" not in sys.modules:
        _leave_now(code)
    return code


def _leave_now(code: int) -> NoReturn:
    """End the process without the interpreter's finalization, which a command served by a quick read
    (``kam.cli.common.quick_read``) does not need: its connection is closed, its files are written (the brief's
    PDF and the font cache are replaced whole, before this), kam registers no exit handlers, and no
    SQLAlchemy engine was made whose pooled connections would still be open. The finalization tears every
    module down and collects once more: with psycopg loaded ≈ 60 ms of the VP's ``kam accounts --json`` on a
    team database (same run, alternated: 0.42 → 0.36 s); the prompt comes back only after it."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except BrokenPipeError:  # `kam accounts | head`: the reader left
            pass
        except OSError as exc:  # a full disk under `kam accounts > file`: said, not lost in a traceback
            os.write(2, f"kam: {exc}\n".encode(errors="replace"))
            code = EXIT_USER
    os._exit(code)


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command not in ("init", "demo"):  # those may make the file: its salt does not exist yet
        from kam.store.dbkey import derive_ahead

        derive_ahead(getattr(args, "db", None))  # a KAM_DB_KEY passphrase's key, beside the imports
    language = i18n.set_language(args.lang)  # messages from here on are in the reader's language
    if args.lang is None and args.command not in (None, "gui"):  # the GUI falls back to its own setting
        args.lang = language
    handler = COMMANDS.get(args.command or "gui")
    assert handler is not None
    try:
        return handler(args)
    except UnknownUser as exc:  # --user is part of the command line: it cannot run as written
        print(f"kam: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"kam: {exc}", file=sys.stderr)
        return EXIT_USER
    except BrokenPipeError:  # `kam accounts | head`: the reader left, nothing to report
        return 0
    except KeyboardInterrupt:
        print(_("kam: interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one clear line, no traceback
        message = _known_failure(exc, getattr(args, "db", None))
        if message:
            print(f"kam: {message}", file=sys.stderr)
            return EXIT_USER
        log = _write_crash_log(exc)
        print(_("kam: unexpected error: {name}: {exc} (details in {log})").format(name=type(exc).__name__, exc=exc, log=log), file=sys.stderr)
        return EXIT_BUG


def gui_main() -> int:
    from kam import startup

    startup.pause()  # the kam-gui entry point (kam.startup)
    return main(["gui", *sys.argv[1:]])


def _known_failure(exc: Exception, db: str | None = None) -> str | None:
    """One line for a failure a person can act on: damage (with the backup to restore), a locked, read-only
    or full database; None for a bug."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from kam.app import damage_message

    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig)
    if isinstance(exc, DBAPIError) and any(w in text for w in ("malformed", "disk image", "not a database",
                                                                  "corrupt")):
        return damage_message(db)
    if isinstance(exc, OperationalError):
        if "locked" in text:
            return _("the database is locked by another program (another kam window or a backup); try again")
        if "readonly" in text or "read-only" in text:
            return _("the database is on a read-only medium or in a read-only folder: it can be read, not changed; "
                     "nothing was saved")
        if "disk" in text and "full" in text:
            return _("the disk is full; nothing was saved")
        if "unable to open" in text:
            return _("the database file cannot be opened: {reason}").format(reason=text)
        return _("database error: {reason}").format(reason=text)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)
    return None


def _write_crash_log(exc: Exception) -> Path:
    import tempfile
    import traceback

    import kam

    path = Path(tempfile.gettempdir()) / "kam-crash.log"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"--- {dt.datetime.now(dt.UTC).isoformat()} kam {kam.__version__}\n")
        fh.write("".join(traceback.format_exception(exc)))
    return path


def cmd_init(args: argparse.Namespace) -> int:
    with opened(args, create=True) as ctx:
        up = ctx.upgrade
        where = ctx.path or ctx.engine.url.render_as_string(hide_password=True)
        if up.from_revision == up.to_revision:
            print(_("database at {where} is up to date (schema {to_revision})").format(where=where, to_revision=up.to_revision))
        elif up.from_revision is None:
            how = (_("unencrypted") if ctx.db_key is None
                   else _("encrypted, key in {home}").format(home=key_home(ctx.db_key)))
            print(_("created database at {where} (schema {to_revision}; {how})").format(where=where, to_revision=up.to_revision, how=how))
        else:
            print(_("upgraded database at {where} from schema {from_revision} to {to_revision}; backup: {backup}").format(where=where, from_revision=up.from_revision, to_revision=up.to_revision, backup=up.backup))
        return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from kam import demo

    if args.scale is not None and args.scale < 1:
        raise UserError(_("--scale must be at least 1"))
    with opened(args, create=True) as ctx:
        started = time.perf_counter()
        with ctx.engine.connect() as conn:
            if not args.force and not demo.is_empty(conn):
                raise UserError(_("the database already has accounts; use --force to add the demo anyway"))
        reg = ctx.services.register
        if reg.is_set_up():
            reg.unlock(register_passphrase())
        else:
            reg.set_up(os.environ.get("KAM_REGISTER_PASSPHRASE") or demo.DEMO_REGISTER_PASSPHRASE)
            if not os.environ.get("KAM_REGISTER_PASSPHRASE"):
                print(_("the demo's IP register passphrase is {DEMO_REGISTER_PASSPHRASE}").format(DEMO_REGISTER_PASSPHRASE=repr(demo.DEMO_REGISTER_PASSPHRASE)), file=sys.stderr)
        with ctx.engine.begin() as conn:
            # a page cache of up to 256 MiB for the build (SQLite's default is 2 MiB): the indexes of a
            # --scale load stay in memory instead of being written out and read back, each time encrypted and
            # decrypted again (--scale 5000 encrypted: 66 -> 60 s); back to the default afterwards
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                conn.exec_driver_sql("PRAGMA cache_size = -262144")
            result = demo.load(conn, dt.date.today(), scale=args.scale, register_key=ctx.services.vault.key(),
                               progress=lambda m: print(m, file=sys.stderr))
            if sqlite:
                conn.exec_driver_sql("PRAGMA cache_size = -2000")
        n = ctx.services.analysis.snapshot_tiers()
        if args.scale is None:  # a history of tier moves for the review pack and transition rates
            ctx.services.analysis.snapshot_history(8)
        elapsed = time.perf_counter() - started
        print(_("loaded {accounts} accounts ({rows} rows, {n} tier snapshots) into {value} in {elapsed:.1f} s").format(accounts=result['accounts'], rows=result['rows'], n=n, value=ctx.path or make_url(ctx.url).render_as_string(hide_password=True), elapsed=elapsed))
        return 0


def cmd_accounts(args: argparse.Namespace) -> int:
    rows = _quick_accounts(args)
    if rows is None:
        with opened(args) as ctx:
            rows = ctx.services.accounts.rows()
    if args.json:
        _emit_json([{"id": r.id, "name": r.name, "name_zh": r.name_zh, "name_en": r.name_en,
                     "tier": r.tier.value if r.tier else None, "ka_type": r.ka_type.value,
                     "owner": r.owner, "people": r.people} for r in rows])
    else:
        _table([[str(r.id), r.name, r.name_en or "", r.tier.value if r.tier else "",
                 r.ka_type.value, r.owner or "", str(r.people)] for r in rows],
               ["id", "name", "English name", "tier", "ka_type", "owner", "people"])
    return 0


def _quick_accounts(args: argparse.Namespace) -> list[AccountRow] | None:
    """The account list read without SQLAlchemy when the database needs nothing but opening
    (``kam.store.quick``); None: open it through the start-up policy."""
    from kam.account_list import read_accounts
    from kam.cli.common import quick_read

    return quick_read(args, read_accounts)


def cmd_people(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        account = ctx.services.accounts.resolve(args.account)
        rows = ctx.services.people.rows(account.id)
        if args.json:
            _emit_json([{"id": r.id, "name": r.name, "name_latin": r.name_latin, "title": r.title,
                         "department": r.department, "reports_to": r.reports_to,
                         "stance": r.stance.value, "roles": [x.value for x in r.roles],
                         "influence": r.influence, "factions": r.factions,
                         "coverage_owner": r.coverage_owner} for r in rows])
        else:
            _table([[str(r.id), r.name, r.title or "", r.department or "", str(r.reports_to or ""),
                     r.stance.value, ",".join(x.value for x in r.roles), str(r.influence),
                     ",".join(r.factions)] for r in rows],
                   ["id", "name", "title", "department", "reports_to", "stance", "roles", "influence",
                    "factions"])
        return 0


def cmd_check(args: argparse.Namespace) -> int:
    from kam.store.maintenance import check

    with opened(args) as ctx:
        problems = check(ctx.engine)
        if ctx.path is not None:
            from kam.store.convert import plaintext_copies

            problems += [_("plaintext copy beside the encrypted database: {path} (encrypt or delete it)").format(
                path=p) for p in plaintext_copies(ctx.path)]
        if problems:
            for p in problems:
                print(f"kam check: {p}", file=sys.stderr)
            if any(p.startswith("integrity") for p in problems):
                from kam.app import damage_message

                print(_("kam check: {value}").format(value=damage_message(args.db)), file=sys.stderr)
            return EXIT_USER
        print(_("ok: integrity_check, foreign_key_check and schema version all pass"))
        return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from kam.store.maintenance import backup

    with opened(args) as ctx:
        out = backup(ctx.engine, args.out)
        print(_("backup written to {out}").format(out=out))
        return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from kam.store.backups import restore, verify_backup
    from kam.store.db import resolve_url, sqlite_path

    db = sqlite_path(resolve_url(args.db))
    if db is None:
        raise UserError(_("restore works on a local database file; a server database is restored with its own tools"))
    from kam.store.recovery import recover

    for done in recover(db):
        print(f"kam: {done}", file=sys.stderr)
    key = _restore_key(db, args.file.expanduser())
    rev = verify_backup(args.file.expanduser(), key)  # before anything is touched
    kept = restore(db, args.file.expanduser(), key)
    print(_("restored {db} from {file} (schema {rev}); the previous database was kept as {kept}").format(db=db, file=args.file, rev=rev, kept=kept))
    with opened(args):  # opens it: upgrades an older backup to this version, after its own backup
        return 0


def _restore_key(db: Path, backup: Path) -> DbKey | None:
    """The database's key: it opens its encrypted backups, and a plain backup is encrypted with it."""
    from kam.cli.prompts import ask_db_passphrase
    from kam.store import dbkey
    from kam.store.db import file_kind

    if file_kind(db) == "encrypted" or file_kind(backup) == "encrypted":
        return dbkey.key_for_existing(db, ask_db_passphrase)
    return None


def cmd_backups(args: argparse.Namespace) -> int:
    from kam.store.backups import backup_dir

    with opened(args) as ctx:
        if ctx.path is None:
            raise UserError(_("backups of a server database are made with its own tools"))
        folder = backup_dir(ctx.path)
        files = sorted(folder.glob("*.sqlite3")) + sorted(ctx.path.parent.glob(f"{ctx.path.stem}.*.sqlite3"))
        for f in files:
            print(_("{f}  {value:.1f} MiB").format(f=f, value=f.stat().st_size / 2**20))
        if not files:
            print(_("no backups yet in {folder}").format(folder=folder))
        return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from kam.model import AuditEntry
    from kam.services import audit

    with opened(args) as ctx:
        with ctx.sessions() as s:
            if args.audit_command == "verify":
                report = audit.verify(s)
                if not report.ok:
                    where = _("entry {id}: ").format(id=report.first_bad_id) if report.first_bad_id else ""
                    print(_("kam audit: {where}{reason} ({n} entries read)").format(
                        where=where, reason=report.reason, n=report.entries), file=sys.stderr)
                    return EXIT_USER
                if report.anchored:
                    print(_("ok: {n} entries, the hash chain, every MAC and the recorded head agree").format(
                        n=report.entries))
                else:
                    print(_("ok: {n} entries, the hash chain is intact (not anchored: no anchor key on this "
                            "computer for a plain database without a credential store)").format(n=report.entries))
                if report.replicas:
                    print(_("ok: {n} entries appended from laptops, each laptop's chain intact").format(
                        n=report.replicas))
                return 0
            entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        rows: list[dict[str, Any]] = [{"id": e.id, "at": e.at.isoformat(), "user": e.username, "action": e.action, "entity": e.entity,
                 "entity_id": e.entity_id, "details": e.details, "hash": e.entry_hash} for e in entries]
        if args.json:
            _emit_json(rows)
        else:
            _table([[str(r["id"]), r["at"][:19], r["user"] or "", r["action"],
                     f"{r['entity'] or ''} {r['entity_id'] or ''}".strip(),
                     json.dumps(r["details"], ensure_ascii=False) if r["details"] else ""] for r in rows],
                   ["id", "at (UTC)", "user", "action", "record", "details"])
        return 0


def cmd_person_export(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        out = ctx.services.privacy.export_person_to(args.person, args.out)
        print(_("personal data of person {person} written to {out}").format(person=args.person, out=out))
        return 0


def cmd_person_erase(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        ctx.services.privacy.erase_person(args.person)
        print(_("person {person}: personal data erased; an anonymous placeholder keeps the org chart whole").format(person=args.person))
        return 0


def registered_front_end(name: str = "gui") -> str | None:
    """The front end's entry point (``module:function``) as kam's installed distribution registers it in the
    ``kam.frontends`` group, read from its ``entry_points.txt`` found beside the distribution on ``sys.path``;
    None if not found this way, or if the file cannot be read or the value is not the plain ``module:function``
    this reads (an attribute path, ``[extras]``): then ``importlib.metadata`` looks it up. (It imports the
    email package for the same: ≈ 0.05 s of the window's start, a quarter of a bare Qt window's.)"""
    import re

    for entry in sys.path:
        try:
            found = sorted(Path(entry or ".").glob("kam-*.dist-info/entry_points.txt"))
        except OSError:
            continue
        for path in found:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeError):
                return None
            group = None
            for line in text.splitlines():
                line = line.strip()
                if line.startswith("["):
                    group = line.strip("[]").strip()
                elif group == "kam.frontends" and "=" in line:
                    key, _sep, value = line.partition("=")
                    if key.strip() == name:
                        value = value.strip()
                        return value if re.fullmatch(r"[\w.]+:\w+", value) else None
            return None  # kam's distribution, without the front end
    return None


def cmd_gui(args: argparse.Namespace) -> int:
    target = registered_front_end()
    if target is not None:
        import importlib

        module, _sep, function = target.partition(":")
        run = getattr(importlib.import_module(module), function)
    else:  # not found beside sys.path (a frozen bundle, another layout): the standard look-up
        from importlib.metadata import entry_points

        found = entry_points(group="kam.frontends", name="gui")
        if not found:
            raise UserError(_("the desktop front end is not installed (reinstall kam)"))
        run = next(iter(found)).load()
    return int(run(db=args.db, user=args.user, screenshot=getattr(args, "screenshot", None),
                   account=getattr(args, "account", None), lang=getattr(args, "lang", None),
                   section=getattr(args, "section", None), show=getattr(args, "show", "window"),
                   size=getattr(args, "size", None), first_view=getattr(args, "first_view", False)))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init, "demo": cmd_demo, "accounts": cmd_accounts, "people": cmd_people,
    "check": cmd_check, "backup": cmd_backup, "gui": cmd_gui, "audit": cmd_audit, "restore": cmd_restore,
    "backups": cmd_backups, "person-export": cmd_person_export, "person-erase": cmd_person_erase,
    **REPORT_COMMANDS, **SECURITY_COMMANDS, **IO_COMMANDS, **TEAM_COMMANDS, **SYNC_COMMANDS,
    **WHITESPACE_COMMANDS,
}
