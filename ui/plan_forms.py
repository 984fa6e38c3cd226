"""The annual plan's forms: a quantitative objective, a commitment, a resource needed, an actual entered by hand
and a rating overridden — each one dialog (never a chain of input boxes). What is valid is the services'
word: a form shows the error a service names under the field it names and stays open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kam.errors import UserError, ValidationError
from kam.palette import MUTED_HEX
from kam.services.plan_editing import CatalogueMetric
from kam.vocab import Metric, Rating, ResourceKind, TaskStatus, label
from ui.projects import FieldForm

CUSTOM = "custom"


def _num(x: Decimal | None) -> str:
    if x is None:
        return ""
    text = f"{x:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class ObjectiveForm(FieldForm):
    """A quantitative objective: a metric of the catalogue or a custom one (its name, unit and how its actual is
    obtained), the annual target and its quarters (split evenly on request)."""

    def __init__(self, lang: str, catalogue: list[CatalogueMetric], objective: Any,
                 split: Callable[[str, str], list[Decimal]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Objective") if objective is not None else self.tr("Add an objective"), parent)
        self.catalogue = {c.metric.value: c for c in catalogue}
        self.split = split
        custom = objective is not None and (bool(objective.label) or objective.metric == Metric.CUSTOM)
        self.kind = self.choice("metric", self.tr("Objective"),
                                [*((c.name, c.metric.value) for c in catalogue),
                                 (self.tr("A custom objective…"), CUSTOM)],
                                CUSTOM if custom else (objective.metric.value if objective is not None
                                                       else catalogue[0].metric.value))
        self.name = self.line("label", self.tr("Name"), objective.label if custom else None,
                              self.tr("e.g. Mould trials run"))
        self.source = self.choice("source", self.tr("Actual"),
                                  [(self.tr("entered by hand"), CUSTOM),
                                   *((self.tr("derived like: %1").replace("%1", c.name), c.metric.value)
                                     for c in catalogue if c.derived)],
                                  objective.metric.value if custom else CUSTOM)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.how.setStyleSheet(f"color: {MUTED_HEX}")
        self.add("how", "", self.how)
        self.unit = self.line("unit", self.tr("Unit"), objective.unit if objective is not None else None)
        self.product = self.line("product", self.tr("Product"), objective.product if objective is not None else None,
                                 self.tr("only this product's transactions count (optional)"))
        self.target = self.line("annual_target", self.tr("Annual target"),
                                _num(objective.annual_target) if objective is not None else None, "1200000")
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.quarters: list[QLineEdit] = []
        for i in range(4):
            q = QLineEdit(_num(getattr(objective, f"q{i + 1}")) if objective is not None else "")
            q.setPlaceholderText(f"Q{i + 1}")
            q.setMinimumWidth(70)
            self.quarters.append(q)
            lay.addWidget(q)
        self.split_button = QPushButton(self.tr("Split evenly"))
        self.split_button.clicked.connect(self.split_evenly)
        lay.addWidget(self.split_button)
        self.add("phasing", self.tr("Q1 – Q4"), row)
        self._shown_unit = self.unit.text()
        self.kind.currentIndexChanged.connect(lambda _i: self._show_kind())
        self.source.currentIndexChanged.connect(lambda _i: self._show_kind())
        self._show_kind(initial=True)
        self.finish()
        self.resize(620, 330)

    def _metric(self) -> str:
        kind = self.kind.currentData()
        return str(self.source.currentData() if kind == CUSTOM else kind)

    def _show_kind(self, initial: bool = False) -> None:
        custom = self.kind.currentData() == CUSTOM
        for w in (self.name, self.source):
            w.setEnabled(custom)
        entry = self.catalogue.get(self._metric())
        self.how.setText(entry.how if entry is not None else self.tr("entered by hand each quarter"))
        untouched = not self.unit.text() if initial else self.unit.text() == self._shown_unit
        if not custom and entry is not None and untouched:
            self.unit.setText(entry.unit)  # the catalogue's unit, unless one was typed
        self._shown_unit = self.unit.text()

    def split_evenly(self) -> None:
        """The quarters of the annual target split evenly, as the service splits them."""
        try:
            quarters = self.split(self._metric(), self.target.text().replace(",", "").strip())
        except UserError as exc:
            self.show_error(exc)
            return
        for box, q in zip(self.quarters, quarters, strict=True):
            box.setText(_num(q))
        self.show_error(None)

    def values(self) -> dict[str, Any]:
        custom = self.kind.currentData() == CUSTOM
        return {"metric": self._metric(), "label": (self.name.text().strip() or None) if custom else None,
                "unit": self.unit.text().strip() or None, "product": self.product.text().strip() or None,
                "annual_target": self.target.text().replace(",", "").strip(),
                "phasing": [q.text().replace(",", "").strip() for q in self.quarters]}

    def show_error(self, problem: UserError | None) -> None:
        if problem is None:
            for err in self.errors.values():
                err.hide()
            self.message.hide()
            return
        if isinstance(problem, ValidationError) and problem.field.startswith("phasing"):
            problem = ValidationError("phasing", problem.reason if problem.field == "phasing"
                                      else f"{problem.field.removeprefix('phasing ')}: {problem.reason}")
        super().show_error(problem)


class CommitmentForm(FieldForm):
    """A service we commit to: what, who of the account team owns it, by when, how far it is, the evidence.
    Once the plan is submitted only its progress (status, evidence) can change."""

    def __init__(self, lang: str, team: list[tuple[int, str]], item: Any, progress_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Commitment") if item is not None else self.tr("Add a commitment"), parent)
        self.text("description", self.tr("We commit to"), item.description if item is not None else None)
        self.choice("owner_id", self.tr("Owner"), [(self.tr("(nobody yet)"), None), *((n, uid) for uid, n in team)],
                    item.owner_id if item is not None else (team[0][0] if team else None))
        self.date("due_on", self.tr("Due"), item.due_on if item is not None else None)
        self.choice("status", self.tr("Status"), [(label(s, lang), s.value) for s in TaskStatus],
                    (item.status if item is not None else TaskStatus.OPEN).value)
        self.text("evidence", self.tr("Evidence"), item.evidence if item is not None else None)
        for key in ("description", "owner_id", "due_on"):
            self.widgets[key].setEnabled(not progress_only)
        self.finish()
        self.resize(520, 300)


class ResourceForm(FieldForm):
    """A resource the plan needs: its kind, who, for what, the concrete task, the deadline and its status."""

    def __init__(self, lang: str, item: Any, progress_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Resource needed") if item is not None else self.tr("Add a resource needed"), parent)
        self.choice("kind", self.tr("Kind"), [(label(k, lang), k.value) for k in ResourceKind],
                    (item.kind if item is not None else ResourceKind.EXECUTIVE).value)
        self.line("who", self.tr("Who"), item.who if item is not None else None, self.tr("e.g. our CTO"))
        self.text("purpose", self.tr("Purpose"), item.purpose if item is not None else None)
        self.text("task", self.tr("Concrete task"), item.task if item is not None else None)
        self.date("deadline", self.tr("Deadline"), item.deadline if item is not None else None)
        self.choice("status", self.tr("Status"), [(label(s, lang), s.value) for s in TaskStatus],
                    (item.status if item is not None else TaskStatus.OPEN).value)
        for key in ("kind", "who", "purpose", "task", "deadline"):
            self.widgets[key].setEnabled(not progress_only)
        self.finish()
        self.resize(520, 330)


class ActualForm(FieldForm):
    """An objective's actual of one quarter, entered by hand (empty: none)."""

    def __init__(self, name: str, quarter: int, given: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Enter actual"), parent)
        shown = QLabel(name)
        self.add("objective", self.tr("Objective"), shown)
        self.quarter = self.choice("quarter", self.tr("Quarter"), [(f"Q{q}", q) for q in (1, 2, 3, 4)], quarter)
        self.actual = self.line("actual", self.tr("Actual"), given.get(str(quarter)))
        self.quarter.currentIndexChanged.connect(
            lambda _i: self.actual.setText(given.get(str(self.quarter.currentData()), "")))
        self.finish()
        self.resize(380, 200)


class OverrideForm(FieldForm):
    """A review's rating of one objective set by hand, with the reason."""

    def __init__(self, lang: str, name: str, rating: Rating, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Override rating"), parent)
        self.add("objective", self.tr("Objective"), QLabel(name))
        self.choice("rating", self.tr("Rating"), [(label(r, lang), r.value) for r in Rating], rating.value)
        self.text("reason", self.tr("Reason"), None)
        self.finish()
        self.resize(440, 240)


def due_text(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"

