"""The portfolio window's Whitespace tab: the VP's view of where the portfolio can still grow.

The figures come from ``WhitespaceService.portfolio`` (what ``kam whitespace`` prints without an account):
per product line, largest uncaptured potential first, with who holds the potential (us, each competitor by
name, in-house, nobody); per tier. Double-clicking a row lists the accounts behind it (largest whitespace
first), or opens the account when there is only one; double-clicking an account there opens it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam.app import Services
from kam.services.whitespace import PortfolioSummary
from kam.vocab import Holder, Tier, tier_label
from ui.models.rows import Column, RowsModel
from ui.sections import make_table


def _money(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


class AccountsDialog(QDialog):
    """The accounts behind a row of the summary; double-click one to open it."""

    def __init__(self, title: str, rows: list[Any], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWindowTitle(title)
        self.chosen: int | None = None
        self.model = RowsModel([
            Column(self.tr("Account"), lambda r: r.name),
            Column(self.tr("Tier"), lambda r: tier_label(r.tier, self._lang)),
            Column(self.tr("Potential per year"), lambda r: _money(r.potential), right=True),
            Column(self.tr("Current (12 months)"), lambda r: _money(r.current), right=True),
            Column(self.tr("Whitespace"), lambda r: _money(r.whitespace), right=True),
            Column(self.tr("Share of wallet"), lambda r: _pct(r.share), right=True),
        ], key=lambda r: r.account_id)
        self.model.load(rows)
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Double-click an account to open it.")))
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(760, 420)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.chosen = self.model.rows[row].account_id
            self.accept()


class WhitespaceTab(QWidget):
    """Whitespace summed over the portfolio, by product line and by tier."""

    account_activated = Signal(int)

    def __init__(self, services: Services, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.lang = services, lang
        self.summaries: list[PortfolioSummary] = []
        self.currency = QComboBox()
        self.currency.currentIndexChanged.connect(lambda _i: self._show())
        self.currency_label = QLabel(self.tr("Currency"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.lines_model = RowsModel([
            Column(self.tr("Product line"), lambda ln: ln.name(self.lang)),
            Column(self.tr("Whitespace"), lambda ln: _money(self._line(ln).whitespace), right=True),
            Column(self.tr("Potential per year"), lambda ln: _money(self._line(ln).potential), right=True),
            Column(self.tr("Current (12 months)"), lambda ln: _money(self._line(ln).current), right=True),
            Column(self.tr("Share of wallet"), lambda ln: _pct(self._line(ln).share), right=True),
            Column(self.tr("Held by us"), lambda ln: self._held(ln.id, Holder.US), right=True),
            Column(self.tr("Held by competitors"), lambda ln: self._competitors(ln.id)),
            Column(self.tr("In-house"), lambda ln: self._held(ln.id, Holder.IN_HOUSE), right=True),
            Column(self.tr("Nobody yet"), lambda ln: self._held(ln.id, Holder.NOBODY), right=True),
        ], key=lambda ln: ln.id)
        self.lines_table = make_table(self.lines_model)
        self.lines_table.doubleClicked.connect(lambda index: self.open_line(index.row()))
        self.tiers_model = RowsModel([
            Column(self.tr("Tier"), lambda t: tier_label(t, self.lang)),
            Column(self.tr("Whitespace"), lambda t: _money(self._tier(t).whitespace), right=True),
            Column(self.tr("Potential per year"), lambda t: _money(self._tier(t).potential), right=True),
            Column(self.tr("Current (12 months)"), lambda t: _money(self._tier(t).current), right=True),
            Column(self.tr("Share of wallet"), lambda t: _pct(self._tier(t).share), right=True),
        ], key=lambda t: 0)
        self.tiers_table = make_table(self.tiers_model)
        self.tiers_table.doubleClicked.connect(lambda index: self.open_tier(index.row()))
        self.empty = QLabel(self.tr("No account has a whitespace map yet. A KAM builds one in the account's "
                                    "Whitespace section: the customer's business units against our product "
                                    "lines."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.currency_label)
        top.addWidget(self.currency)
        by_line, by_tier = QWidget(), QWidget()
        ll, tl = QVBoxLayout(by_line), QVBoxLayout(by_tier)
        ll.setContentsMargins(0, 0, 0, 0)
        tl.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("By product line, largest uncaptured potential first (double-click: the "
                                    "accounts)")))
        ll.addWidget(self.lines_table, 1)
        tl.addWidget(QLabel(self.tr("By tier (double-click: the accounts)")))
        tl.addWidget(self.tiers_table, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(by_line)
        self.split.addWidget(by_tier)
        self.split.setSizes([380, 200])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.empty, 1)
        lay.addWidget(self.split, 1)

    # --- figures of the chosen currency

    @property
    def summary(self) -> PortfolioSummary | None:
        i = self.currency.currentIndex()
        return self.summaries[i] if 0 <= i < len(self.summaries) else None

    def _line(self, ln: Any) -> Any:
        assert self.summary is not None
        return self.summary.by_line[ln.id]

    def _tier(self, tier: Tier | None) -> Any:
        assert self.summary is not None
        return self.summary.by_tier[tier]

    def _held(self, line_id: int, holder: Holder) -> str:
        assert self.summary is not None
        value = self.summary.held.get(line_id, {}).get(holder)
        return _money(value) if value else ""

    def _competitors(self, line_id: int) -> str:
        assert self.summary is not None
        names = self.summary.competitors.get(line_id, {})
        return ", ".join(f"{name} {_money(v)}" for name, v in names.items())

    # --- loading

    def reload(self) -> None:
        chosen = self.currency.currentText()
        self.summaries = self.services.whitespace.portfolio()
        self.currency.blockSignals(True)
        self.currency.clear()
        for summary in self.summaries:
            self.currency.addItem(summary.currency)
        self.currency.setCurrentIndex(max(self.currency.findText(chosen), 0))
        self.currency.blockSignals(False)
        several = len(self.summaries) > 1
        self.currency.setVisible(several)
        self.currency_label.setVisible(several)
        self._show()

    def _show(self) -> None:
        s = self.summary
        self.empty.setVisible(s is None)
        self.split.setVisible(s is not None)
        if s is None:
            self.intro.clear()
            self.lines_model.load([])
            self.tiers_model.load([])
            return
        self.intro.setText(self.tr("%1 accounts with a whitespace map, %2 to %3 (%4): whitespace %5 of a potential "
                                   "of %6 per year; share of wallet %7.")
                           .replace("%1", str(s.accounts)).replace("%2", s.start.isoformat())
                           .replace("%3", s.end.isoformat()).replace("%4", s.currency)
                           .replace("%5", _money(s.total.whitespace)).replace("%6", _money(s.total.potential))
                           .replace("%7", _pct(s.total.share)))
        self.lines_model.load(s.largest())
        self.tiers_model.load(sorted(s.by_tier, key=lambda t: -(s.by_tier[t].whitespace or Decimal(0))))

    # --- the accounts behind a row

    def open_line(self, row: int) -> None:
        s = self.summary
        if s is None or not 0 <= row < len(self.lines_model.rows):
            return
        line = self.lines_model.rows[row]
        rows = self.services.whitespace.portfolio_accounts(s.currency, line_id=line.id)
        self._open(self.tr("Whitespace in %1").replace("%1", line.name(self.lang)), rows)

    def open_tier(self, row: int) -> None:
        s = self.summary
        if s is None or not 0 <= row < len(self.tiers_model.rows):
            return
        tier = self.tiers_model.rows[row]
        rows = self.services.whitespace.portfolio_accounts(s.currency, tier=tier)
        self._open(self.tr("Whitespace of the %1 accounts").replace("%1", tier_label(tier, self.lang)), rows)

    def _open(self, title: str, rows: list[Any]) -> None:
        if len(rows) == 1:
            self.account_activated.emit(rows[0].account_id)
            return
        dialog = AccountsDialog(title, rows, self.lang, self)
        if dialog.exec() and dialog.chosen is not None:
            self.account_activated.emit(dialog.chosen)
