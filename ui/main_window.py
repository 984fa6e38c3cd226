"""The main window: the account list on the left, the selected account's dossier on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam.services import Services
from kam.vocab import TIER_NUMERAL, label, tier_strategy
from ui.models.accounts import AccountTableModel
from ui.orgchart.widget import OrgChartWidget


class MainWindow(QMainWindow):
    def __init__(self, services: Services, lang: str = "en", where: str = "") -> None:
        super().__init__()
        self.services = services
        self.lang = lang
        self.setWindowTitle(f"KAM — {where}" if where else "KAM")
        self.resize(1280, 800)

        self.model = AccountTableModel(services.accounts, lang)
        self.search = QLineEdit(placeholderText=self.tr("Search accounts (name, English, pinyin)…"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(8, 8, 4, 8)
        lv.addWidget(self.search)
        lv.addWidget(self.table)

        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QFormLayout()
        self.people = QTableWidget(0, 5)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.verticalHeader().hide()
        self.people.horizontalHeader().setStretchLastSection(True)
        self.undo = QUndoStack(self)
        overview = QWidget()
        ov = QVBoxLayout(overview)
        ov.addLayout(self.facts)
        ov.addStretch(1)
        self.orgchart = OrgChartWidget(services, self.undo, lang)
        self.orgchart.changed.connect(self._refresh_current)
        self.orgchart.person_activated.connect(self.open_person)
        self.undo.indexChanged.connect(lambda _i: self._refresh_current(chart=True))
        from ui.planning import PlanPage

        self.plan_page = PlanPage(services, self.undo, lang)
        self.sections = QTabWidget()
        self.section_keys = ["overview", "people", "orgchart", "plan"]
        self.sections.addTab(overview, self.tr("Overview"))
        self.sections.addTab(self.people, self.tr("People"))
        self.sections.addTab(self.orgchart, self.tr("Org chart"))
        self.sections.addTab(self.plan_page, self.tr("Plan && reviews"))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(12, 8, 8, 8)
        rv.addWidget(self.title)
        rv.addWidget(self.sections, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([430, 850])
        self.setCentralWidget(split)

        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(lambda: self.model.reload(self.search.text()))
        self.search.textChanged.connect(self._debounce.start)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        find = QAction(self.tr("Find"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus())
        self.addAction(find)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        print_action = QAction(self.tr("&Print / export…"), self, shortcut=QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.print_dialog)
        file_menu.addAction(print_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        portfolio = QAction(self.tr("&Portfolio (sales VP)"), self, shortcut=QKeySequence("Ctrl+Shift+P"))
        portfolio.triggered.connect(self.show_portfolio)
        view_menu.addAction(portfolio)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        scoring = QAction(self.tr("&Value scoring…"), self)
        scoring.triggered.connect(self.scoring_dialog)
        settings_menu.addAction(scoring)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
        edit.addAction(undo)
        edit.addAction(redo)
        self.current_account: int | None = None
        self.model.reload()

    def show_section(self, key: str) -> None:
        if key not in self.section_keys:
            raise ValueError(f"unknown section {key!r}; one of {', '.join(self.section_keys)}")
        self.sections.setCurrentIndex(self.section_keys.index(key))

    def _refresh_current(self, chart: bool = False) -> None:
        if self.current_account is not None:
            self.show_account(self.current_account, chart=chart)

    def show_portfolio(self) -> None:
        from ui.portfolio import PortfolioWindow

        self.portfolio = PortfolioWindow(self.services, self.lang)
        self.portfolio.open_account.connect(self.open_account)
        self.portfolio.show()

    def scoring_dialog(self) -> None:
        from ui.scoring_dialog import ScoringDialog

        if ScoringDialog(self.services, self).exec():
            self.model.reload()

    def print_dialog(self) -> None:
        from ui.print_dialog import PrintDialog

        if self.current_account is not None:
            PrintDialog(self.services, self.current_account, self.lang, parent=self).exec()

    def open_person(self, person_id: int) -> None:
        from ui.person_dialog import PersonDialog

        PersonDialog(self.services, self.undo, person_id, self.lang, self).exec()

    def open_account(self, account_id: int) -> None:
        row = self.model.row_of(account_id)
        if row is not None:
            self.table.selectRow(row)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        account_id = self.model.account_id(rows[0].row())
        if account_id is not None:
            self.show_account(account_id)

    def show_account(self, account_id: int, chart: bool = True) -> None:
        self.current_account = account_id
        acc = self.services.accounts.get(account_id)
        self.title.setText(" / ".join(x for x in (acc.name_zh, acc.name_en) if x))
        while self.facts.rowCount():
            self.facts.removeRow(0)
        history = self.services.analysis.tier_history(account_id)
        snap = history[-1] if history else None
        wallet = next((w for w in self.services.analysis.share_of_wallet() if w.account_id == account_id), None)
        tier_text = "—"
        strategy = ""
        if snap is not None:
            tier_text = (f"{TIER_NUMERAL[snap.tier]} {label(snap.tier, self.lang)} — "
                         f"{self.tr('current')} {snap.current_score}, {self.tr('potential')} {snap.potential_score}")
            strategy = tier_strategy(snap.tier, self.lang)
            moves = [f"{a.year}Q{a.quarter} {label(a.tier, self.lang)} → {b.year}Q{b.quarter} {label(b.tier, self.lang)}"
                     for a, b in zip(history, history[1:], strict=False) if a.tier != b.tier]
            if moves:
                strategy += "\n" + self.tr("Tier moves") + ": " + "; ".join(moves[-3:])
        for caption, value in ((self.tr("Type"), label(acc.ka_type, self.lang)),
                               (self.tr("Tier"), tier_text),
                               (self.tr("Recommended strategy"), strategy),
                               (self.tr("Share of wallet"), f"{wallet.share_pct} %" if wallet and wallet.share_pct
                                is not None else "—"),
                               (self.tr("Industry"), acc.industry or ""),
                               (self.tr("Region"), acc.region or ""),
                               (self.tr("Customer since"), acc.cooperation_since.isoformat()
                                if acc.cooperation_since else "")):
            text = QLabel(value)
            text.setWordWrap(True)
            self.facts.addRow(caption, text)
        rows = self.services.people.rows(account_id)
        self.people.setRowCount(len(rows))
        self.people.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Department"), self.tr("Stance"),
             self.tr("Roles")])
        for i, p in enumerate(rows):
            cells = [p.name, p.title or "", p.department or "", label(p.stance, self.lang),
                     ", ".join(label(r, self.lang) for r in p.roles)]
            for j, text in enumerate(cells):
                self.people.setItem(i, j, QTableWidgetItem(text))
        self.people.resizeColumnsToContents()
        if chart:
            self.orgchart.set_account(account_id)
            self.plan_page.set_account(account_id)
