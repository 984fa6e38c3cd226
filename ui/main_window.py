"""The main window: the account list on the left, the selected account's dossier on the right.

It paints first and is attached to the database afterwards (``attach``), so the
start-up cost of SQLAlchemy and the first queries comes after the window shows.
"""

from __future__ import annotations

import contextlib
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelection, QObject, Qt, QTimer, Signal
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

from kam.errors import UserError
from ui.forms import run_dialog
from ui.signals import call_on

if TYPE_CHECKING:
    from kam.app import Services
    from ui.competitors import CompetitorsSection
    from ui.orgchart.widget import OrgChartWidget
    from ui.planning import PlanPage
    from ui.register import RegisterSection
    from ui.sections import (
        FeedbackSection,
        PeopleSection,
        VisitsSection,
    )
    from ui.transactions import TransactionsSection
    from ui.whitespace import WhitespaceSection

BACKGROUND_AFTER_PAINT_MS = 100  # the first frame reaches the screen before worker threads share the interpreter
BACKGROUND_LATEST_MS = 1500  # a window not painted by then (hidden, minimised) starts them anyway


class FirstPaint(QObject):
    """Calls ``then`` once, after the first time ``widget`` is painted."""

    def __init__(self, widget: QWidget, then: Any) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            then()
        return False


SECTIONS = ("overview", "people", "orgchart", "visits", "feedback", "transactions", "competitors", "register", "plan",
            "whitespace")


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    restore_requested = Signal(str)  # a verified backup to restore; the app closes and reopens the database

    def __init__(self, lang: str = "en", where: str = "", settings: Any = None) -> None:
        super().__init__()
        self.lang = lang
        self.settings = settings
        self._services: Services | None = None  # the real services, once attached
        self._source: Any = None  # what the window reads: the services, or a kam.first_view.Pending before them
        self.current_account: int | None = None
        self._closing = False  # set when the window closes or is replaced: no more refreshes
        self.team_url: str | None = None  # a shared PostgreSQL database: the portfolio listens for changes
        self.sync_status: Any = None  # a laptop file: its sync with the team server (ui.sync.SyncStatus)
        self.undo = QUndoStack(self)
        self.portfolio: Any = None  # the one portfolio window (View > Portfolio raises it if open)
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
        self._update_actions()
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
        """The services of the open database (the window is shown before one is attached); before them, the
        first view's reads (kam.first_view.Pending: anything else waits for the services)."""
        if self._source is None:
            raise RuntimeError("no database attached to the window yet")
        return self._source

    @property
    def attached(self) -> bool:
        """Whether the real services are there (not only the first view's reads)."""
        return self._services is not None

    def attach(self, services: Services) -> None:
        """The list and the first dossier's overview now; every other section is made when first shown, and
        the reminders (a whole-portfolio query) are read after the list has painted.

        ``services`` may be a kam.first_view.Pending (the first view, read without SQLAlchemy): the window
        shows the same, and attaching the real services afterwards keeps everything shown as it is."""
        from kam.first_view import Pending

        if isinstance(self._source, Pending) and not isinstance(services, Pending):
            self._attach_services(services)
            return
        from ui.fit import fit_columns, scrolling
        from ui.models.accounts import AccountTableModel
        from ui.reminders import RemindersPanel
        from ui.sections import AccountForm

        self._source = services
        if not isinstance(services, Pending):
            self._services = services
        year = __import__("datetime").date.today().year
        self.model = AccountTableModel(services.accounts, self.lang,
                                       plan_status=lambda ids=None: services.planning.status_by_account(year, ids))
        call_on(self.model.completed, self._reselect)  # the whole list arrived and had changed meanwhile
        self.table.setModel(self.model)
        self.model.load_first()  # a large portfolio: its first page; the rest is read after the list shows
        samples = {}
        if not self.model.complete:  # the columns fit the first page, which may not hold every label
            from kam.vocab import KAType, PlanStatus, Tier, label, tier_label

            widest = self.table.fontMetrics().horizontalAdvance
            samples = {1: max((tier_label(t, self.lang) for t in Tier), key=widest),
                       2: max((label(t, self.lang) for t in KAType), key=widest),
                       5: max((label(t, self.lang) for t in PlanStatus), key=widest)}
        fit_columns(self.table, caps={0: 240}, samples=samples)
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
        if self.settings is not None and self.attached:
            services.vault.idle_seconds = 60 * self.settings.get("register_idle_minutes")
        # one page per tab; the section inside is made the first time it is shown (or used)
        self.section_widgets: list[QWidget] = [overview]
        self._made: dict[int, QWidget] = {0: self.account_form}
        for _key in SECTIONS[1:]:
            page = QWidget()
            lay = QVBoxLayout(page)
            lay.setContentsMargins(0, 0, 0, 0)
            self.section_widgets.append(page)
        for w in self.section_widgets:  # each page scrolls: the window fits a laptop screen
            self.sections.addTab(scrolling(w), "")
        self.reminders = RemindersPanel(services, self.lang)
        self.reminders.open_account.connect(self.open_account)
        self.reminders_dock.setWidget(self.reminders)
        self.sections.currentChanged.connect(lambda _i: self._load_section())
        self.undo.indexChanged.connect(self._undo_moved)
        self.retranslate()
        self._fill_filters()
        self.sections.setEnabled(False)  # until an account is open
        self._update_actions()
        # the whole-portfolio reads (the rest of a large list, the reminders) start once the list has painted
        self._background_due = True
        self.reminders.due = True
        self._first_paint = FirstPaint(self.table.viewport(), self._background_soon)
        QTimer.singleShot(BACKGROUND_LATEST_MS, self, self._start_background)  # (a window never shown: tests)

    def _attach_services(self, services: Services) -> None:
        """The real services after the first view: what shows stays (the same reads gave it), with the
        selection, the open section and the scroll position; from now on everything reads the services."""
        pending = self._source
        stale = pending.changed()  # another process wrote, or the file was replaced, since the first view read
        self._services = self._source = services
        pending.resolve(services)
        for reader in (self.team_box, self.wallet_box, self.account_form, self.reminders):
            reader.services = services
        if self.settings is not None:
            services.vault.idle_seconds = 60 * self.settings.get("register_idle_minutes")
        self._update_actions()
        if stale:  # what shows is read again from the services, as after any change
            self._changed()
        # the whole-portfolio reads waited for the services (the first paint has happened by now, or the
        # fallback timer starts them)
        QTimer.singleShot(BACKGROUND_AFTER_PAINT_MS, self, self._start_background)

    def _need_services(self) -> None:
        """Before anything beyond the first view's reads: the real services (opened now if still pending)."""
        if not self.attached and self._source is not None:
            self._source.need()

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
        self._need_services()  # the other sections read the services (the first view has only the overview)
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
            chart.changed.connect(self._changed)
            return chart
        if key == "visits":
            from ui.sections import VisitsSection

            visits = VisitsSection(services, self.undo, self.lang)
            call_on(visits.capture, partial(self._guarded, self.quick_visit))
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
            from ui.competitors import CompetitorsSection

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
            call_on(a.triggered, partial(self._guarded, slot))  # never `checked` into an optional parameter
            self.menu_actions[key] = a
            return a

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(act("new_account", self.new_account, QKeySequence.StandardKey.New))
        self.file_menu.addAction(act("visit", self.quick_visit, "Ctrl+Shift+V"))
        self.file_menu.addAction(act("print", self.print_dialog, QKeySequence.StandardKey.Print))
        self.file_menu.addAction(act("import", self.import_wizard, "Ctrl+I"))
        self.export_menu = self.file_menu.addMenu("")
        for kind in ("accounts", "people", "transactions", "vcard", "ics", "dossier", "dossier_confidential"):
            self.export_menu.addAction(act(f"export_{kind}", lambda k=kind: self.export(k)))
        self.file_menu.addAction(act("trash", self.trash_dialog))
        self.file_menu.addAction(act("backup", self.backup_now))
        self.file_menu.addAction(act("restore", self.restore_dialog))
        self.file_menu.addSeparator()
        self.file_menu.addAction(act("connect_server", self.connect_server))
        self.file_menu.addAction(act("sync_now", self.sync_now, "F5"))
        self.file_menu.addAction(act("sync_conflicts", self.sync_conflicts))
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
        self.edit_menu.addAction(act("find", self.focus_search, QKeySequence.StandardKey.Find))
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(act("portfolio", self.show_portfolio, "Ctrl+Shift+P"))
        self.view_menu.addAction(self.reminders_dock.toggleViewAction())
        self.settings_menu = self.menuBar().addMenu("")
        self.settings_menu.addAction(act("preferences", self.preferences, QKeySequence.StandardKey.Preferences))
        self.settings_menu.addAction(act("scoring", self.scoring_dialog))
        self.settings_menu.addAction(act("attachment_limit", self.attachment_limit))
        self.settings_menu.setToolTipsVisible(True)  # why a setting is disabled

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
                 "attachment_limit": self.tr("Register &attachment limit…"),
                 "export_accounts": self.tr("All &accounts (CSV / Excel)…"),
                 "export_people": self.tr("&People of this account (CSV / Excel)…"),
                 "export_transactions": self.tr("&Transactions of this account (CSV / Excel)…"),
                 "export_vcard": self.tr("People of this account as &vCards…"),
                 "export_ics": self.tr("Planned visits and birthdays to the &calendar (ICS)…"),
                 "export_dossier": self.tr("This account's &dossier (JSON, without confidential parts)…"),
                 "export_dossier_confidential": self.tr("This account's dossier with confidential parts…"),
                 "connect_server": self.tr("&Connect to team server…"), "sync_now": self.tr("S&ync now"),
                 "sync_conflicts": self.tr("Sync con&flicts…")}
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
        """Open a dossier: the title and summary now, each section when it is first shown.

        An account that is no longer there (moved to the trash, here or by someone else in team mode) leaves
        the dossier empty instead."""
        from kam.errors import NotFound

        self.current_account = account_id
        self._loaded: set[int] = set()
        self.sections.setEnabled(True)
        try:
            acc = self.services.accounts.get(account_id)
            self.title.setText(" / ".join(x for x in (acc.name_zh, acc.name_en) if x))
            self._summary(account_id)
        except NotFound:
            self._account_gone()
            return
        self._update_actions()
        self._load_section()

    def _load_section(self) -> None:
        from kam.errors import NotFound

        if self.current_account is None or self._source is None:
            return
        i = self.sections.currentIndex()
        if i in getattr(self, "_loaded", set()):
            return
        self._loaded.add(i)
        w = self.account_form if i == 0 else self._section(SECTIONS[i])
        try:
            if hasattr(w, "set_account"):
                w.set_account(self.current_account)
            if i == 0:
                self.team_box.set_account(self.current_account)
                self.wallet_box.set_account(self.current_account)
        except NotFound:  # the record the section shows disappeared meanwhile (another user, another window)
            self._account_gone()

    def _account_gone(self) -> None:
        """The open account is not there any more: reload the list and show a neighbour or nothing."""
        self._changed()
        if self.current_account is not None and not self._still_there(self.current_account):
            self._close_account()

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

    def _undo_moved(self, _index: int) -> None:
        self._changed()

    def _changed(self) -> None:
        """After any change: refresh what shows it (list, summary, open section, reminders).

        When the open account is gone (moved to the trash, its creation undone, removed by someone else) the
        selection moves to its neighbour in the list, or the dossier is left empty when the list is."""
        if not self.attached or self._closing:
            return
        gone_row = self.model.row_of(self.current_account) if self.current_account is not None else None
        self.model.reload()
        if self.current_account is not None and not self._still_there(self.current_account):
            self._close_account()  # moved to the trash (or its creation undone)
            if gone_row is not None and self.model.rowCount():
                self.table.selectRow(min(gone_row, self.model.rowCount() - 1))  # opens the neighbour
        elif self.current_account is not None:
            self._reselect()
            keep = self.sections.currentIndex()
            self._loaded = set()
            try:
                acc = self.services.accounts.get(self.current_account)
                self.title.setText(" / ".join(x for x in (acc.name_zh, acc.name_en) if x))
                self._summary(self.current_account)
            except UserError:
                pass
            self._load_section()
            self.sections.setCurrentIndex(keep)
        self._update_actions()
        self._reload_reminders()

    def _reselect(self) -> None:
        """After the list was re-read: the open account's row is selected again (without reopening it)."""
        if self.current_account is None:
            return
        row = self.model.row_of(self.current_account)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            if row is None:
                self.table.clearSelection()
            else:
                self.table.selectRow(row)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()

    def _background_soon(self) -> None:
        QTimer.singleShot(BACKGROUND_AFTER_PAINT_MS, self, self._start_background)

    def _start_background(self) -> None:
        """The reads the first view does not need, in worker threads: the rest of a large account list and the
        reminders (unless a change read them meanwhile)."""
        if not self._background_due or not self.attached or self._closing:
            return
        self._background_due = False
        self.model.read_rest()
        if self.reminders.due:
            self._reload_reminders()

    def _reload_reminders(self) -> None:
        if self.attached and not self._closing:
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
        self.table.clearSelection()
        self._update_actions()

    def _update_actions(self) -> None:
        """What needs an open account is disabled without one (File > Log a visit, Print, the account's
        exports, Edit > Move account to trash); what needs the database, until it is attached."""
        attached = self.attached
        account = attached and self.current_account is not None
        for key in ("visit", "print", "delete_account", "export_people", "export_transactions", "export_vcard",
                    "export_dossier", "export_dossier_confidential"):
            self.menu_actions[key].setEnabled(account)
        for key in ("new_account", "import", "export_accounts", "export_ics", "trash", "backup", "restore",
                    "portfolio"):
            self.menu_actions[key].setEnabled(attached)
        # the database's shared settings: a sales VP's or an administrator's, or anyone's working alone
        allowed = attached and self.services.users.may_change_settings()
        why = "" if allowed or not attached else self.tr(
            "Only a sales VP or an administrator changes this setting of a database shared by several users")
        for key in ("scoring", "attachment_limit"):
            self.menu_actions[key].setEnabled(allowed)
            self.menu_actions[key].setToolTip(why or self.menu_actions[key].text().replace("&", ""))
        sync = self.sync_status
        bound = sync is not None and sync.bound
        self.menu_actions["connect_server"].setEnabled(sync is not None and not bound and not sync.running)
        self.menu_actions["sync_now"].setEnabled(bound)
        self.menu_actions["sync_conflicts"].setEnabled(bound)

    # --- the sync with the team server (ui.sync; the rules in kam.sync)

    def watch_sync(self, where: Any, auto: bool = True) -> None:
        """This window shows a laptop file ``where`` (kam.sync.status.Local): the sync status in the status bar, and
        when the file is bound to a team server, syncs in the background (``auto``: at once, after edits,
        every 5 minutes)."""
        from ui.sync import SyncStatus

        self.sync_status = SyncStatus(self, where, self.undo, self._changed, auto=auto)
        call_on(self.sync_status.finished, self._update_actions)
        self._update_actions()

    def connect_server(self) -> None:
        from ui.sync import ConnectDialog

        if self.sync_status is not None:
            run_dialog(ConnectDialog(self.sync_status, self))
            self._update_actions()

    def sync_now(self) -> None:
        if self.sync_status is not None:
            self.sync_status.sync_now()

    def sync_conflicts(self) -> None:
        from ui.sync import ConflictsDialog

        if self.sync_status is not None:
            run_dialog(ConflictsDialog(self.sync_status, self))

    # --- actions

    def new_account(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New account"), self.tr("Name (Chinese or English)"))
        if not ok or not name.strip():
            return
        from kam.services.accounts import name_field
        from ui.commands import push_operation, trash_steps

        made: list[int] = []
        field = name_field(name)
        me = self.services.records.actor.user_id

        accounts = self.services.accounts
        # undo moves the new account to the trash, redo takes it out: each exactly as it was (trash_steps)
        to_trash, out = trash_steps(lambda b: accounts.delete(made[0], b), lambda b: accounts.restore(made[0], b))

        def apply() -> object:
            if made:
                return out()
            change = accounts.create(**{field: name, "owner_id": me})
            made.append(change.id)
            return change

        def revert() -> object:
            return to_trash()

        if push_operation(self.undo, self.tr("New account"), apply, revert, self._changed, self._error):
            self.open_account(made[0])
            self.show_section("overview")

    def delete_account(self) -> None:
        aid = self.current_account
        if aid is None:
            return
        from ui.commands import push_operation, trash_steps

        accounts = self.services.accounts
        push_operation(self.undo, self.tr("Move account to trash"),
                       *trash_steps(lambda b: accounts.delete(aid, b), lambda b: accounts.restore(aid, b)),
                       self._changed, self._error)

    def trash_dialog(self) -> None:
        trash = self.services.dossier.trash()
        items = [f"{self.tr('Account')}: {name}" for _i, name, _t in trash["accounts"]] + \
                [f"{self.tr('Person')}: {name}" for _i, name, _t in trash["people"]] + \
                [f"{self.tr('Register item')}: {ref}" for _i, ref, _t in trash["register_items"]]
        if not items:
            QMessageBox.information(self, self.tr("Trash"), self.tr("The trash is empty."))
            return
        picked, ok = QInputDialog.getItem(self, self.tr("Trash"), self.tr("Restore"), items, 0, False)
        if not ok:
            return
        i = items.index(picked)
        from ui.commands import push_operation, trash_steps

        sv = self.services
        if i < len(trash["accounts"]):
            aid = trash["accounts"][i][0]
            steps = trash_steps(lambda b: sv.accounts.delete(aid, b), lambda b: sv.accounts.restore(aid, b),
                                restoring=True)
        elif i < len(trash["accounts"]) + len(trash["people"]):
            pid = trash["people"][i - len(trash["accounts"])][0]
            steps = trash_steps(lambda b: sv.people.delete(pid, b), lambda b: sv.people.restore(pid, b),
                                restoring=True)
        else:
            iid = trash["register_items"][i - len(trash["accounts"]) - len(trash["people"])][0]
            steps = trash_steps(lambda b: sv.register.delete_item(iid, b), lambda b: sv.register.restore_item(iid, b),
                                restoring=True)
        push_operation(self.undo, self.tr("Restore"), *steps, self._changed, self._error)

    def backup_now(self) -> str | None:
        """File > Back up now: a consistent copy of the live database where the user chooses."""
        import datetime as dt

        from PySide6.QtWidgets import QFileDialog

        target, _ = QFileDialog.getSaveFileName(self, self.tr("Back up now"),
                                                f"kam-{dt.datetime.now():%Y%m%d-%H%M}.sqlite3",
                                                "SQLite (*.sqlite3)")
        return self.backup_to(target) if target else None

    def backup_to(self, target: str) -> str | None:
        """A consistent copy of the live database at ``target``; a refusal is one message."""
        from pathlib import Path

        from kam.errors import UserError

        try:
            self.services.backups.backup_to(Path(target))
        except (UserError, OSError) as exc:
            self._error(str(exc))
            return None
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", target), 8000)
        return target

    def import_wizard(self) -> None:
        from ui.commands import forget_history
        from ui.import_wizard import ImportWizard, summary

        wizard = ImportWizard(self.services, self.current_account, self)
        accepted = run_dialog(wizard)
        if accepted and wizard.import_result is not None:
            forget_history(self.undo, "import")  # not undone step by step; the audit trail and backups keep it
            self._changed()
            QMessageBox.information(self, self.tr("Import"), summary(wizard.import_result, dry_run=False))

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
        if kind == "dossier_confidential" and not self.services.register.unlocked \
                and self.services.register.is_set_up():  # said before anything is asked
            self._error(self.tr("Unlock the IP register first (IP register section): its content is part of "
                                "the export."))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"{base}-{kind.split('_')[0]}.{suffix}", flt)
        if not name:
            return
        reason = None
        if kind == "dossier_confidential":
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

        run_dialog(VisitDialog(self.services, self.undo, self.current_account, self.lang, self))

    def _first_person(self) -> None:
        """The empty org chart's button: add a person the way the people page does."""
        if self.current_account is None:
            return
        if self.people.account_id != self.current_account:  # the people page loads when first shown
            self.people.set_account(self.current_account)
        self.people.add()

    def open_person(self, person_id: int) -> None:
        from ui.person_dialog import PersonDialog

        try:
            person = self.services.people.get(person_id)
            if person.deleted_at is not None:  # moved to the trash meanwhile (another window, another user)
                self._error(self.tr("%1 is in the trash now (File › Trash… restores it).").replace("%1", person.name))
                self._changed()
                return
            dialog = PersonDialog(self.services, self.undo, person_id, self.lang, self)
        except UserError as exc:
            self._error(exc)
            self._changed()
            return
        run_dialog(dialog)

    def show_portfolio(self) -> None:
        from ui.portfolio import PortfolioWindow

        if self.portfolio is not None:  # one portfolio window: shown again, brought to the front, up to date
            self.portfolio.reload()
            self.portfolio.show()
            self.portfolio.raise_()
            self.portfolio.activateWindow()
            return
        self.portfolio = PortfolioWindow(self.services, self.lang, live_url=self.team_url)
        self.portfolio.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.portfolio.open_account.connect(self.open_account)
        self.portfolio.destroyed.connect(self._portfolio_closed)
        self.portfolio.show()

    def _portfolio_closed(self) -> None:
        self.portfolio = None

    def scoring_dialog(self) -> None:
        from ui.scoring_dialog import ScoringDialog

        run_dialog(ScoringDialog(self.services, self.undo, self._changed, self))

    def attachment_limit(self) -> None:
        """The largest file a register item may hold (a setting of the database), undoable."""
        from ui.commands import push_operation

        register = self.services.register
        old = register.max_attachment_bytes() // 1048576
        mb, ok = QInputDialog.getInt(self, self.tr("Register attachments"),
                                     self.tr("Largest file a register item may hold (MiB):"), old, 1, 2048)
        if ok and mb != old:
            stored: list[int | None] = []  # the setting before (None: the default), which undo puts back

            def apply() -> None:
                stored[:] = [register.set_max_attachment_mb(mb)]

            push_operation(self.undo, self.tr("Attachment limit %1 MiB").replace("%1", str(mb)), apply,
                           lambda: register.set_max_attachment_mb(stored[0]), self._changed, self._error)

    def print_dialog(self) -> None:
        from ui.print_dialog import PrintDialog

        if self.current_account is not None:
            size = self.settings.get("page_size") if self.settings else "A4"
            try:
                dialog = PrintDialog(self.services, self.current_account, self.lang, parent=self, page_size=size)
            except UserError as exc:
                self._error(exc)
                self._changed()
                return
            run_dialog(dialog)

    def preferences(self) -> None:
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if not run_dialog(dialog):
            return
        if self.attached:  # register locking applies at once
            self.services.vault.idle_seconds = 60 * self.settings.get("register_idle_minutes")
            if SECTIONS.index("register") in self._made:
                self.register.guard.seconds = self.settings.get("clipboard_seconds")
        if dialog.language_changed:
            self.language_changed.emit(self.settings.language())

    def focus_search(self) -> None:  # Edit > Find (it needs no services: the first view's list searches)
        self.search.setFocus()

    def _guarded(self, action: Any) -> None:
        """Run a menu entry; a refusal is one line (an OS error names the file), and if the open account went
        meanwhile (the trash, another user) the window moves on to a neighbour or an empty dossier."""
        from ui.forms import problem_text

        try:
            if action not in (self.close, self.focus_search):  # others, before the services came, wait for them
                self._need_services()
            action()
        except (UserError, OSError) as exc:
            self._error(problem_text(exc))
            if self.attached and self.current_account is not None and not self._still_there(self.current_account):
                self._account_gone()

    def _error(self, problem: UserError | str) -> None:
        QMessageBox.warning(self, self.tr("Not done"), str(problem))

    def detach(self) -> None:
        """Stop everything that would still read the database or reach deleted models: the undo stack's
        signals, the sections' timers, the portfolio window and the reminders dock (also when floating).
        Called when the window closes, and before a restore or a language switch replaces it."""
        if self._closing:
            return
        self._closing = True
        self._debounce.stop()
        if self.attached:
            with contextlib.suppress(RuntimeError):
                self.undo.indexChanged.disconnect(self._undo_moved)
            self.undo.clear()
            register = self._made.get(SECTIONS.index("register"))
            if register is not None:  # (made only once shown: closing does not make it)
                register.watch.stop()  # type: ignore[attr-defined]
                register.guard.clear()  # type: ignore[attr-defined]
        if self.sync_status is not None:
            self.sync_status.stop()
        if self.portfolio is not None:
            self.portfolio.close()
        self.reminders_dock.close()

    def closeEvent(self, event: Any) -> None:
        self.detach()
        if self.settings is not None:
            self.settings.save_window("main", self.saveGeometry(), self.saveState())
            self.settings.store.setValue("window/main/splitter", self.split.saveState())
        super().closeEvent(event)

# Texts used through self.tr() inside f-strings, declared here so that lupdate extracts them.
_TR = (
    QT_TRANSLATE_NOOP("MainWindow", "Account"),
    QT_TRANSLATE_NOOP("MainWindow", "Person"),
    QT_TRANSLATE_NOOP("MainWindow", "Register item"),
    QT_TRANSLATE_NOOP("MainWindow", "current value"),
    QT_TRANSLATE_NOOP("MainWindow", "potential value"),
)
