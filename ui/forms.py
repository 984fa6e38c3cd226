"""Form building blocks shared by the dialogs and the account form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam.errors import UserError, ValidationError
from kam.palette import ERROR_HEX, MUTED_HEX


def with_error(widget: QWidget) -> tuple[QWidget, QLabel]:
    """``widget`` with a red message line under it, hidden until a service names this field."""
    err = QLabel()
    err.setStyleSheet(f"color: {ERROR_HEX}")
    err.setWordWrap(True)
    err.hide()
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(1)
    lay.addWidget(widget)
    lay.addWidget(err)
    return box, err


class OpenForm:
    """The form a page has open now: while it is open, a refused save shows in it (under the field the service
    names, the form staying open); otherwise in a message box. One per page that opens forms."""

    def __init__(self) -> None:
        self.dialog: Any = None

    def run(self, dialog: Any) -> int:
        """Show ``dialog`` modally as the open form (tests answer it through its class's ``exec``)."""
        self.dialog = dialog
        try:
            return run_dialog(dialog)
        finally:
            self.dialog = None

    def report(self, problem: UserError | str, parent: QWidget, title: str) -> None:
        """Say why an edit was refused: in the open form, else in a box titled ``title`` over ``parent``."""
        if self.dialog is not None and isinstance(problem, UserError):
            self.dialog.show_error(problem)
        else:
            QMessageBox.warning(parent, title, str(problem))


def problem_text(problem: BaseException) -> str:
    """One line for the user: a UserError says itself; an OS error names the file and what the system said
    (not Python's ``[Errno 21] Is a directory: 'a' -> 'b'``)."""
    if isinstance(problem, OSError) and problem.strerror:
        name = problem.filename if problem.filename is not None else ""
        return QCoreApplication.translate("Forms", "%1: %2").replace("%1", str(name)).replace(
            "%2", problem.strerror) if name else problem.strerror
    return str(problem)


def run_dialog(dialog: Any) -> int:
    """Run a modal dialog and delete it afterwards (a dialog kept as a hidden child of the window would hold
    its data and its signal connections for the rest of the session). Its attributes can still be read
    until control returns to the event loop."""
    try:
        return int(dialog.exec() or 0)
    finally:
        dialog.deleteLater()


def empty_line(text: str) -> QLabel:
    """The line that says what belongs in an empty table and which button adds the first item."""
    empty = QLabel(text)
    empty.setObjectName("empty_state")
    empty.setWordWrap(True)
    empty.setStyleSheet(f"color: {MUTED_HEX}")
    return empty


def table_box(box: QWidget, empty_text: str, table: QWidget, buttons: list[QWidget]) -> QLabel:
    """Lay ``box`` out as a line saying what belongs there (shown while it is empty), then the table with its
    buttons down the right; returns that line."""
    empty = empty_line(empty_text)
    side = QVBoxLayout()
    for b in buttons:
        side.addWidget(b)
    side.addStretch(1)
    row = QHBoxLayout()
    row.addWidget(table, 1)
    row.addLayout(side)
    lay = QVBoxLayout(box)
    lay.addWidget(empty)
    lay.addLayout(row)
    return empty


class TableKeys(QObject):
    """The keys of a table (installed by ``table_keys``): Insert adds, Delete removes, Enter/Return edits."""

    def __init__(self, table: QAbstractItemView, keys: dict[int, Callable[[], object]]) -> None:
        super().__init__(table)  # lives as long as its table
        self.keys = keys
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._action(event) is not None:
            event.accept()  # the table's key, not a window shortcut's
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._action(event)
            if action is not None:
                action()
                return True
        return False

    def _action(self, event: QKeyEvent) -> Callable[[], object] | None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None  # Ctrl+Delete, Shift+Insert … keep their own meaning
        return self.keys.get(event.key())


def table_keys(table: QAbstractItemView, *, add: Callable[[], object] | None = None,
               remove: Callable[[], object] | None = None, edit: Callable[[], object] | None = None) -> TableKeys:
    """The same keys in every table: Insert adds, Delete removes (to the trash or with undo), Enter/Return edits
    the selected row. Each callable does what the button beside the table does, with the same checks (a row
    selected, a refusal said in one line)."""
    keys: dict[int, Callable[[], object]] = {}
    if add is not None:
        keys[Qt.Key.Key_Insert] = add
    if remove is not None:
        keys[Qt.Key.Key_Delete] = remove  # not Backspace: it corrects what was typed to find a row
    if edit is not None:
        keys[Qt.Key.Key_Return] = keys[Qt.Key.Key_Enter] = edit
    return TableKeys(table, {int(k): f for k, f in keys.items()})


def tab_in_form_order(dialog: QWidget, form: QFormLayout, after: list[QWidget] | None = None) -> list[QWidget]:
    """Tab from field to field in the order the form shows them (then ``after``, e.g. the dialog's buttons),
    whatever order the widgets were made in; returns that order."""
    chain: list[QWidget] = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        w = item.widget() if item is not None else None
        if w is None:
            continue
        inner = [c for c in [w, *w.findChildren(QWidget)] if c.focusPolicy() & Qt.FocusPolicy.TabFocus]
        chain.extend(inner[:1])  # a field with its error line: the field itself
    for w in after or []:
        chain.extend(c for c in [w, *w.findChildren(QWidget)] if c.focusPolicy() & Qt.FocusPolicy.TabFocus)
    for a, b in zip(chain, chain[1:], strict=False):
        dialog.setTabOrder(a, b)
    return chain


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return item


def field_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class FieldForm(QDialog):
    """A dialog of fields with an error line under each; ``submit(values)`` saves (False keeps it open)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {ERROR_HEX}")
        self.message.setWordWrap(True)
        self.message.hide()
        self.submit: Callable[[dict[str, Any]], bool] = lambda _v: True
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish(self) -> None:
        if not any(isinstance(w, QTableWidget) for w in self.widgets.values()):
            self.body.addStretch(1)
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)
        tab_in_form_order(self, self.form, [self.buttons])

    def add(self, field: str, caption: str, widget: QWidget) -> QWidget:
        box, err = with_error(widget)
        if not isinstance(widget, QTableWidget):  # only a table takes the room a taller dialog gives
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.form.addRow(caption, box)
        self.widgets[field], self.errors[field] = widget, err
        return widget

    def line(self, field: str, caption: str, value: Any = None, placeholder: str = "") -> QLineEdit:
        w = QLineEdit(field_text(value))
        w.setPlaceholderText(placeholder)
        self.add(field, caption, w)
        return w

    def date(self, field: str, caption: str, value: dt.date | None) -> QLineEdit:
        return self.line(field, caption, value, "YYYY-MM-DD")

    def text(self, field: str, caption: str, value: str | None) -> QPlainTextEdit:
        w = QPlainTextEdit(value or "")
        w.setFixedHeight(56)
        w.setTabChangesFocus(True)
        self.add(field, caption, w)
        return w

    def choice(self, field: str, caption: str, items: list[tuple[str, Any]], value: Any) -> QComboBox:
        w = QComboBox()
        for text, data in items:
            w.addItem(text, data)
        w.setCurrentIndex(max(0, w.findData(value)))
        self.add(field, caption, w)
        return w

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field, w in self.widgets.items():
            if isinstance(w, QComboBox):
                out[field] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[field] = w.toPlainText().strip() or None
            elif isinstance(w, QLineEdit):
                out[field] = w.text().strip() or None
            elif isinstance(w, QCheckBox):
                out[field] = w.isChecked()
        return out

    def show_error(self, problem: UserError) -> None:
        for err in self.errors.values():
            err.hide()
        self.message.hide()
        field = problem.field.split(".")[-1] if isinstance(problem, ValidationError) else ""
        if field in self.errors:
            self.errors[field].setText(problem.reason if isinstance(problem, ValidationError) else str(problem))
            self.errors[field].show()
        else:
            self.message.setText(str(problem))
            self.message.show()

    def save(self) -> None:
        if self.submit(self.values()):
            self.accept()
