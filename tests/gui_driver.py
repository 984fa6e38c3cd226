"""Drive the real window as a person does (not a test module).

Every blocking dialog is answered by the test: the standard file, message and input dialogs, and every
``QDialog.exec()`` — which, instead of waiting for a person, presses the dialog's own buttons through their
signals. ``Answers(rng=None)`` gives the sensible answer (accept, a valid value, a new file of the right
kind); ``Answers(rng=random.Random(seed))`` answers at random (cancel, empty, 500 characters, odd paths,
the open database itself …) and is deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
    QWizard,
)

PASSPHRASE = "demo-register"  # the demo's IP register passphrase
TEXTS = ("张伟", "Zhang Wei", "鼎新電子 測試", "华东精密 测试", "", "   ", "x" * 500, "=1+1", "Ölmühle & Söhne",
         "2026-13-45", "line one\nline two", "王强 <wang@example.cn>", "..", "NULL")
CLOSING = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole,
           QDialogButtonBox.ButtonRole.YesRole, QDialogButtonBox.ButtonRole.NoRole,
           QDialogButtonBox.ButtonRole.DestructiveRole)


class Answers:
    """Answers every blocking dialog; ``asked`` lists what was asked, ``messages`` what the user was told."""

    def __init__(self, tmp: Path, db: Path, rng: random.Random | None = None) -> None:
        self.rng = rng
        self.tmp = tmp
        self.db = db
        self.asked: list[str] = []
        self.messages: list[str] = []
        self.written: list[Path] = []  # files the save dialogs named
        self.opened_urls: list[str] = []
        self._n = 0
        self._depth = 0
        tmp.mkdir(parents=True, exist_ok=True)
        self.import_file = tmp / "people-import.csv"
        self.import_file.write_text("Name,Title,Department\n李华,采购经理,采购部\nAnna Becker,Engineer,R&D\n",
                                    encoding="utf-8")
        self.attachment = tmp / "drawing-说明.txt"
        self.attachment.write_text("drawing 图纸 rev B\n", encoding="utf-8")
        self.backup: Path | None = None  # a verified backup, for File > Restore (made by the caller)

    # --- installing

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save_name)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open_name)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(self.tmp))
        monkeypatch.setattr(QMessageBox, "question", self._question)
        for name in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, self._tell)
        monkeypatch.setattr(QInputDialog, "getText", self._text)
        monkeypatch.setattr(QInputDialog, "getMultiLineText", self._multi)
        monkeypatch.setattr(QInputDialog, "getItem", self._item)
        monkeypatch.setattr(QInputDialog, "getInt", self._int)
        monkeypatch.setattr(QInputDialog, "getDouble", self._double)
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self._exec(dialog))
        monkeypatch.setattr(QMenu, "exec", lambda *a, **k: None)
        monkeypatch.setattr(QToolButton, "showMenu", lambda *a, **k: None)
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: self.opened_urls.append(url.toString()) or True)

    # --- choices

    def _pick(self, options: list[Any], sensible: Any) -> Any:
        return sensible if self.rng is None else self.rng.choice(options)

    def _ok(self) -> bool:
        return True if self.rng is None else self.rng.random() < 0.85

    def _new_name(self, suffix: str) -> Path:
        self._n += 1
        return self.tmp / f"out-{self._n}{suffix}"

    # --- the standard dialogs

    def _save_name(self, parent: Any = None, caption: str = "", directory: str = "", flt: str = "",
                   *a: Any, **k: Any) -> tuple[str, str]:
        self.asked.append(f"save file: {caption}")
        suffix = Path(directory).suffix or ".out"
        sensible = self._new_name(suffix)
        choice = self._pick(["new", "new", "new", "cancel", "no-suffix", "no-folder", "folder", "database",
                             "long", "existing"], "new")
        path: Path | str
        if choice == "new":
            path = sensible
        elif choice == "cancel":
            return "", ""
        elif choice == "no-suffix":
            path = self._new_name("")
        elif choice == "no-folder":
            path = self.tmp / "no such folder" / f"out{suffix}"
        elif choice == "folder":
            path = self.tmp
        elif choice == "database":
            path = self.db
        elif choice == "long":
            path = self.tmp / ("长" * 300 + suffix)
        else:
            path = self.attachment
        self.written.append(Path(path))
        return str(path), flt

    def _open_name(self, parent: Any = None, caption: str = "", directory: str = "", flt: str = "",
                   *a: Any, **k: Any) -> tuple[str, str]:
        self.asked.append(f"open file: {caption}")
        if "SQLite" in flt:
            sensible = self.backup
        elif "Importable" in flt:
            sensible = self.import_file
        else:
            sensible = self.attachment
        if sensible is None:
            return "", ""
        choice = self._pick(["sensible", "sensible", "cancel", "missing", "folder", "database", "long",
                             "import", "attachment"], "sensible")
        path = {"sensible": sensible, "cancel": None, "missing": self.tmp / "missing.csv", "folder": self.tmp,
                "database": self.db, "long": self.tmp / ("x" * 500 + ".csv"), "import": self.import_file,
                "attachment": self.attachment}[choice]
        return ("", "") if path is None else (str(path), flt)

    def _question(self, parent: Any, title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        self.asked.append(f"question: {title}")
        yes = self._pick([True, True, False], True)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    def _tell(self, parent: Any, title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        self.messages.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    def _text(self, parent: Any, title: str, label: str, echo: Any = None, text: str = "",
              *a: Any, **k: Any) -> tuple[str, bool]:
        self.asked.append(f"text: {title} / {label}")
        if echo == QLineEdit.EchoMode.Password:
            return self._pick([PASSPHRASE, PASSPHRASE, PASSPHRASE, "wrong passphrase", ""], PASSPHRASE), self._ok()
        self._n += 1
        return self._pick(list(TEXTS), f"Test 测试 {self._n}"), self._ok()

    def _multi(self, parent: Any, title: str, label: str, text: str = "", *a: Any, **k: Any) -> tuple[str, bool]:
        self.asked.append(f"multi-line text: {title}")
        return self._pick(list(TEXTS), "Please add the service commitments. 请补充服务承诺。"), self._ok()

    def _item(self, parent: Any, title: str, label: str, items: list[str], current: int = 0,
              *a: Any, **k: Any) -> tuple[str, bool]:
        self.asked.append(f"item: {title}")
        items = list(items)
        if not items:
            return "", False
        return self._pick(items, items[min(max(current, 0), len(items) - 1)]), self._ok()

    def _int(self, parent: Any, title: str, label: str, value: int = 0, lo: int = -2147483647,
             hi: int = 2147483647, *a: Any, **k: Any) -> tuple[int, bool]:
        self.asked.append(f"int: {title}")
        return (value if self.rng is None else self.rng.randint(lo, min(hi, lo + 1000))), self._ok()

    def _double(self, parent: Any, title: str, label: str, value: float = 0.0, *a: Any, **k: Any) -> tuple[float, bool]:
        self.asked.append(f"number: {title}")
        return (value if self.rng is None else round(self.rng.uniform(-10, 1000), 2)), self._ok()

    # --- modal dialogs: pressed through their own buttons

    def _exec(self, dialog: QDialog) -> int:
        self.asked.append(f"dialog: {type(dialog).__name__}")
        if self._depth >= 3:  # a dialog of a dialog of a dialog: a person would cancel here
            dialog.reject()
            return 0
        self._depth += 1
        try:
            if isinstance(dialog, QWizard):
                return self._wizard(dialog)
            return self._dialog(dialog)
        finally:
            self._depth -= 1

    def _dialog(self, dialog: QDialog) -> int:
        done: list[int] = []
        dialog.finished.connect(done.append)
        dialog.setResult(0)
        if self.rng is not None:
            fill_at_random(dialog, self.rng)
        else:
            lists = dialog.findChildren(QListWidget)
            for lw in lists:  # e.g. the visit's attendees: tick the first one
                if lw.count() and lw.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    lw.item(0).setCheckState(Qt.CheckState.Checked)
        boxes = dialog.findChildren(QDialogButtonBox)
        closing = [b for box in boxes for b in box.buttons() if box.buttonRole(b) in CLOSING]
        others = [b for b in buttons_of(dialog) if b not in closing]
        if self.rng is not None:
            others = self.rng.sample(others, self.rng.randint(0, len(others)))
        for b in others:
            if done:
                break
            press(b)
        if not done and closing:
            accept = [b for box in boxes for b in box.buttons()
                      if box.buttonRole(b) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                               QDialogButtonBox.ButtonRole.YesRole)]
            press(self._pick(closing, (accept or closing)[0]))
        if not done:  # refused (a message in the dialog) or nothing to press: the person cancels
            dialog.reject()
        return dialog.result()

    def _wizard(self, wizard: QWizard) -> int:
        done: list[int] = []
        wizard.finished.connect(done.append)
        wizard.show()
        for _step in range(6):
            if done:
                break
            page = wizard.currentPage()
            if page is not None:
                for b in page.findChildren(QPushButton):  # Browse…
                    if b.isEnabled() and (self.rng is None or self.rng.random() < 0.7):
                        press(b)
                if self.rng is not None:
                    fill_at_random(page, self.rng, rate=0.15)
            finish, nxt = wizard.button(QWizard.WizardButton.FinishButton), wizard.button(QWizard.WizardButton.NextButton)
            if self.rng is not None and self.rng.random() < 0.1:
                press(wizard.button(QWizard.WizardButton.CancelButton))
            elif finish.isVisible() and finish.isEnabled():
                press(finish)
            elif nxt.isVisible() and nxt.isEnabled():
                before = wizard.currentId()
                press(nxt)
                if wizard.currentId() == before:  # the page refused (its message shows): the person gives up
                    break
            else:
                break
        if not done:
            wizard.reject()
        wizard.hide()
        return wizard.result()


def press(button: QAbstractButton) -> None:
    """Press a button as a person does (its clicked signal); a tool button with a menu: each menu entry."""
    if not button.isEnabled():
        return
    if isinstance(button, QToolButton) and button.menu() is not None:
        for action in button.menu().actions():
            if action.isEnabled() and not action.isSeparator():
                action.trigger()
        return
    button.click()


def buttons_of(widget: QWidget) -> list[QAbstractButton]:
    """The push and tool buttons inside ``widget`` that can be pressed now (no check boxes)."""
    return [b for b in widget.findChildren(QAbstractButton)
            if isinstance(b, QPushButton | QToolButton) and b.isEnabled()
            and not b.objectName().startswith("qt_")]  # Qt's own (the wizard's, a scroll area's)


def fill_at_random(widget: QWidget, rng: random.Random, rate: float = 0.3) -> None:
    """Type into some of the editable fields and tick some boxes, as a person filling a form might."""
    for edit in widget.findChildren(QLineEdit):
        if edit.isEnabled() and not edit.isReadOnly() and rng.random() < rate:
            edit.setText(rng.choice(TEXTS))
            edit.editingFinished.emit()
    for text in widget.findChildren(QPlainTextEdit):
        if text.isEnabled() and not text.isReadOnly() and rng.random() < rate:
            text.setPlainText(rng.choice(TEXTS))
    for combo in widget.findChildren(QComboBox):
        if combo.isEnabled() and combo.count() and rng.random() < rate / 2:
            combo.setCurrentIndex(rng.randrange(combo.count()))
            combo.activated.emit(combo.currentIndex())
    for box in widget.findChildren(QCheckBox):
        if box.isEnabled() and rng.random() < rate:
            box.click()
    for lw in widget.findChildren(QListWidget):
        for i in range(lw.count()):
            item = lw.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and rng.random() < rate / 3:
                item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                                   else Qt.CheckState.Checked)


def select_first_rows(widget: QWidget) -> None:
    """Select the first row of every table inside ``widget`` (so buttons that act on a selection can act)."""
    for table in widget.findChildren(QTableView):
        model = table.model()
        if model is not None and model.rowCount() and table.selectionModel() is not None:
            table.selectRow(0)


def window_actions(window: QWidget) -> list[QAction]:
    """The window's own actions, in menu order: every menu entry (no submenu titles), then any other action
    the window holds (the org chart's export menu, a line edit's clear button …)."""
    seen: list[QAction] = []

    def walk(menu: QMenu) -> Iterator[QAction]:
        for a in menu.actions():
            if a.menu() is not None:
                yield from walk(a.menu())
            elif not a.isSeparator():
                yield a

    for top in window.menuBar().actions():  # type: ignore[attr-defined]
        if top.menu() is not None:
            seen.extend(walk(top.menu()))
    for a in window.findChildren(QAction):
        if a not in seen and a.menu() is None and not a.isSeparator():
            seen.append(a)
    return seen


def named(actions: list[QAction], menu_actions: dict[str, QAction]) -> Callable[[QAction], str]:
    keys = {id(a): k for k, a in menu_actions.items()}
    return lambda a: keys.get(id(a), a.text() or a.objectName() or type(a.parent()).__name__)


def open_session(db: Path, tmp: Path, lang: str = "en") -> Any:
    """The application itself (``ui.app.Launcher``: a language change or a restore replaces the window) on
    the database ``db``, acting as the KAM li.na, with settings in a file of the test's own."""
    from PySide6.QtCore import QSettings

    from ui.app import Launcher
    from ui.settings import Settings

    launcher = Launcher(db=str(db), user="li.na", screenshot=None, account=None, lang=lang, section=None)
    launcher.settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    launcher.window.settings = launcher.settings
    launcher.attach()
    assert launcher.code == 0
    return launcher


def copy_database(src: Path, dst: Path) -> Path:
    """A copy of a database with its audit head beside it (``kam audit verify`` checks the head)."""
    import shutil

    shutil.copy(src, dst)
    head = src.with_name(src.name + ".audit-head")
    if head.exists():
        shutil.copy(head, dst.with_name(dst.name + ".audit-head"))
    return dst
