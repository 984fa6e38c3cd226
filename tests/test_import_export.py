"""Import (CSV in many encodings, XLSX, known layouts, all or nothing) and export (CSV/XLSX, formula-safe)."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from tests_support import kam_cli

from kam.errors import UserError
from kam.io.importers import ImportRefused, parse_date, parse_number
from kam.model import Person, Transaction

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL

CHINESE = """姓名,职务,部门,电话,邮箱,公司名称,直属上级
张伟,总经理,总经办,010-1234,zw@x.cn,华为技术有限公司,
李强,采购经理,采购部,010-2345,lq@x.cn,华为技术有限公司,张伟
王芳,工程师,研发部,010-3456,wf@x.cn,华为技术有限公司,李强
"""
SALESFORCE = """Id,First Name,Last Name,Title,Email,Account Name,ReportsToId
003A,Na,Li,CEO,li@hw.com,Huawei,
003B,Qiang,Wang,CTO,wang@hw.com,Huawei,003A
003C,"Mei
Ling",Zhao,"Engineer, senior",zhao@hw.com,Huawei,003B
"""


@pytest.fixture
def hw(ctx):  # type: ignore[no-untyped-def]
    aid = ctx.services.accounts.create(name_zh="华为技术有限公司", name_en="Huawei", ka_type="strategic").id
    return ctx, aid


def _people(ctx, aid):  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        people = list(s.scalars(select(Person).where(Person.account_id == aid).order_by(Person.id)))
    by_id = {p.id: p for p in people}
    return {p.name: (by_id[p.reports_to_id].name if p.reports_to_id else None) for p in people}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk", "big5"])
def test_chinese_contacts_in_every_encoding(hw, tmp_path: Path, encoding: str) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    text = CHINESE if encoding != "big5" else CHINESE.replace("华为技术有限公司", "華為技術有限公司").replace(
        "张伟", "張偉").replace("李强", "李強").replace("总经理", "總經理").replace("总经办", "總經辦").replace(
        "采购经理", "採購經理").replace("采购部", "採購部").replace("工程师", "工程師").replace("研发部", "研發部").replace(
        "职务", "職務").replace("部门", "部門").replace("电话", "電話").replace("邮箱", "郵箱").replace(
        "公司名称", "公司名稱").replace("直属上级", "直屬上級")
    if encoding == "big5":
        ctx.services.accounts.update(aid, name_zh="華為技術有限公司")
    path = tmp_path / "contacts.csv"
    path.write_bytes(text.encode(encoding))
    result = ctx.services.imports.import_people(path)
    assert result.created == 3
    names = _people(ctx, aid)
    boss = "張偉" if encoding == "big5" else "张伟"
    assert boss in names  # no mojibake
    assert sorted(v for v in names.values() if v) == sorted([boss, "李強" if encoding == "big5" else "李强"])


def test_salesforce_export_builds_the_org_chart(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "Contacts.csv"
    path.write_text(SALESFORCE, encoding="utf-8")
    result = ctx.services.imports.import_people(path)
    assert result.layout == "Salesforce contacts"
    assert _people(ctx, aid) == {"Na Li": None, "Qiang Wang": "Na Li", "Mei\nLing Zhao": "Qiang Wang"}
    again = ctx.services.imports.import_people(path)  # re-running adds nobody
    assert again.created == 0
    assert len(again.skipped) == 3
    chart = ctx.services.orgmap.powermap(aid)
    assert chart is not None


def test_a_bad_row_changes_nothing_and_names_row_and_column(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "people.csv"
    path.write_text(CHINESE.replace("李强\n", "王强\n"), encoding="utf-8")
    with pytest.raises(ImportRefused) as err:
        ctx.services.imports.import_people(path)
    assert 'people.csv row 4, column "直属上级": no person "王强" in account 华为技术有限公司' in str(err.value)
    assert _people(ctx, aid) == {}
    bad_mail = tmp_path / "mail.csv"
    bad_mail.write_text("Name,Email,Company\nA,not-an-email,Huawei\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r'mail.csv row 2, column "Email"'):
        ctx.services.imports.import_people(bad_mail)
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("Name,Company\nA,Huawei,extra,fields\n", encoding="utf-8")
    with pytest.raises(UserError, match="row 2: 4 fields but the header has 2"):
        ctx.services.imports.import_people(ragged)
    assert _people(ctx, aid) == {}


def test_dry_run_writes_nothing(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "c.csv"
    path.write_text(CHINESE, encoding="utf-8")
    result = ctx.services.imports.import_people(path, dry_run=True)
    assert result.created == 3
    assert _people(ctx, aid) == {}


def test_xlsx_with_a_title_row_merged_cells_and_a_chosen_sheet(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    ctx, aid = hw
    wb = Workbook()
    wb.active.title = "说明"
    ws = wb.create_sheet("联系人")
    ws.append(["华为联系人名单 2026"])  # a title above the header
    ws.merge_cells("A1:D1")
    ws.append([])
    ws.append(["公司名称", "姓名", "职务", "直属上级"])
    ws.append(["华为技术有限公司", "张伟", "总经理", None])
    ws.append([None, "李强", "采购经理", "张伟"])
    ws.merge_cells("A4:A5")  # the company written once for two people
    path = tmp_path / "c.xlsx"
    wb.save(path)
    result = ctx.services.imports.import_people(path, sheet="联系人")
    assert result.created == 2
    assert _people(ctx, aid) == {"张伟": None, "李强": "张伟"}
    with pytest.raises(UserError, match="no sheet"):
        ctx.services.imports.import_people(path, sheet="Sheet9")


def test_zip_bomb_and_non_xlsx_are_refused(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024 * 1024))
    with pytest.raises(UserError, match="zip bomb"):
        ctx.services.imports.import_people(bomb)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("Name\nA\n")
    with pytest.raises(UserError, match="not a zip"):
        ctx.services.imports.import_people(fake)


def test_transactions_from_an_erp_export(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "erp.csv"
    path.write_text("单据日期,客户,品名,数量,单价,折扣,财务费用,毛利,币种,单号\n"
                    "2026/3/1,华为技术有限公司,轴承 6204,1000,¥12.50,0,0,3750,人民币,A-1\n"
                    "01.03.2026,Huawei,轴承 6205,2000,\"1,234.50 元\",100,5,800,RMB,A-2\n"
                    "46082,华为技术有限公司,齿轮,1,99,0,0,30,USD,A-3\n", encoding="gb18030")
    result = ctx.services.imports.import_transactions(path)
    assert result.created == 3
    with ctx.sessions() as s:
        rows = list(s.scalars(select(Transaction).order_by(Transaction.id)))
    assert [r.occurred_on for r in rows] == [dt.date(2026, 3, 1)] * 2 + [dt.date(2026, 3, 1)]
    assert rows[1].unit_price == Decimal("1234.50")
    assert rows[1].amount == Decimal("2468900")  # 2000 × 1234.50 − 100
    assert [r.currency for r in rows] == ["CNY", "CNY", "USD"]


def test_values() -> None:
    assert parse_date("2026/3/1") == dt.date(2026, 3, 1)
    assert parse_date("01.03.2026") == dt.date(2026, 3, 1)
    assert parse_date(46082) == dt.date(2026, 3, 1)
    assert parse_date("2026年3月1日") == dt.date(2026, 3, 1)
    assert parse_number("¥1,234.50") == Decimal("1234.50")
    assert parse_number("1.234,50") == Decimal("1234.50")
    assert parse_number("12,50") == Decimal("12.50")
    assert parse_number("1,234,567") == Decimal("1234567")
    assert parse_number("（1,000）".replace("（", "(").replace("）", ")")) == Decimal("-1000")
    for bad in ("abc", "NaN", "1..2"):
        with pytest.raises(ValueError, match="not a number"):
            parse_number(bad)


def test_exports_are_excel_safe_and_round_trip(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    ctx, aid = hw
    ctx.services.people.create(aid, name="=HYPERLINK(\"http://evil\",\"点我\")", title="+1 boss")
    ctx.services.people.create(aid, name="王芳", title="-")
    out = tmp_path / "people.csv"
    assert ctx.services.exports.export("people", out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel on Windows reads UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[1][2].startswith("'=HYPERLINK")
    assert rows[1][4] == "'+1 boss"
    assert rows[2][2] == "王芳"
    xlsx = tmp_path / "people.xlsx"
    ctx.services.exports.export("people", xlsx)
    ws = load_workbook(xlsx).active
    assert ws["C2"].value == "=HYPERLINK(\"http://evil\",\"点我\")"  # typed text: kept exactly, never run
    assert ws["C2"].data_type == "s"
    assert ws["E2"].value == "+1 boss"
    with zipfile.ZipFile(xlsx) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()  # no formula cell is ever written


def test_cli_import_and_export(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    assert kam_cli("--db", str(db), "init", cwd=tmp_path).returncode == 0
    from kam.app import bootstrap

    ctx = bootstrap(str(db))
    ctx.services.accounts.create(name_zh="华为技术有限公司", ka_type="strategic")
    ctx.close()
    src = tmp_path / "gbk.csv"
    src.write_bytes(CHINESE.replace("李强\n", "王强\n").encode("gbk"))
    bad = kam_cli("--db", str(db), "import", str(src), cwd=tmp_path)
    assert bad.returncode == 1
    assert '"王强"' in bad.stderr
    src.write_bytes(CHINESE.encode("gbk"))
    dry = kam_cli("--db", str(db), "import", str(src), "--dry-run", cwd=tmp_path)
    assert "would import 3 people" in dry.stdout
    ok = kam_cli("--db", str(db), "import", str(src), cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "imported 3 people" in ok.stdout
    out = tmp_path / "p.xlsx"
    res = kam_cli("--db", str(db), "export", "people", "华为技术有限公司", "--out", str(out), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert out.exists()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=600))
def test_fuzzed_csv_never_crashes_and_never_half_writes(hw, tmp_path: Path, body: bytes) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "fuzz.csv"
    path.write_bytes("姓名,公司名称,直属上级\n".encode() + body)
    with ctx.sessions() as s:
        before = s.scalar(select(func.count()).select_from(Person))
    try:
        ctx.services.imports.import_people(path, account=aid)
    except UserError:
        with ctx.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == before


def test_an_error_after_the_first_written_chunk_still_changes_nothing(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kam.io.importers import CHUNK

    ctx, aid = hw
    lines = ["日期,品名,数量,单价,毛利"] + [f"2026-03-01,产品{n},1,10,2" for n in range(CHUNK + 500)]
    lines.append("2026-13-45,坏行,1,10,2")
    path = tmp_path / "erp.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=f"erp.csv row {CHUNK + 502}"):
        ctx.services.imports.import_transactions(path, account=aid)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Transaction)) == 0
