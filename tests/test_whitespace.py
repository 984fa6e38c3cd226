"""The whitespace map: current revenue from transactions, potential, whitespace, share of wallet; edits and undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kam.errors import ValidationError
from kam.services.whitespace import NO_LINE, NO_UNIT, OTHER_CURRENCY, period
from kam.vocab import CellStatus, Holder

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL

TODAY = dt.date(2026, 11, 30)


def _tx(day: dt.date, product: str, amount: str, **kw: object) -> dict[str, object]:
    return dict(occurred_on=day, product=product, quantity=1, unit_price=amount, amount=amount,
                gross_profit="0", **kw)


@pytest.fixture
def acc(ctx):  # type: ignore[no-untyped-def]
    return ctx.services.accounts.create(name_zh="长江重工", ka_type="group").id


@pytest.fixture
def lines(ctx):  # type: ignore[no-untyped-def]
    ws = ctx.services.whitespace
    bearings = ws.add_line("BRG", "精密轴承", "Bearings").id
    ws.add_line("P4", "精密轴承 P4", "Bearing P4", parent_id=bearings)
    drives = ws.add_line("DRV", "伺服驱动", "Servo drives").id
    return bearings, drives


def test_current_revenue_whitespace_and_share(ctx, acc, lines) -> None:  # type: ignore[no-untyped-def]
    sv, (bearings, drives) = ctx.services, lines
    ws = sv.whitespace
    wuhan = ws.add_unit(acc, "武汉工厂", "plant", takes_unassigned=True).id
    xiamen = ws.add_unit(acc, "厦门分公司", "subsidiary").id
    sv.records.add_transactions(acc, [
        _tx(dt.date(2026, 10, 1), "精密轴承 P4", "300"),  # the product P4 by name → Bearings, default unit
        _tx(dt.date(2026, 9, 1), "P4 special", "200"),  # a word is the code P4
        _tx(dt.date(2025, 11, 30), "P4", "999"),  # 12 months and one day ago: outside the period
        _tx(dt.date(2026, 8, 1), "伺服驱动", "150"),
        _tx(dt.date(2026, 8, 2), "润滑脂 X", "70"),  # nobody's line
        _tx(dt.date(2026, 8, 3), "P4", "50", currency="USD"),
    ])
    tids = {t.product: t.id for t in ws.cell_transactions(acc, wuhan, drives, TODAY)}
    ws.assign_transactions(acc, {tids["伺服驱动"]: xiamen})
    ws.set_cell(wuhan, bearings, potential="1000", holder="us", status="ours")
    ws.set_cell(xiamen, drives, potential="100", holder="nobody", status="targeted")
    grid = ws.grid(acc, TODAY)
    cell = grid.cell(wuhan, bearings)
    assert (cell.current, cell.transactions, cell.whitespace, cell.share) == (
        Decimal(500), 2, Decimal(500), Decimal("0.5"))
    over = grid.cell(xiamen, drives)
    assert over.current == Decimal(150)
    assert over.over_potential
    assert over.whitespace == Decimal(-50)
    assert grid.cell(wuhan, drives).cell_id is None
    assert grid.by_unit[wuhan].current == Decimal(500)
    assert grid.by_line[drives].potential == Decimal(100)
    assert grid.total.current == Decimal(650)
    assert grid.total.potential == Decimal(1100)
    reasons = {(u.product, u.reason): u.amount for u in grid.unplaced}
    assert reasons == {("润滑脂 X", NO_LINE): Decimal(70), ("P4", OTHER_CURRENCY): Decimal(50)}
    ws.map_product("润滑脂 X", drives)
    assert ws.grid(acc, TODAY).cell(wuhan, drives).current == Decimal(70)
    # another unit takes the unassigned transactions; the undo (one call with ``before``) gives them back
    change = ws.update_unit(xiamen, name="厦门工厂", takes_unassigned=True)
    assert {u.name: u.takes_unassigned for u in ws.units(acc)} == {"武汉工厂": False, "厦门工厂": True}
    ws.update_unit(xiamen, **change.before)
    assert {u.name: u.takes_unassigned for u in ws.units(acc)} == {"武汉工厂": True, "厦门分公司": False}
    ws.update_unit(wuhan, takes_unassigned=False)
    unplaced = {(u.product, u.reason) for u in ws.grid(acc, TODAY).unplaced}
    assert ("精密轴承 P4", NO_UNIT) in unplaced
    assert ("润滑脂 X", NO_UNIT) in unplaced


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 1), st.integers(1, 10_000), st.integers(0, 500)),
                min_size=1, max_size=25),
       st.dictionaries(st.integers(0, 4), st.sampled_from([0, 1, None]), max_size=5))
def test_cell_revenue_is_the_sum_of_its_mapped_transactions(ctx, tx, mapped) -> None:  # type: ignore[no-untyped-def]
    """Random transactions (product, unit, amount, age in days) and a random mapping of the products."""
    sv = ctx.services
    ws = sv.whitespace
    acc = sv.accounts.create(name_en=f"Prop {len(sv.accounts.rows())}", ka_type="economic").id
    codes = [f"L{acc}A", f"L{acc}B"]
    line_ids = [ws.add_line(c, name_en=c).id for c in codes]
    units = [ws.add_unit(acc, f"U{i}", takes_unassigned=i == 0).id for i in range(2)]
    products = [f"product {acc}-{i}" for i in range(5)]
    for p, target in mapped.items():
        ws.map_product(products[p], None if target is None else line_ids[target])
    sv.records.add_transactions(acc, [
        _tx(TODAY - dt.timedelta(days=age), products[p], str(amount)) for p, _u, amount, age in tx])
    rows = ws.cell_transactions(acc, units[0], line_ids[0], TODAY)  # all of them go to U0 first
    ws.assign_transactions(acc, {t.id: units[1] for t in rows[::2]})
    grid = ws.grid(acc, TODAY)
    start, end = period(TODAY)
    every = {(u, ln): ws.cell_transactions(acc, u, ln, TODAY) for u in units for ln in line_ids}
    for (u, ln), txs in every.items():
        assert grid.cell(u, ln).current == sum((t.amount for t in txs), Decimal(0))
    in_period = [(p, amount) for p, _u, amount, age in tx if start <= TODAY - dt.timedelta(days=age) <= end]
    placed = sum(c.current for c in grid.cells.values())
    unplaced = sum((u.amount for u in grid.unplaced), Decimal(0))
    assert placed + unplaced == sum(Decimal(a) for _p, a in in_period)  # nothing dropped
    for p, amount in in_period:
        if mapped.get(p) is None:
            assert any(u.product == products[p] and u.reason == NO_LINE for u in grid.unplaced), amount


def test_cell_rules_one_message_each(ctx, acc, lines) -> None:  # type: ignore[no-untyped-def]
    ws, (bearings, _drives) = ctx.services.whitespace, lines
    unit = ws.add_unit(acc, "总部", "division").id
    other = ctx.services.accounts.create(name_en="Other", ka_type="economic").id
    theirs = ctx.services.records.add_competitor(other, "Nordwerk").id
    cases = [({"holder": "competitor"}, "competitor_id"),
             ({"holder": "us", "competitor_id": theirs}, "competitor_id"),
             ({"holder": "competitor", "competitor_id": theirs}, "competitor_id"),
             ({"holder": "nobody", "status": "ours"}, "status"),
             ({"holder": "us", "potential": "-5"}, "potential"),
             ({"holder": "us", "potential": "12x"}, "potential"),
             ({"holder": "us", "currency": "USD"}, "currency"),
             ({"holder": "someone"}, "holder")]
    for data, field in cases:
        with pytest.raises(ValidationError) as err:
            ws.set_cell(unit, bearings, **data)
        assert err.value.field == field, data
    assert ws.cell_state(unit, bearings) is None  # nothing half-saved
    with pytest.raises(ValidationError, match="already"):
        ws.add_unit(acc, "总部")
    with pytest.raises(ValidationError, match="already"):
        ws.add_line("brg")
    with pytest.raises(ValidationError):
        ws.add_line("X1", parent_id=ws.lines(products=True)[1].id)  # under a product


def test_every_edit_returns_what_its_undo_needs(ctx, acc, lines) -> None:  # type: ignore[no-untyped-def]
    ws, (bearings, drives) = ctx.services.whitespace, lines
    unit = ws.add_unit(acc, "武汉工厂").id
    comp = ctx.services.records.add_competitor(acc, "德森精工").id
    first = ws.set_cell(unit, bearings, holder="competitor", competitor_id=comp, potential="800")
    assert first.before == {}
    second = ws.set_cell(unit, bearings, holder="us", status="targeted", note="试用")
    state = ws.cell_state(unit, bearings)
    assert state is not None
    assert state["competitor_id"] is None
    assert state["status"] == CellStatus.TARGETED
    ws.restore_cell(unit, bearings, second.before)  # undo the second edit
    back = ws.cell_state(unit, bearings)
    assert back is not None
    assert (back["holder"], back["competitor_id"]) == (Holder.COMPETITOR, comp)
    ws.restore_cell(unit, bearings, first.before or None)  # undo the first
    assert ws.cell_state(unit, bearings) is None
    mapping = ws.map_product("SRV-1", drives)
    assert mapping.before["line_id"] is None
    ws.map_product("SRV-1", mapping.before["line_id"])
    assert ws.mappings() == {}
    made = ws.add_line("HYD", "液压", "Hydraulics")
    ws.delete_line(made.id)
    assert [ln.code for ln in ws.lines()] == ["BRG", "DRV"]
    ws.delete_unit(ws.add_unit(acc, "临时").id)
    assert [u.name for u in ws.units(acc)] == ["武汉工厂"]


def test_the_dossier_carries_units_cells_and_the_lines_they_use(ctx, acc, lines, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kam.app import bootstrap

    sv, (bearings, _drives) = ctx.services, lines
    unit = sv.whitespace.add_unit(acc, "武汉工厂", takes_unassigned=True).id
    sv.whitespace.set_cell(unit, bearings, holder="us", status="ours", potential="1200.50")
    data = sv.transfer.export_data(acc)
    assert data["tables"]["whitespace_cells"][0]["line_id"] == "BRG"
    assert data["catalogue"] == [{"code": "BRG", "name_zh": "精密轴承", "name_en": "Bearings",
                                  "name_zh_tw": None}]
    target = bootstrap(str(tmp_path / "other.sqlite3"))
    try:
        result = target.services.transfer.import_data(data)
        grid = target.services.whitespace.grid(result.account_id, TODAY)
        assert [ln.code for ln in grid.lines] == ["BRG"]
        (cell,) = [c for c in grid.cells.values() if c.cell_id is not None]
        assert (cell.potential, cell.holder) == (Decimal("1200.5"), Holder.US)
        assert target.services.transfer.export_data(result.account_id) == data
    finally:
        target.close()


def test_a_targeted_cell_becomes_an_objective_of_the_draft_plan(ctx, acc, lines) -> None:  # type: ignore[no-untyped-def]
    from kam.errors import NotAllowed

    sv, (bearings, drives) = ctx.services, lines
    ws = sv.whitespace
    year = dt.date.today().year
    unit = ws.add_unit(acc, "武汉工厂", takes_unassigned=True).id
    sv.records.add_transactions(acc, [_tx(dt.date.today(), "BRG", "400")])
    ws.set_cell(unit, bearings, potential="1000", holder="nobody", status="targeted")
    ws.set_cell(unit, drives, potential="500", holder="us", status="ours")
    with pytest.raises(NotAllowed, match=str(year)):
        ws.make_objective(unit, bearings, year)  # no plan yet
    plan = sv.planning.create_plan(acc, year).id
    with pytest.raises(ValidationError, match="targeted"):
        ws.make_objective(unit, drives, year)
    made = ws.make_objective(unit, bearings, year)
    objective = sv.plans.plan(plan).quantitative[-1]
    assert objective.id == made.id
    assert objective.annual_target == Decimal(600)  # the cell's whitespace
    assert "BRG" in (objective.label or "") or "Bearings" in (objective.label or "")
    assert ws.grid(acc).cell(unit, bearings).objective_id == made.id
    assert ws.objective_progress(unit, bearings) == (Decimal(400), Decimal(600), year)
    with pytest.raises(ValidationError, match="already"):
        ws.make_objective(unit, bearings, year)
    ws.drop_objective(unit, bearings)  # the undo
    assert ws.grid(acc).cell(unit, bearings).objective_id is None
    assert sv.plans.plan(plan).quantitative == []


def test_the_dossier_carries_a_cells_objective_its_copies_and_its_project(ctx, acc, lines, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kam.app import bootstrap

    sv, (bearings, _drives) = ctx.services, lines
    ws = sv.whitespace
    unit = ws.add_unit(acc, "武汉工厂", takes_unassigned=True).id
    ws.set_cell(unit, bearings, potential="1000", holder="nobody", status="targeted")
    sv.planning.create_plan(acc, 2026)
    ws.make_objective(unit, bearings, 2026, "600")
    ws.make_project(unit, bearings)
    sv.users.create("li.na", "李娜", "admin")
    ctx.act_as("li.na")
    sv.plans.plan_next_year(acc, 2026)
    data = sv.transfer.export_data(acc)
    target = bootstrap(str(tmp_path / "other.sqlite3"))
    try:
        result = target.services.transfer.import_data(data)
        tws = target.services.whitespace
        cell = tws.grid(result.account_id, dt.date(2027, 3, 1)).cell(tws.units(result.account_id)[0].id,
                                                                      tws.lines()[0].id)
        assert (cell.objective_year, cell.project) == (2027, "Bearings at 武汉工厂")  # the copy, found again
        assert target.services.transfer.export_data(result.account_id) == data
    finally:
        target.close()


def test_a_targeted_cell_becomes_a_purchasing_project(ctx, acc, lines) -> None:  # type: ignore[no-untyped-def]
    sv, (bearings, drives) = ctx.services, lines
    ws = sv.whitespace
    unit = ws.add_unit(acc, "武汉工厂", takes_unassigned=True).id
    sv.records.add_transactions(acc, [_tx(dt.date.today(), "BRG", "400")])
    ws.set_cell(unit, bearings, potential="1000", holder="nobody", status="targeted", note="扩产")
    ws.set_cell(unit, drives, potential="500", holder="us", status="ours")
    with pytest.raises(ValidationError, match="targeted"):
        ws.make_project(unit, drives)
    made = ws.make_project(unit, bearings)
    detail = sv.projects.detail(made.id)
    assert (detail.name, detail.budget, detail.currency, detail.problem_to_solve) == (
        "Bearings at 武汉工厂", Decimal(600), "CNY", "扩产")
    cell = ws.grid(acc).cell(unit, bearings)
    assert (cell.project_id, cell.project) == (made.id, "Bearings at 武汉工厂")
    assert ws.cell_state(unit, bearings)["project_id"] == made.id  # an undone cell edit keeps the link
    with pytest.raises(ValidationError, match="already"):
        ws.make_project(unit, bearings)
    ws.drop_project(unit, bearings)  # the undo
    assert ws.grid(acc).cell(unit, bearings).project_id is None
    assert sv.orgmap.projects(acc) == []


def test_potentials_import_all_or_nothing_and_the_export_back(ctx, acc, lines, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kam.cli.whitespace import grid_table
    from kam.io.exporters import write_table
    from kam.io.import_common import ImportRefused
    from kam.io.import_potentials import import_potentials

    sv, (bearings, drives) = ctx.services, lines
    ws = sv.whitespace
    wuhan = ws.add_unit(acc, "武汉工厂", takes_unassigned=True).id
    sv.records.add_competitor(acc, "Nordwerk")
    bad = tmp_path / "bad.csv"
    bad.write_text("业务单元,产品线,年度潜力,供应方,状态,备注\n"
                   "武汉工厂,BRG,1000,Nordwerk,今年目标,框架协议\n"  # the competitor's name as the holder
                   "武汉工厂,精密轴承 P4,50,,,\n"  # a product, not a line
                   "厦门分公司,DRV,300,us,,\n"  # no such unit
                   "武汉工厂,Servo drives,-5,us,ours,\n"  # negative potential
                   "武汉工厂,伺服驱动,10,nobody,ours,\n", encoding="utf-8")  # the same cell again
    with pytest.raises(ImportRefused) as refused:
        import_potentials(ws, acc, bad)
    text = str(refused.value)
    assert 'bad.csv row 3, column "产品线": the map has a column per product line, not per product' in text
    assert 'row 4, column "业务单元": no business unit 厦门分公司' in text
    assert 'row 5, column "年度潜力"' in text
    assert 'row 6, column "产品线": this cell is also in row 5' in text
    assert ws.cell_state(wuhan, bearings) is None  # nothing written
    good = tmp_path / "good.csv"
    good.write_text("Business unit,Product line,Potential,Held by,Status,Note\n"
                    "武汉工厂,BRG,1000,Nordwerk,targeted,框架协议\n厦门分公司,DRV,300,us,ours,\n", encoding="utf-8")
    result = import_potentials(ws, acc, good, create_units=True)
    assert (result.rows, result.created, result.updated) == (2, 2, 0)
    xiamen = next(u.id for u in ws.units(acc) if u.name == "厦门分公司")
    cell = ws.grid(acc, TODAY).cell(wuhan, bearings)
    assert (cell.potential, cell.holder, cell.competitor, cell.status, cell.note) == (
        Decimal(1000), Holder.COMPETITOR, "Nordwerk", CellStatus.TARGETED, "框架协议")
    assert ws.cell_state(xiamen, drives)["potential"] == Decimal(300)
    # the XLSX export of the map, edited and imported back: the same cells, the potential changed
    headers, rows = grid_table(ws.grid(acc, TODAY), "zh_TW")
    for row in rows:
        if row[0] == "武汉工厂" and row[2] == "BRG":
            row[5] = 1200
    write_table(tmp_path / "map.xlsx", headers, rows)
    again = import_potentials(ws, acc, tmp_path / "map.xlsx")
    assert (again.created, again.updated) == (2, 2)  # every cell of the export; the two empty ones entered now
    cell = ws.grid(acc, TODAY).cell(wuhan, bearings)
    assert (cell.potential, cell.competitor, cell.status) == (Decimal(1200), "Nordwerk", CellStatus.TARGETED)


def test_a_dash_clears_a_field_and_names_match_whatever_their_width_case_and_spaces(ctx, acc, lines,
                                                                                    tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """In a potentials table a field of just a dash (-, – or —, full-width too) clears what the cell had; an empty
    one leaves it. Units, lines and competitors are found by name whatever the case, the full-width/half-width
    forms and extra spaces."""
    from kam.io.import_common import ImportRefused
    from kam.io.import_potentials import import_potentials
    from kam.text import unit_key

    assert unit_key("  Ｍａｉｎ　 Plant ") == unit_key("main plant") == "main plant"
    assert unit_key("ｶﾞｽ") == unit_key("ガス")  # half-width katakana
    sv, (bearings, drives) = ctx.services, lines
    ws = sv.whitespace
    plant = ws.add_unit(acc, "Main Plant", takes_unassigned=True).id
    nordwerk = sv.records.add_competitor(acc, "Nordwerk").id
    ws.set_cell(plant, bearings, potential="1000", holder="competitor", competitor_id=nordwerk, status="targeted",
                note="框架协议")
    ws.set_cell(plant, drives, potential="300", holder="us", status="ours", note="年度合同")
    keep = tmp_path / "keep.csv"  # empty fields: nothing changes; the names typed otherwise still find the cells
    keep.write_text("Business unit,Product line,Potential,Held by,Status,Note\n"
                    "  ＭＡＩＮ　plant ,ｂｒｇ,,,,\n main  plant,  servo   DRIVES ,,,,\n", encoding="utf-8")
    result = import_potentials(ws, acc, keep)
    assert (result.rows, result.created, result.updated) == (2, 0, 2)
    assert [u.name for u in ws.units(acc)] == ["Main Plant"]  # no new unit
    cell = ws.grid(acc, TODAY).cell(plant, bearings)
    assert (cell.potential, cell.holder, cell.competitor, cell.status, cell.note) == (
        Decimal(1000), Holder.COMPETITOR, "Nordwerk", CellStatus.TARGETED, "框架协议")
    clear = tmp_path / "clear.xlsx"  # dashes: potential, holder (and so its competitor), status and note cleared
    from kam.io.exporters import write_table

    write_table(clear, ["业务单元", "产品线", "年度潜力", "供应方", "状态", "备注"],
                [["main plant", "精密轴承", "-", "—", "–", "－"], ["Main Plant", "DRV", "–", None, None, "-"]])
    result = import_potentials(ws, acc, clear)
    assert (result.rows, result.created, result.updated) == (2, 0, 2)
    cell = ws.grid(acc, TODAY).cell(plant, bearings)
    assert (cell.potential, cell.holder, cell.competitor, cell.status, cell.note) == (
        None, Holder.NOBODY, None, None, None)
    assert ws.cell_state(plant, bearings)["competitor_id"] is None
    cell = ws.grid(acc, TODAY).cell(plant, drives)
    assert (cell.potential, cell.holder, cell.status, cell.note) == (None, Holder.US, CellStatus.OURS, None)
    # a competitor named in any case and width; a dash in its column alone cannot leave a competitor's cell nameless
    named = tmp_path / "named.csv"
    named.write_text("Unit,Line,Held by,Competitor\nMain Plant,BRG, ｎｏｒｄｗｅｒｋ ,\n", encoding="utf-8")
    import_potentials(ws, acc, named)
    assert ws.grid(acc, TODAY).cell(plant, bearings).competitor == "Nordwerk"
    bad = tmp_path / "bad.csv"
    bad.write_text("Unit,Line,Competitor\nMain Plant,BRG,-\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_potentials(ws, acc, bad)
    assert 'row 2, column "Competitor": name the competitor who holds it' in str(refused.value)
    # new units: two spellings of one name are one new unit, as the first row spells it
    new = tmp_path / "new.csv"
    new.write_text("Unit,Line,Potential\n厦门  分公司,BRG,10\n厦门 分公司 ,DRV,20\n", encoding="utf-8")
    result = import_potentials(ws, acc, new, create_units=True)
    assert result.notes == ["business unit 厦门 分公司 added"]
    assert [u.name for u in ws.units(acc)] == ["Main Plant", "厦门 分公司"]
    # and the units' own rule agrees: one account cannot have "Main Plant" and "ＭＡＩＮ ＰＬＡＮＴ"
    with pytest.raises(ValidationError, match="already has a unit named Main Plant"):
        ws.add_unit(acc, "ＭＡＩＮ ＰＬＡＮＴ")
    from kam.model.whitespace import BusinessUnit

    with ws.unit() as s:  # two such units from before the rule: the import names the clash, it picks neither
        s.add(BusinessUnit(account_id=acc, name="main plant", kind="plant", position=9))
    with pytest.raises(ImportRefused) as refused:
        import_potentials(ws, acc, keep)
    assert 'row 2, column "Business unit": ＭＡＩＮ　plant names several business units of this account' in str(
        refused.value)


def test_objective_links_survive_plan_next_year(ctx, acc, lines) -> None:  # type: ignore[no-untyped-def]
    """The cell keeps its link; the map finds the objective's copy in the year it is looking at."""
    sv, (bearings, _drives) = ctx.services, lines
    ws = sv.whitespace
    unit = ws.add_unit(acc, "武汉工厂", takes_unassigned=True).id
    sv.records.add_transactions(acc, [_tx(dt.date(2026, 6, 1), "BRG", "400"), _tx(dt.date(2027, 2, 1), "BRG", "90")])
    ws.set_cell(unit, bearings, potential="1000", holder="nobody", status="targeted")
    plan = sv.planning.create_plan(acc, 2026).id
    made = ws.make_objective(unit, bearings, 2026, "600")
    sv.users.create("li.na", "李娜", "admin")
    ctx.act_as("li.na")
    new_plan = sv.plans.plan_next_year(acc, 2026).id
    copy = sv.plans.plan(new_plan).quantitative[-1]
    assert copy.id != made.id
    assert copy.annual_target == Decimal(600)
    in_2026, in_2027 = ws.grid(acc, TODAY), ws.grid(acc, dt.date(2027, 3, 1))
    assert (in_2026.cell(unit, bearings).objective_id, in_2026.cell(unit, bearings).objective_year) == (made.id, 2026)
    assert (in_2027.cell(unit, bearings).objective_id, in_2027.cell(unit, bearings).objective_year) == (copy.id, 2027)
    assert ws.objective_progress(unit, bearings, TODAY) == (Decimal(400), Decimal(600), 2026)
    assert ws.objective_progress(unit, bearings, dt.date(2027, 3, 1)) == (Decimal(90), Decimal(600), 2027)
    with pytest.raises(ValidationError, match="already"):
        ws.make_objective(unit, bearings, 2027)  # the copy is the cell's objective of 2027
    # the copy removed from the 2027 draft: the map falls back on 2026's, and 2027 may get its own objective
    sv.plans.remove_objective(copy.id)
    assert ws.grid(acc, dt.date(2027, 3, 1)).cell(unit, bearings).objective_id == made.id
    again = ws.make_objective(unit, bearings, 2027, "700")
    assert again.before == {"objective_id": made.id}
    assert ws.objective_progress(unit, bearings, dt.date(2027, 3, 1)) == (Decimal(90), Decimal(700), 2027)
    ws.drop_objective(unit, bearings, again.before["objective_id"])  # the undo: the link is 2026's again
    assert ws.grid(acc, TODAY).cell(unit, bearings).objective_id == made.id
    assert sv.plans.plan(plan).quantitative[-1].id == made.id


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_account_plan_prints_every_cell(ctx, acc, lines, lang) -> None:  # type: ignore[no-untyped-def]
    import io

    from pypdf import PdfReader

    sv, (bearings, drives) = ctx.services, lines
    ws = sv.whitespace
    units = [ws.add_unit(acc, f"工厂{i}", takes_unassigned=i == 0).id for i in range(3)]
    figures = {}
    for i, u in enumerate(units):
        for j, line in enumerate((bearings, drives)):
            potential = 1000 * (7 * i + 3 * j + 11)
            ws.set_cell(u, line, potential=str(potential), holder="nobody", status="targeted")
            figures[(u, line)] = potential
    ws.update_line(bearings, name_zh_tw="精密軸承")  # the line's name in each language
    pdf = sv.reports.account_plan(acc, dt.date.today().year, lang=lang)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    title = {"en": "Whitespace: where", "zh_CN": "空白地图", "zh_TW": "空白地圖"}[lang]
    assert title in text
    assert {"en": "Bearings", "zh_CN": "精密轴承", "zh_TW": "精密軸承"}[lang] in text
    if lang == "zh_TW":
        assert "精密轴承" not in text
    for potential in figures.values():  # every cell's whitespace (nothing bought yet: the whole potential)
        shown = f"{potential / 1000:g}k" if lang == "en" else f"{potential / 10000:g}" + (
            "萬" if lang == "zh_TW" else "万")
        assert shown in text, shown


def test_the_xlsx_export_holds_every_cell(ctx, acc, lines, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from kam.cli.whitespace import grid_table
    from kam.io.exporters import write_table

    ws, (bearings, _drives) = ctx.services.whitespace, lines
    units = [ws.add_unit(acc, name).id for name in ("总部", "=HYPERLINK(1)")]
    ws.set_cell(units[0], bearings, potential="2500", holder="us", status="ours", note="框架协议")
    headers, rows = grid_table(ws.grid(acc, TODAY), "en")
    assert write_table(tmp_path / "map.xlsx", headers, rows) == 4  # 2 units × 2 lines
    got = list(load_workbook(tmp_path / "map.xlsx").active.values)  # type: ignore[union-attr]
    assert {(r[0], r[2]) for r in got[1:]} == {(u, c) for u in ("总部", "=HYPERLINK(1)") for c in ("BRG", "DRV")}
    ws.update_line(bearings, name_zh_tw="精密軸承")
    for lang, name in (("en", "Bearings"), ("zh_CN", "精密轴承"), ("zh_TW", "精密軸承")):  # the line per language
        headers, rows = grid_table(ws.grid(acc, TODAY), lang)
        assert {r[3] for r in rows if r[2] == "BRG"} == {name}
    assert ("总部", "BRG", 2500, "框架协议") in {(r[0], r[2], r[5], r[11]) for r in got[1:]}


def test_the_portfolio_summary_adds_up_the_accounts_maps(ctx, acc, lines) -> None:  # type: ignore[no-untyped-def]
    sv, (bearings, drives) = ctx.services, lines
    ws = sv.whitespace
    other = sv.accounts.create(name_en="Nordhafen", ka_type="strategic").id
    sv.accounts.create(name_en="No map", ka_type="economic")
    for aid, potentials in ((acc, ("1000", "300")), (other, ("800", None))):
        unit = ws.add_unit(aid, "Main", takes_unassigned=True).id
        second = ws.add_unit(aid, "Second").id
        ws.set_cell(unit, bearings, potential=potentials[0], holder="competitor",
                    competitor_id=sv.records.add_competitor(aid, "Nordwerk").id)
        if potentials[1]:
            ws.set_cell(second, drives, potential=potentials[1], holder="us")
        sv.records.add_transactions(aid, [_tx(TODAY, "BRG", "120"), _tx(TODAY, "DRV", "40"),
                                          _tx(TODAY, "DRV", "5", currency="USD")])
        rows = ws.cell_transactions(aid, unit, drives, TODAY)
        ws.assign_transactions(aid, {rows[0].id: second})
    (summary,) = ws.portfolio(TODAY)
    grids = [ws.grid(a, TODAY) for a in (acc, other)]
    assert summary.accounts == 2
    for line in (bearings, drives):
        assert summary.by_line[line].current == sum(g.by_line[line].current for g in grids)
    assert summary.by_line[bearings].potential == Decimal(1800)
    assert summary.by_line[drives].potential == Decimal(300)
    assert summary.total.current == sum(g.total.current for g in grids) == Decimal(320)
    assert summary.held[bearings] == {Holder.COMPETITOR: Decimal(1800)}
    assert summary.competitors[bearings] == {"Nordwerk": Decimal(1800)}  # by name, over the accounts
    assert summary.by_tier[None].whitespace == Decimal(2100 - 320)
    assert [ln.id for ln in summary.largest()] == [bearings, drives]
    # the accounts behind a row: on a line, or of a tier — each adds up to its account's own map
    behind = ws.portfolio_accounts("CNY", line_id=bearings, as_of=TODAY)
    assert [(r.name, r.whitespace) for r in behind] == [("长江重工", Decimal(880)), ("Nordhafen", Decimal(680))]
    assert sum((r.current for r in behind), Decimal(0)) == summary.by_line[bearings].current
    tier_rows = ws.portfolio_accounts("CNY", tier=None, as_of=TODAY)
    assert {r.account_id: r.current for r in tier_rows} == {g.account_id: g.total.current for g in grids}


def test_the_catalogue_import_reads_the_traditional_names(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kam.io.import_catalogue import import_catalogue

    ws = ctx.services.whitespace
    path = tmp_path / "catalogue.csv"
    path.write_text("代码,中文名称,英文名称,繁體名稱\nBRG,精密轴承,Bearings,精密軸承\nSVC,维保服务,,\n", encoding="utf-8")
    assert import_catalogue(ws, path).created == 2
    names = {ln.code: (ln.name("en"), ln.name("zh_CN"), ln.name("zh_TW")) for ln in ws.lines()}
    assert names == {"BRG": ("Bearings", "精密轴承", "精密軸承"), "SVC": ("维保服务", "维保服务", "维保服务")}


def test_the_whitespace_can_feed_the_potential_value_score(ctx, acc, lines) -> None:  # type: ignore[no-untyped-def]
    """Off by default (the scores do not move); with a weight, a large whitespace raises the potential value."""
    sv, (bearings, _drives) = ctx.services, lines
    ws, analysis = sv.whitespace, sv.analysis
    other = sv.accounts.create(name_en="No map").id
    unit = ws.add_unit(acc, "总部", takes_unassigned=True).id
    ws.set_cell(unit, bearings, potential="30000000", holder="competitor",
                competitor_id=sv.records.add_competitor(acc, "Nordwerk").id)
    before = {s.account_id: s.potential for s in analysis.scores(TODAY)}
    assert "whitespace" not in analysis.scores(TODAY)[0].components
    analysis.save_scoring({"whitespace": {"weight": 40, "breakpoints": ["500000", "2000000", "5000000", "15000000"]}})
    after = {s.account_id: s for s in analysis.scores(TODAY)}
    assert after[acc].potential > before[acc]  # 30 M of whitespace: five points
    assert after[acc].components["points"]["whitespace"] == 5
    assert after[other].components["points"]["whitespace"] == 3  # no map: the middle
    with pytest.raises(ValidationError):
        analysis.save_scoring({"whitespace": {"weight": -1}})
