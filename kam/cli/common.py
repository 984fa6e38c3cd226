"""Helpers shared by the `kam` subcommands (opening the database, printing tables and JSON)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from kam.errors import UserError, ValidationError
from kam.i18n import LANGS, _

if TYPE_CHECKING:
    from kam.app import AppContext


T = TypeVar("T")


class Terminal:
    """The start-up policy's questions, answered at a terminal: passphrases are typed; a missing
    database is not created (only ``kam init``/``kam demo`` create one); a damaged one is not
    replaced behind the user's back (the error names the backup to restore)."""

    def ask_passphrase(self, path: Path, creating: bool) -> str | None:
        from kam.cli.prompts import ask_db_passphrase

        return ask_db_passphrase(path, creating)

    def confirm_create(self, path: Path) -> bool:
        return False

    def offer_restore(self, path: Path, backup: Path) -> bool:
        return False

    def warn(self, message: str) -> None:
        print(_("kam: {value}: {message}").format(value=_('warning'), message=message), file=sys.stderr)


def ctx_for(args: argparse.Namespace, *, create: bool = False) -> AppContext:
    """The database of ``--db`` (or its default), opened through the one start-up policy.

    ``--user`` must name one of the database's users (it is printed in footers and written to the audit
    trail); ``kam init``/``kam demo`` (``create``) may run before any user exists."""
    from kam.app import open_app

    ctx = open_app(args.db, front=Terminal(), user=args.user, create=create,
                   encrypt_new=not getattr(args, "plain", False))
    if not create:
        try:
            ctx.require_user(args.user)
        except UserError:
            ctx.close()
            raise
    return ctx


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[AppContext]:
    """``with opened(args) as ctx:`` — the database for one command, closed however the command ends."""
    ctx = ctx_for(args, create=create)
    try:
        yield ctx
    finally:
        ctx.close()


def quick_read(args: argparse.Namespace, reader: Callable[[Any], T | None]) -> T | None:
    """``reader(conn)`` on a plain DB-API connection when the database needs nothing but opening
    (``kam.store.quick``: no SQLAlchemy, no models); None when it needs more, or a database error occurs, or
    ``reader`` itself returns None: then the command opens it through the start-up policy (``opened``), which
    does what is needed and says what is wrong."""
    from kam.store.db import is_db_error
    from kam.store.quick import open_for_reading

    held: list[str] = []  # a storage warning is said once: here if this way reads, else by open_app
    conn = open_for_reading(args.db, args.user, held.append)
    if conn is None:
        return None
    try:
        result = reader(conn)
    except Exception as exc:
        if not is_db_error(exc):
            raise
        return None
    finally:
        conn.close()
    if result is not None:
        global _served_quickly
        _served_quickly = True
        for message in held:
            Terminal().warn(message)
    return result


_served_quickly = False


def served_quickly() -> bool:
    """Whether a quick read (above) served this process's command: its connection is closed, and nothing of
    SQLAlchemy's was opened for it."""
    return _served_quickly


def emit_json(data: Any) -> None:
    """JSON on stdout. A list is written one record a line: each record goes through the json module's C
    encoder (``indent`` would switch to its pure-Python one, seconds for 5 000 accounts' tiers)."""
    if isinstance(data, list) and data:
        encode = json.JSONEncoder(ensure_ascii=False, default=str).encode  # one encoder, not one a record
        records = ",\n  ".join(encode(r) for r in data)
        sys.stdout.write(f"[\n  {records}\n]\n")
        return
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def table(rows: list[list[str]], headers: list[str]) -> None:
    from unicodedata import east_asian_width

    def width(s: str) -> int:
        return sum(2 if east_asian_width(c) in "WF" else 1 for c in s)

    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, cols, strict=True)).rstrip()

    print(line(headers))
    print(line(["-" * w for w in cols]))
    for r in rows:
        print(line(r))


# --- the command line itself


class Parser(argparse.ArgumentParser):
    """A command line that cannot run is one line on stderr — what is wrong and where the help is — and
    exit 2 (argparse's own usage block is left out: ``--help`` shows it)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, _("{prog}: {message} (see: {prog} --help)").format(prog=self.prog, message=message) + "\n")


def checked(validator: Callable[[str], T], name: str) -> Callable[[str], T]:
    """An argparse ``type`` from a kam validator: the same rule as the services, refused as a usage error."""

    def convert(text: str) -> T:
        try:
            return validator(text)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(exc.reason) from None

    convert.__name__ = name  # argparse names the type in its own messages
    return convert


def size_arg(text: str) -> tuple[int, int]:
    """A window size, ``1366x768``."""
    w, sep, h = text.lower().partition("x")
    if not sep or not w.strip().isdigit() or not h.strip().isdigit() or not (320 <= int(w) <= 8000
                                                                              and 240 <= int(h) <= 8000):
        raise argparse.ArgumentTypeError(_("a size in pixels like 1366x768 is needed, not {value!r}").format(value=text))
    return int(w), int(h)


def file_arg(text: str) -> Path:
    """A file named on the command line: an empty name is a usage error, not the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_("a file name is needed, not an empty text"))
    return Path(text)


# --- commands


def write_pdf(out: Path, data: bytes, db: Path | None) -> None:
    """A PDF the user named, never onto the open database ``db`` nor half-written under the real name."""
    from kam.store.guard import write_atomically

    write_atomically(out, db, lambda part: part.write_bytes(data))


def lang_option(parser: argparse.ArgumentParser) -> None:
    """``--lang`` also after the subcommand; SUPPRESS keeps a value given before it."""
    parser.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                        help="language of the document and messages (default: the OS language)")
