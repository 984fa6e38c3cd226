"""The quarterly review pack: objectives vs actuals across a KAM's or the VP's accounts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from kam.palette import MUTED_HEX, RATING_HEX, SHADE_HEX
from kam.reports.base import (
    NAVY,
    RULE,
    DocMeta,
    build_pdf,
    frame_width,
    p,
    rag_dot,
    styles,
    table,
)
from kam.reports.brief import row_numbers
from kam.reports.fonts import FONT, fit
from kam.reports.words import month_name, w
from kam.vocab import TIER_NUMERAL, Rating, label, objective_word, tier_label


def render_review(data: Any, meta: DocMeta) -> bytes:
    """The quarterly review pack as PDF bytes: the portfolio, then one block per account."""
    st, width = styles(), frame_width(meta)
    story: list[Any] = [Paragraph(escape(f"{w('review', data.lang)} · {data.year}Q{data.quarter}"), st["kicker"]),
                        p(data.scope, st["h1"]), Spacer(1, 2 * mm)]
    for section in (_portfolio, _waiting_and_moves, _scorecards):
        story.extend(section(data, st, width))
    month = month_name(data.year, data.month or data.quarter * 3, data.lang)
    for a in data.accounts:
        story.extend(_account(a, data.lang, st, width, month))
    return build_pdf(meta, story)


def _portfolio(data: Any, st: dict[str, Any], width: float) -> list[Any]:
    lang = data.lang
    rows = [[p(x, st["th_r"] if x == w("on_track", lang) else st["th"])
             for x in (w("account", lang), w("tier", lang), w("status", lang), w("on_track", lang),
                       w("powermap", lang), w("owner", lang))]]
    for a in data.accounts:
        green = sum(1 for o in a.objectives if o.rating == "green")
        rows.append([p(a.name, st["cell_b"]), p(tier_label(a.tier, lang), st["cell"]),
                     p(label(a.plan_status, lang) if a.plan_status else "—", st["cell"]),
                     p(f"{green} / {len(a.objectives)}" if a.objectives else "—", st["cell_r"]),
                     rag_dot(a.power.value, label(a.power, lang), st["cell"]), p(a.owner or "—", st["cell"])])
    return [p(w("portfolio", lang), st["h2"]),
            table(rows, [0.32 * width, 0.13 * width, 0.13 * width, 0.12 * width, 0.14 * width, 0.16 * width]),
            p(w("on_track_note", lang), st["tiny"])]  # what "1 / 5" counts


def _waiting_and_moves(data: Any, st: dict[str, Any], width: float) -> list[Any]:
    """Plans waiting for approval, tier moves."""
    lang = data.lang
    story: list[Any] = [p(w("waiting", lang), st["h3"])]
    waiting = [a for a in data.accounts if a.plan_status is not None and a.plan_status.value == "submitted"]
    for a in waiting:
        story.append(Paragraph(f"• {escape(a.name)} <font color='{MUTED_HEX}'>({escape(a.owner or '—')})</font>",
                               st["cell"]))
    if not waiting:
        story.append(p(w("none", lang), st["cell"]))
    story.append(p(w("tier_moves", lang), st["h3"]))
    moves = [a for a in data.accounts if a.previous_tier and a.tier and a.previous_tier != a.tier]
    if not moves:
        return [*story, p(w("none", lang), st["cell"])]
    rows = [[p(w("account", lang), st["th"]), p(w("from_to", lang), st["th"])]]
    for a in moves:
        up = list(TIER_NUMERAL).index(a.tier) < list(TIER_NUMERAL).index(a.previous_tier)
        colour = RATING_HEX[Rating.GREEN] if up else RATING_HEX[Rating.RED]
        rows.append([p(a.name, st["cell"]), Paragraph(
            f"{escape(label(a.previous_tier, lang))} → <font color='{colour}'><b>{escape(label(a.tier, lang))}</b></font>",
            st["cell"])])
    return [*story, table(rows, [0.6 * width, 0.4 * width])]


def _scorecards(data: Any, st: dict[str, Any], width: float) -> list[Any]:
    """Each KAM's scorecard (the whole portfolio's pack only)."""
    if not data.scorecards:
        return []
    lang = data.lang
    heads = ("sc_kam", "sc_attainment", "sc_satisfaction", "sc_complaints", "sc_response", "sc_on_time", "sc_visits")
    rows = [[p(w(x, lang), st["th"] if x == "sc_kam" else st["th_r"]) for x in heads]]
    for c in data.scorecards:
        vals = (c.attainment_pct, c.satisfaction, c.complaints, c.mean_response_hours,
                c.response_target_kept_pct, c.visit_cadence_pct)
        rows.append([p(c.name, st["cell_b"])] + [p("—" if x is None else str(x), st["cell_r"]) for x in vals])
    return [CondPageBreak(40 * mm), p(w("scorecard", lang), st["h2"]), table(rows, [0.22 * width] + [0.13 * width] * 6)]


def _account(a: Any, lang: str, st: dict[str, Any], width: float, month: str) -> list[Any]:
    """One account's block: objectives vs actuals, the attainment chart, the month's notes, the comments."""
    block: list[Any] = [CondPageBreak(70 * mm), p(a.name, st["h2"])]
    sub = " · ".join(x for x in (a.owner, (w("plan_status", lang, label(a.plan_status, lang), a.plan_version)
                                  if a.plan_status else None)) if x)
    block.append(p(sub, st["small"]))
    if not a.objectives:
        return [*block, p(w("no_plan", lang), st["body"])]
    rows = [[p(w("objective", lang), st["th"]), p(w("target", lang), st["th_r"]), p(w("actual", lang), st["th_r"]),
             p("%", st["th_r"]), p(w("source", lang), st["th"])]]
    for o in a.objectives:
        pct = f"{o.ratio * 100:.0f} %" if o.ratio is not None else "—"
        unit, fmt = row_numbers(o.unit, max(o.target_to_date or Decimal(0), o.actual or Decimal(0)), lang)
        rows.append([rag_dot(o.rating, f"{o.label} ({unit})", st["cell"]),
                     p(fmt(o.target_to_date), st["cell_r"]), p(fmt(o.actual), st["cell_r"]),
                     p(pct, st["cell_r"]), p(objective_word(o.source, lang), st["tiny"])])
    block.append(table(rows, [0.4 * width, 0.16 * width, 0.16 * width, 0.1 * width, 0.18 * width]))
    block.append(Spacer(1, 2 * mm))
    block.append(_attainment_chart(a.objectives, width))
    if any(o.ratio is not None and o.ratio > 1.5 and o.target_to_date for o in a.objectives):
        block.append(p(w("capped_bars", lang), st["tiny"]))  # what the white stroke means
    if a.month_notes:
        block.append(p(w("changes_month", lang, month=month), st["h3"]))
        for note in a.month_notes:
            block.append(p(f"• {note}", st["cell"]))
    if a.review_comments:
        block.append(p(a.review_comments, st["small"]))
    return [KeepTogether(block)]


def _attainment_chart(objectives: list[Any], width: float) -> Drawing:
    """Horizontal bars: actual as a share of the phased target, 100 % marked."""
    bar_h, gap, label_w = 9.0, 4.0, 0.32 * width
    shown = [o for o in objectives if o.target_to_date]
    height = len(shown) * (bar_h + gap) + 14
    d = Drawing(width, height)
    span = width - label_w - 40
    scale = span / 1.5  # 0..150 %
    x0 = label_w
    for i, o in enumerate(shown):
        y = height - 14 - (i + 1) * (bar_h + gap) + gap
        ratio = min(float(o.share or 0), 1.5)  # the bar stops at the chart's edge …
        d.add(String(x0 - 6, y + 2, fit(o.label, 7, label_w - 8), fontName=FONT, fontSize=7, textAnchor="end"))
        d.add(Rect(x0, y, span, bar_h, fillColor=colors.HexColor(SHADE_HEX), strokeColor=None))
        fill = colors.HexColor(RATING_HEX.get(o.rating, MUTED_HEX))
        d.add(Rect(x0, y, ratio * scale, bar_h, fillColor=fill, strokeColor=None))
        # … its label says the true value ("—" as in the table where nothing is recorded)
        text = "—" if o.ratio is None else f"{float(o.ratio) * 100:.0f} %"
        if o.ratio is not None and o.ratio > 1.5:  # capped: a white break across the bar's end says it goes on
            end = x0 + ratio * scale
            d.add(Line(end - 7, y - 1, end - 4, y + bar_h + 1, strokeColor=colors.white, strokeWidth=1.6))
        d.add(String(x0 + ratio * scale + 3, y + 2, text, fontName=FONT, fontSize=6.5))
    # the target line over the bars (beneath them it vanished behind every bar that reached it)
    d.add(Line(x0 + scale, 0, x0 + scale, height - 6, strokeColor=NAVY, strokeWidth=0.6, strokeDashArray=[2, 2]))
    d.add(String(x0 + scale, height - 5, "100 %", fontName=FONT, fontSize=6, fillColor=NAVY, textAnchor="middle"))
    d.add(Line(x0, 0, x0, height - 10, strokeColor=RULE, strokeWidth=0.5))
    return d
