"""`kam whitespace ACCOUNT` (the account's map) and `kam catalogue` (our product lines, and their import)."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kam.cli.common import emit_json, opened, table
from kam.errors import UserError
from kam.i18n import _, language
from kam.vocab import label, tier_label

if TYPE_CHECKING:  # the service (SQLAlchemy, the models) is imported when a command runs, not for `kam --help`
    from kam.services.whitespace import Grid, Totals


def add_parsers(sub: Any) -> None:
    w = sub.add_parser("whitespace", help="an account's whitespace map: business units × our product lines "
                                          "(without ACCOUNT: the portfolio summary by line and tier)")
    w.add_argument("account", metavar="ACCOUNT", nargs="?", help="id or exact name (Chinese or English)")
    w.add_argument("--as-of", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="current revenue over the 12 months up to this day (default: today)")
    w.add_argument("--json", action="store_true")
    w.add_argument("--out", type=Path, metavar="F.xlsx|F.csv", help="write every cell as a table row")
    w.add_argument("--import", dest="import_file", type=Path, metavar="F.xlsx|F.csv",
                   help="enter the account's potentials from a table (columns: business unit, product line, "
                        "potential, held by, competitor, status, note); all or nothing")
    w.add_argument("--create-units", action="store_true", help="with --import: add the units the account lacks")
    w.add_argument("--dry-run", action="store_true", help="with --import: check only, write nothing")
    w.add_argument("--encoding", help="with --import: the CSV's encoding (default: detected)")
    w.add_argument("--sheet", help="with --import: the XLSX sheet (default: the first)")
    c = sub.add_parser("catalogue", help="our product lines and products; import them from CSV/XLSX")
    c.add_argument("--json", action="store_true")
    csub = c.add_subparsers(dest="catalogue_command", metavar="import")
    imp = csub.add_parser("import", help="add or update lines and products (columns: code, Chinese name, "
                                         "English name, Traditional Chinese name, product line); all or nothing")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--encoding")
    imp.add_argument("--sheet")
    imp.add_argument("--dry-run", action="store_true")


def _money(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def _pct(value: Decimal | None) -> str:
    return "" if value is None else f"{value * 100:.0f} %"


def _totals(t: Totals) -> dict[str, Any]:
    return {"current": _money(t.current), "potential": _money(t.potential), "whitespace": _money(t.whitespace),
            "share_of_wallet": None if t.share is None else float(round(t.share, 4))}


def grid_json(grid: Grid, lang: str) -> dict[str, Any]:
    from kam.services.whitespace import Totals

    return {
        "account_id": grid.account_id, "currency": grid.currency,
        "period": {"from": grid.start.isoformat(), "to": grid.end.isoformat()},
        "lines": [{"id": ln.id, "code": ln.code, "name": ln.name(lang), **_totals(grid.by_line[ln.id])}
                  for ln in grid.lines],
        "units": [{"id": u.id, "name": u.name, "kind": u.kind.value, "takes_unassigned": u.takes_unassigned,
                   **_totals(grid.by_unit[u.id])} for u in grid.units],
        "cells": [{"unit_id": c.unit_id, "line_id": c.line_id, "transactions": c.transactions,
                   **_totals(Totals(c.current, c.potential)), "over_potential": c.over_potential,
                   "holder": c.holder.value, "competitor": c.competitor,
                   "status": c.status.value if c.status else None, "note": c.note, "objective_id": c.objective_id,
                   "project_id": c.project_id}
                  for c in grid.cells.values()],
        "account": _totals(grid.total),
        "unplaced": [{"product": u.product, "unit_id": u.unit_id, "currency": u.currency, "reason": u.reason,
                      "transactions": u.transactions, "amount": _money(u.amount)} for u in grid.unplaced],
    }


def grid_table(grid: Grid, lang: str) -> tuple[list[str], list[list[Any]]]:
    """Every cell of the map as a row (the XLSX/CSV export)."""
    headers = [_("Business unit"), _("Kind"), _("Code"), _("Product line"), _("Current"), _("Potential"),
               _("Whitespace"), _("Share of wallet"), _("Held by"), _("Competitor"), _("Status"), _("Note"),
               _("Transactions"), _("Currency")]
    rows = []
    for u in grid.units:
        for ln in grid.lines:
            c = grid.cell(u.id, ln.id)
            rows.append([u.name, label(u.kind, lang), ln.code, ln.name(lang), c.current, c.potential, c.whitespace,
                         None if c.share is None else float(round(c.share, 4)), label(c.holder, lang), c.competitor,
                         label(c.status, lang) if c.status else None, c.note, c.transactions, grid.currency])
    return headers, rows


def cmd_whitespace(args: argparse.Namespace) -> int:
    from kam.io.exporters import write_table

    if args.account is None:
        if args.import_file is not None:
            raise UserError(_("--import enters one account's potentials: name the account"))
        return _portfolio(args)
    with opened(args) as ctx:
        account = ctx.services.accounts.resolve(args.account)
        if args.import_file is not None:
            from kam.io.import_potentials import import_potentials

            result = import_potentials(ctx.services.whitespace, account.id, args.import_file, encoding=args.encoding,
                                       sheet=args.sheet, dry_run=args.dry_run, create_units=args.create_units)
            text = (_("{file}: would import {n} row(s): {created} new, {updated} updated (dry run, nothing written)")
                    if args.dry_run else _("{file}: imported {n} row(s): {created} new, {updated} updated"))
            print(text.format(file=args.import_file.name, n=result.rows, created=result.created,
                              updated=result.updated))
            for note in result.notes:
                print(note)
            return 0
        grid = ctx.services.whitespace.grid(account.id, args.as_of)
        lang = language()
        if args.out is not None:
            headers, rows = grid_table(grid, lang)
            n = write_table(args.out, headers, rows, ctx.path)
            print(_("{n} cells of {account} written to {file}").format(n=n, account=account.display_name,
                                                                      file=args.out))
            return 0
    if args.json:
        emit_json(grid_json(grid, lang))
        return 0
    print(_("{account}: current revenue {start} – {end}, potential and whitespace per year ({currency})").format(
        account=account.display_name, start=grid.start, end=grid.end, currency=grid.currency))
    if grid.empty:
        print(_("No map yet: add business units and product lines (kam catalogue import, or the window)."))
    else:
        rows = []
        for u in grid.units:
            for ln in grid.lines:
                c = grid.cell(u.id, ln.id)
                if c.cell_id is None and not c.current:
                    continue
                rows.append([u.name, ln.name(lang), _money(c.current) or "", _money(c.potential) or "",
                             (_money(c.whitespace) or "") + (" !" if c.over_potential else ""), _pct(c.share),
                             label(c.holder, lang) + (f" ({c.competitor})" if c.competitor else ""),
                             label(c.status, lang) if c.status else ""])
        table(rows, [_("Business unit"), _("Product line"), _("Current"), _("Potential"), _("Whitespace"),
                     _("Share of wallet"), _("Held by"), _("Status")])
        t = grid.total
        print(_("Account: current {current}, potential {potential}, whitespace {whitespace}, share of wallet "
                "{share}").format(current=_money(t.current), potential=_money(t.potential) or "—",
                                  whitespace=_money(t.whitespace) or "—", share=_pct(t.share) or "—"))
        if any(c.over_potential for c in grid.cells.values()):
            print(_("! more is bought from us than the potential: check the potential"))
    for p in grid.unplaced:
        print(_("not on the map: {product} — {n} transaction(s), {amount} {currency} ({reason})").format(
            product=p.product, n=p.transactions, amount=_money(p.amount), currency=p.currency, reason=p.reason_text))
    return 0


def _portfolio(args: argparse.Namespace) -> int:
    if args.out is not None:
        raise UserError(_("--out writes one account's map: name the account"))
    with opened(args) as ctx:
        summaries = ctx.services.whitespace.portfolio(args.as_of)
    lang = language()
    if args.json:
        emit_json([{"currency": p.currency, "period": {"from": p.start.isoformat(), "to": p.end.isoformat()},
                    "accounts": p.accounts, "portfolio": _totals(p.total),
                    "lines": [{"code": ln.code, "name": ln.name(lang), **_totals(p.by_line[ln.id]),
                               "held_by": {h.value: _money(v) for h, v in p.held.get(ln.id, {}).items()},
                               "competitors": {n: _money(v) for n, v in p.competitors.get(ln.id, {}).items()}}
                              for ln in p.lines],
                    "tiers": [{"tier": t.value if t else None, **_totals(v)} for t, v in p.by_tier.items()]}
                   for p in summaries])
        return 0
    if not summaries:
        print(_("No account has a whitespace map yet."))
    for p in summaries:
        print(_("{n} account(s) with a map, {currency}, current revenue {start} – {end}").format(
            n=p.accounts, currency=p.currency, start=p.start, end=p.end))
        rows = []
        for ln in sorted(p.lines, key=lambda x: -(p.by_line[x.id].whitespace or 0)):
            t = p.by_line[ln.id]
            held = ", ".join(f"{label(h, lang)} {_money(v)}" + (
                f" ({', '.join(p.competitors.get(ln.id, {}))})" if h.value == "competitor" else "")
                for h, v in sorted(p.held.get(ln.id, {}).items(), key=lambda hv: -hv[1]))
            rows.append([ln.name(lang), _money(t.current) or "", _money(t.potential) or "",
                         _money(t.whitespace) or "", _pct(t.share), held])
        table(rows, [_("Product line"), _("Current"), _("Potential"), _("Whitespace"), _("Share of wallet"),
                     _("Potential held by")])
        table([[tier_label(tier, lang), _money(v.current) or "", _money(v.potential) or "",
                _money(v.whitespace) or "", _pct(v.share)]
               for tier, v in sorted(p.by_tier.items(), key=lambda tv: -(tv[1].whitespace or 0))],
              [_("Tier"), _("Current"), _("Potential"), _("Whitespace"), _("Share of wallet")])
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    from kam.io.import_catalogue import import_catalogue

    with opened(args) as ctx:
        ws = ctx.services.whitespace
        if args.catalogue_command == "import":
            result = import_catalogue(ws, args.file, encoding=args.encoding, sheet=args.sheet, dry_run=args.dry_run)
            text = (_("{file}: would import {n} row(s): {created} new, {updated} updated (dry run, nothing written)")
                    if args.dry_run else _("{file}: imported {n} row(s): {created} new, {updated} updated"))
            print(text.format(file=args.file.name, n=result.rows, created=result.created, updated=result.updated))
            return 0
        lines = ws.lines(products=True)
    lang = language()
    codes = {ln.id: ln.code for ln in lines}
    if args.json:
        emit_json([{"id": ln.id, "code": ln.code, "name_zh": ln.name_zh, "name_en": ln.name_en,
                    "name_zh_tw": ln.name_zh_tw, "line": codes.get(ln.parent_id) if ln.parent_id else None} for ln in lines])
    else:
        table([[ln.code, ln.name(lang), codes.get(ln.parent_id, "") if ln.parent_id else ""] for ln in lines],
              [_("Code"), _("Product line or product"), _("Under the line")])
    return 0


COMMANDS = {"whitespace": cmd_whitespace, "catalogue": cmd_catalogue}
