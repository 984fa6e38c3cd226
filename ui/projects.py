"""Purchasing projects and their decision process, authored on the org-chart page.

``ProjectEditor`` is the bar under the org chart: new / edit / close / reopen /
delete a project, its decision criteria and each person's role in it, and the
table of its steps (add, insert, move by drag or by the buttons, edit, delete).
Every change is one service call on the undo stack. Undo and redo restore the
project's exact rows (``ProjectService.snapshot`` / ``put_back``), so a later
command that names a step still finds it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam.app import Services
from kam.errors import UserError
from kam.palette import ERROR_HEX, MUTED_HEX
from kam.vocab import BuyingRole, ProjectStatus, StepStatus, label
from ui.commands import push_operation
from ui.forms import FieldForm, OpenForm, cell, field_text, table_keys
from ui.signals import call_on

if TYPE_CHECKING:  # FieldForm is part of the first view (ui.team, ui.wallet); the service only where a project shows
    from kam.services.projects import ProjectDetail, StepDetail


class ProjectForm(FieldForm):
    """A project's own fields: name, status, budget and currency, start and decision dates, texts."""

    def __init__(self, lang: str, p: ProjectDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Purchasing project") if p else self.tr("New purchasing project"), parent)
        self.line("name", self.tr("Name"), p.name if p else None)
        self.choice("status", self.tr("Status"), [(label(s, lang), s.value) for s in ProjectStatus],
                    (p.status if p else ProjectStatus.ACTIVE).value)
        self.line("budget", self.tr("Budget"), p.budget if p else None, "2500000")
        approved = QCheckBox(self.tr("The customer has approved this budget"))
        approved.setChecked(bool(p and p.budget_approved))
        self.add("budget_approved", "", approved)
        self.line("currency", self.tr("Currency"), p.currency if p else "CNY")
        self.date("start_on", self.tr("Started"), p.start_on if p else None)
        self.date("decision_due", self.tr("Decision due"), p.decision_due if p else None)
        self.text("problem_to_solve", self.tr("Problem to solve"), p.problem_to_solve if p else None)
        self.text("procurement_plan", self.tr("Procurement plan"), p.procurement_plan if p else None)
        self.text("our_offer", self.tr("Our offer"), p.our_offer if p else None)
        self.text("notes", self.tr("Notes"), p.notes if p else None)
        self.finish()
        self.resize(520, 560)


class StepForm(FieldForm):
    """One decision step: name, dates, status, notes, and who acts at it (with what they do)."""

    def __init__(self, lang: str, people: list[tuple[int, str]], step: StepDetail | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decision step") if step else self.tr("New decision step"), parent)
        self.line("name", self.tr("Step"), step.name if step else None)
        self.date("planned_on", self.tr("Planned"), step.planned_on if step else None)
        self.date("actual_on", self.tr("Actual"), step.actual_on if step else None)
        self.choice("status", self.tr("Status"), [(label(s, lang), s.value) for s in StepStatus],
                    (step.status if step else StepStatus.PLANNED).value)
        self.text("notes", self.tr("Notes"), step.notes if step else None)
        acting = dict(step.actors) if step else {}
        self.actors = QTableWidget(len(people), 2)
        self.actors.setHorizontalHeaderLabels([self.tr("Person"), self.tr("What they do at this step")])
        self.actors.verticalHeader().hide()
        self.actors.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.actors.horizontalHeader().setStretchLastSection(True)
        for row, (pid, name) in enumerate(people):
            who = QTableWidgetItem(name)
            who.setData(Qt.ItemDataRole.UserRole, pid)
            who.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            who.setCheckState(Qt.CheckState.Checked if pid in acting else Qt.CheckState.Unchecked)
            self.actors.setItem(row, 0, who)
            self.actors.setItem(row, 1, QTableWidgetItem(acting.get(pid) or ""))
        self.add("actors", self.tr("Actors"), self.actors)
        self.finish()
        self.resize(560, 620)

    def set_actor(self, person_id: int, action: str | None = None) -> None:
        """Tick a person as acting at this step (what a click on the box does), with what they do."""
        for row in range(self.actors.rowCount()):
            item = cell(self.actors, row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked)
                cell(self.actors, row, 1).setText(action or "")

    def values(self) -> dict[str, Any]:
        out = super().values()
        actors: dict[int, str | None] = {}
        for row in range(self.actors.rowCount()):
            item = cell(self.actors, row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                actors[item.data(Qt.ItemDataRole.UserRole)] = cell(self.actors, row, 1).text().strip() or None
        out["actors"] = actors
        return out


def _score_box(value: int | None) -> QSpinBox:
    box = QSpinBox(minimum=0, maximum=5, value=value or 0)
    box.setSpecialValueText("—")  # 0: not scored
    return box


class CriteriaDialog(QDialog):
    """The decision criteria as one table: name, weight (together 100 %), our score and each competitor's."""

    def __init__(self, p: ProjectDetail, competitors: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision criteria"))
        self.competitors = competitors
        self.submit: Callable[[list[dict[str, Any]]], bool] = lambda _c: True
        self.table = QTableWidget(0, 3 + len(competitors))
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight %"), self.tr("Our score")]
                                             + [name for _i, name in competitors])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.total = QLabel()
        for c in p.criteria:
            self.add_row(c.name, c.weight, c.our_score, dict(c.scores), c.id)
        add, remove = QPushButton(self.tr("Add criterion")), QPushButton(self.tr("Remove criterion"))
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self.remove_row)
        self.add_button, self.remove_button = add, remove
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        bar.addWidget(self.total)
        hint = QLabel(self.tr("Scores: 1 (weak) to 5 (strong); — not scored. "
                              "Competitors are added on the Competitors page."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_HEX}")
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {ERROR_HEX}")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table)
        lay.addWidget(hint)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self._update_total()
        self.resize(640, 380)

    def add_row(self, name: str = "", weight: int = 0, ours: int | None = None,
                scores: dict[int, int] | None = None, cid: int | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, cid)
        self.table.setItem(row, 0, item)
        w = QSpinBox(minimum=0, maximum=100, value=weight)
        w.setSuffix(" %")
        w.valueChanged.connect(self._update_total)
        self.table.setCellWidget(row, 1, w)
        self.table.setCellWidget(row, 2, _score_box(ours))
        for col, (comp, _name) in enumerate(self.competitors, start=3):
            self.table.setCellWidget(row, col, _score_box((scores or {}).get(comp)))
        self._update_total()
        return row

    def remove_row(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.removeRow(rows[0].row())
            self._update_total()

    def set_row(self, row: int, name: str, weight: int, ours: int | None, scores: list[int | None]) -> None:
        """Fill one row as a person typing into it would."""
        cell(self.table, row, 0).setText(name)
        self._spin(row, 1).setValue(weight)
        self._spin(row, 2).setValue(ours or 0)
        for col, score in enumerate(scores, start=3):
            self._spin(row, col).setValue(score or 0)

    def _spin(self, row: int, col: int) -> QSpinBox:
        w = self.table.cellWidget(row, col)
        assert isinstance(w, QSpinBox)
        return w

    def _update_total(self) -> None:
        total = sum(self._spin(r, 1).value() for r in range(self.table.rowCount()))
        self.total.setText(self.tr("Total: %1 %").replace("%1", str(total)))
        self.total.setStyleSheet("" if total == 100 or not self.table.rowCount() else f"color: {ERROR_HEX}")

    def criteria(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            item = cell(self.table, r, 0)
            scores = {comp: self._spin(r, col).value() or None
                      for col, (comp, _n) in enumerate(self.competitors, start=3)}
            out.append({"id": item.data(Qt.ItemDataRole.UserRole), "name": item.text(),
                        "weight": self._spin(r, 1).value() or None, "our_score": self._spin(r, 2).value() or None,
                        "competitors": {c: s for c, s in scores.items() if s is not None}})
        return out

    def show_error(self, problem: UserError) -> None:
        self.message.setText(str(problem))
        self.message.show()

    def save(self) -> None:
        if self.submit(self.criteria()):
            self.accept()


class RolesDialog(QDialog):
    """Each person's buying role(s) in this project: one row per person, one box per role."""

    def __init__(self, lang: str, people: list[tuple[int, str]], roles: dict[int, frozenset[BuyingRole]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roles in this project"))
        self.submit: Callable[[dict[int, list[str]]], bool] = lambda _r: True
        self.table = QTableWidget(len(people), 1 + len(BuyingRole))
        self.table.setHorizontalHeaderLabels([self.tr("Person")] + [label(r, lang) for r in BuyingRole])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (pid, name) in enumerate(people):
            who = QTableWidgetItem(name)
            who.setData(Qt.ItemDataRole.UserRole, pid)
            who.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, who)
            for col, role in enumerate(BuyingRole, start=1):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                box.setCheckState(Qt.CheckState.Checked if role in roles.get(pid, frozenset())
                                  else Qt.CheckState.Unchecked)
                self.table.setItem(row, col, box)
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {ERROR_HEX}")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.resize(620, 420)

    def set_role(self, person_id: int, role: BuyingRole, on: bool = True) -> None:
        col = 1 + list(BuyingRole).index(role)
        for row in range(self.table.rowCount()):
            if cell(self.table, row, 0).data(Qt.ItemDataRole.UserRole) == person_id:
                cell(self.table, row, col).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def roles(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for row in range(self.table.rowCount()):
            pid = cell(self.table, row, 0).data(Qt.ItemDataRole.UserRole)
            out[pid] = [r.value for col, r in enumerate(BuyingRole, start=1)
                        if cell(self.table, row, col).checkState() == Qt.CheckState.Checked]
        return out

    def show_error(self, problem: UserError) -> None:
        self.message.setText(str(problem))
        self.message.show()

    def save(self) -> None:
        if self.submit(self.roles()):
            self.accept()


class StepsTable(QTableWidget):
    """The steps in order; drag a row to another place to move the step (``moved(step id, new position)``)."""

    moved = Signal(int, int)

    def __init__(self) -> None:
        super().__init__(0, 6)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setDropIndicatorShown(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentRow()
        target = self.indexAt(event.position().toPoint()).row()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the table is rebuilt from the database, Qt moves nothing itself
        if target < 0:
            target = self.rowCount() - 1
        if source >= 0 and target != source:
            self.moved.emit(cell(self, source, 0).data(Qt.ItemDataRole.UserRole), target + 1)


class ProjectEditor(QWidget):
    """The project buttons and the steps table of the org-chart page (``bar`` goes beside the project list)."""

    changed = Signal()  # the database changed: the page reloads (chart, power maps, timeline)
    project_made = Signal(int)  # a new project: the page shows it

    def __init__(self, services: Services, undo: QUndoStack, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.undo, self.lang = services, undo, lang
        self.account_id: int | None = None
        self.project: ProjectDetail | None = None
        self.forms = OpenForm()  # the dialog open now: its errors show in it

        self.bar = QWidget()
        bl = QHBoxLayout(self.bar)
        bl.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New project…"))
        call_on(self.new_button.clicked, partial(self._guarded, self.new_project))
        self.edit_button = QPushButton(self.tr("Edit project…"))
        call_on(self.edit_button.clicked, partial(self._guarded, self.edit_project))
        self.criteria_button = QPushButton(self.tr("Criteria…"))
        call_on(self.criteria_button.clicked, partial(self._guarded, self.edit_criteria))
        self.roles_button = QPushButton(self.tr("Roles…"))
        call_on(self.roles_button.clicked, partial(self._guarded, self.edit_roles))
        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Close project"))
        self.close_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        close_menu = QMenu(self.close_button)
        self.won_action = close_menu.addAction(self.tr("Won"), lambda: self.close_project(ProjectStatus.WON))
        self.lost_action = close_menu.addAction(self.tr("Lost"), lambda: self.close_project(ProjectStatus.LOST))
        self.close_button.setMenu(close_menu)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        call_on(self.reopen_button.clicked, partial(self._guarded, self.reopen_project))
        self.delete_button = QPushButton(self.tr("Delete project…"))
        call_on(self.delete_button.clicked, partial(self._guarded, self.delete_project))
        for w in (self.new_button, self.edit_button, self.criteria_button, self.roles_button, self.close_button,
                  self.reopen_button, self.delete_button):
            bl.addWidget(w)

        self.steps = StepsTable()
        self.steps.setHorizontalHeaderLabels([self.tr("#"), self.tr("Step"), self.tr("Planned"), self.tr("Actual"),
                                              self.tr("Status"), self.tr("Actors")])
        self.steps.moved.connect(self.move_step)
        call_on(self.steps.doubleClicked, partial(self._guarded, lambda: self.edit_step()))
        self.add_step_button = QPushButton(self.tr("Add step…"))
        call_on(self.add_step_button.clicked, partial(self._guarded, lambda: self.add_step(at_selection=False)))
        self.insert_step_button = QPushButton(self.tr("Insert step…"))
        call_on(self.insert_step_button.clicked, partial(self._guarded, lambda: self.add_step(at_selection=True)))
        self.up_button = QPushButton(self.tr("Move up"))
        call_on(self.up_button.clicked, partial(self._guarded, lambda: self.shift_step(-1)))
        self.down_button = QPushButton(self.tr("Move down"))
        call_on(self.down_button.clicked, partial(self._guarded, lambda: self.shift_step(+1)))
        self.edit_step_button = QPushButton(self.tr("Edit step…"))
        call_on(self.edit_step_button.clicked, partial(self._guarded, self.edit_step))
        self.delete_step_button = QPushButton(self.tr("Delete step"))
        call_on(self.delete_step_button.clicked, partial(self._guarded, self.delete_step))
        table_keys(self.steps, add=partial(self._guarded, lambda: self.add_step(at_selection=True)),
                   remove=partial(self._guarded, self.delete_step), edit=partial(self._guarded, self.edit_step))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED_HEX}")
        side = QVBoxLayout()
        for w in (self.add_step_button, self.insert_step_button, self.up_button, self.down_button,
                  self.edit_step_button, self.delete_step_button):
            side.addWidget(w)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.steps, 1)
        row.addLayout(side)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.empty)
        lay.addLayout(row)
        self._enable()

    # --- loading

    def set_project(self, account_id: int | None, project_id: int | None) -> None:
        self.account_id = account_id
        self.project = self.services.projects.detail(project_id) if project_id is not None else None
        self._fill_steps()
        self._enable()

    def _people(self) -> list[tuple[int, str]]:
        assert self.account_id is not None
        return [(r.id, f"{r.name} — {r.title}" if r.title else r.name)
                for r in self.services.people.rows(self.account_id)]

    def _fill_steps(self) -> None:
        keep = self.selected_step()
        self.steps.setRowCount(0)
        p = self.project
        if self.account_id is None:
            self.empty.setText("")
        elif p is None:
            self.empty.setText(self.tr("No purchasing project yet. A project is a purchase the customer plans: "
                                       "its budget, its decision steps and who decides. "
                                       "Press “New project…” to add the first one."))
        elif not p.steps:
            self.empty.setText(self.tr("This project has no decision steps yet. "
                                       "Press “Add step…” to describe how the customer will decide."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        if p is None:
            return
        from kam.services.projects import LATE

        names = {pid: name for pid, name in self._people()}
        today = dt.date.today()
        for st in p.steps:
            r = self.steps.rowCount()
            self.steps.insertRow(r)
            state = st.state(today)
            cells = [str(st.position), st.name, field_text(st.planned_on), field_text(st.actual_on),
                     self.tr("Late") if state == LATE else label(StepStatus(state), self.lang),
                     ", ".join(names.get(pid, f"#{pid}").split(" — ")[0] + (f" ({action})" if action else "")
                               for pid, action in st.actors)]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, st.id)
                if c == 4 and state == LATE:
                    item.setForeground(QColor(ERROR_HEX))
                self.steps.setItem(r, c, item)
            if st.id == keep:
                self.steps.selectRow(r)
        self.steps.resizeColumnsToContents()

    def _enable(self) -> None:
        has_account = self.account_id is not None
        p = self.project
        self.new_button.setEnabled(has_account)
        for w in (self.edit_button, self.criteria_button, self.roles_button, self.delete_button,
                  self.add_step_button, self.insert_step_button, self.up_button, self.down_button,
                  self.edit_step_button, self.delete_step_button):
            w.setEnabled(p is not None)
        self.close_button.setEnabled(p is not None and not p.closed)
        self.reopen_button.setEnabled(p is not None and p.closed)

    def selected_step(self) -> int | None:
        rows = self.steps.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.steps.item(rows[0].row(), 0)  # keep
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _step(self, step_id: int | None) -> StepDetail | None:
        if self.project is None or step_id is None:
            return None
        return next((st for st in self.project.steps if st.id == step_id), None)

    # --- running edits

    def _guarded(self, action: Callable[[], object]) -> None:
        """What a button does; a refusal (the account or project went meanwhile) is said, never raised."""
        try:
            action()
        except UserError as exc:
            self._error(exc)

    def _error(self, problem: UserError) -> None:
        self.forms.report(problem, self, self.tr("Not saved"))

    def _refresh(self) -> None:
        self.changed.emit()

    def run(self, text: str, op: Callable[[], object]) -> bool:
        """One edit of the current project on the undo stack; undo and redo restore its exact rows."""
        assert self.project is not None
        pid = self.project.id
        projects = self.services.projects
        before = projects.snapshot(pid)
        after: list[dict[str, Any]] = []

        def apply() -> object:
            if after:
                return projects.put_back(after[0])
            result = op()
            after.append(projects.snapshot(pid))
            return result

        return push_operation(self.undo, text, apply, lambda: projects.put_back(before), self._refresh, self._error)

    def open(self, dialog: Any) -> int:
        """Show a form (tests answer it through its class's ``exec``)."""
        return self.forms.run(dialog)

    # --- the project

    def new_project(self) -> None:
        if self.account_id is None:
            return
        aid = self.account_id
        form = ProjectForm(self.lang, None, self)
        made: list[int] = []
        state: list[dict[str, Any]] = []
        projects = self.services.projects

        def submit(values: dict[str, Any]) -> bool:
            def apply() -> object:
                if state:
                    return projects.put_back(state[0])
                name = values.pop("name", None) or ""
                change = self.services.records.add_project(aid, name, **values)
                made.append(change.id)
                state.append(projects.snapshot(change.id))
                return change

            return push_operation(self.undo, self.tr("New purchasing project"), apply,
                                  lambda: projects.delete(made[0]), self._refresh, self._error)

        form.submit = submit
        if self.open(form) and made:
            self.project_made.emit(made[0])

    def edit_project(self) -> None:
        p = self.project
        if p is None:
            return
        form = ProjectForm(self.lang, p, self)
        original = form.values()

        def submit(values: dict[str, Any]) -> bool:
            changed = {k: val for k, val in values.items() if val != original.get(k)}
            if not changed:
                return True
            return self.run(self.tr("Edit project %1").replace("%1", p.name),
                            lambda: self.services.projects.update(p.id, **changed))

        form.submit = submit
        self.open(form)

    def close_project(self, outcome: ProjectStatus) -> None:
        p = self.project
        if p is not None:
            self.run(self.tr("Close project %1").replace("%1", p.name),
                     lambda: self.services.projects.close(p.id, outcome.value))

    def reopen_project(self) -> None:
        p = self.project
        if p is not None:
            self.run(self.tr("Reopen project %1").replace("%1", p.name), lambda: self.services.projects.reopen(p.id))

    def delete_project(self) -> None:
        p = self.project
        if p is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete project"),
                                      self.tr("Delete the project “%1” with its steps and criteria? "
                                              "Edit > Undo brings it back.").replace("%1", p.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        projects = self.services.projects
        before = projects.snapshot(p.id)
        push_operation(self.undo, self.tr("Delete project %1").replace("%1", p.name),
                       lambda: projects.delete(p.id), lambda: projects.put_back(before), self._refresh, self._error)

    def edit_criteria(self) -> None:
        p = self.project
        if p is None:
            return
        dialog = CriteriaDialog(p, self.services.projects.competitor_names(p.account_id), self)
        dialog.submit = lambda criteria: self.run(self.tr("Decision criteria of %1").replace("%1", p.name),
                                                  lambda: self.services.projects.set_criteria(p.id, criteria))
        self.open(dialog)

    def edit_roles(self) -> None:
        p = self.project
        if p is None:
            return
        dialog = RolesDialog(self.lang, self._people(), dict(p.participants), self)
        dialog.submit = lambda roles: self.run(self.tr("Roles in %1").replace("%1", p.name),
                                               lambda: self.services.projects.set_participants(p.id, roles))
        self.open(dialog)

    # --- steps

    def add_step(self, at_selection: bool) -> None:
        p = self.project
        if p is None:
            return
        step = self._step(self.selected_step()) if at_selection else None
        position = step.position if step is not None else None
        form = StepForm(self.lang, self._people(), None, self)

        def submit(values: dict[str, Any]) -> bool:
            name = values.pop("name", None) or ""
            return self.run(self.tr("Add step %1").replace("%1", name),
                            lambda: self.services.projects.add_step(p.id, name, position=position, **values))

        form.submit = submit
        self.open(form)

    def edit_step(self) -> None:
        step = self._step(self.selected_step())
        if step is None:
            return
        form = StepForm(self.lang, self._people(), step, self)
        original = form.values()

        def submit(values: dict[str, Any]) -> bool:
            changed = {k: val for k, val in values.items() if val != original.get(k)}
            if not changed:
                return True
            return self.run(self.tr("Edit step %1").replace("%1", step.name),
                            lambda: self.services.projects.update_step(step.id, **changed))

        form.submit = submit
        self.open(form)

    def shift_step(self, by: int) -> None:
        step = self._step(self.selected_step())
        if step is None or self.project is None:
            return
        to = step.position + by
        if 1 <= to <= len(self.project.steps):
            self.move_step(step.id, to)

    def move_step(self, step_id: int, position: int) -> None:
        step = self._step(step_id)
        if step is not None and position != step.position:
            self.run(self.tr("Move step %1").replace("%1", step.name),
                     lambda: self.services.projects.move_step(step_id, position))
            self._select_step(step_id)

    def _select_step(self, step_id: int) -> None:
        for r in range(self.steps.rowCount()):
            if cell(self.steps, r, 0).data(Qt.ItemDataRole.UserRole) == step_id:
                self.steps.selectRow(r)

    def delete_step(self) -> None:
        step = self._step(self.selected_step())
        if step is not None:
            self.run(self.tr("Delete step %1").replace("%1", step.name),
                     lambda: self.services.projects.delete_step(step.id))
