"""The annual plan as an editor: its quantitative objectives, the services we commit to and the resources needed,
each in a table with its buttons (Insert adds, Delete removes, Enter or a double click edits) and one form per kind
of item (ui.plan_forms).

Every edit of the plan's contents is one service call on the undo stack; undo and redo put the plan's exact rows
back (``PlanEditing.contents`` / ``put_back_contents``), so a later command that names an item still finds it.
Progress on an approved plan (a commitment's status and evidence, a resource's status, an actual entered by hand)
is undone by its own inverse.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam.analysis.actuals import judged_quarter
from kam.app import Services
from kam.errors import UserError
from kam.palette import MUTED_HEX
from kam.services.plan_editing import EDITABLE_STATUSES
from kam.vocab import label
from ui.commands import push_operation
from ui.fit import fit_columns
from ui.forms import OpenForm
from ui.models.plan import ObjectivesModel
from ui.plan_forms import ActualForm, CommitmentForm, ObjectiveForm, ResourceForm, due_text


def _keys(table: QTableView, add: Callable[[], None], edit: Callable[[], None], remove: Callable[[], None]) -> None:
    """Insert adds, Delete removes, Enter (or a double click) edits."""
    for key, fn in ((QKeySequence(Qt.Key.Key_Insert), add), (QKeySequence(QKeySequence.StandardKey.Delete), remove),
                    (QKeySequence(Qt.Key.Key_Return), edit), (QKeySequence(Qt.Key.Key_Enter), edit)):
        QShortcut(key, table, fn, context=Qt.ShortcutContext.WidgetShortcut)
    table.doubleClicked.connect(lambda _i: edit())


def _box(page: QWidget, empty_text: str, table: QWidget, buttons: list[QWidget]) -> QLabel:
    """A line saying what belongs here (shown while it is empty), the table, and its buttons in a row under it
    (a row, not a column: the plan and its review share a laptop screen)."""
    empty = QLabel(empty_text)
    empty.setWordWrap(True)
    empty.setStyleSheet(f"color: {MUTED_HEX}")
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    lay = QVBoxLayout(page)
    lay.setContentsMargins(2, 2, 2, 0)
    lay.addWidget(empty)
    lay.addWidget(table, 1)
    lay.addLayout(row)
    return empty


def _rows_table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setWordWrap(False)
    return t


class ObjectivesTable(QTableView):
    """The objectives in order; drag a row to another place to move it (``moved(row, new position)``)."""

    moved = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setDropIndicatorShown(True)

    def dropEvent(self, event: QDropEvent) -> None:
        rows = self.selectionModel().selectedRows()
        source = rows[0].row() if rows else self.currentIndex().row()
        target = self.indexAt(event.position().toPoint()).row()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the table is read again from the database: Qt moves nothing itself
        if target < 0:
            target = self.model().rowCount() - 1
        if source >= 0 and target != source:
            self.moved.emit(source, target + 1)


class PlanEditor(QTabWidget):
    """The plan's three kinds of contents, one tab each."""

    def __init__(self, services: Services, undo: QUndoStack, lang: str, model: ObjectivesModel,
                 refresh: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.undo, self.lang, self.refresh = services, undo, lang, refresh
        self.setDocumentMode(True)  # no frame around the pages: the plan and its review share a laptop screen
        self.plan: Any = None
        self.account_id: int | None = None
        self.team: list[tuple[int, str]] = []
        self.forms = OpenForm()
        self.buttons: dict[str, QPushButton] = {}

        def buttons(spec: tuple[tuple[str, str, Callable[[], None]], ...]) -> list[QWidget]:
            out: list[QWidget] = []
            for key, text, fn in spec:
                b = QPushButton(text)
                b.clicked.connect(lambda _c=False, f=fn: self._guarded(f))
                self.buttons[key] = b
                out.append(b)
            return out

        self.model = model
        self.table = ObjectivesTable()
        self.table.setModel(model)
        self.table.moved.connect(lambda row, at: self._guarded(lambda: self.move_objective_to(row, at)))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2 edits a figure in place
        fit_columns(self.table, caps={0: 360})  # the objective reads whole; numbers never cut
        self.table.setMinimumHeight(100)  # the header and two objectives at least: the review shares the screen
        _keys(self.table, self._guard(self.add_objective), self._guard(self.edit_objective),
              self._guard(self.remove_objective))
        page = QWidget()
        self.objectives_empty = _box(page, self.tr("No objectives yet: add sales, gross profit, visits… from "
                                                        "the catalogue, or a custom one, with “Add objective…”."),
                                          self.table, buttons((
                                              ("obj_add", self.tr("Add objective…"), self.add_objective),
                                              ("obj_edit", self.tr("Edit…"), self.edit_objective),
                                              ("obj_remove", self.tr("Remove"), self.remove_objective),
                                              ("obj_up", self.tr("Move up"), lambda: self.move_objective(-1)),
                                              ("obj_down", self.tr("Move down"), lambda: self.move_objective(1)),
                                              ("obj_actual", self.tr("Enter actual…"), self.enter_actual))))
        self.addTab(page, self.tr("Objectives"))

        self.commitments = _rows_table([self.tr("We commit to"), self.tr("Owner"), self.tr("Due"),
                                        self.tr("Status"), self.tr("Evidence")])
        _keys(self.commitments, self._guard(self.add_commitment), self._guard(self.edit_commitment),
              self._guard(self.remove_commitment))
        page = QWidget()
        self.commitments_empty = _box(page, self.tr("No commitments yet: the services we commit to this year, "
                                                         "each with its owner from the account team and a due date."),
                                           self.commitments, buttons((
                                               ("com_add", self.tr("Add commitment…"), self.add_commitment),
                                               ("com_edit", self.tr("Edit…"), self.edit_commitment),
                                               ("com_remove", self.tr("Delete"), self.remove_commitment),
                                               ("com_up", self.tr("Move up"), lambda: self.move_item("qualitative", -1)),
                                               ("com_down", self.tr("Move down"),
                                                lambda: self.move_item("qualitative", 1)))))
        self.addTab(page, self.tr("Services we commit to"))

        self.resources = _rows_table([self.tr("Kind"), self.tr("Who"), self.tr("Purpose"), self.tr("Concrete task"),
                                      self.tr("Deadline"), self.tr("Status")])
        _keys(self.resources, self._guard(self.add_resource), self._guard(self.edit_resource),
              self._guard(self.remove_resource))
        page = QWidget()
        self.resources_empty = _box(page, self.tr("No resources needed yet: an executive, the technical "
                                                       "department, an outside expert — who, for what, by when."),
                                         self.resources, buttons((
                                             ("res_add", self.tr("Add resource…"), self.add_resource),
                                             ("res_edit", self.tr("Edit…"), self.edit_resource),
                                             ("res_remove", self.tr("Delete"), self.remove_resource),
                                             ("res_up", self.tr("Move up"), lambda: self.move_item("resources", -1)),
                                             ("res_down", self.tr("Move down"), lambda: self.move_item("resources", 1)))))
        self.addTab(page, self.tr("Resources needed"))
        for t in (self.table, self.commitments, self.resources):
            t.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self._enable()

    # --- showing

    def load(self, plan: Any, account_id: int | None) -> None:
        self.plan, self.account_id = plan, account_id
        self.team = ([(m.user_id, m.display_name) for m in self.services.accounts.team(account_id)]
                     if account_id is not None else [])
        users = {u.id: u.display_name for u in self.services.users.list()} if plan is not None else {}
        self._fill(self.commitments, [(q.id, [q.description, users.get(q.owner_id, "—"), due_text(q.due_on),
                                               label(q.status, self.lang), q.evidence or ""])
                                      for q in (plan.qualitative if plan is not None else [])])
        self._fill(self.resources, [(r.id, [label(r.kind, self.lang), r.who, r.purpose or "", r.task or "",
                                             due_text(r.deadline), label(r.status, self.lang)])
                                    for r in (plan.resources if plan is not None else [])])
        has = plan is not None
        self.objectives_empty.setVisible(has and not plan.quantitative)
        self.commitments_empty.setVisible(has and not plan.qualitative)
        self.resources_empty.setVisible(has and not plan.resources)
        for i, n in enumerate((len(plan.quantitative), len(plan.qualitative), len(plan.resources)) if has
                              else (0, 0, 0)):
            base = (self.tr("Objectives"), self.tr("Services we commit to"), self.tr("Resources needed"))[i]
            self.setTabText(i, f"{base} ({n})" if has else base)
        self._enable()

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
        keep = PlanEditor._selected_id(table)
        table.setRowCount(0)
        for item_id, texts in rows:
            r = table.rowCount()
            table.insertRow(r)
            for c, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if c == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, item_id)
                table.setItem(r, c, cell)
            if item_id == keep:
                table.selectRow(r)
        table.resizeColumnsToContents()
        for c in range(table.columnCount()):  # a long text is capped; the whole of it shows on hover
            table.setColumnWidth(c, min(table.columnWidth(c), 320))

    @staticmethod
    def _selected_id(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        item = table.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def editable(self) -> bool:
        return self.plan is not None and self.plan.status in EDITABLE_STATUSES

    def _objective(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (self.table.currentIndex().row() if self.table.currentIndex().isValid()
                                          else -1)
        return self.plan.quantitative[row] if self.plan is not None and 0 <= row < len(self.plan.quantitative) else None

    def _item(self, table: QTableWidget, items: str) -> Any:
        wanted = self._selected_id(table)
        return next((x for x in getattr(self.plan, items) if x.id == wanted), None) if self.plan is not None else None

    def _enable(self) -> None:
        edit, has = self.editable(), self.plan is not None
        o = self._objective() if has else None
        n = len(self.plan.quantitative) if has else 0
        state = {"obj_add": edit, "obj_edit": edit and o is not None, "obj_remove": edit and o is not None,
                 "obj_up": edit and o is not None and self.plan.quantitative.index(o) > 0,
                 "obj_down": edit and o is not None and self.plan.quantitative.index(o) < n - 1,
                 "obj_actual": o is not None,
                 "com_add": edit, "com_edit": self._item(self.commitments, "qualitative") is not None,
                 "com_remove": edit and self._item(self.commitments, "qualitative") is not None,
                 "res_add": edit, "res_edit": self._item(self.resources, "resources") is not None,
                 "res_remove": edit and self._item(self.resources, "resources") is not None}
        for prefix, table, items in (("com", self.commitments, "qualitative"), ("res", self.resources, "resources")):
            item, rows = self._item(table, items), getattr(self.plan, items) if has else []
            state[f"{prefix}_up"] = edit and item is not None and rows.index(item) > 0
            state[f"{prefix}_down"] = edit and item is not None and rows.index(item) < len(rows) - 1
        for key, on in state.items():
            self.buttons[key].setEnabled(bool(on))

    # --- running edits

    def _guard(self, fn: Callable[[], None]) -> Callable[[], None]:
        return lambda: self._guarded(fn)

    def _guarded(self, fn: Callable[[], None]) -> None:
        """What a button or key does; a refusal (the plan changed meanwhile) is said, never raised."""
        if self.plan is None:
            return
        try:
            fn()
        except UserError as exc:
            self._error(exc)

    def _error(self, problem: UserError) -> None:
        self.forms.report(problem, self, self.tr("Not saved"))

    def _open(self, dialog: Any) -> int:
        return self.forms.run(dialog)

    def change(self, text: str, op: Callable[[], object]) -> bool:
        """One edit of the plan's contents on the undo stack; undo and redo put its exact rows back."""
        pid, plans = self.plan.id, self.services.plans
        before = plans.contents(pid)
        after: list[dict[str, Any]] = []

        def apply() -> object:
            if after:
                return plans.put_back_contents(after[0], expected=before)
            result = op()
            after.append(plans.contents(pid))
            return result

        return push_operation(self.undo, text, apply, lambda: plans.put_back_contents(before, expected=after[0]),
                              self.refresh, self._error)

    def progress(self, text: str, apply: Callable[[], object], revert: Callable[[], object]) -> bool:
        return push_operation(self.undo, text, apply, revert, self.refresh, self._error)

    # --- quantitative objectives

    def _objective_form(self, objective: Any) -> ObjectiveForm:
        plans = self.services.plans
        return ObjectiveForm(self.lang, plans.catalogue(), objective, plans.split_evenly, self)

    def add_objective(self) -> None:
        if not self.editable():
            return
        pid, plans = self.plan.id, self.services.plans
        form = self._objective_form(None)
        form.submit = lambda values: self.change(self.tr("Add objective"), lambda: plans.add_objective(pid, **values))
        self._open(form)

    def edit_objective(self) -> None:
        o = self._objective()
        if o is None or not self.editable():
            return
        oid, plans = o.id, self.services.plans
        form = self._objective_form(o)
        form.submit = lambda values: self.change(self.tr("Change objective"),
                                                 lambda: plans.update_objective(oid, **values))
        self._open(form)

    def remove_objective(self) -> None:
        o = self._objective()
        if o is None or not self.editable():
            return
        oid, plans = o.id, self.services.plans
        self.change(self.tr("Remove objective"), lambda: plans.remove_objective(oid))

    def move_objective(self, step: int) -> None:
        o = self._objective()
        if o is not None:
            self.move_objective_to(self.plan.quantitative.index(o), self.plan.quantitative.index(o) + 1 + step)

    def move_objective_to(self, row: int, at: int) -> None:
        """Move the objective of ``row`` (0-based) to position ``at`` (1-based): a button or a drag."""
        if not self.editable() or not 0 <= row < len(self.plan.quantitative):
            return
        if not 1 <= at <= len(self.plan.quantitative) or at == row + 1:
            return
        oid, plans = self.plan.quantitative[row].id, self.services.plans
        if self.change(self.tr("Move objective"), lambda: plans.move_objective(oid, at)):
            self.table.selectRow(at - 1)

    def enter_actual(self) -> None:
        o = self._objective()
        if o is None:
            return
        oid, plans = o.id, self.services.plans
        before = plans.manual_actuals(oid)
        form = ActualForm(o.label or label(o.metric, self.lang), judged_quarter(self.plan.year, dt.date.today()),
                          before, self)

        def submit(values: dict[str, Any]) -> bool:
            return self.progress(self.tr("Enter actual"),
                                 lambda: plans.set_manual_actual(oid, values["quarter"], values["actual"]),
                                 lambda: plans.set_manual_actuals(oid, before))

        form.submit = submit
        self._open(form)

    # --- commitments

    def add_commitment(self) -> None:
        if not self.editable():
            return
        pid, commitments = self.plan.id, self.services.commitments
        form = CommitmentForm(self.lang, self.team, None, False, self)
        form.submit = lambda values: self.change(self.tr("Add commitment"), lambda: commitments.add_qualitative(
            pid, values.pop("description") or "", **values))
        self._open(form)

    def edit_commitment(self) -> None:
        item = self._item(self.commitments, "qualitative")
        if item is None:
            return
        iid, commitments = item.id, self.services.commitments
        team = self.team if any(uid == item.owner_id for uid, _n in self.team) or item.owner_id is None else [
            *self.team, (item.owner_id, {u.id: u.display_name for u in self.services.users.list()}
                         .get(item.owner_id, "?"))]  # an owner who has left the team stays shown
        form = CommitmentForm(self.lang, team, item, not self.editable(), self)
        if self.editable():
            form.submit = lambda values: self.change(self.tr("Change commitment"),
                                                     lambda: commitments.update_qualitative(iid, **values))
        else:  # the year's progress on an approved plan
            before = commitments.qualitative_state(iid)
            form.submit = lambda values: self.progress(
                self.tr("Record progress"),
                lambda: commitments.set_qualitative_status(iid, values["status"], values["evidence"] or ""),
                lambda: commitments.set_qualitative_state(iid, before))
        self._open(form)

    def remove_commitment(self) -> None:
        item = self._item(self.commitments, "qualitative")
        if item is None or not self.editable():
            return
        iid, commitments = item.id, self.services.commitments
        self.change(self.tr("Delete commitment"), lambda: commitments.remove_qualitative(iid))

    def move_item(self, items: str, step: int) -> None:
        """Move the selected commitment (``items`` "qualitative") or resource ("resources") one place up (-1) or
        down (1)."""
        table = self.commitments if items == "qualitative" else self.resources
        item = self._item(table, items)
        if item is None or not self.editable():
            return
        rows = getattr(self.plan, items)
        at = rows.index(item) + 1 + step
        if not 1 <= at <= len(rows):
            return
        iid, commitments = item.id, self.services.commitments
        move = commitments.move_qualitative if items == "qualitative" else commitments.move_resource
        text = self.tr("Move commitment") if items == "qualitative" else self.tr("Move resource")
        self.change(text, lambda: move(iid, at))

    # --- resources needed

    def add_resource(self) -> None:
        if not self.editable():
            return
        pid, commitments = self.plan.id, self.services.commitments
        form = ResourceForm(self.lang, None, False, self)
        form.submit = lambda values: self.change(self.tr("Add resource"), lambda: commitments.add_resource(
            pid, values.pop("kind"), values.pop("who") or "", **values))
        self._open(form)

    def edit_resource(self) -> None:
        item = self._item(self.resources, "resources")
        if item is None:
            return
        iid, commitments = item.id, self.services.commitments
        form = ResourceForm(self.lang, item, not self.editable(), self)
        if self.editable():
            form.submit = lambda values: self.change(self.tr("Change resource"),
                                                     lambda: commitments.update_resource(iid, **values))
        else:
            was = commitments.resource_status(iid)
            form.submit = lambda values: self.progress(
                self.tr("Record progress"), lambda: commitments.set_resource_status(iid, values["status"]),
                lambda: commitments.set_resource_status(iid, was))
        self._open(form)

    def remove_resource(self) -> None:
        item = self._item(self.resources, "resources")
        if item is None or not self.editable():
            return
        iid, commitments = item.id, self.services.commitments
        self.change(self.tr("Delete resource"), lambda: commitments.remove_resource(iid))


# Texts used through self.tr() in a tuple, declared here so that lupdate extracts them.
_TR = (QT_TRANSLATE_NOOP("PlanEditor", "Objectives"),
       QT_TRANSLATE_NOOP("PlanEditor", "Services we commit to"),
       QT_TRANSLATE_NOOP("PlanEditor", "Resources needed"))
