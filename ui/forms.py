"""Form building blocks shared by the dialogs and the account form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

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


def table_box(box: QWidget, empty_text: str, table: QWidget, buttons: list[QWidget]) -> QLabel:
    """Lay ``box`` out as a line saying what belongs there (shown while it is empty), then the table with its
    buttons down the right; returns that line."""
    empty = QLabel(empty_text)
    empty.setWordWrap(True)
    empty.setStyleSheet(f"color: {MUTED_HEX}")
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
