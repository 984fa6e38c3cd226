"""Settings > Value scoring: the weights, scales and tier thresholds (seed 000, seed 001)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kam.app import Services
from kam.errors import UserError
from kam.palette import ERROR_HEX
from kam.services.base import Change
from ui.commands import push_operation

INDICATORS = ("gross_profit", "revenue", "marketing_cost_ratio", "industry_position", "cooperation_years",
              "satisfaction", "whitespace")  # kam.analysis.value.INDICATORS, in the dialog's order


class ScoringDialog(QDialog):
    def __init__(self, services: Services, undo: QUndoStack, refresh: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.undo, self.refresh = services, undo, refresh
        self.setWindowTitle(self.tr("Value scoring"))
        cfg = services.analysis.scoring_config()
        names = {"gross_profit": self.tr("Gross profit (CNY, last 12 months)"),
                 "revenue": self.tr("Sales revenue (CNY, last 12 months)"),
                 "marketing_cost_ratio": self.tr("Marketing cost ratio (%, lower is better)"),
                 "industry_position": self.tr("Industry position (1–5)"),
                 "cooperation_years": self.tr("Years of cooperation"),
                 "satisfaction": self.tr("Customer satisfaction (1–5)"),
                 "whitespace": self.tr("Whitespace per year (the map's potential minus current; weight 0: off)")}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Indicator")), 0, 0)
        grid.addWidget(QLabel(self.tr("Weight")), 0, 1)
        grid.addWidget(QLabel(self.tr("Breakpoints for 2, 3, 4, 5 points")), 0, 2)
        self.weights: dict[str, QDoubleSpinBox] = {}
        self.breaks: dict[str, QLineEdit] = {}
        for row, key in enumerate(INDICATORS, start=1):
            ind = getattr(cfg, key)
            weight = QDoubleSpinBox(maximum=1000, decimals=1, value=float(ind.weight))
            breaks = QLineEdit(", ".join(f"{b.normalize():f}" for b in ind.breakpoints))
            grid.addWidget(QLabel(names[key]), row, 0)
            grid.addWidget(weight, row, 1)
            grid.addWidget(breaks, row, 2)
            self.weights[key], self.breaks[key] = weight, breaks
        box = QGroupBox(self.tr("Indicators (current value: the first three; potential value: the others)"))
        box.setLayout(grid)
        self.current = QDoubleSpinBox(maximum=100, decimals=1, value=float(cfg.current_threshold))
        self.potential = QDoubleSpinBox(maximum=100, decimals=1, value=float(cfg.potential_threshold))
        form = QFormLayout()
        form.addRow(self.tr("High current value from (0–100)"), self.current)
        form.addRow(self.tr("High potential value from (0–100)"), self.potential)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_HEX}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(box)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def values(self) -> dict[str, object]:
        data: dict[str, object] = {}
        for key in INDICATORS:
            parts = [x.strip() for x in self.breaks[key].text().replace("，", ",").split(",") if x.strip()]
            data[key] = {"weight": self.weights[key].value(), "breakpoints": parts}
        data["current_threshold"] = self.current.value()
        data["potential_threshold"] = self.potential.value()
        return data

    def save(self) -> None:
        """The new rules and this quarter's tiers under them, on the undo stack (undo puts back both)."""
        analysis, values = self.services.analysis, self.values()
        before: list[dict[str, Any]] = []
        after: list[dict[str, Any]] = []  # the rules and tiers as saved: redo puts back these very rows

        def apply() -> Change:
            if after:
                return analysis.restore_scoring(after[0])
            change = analysis.apply_scoring(values)
            before[:] = [dict(change.before)]
            after[:] = [analysis.scoring_state()]
            return change

        saving = [True]  # a refusal now shows in the dialog; one of a later undo or redo over the window

        def on_error(problem: UserError) -> None:
            if saving[0]:
                self.error.setText(str(problem))
            else:
                QMessageBox.warning(self.parentWidget(), self.tr("Not done"), str(problem))

        done = push_operation(self.undo, self.tr("Value scoring"), apply, lambda: analysis.restore_scoring(before[0]),
                              self.refresh, on_error)
        saving[0] = False
        if done:
            self.accept()
