"""A save met a newer version: show both, and let the user reload, overwrite or merge."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kam.analysis.merge import three_way

RELOAD, OVERWRITE, MERGE = "reload", "overwrite", "merge"


class ConflictDialog(QDialog):
    """Field by field: what you started from, your change, and what is saved now."""

    def __init__(self, base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any],
                 captions: Mapping[str, str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this record"))
        self.result_choice: str | None = None
        self.merge = three_way(base, mine, theirs)
        fields = list(mine)
        table = QTableWidget(len(fields), 3)  # a handful of fields: a plain table widget is right here
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Saved by someone else")])
        for i, f in enumerate(fields):
            for j, text in enumerate(((captions or {}).get(f, f), _text(mine[f]), _text(theirs.get(f)))):
                item = QTableWidgetItem(text)
                if f in self.merge.conflicts and j > 0:
                    item.setBackground(self.palette().highlight().color().lighter(170))
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        note = QLabel(self.tr("Merge keeps every change that does not collide; where both of you changed a field, "
                              "the saved value stays and yours is listed here.") if self.merge.conflicts else
                      self.tr("Your changes and theirs touch different fields: merging keeps both."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        for choice, text in ((RELOAD, self.tr("Reload (drop mine)")), (OVERWRITE, self.tr("Overwrite with mine")),
                             (MERGE, self.tr("Merge"))):
            b = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
            b.clicked.connect(lambda _c=False, c=choice: self._choose(c))
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.result_choice = choice
        self.accept()


def _text(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, list | tuple | set):
        return ", ".join(str(getattr(x, "value", x)) for x in v)
    return str(getattr(v, "value", v))
