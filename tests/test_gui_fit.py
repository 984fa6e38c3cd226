"""The window fits a laptop screen and its tables cut neither headers nor cells (issue 16, items 1–2)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QScrollArea, QTableView, QToolTip
from tests_support import GROUP, account_id

from ui.main_window import SECTIONS, MainWindow

LAPTOP = (1366, 768)  # the typical Windows laptop of our users (also 1920×1080 at 150 %)


@pytest.fixture(params=["en", "zh_CN"])
def laptop_window(request, qtbot, demo_ctx):  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.fonts import install_cjk_fallback

    install_cjk_fallback(QApplication.instance())  # type: ignore[arg-type]
    i18n.install(request.param)
    demo_ctx.act_as("li.na")
    win = MainWindow(request.param)
    qtbot.addWidget(win)
    win.attach(demo_ctx.services)
    win.resize(*LAPTOP)
    win.show()
    win.open_account(account_id(demo_ctx.services, GROUP))  # the largest dossier: 60 people, a full plan
    yield win
    i18n.install("en")


def test_the_window_fits_a_laptop_screen_on_every_section(qtbot, laptop_window) -> None:  # type: ignore[no-untyped-def]
    win = laptop_window
    for key in SECTIONS:
        win.show_section(key)
        QApplication.processEvents()
        assert win.minimumSizeHint().height() <= 600, key
        assert win.minimumSizeHint().width() <= 1024, key
        assert win.height() <= LAPTOP[1], key
    for key in SECTIONS:  # the pages scroll inside when the window is made shorter still
        assert isinstance(win.sections.widget(SECTIONS.index(key)), QScrollArea)
    win.show_section("plan")
    QApplication.processEvents()
    page = win.sections.currentWidget()
    assert not page.verticalScrollBar().isVisible(), "at 1366×768 the plan and its review fit without scrolling"
    win.resize(1366, 560)
    QApplication.processEvents()
    assert win.height() == 560
    assert page.verticalScrollBar().isVisible()  # shorter than the page: the page scrolls, nothing is cut


def _tables(win: MainWindow) -> dict[str, QTableView]:
    return {"accounts": win.table, "people": win.people.table, "visits": win.visits.table,
            "feedback": win.feedback.table, "competitors": win.competitors.table,
            "transactions": win.transactions.table, "plan": win.plan_page.table, "reminders": win.reminders.table}


def test_headers_and_cells_are_not_cut(qtbot, laptop_window) -> None:  # type: ignore[no-untyped-def]
    win = laptop_window
    for key in SECTIONS:
        win.show_section(key)
    win.reminders.reload()
    qtbot.waitUntil(lambda: win.reminders.model.rowCount() > 0, timeout=10000)  # (read in the background)
    QApplication.processEvents()
    for name, table in _tables(win).items():
        header, model = table.horizontalHeader(), table.model()
        assert model.rowCount() > 0, name
        for col in range(model.columnCount()):
            if header.isSectionHidden(col):
                continue
            caption = model.headerData(col, Qt.Orientation.Horizontal)
            assert header.sectionSize(col) >= header.sectionSizeHint(col), (name, caption)  # the header reads whole
            for row in range(min(model.rowCount(), 20)):
                text = model.data(model.index(row, col))
                if not text:
                    continue
                need = table.sizeHintForIndex(model.index(row, col)).width()
                if need <= 240:  # (longer cells may be capped; they show their whole text on hover)
                    assert header.sectionSize(col) >= need, (name, caption, text)
    objective = win.plan_page.table.columnWidth(0)
    assert objective >= 60, "the plan's Objective column is never squeezed to a few pixels"


def test_a_cell_cut_by_the_cap_shows_its_whole_text_on_hover(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.fit import fit_columns

    shown: list[str] = []  # (the offscreen platform cannot raise a tooltip window: record what would show)
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    monkeypatch.setattr(QToolTip, "hideText", lambda: shown.append(""))
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Remark", "Short"])
    long_text = "A very long remark that no reasonable column shows in full " * 3
    model.setItem(0, 0, QStandardItem(long_text))
    model.setItem(0, 1, QStandardItem("ok"))
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    fit_columns(view, cap=200)
    view.resize(600, 200)
    assert view.columnWidth(0) == 200
    for col, expected in ((0, long_text), (1, "")):
        pos = view.visualRect(model.index(0, col)).center()
        QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
        assert shown[-1] == expected
    model.setHorizontalHeaderLabels(["Remark", "A much longer caption"])  # a language switch: refit
    assert view.columnWidth(1) >= view.horizontalHeader().sectionSizeHint(1)


def test_the_value_matrix_names_every_account(qtbot, demo_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Points carry their account's name (accounts at the same spot share a label, so 14 never look like
    12), labels do not collide, points at 0 and 100 are drawn whole; hover names the scores, a double-click
    opens the account."""
    from PySide6.QtCharts import QScatterSeries
    from PySide6.QtCore import QPointF

    from ui.portfolio import PortfolioWindow, ValueMatrix

    window = PortfolioWindow(demo_ctx.services, "en")
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    matrix = window.matrix_tab.findChild(ValueMatrix)
    assert matrix is not None
    matrix.place_labels()
    accounts = {r.account_id for r in window.model.rows}
    assert sorted(sc.account_id for here in matrix.spots.values() for sc in here) == sorted(accounts)
    assert len(matrix.labels) == len(matrix.spots)
    for (x, y), here in matrix.spots.items():  # every account named at its point (whole in the tooltip)
        tip = matrix.tooltip_for(QPointF(x, y))
        assert all(matrix.names[sc.account_id] in tip for sc in here)
    rects = [item.mapRectToScene(item.boundingRect()) for item in matrix.labels]
    overlaps = [(i, j) for i in range(len(rects)) for j in range(i) if rects[i].intersects(rects[j])]
    assert overlaps == []
    for axis in matrix.chart().axes():
        assert axis.min() < 0
        assert axis.max() > 100
    opened: list[int] = []
    window.open_account.connect(opened.append)
    (x, y), here = next(iter(matrix.spots.items()))
    series = next(s for s in matrix.chart().series() if isinstance(s, QScatterSeries) and QPointF(x, y) in s.points())
    series.doubleClicked.emit(QPointF(x, y))
    assert opened == [here[0].account_id]
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    series.hovered.emit(QPointF(x, y), True)
    assert shown
    assert matrix.names[here[0].account_id] in shown[-1]
    assert "Current value" in shown[-1]


def test_the_org_chart_opens_fitted_with_its_legend(qtbot, laptop_window) -> None:  # type: ignore[no-untyped-def]
    """All 60 cards of the group in view on open (not 7), also after the window grows; influence lines run
    beneath the cards; the legend explains every stance, role badge and mark in the window's language."""
    from kam.orgchart.card import legend
    from ui.orgchart.items import ArrowItem, CardItem

    win = laptop_window
    win.show_section("orgchart")
    QApplication.processEvents()
    chart = win.orgchart
    view = chart.view

    def all_in_view() -> bool:
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        return all(seen.contains(item.sceneBoundingRect()) for item in chart.scene.cards.values())

    assert len(chart.scene.cards) == 60
    assert all_in_view()
    win.resize(1600, 900)
    QApplication.processEvents()
    assert all_in_view()
    arrows = [i for i in chart.scene.items() if isinstance(i, ArrowItem)]
    assert arrows
    assert all(a.zValue() < c.zValue() for a in arrows for c in chart.scene.items() if isinstance(c, CardItem))
    assert chart.legend.isVisible()
    text = chart.legend.text()
    assert all(e.text.replace(" ", "&nbsp;") in text for e in legend(win.lang))
    qtbot.mouseClick(chart.legend_button, Qt.MouseButton.LeftButton)
    assert not chart.legend.isVisible()
    view.zoom(2.0)  # the user zooms: no refit behind their back
    scale = view.transform().m11()
    win.resize(1366, 700)
    QApplication.processEvents()
    assert view.transform().m11() == scale


def test_exported_and_printed_charts_carry_the_legend(demo_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from kam.orgchart.card import legend
    from kam.reports.orgchart import draw, export

    aid = account_id(demo_ctx.services, GROUP)
    for lang in ("en", "zh_CN", "zh_TW"):
        out = export(draw(demo_ctx.services.orgmap.org(aid), lang=lang), tmp_path / f"chart-{lang}.svg")
        svg = out.read_text(encoding="utf-8")
        assert all(e.text in svg for e in legend(lang)), lang
    import io

    plan = PdfReader(io.BytesIO(demo_ctx.services.reports.account_plan(aid, __import__("datetime").date.today().year, lang="zh_TW")))
    text = "\n".join(page.extract_text() for page in plan.pages)
    assert "最終決策者" in text
    assert "非正式影響" in text


@pytest.mark.parametrize(("lang", "words"), [("zh_CN", ("客户经理", "从 ", "铁质 → 黄金 转化率")),
                                             ("zh_TW", ("客戶經理", "從 ", "鐵質 → 黃金 轉化率"))])
def test_the_portfolio_speaks_chinese(qtbot, demo_ctx, lang, words) -> None:  # type: ignore[no-untyped-def]
    """The KAM scorecards' headers and the tier moves were English in Chinese windows."""
    from ui import i18n
    from ui.portfolio import PortfolioWindow

    i18n.install(lang)
    try:
        window = PortfolioWindow(demo_ctx.services, lang)
        qtbot.addWidget(window)
        headers = [window.scorecards.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(window.scorecards.columnCount())]
        assert headers[0] == words[0]
        assert not any(h in headers for h in ("Accounts", "Attainment %", "Satisfaction", "Complaints", "On time %"))
        moves = window.transitions.text()
        assert words[1] in moves
        assert words[2] in moves
        assert "From" not in moves
        assert "conversion" not in moves
    finally:
        i18n.install("en")


def test_a_groups_sales_are_its_own_and_said_so_with_subsidiaries(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """The portfolio's "Sales 12 months" is the account's own, as its brief prints it; a group parent's
    total with its subsidiaries has its own column, named so."""
    from ui.portfolio import PortfolioModel

    model = PortfolioModel("en")
    model.load(demo_ctx.services.portfolio.rows(dt.date.today().year))
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    own, group = columns.index("Sales 12 months"), columns.index("Incl. subsidiaries")
    row = next(i for i, r in enumerate(model.rows) if r.group_revenue_12m is not None)
    parent = model.rows[row]
    facts = demo_ctx.services.reports.brief_data(parent.account_id, lang="en").facts
    assert model.data(model.index(row, own)) == f"{facts.revenue_12m:,.0f}"
    assert model.data(model.index(row, group)) == f"{parent.group_revenue_12m:,.0f}"
    assert parent.group_revenue_12m > facts.revenue_12m
    assert all(model.data(model.index(i, group)) == "" for i, r in enumerate(model.rows) if r.group_revenue_12m is None)
