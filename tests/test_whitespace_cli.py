"""`kam catalogue import` (all or nothing, problems by row and column) and `kam whitespace ACCOUNT --json`."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from test_cli import kam


def test_catalogue_import_and_the_map_as_json(tmp_path: Path) -> None:
    db = str(tmp_path / "kam.sqlite3")
    assert kam("--db", db, "init", cwd=tmp_path).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("代码,中文名称,English name,所属产品线\nBRG,精密轴承,Bearings,\nP4,精密轴承 P4,Bearing P4,NOPE\n"
                   "BRG,again,,\n", encoding="utf-8")
    out = kam("--db", db, "catalogue", "import", str(bad), cwd=tmp_path)
    assert out.returncode == 1
    assert 'bad.csv row 3, column "所属产品线": no product line NOPE' in out.stderr
    assert "row 4" in out.stderr
    listed = kam("--db", db, "catalogue", "--json", cwd=tmp_path)
    assert json.loads(listed.stdout) == []  # nothing imported
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    for row in (["Code", "Chinese name", "English name", "Product line"], ["BRG", "精密轴承", "Bearings", None],
                ["P4", "精密轴承 P4", "Bearing P4", "BRG"], ["DRV", "伺服驱动", "Servo drives", None]):
        sheet.append(row)
    good = tmp_path / "catalogue.xlsx"
    wb.save(good)
    out = kam("--db", db, "catalogue", "import", str(good), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = json.loads(kam("--db", db, "catalogue", "--json", cwd=tmp_path).stdout)
    assert {(x["code"], x["line"]) for x in lines} == {("BRG", None), ("P4", "BRG"), ("DRV", None)}
    assert kam("--db", db, "import", "--kind", "accounts", str(_accounts(tmp_path)), cwd=tmp_path).returncode == 0
    data = json.loads(kam("--db", db, "whitespace", "长江重工", "--json", cwd=tmp_path).stdout)
    assert [ln["code"] for ln in data["lines"]] == ["BRG", "DRV"]
    assert data["units"] == []
    assert data["cells"] == []
    potentials = tmp_path / "potentials.csv"
    potentials.write_text("业务单元,产品线,年度潜力,供应方\n武汉工厂,BRG,1000,我方\n武汉工厂,DRV,-1,\n", encoding="utf-8")
    refused = kam("--db", db, "whitespace", "长江重工", "--import", str(potentials), "--create-units", cwd=tmp_path)
    assert refused.returncode == 1
    assert 'potentials.csv row 3, column "年度潜力"' in refused.stderr
    potentials.write_text("业务单元,产品线,年度潜力,供应方\n武汉工厂,BRG,1000,我方\n", encoding="utf-8")
    done = kam("--db", db, "whitespace", "长江重工", "--import", str(potentials), "--create-units", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(kam("--db", db, "whitespace", "长江重工", "--json", cwd=tmp_path).stdout)
    assert [(c["potential"], c["holder"]) for c in data["cells"] if c["potential"]] == [("1000", "us")]
    missing = kam("--db", db, "whitespace", "nobody", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1


def _accounts(tmp_path: Path) -> Path:
    path = tmp_path / "accounts.csv"
    path.write_text("Name,Type\n长江重工,economic\n", encoding="utf-8")
    return path
