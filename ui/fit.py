"""How the window fits a small screen (a 1366×768 laptop, 1920×1080 at 150 %): pages scroll instead of
pushing the window taller than the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QTableView, QToolTip, QWidget


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area that gives it all the room there is and scrolls only when the
    room is smaller than the page's own minimum (tables and charts inside keep their own scroll bars)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


class ColumnFitter(QObject):
    """A table's columns as wide as their header and their content, so neither is cut: each column gets
    at least its header's width and its content's, the content capped at ``cap`` pixels (a long remark
    does not push every other column out of sight); the last column takes the room left unless it holds
    numbers. Where a cell is cut by the cap or by a narrow window, hovering it shows the whole text.
    Refits when the model is reloaded or its headers change (language)."""

    def __init__(self, view: QTableView, cap: int = 320, caps: dict[int, int] | None = None,
                 samples: dict[int, str] | None = None) -> None:
        super().__init__(view)
        self.view, self.cap, self.caps = view, cap, caps or {}
        self.samples = samples or {}  # a column at least as wide as a typical value (an empty table's too)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.headerDataChanged.connect(lambda *_a: self.fit())
        self.fit()

    ROWS = 300  # the rows measured (a paged model's first page; Qt itself measures only the visible ones)

    def fit(self) -> None:
        view, header, model = self.view, self.view.horizontalHeader(), self.view.model()
        rows = min(model.rowCount(), self.ROWS)
        grid = 1 if view.showGrid() else 0
        for col in range(header.count()):
            if header.isSectionHidden(col):
                continue
            content = max((view.sizeHintForIndex(model.index(r, col)).width() for r in range(rows)), default=0)
            cap = self.caps.get(col, self.cap)
            sample = view.fontMetrics().horizontalAdvance(self.samples[col]) + 12 if col in self.samples else 0
            header.resizeSection(col, max(header.sectionSizeHint(col), min(content + grid, cap), sample))
        # a last column of numbers keeps its width (its figures stay under their header); text takes the room
        last = header.count() - 1
        align = model.index(0, last).data(Qt.ItemDataRole.TextAlignmentRole) if rows else None
        header.setStretchLastSection(not (align is not None and int(align) & int(Qt.AlignmentFlag.AlignRight)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        view = self.view
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or view.isIndexHidden(index):
            return False
        text = str(text)
        if view.fontMetrics().horizontalAdvance(text) + 10 > view.visualRect(index).width():
            QToolTip.showText(event.globalPos(), text, view)  # the whole text of a cut cell
        else:
            QToolTip.hideText()
        return True


def fit_columns(view: QTableView, cap: int = 320, caps: dict[int, int] | None = None,
                samples: dict[int, str] | None = None) -> ColumnFitter:
    """Fit ``view``'s columns to their headers and content now and after every reload (see ColumnFitter);
    ``samples`` gives a column the width of a typical value even while the table is empty."""
    return ColumnFitter(view, cap, caps, samples)
