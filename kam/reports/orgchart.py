"""Draw an org chart as a ReportLab Drawing — the same picture for SVG, PDF, PNG and the plan.

A card shows name (and romanisation), title, stance as colour *and* a label,
buying-role badges, influence dots, our coverage owner and days since our
last contact; faction tags (★ marks the leader); informal influence as dashed
arrows. People who moved since a comparison date carry the move on the card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from kam.orgchart.layout import Layout, LayoutOptions, layout
from kam.orgchart.style import (
    FACTION_HEX,
    HIGHLIGHT_HEX,
    INFLUENCE_HEX,
    INK_HEX,
    LINE_HEX,
    MUTED_HEX,
    NO_OWNER,
    ROLE_HEX,
    STALE_DAYS,
    STANCE_HEX,
    STANCE_MARK,
    WARN_HEX,
    freshness,
    role_badge,
)
from kam.reports.fonts import FONT, FONT_BOLD, fit, register_fonts
from kam.vocab import BuyingRole, Stance, label

STANCE_COLOUR = {k: colors.HexColor(v) for k, v in STANCE_HEX.items()}
ROLE_COLOUR = {k: colors.HexColor(v) for k, v in ROLE_HEX.items()}
INK, MUTED, LINE = colors.HexColor(INK_HEX), colors.HexColor(MUTED_HEX), colors.HexColor(LINE_HEX)
WARN = colors.HexColor(WARN_HEX)
FACTION_COLOURS = [colors.HexColor(c) for c in FACTION_HEX]
MARGIN = 24.0


def chart_layout(data, options: LayoutOptions | None = None) -> Layout:  # type: ignore[no-untyped-def]
    return layout([(p.id, p.manager_id) for p in data.people], options)


def draw(data, *, lang: str = "en", today: dt.date | None = None,  # type: ignore[no-untyped-def]
         lay: Layout | None = None, highlight: Collection[int] = (),
         moves: Mapping[int, tuple[Stance | None, Stance]] | None = None,
         title: str | None = None) -> Drawing:
    """The chart of ``data`` (an OrgData) as a Drawing in points, with a margin."""
    register_fonts()
    day = today or dt.date.today()
    lay = lay or chart_layout(data)
    top = 30.0 if title else 0.0
    width, height = lay.width + 2 * MARGIN, lay.height + 2 * MARGIN + top
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    if title:
        d.add(String(MARGIN, height - MARGIN - 12, title, fontName=FONT_BOLD, fontSize=14, fillColor=INK))

    def y(v: float) -> float:  # layout y grows down; ReportLab's grows up
        return height - MARGIN - top - v

    for ln in lay.lines:
        d.add(PolyLine([c for x, yy in ln.points for c in (MARGIN + x, y(yy))],
                       strokeColor=LINE, strokeWidth=0.8))
    faction_colour = {f.id: FACTION_COLOURS[i % len(FACTION_COLOURS)] for i, f in enumerate(data.factions)}
    leaders = {f.leader_id: f.id for f in data.factions if f.leader_id}
    names = {f.id: f.name for f in data.factions}
    people = {p.id: p for p in data.people}
    for src, dst, strength in data.influence:
        if src in lay.cards and dst in lay.cards:
            d.add(_arrow(lay, src, dst, strength, MARGIN, y))
    for pid, card in lay.cards.items():
        p = people[pid]
        d.add(_card(p, card.x + MARGIN, y(card.y + card.h), card.w, card.h, lang, day,
                    pid in highlight, (moves or {}).get(pid), faction_colour, names, leaders))
    return d


def _card(p, x: float, y0: float, w: float, h: float, lang: str, today: dt.date,  # type: ignore[no-untyped-def]
          highlighted: bool, move, faction_colour, faction_names, leaders) -> Group:
    g = Group()
    colour = STANCE_COLOUR[p.stance]
    g.add(Rect(x, y0, w, h, rx=4, ry=4, fillColor=colors.white,
               strokeColor=colors.HexColor(HIGHLIGHT_HEX) if highlighted else colors.HexColor("#D0D7DE"),
               strokeWidth=2.2 if highlighted else 0.8))
    g.add(Rect(x, y0, 5, h, fillColor=colour, strokeColor=None))
    pad = 10.0
    inner = w - pad - 6
    # stance label top right (colour and words, never colour alone)
    stance_text = f"{STANCE_MARK[p.stance]} {label(p.stance, lang)}"
    g.add(String(x + w - 6, y0 + h - 12, stance_text, fontName=FONT, fontSize=7, fillColor=colour,
                 textAnchor="end"))
    name = p.name if not p.name_latin or p.name_latin == p.name else f"{p.name} {p.name_latin}"
    g.add(String(x + pad, y0 + h - 13, fit(name, 9, inner - 42, FONT_BOLD), fontName=FONT_BOLD,
                 fontSize=9, fillColor=INK))
    g.add(String(x + pad, y0 + h - 25, fit(p.title or "", 7, inner), fontName=FONT, fontSize=7,
                 fillColor=MUTED))
    # role badges
    bx = x + pad
    for role in sorted(p.roles, key=list(BuyingRole).index):
        text = role_badge(role, lang)
        tw = 4 + len(text) * (7 if lang != "en" else 4.2)
        g.add(Rect(bx, y0 + h - 39, tw, 10, rx=2, ry=2, fillColor=ROLE_COLOUR[role], strokeColor=None))
        g.add(String(bx + tw / 2, y0 + h - 36.5, text, fontName=FONT, fontSize=6, fillColor=colors.white,
                     textAnchor="middle"))
        bx += tw + 3
    # influence dots
    dots = "●" * p.influence + "○" * (5 - p.influence)
    g.add(String(x + w - 6, y0 + h - 37, dots, fontName=FONT, fontSize=6, fillColor=INK, textAnchor="end"))
    # coverage owner and freshness
    owner = p.coverage_owner or NO_OWNER.get(lang, NO_OWNER["en"])
    days = (today - p.last_contact).days if p.last_contact else None
    fresh = freshness(days, lang)
    owner_colour = MUTED if p.coverage_owner else WARN
    g.add(String(x + pad, y0 + 6, fit(owner, 6.5, inner - 30), fontName=FONT, fontSize=6.5,
                 fillColor=owner_colour))
    stale = days is None or days > STALE_DAYS
    g.add(String(x + w - 6, y0 + 6, fresh, fontName=FONT, fontSize=6.5,
                 fillColor=WARN if stale else MUTED, textAnchor="end"))
    # faction tags
    fx = x + pad
    for fid in p.factions:
        star = "★" if leaders.get(p.id) == fid else ""
        text = fit(star + faction_names.get(fid, ""), 6, 60)
        g.add(String(fx, y0 + 16, text, fontName=FONT, fontSize=6, fillColor=faction_colour.get(fid, MUTED)))
        fx += min(62, 8 + len(text) * (6 if lang != "en" else 3.4))
    if move:
        before, after = move
        text = f"{label(before, lang) if before else '—'} → {label(after, lang)}"
        g.add(Rect(x + w - 70, y0 + h + 1, 70, 10, rx=2, ry=2, fillColor=colors.HexColor("#FEF3C7"),
                   strokeColor=colors.HexColor("#F59E0B"), strokeWidth=0.5))
        g.add(String(x + w - 35, y0 + h + 3.5, fit(text, 6, 66), fontName=FONT, fontSize=6,
                     fillColor=INK, textAnchor="middle"))
    return g


def _arrow(lay: Layout, src: int, dst: int, strength: int, margin: float, y) -> Group:  # type: ignore[no-untyped-def]
    import math

    a, b = lay.cards[src], lay.cards[dst]
    x1, y1 = margin + a.x + a.w / 2, y(a.y + a.h / 2)
    x2, y2 = margin + b.x + b.w / 2, y(b.y + b.h / 2)
    # end at the target card's border, not its centre
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    t = min((b.w / 2) / abs(dx) if dx else 1e9, (b.h / 2) / abs(dy) if dy else 1e9)
    ex, ey = x2 - dx * t, y2 - dy * t
    ux, uy = dx / length, dy / length
    colour = colors.HexColor(INFLUENCE_HEX)
    g = Group()
    g.add(Line(x1, y1, ex, ey, strokeColor=colour, strokeWidth=0.6 + 0.4 * strength, strokeDashArray=[4, 3]))
    head = [ex, ey, ex - 7 * ux + 3.5 * uy, ey - 7 * uy - 3.5 * ux, ex - 7 * ux - 3.5 * uy, ey - 7 * uy + 3.5 * ux]
    g.add(Polygon(head, fillColor=colour, strokeColor=None))
    return g


def export(drawing: Drawing, out: Path) -> Path:
    """Write ``drawing`` as .svg, .pdf or .png (chosen by the suffix)."""
    suffix = out.suffix.lower()
    if suffix == ".svg":
        from reportlab.graphics import renderSVG

        renderSVG.drawToFile(drawing, str(out))
    elif suffix == ".pdf":
        from reportlab.graphics import renderPDF

        renderPDF.drawToFile(drawing, str(out), autoSize=1)
    elif suffix == ".png":
        import io

        import pypdfium2 as pdfium
        from reportlab.graphics import renderPDF

        buf = io.BytesIO()
        renderPDF.drawToFile(drawing, buf, autoSize=1)
        pdf = pdfium.PdfDocument(buf.getvalue())
        scale = min(2.0, 12000 / max(drawing.width, drawing.height))  # stay under ~12k pixels
        pdf[0].render(scale=scale).to_pil().save(out)
        pdf.close()
    else:
        raise ValueError(f"{out.name}: the chart can be exported as .svg, .pdf or .png")
    return out
