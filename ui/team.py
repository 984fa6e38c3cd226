"""Our account team on the overview: who of ours works on the account, and in which role.

The owner is listed first (the account's own field); the others are added from
our colleagues, or as a new colleague typed in the form, with a role from
``kam.vocab.TeamRole`` or one of the account's own. Every change is undoable;
undoing "a new colleague" takes them off the team and keeps them among our
colleagues (a user record is never deleted: the audit trail may name them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kam.account_data import TeamMember
from kam.errors import UserError, ValidationError
from kam.vocab import TeamRole, label, team_role_label
from ui.commands import push_operation
from ui.forms import FieldForm, cell, table_box, table_keys
from ui.signals import call_on

if TYPE_CHECKING:
    from kam.app import Services


def role_text(role: str | None, lang: str) -> str:
    """A team role as shown: a known role in the reader's language, else as written."""
    return team_role_label(role, lang)


class TeamMemberForm(FieldForm):
    """Who (a colleague, or a new one typed here) and their role on this account."""

    def __init__(self, lang: str, colleagues: list[tuple[int, str]], member: TeamMember | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Team member") if member else self.tr("Add to the account team"), parent)
        if member is None:
            self.choice("user_id", self.tr("Colleague"),
                        [(self.tr("(a new colleague, below)"), None), *((n, uid) for uid, n in colleagues)],
                        colleagues[0][0] if colleagues else None)
            self.line("display_name", self.tr("New colleague's name"))
            self.line("username", self.tr("New colleague's user name"), placeholder="wang.tech")
        role = QComboBox()
        role.setEditable(True)  # a role of the account's own may be typed
        for r in TeamRole:
            role.addItem(label(r, lang), r.value)
        current = member.team_role if member else None
        role.setCurrentIndex(role.findData(current) if current else 0)
        if current and role.findData(current) < 0:
            role.setEditText(current)
        self.add("team_role", self.tr("Role"), role)
        self.finish()
        self.resize(440, 240)

    def values(self) -> dict[str, Any]:
        out = super().values()
        role = self.widgets["team_role"]
        assert isinstance(role, QComboBox)
        i = role.findText(role.currentText())
        out["team_role"] = role.itemData(i) if i >= 0 else (role.currentText().strip() or None)
        return out


class TeamBox(QGroupBox):
    """The account team table with Add / Change role / Remove."""

    changed = Signal()

    def __init__(self, services: Services, undo: QUndoStack, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Our account team"))
        self.services, self.undo, self.lang = services, undo, lang
        self.account_id: int | None = None
        self.members: list[TeamMember] = []
        self.form: Any = None
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(150)
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self.table.itemSelectionChanged.connect(self._enable)
        self.add_button = QPushButton(self.tr("Add to team…"))
        call_on(self.add_button.clicked, self.add)
        self.role_button = QPushButton(self.tr("Change role…"))
        self.role_button.clicked.connect(self.change_role)
        self.remove_button = QPushButton(self.tr("Remove from team"))
        self.remove_button.clicked.connect(self.remove)
        table_keys(self.table, add=self.add, remove=self.remove, edit=self.change_role)
        self.empty = table_box(self, self.tr("Only the owner works on this account so far. Add the colleagues who serve "
                                    "it — technical support, service, an executive sponsor — with “Add to team…”."), self.table,
                               [self.add_button, self.role_button, self.remove_button])
        self._enable()

    def set_account(self, account_id: int) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        keep = self.selected()
        self.members = self.services.accounts.team(self.account_id)
        self.table.setRowCount(0)
        for m in self.members:
            r = self.table.rowCount()
            self.table.insertRow(r)
            name = QTableWidgetItem(m.display_name + (f" ({self.tr('owner')})" if m.is_owner else ""))
            name.setData(Qt.ItemDataRole.UserRole, m.user_id)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(role_text(m.team_role, self.lang)))
            if keep is not None and m.user_id == keep.user_id:
                self.table.selectRow(r)
        self.table.resizeColumnToContents(0)
        self.empty.setVisible(not any(not m.is_owner for m in self.members))
        self._enable()

    def selected(self) -> TeamMember | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        uid = cell(self.table, rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.members if m.user_id == uid), None)

    def _enable(self) -> None:
        m = self.selected()
        self.add_button.setEnabled(self.account_id is not None)
        self.role_button.setEnabled(m is not None)
        self.remove_button.setEnabled(m is not None and not m.is_owner)

    # --- edits

    def _error(self, problem: UserError) -> None:
        if self.form is not None:
            self.form.show_error(problem)
        else:
            QMessageBox.warning(self, self.tr("Not saved"), str(problem))

    def _refresh(self) -> None:
        self.reload()
        self.changed.emit()

    def open(self, dialog: Any) -> int:
        self.form = dialog
        try:
            return int(dialog.exec())
        finally:
            self.form = None

    def run(self, text: str, apply: Callable[[], object], revert: Callable[[], object]) -> bool:
        return push_operation(self.undo, text, apply, revert, self._refresh, self._error)

    def add(self) -> None:
        aid = self.account_id
        if aid is None:
            return
        on_team = {m.user_id for m in self.members}
        colleagues = [(u.id, u.display_name) for u in self.services.users.list() if u.id not in on_team]
        form = TeamMemberForm(self.lang, colleagues, None, self)
        accounts, users = self.services.accounts, self.services.users

        def submit(values: dict[str, Any]) -> bool:
            uid: list[int] = [values["user_id"]] if values["user_id"] is not None else []
            if not uid and not values["display_name"]:
                raise_in_form = ValidationError("display_name", self.tr("choose a colleague or name a new one"))
                self._error(raise_in_form)
                return False

            def apply() -> object:
                if not uid:  # the first time only: a new colleague
                    uid.append(users.create(values["username"] or "", values["display_name"]).id)
                return accounts.add_team_member(aid, uid[0], values["team_role"])

            return self.run(self.tr("Add to the account team"), apply,
                            lambda: accounts.remove_team_member(aid, uid[0]))

        form.submit = submit
        self.open(form)

    def change_role(self) -> None:
        m, aid = self.selected(), self.account_id
        if m is None or aid is None:
            return
        form = TeamMemberForm(self.lang, [], m, self)
        accounts = self.services.accounts
        on_team = m.team_role is not None or not m.is_owner

        def submit(values: dict[str, Any]) -> bool:
            if values["team_role"] == m.team_role:
                return True
            return self.run(self.tr("Role of %1").replace("%1", m.display_name),
                            lambda: accounts.add_team_member(aid, m.user_id, values["team_role"]),
                            lambda: accounts.add_team_member(aid, m.user_id, m.team_role) if on_team
                            else accounts.remove_team_member(aid, m.user_id))

        form.submit = submit
        self.open(form)

    def remove(self) -> None:
        m, aid = self.selected(), self.account_id
        if m is None or aid is None or m.is_owner:
            return
        accounts = self.services.accounts
        self.run(self.tr("Remove %1 from the team").replace("%1", m.display_name),
                 lambda: accounts.remove_team_member(aid, m.user_id),
                 lambda: accounts.add_team_member(aid, m.user_id, m.team_role))


# Texts used through self.tr() inside f-strings, declared here so that lupdate extracts them.
_TR = (QT_TRANSLATE_NOOP("TeamBox", "owner"),)
