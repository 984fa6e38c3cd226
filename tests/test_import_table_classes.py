"""Tables people really have (issue #20 items 11–18), each from its class of input: duplicate document
numbers, XLSX header rows that only --map explains, small Latin-1 CSVs, SQL exports with id columns and
NULL, Chinese listed-company sheets, very wide headers, control characters, NUL in a header, XML bombs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from tests_support import kam_cli

from kam.errors import UserError
from kam.io.importers import ImportRefused
from kam.model import Account, Person, Transaction

FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def hw(ctx):  # type: ignore[no-untyped-def]
    aid = ctx.services.accounts.create(name_zh="华为技术有限公司", name_en="Huawei", ka_type="strategic").id
    return ctx, aid


def _count(ctx, model) -> int:  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


ERP_HEADER = "日期,品名,数量,单价,毛利,单号"


def _erp(path: Path, refs: list[str]) -> Path:
    path.write_text("\n".join([ERP_HEADER] + [f"2026-03-01,产品{i},1,10,2,{r}" for i, r in enumerate(refs)]) + "\n",
                    encoding="utf-8")
    return path


@FUZZ
@given(refs=st.lists(st.sampled_from(["INV-1", "INV-2", "INV-3", "INV-4"]), min_size=2, max_size=8))
def test_repeated_document_numbers_are_found_in_the_dry_run_by_row_and_column(hw, tmp_path: Path, refs) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = _erp(tmp_path / "erp.csv", refs)
    repeated = len(refs) != len(set(refs))
    before = _count(ctx, Transaction)
    if repeated:
        first_again = next(i for i, r in enumerate(refs) if r in refs[:i]) + 2  # the row as the user sees it
        for dry in (True, False):  # the dry run says exactly what the import will say
            with pytest.raises(ImportRefused, match=rf'erp.csv row {first_again}, column "单号": document number '):
                ctx.services.imports.import_transactions(path, account=aid, dry_run=dry)
        assert _count(ctx, Transaction) == before
    skipped = ctx.services.imports.import_transactions(path, account=aid, on_duplicate="skip", dry_run=True)
    assert skipped.created + len(skipped.skipped) == len(refs)


def test_document_numbers_already_in_the_database_skip_update_or_refuse(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    ctx.services.imports.import_transactions(_erp(tmp_path / "a.csv", ["INV-1", "INV-2"]), account=aid)
    again = _erp(tmp_path / "b.csv", ["INV-2", "INV-3"])
    with pytest.raises(ImportRefused, match=r'b.csv row 2, column "单号": document number INV-2 is already in the '
                                            r"database"):
        ctx.services.imports.import_transactions(again, account=aid, dry_run=True)
    with pytest.raises(ImportRefused, match="with --skip-invalid|already in the database"):
        ctx.services.imports.import_transactions(again, account=aid)
    skip = ctx.services.imports.import_transactions(again, account=aid, on_duplicate="skip")
    assert (skip.created, len(skip.skipped)) == (1, 1)
    upd = ctx.services.imports.import_transactions(_erp(tmp_path / "c.csv", ["INV-1"]), account=aid,
                                                   on_duplicate="update")
    assert (upd.created, upd.updated) == (0, 1)
    with ctx.sessions() as s:
        assert s.scalar(select(Transaction.product).where(Transaction.external_ref == "INV-1")) == "产品0"
    assert _count(ctx, Transaction) == 3
    left = ctx.services.imports.import_transactions(again, account=aid, skip_invalid=True)
    assert (left.created, len(left.left_out)) == (0, 2)  # both rows are really left out, and counted once


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.mark.parametrize("header", ["Name", "姓名", "联系人"])
def test_an_xlsx_with_a_single_known_header_imports_like_the_csv(hw, tmp_path: Path, header: str) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = _xlsx(tmp_path / "one.xlsx", [["通讯录"], [], [header], ["王强"], ["李娜"]])
    assert ctx.services.imports.import_people(path, account=aid).created == 2


def test_an_xlsx_whose_headers_only_map_explains_and_a_column_left_out(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = _xlsx(tmp_path / "own.xlsx", [["客户联系表 2026"], ["人员", "岗位", "内部备注"], ["王强", "总监", "秘密"]])
    res = ctx.services.imports.import_people(path, account=aid, mapping={"人员": "name", "岗位": "title", "内部备注": ""})
    assert res.created == 1
    with ctx.sessions() as s:
        p = s.scalars(select(Person).where(Person.name == "王强")).one()
    assert (p.title, p.notes) == ("总监", None)
    db = ctx.path
    ctx.close()
    res = kam_cli("--db", str(db), "import", str(path), "--kind", "people", "--account", "华为技术有限公司",
                  "--map", "人员=name", "--map", "岗位=title", "--map", "内部备注=", "--dry-run", cwd=tmp_path)
    assert res.returncode == 0, res.stderr


LATIN1_NAMES = ["José García", "François Lefèvre", "Zoë Müller", "Björn Ångström", "Señora Núñez", "Jürgen Groß",
                "Hélène Dubois", "Ærø Sørensen", "Çelik Öztürk", "Mário Conceição", "Agnès Benoît", "Dörte Köhler"]


@FUZZ
@given(names=st.lists(st.sampled_from(LATIN1_NAMES), min_size=1, max_size=5, unique=True),
       title=st.sampled_from(["Directeur", "Gérant", "Geschäftsführer", "Jefe de compras"]))
def test_a_small_latin1_csv_is_read_as_latin1(hw, tmp_path: Path, names, title) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "latin1.csv"
    path.write_bytes(("Name,Title\n" + "".join(f"{n},{title}\n" for n in names)).encode("latin-1"))
    ctx.services.imports.import_people(path, account=aid, on_duplicate="update")
    with ctx.sessions() as s:
        stored = set(s.scalars(select(Person.name)))
    assert set(names) <= stored


@pytest.mark.parametrize("nothing", ["NULL", "null", "\\N", "(null)", ""])
def test_an_sql_export_with_id_columns_and_null(hw, tmp_path: Path, nothing: str) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "employees.csv"
    path.write_text("EmployeeID,LastName,FirstName,Title,ReportsTo,Email\n"
                    f"2,Fuller,Andrew,Vice President,{nothing},{nothing}\n"
                    "1,Davolio,Nancy,Sales Representative,2,nancy@example.com\n"
                    f"5,Buchanan,Steven,Sales Manager,2,{nothing}\n"
                    "6,Suyama,Michael,Sales Representative,5,\n", encoding="utf-8")
    res = ctx.services.imports.import_people(path, account=aid)
    assert res.created == 4
    assert not res.rejected
    with ctx.sessions() as s:
        people = {p.id: p for p in s.scalars(select(Person))}
    by_name = {p.name: p for p in people.values()}
    assert by_name["Andrew Fuller"].email is None  # NULL is no value, not the text "NULL"
    assert people[by_name["Nancy Davolio"].reports_to_id].name == "Andrew Fuller"
    assert people[by_name["Michael Suyama"].reports_to_id].name == "Steven Buchanan"
    assert by_name["Andrew Fuller"].reports_to_id is None


def test_the_skip_invalid_summary_counts_what_was_really_left_out(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "p.csv"
    path.write_text("姓名,邮箱,直属上级\n张伟,bad-mail,\n李强,ok@example.com,无此人\n王芳,also-bad,无此人\n",
                    encoding="utf-8")
    res = ctx.services.imports.import_people(path, account=aid, skip_invalid=True)
    assert res.created == 1  # 李强 is imported (without a manager); 张伟 and 王芳 are left out
    assert len(res.left_out) == 2
    assert any("imported without this part" in n for n in res.notes)


@pytest.mark.parametrize(("header", "field", "value"), [
    ("公司全称", "name_zh", "贵州茅台酒股份有限公司"), ("公司简称", "short_name", "贵州茅台"),
    ("证券简称", "short_name", "贵州茅台"), ("英文名称", "name_en", "Kweichow Moutai Co., Ltd."),
    ("英文全称", "name_en", "Kweichow Moutai Co., Ltd."), ("公司全稱", "name_zh", "貴州茅台酒股份有限公司"),
])
def test_chinese_listed_company_headers(ctx, tmp_path: Path, header: str, field: str, value: str) -> None:  # type: ignore[no-untyped-def]
    import csv

    path = tmp_path / "listed.csv"
    columns = {"证券代码": "600519", header: value}
    if field != "name_zh":
        columns["公司全称"] = "贵州茅台酒股份有限公司"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([list(columns), list(columns.values())])
    res = ctx.services.imports.import_accounts(path)
    assert res.created == 1
    assert res.unused == ["证券代码"]
    with ctx.sessions() as s:
        assert getattr(s.scalars(select(Account)).one(), field) == value


def test_a_million_column_header_is_summarised_in_one_line(tmp_path: Path) -> None:
    from kam.app import bootstrap

    db = tmp_path / "k.sqlite3"
    ctx = bootstrap(str(db))
    ctx.services.accounts.create(name_zh="华为", ka_type="strategic")
    ctx.close()
    wide = ["姓名", "公司名称"] + [f"col{i}" for i in range(20000)]
    path = tmp_path / "wide.csv"
    path.write_text(",".join(wide) + "\n" + ",".join(["王强", "华为"] + [""] * 20000) + "\n", encoding="utf-8")
    res = kam_cli("--db", str(db), "import", str(path), "--kind", "people", "--dry-run", cwd=tmp_path)
    lines = [line for line in res.stderr.splitlines() if "columns not imported" in line]
    assert len(lines) == 1
    assert "20000 columns not imported" in lines[0]
    assert len(lines[0]) < 300


@FUZZ
@given(control=st.sampled_from([chr(c) for c in (*range(1, 9), 11, 12, *range(14, 32), 127)]),
       column=st.integers(0, 2))
def test_control_characters_are_refused_by_row_and_column(hw, tmp_path: Path, control: str, column: int) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    cells = ["王强", "总监", "备注"]
    cells[column] = cells[column][:1] + control + cells[column][1:]
    path = tmp_path / "cc.csv"
    path.write_text("姓名,职务,备注\n" + ",".join(cells) + "\n", encoding="utf-8")
    before = _count(ctx, Person)
    with pytest.raises(UserError, match=rf"cc.csv row 2, column {column + 1}: a (control|NUL) character"):
        ctx.services.imports.import_people(path, account=aid)
    assert _count(ctx, Person) == before


def test_an_export_never_crashes_on_control_characters(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    ctx, aid = hw
    with ctx.sessions.begin() as s:  # as an older version or another program may have stored it
        s.add(Person(account_id=aid, name="王\x1b强", title="总\x0b监", phone="+86 139 0000 0000", influence=3))
    out = tmp_path / "p.xlsx"
    assert ctx.services.exports.export("people", out) == 1
    ws = load_workbook(out).active
    assert ws["C2"].value == "王强"
    assert ws["H2"].value == "+86 139 0000 0000"  # typed text, no apostrophe


def test_a_nul_in_a_header_is_reported_not_dropped(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Na\x00me,Title\nWang Qiang,CTO\n")
    with pytest.raises(UserError, match=r"nul.csv row 1, column 1: the header .* control character"):
        ctx.services.imports.import_people(path, account=aid)


def test_an_unknown_manager_is_named_by_the_accounts_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    aid = ctx.services.accounts.create(name_en="Contoso Ltd", ka_type="strategic").id
    path = tmp_path / "p.csv"
    path.write_text("Name,Reports To\nAnna,Nobody\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match='no person "Nobody" in account Contoso Ltd'):
        ctx.services.imports.import_people(path, account=aid)


def test_an_xml_bomb_is_refused_in_one_line(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    good = _xlsx(tmp_path / "good.xlsx", [["姓名"], ["王强"]])
    bomb = tmp_path / "bomb.xlsx"
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
           '<c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, lol if item.filename == "xl/worksheets/sheet1.xml" else src.read(item))
    with pytest.raises(UserError) as err:
        ctx.services.imports.import_people(bomb, account=aid)
    assert "\n" not in str(err.value)
    assert "XML" in str(err.value)


def test_library_warnings_never_reach_the_terminal(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """openpyxl warns about workbooks without a style sheet (written by other tools); under the test suite's
    filterwarnings=error such a warning would fail the import — it must stay inside the reader."""
    ctx, aid = hw
    good = _xlsx(tmp_path / "good.xlsx", [["姓名"], ["王强"]])
    plain = tmp_path / "nostyle.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(plain, "w") as dst:
        for item in src.infolist():
            if item.filename == "xl/styles.xml":
                continue
            data = src.read(item)
            if item.filename in ("[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
                data = _without_styles(data)
            dst.writestr(item, data)
    assert ctx.services.imports.import_people(plain, account=aid).created == 1


def _without_styles(xml: bytes) -> bytes:
    import re

    return re.sub(rb"<(Override|Relationship)[^>]*styles[^>]*/>", b"", xml)



