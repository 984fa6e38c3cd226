"""The main window over the demo portfolio (real widgets, offscreen)."""

from __future__ import annotations

from ui.main_window import MainWindow
from ui.models.accounts import AccountTableModel


def test_account_model_passes_qtmodeltester(qtmodeltester, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    model = AccountTableModel(demo_ctx.services.accounts, "zh_CN")
    model.reload()
    qtmodeltester.check(model)


def test_model_fetches_lazily(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from kam.app import bootstrap
    from kam.demo import load

    ctx = bootstrap(str(tmp_path / "many.sqlite3"))
    with ctx.engine.begin() as conn:
        load(conn, dt.date.today(), scale=450)
    model = AccountTableModel(ctx.services.accounts)
    model.reload()
    assert model.rowCount() == AccountTableModel.BATCH
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * AccountTableModel.BATCH
    ctx.close()


def test_window_lists_and_searches_by_pinyin(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_ctx.services, "en")
    qtbot.addWidget(win)
    assert win.model.rowCount() >= 12
    qtbot.keyClicks(win.search, "dingxin")
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    assert win.model.data(win.model.index(0, 0)) == "鼎新電子股份有限公司"
    win.table.selectRow(0)
    assert "鼎新電子" in win.title.text()
    assert win.people.rowCount() == 42
