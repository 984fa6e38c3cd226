"""Build the org-chart scene from OrgData and the shared layout engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from kam.orgchart.card import CHART_FILTERS, Move, chart_style, faction_title
from kam.orgchart.data import OrgData
from kam.orgchart.layout import Layout, LayoutOptions, layout
from kam.orgchart.shapes import faction_shapes
from kam.palette import LINE_HEX
from kam.vocab import label
from ui.orgchart.items import ArrowItem, CardItem, FactionItem, KindLabelItem


class OrgChartScene(QGraphicsScene):
    def __init__(self, data: OrgData, lang: str = "en", today: dt.date | None = None,
                 options: LayoutOptions | None = None) -> None:
        super().__init__()
        self.data = data
        self.lang = lang
        self.today = today or dt.date.today()
        self.layout: Layout = layout([(p.id, p.manager_id) for p in data.people], options)
        self.cards: dict[int, CardItem] = {}
        self._build()

    def _build(self) -> None:
        lay = self.layout
        people = {p.id: p for p in self.data.people}
        path = QPainterPath()
        for ln in lay.lines:  # all reporting lines as one path item: one paint call, not hundreds
            path.moveTo(*ln.points[0])
            for pt in ln.points[1:]:
                path.lineTo(*pt)
        lines = QGraphicsPathItem(path)
        lines.setPen(QPen(QColor(LINE_HEX), 1.0))
        lines.setZValue(1)
        self.addItem(lines)
        style = chart_style(self.data.factions)
        for pid, c in lay.cards.items():
            item = CardItem(people[pid], c.w, c.h, self.lang, self.today, style)
            item.setPos(c.x, c.y)
            self.addItem(item)
            self.cards[pid] = item
        factions = {f.id: f for f in self.data.factions}
        for shape in faction_shapes(lay, self.data.factions):  # around its members only, never anyone else
            f = factions[shape.faction_id]
            self.addItem(FactionItem(faction_title(f, self.data), QColor(style.faction_colour[f.id]), shape))
        boxes = [self._rect(pid) for pid in lay.cards]
        for src, dst, strength, kind in self.data.influence:
            if src in lay.cards and dst in lay.cards:
                word = label(kind, self.lang) if kind else None
                self.addItem(ArrowItem(self._rect(src), self._rect(dst), strength, word))
                if word:
                    self.addItem(KindLabelItem(word, self._rect(src), self._rect(dst), boxes, self.font()))
        self.setSceneRect(QRectF(-40, -40, lay.width + 80, lay.height + 80))

    def _rect(self, pid: int) -> QRectF:
        c = self.layout.cards[pid]
        return QRectF(c.x, c.y, c.w, c.h)

    def apply_filter(self, name: str) -> int:
        """Dim everyone the filter leaves out (structure stays visible); returns how many match."""
        test = CHART_FILTERS[name]
        n = 0
        for item in self.cards.values():
            match = test(item.person, self.today)
            item.setOpacity(1.0 if match else 0.18)
            n += match
        return n

    def highlight(self, ids: Collection[int]) -> None:
        wanted = set(ids)
        for pid, item in self.cards.items():
            item.set_highlight(pid in wanted)

    def find(self, text: str) -> list[int]:
        """People whose name, romanisation or title contains ``text`` (case-insensitive)."""
        from kam.text import fold, search_key

        q = fold(text.strip())
        if not q:
            return []
        return [p.id for p in self.data.people
                if q in search_key(p.name, p.name_latin) or q in fold(p.title or "")]

    def set_moves(self, moves: dict[int, Move]) -> None:
        for pid, item in self.cards.items():
            item.set_move(moves.get(pid))
