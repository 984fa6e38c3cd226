"""Team mode: the whitespace map is part of the dossier (row-level security); our catalogue is shared."""

from __future__ import annotations

import psycopg
import pytest
from test_team import _psql, team  # noqa: F401  (the team database fixture)

from kam.errors import UserError


def test_a_kam_sees_and_writes_only_their_accounts_maps(team) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    li, zhang = team["login"]("li.na"), team["login"]("zhang.wei")
    brg = team["login"]("chen.vp").services.whitespace.add_line("BRG", "精密轴承", "Bearings").id
    mine = li.services.whitespace.add_unit(team["huawei"], "东莞工厂").id
    li.services.whitespace.set_cell(mine, brg, potential="900", holder="nobody", status="targeted")
    theirs = zhang.services.whitespace.add_unit(team["zte"], "南京研发").id
    zhang.services.whitespace.set_cell(theirs, brg, potential="500", holder="us")
    with _psql(team["urls"]["li.na"]) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM business_units")] == ["东莞工厂"]
        assert conn.execute("SELECT count(*) FROM whitespace_cells").fetchone() == (1,)
        assert conn.execute("SELECT code FROM product_lines").fetchall() == [("BRG",)]  # the catalogue is shared
        assert conn.execute("UPDATE whitespace_cells SET note = 'x' WHERE unit_id = %s", [theirs]).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO business_units (account_id, name, kind, takes_unassigned, position, version, "
                         "created_at, updated_at) VALUES (%s, '间谍', 'plant', false, 1, 1, now(), now())",
                         [team["zte"]])
    with pytest.raises(UserError):
        li.services.whitespace.grid(team["zte"])
    with pytest.raises(UserError):
        li.services.whitespace.set_cell(theirs, brg, potential="1")
    assert zhang.services.whitespace.grid(team["zte"]).cell(theirs, brg).potential == 500
    vp = team["login"]("chen.vp")
    assert vp.services.whitespace.grid(team["huawei"]).total.potential == 900  # the VP reads his team's maps


def test_the_catalogue_is_read_by_all_and_kept_by_vps_and_administrators(team) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    """Product lines: everyone reads them, a KAM cannot add, change or remove one (the server refuses, psql
    included); the mapping of product texts onto lines: a KAM corrects it for their transactions."""
    from kam.errors import NotAllowed

    li, vp = team["login"]("li.na"), team["login"]("chen.vp")
    assert vp.services.whitespace.catalogue_writable()
    assert not li.services.whitespace.catalogue_writable()
    brg = vp.services.whitespace.add_line("BRG", "精密轴承", "Bearings").id
    assert [ln.code for ln in li.services.whitespace.lines()] == ["BRG"]
    with pytest.raises(NotAllowed, match="refused"):
        li.services.whitespace.add_line("DRV", "伺服驱动", "Servo drives")
    with pytest.raises(NotAllowed):
        li.services.whitespace.update_line(brg, name_en="Ours now")
    with pytest.raises(NotAllowed):
        li.services.whitespace.delete_line(brg)
    assert [(ln.code, ln.name("en")) for ln in vp.services.whitespace.lines()] == [("BRG", "Bearings")]
    with _psql(team["urls"]["li.na"]) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE product_lines SET name_en = 'x'")
    li.services.whitespace.map_product("轴承总成 X", brg)  # a KAM places an unmapped product text
    assert li.services.whitespace.mappings() == {"轴承总成 x": brg}
    li.services.whitespace.map_product("轴承总成 X", None)  # and takes it back (the undo)
    assert vp.services.whitespace.mappings() == {}


def test_the_owner_upgrading_a_team_database_gives_the_new_tables_their_rights(team, pg) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    """A team server set up by an older kam (here the schema before the whitespace map) is migrated when its owner
    opens it with this one; in the same step the new tables get the team's privileges and row-level security,
    with no `kam team init` run again: the catalogue is read by all and kept by VPs, each KAM sees their own
    accounts' units only."""
    from kam.app import bootstrap
    from kam.errors import NotAllowed
    from kam.store.db import make_engine
    from kam.store.migrate import run_downgrade
    from kam.team import setup

    engine = make_engine(team["admin_url"])
    try:
        run_downgrade(engine, "0005")  # the server as an older kam left it (its init run on that schema)
    finally:
        engine.dispose()
    owner = bootstrap(team["admin_url"])  # the owner opens it: migrated to head
    try:
        assert (owner.upgrade.from_revision, owner.upgrade.to_revision) == ("0005", owner.upgrade.to_revision)
        assert owner.upgrade.to_revision != "0005"
    finally:
        owner.close()
    li, zhang, vp = team["login"]("li.na"), team["login"]("zhang.wei"), team["login"]("chen.vp")
    brg = vp.services.whitespace.add_line("BRG", "精密轴承", "Bearings").id
    assert [ln.code for ln in li.services.whitespace.lines()] == ["BRG"]
    with pytest.raises(NotAllowed):
        li.services.whitespace.add_line("DRV", "伺服驱动", "Servo drives")
    mine = li.services.whitespace.add_unit(team["huawei"], "东莞工厂").id
    li.services.whitespace.set_cell(mine, brg, potential="900", holder="nobody")
    zhang.services.whitespace.add_unit(team["zte"], "南京研发")
    with _psql(team["urls"]["li.na"]) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM business_units")] == ["东莞工厂"]
        assert conn.execute("SELECT count(*) FROM whitespace_cells").fetchone() == (1,)
    assert vp.services.whitespace.grid(team["huawei"]).total.potential == 900
    plain = bootstrap(pg.new_database())  # a PostgreSQL database nobody made a team's: migrated, nothing more
    try:
        with plain.engine.connect() as conn:
            assert not setup.is_team_database(conn)
            assert conn.exec_driver_sql("SELECT count(*) FROM pg_policies WHERE tablename = 'accounts'").scalar() == 0
    finally:
        plain.close()
