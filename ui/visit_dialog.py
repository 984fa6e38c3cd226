"""Quick visit capture (Ctrl+Shift+V from anywhere): who came, what happened, who moved. The same form edits a
logged or planned visit (the visits section's Edit… and Mark done…)."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
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
from kam.errors import UserError
from kam.palette import ERROR_HEX
from kam.text import fold, search_key
from kam.vocab import ContactKind, Stance, label
from ui.commands import push_operation

KEEP = "keep"


class VisitDialog(QDialog):
    def __init__(self, services: Services, undo: QUndoStack, account_id: int, lang: str = "en",
                 parent: QWidget | None = None, *, contact_id: int | None = None, mark_done: bool = False) -> None:
        super().__init__(parent)
        self.services, self.undo, self.account_id, self.lang = services, undo, account_id, lang
        self.visit_id: int | None = contact_id
        self.detail = services.dossier.contact(contact_id) if contact_id is not None else None
        account = services.accounts.get(account_id)
        title = (self.tr("Log a visit — %1") if self.detail is None else
                 self.tr("Mark a visit done — %1") if mark_done else self.tr("Edit a visit — %1"))
        self.setWindowTitle(title.replace("%1", account.display_name))
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
        self.done_box = QCheckBox(self.tr("Done — it took place (untick for a planned visit)"))
        self.done_box.setChecked(True)
        if self.detail is None:  # a new visit: done unless dated in the future
            self.date.dateChanged.connect(
                lambda d: self.done_box.setChecked(cast(dt.date, d.toPython()) <= dt.date.today()))
        self.purpose = QLineEdit()
        self.outcome = QPlainTextEdit()
        self.outcome.setFixedHeight(60)
        self.next_steps = QPlainTextEdit()
        self.next_steps.setFixedHeight(50)
        for text in (self.outcome, self.next_steps):
            text.setTabChangesFocus(True)  # Tab goes on to the next field
        self.stance_box = QWidget()
        self.stance_form = QFormLayout(self.stance_box)
        self.stance_widgets: dict[int, QComboBox] = {}
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {ERROR_HEX}")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow("", self.done_box)
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
        self.resize(620, 680)  # (a 1366×768 laptop: the window with its title bar and the taskbar)
        self.hidden_people: list[int] = []
        self.hidden_users: list[int] = []
        if self.detail is not None:
            self._fill(mark_done)

    def _fill(self, mark_done: bool) -> None:
        """Show the visit being edited; attendees not listed (a person in the trash) stay as they are."""
        d = self.detail
        assert d is not None
        self.date.setDate(QDate(d.occurred_on.year, d.occurred_on.month, d.occurred_on.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind.value)))
        self.done_box.setChecked(d.done or mark_done)
        if mark_done and d.occurred_on > dt.date.today():  # it took place: by today at the latest
            self.date.setDate(QDate.currentDate())
        for lst, chosen, hidden in ((self.theirs, d.attendee_ids, self.hidden_people),
                                    (self.ours, d.our_user_ids, self.hidden_users)):
            shown = set()
            for i in range(lst.count()):
                item = lst.item(i)
                uid = int(item.data(Qt.ItemDataRole.UserRole))
                shown.add(uid)
                item.setCheckState(Qt.CheckState.Checked if uid in chosen else Qt.CheckState.Unchecked)
            hidden[:] = [x for x in chosen if x not in shown]
        self.purpose.setText(d.purpose or "")
        self.outcome.setPlainText(d.outcome or "")
        self.next_steps.setPlainText(d.next_steps or "")
        names = {p.id: p.name for p in self.people}
        for pid, (old, new) in d.stance_changes.items():  # recorded at the visit: shown, changed only by deleting it
            moved = QLabel(self.tr("%1 → %2 (recorded at this visit)").replace(
                "%1", label(old, self.lang) if old is not None else "—").replace("%2", label(new, self.lang)))
            self.stance_form.addRow(names.get(pid, "?"), moved)
        if not d.stance_changes:
            self.stance_form.addRow(QLabel(self.tr("None recorded at this visit (a person's own page changes "
                                                   "their stance).")))
        if mark_done:
            self.outcome.setFocus()

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
        if self.detail is not None:  # an edit shows the stance changes the visit recorded (see _fill)
            return
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

    def _our_ids(self) -> list[int]:
        return [int(self.ours.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.ours.count())
                if self.ours.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        if self.detail is not None:
            self._save_edit(self.detail.id)
            return
        changes = {pid: c.currentData() for pid, c in self.stance_widgets.items() if c.currentData() != KEEP}
        day = cast(dt.date, self.date.date().toPython())
        kwargs = dict(kind=self.kind.currentData(), attendee_ids=self.attendee_ids(), our_user_ids=self._our_ids(),
                      stance_changes=changes, purpose=self.purpose.text(), outcome=self.outcome.toPlainText(),
                      next_steps=self.next_steps.toPlainText(), done=self.done_box.isChecked())
        dossier = self.services.dossier
        made: list[int] = []
        kept: list[dict[str, Any]] = []

        def apply() -> object:  # a redo after undo puts back the very same visit
            if kept:
                return dossier.restore_contact(kept[0])
            change = self.services.records.log_contact(self.account_id, day, **kwargs)
            made[:] = [change.id]
            return change

        def revert() -> object:
            kept[:] = [dossier.remove_contact(made[0])]
            return None

        ok = push_operation(self.undo, self.tr("Log visit"), apply, revert, lambda: None,
                            lambda problem: self.message.setText(str(problem)))
        if ok:
            self.visit_id = made[0]
            self.accept()

    def _save_edit(self, cid: int) -> None:
        """Save what changed as one undoable edit; an unchanged form saves nothing (no undo step). A refusal
        (an edit contradicting the stance changes the visit recorded) shows in the form, which stays open."""
        assert self.detail is not None
        dossier = self.services.dossier
        fields = dict(occurred_on=cast(dt.date, self.date.date().toPython()), kind=self.kind.currentData(),
                      done=self.done_box.isChecked(), purpose=self.purpose.text(), outcome=self.outcome.toPlainText(),
                      next_steps=self.next_steps.toPlainText(),
                      attendee_ids=[*self.attendee_ids(), *self.hidden_people],
                      our_user_ids=[*self._our_ids(), *self.hidden_users])
        try:
            changes = dossier.contact_changes(cid, **fields)
        except UserError as problem:
            self.message.setText(str(problem))
            return
        if not changes:
            self.accept()
            return
        version: list[int | None] = [self.detail.version]  # the first save checks nobody saved it meanwhile
        previous: list[dict[str, Any]] = []

        def apply() -> object:
            before = dossier.update_contact(cid, version[0], **changes)
            version[0] = None
            previous[:] = [before]
            return before

        ok = push_operation(self.undo, self.tr("Edit visit"), apply,
                            lambda: dossier.update_contact(cid, **previous[0]), lambda: None,
                            lambda problem: self.message.setText(str(problem)))
        if ok:
            self.accept()
