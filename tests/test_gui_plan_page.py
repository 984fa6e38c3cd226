"""The plan page as a person reads it: the target-vs-actual bars name every objective whole, the month in brief
says which month, the quarterly review's columns are told apart and keep their width — in every language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QUndoStack
from tests_support import GROUP, account_id

from kam.reports.words import month_name
from ui.attainment_chart import AttainmentChart, Bar
from ui.planning import PlanPage

TODAY = dt.date.today()


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def lang(request, qapp):  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.fonts import install_cjk_fallback

    install_cjk_fallback(qapp)
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _page(qtbot, demo_ctx, lang: str) -> PlanPage:  # type: ignore[no-untyped-def]
    demo_ctx.act_as("li.na")
    page = PlanPage(demo_ctx.services, QUndoStack(), lang)
    qtbot.addWidget(page)
    page.resize(900, 760)
    page.show()
    page.set_account(account_id(demo_ctx.services, GROUP))
    return page


def _fits(chart: AttainmentChart) -> None:
    """Every name is written whole inside its column and the chart is as tall as its rows."""
    lw = chart._label_width(chart.width())
    for name in chart.labels():
        assert chart._name_rect(name, lw).width() <= lw, name
    assert chart.height() >= chart.height_for(chart.width())
    box = chart.fontMetrics().boundingRect(QRect(0, 0, chart.width(), 10_000), chart.TITLE, chart.title)
    assert box.width() <= chart.width()  # the title wraps too


def test_the_bars_are_labelled_with_the_objectives_names(qtbot, demo_ctx, lang) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_ctx, lang)
    names = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert len(names) >= 4
    assert page.chart.labels() == names
    assert not any("…" in n for n in page.chart.labels())
    qtbot.waitUntil(lambda: page.chart.height() >= page.chart.height_for(page.chart.width()))
    _fits(page.chart)
    assert not page.chart.grab().isNull()


def test_a_narrow_chart_wraps_names_and_grows_instead_of_cutting(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = AttainmentChart("Objectives vs actuals")
    qtbot.addWidget(chart)
    long = "Visits by our executives to the customer's headquarters and plants"
    chart.set_bars([Bar("Sales revenue", 0.81, "#B45309"), Bar(long, 2.0, "#2E7D32"),
                    Bar("培训次数培训次数培训次数培训次数培训次数", None, "#C62828")])
    chart.resize(600, 200)
    chart.show()
    wide = chart.height_for(600)
    chart.resize(260, 200)
    qtbot.waitUntil(lambda: chart.minimumHeight() == chart.height_for(260))
    assert chart.height_for(260) > wide  # the long names went onto more lines
    _fits(chart)
    # each bar says its true value: a capped one its own figure, an objective without an actual a dash
    assert [chart.value_text(b) for b in chart.bars] == ["81 %", "200 %", "—"]
    assert not chart.grab().isNull()


def test_the_month_in_brief_is_named(qtbot, demo_ctx, lang) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_ctx, lang)
    text = page.details.text()
    assert month_name(TODAY.year, TODAY.month, lang) in text
    assert {"en": "the month in brief", "zh_CN": "动态", "zh_TW": "動態"}[lang] in text
    assert "This month" not in text
    assert "本月" not in text


def test_review_columns_are_told_apart_and_not_squeezed(qtbot, demo_ctx, lang) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_ctx, lang)
    model = page.review_model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert len(set(heads)) == len(heads), heads  # Objective and Target are two words in Chinese too
    assert model.rowCount() == 0  # no review opened yet: the columns still have a figure's width
    header, fm = page.review_table.horizontalHeader(), page.review_table.fontMetrics()
    assert header.sectionSize(0) >= fm.horizontalAdvance("Visits by our executives")
    for col in (1, 2):
        assert header.sectionSize(col) >= fm.horizontalAdvance("128,790,000")
    page.buttons["open_review"].click()
    assert model.rowCount() > 0
    for col in (1, 2):  # the figures are right-aligned
        align = model.index(0, col).data(Qt.ItemDataRole.TextAlignmentRole)
        assert int(align) & int(Qt.AlignmentFlag.AlignRight)
