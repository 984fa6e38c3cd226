"""vCards in (2.1 / 3.0 / 4.0) and out (4.0), ICS, account import, and the JSON dossier round trip."""

from __future__ import annotations

import json
import quopri
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from tests_support import kam_cli

from kam.errors import UserError
from kam.io.importers import ImportRefused
from kam.model import Account, Department, Person

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL


def _qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii").replace("=\n", "=\r\n")


# An old Android phone: vCard 2.1, quoted-printable UTF-8, a QP soft line break, a folded base64 photo.
ANDROID = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('王')};{_qp('强')};;;\r\n"
    f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('王强')}\r\n"
    "TEL;CELL:138-0013-8000\r\nTEL;WORK;VOICE:+86 755 2878 0000\r\n"
    f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('华为技术有限公司')};{_qp('采购部')}\r\n"
    f"TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('采购总监')}\r\n"
    "EMAIL;INTERNET;WORK:wangq@huawei.example\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond line, which is long enough to be wrapped by =\r\n"
    "the phone\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkS\r\n"
    " Ew8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgN\r\n"
    "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('欧阳')};{_qp('娜')};;;\r\n"
    "TEL;CELL;PREF:13900000000\r\nEND:VCARD\r\n"
)
# Outlook: vCard 2.1 written in the Windows code page (GB2312) with CHARSET parameters, and QP in GB2312.
OUTLOOK_GB = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=zh-cn;CHARSET=gb2312:李;娜\r\nFN;CHARSET=gb2312:李娜\r\n"
    "ORG;CHARSET=gb2312:华为技术有限公司;总经办\r\nTITLE;CHARSET=gb2312:首席执行官\r\n"
    f"NOTE;CHARSET=gb2312;ENCODING=QUOTED-PRINTABLE:{_qp('老客户', 'gb2312')}\r\n"
    "TEL;WORK;VOICE:(0755) 2878-0001\r\nEMAIL;PREF;INTERNET:lina@huawei.example\r\nBDAY:19750412\r\n"
    "END:VCARD\r\n"
)
# iPhone / Outlook.com: vCard 3.0, UTF-8, folded lines, item-grouped properties, typed params.
IPHONE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\nN:Müller;Anna;;;\r\n"
    "FN:Anna Müller\r\nORG:Huawei;Procurement Europe\r\nTITLE:Category Manager\r\nROLE:Negotiator\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:anna.mueller@huawei.example\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+49 170 1234567\r\n"
    "NOTE:Met at Hannover Messe\\, likes sailing. A long note that the phone folded over two li\r\n nes.\r\n"
    "BDAY;value=date:1984-06-30\r\nEND:VCARD\r\n"
)
V4 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zhou Jie\r\nN:Zhou;Jie;;;\r\nORG:华为技术有限公司\r\n"
    "TEL;VALUE=uri;TYPE=\"voice,work\":tel:+86-755-1234\r\nEMAIL;TYPE=work:zhoujie@huawei.example\r\n"
    "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\nEND:VCARD\r\n"
)


@pytest.fixture
def hw(ctx):  # type: ignore[no-untyped-def]
    aid = ctx.services.accounts.create(name_zh="华为技术有限公司", name_en="Huawei", ka_type="strategic").id
    return ctx, aid


def _person(ctx, name):  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        p = s.scalars(select(Person).where(Person.name == name)).one()
        dep = s.get(Department, p.department_id) if p.department_id else None
        return p, dep.name if dep else None


def test_vcards_from_an_old_android_phone(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "00001.vcf"
    path.write_bytes(ANDROID.encode("ascii"))
    result = ctx.services.imports.import_vcards(path, account=aid)
    assert result.created == 2
    assert any("photo" in n for n in result.notes)
    wang, dep = _person(ctx, "王强")
    assert (wang.title, dep, wang.mobile, wang.phone) == ("采购总监", "采购部", "138-0013-8000", "+86 755 2878 0000")
    assert wang.email == "wangq@huawei.example"
    assert wang.notes.startswith("first line\nsecond line")
    assert wang.notes.endswith("wrapped by the phone")
    ouyang, _ = _person(ctx, "欧阳娜")  # no FN: the name is built from N, family name first
    assert ouyang.mobile == "13900000000"
    assert ouyang.account_id == aid


def test_vcards_from_outlook_in_gb2312_and_iphone_and_v4(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    outlook = tmp_path / "李娜.vcf"
    outlook.write_bytes(OUTLOOK_GB.encode("gb2312"))
    assert ctx.services.imports.import_vcards(outlook).created == 1  # ORG names the account: no --account
    li, dep = _person(ctx, "李娜")
    assert (li.title, dep, li.notes, str(li.birthday), li.email) == (
        "首席执行官", "总经办", "老客户", "1975-04-12", "lina@huawei.example")
    both = tmp_path / "contacts.vcf"
    both.write_text(IPHONE + V4, encoding="utf-8")
    result = ctx.services.imports.import_vcards(both, account=aid)  # "Huawei" is the English name
    assert result.created == 2
    anna, dep = _person(ctx, "Anna Müller")
    assert (anna.title, anna.role_in_company, dep, anna.mobile) == (
        "Category Manager", "Negotiator", "Procurement Europe", "+49 170 1234567")
    assert anna.notes == "Met at Hannover Messe, likes sailing. A long note that the phone folded over two lines."
    zhou, _ = _person(ctx, "Zhou Jie")
    assert (zhou.phone, zhou.external_id) == ("+86-755-1234", "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1")
    again = ctx.services.imports.import_vcards(both, account=aid)
    assert again.created == 0
    assert len(again.skipped) == 2


def test_a_broken_card_changes_nothing_and_says_which(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "mixed.vcf"
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Huawei\r\nEND:VCARD\r\n"  # no name at all
    path.write_text(V4 + broken, encoding="utf-8")
    with pytest.raises(ImportRefused) as err:
        ctx.services.imports.import_vcards(path, account=aid)
    assert "mixed.vcf card 2" in str(err.value)
    assert "line 10" in str(err.value)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
    unclosed = tmp_path / "cut.vcf"
    unclosed.write_text(V4 + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut\r\n", encoding="utf-8")
    with pytest.raises(UserError, match="cut.vcf line 10: the card is not closed"):
        ctx.services.imports.import_vcards(unclosed, account=aid)
    skipped = ctx.services.imports.import_vcards(path, account=aid, skip_invalid=True)
    assert skipped.created == 1
    assert skipped.rejected
    assert "card 2" in skipped.rejected[0]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:4.0", "FN:王强", "N:;;;;",
                              "FN;ENCODING=QUOTED-PRINTABLE:=E7=8E=", "PHOTO;ENCODING=BASE64:abc", " folded",
                              "ORG:华为技术有限公司;", "TEL;CELL:", "BDAY:2099-13-45", "EMAIL:not-an-email",
                              "X-Custom;CHARSET=nope:x", "NOTE:" + "长" * 50, ":", ";;;"]), max_size=30)
    .map(lambda lines: "\r\n".join(lines).encode("utf-8")),
))
def test_fuzzed_vcards_never_crash_and_never_half_write(hw, tmp_path: Path, body: bytes) -> None:  # type: ignore[no-untyped-def]
    ctx, aid = hw
    path = tmp_path / "fuzz.vcf"
    path.write_bytes(body)
    with ctx.sessions() as s:
        before = s.scalar(select(func.count()).select_from(Person))
    try:
        ctx.services.imports.import_vcards(path, account=aid)
    except UserError:
        with ctx.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == before


def test_vcard_export_reads_back(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import vobject

    ctx, aid = hw
    ctx.services.people.create(aid, name="欧阳娜", title="总监, 采购", email="oy@huawei.example",
                               mobile="+86 139 0000 0000", department="采购部", birthday="1980-02-29")
    out = tmp_path / "people.vcf"
    assert ctx.services.exports.export("vcard", out, aid) == 1
    raw = out.read_bytes()
    assert b"\r\nVERSION:4.0\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    card = vobject.readOne(raw.decode("utf-8"))
    assert card.fn.value == "欧阳娜"
    assert card.n.value.family == "欧阳"
    assert card.n.value.given == "娜"
    assert card.org.value == ["华为技术有限公司", "采购部"]
    assert card.title.value == "总监, 采购"
    assert card.tel.value == "tel:+86-139-0000-0000"
    other = ctx.services.accounts.create(name_zh="中兴通讯", ka_type="economic").id
    assert ctx.services.imports.import_vcards(out, account=other).created == 0  # ORG names 华为: a duplicate there


def test_ics_of_planned_visits_and_birthdays(hw, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from icalendar import Calendar

    ctx, aid = hw
    ctx.services.people.create(aid, name="欧阳娜", birthday="1980-02-29")
    ctx.services.people.create(aid, name="王强")  # no birthday: no event
    when = dt.date.today() + dt.timedelta(days=10)
    ctx.services.records.log_contact(aid, when, done=False, purpose="年度框架协议\n第二行", location="深圳坂田")
    ctx.services.records.log_contact(aid, dt.date.today() - dt.timedelta(days=3), purpose="done already")
    out = tmp_path / "kam.ics"
    assert ctx.services.exports.export("ics", out) == 2
    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    visit = events["Visit: 华为技术有限公司 — 年度框架协议"]
    assert visit.decoded("dtstart") == when
    assert str(visit["location"]) == "深圳坂田"
    birthday = events["Birthday: 欧阳娜 (华为技术有限公司)"]
    assert birthday["rrule"]["BYMONTHDAY"] == [-1]  # 29 February: the last day of February in common years
    assert all(k in cal for k in ("PRODID", "VERSION"))
    assert all("UID" in e and "DTSTAMP" in e for e in events.values())
    first_uids = sorted(str(e["uid"]) for e in events.values())
    ctx.services.exports.export("ics", out)
    assert sorted(str(e["uid"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == first_uids


SF_ACCOUNTS = """Account Name,Parent Account,Billing Street,Billing City,Billing Country,Phone,Website,Industry,Rating,Account Owner,Employees
Huawei Technologies Co. Ltd.,Huawei Group,Bantian,Shenzhen,China,+86 755 2878 0808,www.huawei.example,Telecom,Hot,,195000
Huawei Group,,Bantian,Shenzhen,China,,,,,,
华东精密机械集团有限公司,,,上海,中国,021-1234,,机械,,,
"""


def test_salesforce_accounts_with_a_group_parent_later_in_the_file(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Accounts.csv"
    path.write_text(SF_ACCOUNTS, encoding="utf-8-sig")
    result = ctx.services.imports.import_accounts(path)
    assert (result.created, result.layout, result.unused) == (3, "Salesforce accounts", ["Employees"])
    with ctx.sessions() as s:
        accs = {a.name_en or a.name_zh: a for a in s.scalars(select(Account))}
    hw, group = accs["Huawei Technologies Co. Ltd."], accs["Huawei Group"]
    assert hw.parent_id == group.id
    assert (hw.region, hw.country, hw.address) == ("Shenzhen", "China", "Bantian")
    assert accs["华东精密机械集团有限公司"].name_zh == "华东精密机械集团有限公司"
    again = ctx.services.imports.import_accounts(path, on_duplicate="merge")
    assert again.created == 0
    assert again.updated == 3
    bad = tmp_path / "bad.csv"
    bad.write_text("Account Name,Account Owner,Website\nNew Co,nobody,\n,,x\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as err:
        ctx.services.imports.import_accounts(bad)
    assert 'bad.csv row 2, column "Account Owner": no user "nobody"' in str(err.value)
    assert 'bad.csv row 3, column "Account Name"' in str(err.value)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 3


def test_dossier_round_trip_is_identical(demo_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kam import demo
    from kam.app import bootstrap

    ctx = demo_ctx
    with ctx.sessions() as s:
        aid = s.scalar(select(Person.account_id).group_by(Person.account_id).order_by(func.count().desc()).limit(1))
    with pytest.raises(UserError, match="say why"):
        ctx.services.transfer.export_data(aid, include_confidential=True)
    ctx.services.register.unlock(demo.DEMO_REGISTER_PASSPHRASE)
    first = tmp_path / "dossier.json"
    counts = ctx.services.transfer.export(aid, first, include_confidential=True, reason="test")
    assert counts["people"] > 20
    assert counts["register_items"] >= 1
    assert counts["transactions"] > 10
    plain = ctx.services.transfer.export_data(aid)
    assert "register_items" not in plain["tables"]
    assert all(p["birthday"] is None and p["email"] is None for p in plain["tables"]["people"])
    target = bootstrap(str(tmp_path / "empty.sqlite3"))
    try:
        target.services.register.set_up("another passphrase")
        result = target.services.transfer.import_file(first)
        second = tmp_path / "again.json"
        target.services.transfer.export(result.account_id, second, include_confidential=True, reason="test")
        assert first.read_bytes() == second.read_bytes()
        items = target.services.register.items(result.account_id)
        assert items
        assert items[0]["title"]
        with pytest.raises(UserError, match="already exists"):
            target.services.transfer.import_file(first)
    finally:
        target.close()
    broken = json.loads(first.read_text(encoding="utf-8"))
    broken["tables"]["people"][3]["reports_to_id"] = 99999
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    other = bootstrap(str(tmp_path / "other.sqlite3"))
    try:
        other.services.register.set_up("another passphrase")
        with pytest.raises(UserError, match="people"):
            other.services.transfer.import_file(path)
        with other.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Account)) == 0
    finally:
        other.close()


def test_cli_vcard_ics_and_dossier(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    assert kam_cli("--db", str(db), "init", cwd=tmp_path).returncode == 0
    acc = tmp_path / "accounts.csv"
    acc.write_text("客户名称,城市,电话\n华为技术有限公司,深圳,0755-1\n", encoding="gbk")
    res = kam_cli("--db", str(db), "import", str(acc), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "imported 1 accounts" in res.stdout
    cards = tmp_path / "phone.vcf"
    cards.write_bytes(ANDROID.encode("ascii"))
    res = kam_cli("--db", str(db), "import", str(cards), "--account", "华为技术有限公司", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "imported 2 people from 2 cards" in res.stdout
    for what, name in (("vcard", "p.vcf"), ("ics", "c.ics"), ("dossier", "d.json")):
        res = kam_cli("--db", str(db), "export", what, "华为技术有限公司", "--out", str(tmp_path / name), cwd=tmp_path)
        assert res.returncode == 0, res.stderr
    res = kam_cli("--db", str(db), "import", str(tmp_path / "d.json"), cwd=tmp_path)
    assert res.returncode == 1
    assert "already exists" in res.stderr
