"""Draw an org chart as a ReportLab Drawing — the same picture for SVG, PDF, PNG and the plan.

The layout (kam.orgchart.layout) places the cards and reporting lines; each card is
kam.orgchart.card's description, painted here exactly as the screen paints it;
informal influence runs as dashed arrows.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from kam.orgchart.card import (
    KIND_SIZE,
    CardView,
    Move,
    arrow_points,
    card_view,
    chart_style,
    label_point,
    legend,
)
from kam.orgchart.data import OrgData
from kam.orgchart.layout import Layout, LayoutOptions, layout
from kam.orgchart.shapes import faction_shapes, tint
from kam.palette import INFLUENCE_HEX, INK_HEX, LINE_HEX, PAPER_HEX
from kam.reports.fonts import FONT, FONT_BOLD, register_fonts, text_width
from kam.vocab import label

MARGIN = 24.0


def chart_layout(data: OrgData, options: LayoutOptions | None = None) -> Layout:
    return layout([(p.id, p.manager_id) for p in data.people], options)


def measure(text: str, size: float, bold: bool) -> float:
    """Text widths in the embedded font, for the card description."""
    return text_width(text, size, FONT_BOLD if bold else FONT)


def draw(data: OrgData, *, lang: str = "en", today: dt.date | None = None, lay: Layout | None = None,
         highlight: Collection[int] = (), moves: Mapping[int, Move] | None = None,
         title: str | None = None, with_legend: bool = True) -> Drawing:
    """The chart of ``data`` as a Drawing in points, with a margin and (``with_legend``) its legend below."""
    register_fonts()
    day = today or dt.date.today()
    lay = lay or chart_layout(data)
    top = 30.0 if title else 0.0
    width = max(lay.width + 2 * MARGIN, LEGEND_MIN_WIDTH if with_legend else 0)
    key = legend_group(lang, width - 2 * MARGIN) if with_legend else None
    below = key[1] + 10 if key else 0.0
    height = lay.height + 2 * MARGIN + top + below
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=colors.HexColor(PAPER_HEX), strokeColor=None))
    if key:
        key[0].translate(MARGIN, MARGIN + key[1])
        d.add(key[0])
    if title:
        d.add(String(MARGIN, height - MARGIN - 12, title, fontName=FONT_BOLD, fontSize=14,
                     fillColor=colors.HexColor(INK_HEX)))

    def y(v: float) -> float:  # layout y grows down; ReportLab's grows up
        return height - MARGIN - top - v

    style = chart_style(data.factions)
    for shape in faction_shapes(lay, data.factions):  # beneath everything: around members only
        colour = style.faction_colour[shape.faction_id]
        wash = colors.HexColor(tint(colour, 0.12))
        for tx, ty, tw, th in shape.tiles:
            d.add(Rect(MARGIN + tx, y(ty + th), tw, th, fillColor=wash, strokeColor=None))
        for x1, y1, x2, y2 in shape.edges:
            d.add(Line(MARGIN + x1, y(y1), MARGIN + x2, y(y2), strokeColor=colors.HexColor(colour),
                       strokeWidth=0.9, strokeDashArray=[3, 2]))
    for ln in lay.lines:
        d.add(PolyLine([c for x, yy in ln.points for c in (MARGIN + x, y(yy))],
                       strokeColor=colors.HexColor(LINE_HEX), strokeWidth=0.8))
    tags = []
    for src, dst, strength, kind in data.influence:
        if src in lay.cards and dst in lay.cards:
            line, tag = _arrow(lay, src, dst, strength, MARGIN, y, label(kind, lang) if kind else None)
            d.add(line)
            tags.append(tag)
    people = {p.id: p for p in data.people}
    for pid, card in lay.cards.items():
        view = card_view(people[pid], card.w, card.h, lang=lang, today=day, measure=measure, style=style,
                         highlighted=pid in highlight, move=(moves or {}).get(pid))
        d.add(paint_card(view, MARGIN + card.x, y(card.y)))
    for tag in tags:  # the influence lines' labels on top
        d.add(tag)
    return d


LEGEND_SIZE, LEGEND_ROW, LEGEND_GAP = 7.0, 13.0, 14.0
LEGEND_MIN_WIDTH = 420.0  # a chart of a few people still gets a legend that reads in two or three rows


def legend_group(lang: str, width: float) -> tuple[Group, float]:
    """The chart's legend (kam.orgchart.card.legend) flowed into rows ``width`` wide: a Group whose origin is
    its top-left corner (rows go down), and its height."""
    register_fonts()
    g = Group()
    x, row = 0.0, 0
    for e in legend(lang):
        sign = {"stripe": 7.0, "faction": 16.0}.get(e.kind, text_width(e.mark, 6.5, FONT) + (6 if e.kind == "badge" else 0))
        if e.kind == "arrow":
            sign = 34.0 + text_width(e.mark, KIND_SIZE, FONT)
        need = sign + 4 + text_width(e.text, LEGEND_SIZE, FONT)
        if x > 0 and x + need > width:
            x, row = 0.0, row + 1
        base = -(row * LEGEND_ROW) - 9
        colour = colors.HexColor(e.colour)
        if e.kind == "stripe":
            g.add(Rect(x, base - 2, 4, 10, fillColor=colour, strokeColor=None))
        elif e.kind == "badge":
            g.add(Rect(x, base - 2.5, sign, 10, rx=2, ry=2, fillColor=colour, strokeColor=None))
            g.add(String(x + sign / 2, base, e.mark, fontName=FONT, fontSize=6.5,
                         fillColor=colors.HexColor(PAPER_HEX), textAnchor="middle"))
        elif e.kind == "arrow":
            g.add(Line(x, base + 2.5, x + sign - 5, base + 2.5, strokeColor=colour, strokeWidth=1.2,
                       strokeDashArray=[4, 3]))
            g.add(Polygon([x + sign, base + 2.5, x + sign - 6, base + 5.5, x + sign - 6, base - 0.5],
                          fillColor=colour, strokeColor=None))
            if e.mark:  # a sample of the word that says why
                w = text_width(e.mark, KIND_SIZE, FONT) + 6
                mid = x + (sign - 5) / 2
                g.add(Rect(mid - w / 2, base - 2, w, 9, rx=2, ry=2, fillColor=colors.HexColor(PAPER_HEX),
                           strokeColor=colour, strokeWidth=0.5))
                g.add(String(mid, base + 0.5, e.mark, fontName=FONT, fontSize=KIND_SIZE, fillColor=colour,
                             textAnchor="middle"))
        elif e.kind == "faction":
            g.add(Rect(x, base - 2.5, sign, 10, fillColor=colors.HexColor(tint(e.colour, 0.12)), strokeColor=colour,
                       strokeWidth=0.9, strokeDashArray=[3, 2]))
        else:
            g.add(String(x, base, e.mark, fontName=FONT, fontSize=6.5, fillColor=colour))
        text_colour = e.colour if e.kind == "stripe" else INK_HEX
        g.add(String(x + sign + 4, base, e.text, fontName=FONT, fontSize=LEGEND_SIZE,
                     fillColor=colors.HexColor(text_colour)))
        x += need + LEGEND_GAP
    return g, (row + 1) * LEGEND_ROW


def legend_drawing(lang: str, width: float) -> Drawing:
    """The legend alone, ``width`` wide (the plan prints it once above a chart split by team)."""
    g, height = legend_group(lang, width)
    d = Drawing(width, height + 2)
    g.translate(0, height + 1)
    d.add(g)
    return d


def paint_card(view: CardView, x0: float, top: float) -> Group:
    """A card description as ReportLab shapes; (x0, top) is the card's top-left corner on the drawing."""
    g = Group()
    for b in view.boxes:
        g.add(Rect(x0 + b.x, top - b.y - b.h, b.w, b.h, rx=b.radius, ry=b.radius,
                   fillColor=colors.HexColor(b.fill) if b.fill else None,
                   strokeColor=colors.HexColor(b.stroke) if b.stroke else None, strokeWidth=b.stroke_width))
    for t in view.texts:
        g.add(String(x0 + t.x, top - t.y, t.text, fontName=FONT_BOLD if t.bold else FONT, fontSize=t.size,
                     fillColor=colors.HexColor(t.colour), textAnchor=t.anchor))
    return g


def _arrow(lay: Layout, src: int, dst: int, strength: int, margin: float, y: Callable[[float], float],
           kind: str | None = None) -> tuple[Group, Group]:
    """The dashed arrow (drawn beneath the cards) and its label saying why (drawn above them, on a free spot)."""
    a, b = lay.cards[src], lay.cards[dst]
    (x1, y1), end, out = arrow_points((a.x, a.y, a.w, a.h), (b.x, b.y, b.w, b.h))
    w = text_width(kind or "", KIND_SIZE, FONT) + 6
    mx, my = label_point(out, end, (w, 9), ((c.x, c.y, c.w, c.h) for c in lay.cards.values()))
    ex, ey = end
    x1, y1, ex, ey, mx, my = margin + x1, y(y1), margin + ex, y(ey), margin + mx, y(my)
    length = math.hypot(ex - x1, ey - y1) or 1.0
    ux, uy = (ex - x1) / length, (ey - y1) / length
    colour = colors.HexColor(INFLUENCE_HEX)
    g = Group()
    g.add(Line(x1, y1, ex, ey, strokeColor=colour, strokeWidth=0.6 + 0.4 * strength, strokeDashArray=[4, 3]))
    head = [ex, ey, ex - 7 * ux + 3.5 * uy, ey - 7 * uy - 3.5 * ux, ex - 7 * ux - 3.5 * uy, ey - 7 * uy + 3.5 * ux]
    g.add(Polygon(head, fillColor=colour, strokeColor=None))
    tag = Group()
    if kind:  # why the one sways the other, on a small label along the line between the cards
        tag.add(Rect(mx - w / 2, my - 4.5, w, 9, rx=2, ry=2, fillColor=colors.HexColor(PAPER_HEX),
                     strokeColor=colour, strokeWidth=0.5))
        tag.add(String(mx, my - 2, kind, fontName=FONT, fontSize=KIND_SIZE, fillColor=colour, textAnchor="middle"))
    return g, tag


def export(drawing: Drawing, out: Path, suffix: str | None = None) -> Path:
    """Write ``drawing`` as .svg, .pdf or .png (chosen by ``suffix``, else by the file's suffix)."""
    suffix = (suffix or out.suffix).lower()
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
        pdf[0].render(scale=scale).to_pil().save(out, format="PNG")
        pdf.close()
    else:
        raise ValueError(f"{out.name}: the chart can be exported as .svg, .pdf or .png")
    return out
