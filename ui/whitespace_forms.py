"""The whitespace map's forms: a small form dialog, and the forms of a business unit, a product line and the
assignment of transactions to units. They show what the service gives and hand the values back; the section
runs each edit on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam.errors import UserError, ValidationError
from kam.palette import ERROR_HEX
from kam.services.whitespace import LineRow, UnitRow
from kam.services.whitespace.units import UnitTransaction
from kam.vocab import UnitKind, label
from ui.forms import tab_in_form_order, with_error
from ui.models.rows import Column, RowsModel
from ui.sections import make_table
from ui.signals import call_on


class FormDialog(QDialog):
    """A small form: one widget per field, its error under it; Save hands the values to ``submit``, which runs
    the operation on the undo stack and returns whether the service accepted it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {ERROR_HEX}")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.submit: Callable[[dict[str, Any]], bool] = lambda _values: True
        self.remove: Callable[[], bool] = lambda: False  # the Delete button of an edit form, where there is one

    def showEvent(self, event: Any) -> None:
        tab_in_form_order(self, self.form, [self.buttons])  # the buttons were made before the fields
        super().showEvent(event)

    def _remove(self) -> None:
        self.message.clear()
        if self.remove():
            self.accept()

    def add(self, key: str, caption: str, widget: QWidget) -> QWidget:
        box, err = with_error(widget)
        self.form.addRow(caption, box)
        self.widgets[key], self.errors[key] = widget, err
        return widget

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, w in self.widgets.items():
            if isinstance(w, QLineEdit):
                out[key] = w.text().strip() or None
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText().strip() or None
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[key] = w.isChecked()
        return out

    def save(self) -> None:
        for err in self.errors.values():
            err.hide()
        self.message.clear()
        if self.submit(self.values()):
            self.accept()

    def show_error(self, problem: UserError) -> None:
        if isinstance(problem, ValidationError) and problem.field in self.errors:
            self.errors[problem.field].setText(problem.reason)
            self.errors[problem.field].show()
        else:
            self.message.setText(str(problem))


def combo(items: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    i = box.findData(current)
    box.setCurrentIndex(max(i, 0))
    return box


class UnitDialog(FormDialog):
    """A business unit's form: name, kind, the org-chart department it stands for, whether it counts the
    transactions that name no unit, notes; when editing, a Delete button too."""

    def __init__(self, lang: str, departments: list[tuple[int, str]], unit: UnitRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit business unit") if unit else self.tr("Add business unit"), parent)
        self.add("name", self.tr("Name"), QLineEdit(unit.name if unit else ""))
        self.add("kind", self.tr("Kind"), combo([(label(k, lang), k.value) for k in UnitKind],
                                                unit.kind.value if unit else None))
        self.add("department_id", self.tr("Org-chart department"),
                 combo([("—", None)] + [(name, i) for i, name in departments], unit.department_id if unit else None))
        box = QCheckBox()
        box.setChecked(bool(unit and unit.takes_unassigned))
        self.add("takes_unassigned", self.tr("Counts transactions that name no unit"), box)
        text = QPlainTextEdit((unit.notes or "") if unit else "")
        text.setFixedHeight(60)
        self.add("notes", self.tr("Notes"), text)
        if unit is not None:
            self.delete_button = self.buttons.addButton(self.tr("Delete unit"),
                                                        QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(lambda _c=False: self._remove())


class LineDialog(FormDialog):
    """A product line's form: code and its names in each language; when editing, a Delete button too."""

    def __init__(self, line: LineRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit product line") if line else self.tr("Add product line"), parent)
        self.add("code", self.tr("Code"), QLineEdit(line.code if line else ""))
        self.add("name_en", self.tr("English name"), QLineEdit((line.name_en or "") if line else ""))
        self.add("name_zh", self.tr("Chinese name (Simplified)"), QLineEdit((line.name_zh or "") if line else ""))
        self.add("name_zh_tw", self.tr("Chinese name (Traditional)"),
                 QLineEdit((line.name_zh_tw or "") if line else ""))
        if line is not None:
            self.delete_button = self.buttons.addButton(self.tr("Delete line"),
                                                        QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(lambda _c=False: self._remove())


class AssignDialog(QDialog):
    """Which unit bought the chosen transactions of the last 12 months (or, ticked, earlier ones too, which
    ``fetch(earlier)`` reads): pick rows, pick the unit, Save."""

    def __init__(self, rows: list[UnitTransaction], units: list[UnitRow], parent: QWidget | None = None,
                 fetch: Callable[[bool], list[UnitTransaction]] | None = None) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.setWindowTitle(self.tr("Assign transactions to a business unit"))
        names = {u.id: u.name for u in units}
        self.model = RowsModel([
            Column(self.tr("Date"), lambda t: t.occurred_on.isoformat()),
            Column(self.tr("Product"), lambda t: t.product),
            Column(self.tr("Amount"), lambda t: f"{t.amount:,.2f} {t.currency}", right=True),
            Column(self.tr("Business unit"), lambda t: names.get(t.unit_id, "—") if t.unit_id else "—"),
        ], key=lambda t: t.id)
        self.model.load(rows)
        self.table = make_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.earlier = QCheckBox(self.tr("Show earlier transactions too"))
        self.earlier.setToolTip(self.tr("Also list the transactions before the last 12 months. The map counts only "
                                        "the last 12 months; the unit you give an older one is kept."))
        self.earlier.setVisible(fetch is not None)
        call_on(self.earlier.toggled, self.reload)
        self.unit = combo([(self.tr("— no unit (counted by the unit that takes the rest)"), None)]
                          + [(u.name, u.id) for u in units])
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {ERROR_HEX}")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Bought by"), self.unit)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Choose the transactions (Ctrl or Shift for several), then the unit that "
                                     "bought them.")))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.earlier)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.resize(640, 480)
        self.submit: Callable[[dict[int, int | None]], bool] = lambda _units: True

    def chosen(self) -> dict[int, int | None]:
        unit = self.unit.currentData()
        return {self.model.rows[i.row()].id: unit for i in self.table.selectionModel().selectedRows()}

    def reload(self) -> None:
        """The list again, with or without the earlier transactions; the chosen ones stay chosen."""
        if self.fetch is None:
            return
        keep = set(self.chosen())
        try:
            rows = self.fetch(self.earlier.isChecked())
        except UserError as exc:  # the account went meanwhile
            self.show_error(exc)
            return
        self.message.clear()
        self.model.load(rows)
        selection = self.table.selectionModel()
        for row, t in enumerate(self.model.rows):
            if t.id in keep:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    def save(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.message.setText(self.tr("Choose at least one transaction."))
            return
        if self.submit(chosen):
            self.accept()

    def show_error(self, problem: UserError) -> None:
        self.message.setText(str(problem))
