"""The plan page's "target vs actual" bars: each objective's actual to date as a share of its phased target.

Drawn by hand rather than with a chart library's category axis, which elides names to "…" when a row is low:
here every objective's name is written whole beside its bar (wrapped onto more lines where the column is
narrow), each bar says its true value, and a bar beyond the chart's edge (150 %) is marked as cut."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kam.analysis.actuals import ATTAINMENT_CAP
from kam.palette import MUTED_HEX, SHADE_HEX

EDGE = float(ATTAINMENT_CAP)  # the chart ends at 150 % of the target; a bar beyond it is cut and marked


@dataclass(frozen=True)
class Bar:
    name: str  # the objective's name, shown whole
    share: float | None  # actual / phased target, as it is (None: nothing recorded or no target yet)
    colour: str  # its rating's colour


class AttainmentChart(QWidget):
    """Horizontal bars with their names, a title, the 100 % line and each bar's value."""

    GAP = 1  # between rows
    PAD = 8  # around the plot

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    # --- what the chart shows (tests read these)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self._update_height()
        self.update()

    def labels(self) -> list[str]:
        """The names written beside the bars, in order."""
        return [b.name for b in self.bars]

    def value_text(self, bar: Bar) -> str:
        return "—" if bar.share is None else f"{bar.share * 100:.0f} %"

    # --- geometry

    def _label_width(self, width: int) -> int:
        """The names' column: as wide as the longest name, at most half the chart (longer names wrap)."""
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(b.name) for b in self.bars), default=0) + 2
        return max(40, min(widest, (width - 2 * self.PAD) // 2))

    def _flags(self, name: str, width: int) -> int:
        fm = self.fontMetrics()
        longest_word = max((fm.horizontalAdvance(word) for word in name.split()), default=0)
        wrap = Qt.TextFlag.TextWrapAnywhere if longest_word > width else Qt.TextFlag.TextWordWrap
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) | int(wrap)

    def _name_rect(self, name: str, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), self._flags(name, width), name)

    def _rows(self, width: int) -> list[int]:
        """Each row's height at this width (a wrapped name makes its row taller)."""
        lw, line = self._label_width(width), self.fontMetrics().height()
        return [max(line, self._name_rect(b.name, lw).height()) + 2 for b in self.bars]

    TITLE = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)

    def _title_box(self, width: int | None = None) -> QRect:
        """The title's lines (a narrow chart wraps it rather than cut it)."""
        room = max(40, (self.width() if width is None else width) - 2 * self.PAD)
        box = self.fontMetrics().boundingRect(QRect(self.PAD, 2, room, 10_000), self.TITLE, self.title)
        return QRect(self.PAD, 2, box.width(), max(self.fontMetrics().height(), box.height()))

    def _geometry(self, width: int) -> tuple[int, int, float]:
        """The names' column width, the bars' left edge and the pixels per 100 % at this width."""
        fm = self.fontMetrics()
        lw = self._label_width(width)
        x0 = self.PAD + lw + 8
        value_w = fm.horizontalAdvance("888 %") + 10
        return lw, x0, max(10.0, (width - x0 - value_w - self.PAD) / EDGE)

    def _mark_beside_title(self, width: int) -> bool:
        """The "100 %" mark fits on the title's line (else it takes a line of its own)."""
        fm = self.fontMetrics()
        _lw, x0, scale = self._geometry(width)
        right = self.PAD + fm.horizontalAdvance(self.title)  # the title on one line ends here
        return right + 10 < x0 + scale - fm.horizontalAdvance("100 %") / 2

    def _header(self, width: int | None = None) -> int:
        width = self.width() if width is None else width
        mark = 0 if self._mark_beside_title(width) else self.fontMetrics().height()
        return self._title_box(width).bottom() + mark + self.PAD // 2 + 2  # title, the "100 %" mark, a gap

    def height_for(self, width: int) -> int:
        rows = self._rows(width)
        return self._header(width) + sum(rows) + self.GAP * max(0, len(rows) - 1) + 6

    def _update_height(self) -> None:
        self.setMinimumHeight(self.height_for(max(self.width(), self.minimumSizeHint().width())))

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(2 * self.PAD + 120 + fm.horizontalAdvance("888 %") + 40, self._header() + 20)

    def sizeHint(self) -> QSize:
        width = max(380, self.minimumSizeHint().width())
        return QSize(width, self.height_for(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.height_for(event.size().width())
        if needed != self.minimumHeight():  # a narrower chart wraps its names: it grows taller, never cuts
            self.setMinimumHeight(needed)

    def _layout(self) -> tuple[int, int, float, list[QRect]]:
        """The names' column width, the bars' left edge, the pixels per 100 % and each row's rectangle."""
        width = self.width()
        lw, x0, scale = self._geometry(width)
        y, rects = self._header(), []
        for h in self._rows(width):
            rects.append(QRect(0, y, width, h))
            y += h + self.GAP
        return lw, x0, scale, rects

    # --- drawing

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        muted = QColor(MUTED_HEX)
        title = self._title_box()
        painter.drawText(title, self.TITLE, self.title)
        if not self.bars:  # no plan, or a plan without quantitative objectives: the title alone
            painter.end()
            return
        lw, x0, scale, rects = self._layout()
        top = title.top() if self._mark_beside_title(self.width()) else title.bottom() + 1
        bottom = rects[-1].bottom()
        for bar, row in zip(self.bars, rects, strict=True):
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(self.PAD, row.top(), lw, row.height()), self._flags(bar.name, lw), bar.name)
            band = QRectF(x0, row.center().y() - 6, scale * EDGE, 12)
            painter.fillRect(band, QColor(SHADE_HEX))
            share = bar.share or 0.0
            length = min(share, EDGE) * scale
            painter.fillRect(QRectF(x0, band.top(), length, band.height()), QColor(bar.colour))
            if share > EDGE:  # cut at the edge: a white break across its end says it goes on
                painter.setPen(QPen(QColor("white"), 2))
                end = x0 + length
                painter.drawLine(QPointF(end - 9, band.bottom() + 1), QPointF(end - 5, band.top() - 1))
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x0 + length + 4, row.center().y() + fm.ascent() / 2 - 1), self.value_text(bar))
        hundred = x0 + scale  # the target line, over the bars
        painter.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(hundred, top + fm.height()), QPointF(hundred, bottom + 2))
        painter.setPen(muted)
        mark = "100 %"
        painter.drawText(QPointF(hundred - fm.horizontalAdvance(mark) / 2, top + fm.ascent()), mark)
        painter.end()

    def event(self, e: QEvent) -> bool:  # hovering a row shows its name and value
        if isinstance(e, QHelpEvent) and e.type() == QEvent.Type.ToolTip:
            for bar, row in zip(self.bars, self._layout()[3], strict=True):
                if row.contains(e.pos()):
                    QToolTip.showText(e.globalPos(), f"{bar.name}: {self.value_text(bar)}", self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(e)
