"""vCards people really have (issue #20 items 8–10, 16, 18), written from their classes of input:
a property's own CHARSET in any legacy code page, any mix of CR/LF line ends, RFC 6350 partial
birthdays, mojibake, backslashes in 2.1, control characters."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kam.errors import UserError
from kam.io.importers import ImportRefused
from kam.model import Person
from kam.model.people import NO_YEAR

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Names each legacy code page can write, and the CHARSET names phones use for them
CODE_PAGES = {"SHIFT_JIS": "伊藤一郎山田花子鈴木佐藤", "GB2312": "王强李娜张伟刘洋陈静", "BIG5": "陳志明林美玲黃俊傑",
              "UTF-8": "欧阳娜王强伊藤陳志明", "GBK": "王芳赵磊孙丽周杰"}
ENDINGS = ["\r\n", "\n", "\r", "\r\r\n"]


@pytest.fixture
def hw(ctx):  # type: ignore[no-untyped-def]
    aid = ctx.services.accounts.create(name_zh="华为技术有限公司", name_en="Huawei", ka_type="strategic").id
    return ctx, aid


def _count(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Person)) or 0)


def _write(path: Path, lines: list[bytes], endings: list[str]) -> Path:
    out = b""
    for line, end in zip(lines, itertools.cycle(endings)):
        out += line + end.encode()
    path.write_bytes(out)
    return path


@st.composite
def legacy_card(draw: st.DrawFn) -> tuple[str, str, str]:
    charset = draw(st.sampled_from(sorted(CODE_PAGES)))
    name = "".join(draw(st.lists(st.sampled_from(CODE_PAGES[charset]), min_size=2, max_size=4)))
    title = "".join(draw(st.lists(st.sampled_from(CODE_PAGES[charset]), min_size=1, max_size=3)))
    return charset, name, title


@FUZZ
@given(cards=st.lists(legacy_card(), min_size=1, max_size=4, unique_by=lambda c: c[1]),
       endings=st.lists(st.sampled_from(ENDINGS), min_size=1, max_size=4))
def test_a_cards_own_charset_wins_whatever_the_line_ends(hw, tmp_path: Path, cards, endings) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    lines: list[bytes] = []
    for charset, name, title in cards:
        enc = {"SHIFT_JIS": "shift_jis", "GB2312": "gb2312", "BIG5": "big5", "UTF-8": "utf-8", "GBK": "gbk"}[charset]
        lines += [b"BEGIN:VCARD", b"VERSION:2.1", f"FN;CHARSET={charset}:".encode() + name.encode(enc),
                  f"TITLE;CHARSET={charset}:".encode() + title.encode(enc),
                  b"PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkS",
                  b" Ew8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgN", b"END:VCARD"]
    path = _write(tmp_path / "legacy.vcf", lines, endings)
    result = ctx.services.imports.import_vcards(path, account=aid, on_duplicate="update")
    assert result.created + result.updated == len(cards)
    with ctx.sessions() as s:
        stored = {p.name: p.title for p in s.scalars(select(Person))}
    for _charset, name, title in cards:
        assert stored[name] == title


def test_a_name_that_decodes_to_mojibake_is_refused_not_stored(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    for name, wrong in (("伊藤一郎", "shift_jis"), ("山田花子", "shift_jis"), ("王强", "gbk"), ("張三", "utf-8"),
                        ("陳志明", "big5")):
        path = tmp_path / "garbled.vcf"
        # the card says Windows-1252 but the bytes are CJK: exactly what an old phone export does
        path.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=WINDOWS-1252:" + name.encode(wrong)
                         + b"\r\nEND:VCARD\r\n")
        before = _count(ctx)
        with pytest.raises(ImportRefused, match=r'card 1, property "FN".*looks garbled') as err:
            ctx.services.imports.import_vcards(path, account=aid)
        assert name in str(err.value)  # the message shows what it probably was
        assert _count(ctx) == before


@st.composite
def rfc6350_birthday(draw: st.DrawFn) -> tuple[str, str, dt.date | None, bool]:
    """(BDAY parameters, BDAY value, the date stored, year unknown?)"""
    day = draw(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2005, 12, 31)))
    kind = draw(st.sampled_from(["date", "basic", "datetime", "datetime-tz", "no-year", "no-year-dash",
                                 "apple-1604", "apple-omit", "text"]))
    md = day.replace(year=NO_YEAR)
    return {
        "date": ("", day.isoformat(), day, False),
        "basic": ("", day.strftime("%Y%m%d"), day, False),
        "datetime": ("", day.strftime("%Y-%m-%dT12:00:00Z"), day, False),
        "datetime-tz": ("", day.strftime("%Y-%m-%dT201243+04:00"), day, False),
        "no-year": ("", day.strftime("--%m%d"), md, True),
        "no-year-dash": ("", day.strftime("--%m-%d"), md, True),
        "apple-1604": ("", md.isoformat(), md, True),
        "apple-omit": (";X-APPLE-OMIT-YEAR=1604", md.isoformat(), md, True),
        "text": (";VALUE=text", draw(st.sampled_from(["circa 1800", "unknown", "约1970年"])), None, False),
    }[kind]


@FUZZ
@given(bday=rfc6350_birthday(), version=st.sampled_from(["3.0", "4.0"]))
def test_every_rfc6350_birthday_imports(hw, tmp_path: Path, bday, version) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    params, value, stored, no_year = bday
    name = f"生日测试{_count(ctx)}"  # (hypothesis runs every example on the same database)
    path = tmp_path / "bday.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:{version}\r\nFN:{name}\r\nBDAY{params}:{value}\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    ctx.services.imports.import_vcards(path, account=aid)
    with ctx.sessions() as s:
        p = s.scalars(select(Person).where(Person.name == name)).one()
    assert p.birthday == stored
    assert p.birthday_no_year is no_year
    if stored is None:
        assert value in (p.notes or "")  # text birthdays are kept, not lost


def test_a_birthday_without_a_year_is_reminded_and_exported_correctly(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    ctx, aid = hw
    soon = dt.date.today() + dt.timedelta(days=3)
    path = tmp_path / "md.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:无年生日\r\nBDAY:--{soon:%m%d}\r\nEND:VCARD\r\n", encoding="utf-8")
    ctx.services.imports.import_vcards(path, account=aid)
    reminders = ctx.services.dossier.reminders()
    assert any(r.kind == "birthday" and "无年生日" in r.text and r.due == soon for r in reminders)
    ics = tmp_path / "c.ics"
    ctx.services.exports.export("ics", ics)
    event = next(e for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT") if "无年生日" in str(e["summary"]))
    start = event["dtstart"].dt
    assert (start.month, start.day) == (soon.month, soon.day)
    assert start.year == dt.date.today().year  # never 1604
    assert event["rrule"]["FREQ"] == ["YEARLY"]
    vcf = tmp_path / "out.vcf"
    ctx.services.exports.export("vcard", vcf)
    assert f"BDAY:--{soon:%m%d}" in vcf.read_text(encoding="utf-8")


def test_backslashes_in_a_2_1_card_are_kept(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "bs.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Li;Na\r\nFN:Li Na\r\nTITLE:R\\D Lead\r\n"
                    "NOTE:share \\\\server\\path; B\\C\r\nEND:VCARD\r\n", encoding="utf-8")
    ctx.services.imports.import_vcards(path, account=aid)
    with ctx.sessions() as s:
        p = s.scalars(select(Person).where(Person.name == "Li Na")).one()
    assert p.title == "R\\D Lead"
    assert p.notes == "share \\\\server\\path; B\\C"


@FUZZ
@given(control=st.sampled_from([chr(c) for c in (*range(1, 9), 11, 12, *range(14, 32), 127)]))
def test_control_characters_in_a_card_are_refused_by_card_and_property(hw, tmp_path: Path, control) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "cc.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王强\r\nTITLE:总{control}监\r\nEND:VCARD\r\n", encoding="utf-8")
    before = _count(ctx)
    with pytest.raises(ImportRefused, match=r'card 1, property "TITLE": \(line 1\) a control character'):
        ctx.services.imports.import_vcards(path, account=aid)
    assert _count(ctx) == before


@FUZZ
@given(body=st.lists(st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:4.0", "FN:王强", "FN;CHARSET=SHIFT_JIS:ﾃｽﾄ",
    "FN;CHARSET=BIG5:陳", "N;CHARSET=nope:x;y", "BDAY:--0229", "BDAY:--1301", "BDAY;VALUE=text:circa 1800",
    "BDAY:1604-02-30", "BDAY:19960415T201243+0400", "NOTE:a\\b", " folded", "\x1b", ""]), max_size=25),
    endings=st.lists(st.sampled_from(ENDINGS), min_size=1, max_size=3))
def test_fuzzed_cards_with_charsets_line_ends_and_dates_never_crash(hw, tmp_path: Path, body, endings) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    lines = [line.encode("shift_jis") if "SHIFT_JIS" in line else line.encode("big5") if "BIG5" in line
             else line.encode("utf-8") for line in body]
    path = _write(tmp_path / "fuzz.vcf", lines, endings)
    before = _count(ctx)
    try:
        ctx.services.imports.import_vcards(path, account=aid)
    except UserError:
        assert _count(ctx) == before
