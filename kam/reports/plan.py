"""The account plan: the whole dossier and the year's objectives, for the planning round and the VP."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from kam.orgchart.layout import LayoutOptions, layout
from kam.palette import ACCENT_HEX, ERROR_HEX, INK_HEX, MUTED_HEX
from kam.reports.base import (
    ACCENT,
    NAVY,
    RULE,
    SHADE,
    DocMeta,
    build_pdf,
    frame_width,
    p,
    rag_dot,
    register_table,
    styles,
    table,
    tstyle,
)
from kam.reports.brief import MoneyScale, money, money_scale, row_numbers
from kam.reports.fonts import FONT
from kam.reports.orgchart import draw, legend_drawing
from kam.reports.words import w
from kam.vocab import label, objective_word, team_role_label, tier_label, tier_strategy

MIN_CHART_SCALE = 0.42  # below this, cards become unreadable: split the chart by team
SPLIT_SCALE = 0.7  # split drawings print at most this large, so several teams share a page


def render_plan(data: Any, meta: DocMeta) -> bytes:
    """The account plan as PDF bytes, section by section."""
    st, width = styles(), frame_width(meta)
    story: list[Any] = []
    # What the planning round decides first — the plan's summary and objectives, the value, the sales and
    # the next steps —, then the dossier behind it (profile, org chart, decision processes, business).
    for section in (_cover, _summary, _objectives, _value, _sales, _whitespace, _next_steps, _profile, _org_and_power,
                    _decision_processes, _business, _competitors, _approvals, _register):
        story.extend(section(data, meta, st, width))
    return build_pdf(meta, story)


def _whitespace(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    from kam.reports.whitespace import whitespace_section

    return whitespace_section(getattr(data, "whitespace", None), meta.lang, st, width)


def _tier(f: Any, lang: str) -> str:
    return tier_label(f.tier, lang)


def _cover(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Cover."""
    lang, f = data.lang, data.facts
    acc = f.account
    story: list[Any] = []
    story.append(Spacer(1, 45 * mm))
    story.append(Paragraph(escape(f"{w('plan', lang)} · {data.year}"), st["kicker"]))
    story.append(p(acc.display_name, st["cover_title"]))
    if acc.name_zh and acc.name_en:
        story.append(p(acc.name_en, st["cover_sub"]))
    story.append(Spacer(1, 10 * mm))
    tier = _tier(f, lang)
    status = (w("plan_status", lang, label(data.plan.status, lang), data.plan.plan_version)
              if data.plan else w("no_plan", lang))
    cover_rows = [[p(w("tier", lang), st["th"]), p(tier, st["h3"])],
                  [p(w("type", lang), st["th"]), p(label(acc.ka_type, lang), st["cell"])],
                  [p(w("owner", lang), st["th"]), p(f.owner or "—", st["cell"])],
                  [p(w("status", lang), st["th"]), p(status, st["cell"])]]
    cover = Table(cover_rows, colWidths=[0.25 * width, 0.5 * width], hAlign="LEFT")
    cover.setStyle(tstyle([("LINEBEFORE", (0, 0), (0, -1), 2.5, NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(cover)
    story.append(Spacer(1, 60 * mm))
    story.append(p(w("prepared_for", lang, meta.author, meta.generated_at.astimezone().strftime("%Y-%m-%d")),
                   st["small"]))
    story.append(PageBreak())
    return story


def _summary(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """The plan's summary in the KAM's words (when written)."""
    if data.plan is None or not (data.plan.summary or "").strip():
        return []
    return [p(w("plan_summary", data.lang), st["h2"]), p(data.plan.summary.strip(), st["body"])]


def _profile(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Profile."""
    lang, f = data.lang, data.facts
    acc = f.account
    story: list[Any] = []
    story.append(p(w("profile", lang), st["h2"]))
    team = w("list_separator", lang).join(name + (f" ({team_role_label(role, lang)})" if role else "")
                                          for name, role in data.team)  # our people on the account
    profile = [(w("type", lang), label(acc.ka_type, lang)), (w("industry", lang), acc.industry),
               (w("region", lang), " · ".join(x for x in (acc.region, acc.country) if x)),
               (w("address", lang), acc.address), (w("phone", lang), acc.phone), (w("website", lang), acc.website),
               (w("owner", lang), f.owner),
               (w("account_team", lang), team or None),
               (w("since", lang), acc.cooperation_since.isoformat()
                                             if acc.cooperation_since else None),
               (w("group", lang), data.group)]
    story.append(_kv(profile, width, st))
    return story


def _value(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Value and tier."""
    lang, f = data.lang, data.facts
    story: list[Any] = []
    story.append(p(w("value", lang), st["h2"]))
    rows = [[p(w("current_value", lang), st["th"]), p(w("potential_value", lang), st["th"]),
             p(w("tier", lang), st["th"])],
            [p(str(f.current_score or "—"), st["h3"]), p(str(f.potential_score or "—"), st["h3"]), p(_tier(f, lang), st["h3"])]]
    story.append(table(rows, [width / 3] * 3, zebra=False))
    if f.tier:
        story.append(Paragraph(f"<b>{escape(w('strategy', lang))}:</b> {escape(tier_strategy(f.tier, lang))}",
                               st["body"]))
    return story


def _org_and_power(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Org chart and power map."""
    lang, f = data.lang, data.facts
    story: list[Any] = []
    story.append(CondPageBreak(90 * mm))
    story.append(p(w("orgchart", lang), st["h2"]))
    story.append(rag_dot(f.power.rating.value, f"{w('powermap', lang)}: {label(f.power.rating, lang)}", st["h3"]))
    for r in f.power.risks[:8]:
        story.append(rag_dot(r.rating.value, r.text, st["cell"]))
    story.append(Spacer(1, 3 * mm))
    story.append(legend_drawing(lang, width))  # once, above the chart (which may be split by team)
    story.append(Spacer(1, 2 * mm))
    story.extend(_org_drawings(data.org, lang, width, meta))
    return story


def _decision_processes(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Decision process of each project."""
    lang, _f = data.lang, data.facts
    story: list[Any] = []
    for proj in data.projects:
        block: list[Any] = [p(f"{w('decision', lang)} — {proj.name}", st["h2"])]
        budget = money(proj.budget, lang, proj.currency) if proj.budget is not None else "—"  # CNY 44.8 M, 4,480 万元
        block.append(p(f"{w('budget', lang)}: {budget} · {w('due', lang)}: "
                       f"{proj.decision_due.isoformat() if proj.decision_due else '—'}", st["small"]))
        if proj.problem_to_solve:
            block.append(p(proj.problem_to_solve, st["body"]))
        names = {x.id: x.name for x in data.org.people}
        rows = [[p(x, st["th"]) for x in ("#", w("step", lang), w("planned", lang), w("done_on", lang),
                                          w("status", lang), w("actors", lang))]]
        for s in proj.steps:
            late = s.late(data.today)
            status = label(_step_status(s.status), lang)
            rows.append([p(str(s.position), st["cell"]), p(s.name, st["cell_b"]),
                         p(s.planned_on.isoformat() if s.planned_on else "—", st["cell"]),
                         p(s.actual_on.isoformat() if s.actual_on else "—", st["cell"]),
                         Paragraph(f"<font color='{ERROR_HEX if late else INK_HEX}'>{escape(status)}</font>", st["cell"]),
                         p(w("list_separator", lang).join(names.get(a, "?") for a in s.actor_ids), st["cell"])])
        block.append(table(rows, [0.05 * width, 0.25 * width, 0.13 * width, 0.13 * width, 0.13 * width, 0.31 * width]))
        if proj.criteria:
            crit = [[p(w("criteria", lang), st["th"]), p(w("weight", lang), st["th_r"]), p(w("us", lang), st["th_r"]),
                     p(w("their_scores", lang), st["th"])]]
            for c in proj.criteria:
                crit.append([p(c.name, st["cell"]), p(f"{c.weight} %", st["cell_r"]), p(str(c.our_score or "—"), st["cell_r"]),
                             p(", ".join(f"{n} {sc}" for n, sc in c.competitors), st["cell"])])
            block.append(Spacer(1, 2 * mm))
            block.append(table(crit, [0.28 * width, 0.1 * width, 0.16 * width, 0.46 * width]))
        story.append(KeepTogether(block))
    return story


def _business(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """The customer's business and our analysis."""
    lang, f = data.lang, data.facts
    acc = f.account
    story: list[Any] = []
    story.append(CondPageBreak(60 * mm))
    story.append(p(w("business", lang), st["h2"]))
    business = [(w("products", lang), acc.product_structure), (w("market", lang), acc.market_and_sales),
                (w("finance", lang), " · ".join(x for x in (acc.financial_standing, acc.credit_rating) if x)),
                (w("their_competitors", lang), acc.their_competitors), (w("their_strategy", lang), acc.strategy),
                (w("consumption", lang), acc.consumption_of_our_category),
                (w("downstream", lang), acc.downstream_products), (w("habits", lang), acc.usage_habits),
                (w("corp_culture", lang), acc.corporate_culture), (w("ways", lang), acc.ways_of_working)]
    wallet = "\n".join(w("wallet_year", lang, year=y.year, share=f"{y.share_pct} %" if y.share_pct is not None else "—",
                          ours=f"{y.our_sales:,.0f}", total=f"{y.category_purchases:,.0f}") for y in data.wallet)
    business.insert(0, (w("share_of_wallet", lang), wallet))
    story.append(_kv(business, width, st))
    story.append(p(w("swot", lang), st["h3"]))
    swot = [[_swot("S", w("strengths", lang), acc.strengths, st), _swot("W", w("weaknesses", lang), acc.weaknesses, st)],
            [_swot("O", w("opportunities", lang), acc.opportunities, st),
             _swot("T", w("threats", lang), acc.threats, st)]]
    t = Table(swot, colWidths=[width / 2] * 2, hAlign="LEFT")
    t.setStyle(tstyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
    story.append(t)
    story.append(_kv([(w("culture", lang), acc.cultural_notes), (w("avoid", lang), acc.topics_to_avoid)], width, st))
    return story


def _competitors(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Competitors."""
    lang, _f = data.lang, data.facts
    story: list[Any] = []
    if data.competitors:
        story.append(CondPageBreak(40 * mm))
        story.append(p(w("competitors", lang), st["h2"]))
        rows = [[p(x, st["th_r"] if x == w("share", lang) else st["th"])
                 for x in (w("competitor", lang), w("description", lang), w("satisfaction", lang), w("share", lang),
                           w("reps", lang))]]
        for c in data.competitors:
            rows.append([p(c["name"], st["cell_b"]),
                         p(" · ".join(x for x in (c["products"], c["strengths"], c["weaknesses"]) if x), st["cell"]),
                         p(("●" * c["satisfaction"] + "○" * (5 - c["satisfaction"])) if c["satisfaction"] else "—",
                           st["cell"]),  # out of five
                         p(f"{c['share']} %" if c["share"] is not None else "—", st["cell_r"]),
                         p(c["reps"], st["cell"])])
        story.append(table(rows, [0.18 * width, 0.36 * width, 0.12 * width, 0.1 * width, 0.24 * width]))
    return story


def _sales(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Sales by quarter, three years."""
    lang, _f = data.lang, data.facts
    story: list[Any] = []
    story.append(CondPageBreak(95 * mm))
    story.append(p(w("transactions", lang), st["h2"]))
    if not any(rev or gp or cost for _q, rev, gp, cost in data.quarters):
        story.append(p(w("no_sales", lang), st["body"]))  # not an empty chart over a table of zeros
        return story
    scale = money_scale(lang, _f.account.currency or "CNY", max(max(q[1:]) for q in data.quarters))
    story.append(_sales_chart(data.quarters, width, scale, lang))
    rows = [[p(w("quarter", lang), st["th"])] + [p(f"{w(k, lang)} ({scale.unit})", st["th_r"])
                                                 for k in ("revenue", "gross_profit", "marketing_cost")]]
    for q, rev, gp, cost in data.quarters[-8:]:
        rows.append([p(q, st["cell"]), p(scale(rev), st["cell_r"]), p(scale(gp), st["cell_r"]),
                     p(scale(cost), st["cell_r"])])
    story.append(table(rows, [0.25 * width] * 4))
    return story


def _objectives(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Objectives."""
    lang, f = data.lang, data.facts
    story: list[Any] = []
    story.append(CondPageBreak(70 * mm))
    story.append(p(f"{w('objectives', lang)} · {data.year}", st["h2"]))
    if data.plan is None:
        story.append(p(w("no_plan", lang), st["body"]))
    else:
        rows = [[p(w("objective", lang), st["th"]), p(w("annual", lang), st["th_r"]), p(w("phasing", lang), st["th"]),
                 p(w("actual_ytd", lang), st["th_r"]), p(w("source", lang), st["th"])]]
        for o, line in zip(data.plan.quantitative, f.objectives, strict=False):
            unit, fmt = row_numbers(o.unit, o.annual_target, lang)
            phasing = " / ".join(fmt(x) for x in (o.q1, o.q2, o.q3, o.q4))
            rows.append([rag_dot(line.rating, f"{line.label} ({unit})", st["cell"]),
                         p(fmt(o.annual_target), st["cell_r"]), p(phasing, st["cell"]),
                         p(fmt(line.actual), st["cell_r"]),
                         p(objective_word(line.source, lang), st["tiny"])])
        story.append(table(rows, [0.3 * width, 0.14 * width, 0.3 * width, 0.14 * width, 0.12 * width]))
        if data.plan.qualitative:
            story.append(p(w("qualitative", lang), st["h3"]))
            rows = [[p(x, st["th"]) for x in (w("description", lang), w("who", lang), w("due_on", lang), w("status", lang))]]
            for q in data.plan.qualitative:
                rows.append([p(q.description, st["cell"]), p(data.users.get(q.owner_id, "—"), st["cell"]),
                             p(q.due_on.isoformat() if q.due_on else "—", st["cell"]), p(label(q.status, lang), st["cell"])])
            story.append(table(rows, [0.5 * width, 0.18 * width, 0.16 * width, 0.16 * width]))
        if data.plan.resources:
            story.append(p(w("resources", lang), st["h3"]))
            rows = [[p(x, st["th"]) for x in (w("resource", lang), w("who", lang), w("purpose", lang), w("task", lang),
                                               w("deadline", lang))]]
            for r in data.plan.resources:
                rows.append([p(label(r.kind, lang), st["cell"]), p(r.who, st["cell_b"]), p(r.purpose or "", st["cell"]),
                             p(r.task or "", st["cell"]), p(r.deadline.isoformat() if r.deadline else "—", st["cell"])])
            story.append(table(rows, [0.14 * width, 0.2 * width, 0.28 * width, 0.24 * width, 0.14 * width]))
    return story


def _next_steps(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Next steps."""
    lang, _f = data.lang, data.facts
    story: list[Any] = []
    story.append(CondPageBreak(40 * mm))
    story.append(p(w("next_steps", lang), st["h2"]))
    if data.next_steps:
        for day, text in data.next_steps:
            story.append(Paragraph(f"<font color='{MUTED_HEX}'>{day.isoformat()}</font> &nbsp; {escape(text)}", st["cell"]))
    else:
        story.append(p(w("none", lang), st["body"]))
    return story


def _approvals(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """Approval history."""
    lang, _f = data.lang, data.facts
    story: list[Any] = []
    story.append(p(w("approval", lang), st["h2"]))
    if data.events:
        rows = [[p(x, st["th"]) for x in (w("date", lang), w("action", lang), w("by", lang), w("comment", lang))]]
        for e in data.events:
            rows.append([p(e.at.astimezone().strftime("%Y-%m-%d %H:%M"), st["cell"]),
                         p(label(e.to_status, lang), st["cell"]), p(data.users.get(e.by_id, "—"), st["cell"]),
                         p(e.comment or "", st["cell"])])
        story.append(table(rows, [0.2 * width, 0.16 * width, 0.16 * width, 0.48 * width]))
    else:
        story.append(p(w("none", lang), st["body"]))
    return story


def _register(data: Any, meta: DocMeta, st: dict[str, Any], width: float) -> list[Any]:
    """The IP register (confidential prints only)."""
    if data.facts.register is None:
        return []
    return [p(w("ip_register", data.lang), st["h2"]), register_table(data.facts.register, data.lang, st, width)]


def _step_status(value: str) -> Any:
    from kam.vocab import StepStatus

    return StepStatus(value)


def _kv(pairs: list[tuple[str, Any]], width: float, st: dict[str, Any]) -> Table:
    rows = [[p(k, st["th"]), p(str(v), st["cell"])] for k, v in pairs if v]
    if not rows:
        rows = [[p("—", st["cell"]), ""]]
    t = Table(rows, colWidths=[0.26 * width, 0.74 * width], hAlign="LEFT")
    t.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _swot(letter: str, name: str, text: str | None, st: dict[str, Any]) -> list[Any]:
    return [Paragraph(f"<font color='{ACCENT_HEX}'><b>{letter}</b></font> {escape(name)}", st["th"]),
            p(text or "—", st["cell"])]


def _org_drawings(org: Any, lang: str, width: float, meta: DocMeta) -> list[Any]:
    """The chart scaled to the frame; too wide an organisation is split by team, recursively,
    so that no drawing prints below ``MIN_CHART_SCALE`` (cards stay legible)."""
    from reportlab.lib.pagesizes import A4, LETTER

    height_limit = float((LETTER if meta.page_size == "Letter" else A4)[1]) - 60 * mm
    lay = layout([(x.id, x.manager_id) for x in org.people], LayoutOptions())
    scale = min(1.0, width / (lay.width + 48), height_limit / (lay.height + 48))
    if scale >= MIN_CHART_SCALE or len(lay.roots) != 1:
        return [_scaled(draw(org, lang=lang, lay=lay, with_legend=False), scale)]
    return _split(org, lay.roots[0], lang, width, height_limit)


def _split(org: Any, head: int, lang: str, width: float, height_limit: float) -> list[Any]:
    """``head`` with their direct reports side by side, then each report's own team."""
    kids = [x.id for x in org.people if x.manager_id == head]
    top = _subset(org, {head, *kids}, head)
    # up to six reports side by side; more are stacked in columns under the head
    options = LayoutOptions(stack_min=10**6) if len(kids) <= 6 else LayoutOptions(stack_min=1)
    d = draw(top, lang=lang, lay=layout([(x.id, x.manager_id) for x in top.people], options), with_legend=False)
    parts: list[Any] = [_scaled(d, min(SPLIT_SCALE, width / d.width, height_limit / d.height))]
    for k in kids:
        members = _team(org, k)
        if len(members) <= 1:
            continue
        sub = _subset(org, members, k)
        d = draw(sub, lang=lang, with_legend=False)
        scale = min(SPLIT_SCALE, width / d.width, height_limit / d.height)
        if scale >= MIN_CHART_SCALE or len(members) == len({k, *[x.id for x in org.people if x.manager_id == k]}):
            parts.append(Spacer(1, 4 * mm))
            parts.append(_scaled(d, scale))
        else:
            parts.extend(_split(org, k, lang, width, height_limit))
    return parts


def _team(org: Any, head: int) -> set[int]:
    kids: dict[int, list[int]] = {}
    for x in org.people:
        if x.manager_id is not None:
            kids.setdefault(x.manager_id, []).append(x.id)
    out, todo = set(), [head]
    while todo:
        n = todo.pop()
        if n in out:
            continue
        out.add(n)
        todo.extend(kids.get(n, []))
    return out


def _subset(org: Any, ids: set[int], root: int) -> Any:
    from dataclasses import replace

    from kam.orgchart.data import OrgData

    people = [replace(x, manager_id=None) if x.id == root else x for x in org.people if x.id in ids]
    factions = [f for f in org.factions if set(f.member_ids) & ids]
    lines = [ln for ln in org.influence if ln[0] in ids and ln[1] in ids]
    return OrgData(org.account_id, people, factions, lines)


def _scaled(d: Drawing, scale: float) -> Drawing:
    d.scale(scale, scale)
    d.width *= scale
    d.height *= scale
    d.hAlign = "CENTER"
    return d


def _sales_chart(quarters: list[tuple[str, Decimal, Decimal, Decimal]], width: float, scale: MoneyScale,
                 lang: str) -> Drawing:
    height = 62 * mm
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 24, width - 46, height - 44
    divisor, unit = scale.divisor, scale.unit
    chart.data = [[float(q[1] / divisor) for q in quarters], [float(q[2] / divisor) for q in quarters]]
    chart.categoryAxis.categoryNames = [q[0] if i % 2 == 0 else "" for i, q in enumerate(quarters)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.strokeColor = RULE
    chart.categoryAxis.strokeColor = RULE
    chart.bars[0].fillColor = NAVY
    chart.bars[1].fillColor = ACCENT
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 40, height - 6
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(NAVY, f"{w('revenue', lang)} ({unit})"), (ACCENT, f"{w('gross_profit', lang)} ({unit})")]
    legend.deltax = 110
    d.add(legend)
    return d

