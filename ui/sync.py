"""The window's side of the sync with the team server (kam.sync.status, kam.sync): the status in the status bar,
the background sync on a worker thread, File › Connect to team server… and the Sync conflicts screen.

A sync runs on a thread of Qt's pool with engines of its own (kam.sync.status.run): the window's SQLite
connections stay on the window's thread, and the window never waits for the server. It runs when the window
opens on a bound database, ~20 s after the last edit, every 5 minutes, and from File › Sync now; while the
server cannot be reached the status says "Offline" and the sync is tried again later (30 s, then twice as
long each time, at most 5 minutes).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam.errors import UserError
from kam.palette import ERROR_HEX
from kam.sync import status as replica
from ui.commands import decide
from ui.signals import call_on

AFTER_EDIT_MS = 20_000
EVERY_MS = 5 * 60_000
RETRY_MS = (30_000, 60_000, 120_000, 240_000, 300_000)
# passwords typed in the connect dialog, by server (its URL without the password): kept in memory for this
# session only (a window replaced after a language switch or a restore syncs on), never written anywhere
PASSWORDS: dict[str, str] = {}


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """``work()`` on a pool thread; its result (or exception) is delivered on the window's thread."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            out = self.work()
        except Exception as exc:  # delivered to the window's thread, which says it in one line
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(out)


class SyncStatus(QObject):
    """This laptop file's sync: the status bar text, the timers and the runs on the worker thread."""

    finished = Signal()  # a run ended (synced, offline or failed)

    def __init__(self, window: QMainWindow, where: replica.Local, undo: Any, reload: Callable[[], None],
                 auto: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.where = where
        self.undo = undo
        self.reload = reload
        self.auto = auto
        self.engine = where.engine()  # reads on the window's thread: the status, the conflicts
        self.state = replica.Status(bound=False)
        self.running = False
        self.again = False
        self.offline = False
        self.problem: str | None = None
        self.attempts = 0
        self.closed = False
        self._jobs: list[_Job] = []
        self.label = QLabel()
        self.label.setObjectName("sync_status")
        window.statusBar().addPermanentWidget(self.label)
        self.after_edit = QTimer(self, singleShot=True, interval=AFTER_EDIT_MS)
        self.every = QTimer(self, interval=EVERY_MS)
        self.retry = QTimer(self, singleShot=True)
        self.clock = QTimer(self, interval=30_000)  # "Synced 2 min ago" moves on
        self.later = QTimer(self, singleShot=True, interval=1000)  # a reload waiting for the typing to end
        call_on(self.later.timeout, self.reload_when_idle)
        for timer in (self.after_edit, self.every, self.retry):
            call_on(timer.timeout, self.sync_now)
        call_on(self.clock.timeout, self.show_status)
        self.undo.indexChanged.connect(self._edited)
        self.refresh()
        if self.state.bound:
            self.start()

    # --- what the status bar says

    @property
    def bound(self) -> bool:
        return self.state.bound

    def refresh(self) -> None:
        """Read the status again (after an edit, a resolved conflict) and show it."""
        if self.closed:
            return
        self.state = replica.status(self.engine)
        self.show_status()

    def show_status(self) -> None:
        if self.closed:
            return
        st = self.state
        self.label.setVisible(st.bound)
        if not st.bound:
            self.label.setText("")
            return
        parts = []
        if self.running:
            parts.append(self.tr("Syncing…"))
        elif self.offline:
            parts.append(self.tr("Offline"))
        elif self.problem:
            parts.append(self.tr("Sync failed"))
        if st.waiting:
            parts.append(self.tr("%n change waiting", "", st.waiting) if st.waiting == 1
                         else self.tr("%n changes waiting", "", st.waiting))
        elif not parts:
            parts.append(self.synced_text(st.synced_at))
        if st.conflicts:
            parts.append(self.tr("%n conflict to resolve", "", st.conflicts) if st.conflicts == 1
                         else self.tr("%n conflicts to resolve", "", st.conflicts))
        self.label.setText(" · ".join(parts))
        tip = self.tr("Team server: %1").replace("%1", st.server or "")
        if self.problem:
            tip += "\n" + self.problem
        self.label.setToolTip(tip)

    def synced_text(self, when: dt.datetime | None) -> str:
        if when is None:
            return self.tr("Not synced yet")
        minutes = int((dt.datetime.now(dt.UTC) - when).total_seconds() // 60)
        if minutes < 1:
            return self.tr("Synced just now")
        if minutes < 60:
            return self.tr("Synced %n min ago", "", minutes)
        if minutes < 24 * 60:
            hours = minutes // 60
            return self.tr("Synced %n hour ago", "", hours) if hours == 1 else self.tr("Synced %n hours ago", "", hours)
        return self.tr("Synced on %1").replace("%1", when.astimezone().strftime("%Y-%m-%d"))

    # --- when it runs

    def start(self) -> None:
        """A bound database: sync now (unless told not to, e.g. for a screenshot), then every 5 minutes."""
        self.clock.start()
        if self.auto:
            self.every.start()
            self.sync_now()

    def _edited(self, _index: int) -> None:
        if self.closed:
            return
        self.refresh()
        if self.bound and self.auto:
            self.after_edit.start()  # (again: 20 s after the LAST edit)

    def sync_now(self) -> None:
        if self.closed or not self.bound:
            return
        if self.running:
            self.again = True
            return
        self.retry.stop()
        where, password = self.where, PASSWORDS.get(self.state.server or "")
        self._run(lambda: replica.run(where, password), self._synced, self._failed)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Any], None]) -> None:
        self.running = True
        self.show_status()
        job = _Job(work)
        job.setAutoDelete(False)  # kept until its answer arrived (the signals live with it)
        job.signals.done.connect(lambda out: self._answer(job, done, out))
        job.signals.failed.connect(lambda exc: self._answer(job, failed, exc))
        self._jobs.append(job)
        QThreadPool.globalInstance().start(job)

    def _answer(self, job: _Job, then: Callable[[Any], None], value: Any) -> None:
        with contextlib.suppress(ValueError):
            self._jobs.remove(job)
        self.running = False
        if self.closed:
            return
        then(value)
        self.finished.emit()
        if self.again and not self.closed:
            self.again = False
            self.sync_now()

    def _synced(self, out: Any) -> None:
        result, self.state = out
        self.offline, self.problem, self.attempts = False, None, 0
        self.show_status()
        if result.pulled or result.deleted or result.removed_accounts:
            self.reload_when_idle()  # the open dossier and the account list show what came down
        if result.removed_accounts:
            self.window.statusBar().showMessage(
                self.tr("No longer shared with you, removed from this laptop: %1").replace(
                    "%1", ", ".join(result.removed_accounts)), 15000)

    def reload_when_idle(self) -> None:
        """Reload the window, but not under someone typing in the dossier (a line being edited is saved when
        left; a reload now would replace what was typed): then a second later, again until they are done."""
        if self.closed:
            return
        focus = QApplication.focusWidget()
        sections = getattr(self.window, "sections", None)
        if isinstance(focus, QLineEdit | QPlainTextEdit | QTextEdit) and not focus.isReadOnly() \
                and sections is not None and sections.isAncestorOf(focus):
            self.later.start()
            return
        self.reload()

    def _failed(self, exc: Any) -> None:
        if replica.is_offline(exc):
            self.offline, self.problem = True, replica.problem(exc)
            self.retry.start(RETRY_MS[min(self.attempts, len(RETRY_MS) - 1)])
            self.attempts += 1
        else:
            self.offline, self.problem = False, replica.problem(exc)
            self.window.statusBar().showMessage(self.tr("Sync failed: %1").replace("%1", self.problem), 15000)
        self.refresh()

    # --- binding (the connect dialog)

    def connect_to(self, server_url: str, password: str | None, done: Callable[[], None],
                   failed: Callable[[str], None]) -> None:
        """Bind this database to the team server and run the first sync on the worker thread; ``done`` or
        ``failed(one line)`` is called on the window's thread. A URL that is not one raises UserError now."""
        replica.connect_url(server_url, password)  # refused here, before anything starts
        where = self.where

        def bound(out: Any) -> None:
            self._synced(out)
            if password and self.state.server:
                PASSWORDS[self.state.server] = password
            self.start_timers()
            done()

        def refused(exc: Any) -> None:
            self.refresh()
            if self.bound:  # bound, but the first sync was cut off: it goes on like any other
                self._failed(exc)
                self.start_timers()
            failed(replica.problem(exc))

        self._run(lambda: replica.bind_and_sync(where, server_url, password), bound, refused)

    def start_timers(self) -> None:
        self.clock.start()
        if self.auto:
            self.every.start()

    # --- closing

    def stop(self) -> None:
        """The window closes: no timer, no watcher of the undo stack, no answer handled any more."""
        if self.closed:
            return
        self.closed = True
        for timer in (self.after_edit, self.every, self.retry, self.clock, self.later):
            timer.stop()
        with contextlib.suppress(RuntimeError):
            self.undo.indexChanged.disconnect(self._edited)
        self.engine.dispose()

    def wait(self, ms: int = 30_000) -> bool:
        """Wait for a running sync to end (tests, the application's exit)."""
        return QThreadPool.globalInstance().waitForDone(ms)


class ConnectDialog(QDialog):
    """File › Connect to team server…: the server's URL (and password), then the first sync; a refusal is one
    line in the dialog."""

    def __init__(self, sync: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setWindowTitle(self.tr("Connect to team server"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://user@host/database")
        self.url.setMinimumWidth(420)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_HEX}")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.url)
        form.addRow(self.tr("Password"), self.password)
        note = QLabel(self.tr("This database is bound to the server: your accounts go up, the accounts the server "
                              "shares with you come down, and both stay in step from then on."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        call_on(self.buttons.accepted, self.connect_now)
        call_on(self.buttons.rejected, self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def connect_now(self) -> None:
        self.error.hide()
        try:
            self.sync.connect_to(self.url.text(), self.password.text() or None, self.accept, self._refused)
        except UserError as exc:
            self._refused(str(exc))
            return
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Connecting…"))
        self.error.setStyleSheet("")
        self.error.show()

    def _refused(self, problem: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setStyleSheet(f"color: {ERROR_HEX}")
        self.error.setText(problem)
        self.error.show()

    def reject(self) -> None:
        if not self.sync.running:  # the first sync runs on: closing waits for it
            super().reject()


class ConflictsDialog(QDialog):
    """File › Sync conflicts…: what both sides changed, with both values; "Keep mine" or "Take theirs" decides
    (a decision, not an edit: not undone)."""

    COLUMNS = 4

    def __init__(self, sync: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(860, 420)
        self.intro = QLabel(self.tr("The same thing was changed on this laptop and on the server. Choose which "
                                    "value stays; nothing is overwritten until you do."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Field"), self.tr("On this laptop"),
                                              self.tr("On the server")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No conflicts: everything is in step with the server."))
        self.mine = QPushButton(self.tr("Keep mine"))
        self.theirs = QPushButton(self.tr("Take theirs"))
        call_on(self.mine.clicked, lambda: self.decide("mine"))
        call_on(self.theirs.clicked, lambda: self.decide("theirs"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_HEX}")
        self.error.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        call_on(close.rejected, self.reject)
        row = QHBoxLayout()
        row.addWidget(self.mine)
        row.addWidget(self.theirs)
        row.addStretch(1)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.error)
        lay.addLayout(row)
        self.table.itemSelectionChanged.connect(self._enable)
        self.decided = 0
        self.load()

    def load(self) -> None:
        self.rows = replica.conflicts(self.sync.engine)
        self.table.setRowCount(len(self.rows))
        for i, c in enumerate(self.rows):
            what = self.what(c)
            cells = [what, self.field(c), replica.shown(c["mine"]), replica.shown(c["theirs"])]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        if self.rows:
            self.table.selectRow(0)
        self._enable()

    def what(self, c: dict[str, Any]) -> str:
        kinds = {"accounts": self.tr("Account"), "people": self.tr("Person"), "contacts": self.tr("Visit"),
                 "plans": self.tr("Plan"), "projects": self.tr("Project"), "competitors": self.tr("Competitor"),
                 "transactions": self.tr("Transaction"), "feedback": self.tr("Complaint or feedback"),
                 "factions": self.tr("Faction"), "decision_steps": self.tr("Decision step"),
                 "quant_objectives": self.tr("Objective"), "qual_objectives": self.tr("Objective"),
                 "reviews": self.tr("Review"), "departments": self.tr("Department"),
                 "business_units": self.tr("Business unit"), "whitespace_cells": self.tr("Whitespace cell")}
        kind = kinds.get(c["tbl"], self.tr("Record"))
        what = f"{kind} {c['record']}".strip() if c["record"] else kind
        if c["kind"] == "refused":
            return self.tr("%1 (refused by the server)").replace("%1", what)
        if c["kind"] == "deleted":
            return self.tr("%1 (deleted on the server)").replace("%1", what)
        return what

    def field(self, c: dict[str, Any]) -> str:
        return c["field_caption"] or self.tr("the whole record")

    def _enable(self) -> None:
        chosen = bool(self.rows) and self.table.currentRow() >= 0
        self.mine.setEnabled(chosen)
        self.theirs.setEnabled(chosen)

    def decide(self, take: str) -> None:
        row = self.table.currentRow()
        if not (0 <= row < len(self.rows)):
            return
        cid = int(self.rows[row]["id"])

        def refused(exc: UserError) -> None:
            self.error.setText(str(exc))
            self.error.show()

        self.error.hide()
        if decide("sync.resolve", lambda: replica.resolve(self.sync.engine, cid, take), self._decided, refused):
            self.decided += 1

    def _decided(self) -> None:
        self.load()
        self.sync.refresh()
        self.sync.reload()
