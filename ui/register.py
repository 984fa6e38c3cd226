"""The IP register section: metadata always, content only while the register is unlocked.

Unlocking asks for the register passphrase once per session; the vault locks
itself after the idle time set in Preferences and when the Windows session
locks (``ui.session_lock``). While locked the table shows references, dates and
status (so due-back reminders still make sense) and a lock instead of titles.
Content copied to the clipboard is cleared after a short time.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.app import Services
from kam.errors import UserError, ValidationError
from kam.palette import ERROR_HEX
from kam.services.base import Change
from kam.services.register import CONTENT_FIELDS, METADATA_FIELDS
from kam.vocab import Classification, IPKind, IPStatus, label
from ui.commands import decide, push_operation, trash_steps
from ui.forms import run_dialog, tab_in_form_order, with_error
from ui.models.rows import Column, RowsModel
from ui.sections import Section, make_table, selected_id
from ui.signals import call_on


def ask_secret(parent: QWidget | None, title: str, prompt: str, *, confirm: bool = False) -> str | None:
    """A passphrase typed without echo; with ``confirm`` typed twice. None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    if not ok or not text:
        return None
    if confirm:
        again, ok = QInputDialog.getText(parent, title, QCoreApplication.translate("Secrets", "Type it again:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if again != text:
            QMessageBox.warning(parent, title, QCoreApplication.translate(
                "Secrets", "The two entries differ; nothing was changed."))
            return None
    return text


class ClipboardGuard:
    """Put register content on the clipboard and take it off again after ``seconds``."""

    def __init__(self, seconds: int = 30) -> None:
        self.seconds = seconds
        self._placed: str | None = None
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._placed = text
        self._timer.start(self.seconds * 1000)

    def clear(self) -> None:
        """Clear the clipboard if it still holds what we put there (not something copied since)."""
        board = QGuiApplication.clipboard()
        if self._placed is not None and board.text() == self._placed:
            board.clear()
        self._placed = None


class ContentDialog(QDialog):
    """One item's content, read-only, with copy buttons; closes itself when the register locks."""

    FIELDS = ("title", "description", "storage_location", "notes")

    def __init__(self, reference: str, content: dict[str, str | None], guard: ClipboardGuard,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register item {0}").format(reference))
        names = {"title": self.tr("Title"), "description": self.tr("Description"),
                 "storage_location": self.tr("Storage location"), "notes": self.tr("Notes")}
        form = QFormLayout()
        for f in self.FIELDS:
            box = QPlainTextEdit(content.get(f) or "")
            box.setReadOnly(True)
            box.setMaximumHeight(80 if f != "description" else 140)
            copy = QPushButton(self.tr("Copy"))
            copy.setToolTip(self.tr("Copied register content is cleared from the clipboard after {0} s")
                            .format(guard.seconds))
            copy.clicked.connect(lambda _c=False, b=box: guard.copy(b.toPlainText()))
            row = QHBoxLayout()
            row.addWidget(box, 1)
            row.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
            form.addRow(names[f], row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("This opening is recorded in the audit trail.")))
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.resize(620, 480)


NO_DATE = QDate(1900, 1, 1)  # a date box at this minimum shows blank and means "no date"


def date_box(day: QDate) -> QDateEdit:
    box = QDateEdit(day)
    box.setCalendarPopup(True)
    box.setMinimumDate(NO_DATE)
    box.setSpecialValueText(" ")
    return box


def date_of(box: QDateEdit) -> Any:
    return None if box.date() == NO_DATE else box.date().toPython()


class AddItemDialog(QDialog):
    """Register an item, or edit one (``item``: its metadata and content): errors show under the field the
    service names.

    ``submit`` registers or changes the item (the section puts it on the undo stack) and reports a refusal
    back through ``show_error``; it returns whether the service accepted it. Editing submits only the fields
    changed (``changes``)."""

    def __init__(self, services: Services, account_id: int, lang: str,
                 submit: Callable[[AddItemDialog, dict[str, Any]], bool], parent: QWidget | None = None,
                 item: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.services, self.account_id, self.submit, self.item = services, account_id, submit, item
        self.setWindowTitle(self.tr("Add register item") if item is None else
                            self.tr("Edit register item {0}").format(item["reference"]))
        self.reference = QLineEdit()
        self.title = QLineEdit()
        self.kind = QComboBox()
        for k in IPKind:
            self.kind.addItem(label(k, lang), k.value)
        self.classification = QComboBox()
        for c in Classification:
            self.classification.addItem(label(c, lang), c.value)
        self.customer_owner = QComboBox()
        self.customer_owner.addItem(self.tr("(nobody named)"), None)
        for p in services.people.rows(account_id):
            self.customer_owner.addItem(p.name, p.id)
        self.received_on = date_box(QDate.currentDate())
        self.agreement_ref = QLineEdit()
        self.return_due = date_box(QDate.currentDate().addDays(365))
        self.description = QPlainTextEdit()
        self.storage_location = QLineEdit()
        self.notes = QPlainTextEdit()
        for multi_line in (self.description, self.notes):
            multi_line.setTabChangesFocus(True)  # Tab goes on to the next field, as in every form
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, text, widget in (
                ("reference", self.tr("Reference"), self.reference), ("title", self.tr("Title"), self.title),
                ("kind", self.tr("Kind"), self.kind), ("classification", self.tr("Classification"), self.classification),
                ("customer_owner_id", self.tr("Customer owner"), self.customer_owner),
                ("received_on", self.tr("Received"), self.received_on),
                ("agreement_ref", self.tr("NDA / contract"), self.agreement_ref),
                ("return_due", self.tr("Return due"), self.return_due),
                ("description", self.tr("Description"), self.description),
                ("storage_location", self.tr("Storage location"), self.storage_location),
                ("notes", self.tr("Notes"), self.notes)):
            box, err = with_error(widget)
            self.errors[name] = err
            form.addRow(text, box)
        self.general = QLabel()
        self.general.setStyleSheet(f"color: {ERROR_HEX}")
        self.general.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Content (title, description, location, notes) is stored encrypted.")))
        lay.addLayout(form)
        lay.addWidget(self.general)
        lay.addWidget(buttons)
        self.tab_order = tab_in_form_order(self, form, [buttons])
        if item is not None:
            self._show(item)

    def _show(self, item: dict[str, Any]) -> None:
        self.reference.setText(item["reference"])
        self.title.setText(item.get("title") or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(item["kind"]))))
        self.classification.setCurrentIndex(max(0, self.classification.findData(str(item["classification"]))))
        self.customer_owner.setCurrentIndex(max(0, self.customer_owner.findData(item.get("customer_owner_id"))))
        for box, day in ((self.received_on, item.get("received_on")), (self.return_due, item.get("return_due"))):
            box.setDate(QDate(day) if day else NO_DATE)
        self.agreement_ref.setText(item.get("agreement_ref") or "")
        self.description.setPlainText(item.get("description") or "")
        self.storage_location.setText(item.get("storage_location") or "")
        self.notes.setPlainText(item.get("notes") or "")

    def values(self) -> dict[str, Any]:
        """What ``RegisterService.add_item`` takes, as typed."""
        me = self.services.register.actor.user_id
        return {"account_id": self.account_id, "reference": self.reference.text(), "title": self.title.text(),
                "kind": self.kind.currentData(), "classification": self.classification.currentData(),
                "customer_owner_id": self.customer_owner.currentData(),
                "received_on": date_of(self.received_on),
                "agreement_ref": self.agreement_ref.text() or None, "return_due": date_of(self.return_due),
                "description": self.description.toPlainText() or None,
                "storage_location": self.storage_location.text() or None,
                "notes": self.notes.toPlainText() or None, "access_user_ids": [me] if me else None}

    def changes(self) -> dict[str, Any]:
        """When editing: the fields typed differently from the item as it was (what ``update_item`` takes)."""
        assert self.item is not None
        now = self.values()
        return {f: now[f] for f in (*METADATA_FIELDS, *CONTENT_FIELDS)
                if now[f] != (self.item.get(f) if f not in ("kind", "classification") else str(self.item[f]))}

    def save(self) -> None:
        for err in self.errors.values():
            err.hide()
        self.general.clear()
        if self.item is not None and not self.changes():
            self.accept()  # nothing typed differently: nothing to save
        elif self.submit(self, self.values() if self.item is None else self.changes()):
            self.accept()

    def show_error(self, problem: UserError) -> None:
        target = self.errors.get(problem.field) if isinstance(problem, ValidationError) else None
        if isinstance(problem, ValidationError) and target is not None:
            target.setText(problem.reason)
            target.show()
        else:
            self.general.setText(str(problem))


class CloseItemDialog(QDialog):
    """The date an item was returned to the customer or destroyed (not in the future)."""

    def __init__(self, reference: str, returned: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle((self.tr("Mark {0} returned") if returned else self.tr("Mark {0} destroyed"))
                            .format(reference))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("Returned on") if returned else self.tr("Destroyed on"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("You are recorded in the audit trail as the one who did it.")))
        lay.addLayout(form)
        lay.addWidget(buttons)


class AccessDialog(QDialog):
    """Tick which of our users may open an item's content."""

    def __init__(self, reference: str, users: list[tuple[int, str]], allowed: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Access list of {0}").format(reference))
        self.users = QListWidget()
        for uid, name in users:
            entry = QListWidgetItem(name)
            entry.setData(Qt.ItemDataRole.UserRole, uid)
            entry.setCheckState(Qt.CheckState.Checked if uid in allowed else Qt.CheckState.Unchecked)
            self.users.addItem(entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Who of our users may open this item's content:")))
        lay.addWidget(self.users)
        lay.addWidget(buttons)

    def chosen(self) -> list[int]:
        return sorted(int(self.users.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.users.count())
                      if self.users.item(i).checkState() == Qt.CheckState.Checked)


class RegisterSection(Section):
    """Metadata always shows (so due dates are seen); content needs the unlocked register and is audited."""

    def __init__(self, services: Services, undo: QUndoStack, lang: str, *, clipboard_seconds: int = 30) -> None:
        super().__init__(services, undo, lang)
        self.locked_text = self.tr("(locked)")
        self.guard = ClipboardGuard(clipboard_seconds)
        self.model = RowsModel([
            Column(self.tr("Reference"), lambda r: r["reference"]),
            Column(self.tr("Title"), lambda r: r["title"] if r["title"] is not None else self.locked_text),
            Column(self.tr("Kind"), lambda r: label(r["kind"], lang)),
            Column(self.tr("Classification"), lambda r: label(r["classification"], lang)),
            Column(self.tr("Received"), lambda r: r["received_on"].isoformat() if r["received_on"] else ""),
            Column(self.tr("NDA / contract"), lambda r: r["agreement_ref"]),
            Column(self.tr("Return due"), lambda r: r["return_due"].isoformat() if r["return_due"] else "",
                   colour=lambda r: ERROR_HEX if r["overdue"] else None),
            Column(self.tr("Status"), lambda r: label(r["status"], lang)),
            Column(self.tr("Attachments"), lambda r: str(r["attachments"]) if r["attachments"] else ""),
        ], key=lambda r: r["id"])
        self.table = make_table(self.model)
        self.table.setColumnWidth(1, 240)
        self.table.doubleClicked.connect(lambda _i: self.open_item())
        self.status = QLabel()
        self.lock_button = QPushButton()
        call_on(self.lock_button.clicked, lambda: self.guarded(self.toggle_lock))
        self.lay_out([(self.tr("Open content…"), self.open_item), (self.tr("Add item…"), self.add_item),
                      (self.tr("Edit item…"), self.edit_item),
                      (self.tr("Mark returned…"), lambda: self.close_item(IPStatus.RETURNED)),
                      (self.tr("Mark destroyed…"), lambda: self.close_item(IPStatus.DESTROYED)),
                      (self.tr("Access list…"), self.edit_access),
                      (self.tr("Move to trash"), self.trash_item),
                      (self.tr("Attach file…"), self.attach_file),
                      (self.tr("Save attachment as…"), self.save_attachment),
                      (self.tr("Change passphrase…"), self.change_passphrase)], self.table,
                     intro=self.tr("Drawings, specifications and formulas entrusted to us under NDA. "
                                   "Content is encrypted; every opening is recorded in the audit trail."),
                     needs_row=(self.tr("Open content…"), self.tr("Edit item…"), self.tr("Mark returned…"),
                                self.tr("Mark destroyed…"), self.tr("Access list…"), self.tr("Move to trash"),
                                self.tr("Attach file…"),
                                self.tr("Save attachment as…")),
                     empty=self.tr("Nothing registered yet. When the customer entrusts us with a drawing, a "
                                   "specification or a formula, register it with “Add item…”: who holds it, under "
                                   "which NDA, when it goes back."))
        self.keys(self.table, add=self.add_item, remove=self.trash_item, edit=self.edit_item)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.lock_button)
        self.layout().insertLayout(1, bar)  # type: ignore[union-attr]
        self._was_unlocked = self.services.register.unlocked
        self._show_state()
        # The vault locks itself when idle; this notices it, so no title stays on screen.
        self.watch = QTimer(self)
        self.watch.timeout.connect(self._check_lock)
        self.watch.start(1000)

    # --- lock state

    def _show_state(self) -> None:
        reg = self.services.register
        if not reg.is_set_up():
            self.status.setText(self.tr("No register passphrase yet: choose one to add items."))
            self.lock_button.setText(self.tr("Choose passphrase…"))
        elif reg.unlocked:
            self.status.setText(self.tr("Unlocked — locks itself after {0} min without use.")
                                .format(max(1, round(self.services.vault.idle_seconds / 60))))
            self.lock_button.setText(self.tr("Lock now"))
        else:
            self.status.setText(self.tr("Locked: titles and content are hidden until you unlock the register."))
            self.lock_button.setText(self.tr("Unlock…"))

    def _check_lock(self) -> None:
        now = self.services.register.unlocked
        if now != self._was_unlocked:
            self._was_unlocked = now
            self._show_state()
            self.reload()
            if not now:
                for dialog in self.findChildren(ContentDialog):
                    dialog.reject()

    def toggle_lock(self) -> None:
        reg = self.services.register
        if not reg.is_set_up():
            self.set_up()
        elif reg.unlocked:
            reg.lock()
        else:
            self.unlock()
        self._check_lock()

    def set_up(self) -> bool:
        secret = ask_secret(self, self.tr("Register passphrase"),
                            self.tr("Choose the register passphrase (at least 8 characters). "
                                    "It cannot be recovered if forgotten:"), confirm=True)
        if secret is None:
            return False
        return decide("register.passphrase", lambda: self.services.register.set_up(secret), self._check_lock,
                      self.error)

    def unlock(self) -> bool:
        if self.services.register.unlocked:
            return True
        if not self.services.register.is_set_up():
            return self.set_up()
        secret = ask_secret(self, self.tr("Unlock the register"), self.tr("Register passphrase:"))
        if secret is None:
            return False
        try:
            self.services.register.unlock(secret)
        except UserError as exc:
            self.error(str(exc))
            return False
        self._check_lock()
        return True

    def change_passphrase(self) -> None:
        old = ask_secret(self, self.tr("Change passphrase"), self.tr("Current register passphrase:"))
        if old is None:
            return
        new = ask_secret(self, self.tr("Change passphrase"), self.tr("New register passphrase:"), confirm=True)
        if new is None:
            return
        if not decide("register.passphrase", lambda: self.services.register.change_passphrase(old, new),
                      lambda: None, self.error):
            return
        QMessageBox.information(self, self.tr("Change passphrase"), self.tr("The register passphrase was changed."))
        self._check_lock()

    # --- content

    def reload(self) -> None:
        if self.account_id is not None:
            self.model.load(self.services.register.items(self.account_id))

    def _selected(self) -> dict[str, Any] | None:
        item_id = selected_id(self.table, self.model)
        if item_id is None:
            return None
        return next((r for r in self.model.rows if r["id"] == item_id), None)

    def open_item(self) -> None:
        row = self._selected()
        if row is None or not self.unlock():
            return
        try:
            content = self.services.register.open_item(row["id"])
        except UserError as exc:
            self.error(str(exc))
            return
        run_dialog(ContentDialog(row["reference"], content, self.guard, self))

    def add_item(self) -> None:
        if self.account_id is None or not self.unlock():
            return
        run_dialog(AddItemDialog(self.services, self.account_id, self.lang, self.register_item, self))

    def register_item(self, dialog: AddItemDialog, values: dict[str, Any]) -> bool:
        """Register an item on the undo stack (undo takes it off the register again; both are audited)."""
        register = self.services.register
        made: list[int] = []
        kept: list[Mapping[str, Any]] = []  # what undo took off, for redo: the same item again

        def apply() -> Change:
            if kept:
                return register.put_back_item(kept[0])
            change = register.add_item(**values)
            made[:] = [change.id]
            return change

        def revert() -> None:
            kept[:] = [register.remove_item(made[0]).before]

        saving = [True]  # a refusal now shows in the dialog; one of a later undo or redo in a message box
        done = push_operation(self.undo, self.tr("Add register item"), apply, revert, self._after,
                              lambda e: dialog.show_error(e) if saving[0] else self.error(e))
        saving[0] = False
        return done

    def edit_item(self) -> None:
        """Edit the selected item's metadata and content (shown to edit, so the opening is audited)."""
        row = self._selected()
        if row is None or self.account_id is None or not self.unlock():
            return
        try:
            content = self.services.register.open_item(row["id"])
        except UserError as exc:
            self.error(str(exc))
            return
        item = {**row, **content}
        run_dialog(AddItemDialog(self.services, self.account_id, self.lang,
                                 lambda d, changes: self.change_item(d, row["id"], changes), self, item=item))

    def change_item(self, dialog: AddItemDialog, item_id: int, changes: dict[str, Any]) -> bool:
        """Change an item on the undo stack (undo puts back the previous values; both are audited)."""
        previous: dict[str, Any] = {}

        def apply() -> None:
            previous.clear()
            previous.update(self.services.register.update_item(item_id, **changes))

        saving = [True]
        done = push_operation(self.undo, self.tr("Edit register item"), apply,
                              lambda: self.services.register.update_item(item_id, **previous), self._after,
                              lambda e: dialog.show_error(e) if saving[0] else self.error(e))
        saving[0] = False
        return done

    def close_item(self, status: IPStatus) -> None:
        """Mark the selected item returned or destroyed on a date; undo puts it back in our hands."""
        row = self._selected()
        if row is None:
            return
        returned = status is IPStatus.RETURNED
        dialog = CloseItemDialog(row["reference"], returned, self)
        if not run_dialog(dialog):
            return
        on: Any = dialog.on.date().toPython()
        was = row["status"]
        text = self.tr("Mark %1 returned") if returned else self.tr("Mark %1 destroyed")
        self.run(text.replace("%1", row["reference"]),
                 lambda: self.services.register.close_item(row["id"], status, on),
                 lambda: self.services.register.reopen_item(row["id"], was))

    def edit_access(self) -> None:
        """Choose who of our users may open the selected item's content; undo restores the list before."""
        row = self._selected()
        if row is None:
            return
        users = [(u.id, u.display_name) for u in self.services.users.list() if u.active]
        dialog = AccessDialog(row["reference"], users, self.services.register.access(row["id"]), self)
        if not run_dialog(dialog):
            return
        chosen = dialog.chosen()
        previous: list[int] = []

        def apply() -> None:
            previous[:] = self.services.register.set_access(row["id"], chosen)

        self.run(self.tr("Access list of %1").replace("%1", row["reference"]), apply,
                 lambda: self.services.register.set_access(row["id"], previous))

    def trash_item(self) -> None:
        """Move the selected item to the trash (File › Trash… restores it); undo restores it; both audited."""
        row = self._selected()
        if row is None:
            return
        register, iid = self.services.register, row["id"]
        self.run(self.tr("Move %1 to trash").replace("%1", row["reference"]),
                 *trash_steps(lambda b: register.delete_item(iid, b), lambda b: register.restore_item(iid, b)))

    def attach_file(self) -> None:
        row = self._selected()
        if row is None or not self.unlock():
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file to {0}").format(row["reference"]))
        if name:
            self.attach_path(row["id"], Path(name))

    def attach_path(self, item_id: int, path: Path) -> bool:
        limit = self.services.register.max_attachment_bytes()
        try:
            if path.stat().st_size > limit:  # before reading a huge file into memory
                raise UserError(self.tr("{0} is larger than the {1} MiB limit for register attachments")
                                .format(path.name, limit // 1048576))
            data = path.read_bytes()
        except (UserError, OSError) as exc:
            self.error(str(exc))
            return False
        register = self.services.register
        made: list[int] = []
        kept: list[Mapping[str, Any]] = []  # what undo took off, for redo: the same attachment again

        def apply() -> Change:
            if kept:
                return register.put_back_attachment(kept[0])
            change = register.attach(item_id, path.name, data, mimetypes.guess_type(path.name)[0])
            made[:] = [change.id]
            return change

        def revert() -> None:
            kept[:] = [register.remove_attachment(made[0]).before]

        return self.run(self.tr("Attach %1").replace("%1", path.name), apply, revert)

    def save_attachment(self) -> None:
        row = self._selected()
        if row is None or not self.unlock():
            return
        files = self.services.register.attachments(row["id"])
        if not files:
            self.error(self.tr("This item has no attachments."))
            return
        names = [f"{f['filename']} ({f['size'] / 1024:.0f} KiB)" for f in files]
        choice, ok = QInputDialog.getItem(self, self.tr("Save attachment as…"), self.tr("Attachment:"), names, 0,
                                          False)
        if not ok:
            return
        att = files[names.index(choice)]
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment as…"), att["filename"] or "")
        if target:
            self.save_attachment_to(att["id"], Path(target))

    def save_attachment_to(self, attachment_id: int, target: Path) -> bool:
        try:
            self.services.register.save_attachment(attachment_id, target)
        except (UserError, OSError) as exc:
            self.error(str(exc))
            return False
        return True
