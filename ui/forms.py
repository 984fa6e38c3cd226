"""Form building blocks shared by the dialogs and the account form."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kam.palette import ERROR_HEX


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
