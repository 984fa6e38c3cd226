"""The whitespace map as a Qt table model: rows the units then the totals per line, columns the lines then the
totals per unit. Every figure comes from ``kam.services.whitespace.Grid``; the words it shows are given by the
section (``texts``), so this model holds no translated text of its own."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kam.analysis.whitespace import GOAL_MARK, OVER_MARK, PROJECT_MARK, STATUS_MARK, compact_money
from kam.palette import ERROR_HEX, WHITESPACE_HEAT_HEX
from kam.services.whitespace import CellView, Grid, Totals
from kam.vocab import label

Index = QModelIndex | QPersistentModelIndex


def _pct(value: Decimal | None) -> str:
    return "" if value is None else f"{value * 100:.0f} %"


class WhitespaceModel(QAbstractTableModel):
    """Rows: the units, then the total per line; columns: the lines, then the total per unit."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.grid: Grid | None = None
        self.texts: dict[str, str] = {}  # translated words the window gives (kept out of this model's logic)

    def load(self, grid: Grid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None or self.grid.empty else len(self.grid.units) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None or self.grid.empty else len(self.grid.lines) + 1

    def cell_at(self, index: Index) -> CellView | None:
        g = self.grid
        if g is None or not index.isValid() or index.row() >= len(g.units) or index.column() >= len(g.lines):
            return None
        return g.cell(g.units[index.row()].id, g.lines[index.column()].id)

    def index_of(self, unit_id: int, line_id: int) -> QModelIndex:
        assert self.grid is not None
        row = [u.id for u in self.grid.units].index(unit_id)
        col = [ln.id for ln in self.grid.lines].index(line_id)
        return self.index(row, col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        g = self.grid
        if g is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return g.lines[section].name(self.lang) if section < len(g.lines) else self.texts.get("total", "")
        if section < len(g.units):
            u = g.units[section]
            return f"{u.name}\n{label(u.kind, self.lang)}"
        return self.texts.get("total", "")

    def _totals(self, index: Index) -> Totals | None:
        g = self.grid
        assert g is not None
        r, c = index.row(), index.column()
        if r == len(g.units) and c == len(g.lines):
            return g.total
        if r == len(g.units):
            return g.by_line[g.lines[c].id]
        if c == len(g.lines):
            return g.by_unit[g.units[r].id]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        cell = self.cell_at(index)
        if cell is None:
            totals = self._totals(index)
            if totals is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{compact_money(totals.whitespace, self.lang) or '—'}\n{_pct(totals.share)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tip(totals.current, totals.potential, totals.whitespace, totals.share)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = STATUS_MARK.get(cell.status, "") if cell.status else ""
            over = ((f" {OVER_MARK}" if cell.over_potential else "") + (f" {GOAL_MARK}" if cell.objective_id else "")
                    + (f" {PROJECT_MARK}" if cell.project_id else ""))
            figure = compact_money(cell.whitespace, self.lang) if cell.potential is not None else (
                compact_money(cell.current, self.lang) if cell.current else "")
            return f"{mark} {figure}{over}".strip() + (f"\n{_pct(cell.share)}" if cell.share is not None else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(WHITESPACE_HEAT_HEX[self.grid.heat(cell)])
        if role == Qt.ItemDataRole.ForegroundRole and cell.over_potential:
            return QColor(ERROR_HEX)
        if role == Qt.ItemDataRole.ToolTipRole:
            holder = label(cell.holder, self.lang) + (f" ({cell.competitor})" if cell.competitor else "")
            lines = [self._tip(cell.current, cell.potential, cell.whitespace, cell.share),
                     f"{self.texts.get('holder', '')}: {holder}"]
            if cell.status:
                lines.append(f"{self.texts.get('status', '')}: {label(cell.status, self.lang)}")
            if cell.note:
                lines.append(cell.note)
            if cell.over_potential:
                lines.append(self.texts.get("over", ""))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _tip(self, current: Decimal, potential: Decimal | None, whitespace: Decimal | None,
             share: Decimal | None) -> str:
        t = self.texts
        return (f"{t.get('current', '')}: {current:,.0f}\n{t.get('potential', '')}: "
                f"{'—' if potential is None else f'{potential:,.0f}'}\n{t.get('whitespace', '')}: "
                f"{'—' if whitespace is None else f'{whitespace:,.0f}'}\n{t.get('share', '')}: {_pct(share) or '—'}")
