"""Dossier sections: the account form (autosave), people, visits, feedback (transactions are ui.transactions,
competitors ui.competitors, the register ui.register). Every edit is one service call on the undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.analysis.feedback import response_overdue
from kam.errors import UserError, ValidationError
from kam.palette import ERROR_HEX, STANCE_HEX
from kam.vocab import label
from ui.commands import push_operation, trash_steps
from ui.fit import fit_columns
from ui.forms import OpenForm, empty_line, problem_text, run_dialog, table_keys, with_error
from ui.models.rows import Column, RowsModel
from ui.signals import call_on

if TYPE_CHECKING:
    from kam.app import Services


def make_table(model: Any) -> QTableView:
    t = QTableView()
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.setAlternatingRowColors(True)
    fit_columns(t)  # headers and cells are never cut (a hover shows what a cap cuts)
    return t


def selected_id(table: QTableView, model: RowsModel) -> int | None:
    rows = table.selectionModel().selectedRows()
    return model.id_at(rows[0].row()) if rows else None


class Section(QWidget):
    """Base: a services handle, the undo stack, the language, and error reporting."""

    changed = Signal()

    def __init__(self, services: Services, undo: QUndoStack, lang: str) -> None:
        super().__init__()
        self.services, self.undo, self.lang = services, undo, lang
        self.account_id: int | None = None
        self.forms = OpenForm()  # the form open now: a refusal shows in it

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.reload()

    def lay_out(self, buttons: list[tuple[str, Callable[[], object]]], table: QWidget,
                intro: str | None = None, needs_row: tuple[str, ...] = (), empty: str | None = None) -> None:
        """A row of buttons (left-aligned) above the section's table. The buttons named in ``needs_row`` act
        on the selected row: they are disabled while no row is selected. ``empty`` says what belongs in the
        table and which button adds the first item; it shows while the table is empty."""
        from ui.flow import FlowLayout

        bar = FlowLayout()  # wraps onto a second line rather than cutting the last buttons on a laptop
        self.row_buttons: list[QPushButton] = []
        for text, slot in buttons:
            b = QPushButton(text)
            call_on(b.clicked, partial(self.guarded, slot))
            if text in needs_row:
                self.row_buttons.append(b)
            bar.addWidget(b)
        if isinstance(table, QTableView) and self.row_buttons:
            table.selectionModel().selectionChanged.connect(lambda *_a: self._enable_row_buttons())
            table.model().modelReset.connect(self._enable_row_buttons)
            self._enable_row_buttons()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        if intro:
            words = QLabel(intro)
            words.setWordWrap(True)
            lay.addWidget(words)
        lay.addLayout(bar)
        self.empty_state: QLabel | None = None
        if empty is not None and isinstance(table, QTableView):
            self.empty_state = empty_line(empty)
            lay.addWidget(self.empty_state)
            model = table.model()
            for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                sig.connect(lambda *_a, t=table: self._show_empty(t))
            self._show_empty(table)
        lay.addWidget(table)

    def _show_empty(self, table: QTableView) -> None:
        if self.empty_state is not None:
            self.empty_state.setVisible(table.model().rowCount() == 0)

    def keys(self, table: QAbstractItemView, *, add: Callable[[], object] | None = None,
             remove: Callable[[], object] | None = None, edit: Callable[[], object] | None = None) -> None:
        """Insert adds, Delete removes, Enter edits in ``table`` — each guarded as its button is."""
        table_keys(table, **{k: partial(self.guarded, f) for k, f in (("add", add), ("remove", remove),
                                                                       ("edit", edit)) if f is not None})

    def _enable_row_buttons(self) -> None:
        table = getattr(self, "table", None)
        chosen = table is not None and bool(table.selectionModel().selectedRows())
        for b in self.row_buttons:
            b.setEnabled(chosen)

    def guarded(self, action: Callable[[], object]) -> None:
        """Run what a button does; a refusal (the record went to the trash meanwhile, a file that cannot be
        read or written) is said in one line and the section shows what is there now."""
        try:
            action()
        except (UserError, OSError) as exc:
            self.error(problem_text(exc))
            try:
                self.reload()
            except UserError:  # the account itself is gone: the window moves on (MainWindow._account_gone)
                self.changed.emit()

    def reload(self) -> None:
        raise NotImplementedError

    def error(self, problem: UserError | str) -> None:
        self.forms.report(problem, self, self.tr("Not saved"))

    def run(self, text: str, apply: Callable[[], object], revert: Callable[[], object]) -> bool:
        return push_operation(self.undo, text, apply, revert, self._after, self.error)

    def _after(self) -> None:
        self.reload()
        self.changed.emit()


# --- the account form: basic data, the customer's business, our analysis (autosave)

FORM_GROUPS = ("basic", "business", "analysis")


class AccountForm(Section):
    def __init__(self, services: Services, undo: QUndoStack, lang: str) -> None:
        super().__init__(services, undo, lang)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.values: dict[str, Any] = {}
        self.fields = services.accounts.fields  # captions, kinds and limits come from the service
        groups = {g: QFormLayout() for g in FORM_GROUPS}
        for group in FORM_GROUPS:
            for spec in self.fields.group(group):
                field = spec.name
                w: QWidget
                if spec.kind == "choice":
                    combo = QComboBox()
                    for member in spec.choices or ():
                        combo.addItem(label(member, lang), member.value)
                    combo.activated.connect(lambda _i, f=field: self.commit(f))
                    w = combo
                elif spec.kind == "text":
                    edit = QPlainTextEdit()
                    edit.setFixedHeight(52)
                    timer = QTimer(self, singleShot=True, interval=900)  # autosave a pause after typing
                    timer.timeout.connect(lambda f=field: self.commit(f))
                    edit.textChanged.connect(timer.start)
                    w = edit
                else:
                    line = QLineEdit()
                    line.editingFinished.connect(lambda f=field: self.commit(f))
                    line.textEdited.connect(lambda _t, f=field: self.validate(f))
                    if spec.kind == "date":
                        line.setPlaceholderText("YYYY-MM-DD")
                    w = line
                box, err = with_error(w)
                groups[group].addRow(spec.caption, box)
                self.widgets[field], self.errors[field] = w, err
        page = QWidget()
        lay = QVBoxLayout(page)
        for key, title in (("basic", self.tr("Basic information")), ("business", self.tr("The customer's business")),
                           ("analysis", self.tr("Our analysis (SWOT, culture)"))):
            g = QGroupBox(title)
            g.setLayout(groups[key])
            lay.addWidget(g)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def reload(self) -> None:
        if self.account_id is None:
            return
        acc = self.services.accounts.get(self.account_id)
        self.version = acc.version  # a save over a newer version goes through the conflict dialog
        for field, w in self.widgets.items():
            value = getattr(acc, field)
            self.values[field] = value
            text = _as_text(value) or ""
            w.blockSignals(True)
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(text)))
            elif isinstance(w, QPlainTextEdit):
                if w.toPlainText() != text:
                    w.setPlainText(text)
            else:
                w.setText(text)  # type: ignore[attr-defined]
            w.blockSignals(False)
            self.errors[field].hide()

    def current(self, field: str) -> Any:
        w = self.widgets[field]
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.text()  # type: ignore[attr-defined]

    def validate(self, field: str) -> bool:
        try:
            self.services.accounts.validate_field(field, self.current(field) or None)
        except ValidationError as exc:
            self.errors[field].setText(exc.reason)
            self.errors[field].show()
            return False
        self.errors[field].hide()
        return True

    def commit(self, field: str) -> None:
        """Autosave one field: nothing to press, nothing to forget; undoable."""
        self.guarded(lambda: self._commit(field))

    def _commit(self, field: str) -> None:
        if self.account_id is None or not self.validate(field):
            return
        new = self.current(field) or None
        old = self.values.get(field)
        if _as_text(old) == _as_text(new):
            return
        aid = self.account_id
        saved = self.services.accounts.get(aid)
        values = {field: new}
        if saved.version != self.version:  # someone else saved this account meanwhile
            from ui.conflict_dialog import MERGE, OVERWRITE, ConflictDialog

            theirs = {field: getattr(saved, field)}
            dialog = ConflictDialog({field: old}, values, theirs, {field: self.fields[field].caption}, self)
            run_dialog(dialog)
            if dialog.result_choice == MERGE:
                values = dialog.merge.merged
            elif dialog.result_choice != OVERWRITE:
                values = {}
            if not values:
                self.reload()  # theirs stays on screen
                return
            old = theirs[field]
        self.run(self.tr("Edit %1").replace("%1", self.fields[field].caption),
                 lambda: self.services.accounts.update(aid, **values),
                 lambda: self.services.accounts.update(aid, **{field: old}))

    def error(self, problem: UserError | str) -> None:
        """A refused save shows under its field (the service names it by its caption), else in a box."""
        if isinstance(problem, ValidationError) and problem.field in self.errors:
            self.errors[problem.field].setText(problem.reason)
            self.errors[problem.field].show()
        else:
            super().error(problem)


def _as_text(value: Any) -> str | None:
    """A stored value as the form shows it (a date as YYYY-MM-DD, a choice as its code)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value.value) if isinstance(value, Enum) else str(value)


# --- people


class PeopleSection(Section):
    person_activated = Signal(int)

    def __init__(self, services: Services, undo: QUndoStack, lang: str) -> None:
        super().__init__(services, undo, lang)
        self.model = RowsModel([
            Column(self.tr("Name"), lambda r: r.name + (f"  {r.name_latin}" if r.name_latin and r.name_latin != r.name else "")),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Department"), lambda r: r.department),
            Column(self.tr("Stance"), lambda r: label(r.stance, lang), colour=lambda r: STANCE_HEX[r.stance]),
            Column(self.tr("Buying roles"), lambda r: ", ".join(label(x, lang) for x in r.roles)),
            Column(self.tr("Influence"), lambda r: "●" * r.influence, right=False),
            Column(self.tr("Our contact"), lambda r: r.coverage_owner),
            Column(self.tr("Factions"), lambda r: ", ".join(r.factions)),
        ], key=lambda r: r.id)
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(lambda ix: self.person_activated.emit(self.model.id_at(ix.row())))
        self.lay_out([(self.tr("Add person…"), self.add), (self.tr("Edit…"), self._edit),
                      (self.tr("Move to trash"), self.remove)], self.table,
                     needs_row=(self.tr("Edit…"), self.tr("Move to trash")),
                     empty=self.tr("No one from the customer yet. Add the people you deal with — buyers, engineers, "
                                   "managers, the boss — with “Add person…”, or import a list (File › Import…)."))
        self.keys(self.table, add=self.add, remove=self.remove, edit=self._edit)

    def reload(self) -> None:
        if self.account_id is not None:
            self.model.load(self.services.people.rows(self.account_id))
            self.table.resizeColumnsToContents()

    def add(self, name: str | None = None) -> int | None:
        if self.account_id is None:
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add person"), self.tr("Name (in its own script)"))
            if not ok:
                return None
        aid = self.account_id
        made: list[int] = []

        people = self.services.people
        # undo moves the new person to the trash, redo takes them out: each exactly as it was (trash_steps)
        to_trash, out = trash_steps(lambda b: people.delete(made[0], b), lambda b: people.restore(made[0], b))

        def apply() -> object:  # redo after undo restores the same person from the trash
            if made:
                return out()
            change = people.create(aid, name=name)
            made.append(change.id)
            return change

        ok = self.run(self.tr("Add %1").replace("%1", name), apply, to_trash)
        if ok and made:
            self.person_activated.emit(made[0])
            return made[0]
        return None

    def _edit(self) -> None:
        pid = selected_id(self.table, self.model)
        if pid is not None and self._still_there(pid):
            self.person_activated.emit(pid)

    def _still_there(self, pid: int) -> bool:
        """False (said, and the list re-read) when the person went to the trash meanwhile (another window or
        user)."""
        person = self.services.people.get(pid)
        if person.deleted_at is None:
            return True
        self.error(self.tr("%1 is in the trash now (File › Trash… restores it).").replace("%1", person.name))
        self.reload()
        return False

    def remove(self) -> None:
        pid = selected_id(self.table, self.model)
        if pid is None or not self._still_there(pid):
            return
        people = self.services.people
        self.run(self.tr("Move to trash"),
                 *trash_steps(lambda b: people.delete(pid, b), lambda b: people.restore(pid, b)))


# --- visits and other contacts


class VisitsSection(Section):
    capture = Signal()

    def __init__(self, services: Services, undo: QUndoStack, lang: str) -> None:
        super().__init__(services, undo, lang)
        planned = self.tr("(planned)")
        self.model = RowsModel([
            Column(self.tr("Date"), lambda r: r.occurred_on.isoformat() + ("" if r.done else " " + planned)),
            Column(self.tr("Kind"), lambda r: label(r.kind, lang)),
            Column(self.tr("Customer attendees"), lambda r: ", ".join(r.attendees)),
            Column(self.tr("Our attendees"), lambda r: ", ".join(r.ours)),
            Column(self.tr("Purpose"), lambda r: r.purpose),
            Column(self.tr("Outcome"), lambda r: r.outcome),
            Column(self.tr("Next steps"), lambda r: r.next_steps),
        ], key=lambda r: r.id)
        self.table = make_table(self.model)
        edit, done, delete = self.tr("Edit…"), self.tr("Mark done…"), self.tr("Delete")
        self.lay_out([(self.tr("Log a visit… (Ctrl+Shift+V)"), self.capture.emit), (edit, self.edit),
                      (done, self.mark_done), (delete, self.remove)], self.table,
                     needs_row=(edit, done, delete),
                     empty=self.tr("No visit or call logged yet. Record each visit, call or meeting — who was there, "
                                   "what was agreed, the next steps — with “Log a visit…”."))
        self.done_button = next(b for b in self.row_buttons if b.text() == done)
        self._enable_row_buttons()
        self.table.doubleClicked.connect(lambda _ix: self.guarded(self.edit))
        self.keys(self.table, add=self.capture.emit, remove=self.remove, edit=self.edit)

    def reload(self) -> None:
        if self.account_id is not None:
            self.model.load(self.services.dossier.contacts(self.account_id))

    def _enable_row_buttons(self) -> None:
        """Mark done… only for a planned visit."""
        super()._enable_row_buttons()
        button = getattr(self, "done_button", None)
        if button is not None and button.isEnabled():
            rows = self.table.selectionModel().selectedRows()
            button.setEnabled(bool(rows) and not self.model.rows[rows[0].row()].done)

    def edit(self) -> None:
        """The visit form on the selected visit; its Save is one undoable edit."""
        self._open_form(False)

    def _open_form(self, mark_done: bool) -> None:
        cid = selected_id(self.table, self.model)
        if cid is None or self.account_id is None:
            return
        from ui.visit_dialog import VisitDialog

        dialog = VisitDialog(self.services, self.undo, self.account_id, self.lang, self, contact_id=cid,
                             mark_done=mark_done)
        if run_dialog(dialog):
            self._after()

    def mark_done(self) -> None:
        """A planned visit took place: the form opens to record what came of it, marked done."""
        self._open_form(True)

    def remove(self) -> None:
        """Delete the selected visit; undo puts back the very same visit with the stance changes it recorded."""
        cid = selected_id(self.table, self.model)
        if cid is None:
            return
        dossier = self.services.dossier
        kept: list[dict[str, Any]] = []

        def apply() -> object:
            kept[:] = [dossier.remove_contact(cid)]
            return None

        self.run(self.tr("Delete visit"), apply, lambda: dossier.restore_contact(kept[0]))


# --- complaints and other feedback


class FeedbackSection(Section):
    def __init__(self, services: Services, undo: QUndoStack, lang: str) -> None:
        super().__init__(services, undo, lang)

        def overdue(r: Any) -> str | None:
            late = response_overdue(r.received_at, r.response_target_hours, r.responded_at,
                                    dt.datetime.now(dt.UTC))
            return ERROR_HEX if late else None

        self.model = RowsModel([
            Column(self.tr("Received"), lambda r: f"{r.received_at.astimezone():%Y-%m-%d %H:%M}", colour=overdue),
            Column(self.tr("Kind"), lambda r: label(r.kind, lang)),
            Column(self.tr("Subject"), lambda r: r.subject),
            Column(self.tr("Routed to"), lambda r: label(r.routed_to, lang) if r.routed_to else ""),
            Column(self.tr("Status"), lambda r: label(r.status, lang)),
            Column(self.tr("Responded"), lambda r: f"{r.responded_at.astimezone():%Y-%m-%d %H:%M}" if r.responded_at else "—"),
            Column(self.tr("Resolved"), lambda r: f"{r.resolved_at.astimezone():%Y-%m-%d}" if r.resolved_at else "—"),
            Column(self.tr("Satisfaction"), lambda r: "★" * (r.satisfaction or 0)),
        ], key=lambda r: r.id)
        self.table = make_table(self.model)
        self.lay_out([(self.tr("New feedback…"), self.add), (self.tr("Edit…"), self.edit),
                      (self.tr("Mark responded"), self.respond), (self.tr("Resolve…"), self.resolve),
                      (self.tr("Delete"), self.remove)], self.table,
                     needs_row=(self.tr("Edit…"), self.tr("Mark responded"), self.tr("Resolve…"), self.tr("Delete")),
                     empty=self.tr("No complaint or feedback yet. Record what the customer raises — a complaint, a "
                                   "suggestion, product feedback — with “New feedback…”, and follow it to its answer."))
        self.table.doubleClicked.connect(lambda _i: self.guarded(self.edit))
        self.keys(self.table, add=self.add, remove=self.remove, edit=self.edit)

    def reload(self) -> None:
        if self.account_id is not None:
            self.model.load(self.services.dossier.feedback(self.account_id))

    def _choices(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        assert self.account_id is not None
        people = [(r.id, f"{r.name} — {r.title}" if r.title else r.name)
                  for r in self.services.people.rows(self.account_id)]
        return people, [(u.id, u.display_name) for u in self.services.users.list()]

    def _item(self) -> Any:
        fid = selected_id(self.table, self.model)
        return next((f for f in self.services.dossier.feedback(self.account_id) if f.id == fid), None) \
            if fid is not None and self.account_id is not None else None

    def add(self) -> None:
        if self.account_id is None:
            return
        from ui.feedback_forms import FeedbackForm

        aid, records = self.account_id, self.services.records
        people, users = self._choices()
        form = FeedbackForm(self.lang, people, users, None, records.actor.user_id, self)
        made: list[dict[str, Any]] = []

        def submit(values: dict[str, Any]) -> bool:
            dossier = self.services.dossier

            def apply() -> object:
                if made:  # the redo: the very item again
                    return dossier.restore_feedback(made[0])
                change = records.add_feedback(aid, values.pop("subject") or "", values.pop("received_at"), **values)
                made.append({"id": change.id})
                return change

            def revert() -> object:
                made[:] = [dossier.remove_feedback(made[0]["id"])]
                return None

            return self.run(self.tr("New feedback"), apply, revert)

        form.submit = submit
        self.forms.run(form)

    def edit(self) -> None:
        item = self._item()
        if item is None:
            return
        from ui.feedback_forms import FeedbackForm

        fid, records = item.id, self.services.records
        people, users = self._choices()
        form = FeedbackForm(self.lang, people, users, item, None, self)

        def submit(values: dict[str, Any]) -> bool:
            previous: dict[str, Any] = {}

            def apply() -> object:
                previous.clear()
                previous.update(records.update_feedback(fid, **values))
                return None

            return self.run(self.tr("Edit feedback"), apply, lambda: records.update_feedback(fid, **previous))

        form.submit = submit
        self.forms.run(form)

    def remove(self) -> None:
        """Delete the selected item (recorded by mistake); undo puts it back as it was."""
        fid = selected_id(self.table, self.model)
        if fid is None:
            return
        dossier = self.services.dossier
        kept: list[dict[str, Any]] = []

        def apply() -> object:
            kept[:] = [dossier.remove_feedback(fid)]
            return None

        self.run(self.tr("Delete feedback"), apply, lambda: dossier.restore_feedback(kept[0]))

    def _handle(self, text: str, fid: int, apply: Callable[[], object]) -> bool:
        """Respond or resolve, undoable; a redo puts back exactly what was recorded (times included)."""
        dossier = self.services.dossier
        before = dossier.feedback_state(fid)
        after: list[dict[str, Any]] = []

        def do() -> object:
            if after:
                return dossier.set_feedback_state(fid, after[0])
            change = apply()
            after.append(dossier.feedback_state(fid))
            return change

        return self.run(text, do, lambda: dossier.set_feedback_state(fid, before))

    def respond(self) -> None:
        fid = selected_id(self.table, self.model)
        if fid is not None:
            self._handle(self.tr("Mark responded"), fid, lambda: self.services.dossier.respond(fid))

    def resolve(self) -> None:
        item = self._item()
        if item is None:
            return
        from ui.feedback_forms import ResolveForm

        fid, dossier = item.id, self.services.dossier
        form = ResolveForm(item.subject, item, self)
        form.submit = lambda values: self._handle(self.tr("Resolve"), fid, lambda: dossier.resolve(
            fid, values["resolution"] or "", values["satisfaction"]))
        self.forms.run(form)
