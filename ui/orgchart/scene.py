"""Build the org-chart scene from OrgData and the shared layout engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from kam.orgchart.data import OrgData
from kam.orgchart.layout import Layout, LayoutOptions, layout
from kam.orgchart.style import FACTION_HEX, LINE_HEX, STALE_DAYS
from kam.vocab import BuyingRole, Stance
from ui.orgchart.items import ArrowItem, CardItem, FactionItem

FILTERS: dict[str, Callable[..., bool]] = {
    "all": lambda p, today: True,
    "decision_makers": lambda p, today: BuyingRole.DECISION_MAKER in p.roles,
    "opposers_neutrals": lambda p, today: p.stance in (Stance.OPPOSER, Stance.NEUTRAL),
    "uncovered": lambda p, today: not p.coverage_owner,
    "stale": lambda p, today: p.last_contact is None or (today - p.last_contact).days > STALE_DAYS,
}


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
        colours = {f.id: QColor(FACTION_HEX[i % len(FACTION_HEX)]) for i, f in enumerate(self.data.factions)}
        leaders = {f.leader_id: f.id for f in self.data.factions if f.leader_id}
        names = {f.id: f.name for f in self.data.factions}
        for pid, c in lay.cards.items():
            item = CardItem(people[pid], c.w, c.h, self.lang, self.today)
            item.setPos(c.x, c.y)
            item.faction_tags = [(("★" if leaders.get(pid) == fid else "") + names[fid], colours[fid])
                                 for fid in people[pid].factions]
            self.addItem(item)
            self.cards[pid] = item
        for f in self.data.factions:
            rects = [self._rect(m) for m in f.member_ids if m in lay.cards]
            if rects:
                leader = people.get(f.leader_id).name if f.leader_id in people else None  # type: ignore[union-attr]
                title = f.name + (f" · ★{leader}" if leader else "")
                self.addItem(FactionItem(title, colours[f.id], rects))
        for src, dst, strength in self.data.influence:
            if src in lay.cards and dst in lay.cards:
                self.addItem(ArrowItem(self._rect(src), self._rect(dst), strength))
        self.setSceneRect(QRectF(-40, -40, lay.width + 80, lay.height + 80))

    def _rect(self, pid: int) -> QRectF:
        c = self.layout.cards[pid]
        return QRectF(c.x, c.y, c.w, c.h)

    def apply_filter(self, name: str) -> int:
        """Dim everyone the filter leaves out (structure stays visible); returns how many match."""
        test = FILTERS[name]
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

    def set_moves(self, moves: dict[int, str]) -> None:
        for pid, item in self.cards.items():
            item.set_move(moves.get(pid))
