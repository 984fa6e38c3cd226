"""The executive-visit brief: 1–2 pages an executive reads in the car."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
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
    register_table,
    styles,
    table,
    tstyle,
)
from kam.reports.words import w
from kam.vocab import STANCE_MARK, label, objective_word, tier_label


def money(x: Decimal | None, lang: str, currency: str | None = None) -> str:
    """An amount, compact (``112.9 M``, ``11,290 万``); with ``currency`` it says which money it is
    (``CNY 112.9 M``, ``11,290 万元``)."""
    if x is None:
        return "—"
    if lang != "en" and abs(x) >= 10000:
        digits = 0 if abs(x) >= 1_000_000 else 1  # 13,322 is "1.3 万", not "1 万"
        amount = f"{x / 10000:,.{digits}f} {w('money_unit', lang)}"
        return amount + ("元" if currency in ("CNY", "RMB") else f" {currency}") if currency else amount
    amount = f"{x / 1_000_000:,.1f} M" if abs(x) >= 1_000_000 else f"{x:,.0f}"
    if currency and lang != "en":
        return f"{amount} {'元' if currency in ('CNY', 'RMB') else currency}"
    return f"{currency} {amount}" if currency else amount


@dataclass(frozen=True)
class MoneyScale:
    """One unit for a column (or a chart) of amounts, said once in its header: ``CNY M``, ``CNY k``,
    ``万元``, ``元``, ``萬 EUR`` — chosen by the largest amount, so small accounts keep their digits."""

    unit: str
    divisor: Decimal
    decimals: int

    def __call__(self, x: Decimal | None) -> str:
        return "—" if x is None else f"{x / self.divisor:,.{self.decimals}f}"


def money_scale(lang: str, currency: str, largest: Decimal) -> MoneyScale:
    yuan = currency in ("CNY", "RMB")
    if lang == "en":
        if abs(largest) >= 1_000_000:
            return MoneyScale(f"{currency} M", Decimal(1_000_000), 2)
        return MoneyScale(f"{currency} k", Decimal(1000), 1)
    if abs(largest) >= 100_000:
        return MoneyScale(w("money_unit", lang) + ("元" if yuan else f" {currency}"), Decimal(10000), 1)
    return MoneyScale("元" if yuan else currency, Decimal(1), 0)


CURRENCIES = ("CNY", "RMB", "元", "USD", "EUR")


def row_numbers(unit: str, largest: Decimal | None, lang: str) -> tuple[str, Callable[[Decimal | None], str]]:
    """An objective's unit as its row says it once, and how the row prints its numbers: amounts in one
    scale (``CNY M`` for 1.6 M, its phasing and its actual alike), counts as they are (``visits``)."""
    if unit.upper() in CURRENCIES:
        scale = money_scale(lang, "CNY" if unit in ("元", "RMB") else unit.upper(), largest or Decimal(0))
        return scale.unit, scale
    return objective_word(unit, lang), lambda x: number(x, unit, lang)


def number(x: Decimal | None, unit: str, lang: str) -> str:
    if x is None:
        return "—"
    if unit.upper() in ("CNY", "RMB", "元", "USD", "EUR"):
        return money(x, lang)
    return f"{x.normalize():f}" if x == x.to_integral() else f"{x:,.2f}"


def render_brief(data: Any, meta: DocMeta) -> bytes:
    """The executive-visit brief as PDF bytes: 1–2 pages, section by section."""
    st, width = styles(), frame_width(meta)
    story: list[Any] = []
    for section in (_heading, _the_visit, _at_a_glance, _people, _issues_and_objectives, _risks_and_notes):
        story.extend(section(data, st, width))
    if data.facts.register is not None:
        story.append(p(w("ip_register", data.lang), st["h3"]))
        story.append(register_table(data.facts.register, data.lang, st, width))
    return build_pdf(meta, story)


def _heading(data: Any, st: dict[str, Any], width: float) -> list[Any]:
    lang, acc = data.lang, data.facts.account
    story: list[Any] = [Paragraph(escape(w("brief", lang).upper() if lang == "en" else w("brief", lang)), st["kicker"]),
                        p(acc.display_name, st["h1"])]
    if acc.name_zh and acc.name_en:
        story.append(p(acc.name_en, st["small"]))
    story.append(Spacer(1, 3 * mm))
    return story


def _the_visit(data: Any, st: dict[str, Any], width: float) -> list[Any]:
    """The visit: its purpose and what we want from it."""
    lang, visit = data.lang, data.visit
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
    return [box, Spacer(1, 3 * mm)]


def _at_a_glance(data: Any, st: dict[str, Any], width: float) -> list[Any]:
    """The account at a glance: four key figures."""
    lang, facts = data.lang, data.facts
    acc = facts.account
    cur = acc.currency or "CNY"
    figures = [(w("tier", lang), tier_label(facts.tier, lang)),
               (w("revenue12", lang), money(facts.revenue_12m, lang, cur)),
               (w("gp12", lang), money(facts.gp_12m, lang, cur)),
               (w("powermap", lang), f"<font color='{RATING_HEX[facts.power.rating]}'>●</font> "
                                     f"{escape(label(facts.power.rating, lang))}")]
    cells = [[Paragraph(escape(k), st["th"]) for k, _ in figures],
             [Paragraph(val if k == w("powermap", lang) else escape(val), st["h3"]) for k, val in figures]]
    glance = Table(cells, colWidths=[width / 4] * 4, hAlign="LEFT")
    glance.setStyle(tstyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE), ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    meta_line = " · ".join(x for x in (label(acc.ka_type, lang), acc.industry, facts.owner and
                                       f"{w('owner', lang)}: {facts.owner}") if x)
    return [glance, p(meta_line, st["small"])]


def _people(data: Any, st: dict[str, Any], width: float) -> list[Any]:
    """The people you will meet, two cards a row."""
    story: list[Any] = [p(w("people_you_meet", data.lang), st["h2"])]
    cards = [_card(a, data.lang, st, width / 2 - 3 * mm, data.confidential) for a in data.attendees]
    grid = [cards[i:i + 2] + [""] * (2 - len(cards[i:i + 2])) for i in range(0, len(cards), 2)]
    if grid:
        t = Table(grid, colWidths=[width / 2] * 2, hAlign="LEFT")
        t.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        story.append(t)
    return story


def _issues_and_objectives(data: Any, st: dict[str, Any], width: float) -> list[Any]:
    """Open issues and this year's objectives side by side."""
    lang, facts = data.lang, data.facts
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
        rows = [[p(w("objective", lang), st["th"]), p(w("target", lang), st["th_r"]), p(w("actual", lang), st["th_r"])]]
        for o in facts.objectives[:6]:
            unit, fmt = row_numbers(o.unit, max(o.target_to_date or Decimal(0), o.actual or Decimal(0)), lang)
            rows.append([rag_dot(o.rating, f"{o.label} ({unit})", st["cell"]), p(fmt(o.target_to_date), st["cell_r"]),
                         p(fmt(o.actual), st["cell_r"])])
        right.append(table(rows, [0.24 * width, 0.11 * width, 0.11 * width], zebra=False))
    else:
        right.append(p(w("no_plan", lang), st["cell"]))
    both = Table([[left, right]], colWidths=[0.5 * width, 0.5 * width], hAlign="LEFT")
    both.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm)]))
    return [KeepTogether(both)]


def _risks_and_notes(data: Any, st: dict[str, Any], width: float) -> list[Any]:
    """The power map's risks, topics to avoid, cultural notes."""
    lang, facts = data.lang, data.facts
    notes: list[Any] = []
    if facts.power.risks:
        notes.append(p(w("risks", lang), st["h3"]))
        for r in facts.power.risks[:4]:
            notes.append(rag_dot(r.rating.value, r.text, st["cell"]))
    three = [[_note(w("avoid", lang), facts.account.topics_to_avoid, st),
              _note(w("culture", lang), facts.account.cultural_notes, st)]]
    t3 = Table(three, colWidths=[0.5 * width, 0.5 * width], hAlign="LEFT")
    t3.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm)]))
    return [KeepTogether(notes + [t3])]


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

