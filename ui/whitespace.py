"""The whitespace map section: the customer's business units × our product lines as a heat map.

Every figure and rule comes from ``kam.services.whitespace`` (current revenue,
whitespace, share of wallet, heat level); this module shows them and sends each
edit through the undo stack.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.analysis.whitespace import GOAL_MARK, OVER_MARK, PROJECT_MARK, STATUS_MARK
from kam.app import Services
from kam.errors import UserError
from kam.palette import MUTED_HEX, WHITESPACE_HEAT_HEX
from kam.services.whitespace import Grid, LineRow, UnitRow
from kam.vocab import CellStatus, Holder, label
from ui.commands import decide, push_operation
from ui.models.rows import Column, RowsModel
from ui.sections import Section, make_table
from ui.whitespace_forms import AssignDialog, FormDialog, LineDialog, UnitDialog, combo
from ui.whitespace_model import WhitespaceModel

Index = QModelIndex | QPersistentModelIndex


class WhitespaceSection(Section):
    """The dossier's "Whitespace" tab."""

    cell_selected = Signal(int, int)  # unit id, line id

    def __init__(self, services: Services, undo: QUndoStack, lang: str) -> None:
        super().__init__(services, undo, lang)
        self.grid: Grid | None = None
        self.selected: tuple[int, int] | None = None
        self.intro = QLabel(self.tr("Where this account can still grow: each of the customer's business units (rows) "
                                    "against each of our product lines (columns). The colour is the whitespace, "
                                    "potential minus what they bought from us in the last 12 months."))
        self.intro.setWordWrap(True)
        self.add_unit_button = QPushButton(self.tr("Add business unit…"))
        self.add_line_button = QPushButton(self.tr("Add product line…"))
        self.edit_button = QPushButton(self.tr("Edit cell…"))
        self.map_button = QPushButton(self.tr("Put product on a line…"))
        self.edit_unit_button = QPushButton(self.tr("Edit unit…"))
        self.edit_unit_button.setToolTip(self.tr("Edit or delete the business unit of the chosen row "
                                                 "(or double-click its name)"))
        self.edit_line_button = QPushButton(self.tr("Edit line…"))
        self.edit_line_button.setToolTip(self.tr("Edit or delete the product line of the chosen column "
                                                 "(or double-click its name)"))
        self.assign_button = QPushButton(self.tr("Assign transactions…"))
        self.assign_button.setToolTip(self.tr("Say which business unit bought which transactions"))
        self.edit_unit_button.clicked.connect(lambda _c=False: self.edit_unit())
        self.edit_line_button.clicked.connect(lambda _c=False: self.edit_line())
        self.assign_button.clicked.connect(lambda _c=False: self.assign_transactions())
        self.objective_button = QPushButton(self.tr("Make objective…"))
        self.objective_button.setToolTip(self.tr("Turn the selected targeted cell into an objective of the draft plan"))
        self.objective_button.clicked.connect(lambda _c=False: self.make_objective())
        self.project_button = QPushButton(self.tr("Make purchasing project…"))
        self.project_button.setToolTip(self.tr("Turn the selected targeted cell into a purchasing project of the "
                                               "account"))
        self.project_button.clicked.connect(lambda _c=False: self.make_project())
        self.import_button = QPushButton(self.tr("Import potentials…"))
        self.import_button.setToolTip(self.tr("Enter potentials, holders, statuses and notes from a CSV or XLSX "
                                              "table (one row per cell); all or nothing"))
        self.import_button.clicked.connect(lambda _c=False: self.import_potentials())
        self.add_unit_button.clicked.connect(lambda _c=False: self.add_unit())
        self.add_line_button.clicked.connect(lambda _c=False: self.add_line())
        self.edit_button.clicked.connect(lambda _c=False: self.edit_cell())
        self.map_button.clicked.connect(lambda _c=False: self.map_product())
        bar, cell_bar = QHBoxLayout(), QHBoxLayout()  # the map's rows and columns; then what to do with a cell
        for b in (self.add_unit_button, self.edit_unit_button, self.add_line_button, self.edit_line_button,
                  self.assign_button, self.map_button):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in (self.edit_button, self.objective_button, self.project_button, self.import_button):
            cell_bar.addWidget(b)
        cell_bar.addStretch(1)
        # the empty state: what belongs here, and the first step
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(lambda _c=False: self._first_step())
        empty = QWidget()
        el = QVBoxLayout(empty)
        el.addStretch(1)
        el.addWidget(self.empty_text)
        eb = QHBoxLayout()
        eb.addStretch(1)
        eb.addWidget(self.empty_button)
        eb.addStretch(1)
        el.addLayout(eb)
        el.addStretch(2)
        # the map
        self.model = WhitespaceModel(lang)
        self.model.texts = {"total": self.tr("Total"), "current": self.tr("Current (12 months)"),
                            "potential": self.tr("Potential per year"), "whitespace": self.tr("Whitespace"),
                            "share": self.tr("Share of wallet"), "holder": self.tr("Held by"),
                            "status": self.tr("Status"),
                            "over": self.tr("More is bought from us than the potential: check the potential")}
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(124)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setWordWrap(True)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda index: self.edit_cell(index))
        self.keys(self.table, add=self.add_unit, edit=lambda: self.edit_cell())
        self.table.verticalHeader().sectionDoubleClicked.connect(lambda row: self.edit_unit(row))
        self.table.horizontalHeader().sectionDoubleClicked.connect(lambda column: self.edit_line(column))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.tx_model = RowsModel([
            Column(self.tr("Date"), lambda t: t.occurred_on.isoformat()),
            Column(self.tr("Product"), lambda t: t.product),
            Column(self.tr("Amount"), lambda t: f"{t.amount:,.2f}", right=True),
            Column(self.tr("Currency"), lambda t: t.currency),
        ], key=lambda t: t.id)
        self.tx_table = make_table(self.tx_model)
        self.unplaced_model = RowsModel([
            Column(self.tr("Product"), lambda p: p.product),
            Column(self.tr("Why not on the map"), lambda p: p.reason_text),
            Column(self.tr("Transactions"), lambda p: p.transactions, right=True),
            Column(self.tr("Amount"), lambda p: f"{p.amount:,.2f} {p.currency}", right=True),
        ], key=lambda p: 0)
        self.unplaced_table = make_table(self.unplaced_model)
        self.unplaced_title = QLabel()
        details = QWidget()
        dl = QVBoxLayout(details)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.tx_table, 1)
        dl.addWidget(self.unplaced_title)
        dl.addWidget(self.unplaced_table, 1)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        tl.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 200])
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(split)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.intro)
        lay.addLayout(bar)
        lay.addLayout(cell_bar)
        lay.addWidget(self.stack, 1)
        self._legend()

    def _legend(self) -> None:
        swatches = "".join(f'<span style="background:{c}">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                           for c in WHITESPACE_HEAT_HEX)
        marks = " · ".join(f"{STATUS_MARK[s]} {label(s, self.lang)}" for s in CellStatus)
        goal_text = self.tr("an objective of the plan")
        goal = f"{GOAL_MARK} {goal_text} · {PROJECT_MARK} " + self.tr("a purchasing project")
        low, high = self.tr("Whitespace: none or unknown"), self.tr("the largest of this account")
        over, second = self.tr("potential below current"), self.tr("second line: share of wallet")
        self.legend.setText(f"<span style='color:{MUTED_HEX}'>{low} {swatches} {high} · {marks} · {OVER_MARK} "
                            f"{over} · {goal} · {second}</span>")

    # --- loading

    def reload(self) -> None:
        if self.account_id is None:
            return
        self.grid = self.services.whitespace.grid(self.account_id)
        self.model.load(self.grid)
        g = self.grid
        if g.empty:
            self.stack.setCurrentIndex(0)
            if not g.units:
                self.empty_text.setText(self.tr(
                    "No whitespace map yet. Add the customer's plants, divisions, subsidiaries or regions as "
                    "business units; each gets a row against our product lines, with what they buy from us, "
                    "from a competitor or not at all."))
                self.empty_button.setText(self.tr("Add the first business unit…"))
            else:
                self.empty_text.setText(self.tr(
                    "Our product catalogue is empty. Add our product lines (or import them: kam catalogue import); "
                    "each becomes a column of the map."))
                self.empty_button.setText(self.tr("Add the first product line…"))
        else:
            self.stack.setCurrentIndex(1)
        self.edit_button.setEnabled(not g.empty)
        for b in (self.edit_unit_button, self.edit_line_button, self.assign_button):
            b.setEnabled(not g.empty)
        # on a team database only a sales VP or an administrator changes our product lines (the server says)
        writable = self.services.whitespace.catalogue_writable()
        self.add_line_button.setEnabled(writable)
        self.edit_line_button.setEnabled(writable and not g.empty)
        if not writable:
            self.add_line_button.setToolTip(self.tr("Our product lines are kept by a sales VP or an administrator"))
        if g.units and not g.lines:
            self.empty_button.setEnabled(writable)
        self.objective_button.setEnabled(False)  # until a targeted cell is chosen
        self.project_button.setEnabled(False)
        self.unplaced_model.load(g.unplaced)
        self.unplaced_table.setVisible(bool(g.unplaced))
        self.unplaced_title.setText(self.tr("Transactions of the last 12 months not on the map: %1").replace(
            "%1", str(sum(p.transactions for p in g.unplaced))))
        if self.selected is not None and self.selected in g.cells:
            self.show_cell(*self.selected)
        else:
            self.selected = None
            self.tx_model.load([])
            self.detail_title.setText(self.tr("Click a cell to see its transactions."))

    def _first_step(self) -> None:
        if self.grid is not None and not self.grid.units:
            self.add_unit()
        else:
            self.add_line()

    # --- a cell's transactions

    def _clicked(self, index: QModelIndex) -> None:
        cell = self.model.cell_at(index)
        if cell is not None:
            self.show_cell(cell.unit_id, cell.line_id)

    def show_cell(self, unit_id: int, line_id: int) -> None:
        assert self.account_id is not None
        assert self.grid is not None
        self.selected = (unit_id, line_id)
        self.table.setCurrentIndex(self.model.index_of(unit_id, line_id))
        cell = self.grid.cell(unit_id, line_id)
        rows = self.services.whitespace.cell_transactions(self.account_id, unit_id, line_id)
        self.tx_model.load(rows)
        unit = next(u for u in self.grid.units if u.id == unit_id)
        line = next(ln for ln in self.grid.lines if ln.id == line_id)
        text = self.tr("%1 × %2: %3 transaction(s) in the last 12 months").replace("%1", unit.name).replace(
            "%2", line.name(self.lang)).replace("%3", str(len(rows)))
        if cell.competitor_id is not None:
            products = next((c.products_used for c in self.services.dossier.competitors(self.account_id)
                             if c.id == cell.competitor_id), None)
            text += " · " + self.tr("%1 supplies here: %2").replace("%1", cell.competitor or "").replace(
                "%2", products or "—")
        progress = self.services.whitespace.objective_progress(unit_id, line_id) if cell.objective_id else None
        if progress is not None:
            done, target, year = progress
            text += " · " + self.tr("Objective %1: %2 of %3").replace("%1", str(year)).replace(
                "%2", f"{done:,.0f}").replace("%3", f"{target:,.0f}")
        if cell.project_id is not None:
            text += " · " + self.tr("Purchasing project: %1 (%2)").replace("%1", cell.project or "").replace(
                "%2", label(cell.project_status, self.lang) if cell.project_status else "")
        self.detail_title.setText(text)
        self.objective_button.setEnabled(cell.status == CellStatus.TARGETED
                                         and cell.objective_year != dt.date.today().year)
        self.project_button.setEnabled(cell.status == CellStatus.TARGETED and cell.project_id is None)
        self.cell_selected.emit(unit_id, line_id)

    # --- edits, each on the undo stack

    def _dialog(self, title: str) -> FormDialog:
        return FormDialog(title, self)

    def _current(self) -> tuple[UnitRow | None, LineRow | None]:
        """The unit and line of the chosen cell (or of the chosen row's or column's header)."""
        g, index = self.grid, self.table.currentIndex()
        if g is None or g.empty or not index.isValid():
            return None, None
        unit = g.units[index.row()] if index.row() < len(g.units) else None
        line = g.lines[index.column()] if index.column() < len(g.lines) else None
        return unit, line

    def add_unit(self) -> None:
        if self.account_id is None:
            return
        aid, ws = self.account_id, self.services.whitespace
        d = UnitDialog(self.lang, ws.departments(aid), None, self)
        made: list[int] = []
        kept: list[dict[str, Any]] = []  # what undo took off, for redo: the same unit again

        def submit(values: dict[str, Any]) -> bool:
            def apply() -> object:
                if kept:
                    return ws.restore_unit(kept[0])
                change = ws.add_unit(aid, values["name"], values["kind"], department_id=values["department_id"],
                                     takes_unassigned=bool(values["takes_unassigned"]), notes=values["notes"])
                made[:] = [change.id]
                return change

            def revert() -> object:
                change = ws.delete_unit(made[0])
                kept[:] = [dict(change.before)]
                return change

            return push_operation(self.undo, self.tr("Add business unit"), apply, revert, self._after, d.show_error)

        d.submit = submit
        d.exec()

    def edit_unit(self, row: int | None = None) -> None:
        if self.account_id is None or self.grid is None:
            return
        unit = self.grid.units[row] if row is not None and row < len(self.grid.units) else (
            self._current()[0] if row is None else None)
        if unit is None:
            return
        aid, uid, ws = self.account_id, unit.id, self.services.whitespace
        d = UnitDialog(self.lang, ws.departments(aid), unit, self)
        before: list[dict[str, Any]] = []

        def submit(values: dict[str, Any]) -> bool:
            def apply() -> object:
                change = ws.update_unit(uid, unit.version if not before else None, **values)
                if not before:
                    before.append(dict(change.before))
                return change

            return push_operation(self.undo, self.tr("Edit business unit"), apply,
                                  lambda: ws.update_unit(uid, **before[0]), self._after, d.show_error)

        def remove() -> bool:
            state: list[dict[str, Any]] = []

            def apply() -> object:
                change = ws.delete_unit(uid)
                state[:] = [dict(change.before)]
                return change

            return push_operation(self.undo, self.tr("Delete business unit"), apply,
                                  lambda: ws.restore_unit(state[0]), self._after, d.show_error)

        d.submit, d.remove = submit, remove
        d.exec()

    def add_line(self) -> None:
        ws = self.services.whitespace
        d = LineDialog(None, self)
        made: list[int] = []
        kept: list[dict[str, Any]] = []  # what undo took off, for redo: the same line again

        def submit(values: dict[str, Any]) -> bool:
            def apply() -> object:
                if kept:
                    return ws.restore_line(kept[0])
                change = ws.add_line(values["code"], values["name_zh"], values["name_en"],
                                     name_zh_tw=values["name_zh_tw"])
                made[:] = [change.id]
                return change

            def revert() -> object:
                change = ws.delete_line(made[0])
                kept[:] = [dict(change.before)]
                return change

            return push_operation(self.undo, self.tr("Add product line"), apply, revert, self._after, d.show_error)

        d.submit = submit
        d.exec()

    def edit_line(self, column: int | None = None) -> None:
        if self.grid is None:
            return
        line = self.grid.lines[column] if column is not None and column < len(self.grid.lines) else (
            self._current()[1] if column is None else None)
        if line is None:
            return
        lid, ws = line.id, self.services.whitespace
        d = LineDialog(line, self)
        before: list[dict[str, Any]] = []

        def submit(values: dict[str, Any]) -> bool:
            def apply() -> object:
                change = ws.update_line(lid, line.version if not before else None, **values)
                if not before:
                    before.append(dict(change.before))
                return change

            return push_operation(self.undo, self.tr("Edit product line"), apply,
                                  lambda: ws.update_line(lid, **before[0]), self._after, d.show_error)

        def remove() -> bool:
            state: list[dict[str, Any]] = []

            def apply() -> object:
                change = ws.delete_line(lid)
                state[:] = [dict(change.before)]
                return change

            return push_operation(self.undo, self.tr("Delete product line"), apply,
                                  lambda: ws.restore_line(state[0]), self._after, d.show_error)

        d.submit, d.remove = submit, remove
        d.exec()

    def assign_transactions(self) -> None:
        if self.account_id is None or self.grid is None:
            return
        aid, ws = self.account_id, self.services.whitespace
        try:
            rows = ws.period_transactions(aid)
        except UserError as exc:  # the account went meanwhile
            self.error(exc)
            return
        d = AssignDialog(rows, self.grid.units, self,
                         fetch=lambda earlier: ws.period_transactions(aid, earlier=earlier))

        def submit(units: dict[int, int | None]) -> bool:
            previous: list[dict[int, int | None]] = []

            def apply() -> object:
                change = ws.assign_transactions(aid, units)
                if not previous:
                    previous.append(dict(change.before["units"]))
                return change

            return push_operation(self.undo, self.tr("Assign transactions"), apply,
                                  lambda: ws.assign_transactions(aid, previous[0]), self._after, d.show_error)

        d.submit = submit
        d.exec()

    def edit_cell(self, index: QModelIndex | None = None) -> None:
        if self.account_id is None or self.grid is None:
            return
        cell = self.model.cell_at(index if index is not None else self.table.currentIndex())
        if cell is None:
            return
        ws, (uid, lid) = self.services.whitespace, (cell.unit_id, cell.line_id)
        unit = next(u for u in self.grid.units if u.id == uid)
        line = next(ln for ln in self.grid.lines if ln.id == lid)
        d = self._dialog(self.tr("%1 × %2").replace("%1", unit.name).replace("%2", line.name(self.lang)))
        d.form.addRow(self.tr("Current (12 months)"), QLabel(f"{cell.current:,.2f} {self.grid.currency}"))
        potential = QLineEdit("" if cell.potential is None else format(cell.potential.normalize(), "f"))
        potential.setPlaceholderText(self.tr("estimated annual spend, %1").replace("%1", self.grid.currency))
        d.add("potential", self.tr("Potential per year"), potential)
        d.add("holder", self.tr("Held by"), combo([(label(h, self.lang), h.value) for h in Holder], cell.holder.value))
        competitors = self.services.dossier.competitors(self.account_id)
        d.add("competitor_id", self.tr("Competitor"),
              combo([("—", None)] + [(c.name, c.id) for c in competitors], cell.competitor_id))
        d.add("status", self.tr("Status"), combo([("—", None)] + [(label(s, self.lang), s.value) for s in CellStatus],
                                                  cell.status.value if cell.status else None))
        note = QPlainTextEdit(cell.note or "")
        note.setFixedHeight(70)
        d.add("note", self.tr("Note"), note)
        version = cell.version

        def submit(values: dict[str, Any]) -> bool:
            before: list[dict[str, Any] | None] = []
            kept: list[dict[str, Any]] = []  # a new cell as undo took it off, for redo: the same row again

            def apply() -> object:
                if kept:
                    return ws.restore_cell(uid, lid, kept.pop())
                change = ws.set_cell(uid, lid, expected_version=version if not before else None, **values)
                if not before:
                    before.append(dict(change.before) or None)
                return change

            def revert() -> object:
                change = ws.restore_cell(uid, lid, before[0])
                if before[0] is None and "row" in change.before:
                    kept[:] = [{"row": change.before["row"]}]
                return change

            return push_operation(self.undo, self.tr("Edit whitespace cell"), apply, revert, self._after,
                                  d.show_error)

        d.submit = submit
        d.exec()

    def map_product(self) -> None:
        rows = self.unplaced_table.selectionModel().selectedRows()
        if self.grid is None or not self.grid.lines:
            return
        products = [p.product for p in self.grid.unplaced]
        if rows:
            product = self.unplaced_model.rows[rows[0].row()].product
        else:
            product, ok = QInputDialog.getItem(self, self.tr("Put product on a line"), self.tr("Product"),
                                               products, 0, True)
            if not ok or not product:
                return
        names = [f"{ln.code} — {ln.name(self.lang)}" for ln in self.grid.lines]
        chosen, ok = QInputDialog.getItem(self, self.tr("Put product on a line"),
                                          self.tr("Product line for “%1”").replace("%1", product), names, 0, False)
        if not ok:
            return
        line_id = self.grid.lines[names.index(chosen)].id
        ws = self.services.whitespace
        previous: list[int | None] = []

        def apply() -> object:
            change = ws.map_product(product, line_id)
            if not previous:
                previous.append(change.before["line_id"])
            return change

        self.run(self.tr("Put product on a line"), apply, lambda: ws.map_product(product, previous[0]))

    def make_objective(self) -> None:
        if self.grid is None or self.selected is None:
            return
        uid, lid = self.selected
        cell = self.grid.cell(uid, lid)
        ws = self.services.whitespace
        year = dt.date.today().year
        d = self._dialog(self.tr("Make objective"))
        target = QLineEdit("" if cell.whitespace is None or cell.whitespace <= 0 else f"{cell.whitespace:.0f}")
        d.add("annual_target", self.tr("Annual target (%1)").replace("%1", self.grid.currency), target)
        d.add("year", self.tr("Plan year"), combo([(str(year), year), (str(year + 1), year + 1)], year))

        def submit(values: dict[str, Any]) -> bool:
            earlier: list[int | None] = []  # the earlier year's objective the link goes back to on undo
            kept: list[dict[str, Any]] = []  # the objective undo took off: a redo puts the very row back

            def apply() -> object:
                if kept:
                    return ws.put_back_objective(uid, lid, kept[0])
                change = ws.make_objective(uid, lid, values["year"], values["annual_target"])
                earlier[:] = [change.before.get("objective_id")]
                return change

            def revert() -> object:
                change = ws.drop_objective(uid, lid, earlier[0])
                kept[:] = [dict(change.before)]
                return change

            return push_operation(self.undo, self.tr("Make objective"), apply, revert, self._after, d.show_error)

        d.submit = submit
        d.exec()

    def make_project(self) -> None:
        if self.grid is None or self.selected is None:
            return
        uid, lid = self.selected
        ws, projects = self.services.whitespace, self.services.projects
        unit = next(u for u in self.grid.units if u.id == uid)
        line = next(ln for ln in self.grid.lines if ln.id == lid)
        d = self._dialog(self.tr("Make purchasing project"))
        d.add("name", self.tr("Project"), QLineEdit(self.tr("%1 at %2").replace("%1", line.name(self.lang))
                                                    .replace("%2", unit.name)))
        d.form.addRow(QLabel(self.tr("Its budget is the cell's whitespace, its problem to solve the cell's note; "
                                     "fill in the rest under Purchasing projects.")))

        def submit(values: dict[str, Any]) -> bool:
            state: list[dict[str, Any]] = []

            def apply() -> object:
                if state:  # redo: the very project, as it was made
                    return projects.put_back(state[0])
                change = ws.make_project(uid, lid, values["name"])
                state.append(projects.snapshot(change.id))
                return change

            return push_operation(self.undo, self.tr("Make purchasing project"), apply,
                                  lambda: ws.drop_project(uid, lid), self._after, d.show_error)

        d.submit = submit
        d.exec()

    def import_potentials(self) -> None:
        """A table of cells into the map: checked first (a dry run); units the account lacks are added only when
        the user says so. All or nothing, and not undone (an import, like File › Import…)."""
        if self.account_id is None:
            return
        from kam.io.import_potentials import import_potentials

        aid, ws = self.account_id, self.services.whitespace
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Import potentials"), "",
                                                    self.tr("Tables (*.xlsx *.csv)"))
        if not name:
            return
        path = Path(name)
        create = False
        try:
            check = import_potentials(ws, aid, path, dry_run=True, create_units=True)
        except UserError as exc:  # ImportRefused lists every problem by row and column
            self.error(exc)
            return
        if check.notes:
            asked = QMessageBox.question(self, self.tr("Import potentials"), self.tr(
                "The table names business units this account does not have yet:\n%1\n\nAdd them?").replace(
                "%1", "\n".join(check.notes)))
            create = asked == QMessageBox.StandardButton.Yes
        done: list[Any] = []

        def apply() -> object:
            done.append(import_potentials(ws, aid, path, create_units=create))
            return done[-1]

        if decide("import", apply, self._after, self.error) and done:
            QMessageBox.information(self, self.tr("Import potentials"), self.tr(
                "%1: %2 row(s), %3 cell(s) entered, %4 updated.").replace("%1", path.name).replace(
                "%2", str(done[0].rows)).replace("%3", str(done[0].created)).replace("%4", str(done[0].updated)))
