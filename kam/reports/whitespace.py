"""The whitespace page of the account plan: the map as a heat-map table, with its legend and the largest
openings, readable at A4 (a wide catalogue is split into blocks of columns, the unit column repeated)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from kam.analysis.whitespace import GOAL_MARK, OVER_MARK, PROJECT_MARK, STATUS_MARK, compact_money
from kam.i18n import pick
from kam.palette import ERROR_HEX, WHITESPACE_HEAT_HEX
from kam.reports.base import p, table
from kam.vocab import CellStatus, label

LINES_PER_BLOCK = 7

_W: dict[str, tuple[str, str, str]] = {
    "title": ("Whitespace: where the account can still grow", "空白地图：客户还能在哪里增长",
              "空白地圖：客戶還能在哪裡成長"),
    "intro": ("Potential per year minus what each business unit bought from us from {start} to {end} ({currency}); "
              "second line: share of wallet.",
              "年度潜力减去各业务单元在 {start} 至 {end} 向我方的采购额（{currency}）；第二行：钱包份额。",
              "年度潛力減去各業務單位在 {start} 至 {end} 向我方的採購額（{currency}）；第二行：錢包份額。"),
    "unit": ("Business unit", "业务单元", "業務單位"),
    "total": ("Total", "合计", "合計"),
    "legend": ("Colour: whitespace, from none or unknown to the largest of the account. ▲ potential below current. "
               "◆ an objective of the plan. ■ a purchasing project.",
               "颜色：空白，从无或未知到本客户最大。▲ 潜力低于当前。◆ 计划中的目标。■ 采购项目。",
               "顏色：空白，從無或未知到本客戶最大。▲ 潛力低於目前。◆ 計劃中的目標。■ 採購專案。"),
    "largest": ("The largest openings", "最大的增长机会", "最大的成長機會"),
    "line": ("Product line", "产品线", "產品線"),
    "whitespace": ("Whitespace", "空白", "空白"),
    "held": ("Held by", "供应方", "供應方"),
    "status": ("Status", "状态", "狀態"),
    "empty": ("No whitespace map for this account yet.", "该客户尚无空白地图。", "該客戶尚無空白地圖。"),
    "unplaced": ("{n} transaction(s) of the period are on no cell (product or unit unknown): {amount}.",
                 "期间内有 {n} 笔交易未计入任何单元格（产品或业务单元不明）：{amount}。",
                 "期間內有 {n} 筆交易未計入任何儲存格（產品或業務單位不明）：{amount}。"),
}


def _w(key: str, lang: str, **kw: object) -> str:
    text = pick(_W[key], lang)
    return text.format(**kw) if kw else text


def _pct(value: Decimal | None) -> str:
    return "" if value is None else f"{value * 100:.0f} %"


def _cell_text(c: Any, lang: str) -> str:  # kam.services.whitespace.CellView
    mark = STATUS_MARK.get(c.status, "") if c.status else ""
    figure = compact_money(c.whitespace, lang) if c.potential is not None else compact_money(c.current or None, lang)
    over = ((f" {OVER_MARK}" if c.over_potential else "") + (f" {GOAL_MARK}" if c.objective_id else "")
            + (f" {PROJECT_MARK}" if c.project_id else ""))
    share = _pct(c.share)
    return f"{mark} {figure}{over}".strip() + (f"\n{share}" if share else "")


def _total_text(t: Any, lang: str) -> str:  # kam.services.whitespace.Totals
    return f"{compact_money(t.whitespace, lang) or '—'}\n{_pct(t.share)}"


def whitespace_section(grid: Any, lang: str, st: dict[str, Any], width: float) -> list[Any]:
    """The plan's whitespace page (nothing when the account has no map)."""
    if grid is None:
        return []
    story: list[Any] = [CondPageBreak(120 * mm), p(_w("title", lang), st["h2"])]
    if grid.empty:
        story.append(p(_w("empty", lang), st["body"]))
        return story
    story.append(p(_w("intro", lang, start=grid.start, end=grid.end, currency=grid.currency), st["small"]))
    from reportlab.lib.styles import ParagraphStyle

    th = ParagraphStyle("ws_th", parent=st["th"], wordWrap="CJK" if lang.startswith("zh") else None)
    unit_w = width * 0.19
    blocks = [grid.lines[i:i + LINES_PER_BLOCK] for i in range(0, len(grid.lines), LINES_PER_BLOCK)]
    for n, block in enumerate(blocks):
        last = n == len(blocks) - 1
        cols = len(block) + (1 if last else 0)
        cw = (width - unit_w) / max(cols, 1)
        head = [Paragraph(escape(_w("unit", lang)), th)] + [Paragraph(escape(ln.name(lang)), th) for ln in block]
        if last:
            head.append(Paragraph(escape(_w("total", lang)), th))
        rows: list[list[Any]] = [head]
        style: list[tuple[Any, ...]] = [("ALIGN", (1, 1), (-1, -1), "CENTER"), ("FONTSIZE", (0, 1), (-1, -1), 8),
                                        ("GRID", (1, 1), (-1, -1), 0.25, colors.white)]
        for r, u in enumerate(grid.units, 1):
            row: list[Any] = [Paragraph(escape(f"{u.name}\n{label(u.kind, lang)}").replace("\n", "<br/>"),
                                        st["cell"])]
            for c_i, ln in enumerate(block, 1):
                cell = grid.cell(u.id, ln.id)
                row.append(_cell_text(cell, lang))
                style.append(("BACKGROUND", (c_i, r), (c_i, r), colors.HexColor(WHITESPACE_HEAT_HEX[grid.heat(cell)])))
                if cell.over_potential:
                    style.append(("TEXTCOLOR", (c_i, r), (c_i, r), colors.HexColor(ERROR_HEX)))
            if last:
                row.append(_total_text(grid.by_unit[u.id], lang))
            rows.append(row)
        totals: list[Any] = [Paragraph(escape(_w("total", lang)), st["cell_b"])]
        totals += [_total_text(grid.by_line[ln.id], lang) for ln in block]
        if last:
            totals.append(_total_text(grid.total, lang))
        rows.append(totals)
        story.append(table(rows, [unit_w] + [cw] * cols, zebra=False, style=style))
        story.append(Spacer(1, 2 * mm))
    marks = " · ".join(f"{STATUS_MARK[s]} {label(s, lang)}" for s in CellStatus)
    story.append(p(f"{_w('legend', lang)} {marks}", st["tiny"]))
    if grid.unplaced:
        amount = sum((u.amount for u in grid.unplaced), Decimal(0))
        story.append(p(_w("unplaced", lang, n=sum(u.transactions for u in grid.unplaced),
                          amount=compact_money(amount, lang)), st["tiny"]))
    openings = sorted((c for c in grid.cells.values() if c.whitespace is not None and c.whitespace > 0),
                      key=lambda c: -c.whitespace)[:6]
    if openings:
        story.append(p(_w("largest", lang), st["h3"]))
        units = {u.id: u.name for u in grid.units}
        lines = {ln.id: ln.name(lang) for ln in grid.lines}
        rows = [[_w("unit", lang), _w("line", lang), _w("whitespace", lang), _w("held", lang), _w("status", lang)]]
        for c in openings:
            holder = label(c.holder, lang) + (f" ({c.competitor})" if c.competitor else "")
            rows.append([units[c.unit_id], lines[c.line_id], compact_money(c.whitespace, lang), holder,
                         label(c.status, lang) if c.status else "—"])
        story.append(table([[Paragraph(escape(str(x)), st["cell"]) for x in r] for r in rows],
                           [width * f for f in (0.22, 0.22, 0.14, 0.24, 0.18)]))
    return story
