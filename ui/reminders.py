"""The reminders panel: what needs the KAM's attention today."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from kam.palette import ACCENT_HEX, ERROR_HEX, FACTION_HEX, NAVY_HEX, WARN_HEX
from ui.fit import fit_columns
from ui.models.rows import Column, RowsModel

if TYPE_CHECKING:
    from kam.app import Services

KIND_HEX = {"complaint": ERROR_HEX, "birthday": FACTION_HEX[0], "cadence": WARN_HEX, "plan": ACCENT_HEX,
            "review": NAVY_HEX, "register": FACTION_HEX[1]}


class RemindersPanel(QWidget):
    """Reminders are read in a worker thread (a whole-portfolio query: 5 000 accounts take a second or more),
    so the window takes input while they come; ``reload`` starts a read, the newest one fills the table."""

    open_account = Signal(int)
    loaded = Signal(int, object)  # (generation, list of reminders or the exception), queued from the worker

    def sizeHint(self) -> QSize:
        """Four reminders high at first (the dock can be dragged taller): the dossier keeps its room on a
        laptop screen."""
        rows = self.table.verticalHeader().defaultSectionSize()
        return QSize(super().sizeHint().width(), self.table.horizontalHeader().sizeHint().height() + 4 * rows + 4)

    def __init__(self, services: Services, lang: str = "en") -> None:
        super().__init__()
        self.services = services
        kinds = {"complaint": self.tr("Complaint past its response target"),
                 "birthday": self.tr("Birthday"), "cadence": self.tr("Visits behind cadence"),
                 "plan": self.tr("Plan not submitted"), "review": self.tr("Review due this quarter"),
                 "register": self.tr("Register item due back")}
        self.model = RowsModel([
            Column(self.tr("Reminder"), lambda r: kinds[r.kind], colour=lambda r: KIND_HEX[r.kind]),
            Column(self.tr("Account"), lambda r: r.account),
            Column(self.tr("Detail"), lambda r: r.text),
        ], key=lambda r: r.account_id)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        fit_columns(self.table, caps={1: 240})
        self.table.doubleClicked.connect(lambda ix: self.open_account.emit(self.model.id_at(ix.row())))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)

        self._generation = 0
        self.filled = 0  # the generation shown (tests wait for it)
        self.due = False  # a read is to start soon (the window starts it after its first paint); ``wait`` starts it
        self.loaded.connect(self._fill)

    def reload(self) -> None:
        self.due = False
        self._generation += 1
        generation, read = self._generation, self.services.dossier.reminders_for_actor
        emit = self.loaded.emit

        def work() -> None:
            try:
                result: object = read()
            except Exception as exc:  # shown on the GUI thread; a closed database at exit is not
                result = exc
            with contextlib.suppress(RuntimeError):  # the window closed while reading
                emit(generation, result)

        threading.Thread(target=work, name="kam-reminders", daemon=True).start()

    def _fill(self, generation: int, result: object) -> None:
        if generation != self._generation:  # a newer read is under way
            return
        self.filled = generation
        if isinstance(result, Exception):
            self.model.load([])
            self.table.setToolTip(self.tr("The reminders could not be read: %1").replace("%1", str(result)))
            return
        self.table.setToolTip("")
        self.model.load(result)  # type: ignore[arg-type]

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the newest read has filled the table (tests, screenshots of the reminders)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        if self.due:
            self.reload()
        deadline = QDeadlineTimer(int(timeout * 1000))
        while self.filled != self._generation and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
