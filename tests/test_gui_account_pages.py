"""The account list of a portfolio larger than a page (issue #19): the window opens on the first page's lines,
the rest arrives from a worker thread, and scrolling, search, filters, sorting and opening an account reach every
account, also before the rest has arrived."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider

from kam.app import AppContext, bootstrap
from ui.main_window import MainWindow
from ui.models.accounts import AccountTableModel

SCALE = 250  # two and a half pages


@pytest.fixture(scope="module")
def paged_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kam.demo import load

    path = tmp_path_factory.mktemp("paged") / "paged.sqlite3"
    ctx = bootstrap(str(path))
    with ctx.engine.begin() as conn:
        load(conn, dt.date.today(), scale=SCALE)
    ctx.services.analysis.snapshot_tiers()
    ctx.close()
    return path


@pytest.fixture
def paged_ctx(paged_db: Path, tmp_path: Path) -> Iterator[AppContext]:
    copy = tmp_path / "paged-copy.sqlite3"
    shutil.copy(paged_db, copy)
    ctx = bootstrap(str(copy))
    ctx.act_as("li.na")
    yield ctx
    ctx.close()


@pytest.fixture
def paged(qtbot, paged_ctx):  # type: ignore[no-untyped-def]
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.attach(paged_ctx.services)
    yield win
    if not win.model.complete:  # the worker may still be reading: let it end before the database closes
        qtbot.waitUntil(lambda: win.model.complete, timeout=20_000)


def whole_list(ctx: AppContext) -> list[tuple[object, ...]]:
    """Every line of the list as a model that reads the whole portfolio shows it (the reference)."""
    year = dt.date.today().year
    model = AccountTableModel(ctx.services.accounts,
                              plan_status=lambda ids=None: ctx.services.planning.status_by_account(year, ids))
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    return lines(model)


def lines(model: AccountTableModel) -> list[tuple[object, ...]]:
    return [tuple(model.data(model.index(r, c)) for c in range(model.columnCount()))
            + (model.data(model.index(r, 0), Qt.ItemDataRole.UserRole),) for r in range(model.rowCount())]


def ids_shown(win: MainWindow) -> list[int]:
    return [win.model.account_id(r) for r in range(win.model.rowCount())]  # type: ignore[misc]


def test_the_window_opens_on_the_first_page_and_the_rest_follows(qtbot, paged_ctx) -> None:  # type: ignore[no-untyped-def]
    paged = MainWindow("en")  # made here: no event is processed before the test looks (the rest comes later)
    qtbot.addWidget(paged)
    paged.attach(paged_ctx.services)
    model = paged.model
    whole = whole_list(paged_ctx)
    assert len(whole) == SCALE
    assert not model.complete  # only the first page was read
    assert model.rowCount() == AccountTableModel.BATCH
    assert lines(model) == whole[:AccountTableModel.BATCH]  # the same lines in the same order, plan column too
    assert model.canFetchMore()
    paged.table.selectRow(3)
    picked = model.account_id(3)
    assert paged.current_account == picked
    qtbot.waitUntil(lambda: model.complete, timeout=20_000)  # read by the worker thread
    assert model.rowCount() == AccountTableModel.BATCH  # the view keeps its rows, its selection and its place
    assert paged.table.selectionModel().selectedRows()[0].row() == 3
    assert paged.current_account == picked
    while model.canFetchMore():
        model.fetchMore()
    assert lines(model) == whole


@pytest.mark.parametrize("wait_for_rest", [False, True])
def test_scrolling_to_the_end_fetches_the_rest(qtbot, paged, paged_ctx, wait_for_rest) -> None:  # type: ignore[no-untyped-def]
    paged.show()
    qtbot.waitExposed(paged)
    if wait_for_rest:
        qtbot.waitUntil(lambda: paged.model.complete, timeout=20_000)
    bar = paged.table.verticalScrollBar()
    for _ in range(SCALE // AccountTableModel.BATCH + 2):  # each scroll to the bottom brings a page more
        bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)
        qtbot.wait(1)
    assert paged.model.complete
    assert paged.model.rowCount() == SCALE
    assert lines(paged.model) == whole_list(paged_ctx)


def test_the_model_reads_the_rest_when_asked_before_it_arrived(qtbot, paged_ctx) -> None:  # type: ignore[no-untyped-def]
    """Scrolling past the first page, sorting or looking an account up before the worker brought the rest: the
    model reads it there and then."""
    whole = whole_list(paged_ctx)
    model = AccountTableModel(paged_ctx.services.accounts)
    model.load_first()
    assert not model.complete
    assert model.canFetchMore()
    model.fetchMore()
    assert model.complete
    assert model.rowCount() == 2 * AccountTableModel.BATCH
    model.load_first()
    last = int(whole[-1][-1])  # type: ignore[call-overload]
    assert model.row_of(last) == SCALE - 1
    assert model.account_id(SCALE - 1) == last
    model.load_first()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.complete
    assert model.account_id(0) == last


def beyond_first_page(ctx: AppContext) -> tuple[int, str]:
    """The id and name of the last account in the list (never on its first page)."""
    last = whole_list(ctx)[-1]
    return int(last[-1]), str(last[0])  # type: ignore[call-overload]


def test_search_finds_an_account_beyond_the_first_page(qtbot, paged, paged_ctx) -> None:  # type: ignore[no-untyped-def]
    aid, name = beyond_first_page(paged_ctx)
    assert aid not in ids_shown(paged)
    if name.isascii():
        qtbot.keyClicks(paged.search, name)
    else:  # Chinese arrives as committed input-method text (QTest cannot type it)
        paged.search.setText(name)
    qtbot.waitUntil(lambda: aid in ids_shown(paged))
    assert paged.model.rowCount() < SCALE
    paged.search.clear()
    qtbot.waitUntil(lambda: paged.model.rowCount() == AccountTableModel.BATCH)
    assert paged.model.complete


def test_filters_find_accounts_beyond_the_first_page(qtbot, paged, paged_ctx) -> None:  # type: ignore[no-untyped-def]
    rows = {r.id: r for r in paged_ctx.services.accounts.rows()}
    aid, _name = beyond_first_page(paged_ctx)
    owner = rows[aid].owner_id
    box = paged.filter_owner
    box.setCurrentIndex(box.findData(owner))
    want = {i for i, r in rows.items() if r.owner_id == owner}
    while paged.model.canFetchMore():
        paged.model.fetchMore()
    assert set(ids_shown(paged)) == want
    assert aid in want
    box.setCurrentIndex(0)
    tiers = paged.filter_tier
    tier = rows[aid].tier
    assert tier is not None
    tiers.setCurrentIndex(tiers.findData(tier))
    while paged.model.canFetchMore():
        paged.model.fetchMore()
    assert set(ids_shown(paged)) == {i for i, r in rows.items() if r.tier == tier}
    assert aid in ids_shown(paged)


def test_sorting_orders_the_whole_portfolio(qtbot, paged, paged_ctx) -> None:  # type: ignore[no-untyped-def]
    paged.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # last visit, newest first (a header click)
    assert paged.model.complete
    while paged.model.canFetchMore():
        paged.model.fetchMore()
    visits = [paged.model.data(paged.model.index(r, 4)) for r in range(paged.model.rowCount())]
    assert len(visits) == SCALE
    newest = max(str(r.last_visit) for r in paged_ctx.services.accounts.rows() if r.last_visit)
    assert visits[0] == newest


def test_opening_an_account_beyond_the_first_page_selects_it(qtbot, paged, paged_ctx) -> None:  # type: ignore[no-untyped-def]
    aid, name = beyond_first_page(paged_ctx)
    assert aid not in ids_shown(paged)
    paged.reminders.open_account.emit(aid)  # as a double-click on a reminder does
    assert paged.current_account == aid
    selected = paged.table.selectionModel().selectedRows()
    assert [paged.model.account_id(ix.row()) for ix in selected] == [aid]
    assert name in paged.title.text()


def test_a_change_before_the_rest_arrives_keeps_the_open_account(qtbot, paged_ctx) -> None:  # type: ignore[no-untyped-def]
    """Another window renames the first account (to the end of the list) before the rest is read: the list is
    laid out anew and the open account stays selected where it now is."""
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.attach(paged_ctx.services)  # the rest is read once events are processed (a zero timer)
    win.table.selectRow(1)
    keep = win.current_account
    first = win.model.account_id(0)
    assert first is not None
    assert keep is not None
    acc = paged_ctx.services.accounts.get(first)
    paged_ctx.services.accounts.update(first, acc.version, name_zh=None, name_en="Zzz Last Of All")
    assert not win.model.complete
    qtbot.waitUntil(lambda: win.model.complete, timeout=20_000)
    assert win.model.account_id(0) != first
    assert win.current_account == keep
    selected = win.table.selectionModel().selectedRows()
    assert [win.model.account_id(ix.row()) for ix in selected] == [keep]
    while win.model.canFetchMore():
        win.model.fetchMore()
    assert lines(win.model) == whole_list(paged_ctx)


def test_the_whole_portfolio_is_read_after_the_list_has_painted(qtbot, paged_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Neither the rest of the list nor the reminders are read before the window has painted its list (they
    would take the interpreter from the first paint); once it has, both come from worker threads."""
    import threading

    from PySide6.QtCore import QCoreApplication

    readers: list[threading.Thread] = []
    real = type(paged_ctx.services.dossier).reminders_for_actor

    def recording(self, *a, **k):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread())
        return real(self, *a, **k)

    monkeypatch.setattr(type(paged_ctx.services.dossier), "reminders_for_actor", recording)
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.attach(paged_ctx.services)
    QCoreApplication.processEvents()  # zero timers and posted events: nothing starts the reads yet
    assert not win.model.complete
    assert readers == []
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.model.complete and bool(readers), timeout=20_000)
    win.reminders.wait()
    assert all(t is not threading.main_thread() for t in readers)
    assert win.model.rowCount() == AccountTableModel.BATCH


def test_a_page_of_lines_is_read_as_the_whole_list_reads_it(paged_ctx) -> None:  # type: ignore[no-untyped-def]
    """The page's reads (aggregates and plan statuses for some accounts only) give what the whole list's give."""
    sv = paged_ctx.services
    whole = sv.accounts.rows()
    some = [r.id for r in whole[::7]]
    assert sv.accounts.rows(ids=some) == [r for r in whole if r.id in set(some)]
    assert sv.accounts.list_keys() == [(r.id, r.name, r.search_key) for r in whole]
    year = dt.date.today().year
    plans = sv.planning.status_by_account(year)
    assert plans
    assert sv.planning.status_by_account(year, some) == {k: v for k, v in plans.items() if k in set(some)}
