"""Graphics items of the org chart: person cards, faction groups, influence arrows."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
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

from kam.orgchart.card import (
    KIND_SIZE,
    CardView,
    ChartStyle,
    Move,
    arrow_points,
    card_tooltip,
    card_view,
    label_point,
)
from kam.orgchart.data import ChartPerson
from kam.orgchart.shapes import FactionShape, tint
from kam.palette import INFLUENCE_HEX, PAPER_HEX


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
    """A faction: its members' outlines, joined where members are neighbours (kam.orgchart.shapes: never
    around anyone else), a wash of its colour with a dashed edge; its name and leader on hover (and on the
    members' cards)."""

    def __init__(self, name: str, colour: QColor, shape: FactionShape) -> None:
        path = QPainterPath()
        for x, y, w, h in shape.tiles:
            path.addRect(QRectF(x, y, w, h))
        super().__init__(path.simplified())
        self.setBrush(QBrush(QColor(tint(colour.name(), 0.12))))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.edges = [QLineF(x1, y1, x2, y2) for x1, y1, x2, y2 in shape.edges]
        self.edge_pen = QPen(colour, 1.2, Qt.PenStyle.DashLine)
        self.setZValue(0)
        self.name = name
        self.colour = colour
        self.faction_shape = shape
        self.setToolTip(name)

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-1, -1, 1, 1)  # (the dashed edge is stroked on the outline)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)
        painter.setPen(self.edge_pen)
        painter.drawLines(self.edges)


class ArrowItem(QGraphicsPathItem):
    """An informal influence line: a dashed arrow from the influencer to the influenced, beneath the cards."""

    def __init__(self, a: QRectF, b: QRectF, strength: int, kind: str | None = None) -> None:
        (x1, y1), (ex, ey), _out = arrow_points(_box(a), _box(b))
        c1, end = QPointF(x1, y1), QPointF(ex, ey)
        length = math.hypot(ex - x1, ey - y1) or 1.0
        ux, uy = (ex - x1) / length, (ey - y1) / length
        path = QPainterPath(c1)
        path.lineTo(end)
        super().__init__(path)
        colour = QColor(INFLUENCE_HEX)
        self.setPen(QPen(colour, 0.8 + 0.5 * strength, Qt.PenStyle.DashLine))
        self.head = QPolygonF([end, QPointF(end.x() - 8 * ux + 4 * uy, end.y() - 8 * uy - 4 * ux),
                               QPointF(end.x() - 8 * ux - 4 * uy, end.y() - 8 * uy + 4 * ux)])
        self.colour = colour
        self.kind = kind
        self.setZValue(1.5)  # beneath the cards (2): a line never crosses a card's text
        if kind:
            self.setToolTip(kind)

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self.head.boundingRect())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawPolygon(self.head)


class KindLabelItem(QGraphicsItem):
    """Why one person sways another (kam.vocab.InfluenceKind), a small label on the influence line where it
    covers no card (kam.orgchart.card.label_point), above the cards."""

    def __init__(self, kind: str, a: QRectF, b: QRectF, cards: list[QRectF], base: QFont) -> None:
        super().__init__()
        self.kind = kind
        self.font = _font(base, KIND_SIZE, False)
        w = QFontMetricsF(self.font).horizontalAdvance(kind) + 6
        _start, end, out = arrow_points(_box(a), _box(b))
        x, y = label_point(out, end, (w, 10), (_box(r) for r in cards))
        self.box = QRectF(x - w / 2, y - 5, w, 10)
        self.setZValue(3)
        self.setToolTip(kind)

    def boundingRect(self) -> QRectF:
        return self.box.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        colour = QColor(INFLUENCE_HEX)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 0.6))
        painter.setBrush(QColor(PAPER_HEX))
        painter.drawRoundedRect(self.box, 2, 2)
        painter.setFont(self.font)
        painter.setPen(colour)
        painter.drawText(self.box, Qt.AlignmentFlag.AlignCenter, self.kind)


def _box(r: QRectF) -> tuple[float, float, float, float]:
    return r.x(), r.y(), r.width(), r.height()
