"""The executive-visit brief: 1–2 pages an executive reads in the car."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from kam.palette import ERROR_HEX, MUTED_HEX, NAVY_HEX, RATING_HEX, ROLE_HEX, STANCE_HEX, WARN_HEX
from kam.reports.base import (
    NAVY,
    RULE,
    SHADE,
    DocMeta,
    build_pdf,
    frame_width,
    p,
    rag_dot,
    styles,
    table,
    tstyle,
)
from kam.reports.words import w
from kam.vocab import STANCE_MARK, TIER_NUMERAL, label


def money(x: Decimal | None, lang: str) -> str:
    if x is None:
        return "—"
    if lang != "en" and abs(x) >= 10000:
        return f"{x / 10000:,.0f} {w('money_unit', lang)}"
    if abs(x) >= 1_000_000:
        return f"{x / 1_000_000:,.1f} M"
    return f"{x:,.0f}"


def number(x: Decimal | None, unit: str, lang: str) -> str:
    if x is None:
        return "—"
    if unit.upper() in ("CNY", "RMB", "元", "USD", "EUR"):
        return money(x, lang)
    return f"{x.normalize():f}" if x == x.to_integral() else f"{x:,.2f}"


def render_brief(data: Any, meta: DocMeta) -> bytes:
    st = styles()
    lang = data.lang
    facts = data.facts
    acc = facts.account
    width = frame_width(meta)
    story: list[Any] = []
    story.append(Paragraph(escape(w("brief", lang).upper() if lang == "en" else w("brief", lang)), st["kicker"]))
    story.append(p(acc.display_name, st["h1"]))
    if acc.name_zh and acc.name_en:
        story.append(p(acc.name_en, st["small"]))
    story.append(Spacer(1, 3 * mm))

    # the visit: purpose and what we want from it
    visit = data.visit
    rows = []
    if visit is not None:
        rows = [[p(w("date", lang), st["th"]), p(visit.occurred_on.isoformat(), st["cell_b"])],
                [p(w("purpose", lang), st["th"]), p(visit.purpose or "—", st["cell"])],
                [p(w("best", lang), st["th"]), p(visit.best_outcome or "—", st["cell"])],
                [p(w("minimum", lang), st["th"]), p(visit.minimum_outcome or "—", st["cell"])]]
    else:
        rows = [[p(w("visit", lang), st["th"]), p(w("not_planned", lang), st["cell"])]]
    box = Table(rows, colWidths=[0.24 * width, 0.76 * width], hAlign="LEFT")
    box.setStyle(tstyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LINEBEFORE", (0, 0), (0, -1), 2.5, NAVY), ("TOPPADDING", (0, 0), (-1, -1), 3),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    story.append(box)
    story.append(Spacer(1, 3 * mm))

    # the account at a glance: four key figures
    tier = f"{TIER_NUMERAL[facts.tier]} {label(facts.tier, lang)}" if facts.tier else "—"
    figures = [(w("tier", lang), tier), (w("revenue12", lang), money(facts.revenue_12m, lang)),
               (w("gp12", lang), money(facts.gp_12m, lang)),
               (w("powermap", lang), f"<font color='{RATING_HEX[facts.power.rating]}'>●</font> "
                                     f"{escape(label(facts.power.rating, lang))}")]
    cells = [[Paragraph(escape(k), st["th"]) for k, _ in figures],
             [Paragraph(val if k == w("powermap", lang) else escape(val), st["h3"]) for k, val in figures]]
    glance = Table(cells, colWidths=[width / 4] * 4, hAlign="LEFT")
    glance.setStyle(tstyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE), ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(glance)
    meta_line = " · ".join(x for x in (label(acc.ka_type, lang), acc.industry, facts.owner and
                                       f"{w('owner', lang)}: {facts.owner}") if x)
    story.append(p(meta_line, st["small"]))

    # the people
    story.append(p(w("people_you_meet", lang), st["h2"]))
    cards = [_card(a, lang, st, width / 2 - 3 * mm, data.confidential) for a in data.attendees]
    grid = [cards[i:i + 2] + [""] * (2 - len(cards[i:i + 2])) for i in range(0, len(cards), 2)]
    if grid:
        t = Table(grid, colWidths=[width / 2] * 2, hAlign="LEFT")
        t.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        story.append(t)

    # open issues and objectives side by side
    left: list[Any] = [p(w("open_issues", lang), st["h3"])]
    today = dt.datetime.now(dt.UTC)
    if facts.issues:
        for issue in facts.issues[:5]:
            days = (today - issue.received).days
            extra = f" · {issue.routed_to}" if issue.routed_to else ""
            left.append(Paragraph(f"• {escape(issue.subject)} <font color='{MUTED_HEX}' size='7.5'>"
                                  f"({escape(issue.kind)}, {days} {escape(w('days_open', lang))}{escape(extra)})</font>",
                                  st["cell"]))
    else:
        left.append(p(w("none_open", lang), st["cell"]))
    right: list[Any] = [p(w("objectives", lang), st["h3"])]
    if facts.objectives:
        rows = [[p(w("objective", lang), st["th"]), p(w("target", lang), st["th"]), p(w("actual", lang), st["th"])]]
        for o in facts.objectives[:6]:
            rows.append([rag_dot(o.rating, o.label, st["cell"]), p(number(o.target_to_date, o.unit, lang), st["cell_r"]),
                         p(number(o.actual, o.unit, lang), st["cell_r"])])
        right.append(table(rows, [0.24 * width, 0.11 * width, 0.11 * width], zebra=False))
    else:
        right.append(p(w("no_plan", lang), st["cell"]))
    both = Table([[left, right]], colWidths=[0.5 * width, 0.5 * width], hAlign="LEFT")
    both.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm)]))
    story.append(KeepTogether(both))

    # risks, topics to avoid, cultural notes
    notes: list[Any] = []
    if facts.power.risks:
        notes.append(p(w("risks", lang), st["h3"]))
        for r in facts.power.risks[:4]:
            notes.append(rag_dot(r.rating.value, r.text, st["cell"]))
    three = [[_note(w("avoid", lang), acc.topics_to_avoid, st), _note(w("culture", lang), acc.cultural_notes, st)]]
    t3 = Table(three, colWidths=[0.5 * width, 0.5 * width], hAlign="LEFT")
    t3.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm)]))
    story.append(KeepTogether(notes + [t3]))

    if facts.register is not None:
        story.append(p(w("ip_register", lang), st["h3"]))
        rows = [[p(x, st["th"]) for x in ("Ref.", w("description", lang), w("status", lang), w("due_on", lang))]]
        for item in facts.register:
            rows.append([p(item.reference, st["cell"]), p(f"{item.title} ({item.kind}, {item.classification})", st["cell"]),
                         p(item.status, st["cell"]), p(item.return_due.isoformat() if item.return_due else "—", st["cell"])])
        story.append(table(rows, [0.14 * width, 0.56 * width, 0.14 * width, 0.16 * width]))
    return build_pdf(meta, story)


def _note(title: str, text: str | None, st: dict[str, Any]) -> list[Any]:
    return [p(title, st["h3"]), p(text or "—", st["cell"])]


def _card(a: Any, lang: str, st: dict[str, Any], width: float, confidential: bool) -> Table:
    name = escape(a.name)
    if a.name_latin and a.name_latin != a.name:
        name += f" <font size='7.5' color='{MUTED_HEX}'>{escape(a.name_latin)}</font>"
    title = " · ".join(escape(x) for x in (a.title, a.department) if x)
    stance = (f"<font color='{STANCE_HEX[a.stance]}'><b>{STANCE_MARK[a.stance]} {escape(label(a.stance, lang))}</b></font>")
    roles = " ".join(f"<font color='{ROLE_HEX[r]}'>■</font>&nbsp;{escape(label(r, lang))}" for r in a.roles)
    influence = "●" * a.influence + "○" * (5 - a.influence)
    rows: list[list[Any]] = [
        [Paragraph(f"<font size='10.5' color='{NAVY_HEX}'>{name}</font>", st["cell"])],
        [Paragraph(title or "&nbsp;", st["tiny"])],
        [Paragraph(f"{stance} &nbsp; {roles} &nbsp; <font size='7'>{w('influence', lang)} {influence}</font>", st["cell"])],
    ]
    if a.coverage_owner:
        rows.append([Paragraph(f"<font color='{MUTED_HEX}'>{escape(w('coverage', lang))}:</font> {escape(a.coverage_owner)}",
                               st["tiny"])])
    points = [f"<font color='{MUTED_HEX}'>{escape(w(k, lang))}:</font> {escape(v)}" for k, v in a.talking_points.items()]
    if points:
        rows.append([Paragraph(" · ".join(points), st["tiny"])])
    if a.history:
        hist = "; ".join(f"{d.isoformat()} {escape(t)}" for d, t in a.history)
        rows.append([Paragraph(f"<font color='{MUTED_HEX}'>{escape(w('history', lang))}:</font> {hist}", st["tiny"])])
    else:
        rows.append([Paragraph(f"<font color='{WARN_HEX}'>{escape(w('no_contact', lang))}</font>", st["tiny"])])
    if confidential and a.personal:
        text = " · ".join(f"{escape(k)}: {escape(v)}" for k, v in a.personal.items())
        rows.append([Paragraph(f"<font color='{ERROR_HEX}'>{escape(w('personal', lang))}:</font> {text}", st["tiny"])])
    t = Table(rows, colWidths=[width], hAlign="LEFT")
    colour = STANCE_HEX[a.stance]
    from reportlab.lib import colors

    t.setStyle(tstyle([("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(colour)),
                           ("BOX", (0, 0), (-1, -1), 0.4, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                           ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, -1), (-1, -1), 4)]))
    return t

