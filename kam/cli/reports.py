"""`kam` subcommands for analysis and printed documents: tiers, pareto, plans, scorecard,
orgchart, powermap, brief, plan, review."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kam import validate
from kam.cli.common import checked, file_arg, lang_option, opened, quick_read
from kam.cli.common import emit_json as _emit_json
from kam.cli.common import table as _table
from kam.cli.common import write_pdf as _write_pdf
from kam.cli.prompts import unlock_register
from kam.errors import UserError
from kam.i18n import _

if TYPE_CHECKING:
    from kam.analysis.portfolio import Pareto
    from kam.analysis.value import ValueScore


def cmd_tiers(args: argparse.Namespace) -> int:
    got = None if args.snapshot else quick_read(args, _quick_tiers)
    if got is None:
        with opened(args) as ctx:
            if args.snapshot:
                ctx.services.analysis.snapshot_tiers()
            got = ctx.services.analysis.scores(), ctx.services.accounts.names()
    scores, names = got
    if args.json:
        _emit_json([{"id": s.account_id, "name": names.get(s.account_id), "current": str(s.current),
                     "potential": str(s.potential), "tier": s.tier.value, "components": s.components}
                    for s in scores])
    else:
        _table([[str(s.account_id), names.get(s.account_id, ""), str(s.current), str(s.potential),
                 s.tier.value] for s in scores], ["id", "name", "current", "potential", "tier"])
    return 0


def _quick_tiers(conn: Any) -> tuple[list[ValueScore], dict[int, str]] | None:
    """``AnalysisService.scores`` and ``AccountService.names`` read through a DB-API connection to a file
    (``kam.analysis.reads``); None when the whitespace map feeds the scores (the service reads it)."""
    from kam.analysis.reads import is_sqlite, read_account_facts, read_names, read_scoring_config
    from kam.analysis.value import score_all

    if not is_sqlite(conn):
        return None
    cfg = read_scoring_config(conn)
    if cfg.whitespace.weight > 0:
        return None
    day = dt.date.today()
    return score_all(read_account_facts(conn, day, cfg.window_days), cfg, day), read_names(conn)


def cmd_orgchart(args: argparse.Namespace) -> int:
    from kam.reports.orgchart import draw, export

    if args.out.suffix.lower() not in (".svg", ".png", ".pdf"):
        raise UserError(_("{name}: the chart can be exported as .svg, .png or .pdf").format(name=args.out.name))
    if not args.out.parent.expanduser().is_dir():
        raise UserError(_("folder {parent} does not exist").format(parent=args.out.parent))
    with opened(args) as ctx:
        account = ctx.services.accounts.resolve(args.account)
        data = ctx.services.orgmap.org(account.id)
        moves = {}
        if args.as_of:
            moves = {m.person_id: (m.before, m.after)
                     for m in ctx.services.orgmap.moves_since(account.id, args.as_of)}
        title = account.name_zh if args.lang != "en" and account.name_zh else account.display_name
        if args.as_of:
            title = _("{title} — changes since {date}").format(title=title, date=args.as_of)
        drawing = draw(data, lang=args.lang, moves=moves, title=title)
        from kam.store.guard import write_atomically

        write_atomically(args.out, ctx.path, lambda part: export(drawing, part, args.out.suffix))
        print(_("org chart of {display_name} ({value} people) written to {out}").format(display_name=account.display_name, value=len(data.people), out=args.out))
        return 0


def cmd_powermap(args: argparse.Namespace) -> int:
    from kam.vocab import label

    with opened(args) as ctx:
        account = ctx.services.accounts.resolve(args.account)
        result, data = ctx.services.orgmap.powermap(account.id, project_id=args.project, lang=args.lang)
        today = dt.date.today()
        people: list[dict[str, Any]] = [{"id": p.id, "name": p.name, "title": p.title, "stance": p.stance.value,
                   "roles": sorted(r.value for r in p.roles), "influence": p.influence,
                   "coverage_owner": p.coverage_owner,
                   "days_since_contact": (today - p.last_contact).days if p.last_contact else None}
                  for p in sorted(data.people, key=lambda p: (-p.influence, p.id))]
        if args.json:
            _emit_json({"account": {"id": account.id, "name": account.display_name},
                        "project": args.project, "rating": result.rating.value,
                        "risks": [{"rule": r.rule, "rating": r.rating.value, "person_id": r.person_id,
                                   "text": r.text} for r in result.risks],
                        "people": people})
        else:
            print(f"{account.display_name}: {label(result.rating, args.lang).upper()}")
            for r in result.risks:
                print(f"  [{r.rating.value}] {r.text}")
            print()
            _table([[str(p["id"]), p["name"], label(ppl.stance, args.lang),
                     ",".join(p["roles"]), str(p["influence"]), p["coverage_owner"] or "—",
                     "—" if p["days_since_contact"] is None else str(p["days_since_contact"])]
                    for p, ppl in zip(people, sorted(data.people, key=lambda p: (-p.influence, p.id)), strict=True)],
                   ["id", "name", "stance", "roles", "influence", "owner", "days since contact"])
        return 0


def cmd_plans(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        status = ctx.services.planning.status_by_account(args.year)
        rows = ctx.services.accounts.rows()
        data = [{"id": r.id, "name": r.name, "owner": r.owner, "tier": r.tier.value if r.tier else None,
                 "year": args.year, "status": status[r.id].value if r.id in status else None} for r in rows]
        if args.json:
            _emit_json(data)
        else:
            _table([[str(d["id"]), d["name"], d["owner"] or "", d["tier"] or "", d["status"] or "— (no plan)"]
                    for d in data], ["id", "name", "owner", "tier", f"plan {args.year}"])
        return 0


def cmd_pareto(args: argparse.Namespace) -> int:
    result = quick_read(args, lambda conn: _quick_pareto(conn, args.days))
    if result is None:
        with opened(args) as ctx:
            result = ctx.services.analysis.pareto(days=args.days)
    if args.json:
        _emit_json({"total_profit": str(result.total_profit), "accounts": len(result.points),
                    "accounts_for_80pct": result.accounts_for_80,
                    "share_of_accounts_for_80pct": str(result.share_of_accounts_for_80),
                    "points": [{"id": p.account_id, "name": p.name, "profit": str(p.profit),
                                "cumulative_share": str(p.cumulative_share.quantize(Decimal("0.0001")))}
                               for p in result.points]})
    else:
        share = (result.share_of_accounts_for_80 * 100).quantize(Decimal("0.1"))
        print(_("{accounts_for_80} of {value} customers ({share} %) bring 80 % of gross profit (last {days} days, total {total_profit:,.0f})").format(accounts_for_80=result.accounts_for_80, value=len(result.points), share=share, days=args.days, total_profit=result.total_profit))
        _table([[str(i), p.name, f"{p.profit:,.0f}", f"{p.cumulative_share * 100:.1f} %"]
                for i, p in enumerate(result.points[:30], start=1)], ["#", "name", "gross profit", "cumulative"])
    return 0


def _quick_pareto(conn: Any, days: int) -> Pareto | None:
    """``AnalysisService.pareto`` read through a DB-API connection to a file (``kam.analysis.reads``)."""
    from kam.analysis.portfolio import pareto
    from kam.analysis.reads import is_sqlite, read_profit_by_account

    if not is_sqlite(conn):
        return None
    days = validate.days(days)
    day = dt.date.today()
    return pareto(read_profit_by_account(conn, day - dt.timedelta(days=days - 1), day))


def cmd_scorecard(args: argparse.Namespace) -> int:
    from kam.analysis.reads import read_scorecards

    cards = quick_read(args, lambda conn: read_scorecards(conn, args.year, args.quarter))
    if cards is None:
        with opened(args) as ctx:
            cards = ctx.services.scorecards.scorecards(args.year, args.quarter)
    fields = ["name", "accounts", "attainment_pct", "satisfaction", "complaints", "complaints_per_account",
              "mean_response_hours", "mean_resolution_hours", "response_target_kept_pct", "visit_cadence_pct"]
    if args.json:
        _emit_json([{f: getattr(c, f) for f in fields} for c in cards])
    else:
        _table([["" if getattr(c, f) is None else str(getattr(c, f)) for f in fields] for c in cards],
               ["KAM", "accounts", "attainment %", "satisfaction", "complaints", "per account",
                "response h", "resolution h", "on-time %", "visit cadence %"])
    return 0


def _font_first() -> None:
    """A PDF command parses its font before it opens the database: within the start-up's pause of the garbage
    collector (kam.startup; the parsed face is then frozen with the rest and never scanned again) and beside the
    key derivation (kam.store.dbkey.derive_ahead). Parsed after the opening, its ≈ 100 000 new objects set off
    a full collection of everything the start-up made."""
    from kam.reports.fonts import register_fonts

    register_fonts()


def cmd_brief(args: argparse.Namespace) -> int:
    _font_first()
    ids = None
    if args.attendees:
        try:
            ids = [int(x) for x in args.attendees.split(",") if x.strip()]
        except ValueError:
            raise UserError(_("--attendees: {attendees} is not a list of person ids").format(attendees=repr(args.attendees))) from None
    from kam.store.quick import local_file

    path = local_file(args.db)
    # a confidential print unlocks the register and is audited, a team database is read by the service: the
    # quick read is a file's (on a server it would connect once for nothing and fall back)
    if not args.include_confidential and path is not None:
        got = quick_read(args, lambda conn: _quick_brief(conn, args, ids))
        if got is not None:
            pdf, name = got
            _write_pdf(args.out, pdf, path)
            print(_("brief for {display_name} written to {out}").format(display_name=name, out=args.out))
            return 0
    with opened(args) as ctx:
        account = ctx.services.accounts.resolve(args.account)
        if args.include_confidential and args.reason:  # (without a reason the service refuses first)
            unlock_register(ctx)  # register titles are printed only from the unlocked register
        pdf = ctx.services.reports.brief(account.id, attendee_ids=ids, lang=args.lang,
                                         include_confidential=args.include_confidential, reason=args.reason,
                                         page_size=args.page_size)
        _write_pdf(args.out, pdf, ctx.path)
        print(_("brief for {display_name} written to {out}").format(display_name=account.display_name, out=args.out))
        return 0


def _quick_brief(conn: Any, args: argparse.Namespace, ids: list[int] | None) -> tuple[bytes, str] | None:
    """``ReportService.brief`` without confidential content, read through a DB-API connection to a file
    (``kam.reports.brief_reads``: no SQLAlchemy, no models) and rendered as the service renders it; None when
    the service is to print it (see ``read_brief``)."""
    from kam.analysis.reads import is_sqlite
    from kam.reports.brief_reads import read_account_id, read_author, read_brief

    if not is_sqlite(conn):  # (its SQL is SQLite's)
        return None
    account_id = read_account_id(conn, args.account)
    if account_id is None:
        return None
    data = read_brief(conn, account_id, attendee_ids=ids, lang=args.lang)
    if data is None:
        return None
    from kam.reports.brief import render_brief
    from kam.reports.briefing import document_meta

    meta = document_meta("brief", data.facts.account, args.lang, args.page_size, None, read_author(conn, args.user))
    return render_brief(data, meta), data.facts.account.display_name


def cmd_plan(args: argparse.Namespace) -> int:
    _font_first()
    with opened(args) as ctx:
        account = ctx.services.accounts.resolve(args.account)
        if args.include_confidential and args.reason:  # (without a reason the service refuses first)
            unlock_register(ctx)  # register titles are printed only from the unlocked register
        pdf = ctx.services.reports.account_plan(account.id, args.year, lang=args.lang,
                                                include_confidential=args.include_confidential, reason=args.reason,
                                                page_size=args.page_size)
        _write_pdf(args.out, pdf, ctx.path)
        print(_("account plan {year} for {display_name} written to {out}").format(year=args.year, display_name=account.display_name, out=args.out))
        return 0


def cmd_review(args: argparse.Namespace) -> int:
    _font_first()
    with opened(args) as ctx:
        owner_id = None
        if args.owner:
            owner_id = ctx.services.users.resolve(args.owner).id
        year, quarter = args.quarter
        pdf = ctx.services.reports.review_pack(year, quarter, owner_id=owner_id, lang=args.lang,
                                               page_size=args.page_size)
        _write_pdf(args.out, pdf, ctx.path)
        print(_("review pack {year}Q{quarter} written to {out}").format(year=year, quarter=quarter, out=args.out))
        return 0


def add_parsers(sub: Any) -> None:
    """The analysis and document subcommands."""
    t = sub.add_parser("tiers", help="value scores and tiers of every account")
    t.add_argument("--json", action="store_true")
    t.add_argument("--snapshot", action="store_true", help="store this quarter's tier snapshot")

    pl = sub.add_parser("plans", help="annual plan status per account")
    pl.add_argument("--year", type=YEAR, default=dt.date.today().year)
    pl.add_argument("--json", action="store_true")

    pa = sub.add_parser("pareto", help="which share of customers brings 80 %% of gross profit")
    pa.add_argument("--days", type=DAYS, default=365,
                    help=f"period ending today, 1 to {validate.DAYS_MAX} days (default 365)")
    pa.add_argument("--json", action="store_true")

    sc = sub.add_parser("scorecard", help="each KAM's objective attainment, satisfaction, complaints, cadence")
    sc.add_argument("--year", type=YEAR, default=dt.date.today().year)
    sc.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="through this quarter (default: to date)")
    sc.add_argument("--json", action="store_true")

    br = sub.add_parser("brief", help="print the executive-visit brief (PDF)")
    br.add_argument("account", metavar="ACCOUNT")
    br.add_argument("--out", type=file_arg, required=True, metavar="F.pdf")
    br.add_argument("--attendees", metavar="ID,ID,…", help="people to brief on (default: the planned visit's "
                    "attendees, else the most influential)")
    doc_options(br)

    ap = sub.add_parser("plan", help="print the account plan (PDF)")
    ap.add_argument("account", metavar="ACCOUNT")
    ap.add_argument("--year", type=YEAR, default=dt.date.today().year,
                    help=f"{validate.YEAR_MIN} to {validate.YEAR_MAX} (default: this year)")
    ap.add_argument("--out", type=file_arg, required=True, metavar="F.pdf")
    doc_options(ap)

    rv = sub.add_parser("review", help="print the quarterly review pack (PDF)")
    rv.add_argument("--quarter", required=True, metavar="YYYYQn", type=checked(validate.quarter, "quarter"))
    rv.add_argument("--owner", metavar="NAME", help="one KAM's accounts (username or display name)")
    rv.add_argument("--out", type=file_arg, required=True, metavar="F.pdf")
    doc_options(rv, confidential=False)

    oc = sub.add_parser("orgchart", help="export an account's org chart")
    oc.add_argument("account", metavar="ACCOUNT")
    oc.add_argument("--out", type=file_arg, required=True, metavar="FILE.svg|.png|.pdf")
    oc.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD",
                    help="stances as of this date, with the moves since then marked")
    lang_option(oc)

    pm = sub.add_parser("powermap", help="power-map health: rating, risks, and each person")
    pm.add_argument("account", metavar="ACCOUNT")
    pm.add_argument("--project", type=int, metavar="ID", help="rate one purchasing project")
    lang_option(pm)
    pm.add_argument("--json", action="store_true")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text} is not a date (YYYY-MM-DD)").format(text=repr(text))) from None


YEAR = checked(validate.year, "year")
DAYS = checked(validate.days, "days")


def doc_options(parser: argparse.ArgumentParser, confidential: bool = True) -> None:
    lang_option(parser)
    parser.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    if confidential:
        parser.add_argument("--include-confidential", action="store_true",
                            help="include the IP register and sensitive personal fields (watermarked, audited)")
        parser.add_argument("--reason", metavar="TEXT", help="why and for whom (required with --include-confidential)")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "tiers": cmd_tiers, "orgchart": cmd_orgchart, "powermap": cmd_powermap, "plans": cmd_plans,
    "pareto": cmd_pareto, "scorecard": cmd_scorecard, "brief": cmd_brief, "plan": cmd_plan, "review": cmd_review,
}
