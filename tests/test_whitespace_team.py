"""Team mode: the whitespace map is part of the dossier (row-level security); our catalogue is shared."""

from __future__ import annotations

import psycopg
import pytest
from test_team import _psql, team  # noqa: F401  (the team database fixture)

from kam.errors import UserError


def test_a_kam_sees_and_writes_only_their_accounts_maps(team) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    li, zhang = team["login"]("li.na"), team["login"]("zhang.wei")
    brg = li.services.whitespace.add_line("BRG", "精密轴承", "Bearings").id
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
