"""The competitors at the account, their sales reps here and how close each rep is to the customer's people.

Three tables, each acting on the row selected in the one before: the competitors, the selected
competitor's reps, the selected rep's relations. Every edit is one service call on the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QInputDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from kam.app import Services
from kam.services.records import CLOSENESS, RelationRow, RepRow, closeness_label
from ui.forms import table_box
from ui.models.rows import Column, RowsModel
from ui.projects import FieldForm
from ui.sections import Section, make_table, selected_id
from ui.signals import call_on


class CompetitorForm(FieldForm):
    """What is known of a competitor at the account."""

    def __init__(self, c: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Competitor %1").replace("%1", c.name), parent)
        self.line("name", self.tr("Name"), c.name)
        self.text("products_used", self.tr("Products used"), c.products_used)
        self.choice("customer_satisfaction", self.tr("Customer satisfaction"),
                    [(self.tr("(unknown)"), None), *(("★" * n, n) for n in range(1, 6))], c.customer_satisfaction)
        self.line("estimated_share_pct", self.tr("Estimated share (%)"), c.estimated_share_pct, placeholder="0–100")
        self.text("strengths", self.tr("Strengths"), c.strengths)
        self.text("weaknesses", self.tr("Weaknesses"), c.weaknesses)
        self.text("notes", self.tr("Notes"), c.notes)
        self.finish()
        self.resize(480, 420)


class RepForm(FieldForm):
    """A competitor's rep: name, selling style, notes."""

    def __init__(self, competitor: str, rep: RepRow | None, parent: QWidget | None = None) -> None:
        super().__init__((self.tr("Rep of %1") if rep else self.tr("New rep of %1")).replace("%1", competitor),
                         parent)
        self.line("name", self.tr("Name"), rep.name if rep else None)
        self.line("style", self.tr("Style"), rep.style if rep else None,
                  placeholder=self.tr("e.g. technical, relationship seller, price fighter"))
        self.text("notes", self.tr("Notes"), rep.notes if rep else None)
        self.finish()
        self.resize(460, 200)


class RelationForm(FieldForm):
    """How close a rep is to one of the customer's people, with a note."""

    def __init__(self, rep: str, people: list[tuple[int, str]], relation: RelationRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Relation of %1").replace("%1", rep), parent)
        if relation is None:
            self.choice("person_id", self.tr("Customer's person"), [(n, pid) for pid, n in people],
                        people[0][0] if people else None)
        self.choice("closeness", self.tr("How close"), [(closeness_label(k), k) for k in sorted(CLOSENESS)],
                    relation.closeness if relation else 2)
        self.line("note", self.tr("Note"), relation.note if relation else None,
                  placeholder=self.tr("e.g. former classmates, dinner every month"))
        self.finish()
        self.resize(440, 160)


class CompetitorsSection(Section):
    def __init__(self, services: Services, undo: QUndoStack, lang: str) -> None:
        super().__init__(services, undo, lang)
        self.model = RowsModel([
            Column(self.tr("Competitor"), lambda c: c.name),
            Column(self.tr("Products used"), lambda c: c.products_used),
            Column(self.tr("Customer satisfaction"), lambda c: "★" * (c.customer_satisfaction or 0)),
            Column(self.tr("Est. share"), lambda c: f"{c.estimated_share_pct} %" if c.estimated_share_pct is not None else "", right=True),
            Column(self.tr("Strengths"), lambda c: c.strengths),
            Column(self.tr("Weaknesses"), lambda c: c.weaknesses),
        ], key=lambda c: c.id)
        self.table = make_table(self.model)
        self.lay_out([(self.tr("Add competitor…"), self.add), (self.tr("Edit competitor…"), self.edit),
                      (self.tr("Remove competitor"), self.remove)], self.table,
                     needs_row=(self.tr("Edit competitor…"), self.tr("Remove competitor")),
                     empty=self.tr("No competitor recorded yet. Note who else sells to this customer — what they "
                                   "supply, how satisfied the customer is, their reps here — starting with "
                                   "“Add competitor…”."))
        self.keys(self.table, add=self.add, remove=self.remove, edit=self.edit)
        self.table.doubleClicked.connect(lambda _i: self.guarded(self.edit))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._fill_reps())

        self.rep_model = RowsModel([
            Column(self.tr("Rep"), lambda r: r.name),
            Column(self.tr("Style"), lambda r: r.style),
            Column(self.tr("Close to"), lambda r: ", ".join(f"{x.person} ({closeness_label(x.closeness)})"
                                                            for x in r.relations)),
            Column(self.tr("Notes"), lambda r: r.notes),
        ], key=lambda r: r.id)
        self.reps = make_table(self.rep_model)
        self.reps.selectionModel().selectionChanged.connect(lambda *_a: self._fill_relations())
        self.reps.doubleClicked.connect(lambda _i: self.guarded(self.edit_rep))
        self.add_rep_button = self._button(self.tr("Add rep…"), self.add_rep)
        self.edit_rep_button = self._button(self.tr("Edit rep…"), self.edit_rep)
        self.remove_rep_button = self._button(self.tr("Remove rep"), self.remove_rep)
        reps_box = QGroupBox(self.tr("Their reps at this account"))
        self.reps_empty = table_box(reps_box, "", self.reps,
                                    [self.add_rep_button, self.edit_rep_button, self.remove_rep_button])
        self.keys(self.reps, add=self.add_rep, remove=self.remove_rep, edit=self.edit_rep)

        self.rel_model = RowsModel([
            Column(self.tr("Customer's person"), lambda x: x.person),
            Column(self.tr("How close"), lambda x: closeness_label(x.closeness)),
            Column(self.tr("Note"), lambda x: x.note),
        ], key=lambda x: x.person_id)
        self.relations = make_table(self.rel_model)
        self.relations.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.relations.doubleClicked.connect(lambda _i: self.guarded(self.edit_relation))
        self.add_rel_button = self._button(self.tr("Add relation…"), self.add_relation)
        self.edit_rel_button = self._button(self.tr("Edit relation…"), self.edit_relation)
        self.remove_rel_button = self._button(self.tr("Remove relation"), self.remove_relation)
        rel_box = QGroupBox(self.tr("The rep's relations with the customer's people"))
        self.rel_empty = table_box(rel_box, "", self.relations,
                                   [self.add_rel_button, self.edit_rel_button, self.remove_rel_button])
        self.keys(self.relations, add=self.add_relation, remove=self.remove_relation, edit=self.edit_relation)

        split = self.rep_panel = QSplitter(Qt.Orientation.Horizontal)  # hidden until there is a competitor
        split.addWidget(reps_box)
        split.addWidget(rel_box)
        below = QSplitter(Qt.Orientation.Vertical)
        lay = self.layout()
        assert lay is not None
        lay.removeWidget(self.table)
        below.addWidget(self.table)
        below.addWidget(split)
        below.setSizes([300, 260])
        lay.addWidget(below)
        self._fill_reps()

    def _button(self, text: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        call_on(b.clicked, lambda: self.guarded(slot))
        return b

    # --- loading

    def reload(self) -> None:
        if self.account_id is None:
            return
        keep = self.competitor_id()
        self.model.load(self.services.dossier.competitors(self.account_id))
        self.rep_panel.setVisible(bool(self.model.rows))
        self._select(self.table, self.model, keep)
        self._fill_reps()

    @staticmethod
    def _select(table: QTableView, model: RowsModel, key: int | None) -> None:
        """Select the row of ``key``, else the first (so the tables below show something at once)."""
        rows = [i for i, r in enumerate(model.rows) if model.key(r) == key]
        if rows or model.rows:
            table.selectRow(rows[0] if rows else 0)

    def competitor_id(self) -> int | None:
        return selected_id(self.table, self.model)

    def rep(self) -> RepRow | None:
        rid = selected_id(self.reps, self.rep_model)
        return next((r for r in self.rep_model.rows if r.id == rid), None)

    def relation(self) -> RelationRow | None:
        pid = selected_id(self.relations, self.rel_model)
        return next((x for x in self.rel_model.rows if x.person_id == pid), None)

    def _competitor_name(self) -> str:
        cid = self.competitor_id()
        return next((c.name for c in self.model.rows if c.id == cid), "")

    def _fill_reps(self) -> None:
        cid = self.competitor_id()
        keep = selected_id(self.reps, self.rep_model)
        self.rep_model.load(self.services.records.competitor_reps(cid) if cid is not None else [])
        self._select(self.reps, self.rep_model, keep)
        if cid is None:
            self.reps_empty.setText(self.tr("Select a competitor above to see and add its sales reps here."))
        else:
            self.reps_empty.setText(self.tr("No rep of %1 recorded yet. Add who sells for them at this account "
                                            "with “Add rep…”.").replace("%1", self._competitor_name()))
        self.reps_empty.setVisible(not self.rep_model.rows)
        self._fill_relations()

    def _fill_relations(self) -> None:
        rep = self.rep()
        keep = selected_id(self.relations, self.rel_model)
        self.rel_model.load(rep.relations if rep is not None else [])
        self._select(self.relations, self.rel_model, keep)
        if rep is None:
            self.rel_empty.setText(self.tr("Select a rep to see whom of the customer's people they are close to."))
        else:
            self.rel_empty.setText(self.tr("No relation of %1 recorded yet. Note whom of the customer's people "
                                           "they are close to with “Add relation…”.").replace("%1", rep.name))
        self.rel_empty.setVisible(not self.rel_model.rows)
        self._enable()

    def _enable(self) -> None:
        rep = self.rep()
        self.add_rep_button.setEnabled(self.competitor_id() is not None)
        self.edit_rep_button.setEnabled(rep is not None)
        self.remove_rep_button.setEnabled(rep is not None)
        self.add_rel_button.setEnabled(rep is not None)
        self.edit_rel_button.setEnabled(self.relation() is not None)
        self.remove_rel_button.setEnabled(self.relation() is not None)

    # --- edits

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add competitor"), self.tr("Name"))
        if not ok or self.account_id is None:
            return
        aid = self.account_id
        records = self.services.records
        made: list[int] = []
        kept: list[dict[str, Any]] = []  # what undo took off, for redo: the same competitor again

        def apply() -> object:
            if kept:
                return records.restore_competitor(kept[0])
            change = records.add_competitor(aid, name)
            made[:] = [change.id]
            return change

        def revert() -> object:
            kept[:] = [records.remove_competitor(made[0])]
            return None

        self.run(self.tr("Add competitor"), apply, revert)

    def edit(self) -> None:
        cid = self.competitor_id()
        c = next((c for c in self.model.rows if c.id == cid), None)
        if c is None:
            return
        records = self.services.records
        form = CompetitorForm(c, self)

        def submit(values: dict[str, Any]) -> bool:
            changes = {f: v for f, v in values.items() if _differs(v, getattr(c, f))}
            if not changes:
                return True
            previous: dict[str, Any] = {}

            def apply() -> object:
                previous.clear()
                previous.update(records.update_competitor(c.id, **changes))
                return None

            return self.run(self.tr("Edit competitor %1").replace("%1", c.name), apply,
                            lambda: records.update_competitor(c.id, **previous))

        form.submit = submit
        self.forms.run(form)

    def remove(self) -> None:
        """Take the selected competitor off the account, with its reps and scores; undo puts all of it back."""
        cid = self.competitor_id()
        if cid is None:
            return
        records = self.services.records
        kept: list[dict[str, Any]] = []

        def apply() -> object:
            kept[:] = [records.remove_competitor(cid)]
            return None

        self.run(self.tr("Remove competitor %1").replace("%1", self._competitor_name()), apply,
                 lambda: records.restore_competitor(kept[0]))

    def add_rep(self) -> None:
        cid = self.competitor_id()
        if cid is None:
            return
        records = self.services.records
        form = RepForm(self._competitor_name(), None, self)
        made: list[int] = []
        kept: list[dict[str, Any]] = []  # what undo took off, for redo

        def submit(values: dict[str, Any]) -> bool:
            def apply() -> object:
                if made:  # redo: the same rep again
                    return records.restore_rep(kept[0])
                change = records.add_rep(cid, values["name"] or "", style=values["style"], notes=values["notes"])
                made.append(change.id)
                return change

            def revert() -> object:
                kept[:] = [records.remove_rep(made[0])]
                return None

            return self.run(self.tr("Add rep %1").replace("%1", values["name"] or ""), apply, revert)

        form.submit = submit
        self.forms.run(form)

    def edit_rep(self) -> None:
        rep = self.rep()
        if rep is None:
            return
        records = self.services.records
        form = RepForm(self._competitor_name(), rep, self)

        def submit(values: dict[str, Any]) -> bool:
            changes = {f: values[f] for f in ("name", "style", "notes")
                       if values[f] != getattr(rep, f)}
            if not changes:
                return True
            previous: dict[str, Any] = {}

            def apply() -> object:
                previous.clear()
                previous.update(records.update_rep(rep.id, **changes))
                return None

            return self.run(self.tr("Edit rep %1").replace("%1", rep.name), apply,
                            lambda: records.update_rep(rep.id, **previous))

        form.submit = submit
        self.forms.run(form)

    def remove_rep(self) -> None:
        rep = self.rep()
        if rep is None:
            return
        records = self.services.records
        kept: list[dict[str, Any]] = []

        def apply() -> object:
            kept[:] = [records.remove_rep(rep.id)]
            return None

        self.run(self.tr("Remove rep %1").replace("%1", rep.name), apply, lambda: records.restore_rep(kept[0]))

    def _people(self) -> list[tuple[int, str]]:
        assert self.account_id is not None
        return [(r.id, f"{r.name} — {r.title}" if r.title else r.name)
                for r in self.services.people.rows(self.account_id)]

    def _set_relation(self, text: str, rep_id: int, person_id: int | None, values: dict[str, Any]) -> bool:
        records = self.services.records
        before: list[dict[str, Any] | None] = []

        def apply() -> object:
            before[:] = [records.set_rep_relation(rep_id, person_id, values["closeness"], values["note"])]
            return None

        def revert() -> object:
            old = before[0]
            if old is None:
                assert person_id is not None  # a relation was made, so a person was chosen
                return records.remove_rep_relation(rep_id, person_id)
            return records.set_rep_relation(rep_id, person_id, old["closeness"], old["note"])

        return self.run(text, apply, revert)

    def add_relation(self) -> None:
        rep = self.rep()
        if rep is None or self.account_id is None:
            return
        taken = {x.person_id for x in rep.relations}
        people = [(pid, n) for pid, n in self._people() if pid not in taken]
        if not people:
            self.error(self.tr("Everyone of the customer's people already has a relation with %1; add people "
                               "to the account first.").replace("%1", rep.name))
            return
        form = RelationForm(rep.name, people, None, self)

        def submit(values: dict[str, Any]) -> bool:  # no person chosen: the service says so under the field
            return self._set_relation(self.tr("Relation of %1").replace("%1", rep.name), rep.id,
                                      values["person_id"], values)

        form.submit = submit
        self.forms.run(form)

    def edit_relation(self) -> None:
        rep, rel = self.rep(), self.relation()
        if rep is None or rel is None:
            return
        form = RelationForm(rep.name, [], rel, self)
        form.setWindowTitle(f"{rep.name} — {rel.person}")

        def submit(values: dict[str, Any]) -> bool:
            if (values["closeness"], values["note"]) == (rel.closeness, rel.note):
                return True
            return self._set_relation(self.tr("Relation of %1").replace("%1", rep.name), rep.id, rel.person_id,
                                      values)

        form.submit = submit
        self.forms.run(form)

    def remove_relation(self) -> None:
        rep, rel = self.rep(), self.relation()
        if rep is None or rel is None:
            return
        records = self.services.records
        self.run(self.tr("Remove relation of %1").replace("%1", rep.name),
                 lambda: records.remove_rep_relation(rep.id, rel.person_id),
                 lambda: records.set_rep_relation(rep.id, rel.person_id, rel.closeness, rel.note))


def _differs(typed: Any, stored: Any) -> bool:
    """Whether a form's value differs from the stored one (a number typed in a line comes back as text)."""
    return (None if typed is None else str(typed)) != (None if stored is None else str(stored))
