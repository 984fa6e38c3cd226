"""Edit one person of the customer: position, stance and roles, coverage, personal profile.

Saving calls PeopleService.update once with only the fields that changed; the
service validates, and its error is shown next to the field it names. The edit
is pushed on the undo stack with the values it replaced.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam.app import Services
from kam.errors import UserError, ValidationError
from kam.palette import ERROR_HEX
from kam.services.people import NO_YEAR
from kam.vocab import BuyingRole, Stance, label
from ui.commands import decide, push_operation
from ui.conflict_dialog import MERGE, OVERWRITE, ConflictDialog
from ui.forms import run_dialog, with_error
from ui.signals import call_on

PROFILE_TEXT = ("education", "school", "hometown", "hobbies", "family", "health", "personality",
                "abilities", "background", "colleague_relations", "role_in_company", "career_plans",
                "personal_note")


class BirthdayEdit(QWidget):
    """A birthday, or only its month and day: "year unknown" (a vCard's ``--0415``) shows MM-dd and keeps
    the year kam stores for it (NO_YEAR) — never a made-up year 1604 on screen."""

    def __init__(self, value: dt.date | None, no_year: bool, unknown: str, year_unknown: str) -> None:
        super().__init__()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setSpecialValueText(unknown)
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.no_year = QCheckBox(year_unknown)
        if value is None:
            self.date.setDate(self.date.minimumDate())
        else:  # (a leap year holds 29 February)
            self.date.setDate(QDate(2000 if no_year else value.year, value.month, value.day))
        self.no_year.setChecked(bool(value and no_year))
        self._format(self.no_year.isChecked())
        self.no_year.toggled.connect(self._format)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.date, 1)
        lay.addWidget(self.no_year)

    def _format(self, no_year: bool) -> None:
        self.date.setDisplayFormat("MM-dd" if no_year else "yyyy-MM-dd")

    def value(self) -> dt.date | None:
        if self.date.date() == self.date.minimumDate():
            return None
        day = self.date.date()
        return dt.date(NO_YEAR if self.no_year.isChecked() else day.year(), day.month(), day.day())


class PersonDialog(QDialog):
    def __init__(self, services: Services, undo: QUndoStack, person_id: int, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.undo, self.pid, self.lang = services, undo, person_id, lang
        p = services.people.get(person_id)
        self.version = p.version
        self.setWindowTitle(p.name)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.original: dict[str, Any] = {}

        tabs = QTabWidget()
        tabs.addTab(self._page(self._position_form(p)), self.tr("Position and stance"))
        tabs.addTab(self._page(self._profile_form(p)), self.tr("Personal profile"))

        self.message = QLabel()
        self.message.setStyleSheet(f"color: {ERROR_HEX}")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        export = buttons.addButton(self.tr("Export personal data…"), QDialogButtonBox.ButtonRole.ActionRole)
        call_on(export.clicked, self.export_data)
        erase = buttons.addButton(self.tr("Erase personal data…"), QDialogButtonBox.ButtonRole.ActionRole)
        call_on(erase.clicked, self.erase_data)
        lay = QVBoxLayout(self)
        lay.addWidget(tabs)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.resize(560, 620)

    # --- building

    def _position_form(self, p: Any) -> QFormLayout:
        """Position and stance: name, title, department, reporting line, stance, roles, influence, contact."""
        services, lang = self.services, self.lang
        position = QFormLayout()
        self._line(position, "name", p.name)
        self._line(position, "name_latin", p.name_latin)
        self._line(position, "title", p.title)
        dep = services.people.rows(p.account_id)
        dep_name = next((r.department for r in dep if r.id == p.id), None)
        self._line(position, "department", dep_name)
        manager = QComboBox()
        manager.addItem(self.tr("(nobody)"), None)
        for r in sorted(dep, key=lambda r: r.name):
            if r.id != p.id:
                manager.addItem(f"{r.name} — {r.title or ''}", r.id)
        manager.setCurrentIndex(max(0, manager.findData(p.reports_to_id)))
        self._add(position, "reports_to_id", manager, p.reports_to_id)
        stance = QComboBox()
        for s in Stance:
            stance.addItem(label(s, lang), s.value)
        stance.setCurrentIndex(stance.findData(p.stance.value))
        self._add(position, "stance", stance, p.stance.value)
        roles = QWidget()
        rl = QHBoxLayout(roles)
        rl.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[BuyingRole, QCheckBox] = {}
        for role in BuyingRole:
            box = QCheckBox(label(role, lang))
            box.setChecked(role in p.role_set)
            self.role_boxes[role] = box
            rl.addWidget(box)
        self._add(position, "roles", roles, sorted(x.value for x in p.role_set))
        influence = QSpinBox(minimum=1, maximum=5, value=p.influence)
        self._add(position, "influence", influence, p.influence)
        owner = QComboBox()
        owner.addItem(self.tr("(nobody)"), None)
        team = services.accounts.team(p.account_id)  # the coverage owner is one of our account team
        for m in team:
            owner.addItem(m.display_name, m.user_id)
        if p.coverage_owner_id is not None and all(m.user_id != p.coverage_owner_id for m in team):
            current = next((u for u in services.users.list() if u.id == p.coverage_owner_id), None)
            if current is not None:
                owner.addItem(self.tr("%1 (not on the account team)").replace("%1", current.display_name), current.id)
        owner.setCurrentIndex(max(0, owner.findData(p.coverage_owner_id)))
        self._add(position, "coverage_owner_id", owner, p.coverage_owner_id)
        self._line(position, "email", p.email)
        self._line(position, "phone", p.phone)
        self._line(position, "mobile", p.mobile)
        return position

    def _profile_form(self, p: Any) -> QFormLayout:
        """The personal profile: birthday, background, family, interests … and where the data came from."""
        profile = QFormLayout()
        birthday = BirthdayEdit(p.birthday, p.birthday_no_year, self.tr("unknown"), self.tr("year unknown"))
        self._add(profile, "birthday", birthday, p.birthday)
        for key in PROFILE_TEXT:
            value = getattr(p, key)
            if key in ("school", "hometown"):
                self._line(profile, key, value)
            else:
                edit = QPlainTextEdit(value or "")
                edit.setFixedHeight(46)
                self._add(profile, key, edit, value)
        self._line(profile, "data_source", p.data_source)
        self._line(profile, "consent_basis", p.consent_basis)
        return profile

    def _page(self, form: QFormLayout) -> QWidget:
        """A tab's form, scrolling when the screen is shorter than the form (a 1366×768 laptop)."""
        from ui.fit import scrolling

        w = QWidget()
        w.setLayout(form)
        return scrolling(w)

    def _line(self, form: QFormLayout, key: str, value: str | None) -> None:
        self._add(form, key, QLineEdit(value or ""), value)

    def _add(self, form: QFormLayout, key: str, widget: QWidget, original: Any) -> None:
        """A row of the form, captioned by the service's field metadata (one name for a field everywhere)."""
        box, err = with_error(widget)
        form.addRow(self.services.people.fields[key].caption, box)
        self.fields[key] = widget
        self.errors[key] = err
        self.original[key] = original
        if isinstance(widget, QLineEdit):  # validate as you type: required fields, e-mail shape
            widget.textEdited.connect(lambda _t, k=key: self._check(k))

    # --- reading values

    def value(self, key: str) -> Any:
        w = self.fields[key]
        if key == "roles":
            return sorted(r.value for r, box in self.role_boxes.items() if box.isChecked())
        if isinstance(w, QLineEdit):
            return w.text().strip() or None
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip() or None
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, BirthdayEdit):
            return w.value()
        if isinstance(w, QDateEdit):
            return None if w.date() == w.minimumDate() else w.date().toPython()
        raise TypeError(key)

    def changes(self) -> dict[str, Any]:
        out = {}
        for key in self.fields:
            new, old = self.value(key), self.original[key]
            if isinstance(old, dt.date) or isinstance(new, dt.date):
                if new != old:
                    out[key] = new
            elif (new or None) != (old or None):
                out[key] = new
        return out

    def _check(self, key: str) -> bool:
        err = self.errors[key]
        try:
            self.services.people.validate_field(key, self.value(key))
        except ValidationError as exc:
            err.setText(exc.reason)
            err.show()
            return False
        err.hide()
        return True

    # --- saving (one undoable operation)

    def _saved_values(self, keys: list[str]) -> dict[str, Any]:
        """What is in the database now, in the same form as ``self.original``."""
        p = self.services.people.get(self.pid)
        out: dict[str, Any] = {}
        for key in keys:
            if key == "roles":
                out[key] = sorted(r.value for r in p.role_set)
            elif key == "department":
                out[key] = next((r.department for r in self.services.people.rows(p.account_id) if r.id == p.id), None)
            elif key == "stance":
                out[key] = p.stance.value
            else:
                out[key] = getattr(p, key)
        return out

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        if self.services.people.get(self.pid).version != self.version:  # someone saved since we opened it
            resolved = self._resolve_conflict(changes)
            if resolved is None:
                return
            changes = resolved
        before = {k: self.original[k] for k in changes}
        for err in self.errors.values():
            err.hide()
        name = self.value("name") or ""
        version: list[int | None] = [self.services.people.get(self.pid).version]
        pid = self.pid

        def apply() -> object:  # the version check guards what was typed here; a redo after undo re-applies it
            change = self.services.people.update(pid, expected_version=version[0], **changes)
            version[0] = None
            return change

        saving = [True]  # a refusal now shows in the dialog; one of a later undo or redo over the window
        ok = push_operation(
            self.undo, self.tr("Edit %1").replace("%1", name), apply,
            lambda: self.services.people.update(pid, **before),
            lambda: None, lambda e: self._show_error(e) if saving[0] else self._error(e))
        saving[0] = False
        if ok:
            self.accept()

    def _resolve_conflict(self, changes: dict[str, Any]) -> dict[str, Any] | None:
        """Show yours and theirs; return what to save (None: reload, nothing saved)."""
        base = {k: self.original[k] for k in changes}
        theirs = self._saved_values(list(changes))
        dialog = ConflictDialog(base, changes, theirs, {k: self.services.people.fields[k].caption for k in changes},
                                parent=self)
        run_dialog(dialog)
        choice = dialog.result_choice
        if choice == OVERWRITE:
            return changes
        if choice == MERGE:
            return dialog.merge.merged
        self.reject()  # reload: theirs stays, mine is dropped on purpose
        return None

    def export_data(self) -> None:
        """The person's right of access: everything we hold, as JSON (audited), where the user chooses."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export personal data"), f"person-{self.pid}.json",
                                              "JSON (*.json)")
        if name:
            self.export_data_to(Path(name))

    def export_data_to(self, path: Path) -> bool:
        """Write the person's data to ``path``; a refusal shows in the dialog's message line."""
        try:
            self.services.privacy.export_person_to(self.pid, path)
        except (UserError, OSError) as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("Exported to %1").replace("%1", str(path)))
        return True

    def erase_data(self) -> None:
        """The right to erasure: irreversible, so asked twice; the org chart keeps a placeholder."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Erase personal data"),
            self.tr("Erase every personal detail and the stance history of this person? This cannot be undone; "
                    "an anonymous placeholder keeps the org chart whole."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        pid = self.pid
        if decide("person.erase", lambda: self.services.privacy.erase_person(pid), lambda: None, self._show_error):
            self.accept()

    def _error(self, problem: UserError) -> None:
        """A refused undo or redo after the dialog has closed: said over the window."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parentWidget(), self.tr("Not done"), str(problem))

    def _show_error(self, problem: UserError) -> None:
        if isinstance(problem, ValidationError) and problem.field in self.errors:
            self.errors[problem.field].setText(problem.reason)
            self.errors[problem.field].show()
        self.message.setText(str(problem))
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
