"""The one document design: stylesheet, page templates, header/footer, watermark, output to bytes.

Every printed document (account plan, visit brief, review pack) is built from
these pieces so they look like one family: a restrained navy/grey palette,
the bundled CJK font embedded as a subset, "page x of y" in the footer.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from kam.palette import (
    ACCENT_HEX,
    ERROR_HEX,
    INK_HEX,
    MUTED_HEX,
    NAVY_HEX,
    RATING_HEX,
    RULE_HEX,
    SHADE_HEX,
    ZEBRA_HEX,
)
from kam.reports.fonts import FONT, FONT_BOLD, fit, register_fonts, text_width
from kam.reports.words import w
from kam.vocab import Rating

NAVY = colors.HexColor(NAVY_HEX)
ACCENT = colors.HexColor(ACCENT_HEX)
INK = colors.HexColor(INK_HEX)
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor(RULE_HEX)
SHADE = colors.HexColor(SHADE_HEX)
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 18 * mm


@dataclass(frozen=True)
class DocMeta:
    """What every page says about the document."""

    title: str
    account: str
    author: str
    lang: str = "en"
    page_size: str = "A4"
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    confidential: bool = False  # confidential content deliberately included
    watermark: str | None = None  # who printed it, for whom, when


def styles() -> dict[str, ParagraphStyle]:
    """The stylesheet (CJK-aware wrapping everywhere)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.2, leading=13.2, textColor=INK,
                          wordWrap="CJK", spaceAfter=3)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.8, leading=10.6, textColor=MUTED),
        "tiny": ParagraphStyle("tiny", parent=base, fontSize=7, leading=9.2, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.2, leading=11, spaceAfter=0),
        "cell_r": ParagraphStyle("cell_r", parent=base, fontSize=8.2, leading=11, spaceAfter=0, alignment=TA_RIGHT),
        "cell_b": ParagraphStyle("cell_b", parent=base, fontName=FONT_BOLD, fontSize=8.2, leading=11, spaceAfter=0),
        "th": ParagraphStyle("th", parent=base, fontName=FONT_BOLD, fontSize=7.6, leading=10, spaceAfter=0,
                             textColor=MUTED),
        "th_r": ParagraphStyle("th_r", parent=base, fontName=FONT_BOLD, fontSize=7.6, leading=10, spaceAfter=0,
                               textColor=MUTED, alignment=TA_RIGHT),  # the header of a column of numbers
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=19, leading=25, textColor=NAVY,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=17, textColor=NAVY,
                             spaceBefore=10, spaceAfter=5),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=14, textColor=INK,
                             spaceBefore=6, spaceAfter=2),
        "kicker": ParagraphStyle("kicker", parent=base, fontSize=8.5, leading=11, textColor=ACCENT,
                                 spaceAfter=2),
        "cover_title": ParagraphStyle("cover_title", parent=base, fontName=FONT_BOLD, fontSize=28, leading=36,
                                      textColor=NAVY, spaceAfter=8, alignment=TA_LEFT),
        "cover_sub": ParagraphStyle("cover_sub", parent=base, fontSize=13, leading=19, textColor=MUTED),
    }


def _numbered_canvas(meta: DocMeta) -> type[Canvas]:
    """A canvas that knows the page count when it draws footers ("page x of y")."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type information
        def __init__(self, *args: Any, **kw: Any) -> None:
            # start pages in the embedded font, or ReportLab declares an unembedded Helvetica
            kw["initialFontName"] = FONT
            super().__init__(*args, **kw)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                _decorate(self, meta, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


WATERMARK_ANGLE = 35.0


def watermark_lines(text: str, width: float, height: float) -> tuple[float, list[str]]:
    """The watermark's type size and lines: each line wrapped to the room the page's diagonal band leaves
    (at words, or between Chinese characters), the size shrunk until every line fits and at most six
    lines (eight in small type) are needed — so who printed it, for whom and when always stay on the page."""
    import math
    import re

    angle = math.radians(WATERMARK_ANGLE)
    room = 0.78 * min(width / math.cos(angle), height / math.sin(angle))
    token = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+")
    for size in (26.0, 22.0, 18.0, 15.0, 12.0, 10.0, 9.0, 8.0):  # 8 pt: a 300-character Chinese reason on A4
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            pieces = token.findall(paragraph)
            # a "word" wider than the line (a long URL, a run of letters) breaks between its characters
            pieces = [c for x in pieces for c in (list(x) if text_width(x, size, FONT_BOLD) > room else [x])]
            for piece in pieces:
                if line and text_width((line + piece).rstrip(), size, FONT_BOLD) > room:
                    lines.append(line.rstrip())
                    line = piece.lstrip()
                else:
                    line += piece
            lines.append(line.rstrip())
        if len(lines) <= (6 if size >= 12 else 8) and all(text_width(x, size, FONT_BOLD) <= room for x in lines):
            return size, lines
    return size, [fit(x, size, room, FONT_BOLD) for x in lines]  # (never reached within the reason's limit)


def _decorate(c: Canvas, meta: DocMeta, page: int, total: int) -> None:
    """Header, footer and (if confidential) the watermark of one page."""
    width, height = c._pagesize
    c.saveState()
    if meta.watermark:
        c.setFillColor(colors.Color(0.78, 0.16, 0.16, alpha=0.10))
        size, lines = watermark_lines(meta.watermark, width, height)
        c.setFont(FONT_BOLD, size)
        c.translate(width / 2, height / 2)
        c.rotate(WATERMARK_ANGLE)
        step = size * 1.3
        for i, line in enumerate(lines):
            c.drawCentredString(0, (len(lines) - 1) * step / 2 - i * step - size / 3, line)
        c.restoreState()
        c.saveState()
    lang = meta.lang
    c.setFont(FONT, 7.5)
    c.setFillColor(MUTED)
    c.drawString(MARGIN, height - 11 * mm, fit(meta.account, 7.5, width / 2 - MARGIN - 60))
    c.drawCentredString(width / 2, height - 11 * mm, meta.title)
    label = w("confidential_header" if meta.confidential else "internal_header", lang)
    c.setFillColor(colors.HexColor(ERROR_HEX) if meta.confidential else MUTED)
    c.drawRightString(width - MARGIN, height - 11 * mm, label)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, height - 12.5 * mm, width - MARGIN, height - 12.5 * mm)
    c.setFillColor(MUTED)
    c.setFont(FONT, 7.5)
    c.line(MARGIN, 12.5 * mm, width - MARGIN, 12.5 * mm)
    when = meta.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    c.drawString(MARGIN, 9 * mm, w("generated", lang, when, meta.author))
    c.drawRightString(width - MARGIN, 9 * mm, w("page", lang, page, total))
    c.restoreState()


def build_pdf(meta: DocMeta, story: list[Flowable]) -> bytes:
    """Lay out ``story`` on the house page templates; returns the PDF bytes."""
    register_fonts()
    buf = io.BytesIO()
    size = PAGE_SIZES.get(meta.page_size, A4)
    doc = BaseDocTemplate(buf, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=17 * mm,
                          bottomMargin=17 * mm, title=f"{meta.title} — {meta.account}", author=meta.author,
                          subject=meta.title, creator="kam", initialFontName=FONT)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="first", frames=[frame]), PageTemplate(id="later", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(meta))
    return buf.getvalue()


def frame_width(meta: DocMeta) -> float:
    return float(PAGE_SIZES.get(meta.page_size, A4)[0] - 2 * MARGIN)


def tstyle(cmds: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle that also sets the cell font (ReportLab's default is an unembedded Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *cmds])


def table(rows: list[list[Any]], widths: list[float], *, header: bool = True, zebra: bool = True,
          style: list[tuple[Any, ...]] | None = None) -> Table:
    """A house table: light rules, shaded header, repeated header row, widths as fractions."""
    total = sum(widths)
    t = Table(rows, colWidths=widths if total > 2 else None, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.7, NAVY)]
    if zebra:
        for i in range(2 if header else 1, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(ZEBRA_HEX)))
    t.setStyle(tstyle(cmds + (style or [])))
    return t


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from plain text (escaped; newlines kept)."""
    from xml.sax.saxutils import escape

    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def rag_dot(rating: str, text: str, style: ParagraphStyle) -> Paragraph:
    from xml.sax.saxutils import escape

    colour = RATING_HEX[Rating(rating)] if rating in set(Rating) else MUTED_HEX
    return Paragraph(f"<font color='{colour}'>●</font> {escape(text)}", style)


def register_table(items: list[Any], lang: str, st: dict[str, ParagraphStyle], width: float) -> Table:
    """The IP register's items as a table (confidential prints only)."""
    rows = [[p(x, st["th"]) for x in (w("reference", lang), w("description", lang), w("status", lang), w("due_on", lang))]]
    for item in items:
        rows.append([p(item.reference, st["cell"]), p(f"{item.title} ({item.kind}, {item.classification})", st["cell"]),
                     p(item.status, st["cell"]), p(item.return_due.isoformat() if item.return_due else "—", st["cell"])])
    return table(rows, [0.14 * width, 0.56 * width, 0.14 * width, 0.16 * width])
