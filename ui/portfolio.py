"""The sales VP's portfolio window: accounts × tier and plan status, charts, scorecards, tier moves."""

from __future__ import annotations

import datetime as dt
import html
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kam.analysis.actuals import quarter_of
from kam.app import Services
from kam.errors import UserError
from kam.palette import ACCENT_HEX, ERROR_HEX, LINE_HEX, RATING_HEX, TIER_HEX
from kam.vocab import PlanStatus, Tier, label, tier_label
from ui.commands import decide
from ui.fit import fit_columns
from ui.models.rows import Column, RowsModel
from ui.portfolio_whitespace import WhitespaceTab

Index = QModelIndex | QPersistentModelIndex


class PortfolioModel(QAbstractTableModel):
    COLUMNS = ("account", "tier", "plan", "on_track", "last_visit", "power", "revenue", "group_revenue", "owner")

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.rows: list[Any] = []

    def load(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Account"), self.tr("Tier"), self.tr("Plan"), self.tr("On track"), self.tr("Last visit"),
                self.tr("Power map"), self.tr("Sales 12 months"), self.tr("Incl. subsidiaries"), self.tr("Owner"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "account":
                return ("    ↳ " if r.depth else "") + r.name
            if col == "tier":
                return tier_label(r.tier, self.lang)
            if col == "plan":
                return label(r.plan_status, self.lang) if r.plan_status else self.tr("no plan")
            if col == "on_track":
                return f"{r.on_track} / {r.objectives}" if r.objectives else "—"
            if col == "last_visit":
                return r.last_visit.isoformat() if r.last_visit else "—"
            if col == "power":
                rating = r.group_power or r.power
                return f"● {label(rating, self.lang)}" if rating else "—"
            if col == "revenue":  # the account's own, as its brief and plan print it
                return f"{r.revenue_12m:,.0f}"
            if col == "group_revenue":  # a group parent's sales with its subsidiaries', said so in the header
                return f"{r.group_revenue_12m:,.0f}" if r.group_revenue_12m is not None else ""
            if col == "owner":
                return r.owner or ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "power" and (r.group_power or r.power):
                return QColor(RATING_HEX[r.group_power or r.power])
            if col == "plan" and r.plan_status == PlanStatus.SUBMITTED:
                return QColor(ACCENT_HEX)
        if role == Qt.ItemDataRole.ToolTipRole and col == "group_revenue" and r.group_revenue_12m is not None:
            return self.tr("Group total, with subsidiaries")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("on_track", "revenue", "group_revenue"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r.account_id
        return None


SCORECARD_FIELDS = ("name", "accounts", "attainment_pct", "satisfaction", "complaints", "complaints_per_account",
                    "mean_response_hours", "mean_resolution_hours", "response_target_kept_pct", "visit_cadence_pct")


def scorecard_model(parent: QWidget | None = None) -> RowsModel:
    """Each KAM's appraisal figures, one row per KAM."""
    # (one context that lupdate sees and the running program looks in)
    headers = (QCoreApplication.translate("Portfolio", "KAM"), QCoreApplication.translate("Portfolio", "Accounts"),
               QCoreApplication.translate("Portfolio", "Attainment %"),
               QCoreApplication.translate("Portfolio", "Satisfaction"),
               QCoreApplication.translate("Portfolio", "Complaints"),
               QCoreApplication.translate("Portfolio", "Per account"),
               QCoreApplication.translate("Portfolio", "Response h"),
               QCoreApplication.translate("Portfolio", "Resolution h"),
               QCoreApplication.translate("Portfolio", "On time %"),
               QCoreApplication.translate("Portfolio", "Visit cadence %"))
    def figure(field: str) -> Callable[[Any], Any]:
        return lambda c: "—" if getattr(c, field) is None else getattr(c, field)

    return RowsModel([Column(h, figure(f), right=i > 0)
                      for i, (h, f) in enumerate(zip(headers, SCORECARD_FIELDS, strict=True))], key=lambda c: c.user_id)


class ValueMatrix(QChartView):
    """Current (vertical) × potential (horizontal) value, one labelled point per account, four quadrants.

    Accounts at the same spot share one label ("A / B"), so 14 accounts never look like 12; labels are
    placed around their point where they collide with no other label; the axes keep a margin, so a
    point at 0 or 100 is drawn whole. Hovering a point names its accounts with their scores;
    double-clicking it opens the account (``account_activated``)."""

    account_activated = Signal(int)
    MARGIN = 4.0  # value points beyond 0 and 100 on each axis
    LABEL_WIDTH = 170  # pixels; a longer name is elided on the chart and whole in the tooltip

    def __init__(self, scores: list[Any], names: dict[int, str], current_t: Decimal, potential_t: Decimal,
                 lang: str) -> None:
        chart = QChart()
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.setTitle(QCoreApplication.translate("Portfolio", "Value matrix"))
        self.spots: dict[tuple[float, float], list[Any]] = {}  # (potential, current) → the scores there
        for sc in scores:
            self.spots.setdefault((float(sc.potential), float(sc.current)), []).append(sc)
        self.names, self.lang = names, lang
        series: dict[Tier, QScatterSeries] = {}
        for tier in Tier:
            s = QScatterSeries()
            s.setName(tier_label(tier, lang))
            s.setColor(QColor(TIER_HEX[tier]))
            s.setMarkerSize(11)
            s.hovered.connect(self._hovered)
            s.doubleClicked.connect(self._double_clicked)
            series[tier] = s
        for (x, y), here in self.spots.items():
            for tier in {sc.tier for sc in here}:
                series[tier].append(QPointF(x, y))
        ax, ay = QValueAxis(), QValueAxis()
        for axis, title in ((ax, QCoreApplication.translate("Portfolio", "Potential value")),
                            (ay, QCoreApplication.translate("Portfolio", "Current value"))):
            axis.setRange(-self.MARGIN, 100 + self.MARGIN)
            axis.setTickType(QValueAxis.TickType.TicksDynamic)
            axis.setTickAnchor(0)
            axis.setTickInterval(25)
            axis.setLabelFormat("%d")
            axis.setTitleText(title)
        chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        for line in ((float(potential_t), 0, float(potential_t), 100), (0, float(current_t), 100, float(current_t))):
            divider = QLineSeries()
            divider.append(line[0], line[1])
            divider.append(line[2], line[3])
            divider.setPen(QPen(QColor(LINE_HEX), 1, Qt.PenStyle.DashLine))
            chart.addSeries(divider)
            divider.attachAxis(ax)
            divider.attachAxis(ay)
            chart.legend().markers(divider)[0].setVisible(False)
        for s in series.values():
            chart.addSeries(s)
            s.attachAxis(ax)
            s.attachAxis(ay)
        self.anchor = series[Tier.PLATINUM]  # (any series maps values to positions: they share the axes)
        self.labels: list[QGraphicsSimpleTextItem] = []
        for (_x, _y), here in self.spots.items():
            text = " / ".join(self._name(sc.account_id) for sc in here)
            item = QGraphicsSimpleTextItem(self.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH * len(here)), chart)
            item.setZValue(10)
            self.labels.append(item)
        chart.plotAreaChanged.connect(lambda _area: self.place_labels())

    def _name(self, account_id: int) -> str:
        return self.names.get(account_id, str(account_id))

    def place_labels(self) -> None:
        """Each label beside its point: right, left, above, below, or diagonally — the first place that
        overlaps no label placed before and no other point."""
        chart = self.chart()
        points = [chart.mapToPosition(QPointF(x, y), self.anchor) for x, y in self.spots]
        dots = [QRectF(pt.x() - 6, pt.y() - 6, 12, 12) for pt in points]
        placed: list[QRectF] = []
        area = chart.plotArea()
        order = sorted(range(len(points)), key=lambda i: (points[i].x(), points[i].y()))
        for i in order:
            item, pt = self.labels[i], points[i]
            w, h = item.boundingRect().width(), item.boundingRect().height()
            candidates = [(8, -h / 2), (-8 - w, -h / 2), (-w / 2, -8 - h), (-w / 2, 8), (6, -6 - h), (6, 6),
                          (-6 - w, -6 - h), (-6 - w, 6)]
            for k in (1, 2, 3):  # crowded: a line further up or down, still beside its point
                candidates += [(8, -h / 2 - k * h), (8, -h / 2 + k * h), (-8 - w, -h / 2 - k * h),
                               (-8 - w, -h / 2 + k * h)]
            best = None
            for dx, dy in candidates:
                rect = QRectF(pt.x() + dx, pt.y() + dy, w, h)
                if not area.adjusted(-40, -20, 40, 20).contains(rect):
                    continue
                if any(rect.intersects(r) for r in placed) or any(
                        rect.intersects(d) for j, d in enumerate(dots) if j != i):
                    continue
                best = rect
                break
            if best is None:  # crowded: the first side that stays on the chart
                dx, dy = candidates[0] if pt.x() + 8 + w < area.right() + 40 else candidates[1]
                best = QRectF(pt.x() + dx, pt.y() + dy, w, h)
            item.setPos(best.topLeft())
            placed.append(best)

    def tooltip_for(self, point: QPointF) -> str:
        here = self.spots.get((point.x(), point.y()), [])
        potential, current = (QCoreApplication.translate("Portfolio", "Potential value"),
                              QCoreApplication.translate("Portfolio", "Current value"))
        return "\n".join(f"{self._name(sc.account_id)} — {tier_label(sc.tier, self.lang)}: {current} {sc.current}, "
                         f"{potential} {sc.potential}" for sc in here)

    def _hovered(self, point: QPointF, state: bool) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.tooltip_for(point), self)
        else:
            QToolTip.hideText()

    def _double_clicked(self, point: QPointF) -> None:
        here = self.spots.get((point.x(), point.y()), [])
        if here:
            self.account_activated.emit(here[0].account_id)


def value_matrix(scores: list[Any], names: dict[int, str], current_t: Decimal, potential_t: Decimal,
                 lang: str) -> ValueMatrix:
    return ValueMatrix(scores, names, current_t, potential_t, lang)


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


def pareto_chart(result: Any) -> QChartView:
    """Cumulative share of gross profit against the share of customers, with the 80 % line."""
    chart = QChart()
    share = (result.share_of_accounts_for_80 * 100).quantize(Decimal("0.1"))
    chart.setTitle(QCoreApplication.translate("Portfolio", "Pareto: %1 customers (%2 %) bring 80 % of gross profit")
                   .replace("%1", str(result.accounts_for_80)).replace("%2", str(share)))
    curve = QLineSeries()
    curve.setName(QCoreApplication.translate("Portfolio", "Cumulative gross profit"))
    curve.append(0, 0)
    n = len(result.points) or 1
    for i, p in enumerate(result.points, start=1):
        curve.append(100 * i / n, float(p.cumulative_share * 100))
    eighty = QLineSeries()
    eighty.append(0, 80)
    eighty.append(100, 80)
    eighty.setPen(QPen(QColor(ERROR_HEX), 1, Qt.PenStyle.DashLine))
    eighty.setName("80 %")
    ax, ay = QValueAxis(), QValueAxis()
    ax.setRange(0, 100)
    ay.setRange(0, 100)
    ax.setTitleText(QCoreApplication.translate("Portfolio", "% of customers"))
    ay.setTitleText(QCoreApplication.translate("Portfolio", "% of gross profit"))
    chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
    for s in (curve, eighty):
        chart.addSeries(s)
        s.attachAxis(ax)
        s.attachAxis(ay)
    return _view(chart)


class PortfolioWindow(QWidget):
    """Opened from View > Portfolio. Approve or return submitted plans from the table."""

    open_account = Signal(int)
    changed_on_server = Signal(str, str, int)  # table, operation, account id (from the listener thread)

    def __init__(self, services: Services, lang: str = "en", live_url: str | None = None) -> None:
        super().__init__()
        self.services, self.lang = services, lang
        self.listener: Any = None
        self.live = QLabel()
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self._refresh_from_server)
        self._pending: list[tuple[str, str, int]] = []
        self.setWindowTitle(self.tr("Portfolio"))
        self.owner = QComboBox()
        self.owner.addItem(self.tr("All owners"), None)
        for u in services.users.list():
            self.owner.addItem(u.display_name, u.id)
        self.year = QSpinBox(minimum=2000, maximum=2100, value=dt.date.today().year)
        self.owner.currentIndexChanged.connect(lambda _i: self.reload())
        self.year.valueChanged.connect(lambda _v: self.reload())
        approve, ret = QPushButton(self.tr("Approve plan")), QPushButton(self.tr("Return plan…"))
        approve.clicked.connect(lambda: self._decide("approve"))
        ret.clicked.connect(lambda: self._decide("return"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Owner")))
        bar.addWidget(self.owner)
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.live)
        bar.addWidget(approve)
        bar.addWidget(ret)
        self.model = PortfolioModel(lang)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table, caps={0: 300})
        self.table.doubleClicked.connect(lambda ix: self.open_account.emit(self.model.rows[ix.row()].account_id))
        self.scorecards = scorecard_model(self)
        cards = QTableView()
        cards.setModel(self.scorecards)
        cards.verticalHeader().hide()
        fit_columns(cards)
        self.transitions = QLabel()
        self.transitions.setTextFormat(Qt.TextFormat.RichText)
        self.transitions.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Accounts"))
        self.matrix_tab = QWidget()
        QVBoxLayout(self.matrix_tab)
        self.pareto_tab = QWidget()
        QVBoxLayout(self.pareto_tab)
        self.tabs.addTab(self.matrix_tab, self.tr("Value matrix"))
        self.tabs.addTab(self.pareto_tab, self.tr("Pareto"))
        self.whitespace = WhitespaceTab(services, lang, self)
        self.whitespace.account_activated.connect(self.open_account)
        self.tabs.addTab(self.whitespace, self.tr("Whitespace"))
        self.tabs.addTab(cards, self.tr("KAM scorecards"))
        self.tabs.addTab(self.transitions, self.tr("Tier moves"))
        # the tabs by the names `kam gui --show portfolio:NAME` uses (kam.vocab.GUI_VIEWS)
        self.pages: dict[str, QWidget] = {"accounts": self.table, "matrix": self.matrix_tab,
                                          "pareto": self.pareto_tab, "whitespace": self.whitespace,
                                          "scorecards": cards, "tiers": self.transitions}
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.tabs)
        self.resize(1100, 700)
        self.reload()
        if live_url is not None:
            self._listen(live_url)

    # --- live updates from the team database (LISTEN/NOTIFY; no polling)

    def _listen(self, url: str) -> None:
        from kam.team.notify import ChangeListener

        self.changed_on_server.connect(self._on_server_change)  # queued into the GUI thread
        self.listener = ChangeListener(url, lambda t, op, acc: self.changed_on_server.emit(t, op, acc or 0))
        self.listener.start()
        self.live.setText(self.tr("● live"))
        self.live.setToolTip(self.tr("Refreshes by itself when a KAM submits a plan or changes a record"))

    def _on_server_change(self, table: str, op: str, account_id: int) -> None:
        self._pending.append((table, op, account_id))
        self._debounce.start()  # a burst of changes (an import) is one refresh

    def _refresh_from_server(self) -> None:
        pending, self._pending = self._pending, []
        visible = {r.account_id for r in self.model.rows}
        if any(acc in visible or table == "accounts" for table, _op, acc in pending):
            started = time.monotonic()
            self.reload()
            # a large portfolio takes a while to read: on a busy team, refresh at most every few such spans
            spent_ms = int((time.monotonic() - started) * 1000)
            self._debounce.setInterval(min(max(400, 3 * spent_ms), 10_000))
            self.live.setText(self.tr("● live — updated %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))

    def closeEvent(self, event: Any) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        super().closeEvent(event)

    def reload(self) -> None:
        owner = self.owner.currentData()
        self.model.load(self.services.portfolio.rows(self.year.value(), owner_id=owner))
        cfg = self.services.analysis.scoring_config()
        names = {r.account_id: r.name for r in self.model.rows}
        scores = [s for s in self.services.analysis.scores() if s.account_id in names]
        matrix = value_matrix(scores, names, cfg.current_threshold, cfg.potential_threshold, self.lang)
        matrix.account_activated.connect(self.open_account)
        _replace(self.matrix_tab, matrix)
        _replace(self.pareto_tab, pareto_chart(self.services.analysis.pareto()))
        self.scorecards.load(self.services.scorecards.scorecards(self.year.value()))
        self.transitions.setText(self._transitions_html())
        self.whitespace.reload()

    def _transitions_html(self) -> str:
        today = dt.date.today()
        end = (today.year, quarter_of(today))
        start = (end[0] - 1, end[1])
        t = self.services.analysis.transitions(start, end)
        tiers = list(Tier)
        head = "".join(f"<th>{label(b, self.lang)}</th>" for b in tiers)
        rows = ""
        for a in tiers:
            cells = "".join(f"<td align='right'>{t.matrix.get((a, b), 0)}</td>" for b in tiers)
            rows += f"<tr><th align='left'>{label(a, self.lang)}</th>{cells}</tr>"
        rate = t.rate(Tier.IRON, Tier.GOLD)
        conv = f"{rate * 100:.0f} %" if rate is not None else "—"
        # (translated outside the f-strings: lupdate does not read inside them)
        period = self.tr("From %1 to %2").replace("%1", f"{start[0]}Q{start[1]}").replace("%2", f"{end[0]}Q{end[1]}")
        conversion = self.tr("Iron → Gold conversion")
        return (f"<p><b>{html.escape(period)}</b></p>"
                f"<table cellspacing='8'><tr><th></th>{head}</tr>{rows}</table>"
                f"<p>{html.escape(conversion)}: <b>{conv}</b></p>")

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _decide(self, what: str) -> None:
        """Approve or return the selected account's plan: audited decisions, not undone (NOT_UNDONE)."""
        row = self.selected()
        if row is None or row.plan_id is None:
            self._error(UserError(self.tr("select an account with a plan")))
            return
        pid = row.plan_id
        if what == "approve":
            decide("plan.approve", lambda: self.services.plans.approve(pid), self.reload, self._error)
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Return the plan"), self.tr("What should change?"))
        if ok:
            decide("plan.return", lambda: self.services.plans.return_plan(pid, text), self.reload, self._error)

    def _error(self, problem: UserError) -> None:
        QMessageBox.warning(self, self.tr("Not done"), str(problem))


def _replace(tab: QWidget, widget: QWidget) -> None:
    lay = tab.layout()
    assert lay is not None, "each chart tab has its layout"
    while lay.count():
        item = lay.takeAt(0)
        old = item.widget() if item is not None else None
        if old is not None:
            old.deleteLater()
    lay.addWidget(widget)
