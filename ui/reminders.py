"""The reminders panel: what needs the KAM's attention today."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from kam.app import Services
from kam.palette import ACCENT_HEX, ERROR_HEX, FACTION_HEX, NAVY_HEX, WARN_HEX
from ui.models.rows import Column, RowsModel

KIND_HEX = {"complaint": ERROR_HEX, "birthday": FACTION_HEX[0], "cadence": WARN_HEX, "plan": ACCENT_HEX,
            "review": NAVY_HEX, "register": FACTION_HEX[1]}


class RemindersPanel(QWidget):
    open_account = Signal(int)

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
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda ix: self.open_account.emit(self.model.id_at(ix.row())))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)

    def reload(self) -> None:
        self.model.load(self.services.dossier.reminders_for_actor())
