"""Graphics items of the org chart: person cards, faction groups, influence arrows."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kam.orgchart.style import (
    HIGHLIGHT_HEX,
    INFLUENCE_HEX,
    INK_HEX,
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
from kam.vocab import BuyingRole, Stance, label


class CardItem(QGraphicsObject):
    """One person. Dragging it onto another card asks to change who they report to."""

    dropped_on = Signal(int, int)  # (person id, new manager id)
    drag_cancelled = Signal(int)
    activated = Signal(int)  # double-click: open the person

    def __init__(self, person: Any, w: float, h: float, lang: str, today: dt.date) -> None:
        super().__init__()
        self.person = person
        self.pid: int = person.id
        self.w, self.h = w, h
        self.lang = lang
        self.today = today
        self.highlighted = False
        self.move_text: str | None = None
        self.faction_tags: list[tuple[str, QColor]] = []
        self._home = QPointF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        # painted once into a pixmap: panning and zooming repaint nothing in Python
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2)
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        p = self.person
        roles = ", ".join(label(r, self.lang) for r in sorted(p.roles, key=list(BuyingRole).index))
        parts = [p.name + (f" ({p.name_latin})" if p.name_latin and p.name_latin != p.name else ""),
                 p.title or "", f"{label(p.stance, self.lang)} · {roles}" if roles else label(p.stance, self.lang)]
        return "\n".join(x for x in parts if x)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-2, -14, self.w + 4, self.h + 16)

    def set_highlight(self, on: bool) -> None:
        if self.highlighted != on:
            self.highlighted = on
            self.update()

    def set_move(self, text: str | None) -> None:
        if self.move_text != text:
            self.move_text = text
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        p = self.person
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 0, self.w, self.h)
        selected = self.isSelected()
        border = QColor(HIGHLIGHT_HEX) if (self.highlighted or selected) else QColor("#D0D7DE")
        painter.setPen(QPen(border, 2.4 if (self.highlighted or selected) else 1.0))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(rect, 4, 4)
        stance = QColor(STANCE_HEX[p.stance])
        painter.fillRect(QRectF(0.5, 0.5, 5, self.h - 1), stance)
        base = QFont(painter.font())
        pad = 11.0

        def text(x: float, y: float, s: str, size: float, colour: str | QColor, bold: bool = False,
                 right: bool = False, width: float = 200) -> None:
            f = QFont(base)
            f.setPointSizeF(size)
            f.setBold(bold)
            painter.setFont(f)
            fm = QFontMetricsF(f)
            s = fm.elidedText(s, Qt.TextElideMode.ElideRight, width)
            painter.setPen(QColor(colour))
            if right:
                x -= fm.horizontalAdvance(s)
            painter.drawText(QPointF(x, y), s)

        text(self.w - 6, 13, f"{STANCE_MARK[p.stance]} {label(p.stance, self.lang)}", 6.5, stance, right=True)
        name = p.name if not p.name_latin or p.name_latin == p.name else f"{p.name} {p.name_latin}"
        text(pad, 14, name, 8.5, INK_HEX, bold=True, width=self.w - pad - 50)
        text(pad, 27, p.title or "", 6.5, MUTED_HEX, width=self.w - pad - 6)
        x = pad
        f = QFont(base)
        f.setPointSizeF(5.5)
        fm = QFontMetricsF(f)
        for role in sorted(p.roles, key=list(BuyingRole).index):
            badge = role_badge(role, self.lang)
            bw = fm.horizontalAdvance(badge) + 6
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ROLE_HEX[role]))
            painter.drawRoundedRect(QRectF(x, 31, bw, 10), 2, 2)
            painter.setFont(f)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(x, 31, bw, 10), Qt.AlignmentFlag.AlignCenter, badge)
            x += bw + 3
        text(self.w - 6, 40, "●" * p.influence + "○" * (5 - p.influence), 5.5, INK_HEX, right=True)
        fx = pad
        for tag, colour in self.faction_tags:
            text(fx, 52, tag, 5.5, colour, width=70)
            fx += min(72, QFontMetricsF(f).horizontalAdvance(tag) + 8)
        owner = p.coverage_owner or NO_OWNER.get(self.lang, NO_OWNER["en"])
        text(pad, self.h - 5, owner, 6, MUTED_HEX if p.coverage_owner else WARN_HEX, width=self.w - 50)
        days = (self.today - p.last_contact).days if p.last_contact else None
        stale = days is None or days > STALE_DAYS
        text(self.w - 6, self.h - 5, freshness(days, self.lang), 6, WARN_HEX if stale else MUTED_HEX, right=True)
        if self.move_text:
            f2 = QFont(base)
            f2.setPointSizeF(5.5)
            bw = QFontMetricsF(f2).horizontalAdvance(self.move_text) + 8
            box = QRectF(self.w - bw, -12, bw, 10)
            painter.setPen(QPen(QColor(HIGHLIGHT_HEX), 0.6))
            painter.setBrush(QColor("#FEF3C7"))
            painter.drawRoundedRect(box, 2, 2)
            painter.setFont(f2)
            painter.setPen(QColor(INK_HEX))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.move_text)

    # --- drag onto another card to re-parent

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802
        self._home = self.pos()
        self.setZValue(10)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.setZValue(2)
        if self.pos() == self._home:
            return
        target = next((it for it in self.collidingItems()
                       if isinstance(it, CardItem) and it is not self), None)
        self.setPos(self._home)  # the scene is rebuilt from the database if the move is accepted
        if target is not None:
            self.dropped_on.emit(self.pid, target.pid)
        else:
            self.drag_cancelled.emit(self.pid)

    def mouseDoubleClickEvent(self, event: Any) -> None:  # noqa: N802
        self.activated.emit(self.pid)


class FactionItem(QGraphicsPathItem):
    """A faction drawn as a translucent group around its members, labelled with its name."""

    def __init__(self, name: str, colour: QColor, rects: list[QRectF]) -> None:
        path = QPainterPath()
        for r in rects:
            piece = QPainterPath()
            piece.addRoundedRect(r.adjusted(-7, -16, 7, 7), 8, 8)
            path = path.united(piece)
        super().__init__(path)
        fill = QColor(colour)
        fill.setAlpha(28)
        self.setBrush(QBrush(fill))
        pen = QPen(colour, 1.2, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(0)
        self.name = name
        self.colour = colour
        first = min(rects, key=lambda r: (r.top(), r.left()))
        self.label_at = QPointF(first.left() - 4, first.top() - 5)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)
        f = QFont(painter.font())
        f.setPointSizeF(6.5)
        f.setBold(True)
        painter.setFont(f)
        painter.setPen(self.colour)
        painter.drawText(self.label_at, self.name)


class ArrowItem(QGraphicsPathItem):
    """An informal influence line: a dashed arrow from the influencer to the influenced."""

    def __init__(self, a: QRectF, b: QRectF, strength: int) -> None:
        c1, c2 = a.center(), b.center()
        dx, dy = c2.x() - c1.x(), c2.y() - c1.y()
        t = min((b.width() / 2) / abs(dx) if dx else 1e9, (b.height() / 2) / abs(dy) if dy else 1e9)
        end = QPointF(c2.x() - dx * t, c2.y() - dy * t)
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        path = QPainterPath(c1)
        path.lineTo(end)
        super().__init__(path)
        colour = QColor(INFLUENCE_HEX)
        self.setPen(QPen(colour, 0.8 + 0.5 * strength, Qt.PenStyle.DashLine))
        self.head = QPolygonF([end, QPointF(end.x() - 8 * ux + 4 * uy, end.y() - 8 * uy - 4 * ux),
                               QPointF(end.x() - 8 * ux - 4 * uy, end.y() - 8 * uy + 4 * ux)])
        self.colour = colour
        self.setZValue(3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawPolygon(self.head)


def stance_colour(stance: Stance) -> QColor:
    return QColor(STANCE_HEX[stance])
