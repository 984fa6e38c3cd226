"""The plan page's item models: the year's quantitative objectives (editable while the plan is a draft) and a
quarterly review's rated objectives."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QUndoStack

from kam.analysis.actuals import ADDITIVE, attainment
from kam.app import Services
from kam.palette import RATING_HEX
from kam.services.planning import EDITABLE_STATUSES
from kam.vocab import label, objective_word
from ui.commands import push_operation

Index = QModelIndex | QPersistentModelIndex


class ObjectivesModel(QAbstractTableModel):
    """Quantitative objectives with phasing, derived actual to date, its source and RAG."""

    COLUMNS = ("objective", "unit", "annual_target", "q1", "q2", "q3", "q4", "actual", "source", "status")
    EDIT = {"annual_target", "q1", "q2", "q3", "q4"}

    def __init__(self, services: Services, lang: str, on_error: Any, undo: QUndoStack, refresh: Any) -> None:
        super().__init__()
        self.services, self.lang, self.on_error, self.undo, self.refresh = services, lang, on_error, undo, refresh
        self.plan: Any = None
        self.actuals: dict[int, Any] = {}
        self.quarter = 1

    def load(self, plan: Any, actuals: dict[int, Any], quarter: int) -> None:
        self.beginResetModel()
        self.plan, self.actuals, self.quarter = plan, actuals, quarter
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.quantitative)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self.COLUMNS):
            return None
        names = {"objective": self.tr("Objective"), "unit": self.tr("Unit"), "annual_target": self.tr("Annual target"),
                 "q1": "Q1", "q2": "Q2", "q3": "Q3", "q4": "Q4", "actual": self.tr("Actual to date"),
                 "source": self.tr("Source"), "status": self.tr("Status")}
        return names[self.COLUMNS[section]]

    def _obj(self, row: int) -> Any:
        return self.plan.quantitative[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None or not 0 <= index.row() < len(self.plan.quantitative):
            return None
        o = self._obj(index.row())
        col = self.COLUMNS[index.column()]
        actual = self.actuals.get(o.id)
        judged = attainment(o, actual, self.quarter)
        value, rating = judged.actual, judged.rating
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == "objective":
                return o.label or label(o.metric, self.lang)
            if col == "unit":  # (edited as typed; shown in the reader's language where kam knows the unit)
                return objective_word(o.unit, self.lang) if role == Qt.ItemDataRole.DisplayRole else o.unit
            if col in self.EDIT:
                return _fmt(getattr(o, col))
            if col == "actual":
                return _fmt(value) if value is not None else "—"
            if col == "source":
                return objective_word(actual.source, self.lang) if actual else ""
            if col == "status":
                return f"● {label(rating, self.lang)}"
        if role == Qt.ItemDataRole.ForegroundRole and col == "status":
            return QColor(RATING_HEX[rating])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.EDIT | {"actual"}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == "annual_target" and o.metric in ADDITIVE:
            return self.tr("Q1–Q4 must add up to the annual target")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.plan is not None and self.plan.status in EDITABLE_STATUSES:  # a row is dragged to reorder
            base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if (index.isValid() and self.plan is not None and self.plan.status in EDITABLE_STATUSES
                and self.COLUMNS[index.column()] in self.EDIT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        oid = self._obj(index.row()).id
        col = self.COLUMNS[index.column()]
        old = self.services.plans.objective_targets(oid)  # as saved: what an undo puts back
        text = str(value).replace(",", "").strip()
        if col == "annual_target":  # the service re-phases the quarters
            new: dict[str, Any] = {"annual_target": text}
        else:  # and sums the quarters of an additive metric into the annual target
            phasing: list[Any] = list(old["phasing"])
            phasing[int(col[1]) - 1] = text
            new = {"phasing": phasing}
        return push_operation(self.undo, self.tr("Change objective"),
                              lambda: self.services.plans.update_objective(oid, **new),
                              lambda: self.services.plans.update_objective(oid, **old),
                              self.refresh, self.on_error)


class ReviewModel(QAbstractTableModel):
    """A quarterly review: each objective's actual, target, suggested and final rating."""

    COLUMNS = ("objective", "target", "actual", "suggested", "rating", "reason")

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.view: Any = None

    def load(self, view: Any) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else len(self.view.objectives)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Objective"), self.tr("Target"), self.tr("Actual"), self.tr("Suggested"),
                self.tr("Rating"), self.tr("Reason"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None or not 0 <= index.row() < len(self.view.objectives):
            return None
        o = self.view.objectives[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"objective": o.label or label(o.metric, self.lang), "target": _fmt(o.target),
                    "actual": _fmt(o.actual) if o.actual is not None else "—",
                    "suggested": f"● {label(o.suggested, self.lang)}", "rating": f"● {label(o.rating, self.lang)}",
                    "reason": o.override_reason or ""}[col]
        if role == Qt.ItemDataRole.ForegroundRole and col in ("suggested", "rating"):
            return QColor(RATING_HEX[o.suggested if col == "suggested" else o.rating])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("target", "actual"):  # figures line up
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _fmt(x: Decimal | None) -> str:
    if x is None:
        return ""
    return f"{x:,.0f}" if x == x.to_integral() else f"{x:,.2f}"
