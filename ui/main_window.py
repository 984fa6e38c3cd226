"""The main window: the account list on the left, the selected account's dossier on the right.

It paints first and is attached to the database afterwards (``attach``), so the
start-up cost of SQLAlchemy and the first queries comes after the window shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from kam.app import Services
    from kam.errors import UserError
    from ui.orgchart.widget import OrgChartWidget
    from ui.planning import PlanPage
    from ui.register import RegisterSection
    from ui.sections import (
        CompetitorsSection,
        FeedbackSection,
        PeopleSection,
        VisitsSection,
    )
    from ui.transactions import TransactionsSection
    from ui.whitespace import WhitespaceSection

SECTIONS = ("overview", "people", "orgchart", "visits", "feedback", "transactions", "competitors", "register", "plan",
            "whitespace")


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    restore_requested = Signal(str)  # a verified backup to restore; the app closes and reopens the database

    def __init__(self, lang: str = "en", where: str = "", settings: Any = None) -> None:
        super().__init__()
        self.lang = lang
        self.settings = settings
        self._services: Services | None = None
        self.current_account: int | None = None
        self.team_url: str | None = None  # a shared PostgreSQL database: the portfolio listens for changes
        self.undo = QUndoStack(self)
        self.setWindowTitle(f"KAM — {where}" if where else "KAM")
        self.resize(1360, 860)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.filter_tier, self.filter_type, self.filter_owner = QComboBox(), QComboBox(), QComboBox()
        filters = QHBoxLayout()
        for box in (self.filter_tier, self.filter_type, self.filter_owner):
            filters.addWidget(box)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(8, 8, 4, 8)
        lv.addWidget(self.search)
        lv.addLayout(filters)
        lv.addWidget(self.table)
        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QFormLayout()
        self.sections = QTabWidget()
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(12, 8, 8, 8)
        rv.addWidget(self.title)
        rv.addWidget(self.sections, 1)
        self.split = QSplitter()
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setSizes([430, 930])
        self.setCentralWidget(self.split)
        self.reminders_dock = QDockWidget(self)
        self.reminders_dock.setObjectName("reminders")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reminders_dock)
        self._debounce = QTimer(self, singleShot=True, interval=60)
        self._build_menus()
        self.retranslate()
        if settings is not None:
            geometry, state = settings.window("main")
            if geometry is not None:
                self.restoreGeometry(geometry)
            if state is not None:
                self.restoreState(state)
            split = settings.store.value("window/main/splitter")
            if split is not None:
                self.split.restoreState(split)

    # --- attaching the database (after the first paint)

    @property
    def services(self) -> Services:
        """The services of the open database (the window is shown before one is attached)."""
        if self._services is None:
            raise RuntimeError("no database attached to the window yet")
        return self._services

    @property
    def attached(self) -> bool:
        return self._services is not None

    def attach(self, services: Services) -> None:
        """The list and the first dossier's overview now; every other section is made when first shown, and
        the reminders (a whole-portfolio query) are read after the list has painted."""
        from ui.models.accounts import AccountTableModel
        from ui.reminders import RemindersPanel
        from ui.sections import AccountForm

        self._services = services
        year = __import__("datetime").date.today().year
        self.model = AccountTableModel(services.accounts, self.lang,
                                       plan_status=lambda: services.planning.status_by_account(year))
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 230)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self._debounce.timeout.connect(lambda: self.model.refilter(self.search.text()))
        self.search.textChanged.connect(self._debounce.start)
        for box in (self.filter_tier, self.filter_type, self.filter_owner):
            box.currentIndexChanged.connect(self._apply_filters)
        overview = QWidget()
        ov = QVBoxLayout(overview)
        ov.setContentsMargins(0, 0, 0, 0)
        ov.addLayout(self.summary)
        from ui.team import TeamBox
        from ui.wallet import WalletBox

        self.team_box = TeamBox(services, self.undo, self.lang)  # our people on the account
        self.team_box.changed.connect(self._changed)
        self.wallet_box = WalletBox(services, self.undo, self.lang)  # share of wallet per year
        self.wallet_box.changed.connect(self._changed)
        boxes = QHBoxLayout()
        boxes.addWidget(self.team_box, 1)
        boxes.addWidget(self.wallet_box, 1)
        ov.addLayout(boxes)
        self.account_form = AccountForm(services, self.undo, self.lang)
        ov.addWidget(self.account_form, 1)
        self.account_form.changed.connect(self._changed)
        if self.settings is not None:
            services.vault.idle_seconds = 60 * self.settings.get("register_idle_minutes")
        # one page per tab; the section inside is made the first time it is shown (or used)
        self.section_widgets: list[QWidget] = [overview]
        self._made: dict[int, QWidget] = {0: self.account_form}
        for _key in SECTIONS[1:]:
            page = QWidget()
            lay = QVBoxLayout(page)
            lay.setContentsMargins(0, 0, 0, 0)
            self.section_widgets.append(page)
        for w in self.section_widgets:
            self.sections.addTab(w, "")
        self.reminders = RemindersPanel(services, self.lang)
        self.reminders.open_account.connect(self.open_account)
        self.reminders_dock.setWidget(self.reminders)
        self.sections.currentChanged.connect(lambda _i: self._load_section())
        self.undo.indexChanged.connect(lambda _i: self._changed())
        self.retranslate()
        self._fill_filters()
        self.model.reload()
        QTimer.singleShot(0, self.reminders.reload)  # after the list shows

    def _section(self, key: str) -> Any:
        """The section widget of tab ``key``, made (and its module imported) the first time it is needed."""
        i = SECTIONS.index(key)
        made = self._made.get(i)
        if made is None:
            made = self._make_section(key)
            self._made[i] = made
            layout = self.section_widgets[i].layout()
            assert layout is not None
            layout.addWidget(made)
        return made

    def _make_section(self, key: str) -> QWidget:
        services = self.services
        if key == "people":
            from ui.sections import PeopleSection

            people = PeopleSection(services, self.undo, self.lang)
            people.person_activated.connect(self.open_person)
            people.changed.connect(self._changed)
            return people
        if key == "orgchart":
            from ui.orgchart.widget import OrgChartWidget

            chart = OrgChartWidget(services, self.undo, self.lang)
            chart.person_activated.connect(self.open_person)
            chart.add_person.connect(self._first_person)
            return chart
        if key == "visits":
            from ui.sections import VisitsSection

            visits = VisitsSection(services, self.undo, self.lang)
            visits.capture.connect(self.quick_visit)
            visits.changed.connect(self._changed)
            return visits
        if key == "feedback":
            from ui.sections import FeedbackSection

            feedback = FeedbackSection(services, self.undo, self.lang)
            feedback.changed.connect(self._changed)
            return feedback
        if key == "transactions":
            from ui.transactions import TransactionsSection

            transactions = TransactionsSection(services, self.undo, self.lang)
            transactions.changed.connect(self._changed)
            return transactions
        if key == "competitors":
            from ui.sections import CompetitorsSection

            competitors = CompetitorsSection(services, self.undo, self.lang)
            competitors.changed.connect(self._changed)
            return competitors
        if key == "register":
            from ui.register import RegisterSection

            return RegisterSection(services, self.undo, self.lang, clipboard_seconds=(
                self.settings.get("clipboard_seconds") if self.settings is not None else 30))
        if key == "plan":
            from ui.planning import PlanPage

            return PlanPage(services, self.undo, self.lang)
        if key == "whitespace":
            from ui.whitespace import WhitespaceSection

            whitespace = WhitespaceSection(services, self.undo, self.lang)
            whitespace.changed.connect(self._changed)
            return whitespace
        raise ValueError(f"unknown section {key!r}")

    @property
    def people(self) -> PeopleSection:
        return self._section("people")

    @property
    def orgchart(self) -> OrgChartWidget:
        return self._section("orgchart")

    @property
    def visits(self) -> VisitsSection:
        return self._section("visits")

    @property
    def feedback(self) -> FeedbackSection:
        return self._section("feedback")

    @property
    def transactions(self) -> TransactionsSection:
        return self._section("transactions")

    @property
    def competitors(self) -> CompetitorsSection:
        return self._section("competitors")

    @property
    def register(self) -> RegisterSection:
        return self._section("register")

    @property
    def plan_page(self) -> PlanPage:
        return self._section("plan")

    @property
    def whitespace(self) -> WhitespaceSection:
        return self._section("whitespace")

    # --- menus and translatable text

    def _build_menus(self) -> None:
        self.menu_actions: dict[str, QAction] = {}

        def act(key: str, slot: Any, shortcut: Any = None) -> QAction:
            a = QAction(self)
            if shortcut is not None:
                a.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
            a.triggered.connect(slot)
            self.menu_actions[key] = a
            return a

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(act("new_account", self.new_account, QKeySequence.StandardKey.New))
        self.file_menu.addAction(act("visit", self.quick_visit, "Ctrl+Shift+V"))
        self.file_menu.addAction(act("print", self.print_dialog, QKeySequence.StandardKey.Print))
        self.file_menu.addAction(act("import", self.import_wizard, "Ctrl+I"))
        self.export_menu = self.file_menu.addMenu("")
        for kind in ("accounts", "people", "transactions", "vcard", "ics", "dossier", "dossier_confidential"):
            self.export_menu.addAction(act(f"export_{kind}", lambda _=False, k=kind: self.export(k)))
        self.file_menu.addAction(act("trash", self.trash_dialog))
        self.file_menu.addAction(act("backup", self.backup_now))
        self.file_menu.addAction(act("restore", self.restore_dialog))
        self.file_menu.addSeparator()
        self.file_menu.addAction(act("quit", self.close, QKeySequence.StandardKey.Quit))
        self.edit_menu = self.menuBar().addMenu("")
        undo = self.undo.createUndoAction(self)
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo.createRedoAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.menu_actions["undo"], self.menu_actions["redo"] = undo, redo
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addAction(act("delete_account", self.delete_account))
        self.edit_menu.addAction(act("find", lambda: self.search.setFocus(), QKeySequence.StandardKey.Find))
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(act("portfolio", self.show_portfolio, "Ctrl+Shift+P"))
        self.view_menu.addAction(self.reminders_dock.toggleViewAction())
        self.settings_menu = self.menuBar().addMenu("")
        self.settings_menu.addAction(act("preferences", self.preferences, QKeySequence.StandardKey.Preferences))
        self.settings_menu.addAction(act("scoring", self.scoring_dialog))

    def retranslate(self) -> None:
        """(Re)apply every visible text through Qt's translation system."""
        self.search.setPlaceholderText(self.tr("Search accounts: Chinese, English or pinyin…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.export_menu.setTitle(self.tr("&Export"))
        texts = {"new_account": self.tr("&New account…"), "visit": self.tr("Log a &visit…"),
                 "print": self.tr("&Print / export…"), "trash": self.tr("&Trash…"), "quit": self.tr("&Quit"),
                 "backup": self.tr("&Back up now…"), "restore": self.tr("&Restore from a backup…"),
                 "delete_account": self.tr("Move account to trash"), "find": self.tr("&Find"),
                 "portfolio": self.tr("&Portfolio (sales VP)"), "preferences": self.tr("&Preferences…"),
                 "scoring": self.tr("&Value scoring…"), "import": self.tr("&Import…"),
                 "export_accounts": self.tr("All &accounts (CSV / Excel)…"),
                 "export_people": self.tr("&People of this account (CSV / Excel)…"),
                 "export_transactions": self.tr("&Transactions of this account (CSV / Excel)…"),
                 "export_vcard": self.tr("People of this account as &vCards…"),
                 "export_ics": self.tr("Planned visits and birthdays to the &calendar (ICS)…"),
                 "export_dossier": self.tr("This account's &dossier (JSON, without confidential parts)…"),
                 "export_dossier_confidential": self.tr("This account's dossier with confidential parts…")}
        for key, text in texts.items():
            self.menu_actions[key].setText(text)
        self.undo.setUndoLimit(500)
        self.menu_actions["undo"].setText(self.tr("&Undo"))
        self.menu_actions["redo"].setText(self.tr("&Redo"))
        self.reminders_dock.setWindowTitle(self.tr("Reminders"))
        names = (self.tr("Overview"), self.tr("People"), self.tr("Org chart && decision process"), self.tr("Visits"),
                 self.tr("Complaints && feedback"), self.tr("Transactions"), self.tr("Competitors"),
                 self.tr("IP register"), self.tr("Plan && reviews"), self.tr("Whitespace"))
        for i in range(self.sections.count()):
            self.sections.setTabText(i, names[i])

    def _fill_filters(self) -> None:
        from kam.vocab import KAType, Tier, label, tier_label

        for box, first, items in (
                (self.filter_tier, self.tr("All tiers"), [(tier_label(t, self.lang), t) for t in Tier]),
                (self.filter_type, self.tr("All types"), [(label(t, self.lang), t) for t in KAType]),
                (self.filter_owner, self.tr("All owners"), [(u.display_name, u.id) for u in self.services.users.list()])):
            box.blockSignals(True)
            box.clear()
            box.addItem(first, None)
            for text, data in items:
                box.addItem(text, data)
            box.blockSignals(False)

    def _apply_filters(self) -> None:
        self.model.filters = {"tier": self.filter_tier.currentData(), "ka_type": self.filter_type.currentData(),
                              "owner_id": self.filter_owner.currentData()}
        self.model.refilter()

    # --- the dossier

    def show_section(self, key: str) -> None:
        if key not in SECTIONS:
            raise ValueError(f"unknown section {key!r}; one of {', '.join(SECTIONS)}")
        self.sections.setCurrentIndex(SECTIONS.index(key))

    def open_account(self, account_id: int) -> None:
        row = self.model.row_of(account_id)
        if row is None:  # hidden by a search or filter: clear them
            self.search.clear()
            for box in (self.filter_tier, self.filter_type, self.filter_owner):
                box.setCurrentIndex(0)
            self.model.refilter("")
            row = self.model.row_of(account_id)
        if row is not None:
            self.table.selectRow(row)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            account_id = self.model.account_id(rows[0].row())
            if account_id is not None:
                self.show_account(account_id)

    def show_account(self, account_id: int) -> None:
        """Open a dossier: the title and summary now, each section when it is first shown."""
        self.current_account = account_id
        self._loaded: set[int] = set()
        self.sections.setEnabled(True)
        acc = self.services.accounts.get(account_id)
        self.title.setText(" / ".join(x for x in (acc.name_zh, acc.name_en) if x))
        self._summary(account_id)
        self._load_section()

    def _load_section(self) -> None:
        if self.current_account is None or not self.attached:
            return
        i = self.sections.currentIndex()
        if i in getattr(self, "_loaded", set()):
            return
        self._loaded.add(i)
        w = self.account_form if i == 0 else self._section(SECTIONS[i])
        if hasattr(w, "set_account"):
            w.set_account(self.current_account)
        if i == 0:
            self.team_box.set_account(self.current_account)
            self.wallet_box.set_account(self.current_account)

    def _summary(self, account_id: int) -> None:
        from kam.vocab import label, tier_label, tier_strategy

        while self.summary.rowCount():
            self.summary.removeRow(0)
        history = self.services.analysis.tier_history(account_id)
        snap = history[-1] if history else None
        if snap is None:
            return
        moves = [f"{a.year}Q{a.quarter} {label(a.tier, self.lang)} → {b.year}Q{b.quarter} {label(b.tier, self.lang)}"
                 for a, b in zip(history, history[1:], strict=False) if a.tier != b.tier]
        rows = [(self.tr("Tier"), f"{tier_label(snap.tier, self.lang)} — "
                 f"{self.tr('current value')} {snap.current_score}, {self.tr('potential value')} {snap.potential_score}"),
                (self.tr("Recommended strategy"), tier_strategy(snap.tier, self.lang))]
        if moves:
            rows.append((self.tr("Tier moves"), "; ".join(moves[-3:])))
        for caption, text in rows:
            value = QLabel(text)
            value.setWordWrap(True)
            self.summary.addRow(caption, value)

    def _changed(self) -> None:
        """After any change: refresh what shows it (list, summary, open section, reminders)."""
        if not self.attached:
            return
        self.model.reload()
        if self.current_account is not None and not self._still_there(self.current_account):
            self._close_account()  # moved to the trash (or its creation undone)
        if self.current_account is not None:
            keep = self.sections.currentIndex()
            self._loaded = set()
            self._load_section()
            self.sections.setCurrentIndex(keep)
        self.reminders.reload()

    def _still_there(self, account_id: int) -> bool:
        from kam.errors import NotFound

        try:
            self.services.accounts.get(account_id)
        except NotFound:
            return False
        return True

    def _close_account(self) -> None:
        """No dossier open: the title and summary go, the sections wait for the next account."""
        self.current_account = None
        self.title.setText("")
        while self.summary.rowCount():
            self.summary.removeRow(0)
        self.sections.setEnabled(False)

    # --- actions

    def new_account(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New account"), self.tr("Name (Chinese or English)"))
        if not ok or not name.strip():
            return
        from kam.services.accounts import name_field
        from ui.commands import push_operation

        made: list[int] = []
        field = name_field(name)
        me = self.services.records.actor.user_id

        def apply() -> object:
            if made:
                return self.services.accounts.restore(made[0])
            change = self.services.accounts.create(**{field: name, "owner_id": me})
            made.append(change.id)
            return change

        if push_operation(self.undo, self.tr("New account"), apply,
                          lambda: self.services.accounts.delete(made[0]), self._changed, self._error):
            self.open_account(made[0])
            self.show_section("overview")

    def delete_account(self) -> None:
        aid = self.current_account
        if aid is None:
            return
        from ui.commands import push_operation

        push_operation(self.undo, self.tr("Move account to trash"), lambda: self.services.accounts.delete(aid),
                       lambda: self.services.accounts.restore(aid), self._changed, self._error)

    def trash_dialog(self) -> None:
        trash = self.services.dossier.trash()
        items = [f"{self.tr('Account')}: {name}" for _i, name, _t in trash["accounts"]] + \
                [f"{self.tr('Person')}: {name}" for _i, name, _t in trash["people"]]
        if not items:
            QMessageBox.information(self, self.tr("Trash"), self.tr("The trash is empty."))
            return
        picked, ok = QInputDialog.getItem(self, self.tr("Trash"), self.tr("Restore"), items, 0, False)
        if not ok:
            return
        i = items.index(picked)
        from ui.commands import push_operation

        if i < len(trash["accounts"]):
            aid = trash["accounts"][i][0]
            push_operation(self.undo, self.tr("Restore"), lambda: self.services.accounts.restore(aid),
                           lambda: self.services.accounts.delete(aid), self._changed, self._error)
        else:
            pid = trash["people"][i - len(trash["accounts"])][0]
            push_operation(self.undo, self.tr("Restore"), lambda: self.services.people.restore(pid),
                           lambda: self.services.people.delete(pid), self._changed, self._error)

    def backup_now(self, target: str | None = None) -> str | None:
        """A consistent copy of the live database where the user chooses."""
        import datetime as dt

        from PySide6.QtWidgets import QFileDialog

        from kam.errors import UserError

        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Back up now"),
                                                    f"kam-{dt.datetime.now():%Y%m%d-%H%M}.sqlite3",
                                                    "SQLite (*.sqlite3)")
            if not target:
                return None
        from pathlib import Path

        try:
            self.services.backups.backup_to(Path(target))
        except (UserError, OSError) as exc:
            self._error(str(exc))
            return None
        return target

    def import_wizard(self) -> None:
        from ui.commands import forget_history
        from ui.import_wizard import ImportWizard, summary

        wizard = ImportWizard(self.services, self.current_account, self)
        if wizard.exec() and wizard.result is not None:
            forget_history(self.undo, "import")  # not undone step by step; the audit trail and backups keep it
            self._changed()
            QMessageBox.information(self, self.tr("Import"), summary(wizard.result, dry_run=False))

    def export(self, kind: str) -> None:
        """File > Export: tables to CSV/XLSX, people to vCard, visits and birthdays to ICS, a dossier to JSON."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from kam.errors import UserError

        account = self.current_account
        whole = kind in ("accounts", "ics")  # every account (the calendar: all planned visits and birthdays)
        if not whole and account is None:
            self._error(self.tr("Choose an account first."))
            return
        base = "kam" if whole or account is None else self.services.accounts.get(account).display_name
        filters = {"vcard": ("vcf", "vCard (*.vcf)"), "ics": ("ics", "iCalendar (*.ics)"),
                   "dossier": ("json", "JSON (*.json)"), "dossier_confidential": ("json", "JSON (*.json)")}
        suffix, flt = filters.get(kind, ("xlsx", "Excel (*.xlsx);;CSV (*.csv)"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"{base}-{kind.split('_')[0]}.{suffix}", flt)
        if not name:
            return
        reason = None
        if kind == "dossier_confidential":
            if not self.services.register.unlocked and self.services.register.is_set_up():
                self._error(self.tr("Unlock the IP register first (IP register section): its content is part of "
                                    "the export."))
                return
            reason, ok = QInputDialog.getText(self, self.tr("Export with confidential parts"),
                                              self.tr("The file will hold the IP register in clear and the "
                                                      "sensitive personal fields. Why is it needed? (recorded)"))
            if not ok:
                return
        try:
            if kind.startswith("dossier"):
                assert account is not None
                self.services.transfer.export(account, Path(name), include_confidential=reason is not None,
                                              reason=reason)
            else:
                self.services.exports.export(kind, Path(name), None if whole else account)
        except (UserError, OSError) as exc:
            self._error(str(exc))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", name), 8000)

    def restore_dialog(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from kam.errors import UserError

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"), "", "SQLite (*.sqlite3 *.db)")
        if not name:
            return
        try:
            self.services.backups.verify(Path(name))
        except UserError as exc:
            self._error(str(exc))
            return
        answer = QMessageBox.question(self, self.tr("Restore from a backup"),
                                      self.tr("Replace the current database with this backup? The current one is "
                                              "kept in the backups folder."))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(name)

    def quick_visit(self) -> None:
        if self.current_account is None:
            return
        from ui.visit_dialog import VisitDialog

        VisitDialog(self.services, self.undo, self.current_account, self.lang, self).exec()

    def _first_person(self) -> None:
        """The empty org chart's button: add a person the way the people page does."""
        if self.current_account is None:
            return
        if self.people.account_id != self.current_account:  # the people page loads when first shown
            self.people.set_account(self.current_account)
        self.people.add()

    def open_person(self, person_id: int) -> None:
        from ui.person_dialog import PersonDialog

        PersonDialog(self.services, self.undo, person_id, self.lang, self).exec()

    def show_portfolio(self) -> None:
        from ui.portfolio import PortfolioWindow

        self.portfolio = PortfolioWindow(self.services, self.lang, live_url=self.team_url)
        self.portfolio.open_account.connect(self.open_account)
        self.portfolio.show()

    def scoring_dialog(self) -> None:
        from ui.scoring_dialog import ScoringDialog

        ScoringDialog(self.services, self.undo, self._changed, self).exec()

    def print_dialog(self) -> None:
        from ui.print_dialog import PrintDialog

        if self.current_account is not None:
            size = self.settings.get("page_size") if self.settings else "A4"
            PrintDialog(self.services, self.current_account, self.lang, parent=self, page_size=size).exec()

    def preferences(self) -> None:
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if not dialog.exec():
            return
        if self.attached:  # register locking applies at once
            self.services.vault.idle_seconds = 60 * self.settings.get("register_idle_minutes")
            if SECTIONS.index("register") in self._made:
                self.register.guard.seconds = self.settings.get("clipboard_seconds")
        if dialog.language_changed:
            self.language_changed.emit(self.settings.language())

    def _error(self, problem: UserError | str) -> None:
        QMessageBox.warning(self, self.tr("Not done"), str(problem))

    def closeEvent(self, event: Any) -> None:
        if self.settings is not None:
            self.settings.save_window("main", self.saveGeometry(), self.saveState())
            self.settings.store.setValue("window/main/splitter", self.split.saveState())
        super().closeEvent(event)

# Texts used through self.tr() inside f-strings, declared here so that lupdate extracts them.
_TR = (
    QT_TRANSLATE_NOOP("MainWindow", "Account"),
    QT_TRANSLATE_NOOP("MainWindow", "Person"),
    QT_TRANSLATE_NOOP("MainWindow", "current value"),
    QT_TRANSLATE_NOOP("MainWindow", "potential value"),
)
