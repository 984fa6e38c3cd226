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

from kam.orgchart.card import CardView, ChartStyle, Move, card_tooltip, card_view
from kam.orgchart.data import ChartPerson
from kam.palette import INFLUENCE_HEX


def _font(base: QFont, size: float, bold: bool) -> QFont:
    f = QFont(base)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def paint_card(painter: QPainter, view: CardView, base: QFont) -> None:
    """A card description (kam.orgchart.card) in Qt: its boxes, then its texts."""
    for b in view.boxes:
        painter.setPen(QPen(QColor(b.stroke), b.stroke_width) if b.stroke else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(b.fill) if b.fill else Qt.BrushStyle.NoBrush)
        rect = QRectF(b.x, b.y, b.w, b.h)
        if b.radius:
            painter.drawRoundedRect(rect, b.radius, b.radius)
        else:
            painter.drawRect(rect)
    for t in view.texts:
        f = _font(base, t.size, t.bold)
        painter.setFont(f)
        painter.setPen(QColor(t.colour))
        width = QFontMetricsF(f).horizontalAdvance(t.text)
        x = t.x - (width if t.anchor == "end" else width / 2 if t.anchor == "middle" else 0)
        painter.drawText(QPointF(x, t.y), t.text)


class CardItem(QGraphicsObject):
    """One person. Dragging it onto another card asks to change who they report to."""

    dropped_on = Signal(int, int)  # (person id, new manager id)
    drag_cancelled = Signal(int)
    activated = Signal(int)  # double-click: open the person
    influence_drawn = Signal(int, int)  # Shift+drag onto another card: (influencer, influenced)

    def __init__(self, person: ChartPerson, w: float, h: float, lang: str, today: dt.date,
                 style: ChartStyle) -> None:
        super().__init__()
        self.person = person
        self.pid: int = person.id
        self.w, self.h = w, h
        self.lang = lang
        self.today = today
        self.style = style
        self.highlighted = False
        self.move: Move | None = None
        self._home = QPointF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        # painted once into a pixmap: panning and zooming repaint nothing in Python
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2)
        self.setToolTip(card_tooltip(person, lang))

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -14, self.w + 4, self.h + 16)

    def set_highlight(self, on: bool) -> None:
        if self.highlighted != on:
            self.highlighted = on
            self.update()

    def set_move(self, move: Move | None) -> None:
        if self.move != move:
            self.move = move
            self.update()

    def view(self, base: QFont) -> CardView:
        """This card's description, measured in the font it is painted with."""
        def measure(text: str, size: float, bold: bool) -> float:
            return QFontMetricsF(_font(base, size, bold)).horizontalAdvance(text)

        return card_view(self.person, self.w, self.h, lang=self.lang, today=self.today, measure=measure,
                         style=self.style, highlighted=self.highlighted or self.isSelected(), move=self.move)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(painter.font())
        paint_card(painter, self.view(base), base)

    # --- drag onto another card to re-parent

    def mousePressEvent(self, event: Any) -> None:
        self._home = self.pos()
        self.setZValue(10)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(2)
        if self.pos() == self._home:
            return
        target = next((it for it in self.collidingItems()
                       if isinstance(it, CardItem) and it is not self), None)
        self.setPos(self._home)  # the scene is rebuilt from the database if the move is accepted
        if target is not None and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.influence_drawn.emit(self.pid, target.pid)
        elif target is not None:
            self.dropped_on.emit(self.pid, target.pid)
        else:
            self.drag_cancelled.emit(self.pid)

    def mouseDoubleClickEvent(self, event: Any) -> None:
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
        self.setZValue(1.5)  # beneath the cards (2): a line never crosses a card's text

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawPolygon(self.head)
