"""Printed documents: text extracts back, fonts embedded, nothing confidential leaks by default."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from tests_support import DINGXIN, GROUP, NORDHAFEN, account_id

from kam.analysis.actuals import quarter_of
from kam.demo import DEMO_REGISTER_PASSPHRASE
from kam.errors import ValidationError
from kam.model import AuditEntry, Person, RegisterItem

TODAY = dt.date.today()
YEAR = TODAY.year  # the demo plans the current year


def _pdf(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF")
    return PdfReader(io.BytesIO(data))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _fonts_embedded(reader: PdfReader) -> list[str]:
    """Names of fonts that are NOT embedded (should be empty)."""
    missing = []
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else None
            if desc is None or not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return missing


@pytest.mark.parametrize(("account", "lang"), [("华东精密机械集团有限公司", "zh_CN"), ("鼎新電子股份有限公司", "zh_TW"),
                                               ("Nordhafen Automotive GmbH", "en")])
def test_brief_names_every_attendee_and_embeds_fonts(demo_ctx, account, lang) -> None:  # type: ignore[no-untyped-def]
    acc = demo_ctx.services.accounts.resolve(account)
    data = demo_ctx.services.reports.brief_data(acc.id, lang=lang)
    reader = _pdf(demo_ctx.services.reports.brief(acc.id, lang=lang))
    text = _text(reader)
    assert data.attendees
    for a in data.attendees:
        assert a.name in text
    assert _fonts_embedded(reader) == []
    assert len(reader.pages) <= 2


def test_brief_with_eight_attendees_stays_within_two_pages(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    group = account_id(demo_ctx.services, GROUP)
    people = demo_ctx.services.people.rows(group)[:8]
    reader = _pdf(demo_ctx.services.reports.brief(group, attendee_ids=[p.id for p in people], lang="zh_CN"))
    assert len(reader.pages) <= 2
    text = _text(reader)
    assert all(p.name in text for p in people)


def test_long_titles_and_names_wrap_instead_of_clipping(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    long_name = "超长名称" * 20 + "Very Long Company Name International Holdings Group " * 3
    acc = demo_ctx.services.accounts.create(name_zh=long_name, name_en="Long Co").id
    title = "高级副总裁兼首席技术官" * 18  # ~200 characters
    pid = demo_ctx.services.people.create(acc, name="王大明", title=title, influence=5).id
    reader = _pdf(demo_ctx.services.reports.brief(acc, attendee_ids=[pid], lang="zh_CN"))
    text = _text(reader).replace("\n", "")
    assert title in text  # every character is on the page, not cut at the frame
    assert long_name.replace(" ", "")[:60] in text.replace(" ", "")


def test_default_print_has_no_confidential_content(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    demo_ctx.services.register.unlock(DEMO_REGISTER_PASSPHRASE)  # unlocked: still not printed by default
    group = account_id(demo_ctx.services, GROUP)
    with demo_ctx.sessions() as s:
        item = s.scalars(select(RegisterItem).where(RegisterItem.account_id == group)).first()
        person = s.scalars(select(Person).where(Person.account_id == group, Person.influence == 5)).first()
    secret_title = next(r["title"] for r in demo_ctx.services.register.items(group) if r["id"] == item.id)
    assert secret_title
    demo_ctx.services.people.update(person.id, personal_note="患有高血压，不宜饮酒", health="高血压",
                                    hometown="湖南长沙")
    for pdf in (demo_ctx.services.reports.brief(group, attendee_ids=[person.id], lang="zh_CN"),
                demo_ctx.services.reports.account_plan(group, YEAR, lang="zh_CN")):
        text = _text(_pdf(pdf)).replace("\n", "")
        assert person.name in text  # the person is in the document ...
        assert secret_title not in text  # ... but not the register
        assert "高血压" not in text  # ... nor their sensitive fields
        assert item.reference not in text
    brief = _text(_pdf(demo_ctx.services.reports.brief(group, attendee_ids=[person.id], lang="zh_CN")))
    assert "湖南长沙" in brief  # a talking point is printed by default


def test_confidential_print_needs_a_reason_is_watermarked_and_audited(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    demo_ctx.act_as("li.na")
    group = account_id(demo_ctx.services, GROUP)
    with pytest.raises(ValidationError, match="reason"):
        demo_ctx.services.reports.brief(group, include_confidential=True)
    pdf = demo_ctx.services.reports.brief(group, include_confidential=True, reason="王总拜访前内部准备", lang="zh_CN")
    text = _text(_pdf(pdf))
    assert "王总拜访前内部准备" in text  # the watermark names the purpose
    assert "李娜" in text  # ... and who printed it
    with demo_ctx.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export.confidential")).one()
    assert entry.details["reason"] == "王总拜访前内部准备"
    assert entry.username == "li.na"


def test_account_plan_in_three_languages(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    dingxin = account_id(demo_ctx.services, DINGXIN)
    for lang, word, revenue in (("en", "Account plan", "Sales revenue"), ("zh_CN", "客户计划书", "销售额"),
                                ("zh_TW", "客戶計劃書", "銷售額")):
        reader = _pdf(demo_ctx.services.reports.account_plan(dingxin, YEAR, lang=lang))
        text = _text(reader)
        assert word in text
        assert DINGXIN in text
        assert revenue in text  # this year's objectives are printed, not "no plan for this year"
        assert _fonts_embedded(reader) == []
        assert f"1 of {len(reader.pages)}" in text or f"共 {len(reader.pages)} 页" in text or \
            f"共 {len(reader.pages)} 頁" in text


def test_review_pack_for_one_owner(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    owner = demo_ctx.services.users.resolve("anna.weber")
    reader = _pdf(demo_ctx.services.reports.review_pack(YEAR, quarter_of(TODAY), owner_id=owner.id, lang="en"))
    text = _text(reader)
    assert NORDHAFEN in text
    assert "Sales revenue" in text  # her accounts' objectives against this year's plans
    assert "华南理工大学实验中心" not in text  # not Anna's account


def test_letter_page_size(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    reader = _pdf(demo_ctx.services.reports.brief(account_id(demo_ctx.services, NORDHAFEN), page_size="Letter"))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_cli_documents(tmp_path, demo_db) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from tests_support import kam_cli

    db = tmp_path / "d.sqlite3"
    shutil.copy(demo_db, db)
    out = tmp_path / "b.pdf"
    res = kam_cli("--db", str(db), "brief", "Lumen Optics S.A.", "--out", str(out), "--lang", "en", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert out.read_bytes().startswith(b"%PDF")
    res = kam_cli("--db", str(db), "brief", GROUP, "--out", str(tmp_path / "c.pdf"), "--include-confidential",
                  cwd=tmp_path)
    assert res.returncode == 1
    assert "reason" in res.stderr
    res = kam_cli("--db", str(db), "review", "--quarter", f"{YEAR}Q5", "--out", str(out), cwd=tmp_path)
    assert res.returncode == 2  # argparse: not a quarter
    people = json.loads(kam_cli("--db", str(db), "people", GROUP, "--json", cwd=tmp_path).stdout)
    group = next(a for a in json.loads(kam_cli("--db", str(db), "accounts", "--json", cwd=tmp_path).stdout)
                 if a["name"] == GROUP)
    assert len(people) == group["people"]


def test_next_years_plan_prints_next_years_objectives(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    sv = demo_ctx.services
    demo_ctx.act_as("li.na")
    group = account_id(sv, GROUP)
    draft = sv.plans.plan_next_year(group, YEAR).id
    sv.plans.add_objective(draft, metric="custom", label="新基地扩产", unit="项", annual_target="1",
                           phasing=["0", "0", "0", "1"])
    printed = [o.label for o in sv.reports.plan_data(group, YEAR + 1, lang="zh_CN").facts.objectives]
    assert "新基地扩产" in printed
    assert "新基地扩产" not in [o.label for o in sv.reports.plan_data(group, YEAR, lang="zh_CN").facts.objectives]


def test_the_plan_puts_its_objectives_before_the_dossier(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """The planning round reads the objectives first: they come before the org chart, on page 2."""
    group = account_id(demo_ctx.services, GROUP)
    reader = _pdf(demo_ctx.services.reports.account_plan(group, YEAR, lang="en"))
    pages = [page.extract_text() for page in reader.pages]
    first = {title: next(i for i, t in enumerate(pages) if title in t)
             for title in ("Objectives this year", "Sales by quarter", "Organisation and power map")}
    assert first["Objectives this year"] == 1
    assert first["Objectives this year"] <= first["Sales by quarter"] < first["Organisation and power map"]
    assert "Revenue (CNY M)" in pages[first["Sales by quarter"]]  # one unit per column, said in its header


def test_an_account_without_sales_says_so_instead_of_an_empty_chart(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    new = demo_ctx.services.accounts.create(name_zh="新客户有限公司", name_en="New Customer Ltd.").id
    for lang, words in (("en", "No sales recorded yet."), ("zh_CN", "尚无销售记录。"), ("zh_TW", "尚無銷售記錄。")):
        text = _text(_pdf(demo_ctx.services.reports.account_plan(new, YEAR, lang=lang)))
        assert words in text
        assert "0.01" not in text  # (the axis of an empty chart)


def test_the_brief_says_which_money(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    group = account_id(demo_ctx.services, GROUP)
    for lang, pattern in (("en", r"CNY \d+\.\d M"), ("zh_CN", r"[\d,]+ 万元"), ("zh_TW", r"[\d,]+ 萬元")):
        text = _text(_pdf(demo_ctx.services.reports.brief(group, lang=lang)))
        assert len(re.findall(pattern, text)) >= 2, (lang, text[:600])  # sales and gross profit, 12 months


def test_the_review_pack_names_the_month_and_prints_true_values(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """"This month" is named; no unexplained "5 ✓"; a bar capped at the chart's edge still says its value."""
    from kam.reports.review import month_name

    data = demo_ctx.services.reports.review_data(YEAR, quarter_of(TODAY), lang="en")
    name = month_name(YEAR, data.month, "en")
    text = _text(_pdf(demo_ctx.services.reports.review_pack(YEAR, quarter_of(TODAY), lang="en")))
    assert f"{name}: the month in brief" in text
    assert "This month" not in text
    assert "✓" not in text
    assert "visits: " in text
    over = [o for a in data.accounts for o in a.objectives if o.ratio is not None and o.ratio > 1.5]
    for o in over:
        assert f"{o.ratio * 100:.0f} %" in text
    assert "the plan's objectives rated green" in text.replace("\n", " ")  # what "1 / 5" counts
    zh = _text(_pdf(demo_ctx.services.reports.review_pack(YEAR, quarter_of(TODAY), lang="zh_CN")))
    assert f"{YEAR} 年 {data.month} 月动态" in zh
    assert "评为绿色的目标数" in zh


def test_a_confidential_brief_names_personal_fields_in_its_language(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """Not "birthday: 1604-04-15 · email: …" in a Chinese print: the fields' own captions, a birthday without
    a year as month and day; the register's reference column is headed in the reader's language too."""
    from kam.services.people import NO_YEAR

    demo_ctx.act_as("li.na")
    demo_ctx.services.register.unlock(DEMO_REGISTER_PASSPHRASE)
    group = account_id(demo_ctx.services, GROUP)
    brief = demo_ctx.services.reports.brief_data(group, lang="zh_CN")
    first = brief.attendees[0].id
    demo_ctx.services.people.update(first, birthday=dt.date(NO_YEAR, 4, 15), email="x@example.com")
    for lang, birthday, email, ref in (("zh_CN", "生日", "电子邮件", "编号"), ("zh_TW", "生日", "電子郵件", "編號"),
                                       ("en", "Birthday", "E-mail", "Ref.")):
        text = _text(_pdf(demo_ctx.services.reports.brief(group, attendee_ids=[first], include_confidential=True,
                                                          reason="内部准备", lang=lang))).replace("\n", "")
        assert f"{birthday}: 04-15" in text, lang
        assert f"{email}: x@example.com" in text, lang
        assert "1604" not in text
        assert ref in text, lang
        if lang != "en":
            assert "birthday:" not in text
            assert "email:" not in text


def test_a_long_reason_keeps_the_whole_watermark_on_the_page(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """Who printed it, for whom and when stay on the page however long the reason: wrapped, then smaller."""
    import math

    from reportlab.lib.pagesizes import A4

    from kam.reports.base import WATERMARK_ANGLE, watermark_lines
    from kam.reports.fonts import FONT_BOLD, text_width

    reason = ("为王总下周赴苏州工厂拜访客户总经理及采购总监做内部准备，并与技术中心讨论明年联合开发项目的范围、"
              "预算与保密安排 " * 3).strip()
    mark = f"CONFIDENTIAL · printed by 李娜 · 2026-12-02 12:00\nfor {reason}"
    width, height = A4
    size, lines = watermark_lines(mark, width, height)
    room = min(width / math.cos(math.radians(WATERMARK_ANGLE)), height / math.sin(math.radians(WATERMARK_ANGLE)))
    assert all(text_width(x, size, FONT_BOLD) < room for x in lines)
    assert "".join(lines).replace(" ", "") == mark.replace("\n", "").replace(" ", "")  # nothing dropped
    assert len(lines) * size * 1.3 < room  # the lines' block fits across the band too
    demo_ctx.act_as("li.na")
    group = account_id(demo_ctx.services, GROUP)
    text = _text(_pdf(demo_ctx.services.reports.brief(group, include_confidential=True, reason=reason, lang="en")))
    flat = text.replace("\n", "").replace(" ", "")
    assert "printedby李娜" in flat
    assert reason.replace(" ", "")[-20:] in flat


@pytest.mark.parametrize("reason", ["机密资料" * 75, "x" * 300, "word " * 60])
def test_the_longest_reason_allowed_still_fits_the_watermark(reason: str) -> None:
    """At the reason's limit (300 characters), in Chinese, as one unbroken run of letters or as words, on A4
    and Letter: every character of who, when and why is on the page."""
    import math

    from reportlab.lib.pagesizes import A4, LETTER

    from kam.reports.base import WATERMARK_ANGLE, watermark_lines
    from kam.reports.fonts import FONT_BOLD, text_width

    mark = f"机密 · 李娜 打印 · 2026-12-02 12:00\n用途：{reason.strip()}"
    for width, height in (A4, LETTER):
        size, lines = watermark_lines(mark, width, height)
        room = min(width / math.cos(math.radians(WATERMARK_ANGLE)), height / math.sin(math.radians(WATERMARK_ANGLE)))
        assert all(text_width(x, size, FONT_BOLD) < room for x in lines)
        assert "".join(lines).replace(" ", "") == mark.replace("\n", "").replace(" ", "")
        assert len(lines) * size * 1.3 < room


def test_the_review_chart_explains_a_capped_bar_and_gives_no_false_zero(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """The white stroke across a bar beyond 150 % has a note; an objective without an actual is "—" beside its
    bar as in the table, not "0 %"."""
    from kam.reports.words import w

    data = demo_ctx.services.reports.review_data(YEAR, quarter_of(TODAY), lang="en")
    over = any(o.ratio is not None and o.ratio > 1.5 and o.target_to_date for a in data.accounts for o in a.objectives)
    nothing = sum(1 for a in data.accounts for o in a.objectives if o.ratio is None and o.target_to_date)
    zero = any(o.ratio == 0 for a in data.accounts for o in a.objectives)  # (a true 0 % is printed as such)
    for lang in ("en", "zh_CN", "zh_TW"):
        text = _text(_pdf(demo_ctx.services.reports.review_pack(YEAR, quarter_of(TODAY), lang=lang)))
        assert (w("capped_bars", lang).replace(" ", "") in text.replace("\n", "").replace(" ", "")) == over
        if nothing and not zero:
            assert " 0 %" not in text
            assert "\n0 %" not in text


def test_a_small_amount_in_wan_keeps_a_decimal() -> None:
    from decimal import Decimal

    from kam.reports.brief import money

    assert money(Decimal(13_322), "zh_CN") == "1.3 万"
    assert money(Decimal(97_000), "zh_TW") == "9.7 萬"
    assert money(Decimal(4_182_406), "zh_CN", "CNY") == "418 万元"
    assert money(Decimal(13_322), "en") == "13,322"


def test_every_plan_table_column_has_a_header_and_the_budget_its_money(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """The resources' and competitors' first columns are headed; "Us" says it is our score out of five; the
    budget is written like every other amount ("CNY 44.8 M", "4,482 万元"); satisfaction is out of five."""
    group = account_id(demo_ctx.services, GROUP)
    for lang, words in (("en", ("Resource", "Competitor", "Our score (1–5)", "Competitors' scores", "Budget: CNY ")),
                        ("zh_CN", ("资源", "竞争对手", "我方评分 (1–5)", "竞争对手评分", "万元 ·")),
                        ("zh_TW", ("資源", "競爭對手", "我方評分 (1–5)", "競爭對手評分", "萬元 ·"))):
        text = _text(_pdf(demo_ctx.services.reports.account_plan(group, YEAR, lang=lang)))
        for word in words:
            assert word in text, (lang, word)
        assert "○" in text
