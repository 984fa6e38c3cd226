"""`kam import` and `kam export`: the same import and export services as the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kam.cli_common import ctx_for
from kam.errors import UserError


def add_parsers(sub: Any) -> None:
    im = sub.add_parser("import", help="import people or transactions from CSV or XLSX (all or nothing)")
    im.add_argument("file", metavar="FILE", type=Path)
    im.add_argument("--kind", choices=["people", "transactions"],
                    help="what the file holds (default: guessed from its headers)")
    im.add_argument("--account", metavar="ACCOUNT", help="the account for rows without a company column")
    im.add_argument("--encoding", metavar="ENC", help="text encoding of a CSV (default: detected)")
    im.add_argument("--sheet", metavar="NAME", help="XLSX sheet (default: the first)")
    im.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                    help="use column HEADER as FIELD (repeatable), for headers kam does not know")
    im.add_argument("--on-duplicate", choices=["skip", "update"], default="skip",
                    help="a person already in the account (same e-mail, or same name): skip (default) or update")
    im.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    ex = sub.add_parser("export", help="export accounts, people or transactions to CSV or XLSX")
    ex.add_argument("what", choices=["accounts", "people", "transactions"])
    ex.add_argument("account", nargs="?", metavar="ACCOUNT", help="only this account (people, transactions)")
    ex.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")


def _mapping(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        if not sep or not header.strip() or not field.strip():
            raise UserError(f"--map {pair!r}: write it as \"Header=field\"")
        out[header.strip()] = field.strip()
    return out


def _guess(ctx: Any, args: argparse.Namespace) -> str:
    from kam.io.importers import PEOPLE_FIELDS, TRANSACTION_FIELDS, mapping_for

    table = ctx.services.imports.read(args.file.expanduser(), "people", encoding=args.encoding, sheet=args.sheet)
    table.close()  # only the header was needed
    people, _ = mapping_for(table.headers, PEOPLE_FIELDS)
    trans, _ = mapping_for(table.headers, TRANSACTION_FIELDS)
    return "transactions" if len(trans) > len(people) and {"quantity", "unit_price"} <= set(trans) else "people"


def cmd_import(args: argparse.Namespace) -> int:
    ctx = ctx_for(args)
    try:
        kind = args.kind or _guess(ctx, args)
        common = {"account": args.account, "encoding": args.encoding, "sheet": args.sheet,
                  "mapping": _mapping(args.map), "dry_run": args.dry_run}
        path = args.file.expanduser()
        if kind == "people":
            result = ctx.services.imports.import_people(path, on_duplicate=args.on_duplicate, **common)
        else:
            result = ctx.services.imports.import_transactions(path, **common)
    finally:
        ctx.close()
    verb = "would import" if result.dry_run else "imported"
    layout = f" ({result.layout})" if result.layout else ""
    print(f"{args.file.name}{layout}: {verb} {result.created} {kind} from {result.rows} rows"
          + (f", updated {result.updated}" if result.updated else "")
          + (f", skipped {len(result.skipped)} already present" if result.skipped else ""))
    for line in result.skipped[:20]:
        print(f"  skipped {line}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    ctx = ctx_for(args)
    try:
        account_id = ctx.services.accounts.resolve(args.account).id if args.account else None
        n = ctx.services.exports.export(args.what, args.out, account_id)
    finally:
        ctx.close()
    print(f"{n} {args.what} written to {args.out}")
    return 0


COMMANDS = {"import": cmd_import, "export": cmd_export}
