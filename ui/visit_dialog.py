"""Quick visit capture (Ctrl+Shift+V from anywhere): who came, what happened, who moved."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam.app import Services
from kam.palette import ERROR_HEX
from kam.text import fold, search_key
from kam.vocab import ContactKind, Stance, label
from ui.commands import push_operation

KEEP = "keep"


class VisitDialog(QDialog):
    def __init__(self, services: Services, undo: QUndoStack, account_id: int, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.undo, self.account_id, self.lang = services, undo, account_id, lang
        self.visit_id: int | None = None
        account = services.accounts.get(account_id)
        self.setWindowTitle(self.tr("Log a visit — %1").replace("%1", account.display_name))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for k in ContactKind:
            self.kind.addItem(label(k, lang), k.value)
        self.people = services.people.rows(account_id)
        self.filter = QLineEdit(placeholderText=self.tr("Type a name or pinyin to find attendees…"))
        self.theirs = QListWidget()
        for p in sorted(self.people, key=lambda r: (-r.influence, r.id)):
            item = QListWidgetItem(f"{p.name} — {p.title or ''}  [{label(p.stance, lang)}]")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, search_key(p.name, p.name_latin) + " " + fold(p.title or ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.theirs.addItem(item)
        self.filter.textChanged.connect(self._filter)
        self.theirs.itemChanged.connect(lambda _i: self._refresh_stances())
        self.ours = QListWidget()
        me = services.records.actor.user_id
        for u in services.users.list():
            item = QListWidgetItem(u.display_name)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u.id == me else Qt.CheckState.Unchecked)
            self.ours.addItem(item)
        self.ours.setMaximumHeight(110)
        self.purpose = QLineEdit()
        self.outcome = QPlainTextEdit()
        self.outcome.setFixedHeight(60)
        self.next_steps = QPlainTextEdit()
        self.next_steps.setFixedHeight(50)
        self.stance_box = QWidget()
        self.stance_form = QFormLayout(self.stance_box)
        self.stance_widgets: dict[int, QComboBox] = {}
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {ERROR_HEX}")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Their attendees"), self.filter)
        form.addRow("", self.theirs)
        form.addRow(self.tr("Our attendees"), self.ours)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Next steps"), self.next_steps)
        form.addRow(self.tr("Stance changes"), self.stance_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.resize(620, 660)  # (a 1366×768 laptop: the window with its title bar and the taskbar)

    def _filter(self, text: str) -> None:
        q = fold(text.strip())
        for i in range(self.theirs.count()):
            item = self.theirs.item(i)
            item.setHidden(bool(q) and q not in item.data(Qt.ItemDataRole.UserRole + 1)
                           and item.checkState() != Qt.CheckState.Checked)

    def attendee_ids(self) -> list[int]:
        return [int(self.theirs.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.theirs.count())
                if self.theirs.item(i).checkState() == Qt.CheckState.Checked]

    def check(self, person_id: int) -> None:
        for i in range(self.theirs.count()):
            if self.theirs.item(i).data(Qt.ItemDataRole.UserRole) == person_id:
                self.theirs.item(i).setCheckState(Qt.CheckState.Checked)

    def _refresh_stances(self) -> None:
        chosen = self.attendee_ids()
        names = {p.id: p for p in self.people}
        for pid in list(self.stance_widgets):
            if pid not in chosen:
                self.stance_form.removeRow(self.stance_widgets.pop(pid))
        for pid in chosen:
            if pid in self.stance_widgets:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("(unchanged: %1)").replace("%1", label(names[pid].stance, self.lang)), KEEP)
            for s in Stance:
                if s != names[pid].stance:
                    combo.addItem(label(s, self.lang), s.value)
            self.stance_widgets[pid] = combo
            self.stance_form.addRow(names[pid].name, combo)

    def set_stance(self, person_id: int, stance: str) -> None:
        combo = self.stance_widgets[person_id]
        combo.setCurrentIndex(combo.findData(stance))

    def save(self) -> None:
        changes = {pid: c.currentData() for pid, c in self.stance_widgets.items() if c.currentData() != KEEP}
        ours = [int(self.ours.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.ours.count())
                if self.ours.item(i).checkState() == Qt.CheckState.Checked]
        day = cast(dt.date, self.date.date().toPython())
        kwargs = dict(kind=self.kind.currentData(), attendee_ids=self.attendee_ids(), our_user_ids=ours,
                      stance_changes=changes, purpose=self.purpose.text(), outcome=self.outcome.toPlainText(),
                      next_steps=self.next_steps.toPlainText(), done=day <= dt.date.today())
        made: list[int] = []
        kept: list[Any] = []  # what undo took off, for redo: the same visit again
        dossier = self.services.dossier

        def apply() -> object:
            if kept:
                return dossier.put_back_contact(kept[0])
            change = self.services.records.log_contact(self.account_id, day, **kwargs)
            made[:] = [change.id]
            return change

        def revert() -> None:
            kept[:] = [dossier.remove_contact(made[0]).before]

        ok = push_operation(self.undo, self.tr("Log visit"), apply, revert, lambda: None,
                            lambda problem: self.message.setText(str(problem)))
        if ok:
            self.visit_id = made[0]
            self.accept()
