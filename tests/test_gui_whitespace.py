"""The whitespace map in the window, from an empty database: the empty state's first button, units and lines
added through forms, a cell edited (refused once, then saved), undo/redo, a click shows the cell's transactions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
)

from ui.whitespace import FormDialog

# every edit below is also undone, redone and undone again against whole-table snapshots (conftest._exact_undo)
EXACT_UNDO = True


@pytest.fixture
def empty_window(qtbot, tmp_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from kam.app import bootstrap
    from ui.main_window import MainWindow

    ctx = bootstrap(str(tmp_path / "new.sqlite3"))
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.attach(ctx.services)
    yield win
    ctx.close()


def fill_forms(monkeypatch: pytest.MonkeyPatch, qtbot: Any, answers: list[dict[str, Any]]) -> list[str]:
    """Each FormDialog shown is filled with the next answer and saved with its Save button; what stayed on the
    screen (an error) is recorded."""
    left_open: list[str] = []

    def exec_(self: FormDialog) -> int:
        self.show()  # as exec() would: the form's showEvent runs before the person types
        for key, value in answers.pop(0).items():
            w = self.widgets[key]
            if isinstance(w, QLineEdit):
                w.setText(value)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value)
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(w.findData(value))
            elif isinstance(w, QCheckBox):
                w.setChecked(value)
        qtbot.mouseClick(self.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        if self.isVisible() or self.result() != 1:
            left_open.append(" | ".join(e.text() for e in self.errors.values() if not e.isHidden())
                             or self.message.text())
        return self.result()

    monkeypatch.setattr(FormDialog, "exec", exec_)
    return left_open


def undo_redo(window: Any, read: Callable[[], Any], before: Any, after: Any) -> None:
    assert read() == after
    window.menu_actions["undo"].trigger()
    assert read() == before
    window.menu_actions["redo"].trigger()
    assert read() == after


def test_build_a_map_from_an_empty_database(empty_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    win = empty_window
    sv = win.services
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("长江重工", True))
    win.menu_actions["new_account"].trigger()
    aid = sv.accounts.resolve("长江重工").id
    win.open_account(aid)
    win.show_section("whitespace")
    ws_section = win.whitespace
    assert ws_section.stack.currentIndex() == 0
    assert "business unit" in ws_section.empty_button.text()

    refused = fill_forms(monkeypatch, qtbot, [
        {"name": "武汉工厂", "kind": "plant", "takes_unassigned": True},
        {"code": "BRG", "name_zh": "精密轴承", "name_en": "Bearings"},
        {"code": "DRV", "name_en": "Servo drives"},
        {"potential": "-5", "holder": "us"},  # refused: the form stays open with the reason under the field
        {"potential": "1000", "holder": "us", "status": "targeted", "note": "年度招标"},
        {"annual_target": "600", "year": dt.date.today().year},
    ])
    qtbot.mouseClick(ws_section.empty_button, Qt.MouseButton.LeftButton)  # the first business unit
    assert [u.name for u in sv.whitespace.units(aid)] == ["武汉工厂"]
    assert "product line" in ws_section.empty_button.text()
    qtbot.mouseClick(ws_section.empty_button, Qt.MouseButton.LeftButton)  # the first product line
    qtbot.mouseClick(ws_section.add_line_button, Qt.MouseButton.LeftButton)
    assert [ln.code for ln in sv.whitespace.lines()] == ["BRG", "DRV"]
    assert ws_section.stack.currentIndex() == 1
    assert ws_section.model.rowCount() == 2  # the unit and the totals
    assert ws_section.model.columnCount() == 3
    undo_redo(win, lambda: [ln.code for ln in sv.whitespace.lines()], ["BRG"], ["BRG", "DRV"])

    unit = sv.whitespace.units(aid)[0].id
    bearings = sv.whitespace.lines()[0].id
    sv.records.add_transactions(aid, [dict(occurred_on=dt.date.today() - dt.timedelta(days=3), product="BRG",
                                           quantity=1, unit_price="400", amount="400", gross_profit="80")])
    ws_section.reload()
    ws_section.table.setCurrentIndex(ws_section.model.index_of(unit, bearings))
    qtbot.mouseClick(ws_section.edit_button, Qt.MouseButton.LeftButton)
    assert refused == ["must not be negative (-5)"]
    assert sv.whitespace.cell_state(unit, bearings) is None  # nothing saved by the refusal
    qtbot.mouseClick(ws_section.edit_button, Qt.MouseButton.LeftButton)

    def cell() -> tuple[Decimal | None, Decimal | None]:
        c = sv.whitespace.grid(aid).cell(unit, bearings)
        return c.potential, c.whitespace

    undo_redo(win, cell, (None, None), (Decimal(1000), Decimal(600)))
    index = ws_section.model.index_of(unit, bearings)
    assert "600" in ws_section.model.data(index)
    assert "40 %" in ws_section.model.data(index)
    rect = ws_section.table.visualRect(index)
    qtbot.mouseClick(ws_section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ws_section.tx_model.rowCount() == 1
    assert "1 transaction" in ws_section.detail_title.text()
    assert refused == ["must not be negative (-5)"]  # the second save went through

    plan = sv.planning.create_plan(aid, dt.date.today().year).id
    assert ws_section.objective_button.isEnabled()  # a targeted cell is chosen
    qtbot.mouseClick(ws_section.objective_button, Qt.MouseButton.LeftButton)

    def objectives() -> list[tuple[str | None, Decimal]]:
        return [(o.label, o.annual_target) for o in sv.plans.plan(plan).quantitative]

    undo_redo(win, objectives, [], [("Introduce Bearings at 武汉工厂", Decimal(600))])
    ws_section.show_cell(unit, bearings)
    assert "Objective" in ws_section.detail_title.text()
    assert "400 of 600" in ws_section.detail_title.text()
    assert not ws_section.objective_button.isEnabled()


def test_edit_and_delete_units_and_lines_assign_transactions(empty_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Units and lines edited and deleted from their forms (a unit gets its org-chart department), transactions
    assigned to a unit — each undone and redone from the Edit menu."""
    from ui.whitespace_forms import AssignDialog, LineDialog, UnitDialog

    win, sv = empty_window, empty_window.services
    ws = sv.whitespace
    aid = sv.accounts.create(name_zh="长江重工").id
    sv.people.create(aid, name="王强", department="采购部")
    wuhan = ws.add_unit(aid, "武汉工厂", takes_unassigned=True).id
    xiamen = ws.add_unit(aid, "厦门分公司", "subsidiary").id
    brg = ws.add_line("BRG", "精密轴承", "Bearings").id
    ws.add_line("DRV", "伺服驱动", "Servo drives")
    day = dt.date.today() - dt.timedelta(days=5)
    sv.records.add_transactions(aid, [dict(occurred_on=day, product="BRG", quantity=1, unit_price=p, amount=p,
                                           gross_profit="1") for p in ("100", "250")])
    win.model.reload()
    win.open_account(aid)
    win.show_section("whitespace")
    section = win.whitespace
    dep = ws.departments(aid)[0][0]

    # the unit of the chosen row: renamed, given its department and the unassigned transactions
    section.table.setCurrentIndex(section.model.index_of(xiamen, brg))
    left = fill_forms(monkeypatch, qtbot, [{"name": "武汉工厂"}])
    qtbot.mouseClick(section.edit_unit_button, Qt.MouseButton.LeftButton)
    assert len(left) == 1  # another unit's name: the form stayed open with the reason
    assert "already" in left[0]
    fill_forms(monkeypatch, qtbot, [{"name": "厦门工厂", "department_id": dep, "takes_unassigned": True}])
    qtbot.mouseClick(section.edit_unit_button, Qt.MouseButton.LeftButton)

    def units() -> list[tuple[str, int | None, bool]]:
        return [(u.name, u.department_id, u.takes_unassigned) for u in ws.units(aid)]

    undo_redo(win, units, [("武汉工厂", None, True), ("厦门分公司", None, False)],
              [("武汉工厂", None, False), ("厦门工厂", dep, True)])

    # the product line of the chosen column, with its 繁體 name
    fill_forms(monkeypatch, qtbot, [{"name_zh_tw": "精密軸承", "name_en": "Precision bearings"}])
    section.table.setCurrentIndex(section.model.index_of(xiamen, brg))
    qtbot.mouseClick(section.edit_line_button, Qt.MouseButton.LeftButton)
    undo_redo(win, lambda: (ws.lines()[0].name("zh_TW"), ws.lines()[0].name("en")),
              ("精密轴承", "Bearings"), ("精密軸承", "Precision bearings"))

    # transactions assigned to a unit: pick two rows and the unit
    def assign(self: AssignDialog) -> int:
        self.table.selectAll()
        self.unit.setCurrentIndex(self.unit.findData(wuhan))
        qtbot.mouseClick(self.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(AssignDialog, "exec", assign)
    qtbot.mouseClick(section.assign_button, Qt.MouseButton.LeftButton)
    undo_redo(win, lambda: sorted(t.unit_id or 0 for t in ws.period_transactions(aid)), [0, 0], [wuhan, wuhan])
    assert ws.grid(aid).cell(wuhan, brg).current == Decimal(350)

    # delete: the unit (its transactions name no unit again; undo gives them back) and an unused line
    def delete(self: UnitDialog | LineDialog) -> int:
        self.show()  # shown first, as exec() does: showing the form once reset what its Delete button did
        qtbot.mouseClick(self.delete_button, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(UnitDialog, "exec", delete)
    monkeypatch.setattr(LineDialog, "exec", delete)
    section.table.setCurrentIndex(section.model.index_of(wuhan, brg))
    qtbot.mouseClick(section.edit_unit_button, Qt.MouseButton.LeftButton)
    undo_redo(win, lambda: ([u.name for u in ws.units(aid)], sorted(t.unit_id or 0 for t in ws.period_transactions(aid))),
              (["武汉工厂", "厦门工厂"], [wuhan, wuhan]), (["厦门工厂"], [0, 0]))
    drv = ws.lines()[1].id
    section.table.setCurrentIndex(section.model.index_of(xiamen, drv))
    qtbot.mouseClick(section.edit_line_button, Qt.MouseButton.LeftButton)
    undo_redo(win, lambda: [ln.code for ln in ws.lines()], ["BRG", "DRV"], ["BRG"])


def test_a_targeted_cell_becomes_a_purchasing_project(empty_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One undoable action; the cell shows the link; the link survives an undone edit of the project."""
    win, sv = empty_window, empty_window.services
    ws = sv.whitespace
    aid = sv.accounts.create(name_zh="长江重工").id
    unit = ws.add_unit(aid, "武汉工厂", takes_unassigned=True).id
    brg = ws.add_line("BRG", "精密轴承", "Bearings").id
    ws.set_cell(unit, brg, potential="1000", holder="nobody", status="targeted", note="2027 年扩产")
    win.model.reload()
    win.open_account(aid)
    win.show_section("whitespace")
    section = win.whitespace
    section.show_cell(unit, brg)
    assert section.project_button.isEnabled()
    fill_forms(monkeypatch, qtbot, [{}])  # the name as offered
    qtbot.mouseClick(section.project_button, Qt.MouseButton.LeftButton)

    def linked() -> tuple[str | None, Decimal | None, str | None]:
        cell = ws.grid(aid).cell(unit, brg)
        if cell.project_id is None:
            return None, None, None
        detail = sv.projects.detail(cell.project_id)
        return cell.project, detail.budget, detail.problem_to_solve

    undo_redo(win, linked, (None, None, None), ("Bearings at 武汉工厂", Decimal(1000), "2027 年扩产"))
    assert [p.name for p in sv.orgmap.projects(aid)] == ["Bearings at 武汉工厂"]  # the redo made no second one
    section.show_cell(unit, brg)
    assert "Purchasing project: Bearings at 武汉工厂" in section.detail_title.text()
    assert "■" in section.model.data(section.model.index_of(unit, brg))
    assert not section.project_button.isEnabled()
    # the project edited and the edit undone (the project is put back whole): the cell keeps its link
    pid = ws.grid(aid).cell(unit, brg).project_id
    before = sv.projects.snapshot(pid)
    sv.projects.update(pid, budget="900")
    sv.projects.put_back(before)
    assert ws.grid(aid).cell(unit, brg).project_id == pid


def test_the_vp_sees_the_portfolio_whitespace_and_opens_the_accounts(empty_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.portfolio import PortfolioWindow
    from ui.portfolio_whitespace import AccountsDialog

    sv = empty_window.services
    ws = sv.whitespace
    brg = ws.add_line("BRG", "精密轴承", "Bearings").id
    drv = ws.add_line("DRV", "伺服驱动", "Servo drives").id
    accounts = []
    for name, potential in (("长江重工", "1000"), ("Nordhafen", "400")):
        aid = sv.accounts.create(name_zh=name).id
        accounts.append(aid)
        unit = ws.add_unit(aid, "Main", takes_unassigned=True).id
        ws.set_cell(unit, brg, potential=potential, holder="competitor",
                    competitor_id=sv.records.add_competitor(aid, "Nordwerk").id)
        ws.set_cell(unit, drv, potential="50", holder="us")
    window = PortfolioWindow(sv, "en")
    qtbot.addWidget(window)
    tab = window.whitespace
    window.tabs.setCurrentWidget(tab)
    assert [ln.code for ln in tab.lines_model.rows] == ["BRG", "DRV"]  # the largest whitespace first
    first = tab.lines_model.index(0, 6)
    assert tab.lines_model.data(first) == "Nordwerk 1,400"  # who holds it, by name over the accounts
    assert "2 accounts" in tab.intro.text()
    opened: list[int] = []
    window.open_account.connect(opened.append)

    def pick_second(self: AccountsDialog) -> int:
        assert [r.name for r in self.model.rows] == ["长江重工", "Nordhafen"]
        self.table.doubleClicked.emit(self.model.index(1, 0))  # a double-click on the second account
        return self.result()

    monkeypatch.setattr(AccountsDialog, "exec", pick_second)
    tab.lines_table.doubleClicked.emit(tab.lines_model.index(0, 0))  # the line: its two accounts
    assert opened == [accounts[1]]
    assert [t for t in tab.tiers_model.rows] == [None]  # no tier yet: one row, its one double-click
    tab.tiers_table.doubleClicked.emit(tab.tiers_model.index(0, 0))
    assert opened == [accounts[1], accounts[1]]


def test_potentials_imported_in_the_window(empty_window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A refused file changes nothing and says row and column; a good one, whose new unit the user agrees to add,
    fills the map."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    win, sv = empty_window, empty_window.services
    ws = sv.whitespace
    aid = sv.accounts.create(name_zh="长江重工").id
    unit = ws.add_unit(aid, "武汉工厂", takes_unassigned=True).id
    brg = ws.add_line("BRG", "精密轴承", "Bearings").id
    win.model.reload()
    win.open_account(aid)
    win.show_section("whitespace")
    section = win.whitespace
    bad, good = tmp_path / "bad.csv", tmp_path / "good.csv"
    bad.write_text("Business unit,Product line,Potential\n武汉工厂,NOPE,10\n", encoding="utf-8")
    good.write_text("Business unit,Product line,Potential,Held by\n武汉工厂,BRG,1000,us\n厦门分公司,BRG,200,nobody\n",
                    encoding="utf-8")
    files = [str(bad), str(good)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (files.pop(0), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: said.append(text)
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text))
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    assert 'bad.csv row 2, column "Product line": no product line NOPE' in said[-1]
    assert ws.cell_state(unit, brg) is None
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    assert "厦门分公司" in said[-2]  # asked before adding the unit
    assert "2 row(s), 2 cell(s) entered" in said[-1]
    assert [u.name for u in ws.units(aid)] == ["武汉工厂", "厦门分公司"]
    assert section.grid is not None
    assert section.grid.cell(unit, brg).potential == Decimal(1000)  # the map shows it


def test_kam_gui_show_opens_the_portfolio_on_its_whitespace_tab(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`kam gui --show portfolio:whitespace --screenshot F.png` (the command line, in this process) captures the
    portfolio window on its Whitespace tab; every `portfolio:NAME` opens the tab of that name."""
    from kam.app import bootstrap
    from kam.cli.main import main
    from kam.vocab import GUI_VIEWS
    from ui.app import Launcher
    from ui.main_window import MainWindow
    from ui.views import open_view

    db, png = tmp_path / "kam.sqlite3", tmp_path / "whitespace.png"
    ctx = bootstrap(str(db))
    ws = ctx.services.whitespace
    aid = ctx.services.accounts.create(name_zh="长江重工").id
    ws.set_cell(ws.add_unit(aid, "Main", takes_unassigned=True).id, ws.add_line("BRG", "精密轴承", "Bearings").id,
                potential="1000", holder="nobody")
    ctx.close()
    launched: list[Launcher] = []
    capture = Launcher.screenshot

    def screenshot(self: Launcher, first_view: bool = False) -> int:
        launched.append(self)
        return capture(self, first_view)

    monkeypatch.setattr(Launcher, "screenshot", screenshot)
    assert main(["--db", str(db), "gui", "--lang", "en", "--show", "portfolio:whitespace",
                 "--screenshot", str(png)]) == 0
    launcher = launched[0]
    win = launcher.window
    qtbot.addWidget(win)
    portfolio = launcher.shown
    assert portfolio is win.portfolio
    assert portfolio.tabs.currentWidget() is portfolio.whitespace
    assert portfolio.tabs.tabText(portfolio.tabs.currentIndex()) == "Whitespace"
    assert png.read_bytes().startswith(b"\x89PNG")
    titles = {"accounts": "Accounts", "matrix": "Value matrix", "pareto": "Pareto", "whitespace": "Whitespace",
              "scorecards": "KAM scorecards", "tiers": "Tier moves"}
    win.portfolio.close()
    ctx = bootstrap(str(db))
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.attach(ctx.services)
    try:
        views = [v for v in GUI_VIEWS if v.startswith("portfolio:")]
        assert {v.partition(":")[2] for v in views} == set(titles)
        for view in views:
            shown = open_view(win, view)
            assert shown.tabs.tabText(shown.tabs.currentIndex()) == titles[view.partition(":")[2]], view
    finally:
        win.portfolio.close()
        win.detach()
        ctx.close()


def test_assign_an_earlier_transaction_to_a_unit(empty_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """"Assign transactions…" lists the last 12 months; ticking "Show earlier transactions too" lists the older
    ones as well (what was chosen stays chosen), and an older one is assigned, undoably."""
    from PySide6.QtCore import QItemSelectionModel

    from ui.whitespace_forms import AssignDialog

    win, sv = empty_window, empty_window.services
    ws = sv.whitespace
    aid = sv.accounts.create(name_zh="长江重工").id
    ws.add_unit(aid, "武汉工厂", takes_unassigned=True)
    xiamen = ws.add_unit(aid, "厦门分公司", "subsidiary").id
    ws.add_line("BRG", "精密轴承", "Bearings")
    today = dt.date.today()
    old_day, new_day = today - dt.timedelta(days=800), today - dt.timedelta(days=5)
    sv.records.add_transactions(aid, [dict(occurred_on=day, product="BRG", quantity=1, unit_price=p, amount=p,
                                           gross_profit="1") for day, p in ((old_day, "700"), (new_day, "100"))])
    old = next(t.id for t in ws.period_transactions(aid, earlier=True) if t.occurred_on == old_day)
    recent = next(t.id for t in ws.period_transactions(aid) if t.occurred_on == new_day)
    win.model.reload()
    win.open_account(aid)
    win.show_section("whitespace")
    seen: list[list[int]] = []

    def assign(self: AssignDialog) -> int:
        seen.append([t.id for t in self.model.rows])
        self.table.selectRow(0)  # the recent one, chosen before the box is ticked
        assert not self.earlier.isChecked()
        assert not self.earlier.isHidden()
        self.earlier.click()
        seen.append([t.id for t in self.model.rows])
        assert set(self.chosen()) == {recent}  # still chosen after the list was read again
        self.table.selectionModel().select(self.model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
        self.unit.setCurrentIndex(self.unit.findData(xiamen))
        qtbot.mouseClick(self.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(AssignDialog, "exec", assign)
    qtbot.mouseClick(win.whitespace.assign_button, Qt.MouseButton.LeftButton)
    assert seen == [[recent], [recent, old]]  # newest first

    def units() -> dict[int, int | None]:
        return {t.id: t.unit_id for t in ws.period_transactions(aid, earlier=True)}

    undo_redo(win, units, {recent: None, old: None}, {recent: None, old: xiamen})
