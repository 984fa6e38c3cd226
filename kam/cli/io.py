"""`kam import` and `kam export`: the same import and export services as the GUI."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kam.cli.common import file_arg, opened
from kam.errors import UserError
from kam.i18n import _

IMPORT_KINDS = ["accounts", "people", "transactions", "vcard", "dossier"]
EXPORT_KINDS = ["accounts", "people", "transactions", "vcard", "ics", "dossier"]


def add_parsers(sub: Any) -> None:
    im = sub.add_parser("import", help="import accounts, people, transactions (CSV/XLSX), vCards or a dossier "
                                       "(JSON), all or nothing")
    im.add_argument("file", metavar="FILE", type=file_arg)
    im.add_argument("--kind", choices=IMPORT_KINDS,
                    help="what the file holds (default: .vcf is vcard, .json a dossier, else guessed from headers)")
    im.add_argument("--account", metavar="ACCOUNT", help="the account for rows or cards that name none")
    im.add_argument("--encoding", metavar="ENC", help="text encoding of a CSV or vCard (default: detected)")
    im.add_argument("--sheet", metavar="NAME", help="XLSX sheet (default: the first)")
    im.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                    help="use column HEADER as FIELD (repeatable), for headers kam does not know")
    im.add_argument("--on-duplicate", choices=["skip", "update", "merge"], default=None,
                    help="a record already there (person: same e-mail or same name in the account; account: same "
                         "name): skip it (default), update it from the file, or merge (fill only empty fields)")
    im.add_argument("--skip-invalid", action="store_true",
                    help="leave out the rows in error (listed) instead of refusing the whole file")
    im.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    ex = sub.add_parser("export", help="export accounts, people or transactions (CSV/XLSX), people as vCard 4.0, "
                                       "planned visits and birthdays as ICS, or one account's dossier as JSON")
    ex.add_argument("what", choices=EXPORT_KINDS)
    ex.add_argument("account", nargs="?", metavar="ACCOUNT",
                    help="only this account (required for dossier)")
    ex.add_argument("--out", type=file_arg, required=True, metavar="FILE",
                    help=".csv or .xlsx for tables, .vcf, .ics, .json")
    ex.add_argument("--include-confidential", action="store_true",
                    help="dossier: include the IP register (in clear) and sensitive personal fields")
    ex.add_argument("--reason", help="why confidential parts are exported (recorded in the audit trail)")


def _mapping(pairs: list[str]) -> dict[str, str]:
    """``--map "Header=field"``; ``"Header="`` leaves the column out (as the import wizard can)."""
    out = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        if not sep or not header.strip():
            raise UserError(_("--map {pair!r}: write it as \"Header=field\" (or \"Header=\" to leave it out)").format(
                pair=pair))
        out[header.strip()] = field.strip()
    return out


def _guess(ctx: Any, args: argparse.Namespace) -> str:
    from kam.io.columns import guess_kind

    suffix = args.file.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix == ".json":
        return "dossier"
    table = ctx.services.imports.open_table(args.file.expanduser(), "people", encoding=args.encoding, sheet=args.sheet)
    table.close()  # only the header was needed
    return guess_kind(table.headers)


def cmd_import(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        imports = ctx.services.imports
        path = args.file.expanduser()
        kind = args.kind or _guess(ctx, args)
        if kind == "dossier":
            from kam.cli.prompts import unlock_register
            from kam.io.dossier_json import holds_register, load_dossier

            data = load_dossier(path)  # read once: whether the register is needed, then the import
            if holds_register(data):
                unlock_register(ctx)
            d = ctx.services.transfer.import_data(data, source=path.name, dry_run=args.dry_run)
            said = (_("{name}: would import account {account} with {n} rows (dry run, nothing written)") if d.dry_run
                    else _("{name}: imported account {account} with {n} rows"))
            print(said.format(name=args.file.name, account=d.account, n=sum(d.rows.values())))
            for name in d.created_users:
                print(_("  user {name} was not in this database: added, inactive").format(name=name),
                  file=sys.stderr)
            for line in d.warnings:
                print(f"  {line}", file=sys.stderr)
            return 0
        common = {"encoding": args.encoding, "dry_run": args.dry_run, "on_duplicate": args.on_duplicate or "skip",
                  "skip_invalid": args.skip_invalid}
        table = {"sheet": args.sheet, "mapping": _mapping(args.map)}
        if kind == "people":
            result = imports.import_people(path, account=args.account, **common, **table)
        elif kind == "accounts":
            result = imports.import_accounts(path, **common, **table)
        elif kind == "vcard":
            result = imports.import_vcards(path, account=args.account, **common)
        else:  # a document number already there is refused unless --on-duplicate says otherwise
            common["on_duplicate"] = args.on_duplicate
            result = imports.import_transactions(path, account=args.account, **common, **table)
    _summary(args.file.name, kind, result)
    return 0


def _summary(name: str, kind: str, result: Any) -> None:
    """One line of counts that add up (imported + updated + skipped + left out = rows), then the details."""
    layout = f" ({result.layout})" if result.layout else ""
    what = {"people": _("people"), "vcard": _("people"), "accounts": _("accounts"),
            "transactions": _("transactions")}[kind]
    unit = _("cards") if kind == "vcard" else _("rows")
    line = (_("{name}{layout}: would import {n} {what} from {rows} {unit}") if result.dry_run else
            _("{name}{layout}: imported {n} {what} from {rows} {unit}")).format(
        name=name, layout=layout, n=result.created, what=what, rows=result.rows, unit=unit)
    if result.updated:
        line += _(", updated {n}").format(n=result.updated)
    if result.skipped:
        line += _(", skipped {n} already present").format(n=len(result.skipped))
    if result.left_out:
        line += _(", left out {n} in error").format(n=len(result.left_out))
    print(line)
    if result.unused:
        shown = ", ".join(result.unused[:5])
        more = _(" and {n} more").format(n=len(result.unused) - 5) if len(result.unused) > 5 else ""
        print("  " + _("{n} columns not imported (no matching field; use --map): {columns}{more}").format(
            n=len(result.unused), columns=shown, more=more), file=sys.stderr)
    for line in result.notes:
        print(f"  {line}", file=sys.stderr)
    for line in result.rejected[:50]:
        print(_("  left out: {line}").format(line=line), file=sys.stderr)
    for line in result.skipped[:20]:
        print(_("  skipped {line}").format(line=line), file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        account_id = ctx.services.accounts.resolve(args.account).id if args.account else None
        if args.what == "dossier":
            if account_id is None:
                raise UserError(_("export dossier: name the account"))
            if args.include_confidential and args.reason:
                from kam.cli.prompts import unlock_register

                unlock_register(ctx)
            counts = ctx.services.transfer.export(account_id, args.out, include_confidential=args.include_confidential,
                                                  reason=args.reason)
            said = (_("dossier with {rows} rows in {tables} tables written to {out}") if args.include_confidential
                    else _("dossier with {rows} rows in {tables} tables written to {out} (without confidential parts)"))
            print(said.format(rows=sum(counts.values()), tables=len(counts), out=args.out))
            return 0
        if args.include_confidential:
            raise UserError(_("--include-confidential applies to the dossier export"))
        n = ctx.services.exports.export(args.what, args.out, account_id)
    said = {"vcard": _("{n} people (vCard 4.0) written to {out}"), "ics": _("{n} calendar events written to {out}"),
            "people": _("{n} people written to {out}"), "accounts": _("{n} accounts written to {out}"),
            "transactions": _("{n} transactions written to {out}")}.get(args.what, _("{n} rows written to {out}"))
    print(said.format(n=n, out=args.out))
    return 0


COMMANDS = {"import": cmd_import, "export": cmd_export}
