"""Import people and transactions: recognise the columns, check every row, then write all or nothing.

Known layouts are recognised without a mapping: Salesforce (Contacts: First
Name, Last Name, Title, Email, Account Name / AccountId, Reports To /
ReportsToId), Odoo (name, parent_id, function, email, phone), HubSpot (First
Name, Last Name, Company Name, Job Title) and Chinese headers (公司名称 /
客户名称, 姓名, 职务 / 職稱, 部门 / 部門, 电话, 邮箱, 上级 / 直属上级). Other
headers are given with ``--map "Header=field"``; unknown columns are listed.

Every problem names the file, the row and the column, e.g.
``people.csv row 17, column "Reports To": no person "王强" in account 华为``.
Nothing is written unless every row is valid; ``dry_run`` checks and reports
without writing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.errors import UserError, ValidationError
from kam.io.tabular import Table, _norm, excel_serial_date, read_table
from kam.model import Account, Department, Person, Transaction
from kam.services import audit
from kam.services import base as v
from kam.services.base import ServiceBase
from kam.text import search_key

MAX_REPORTED = 50
CHUNK = 5000  # transaction rows written at a time inside the one import transaction
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

PEOPLE_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("Name", "Full Name", "Contact Name", "姓名", "联系人", "聯絡人", "联系人姓名"),
    "first_name": ("First Name", "FirstName", "Given Name", "名"),
    "last_name": ("Last Name", "LastName", "Surname", "Family Name", "姓"),
    "name_latin": ("Name (Latin)", "Pinyin", "English Name", "拼音", "英文名"),
    "title": ("Title", "Job Title", "function", "Position", "职务", "職務", "职位", "職位", "職稱", "职称"),
    "department": ("Department", "部门", "部門"),
    "email": ("Email", "E-mail", "Email Address", "邮箱", "電子郵件", "电子邮件", "郵箱", "邮件"),
    "phone": ("Phone", "Business Phone", "Work Phone", "电话", "電話", "办公电话", "辦公電話"),
    "mobile": ("Mobile", "Mobile Phone", "MobilePhone", "手机", "手機", "移动电话"),
    "account": ("Account Name", "Company Name", "Company", "Account", "parent_id", "Organization", "公司名称",
                "客户名称", "公司", "客户", "公司名稱", "客戶名稱", "客戶", "单位", "單位"),
    "account_ref": ("AccountId", "Account ID", "Company ID"),
    "reports_to": ("Reports To", "Manager", "上级", "直属上级", "上級", "直屬上級", "汇报对象", "匯報對象"),
    "reports_to_ref": ("ReportsToId", "Reports To ID", "Manager ID"),
    "external_id": ("Id", "Contact ID", "Record ID", "ContactId", "编号", "編號"),
    "notes": ("Description", "Notes", "Comment", "备注", "備註"),
    "wechat": ("WeChat", "微信"),
}
ACCOUNT_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("Account Name", "Company Name", "Company name", "Name", "Company", "Organization", "公司名称",
             "客户名称", "公司名稱", "客戶名稱", "企业名称", "企業名稱", "单位名称", "單位名稱"),
    "name_en": ("English Name", "Name (English)", "英文名称", "英文名稱"),
    "short_name": ("Short Name", "Abbreviation", "简称", "簡稱"),
    "industry": ("Industry", "行业", "行業", "所属行业", "所屬行業"),
    "region": ("Region", "Billing State/Province", "Billing State", "State", "State/Region", "Province", "Billing City",
               "City", "地区", "地區", "区域", "區域", "省份", "城市"),
    "country": ("Country", "Billing Country", "Country/Region", "country_id", "国家", "國家"),
    "address": ("Address", "Billing Street", "Street", "street", "地址", "公司地址"),
    "phone": ("Phone", "Phone Number", "Main Phone", "电话", "電話", "总机", "總機"),
    "fax": ("Fax", "传真", "傳真"),
    "email": ("Email", "E-mail", "邮箱", "電子郵件", "电子邮件"),
    "website": ("Website", "Website URL", "Web", "网址", "網址", "官网", "官網"),
    "owner": ("Account Owner", "Owner", "Company owner", "user_id", "Salesperson", "客户经理", "客戶經理",
              "负责人", "負責人"),
    "parent": ("Parent Account", "Parent Company", "parent_id", "上级公司", "上級公司", "母公司", "集团", "集團"),
    "notes": ("Description", "Notes", "comment", "备注", "備註"),
    "currency": ("Currency", "Account Currency", "币种", "幣別"),
    "credit_rating": ("Rating", "Credit Rating", "信用等级", "信用等級"),
}
TRANSACTION_FIELDS: dict[str, tuple[str, ...]] = {
    "occurred_on": ("Date", "Invoice Date", "Posting Date", "Order Date", "日期", "交易日期", "开票日期", "開票日期",
                    "单据日期", "單據日期"),
    "account": ("Customer", "Account", "Account Name", "Customer Name", "客户", "客戶", "客户名称", "客戶名稱"),
    "product": ("Product", "Item", "Material", "Description", "产品", "產品", "品名", "物料", "商品"),
    "quantity": ("Quantity", "Qty", "数量", "數量"),
    "unit": ("Unit", "UoM", "单位", "單位"),
    "unit_price": ("Unit Price", "Price", "单价", "單價"),
    "amount": ("Amount", "Net Amount", "Revenue", "金额", "金額", "销售额", "銷售額"),
    "discount": ("Discount", "折扣", "折让", "折讓"),
    "financial_cost": ("Financial Cost", "Finance Cost", "财务费用", "財務費用", "资金成本", "資金成本"),
    "gross_profit": ("Gross Profit", "Margin", "GP", "毛利", "毛利额", "毛利額"),
    "currency": ("Currency", "币种", "幣別", "币别", "貨幣"),
    "external_ref": ("Document", "Invoice", "Invoice No", "Order No", "Reference", "单号", "單號", "发票号",
                     "發票號"),
}


@dataclass
class Problem:
    row: int
    column: str | None
    message: str
    unit: str = "row"  # "card" for vCards

    def render(self, source: str) -> str:
        label = "property" if self.unit == "card" else "column"
        where = f"{source} {self.unit} {self.row}" + (f', {label} "{self.column}"' if self.column else "")
        return f"{where}: {self.message}"


class ImportRefused(UserError):
    """Something in the file is wrong; nothing was written. ``problems`` lists each, by row and column."""

    def __init__(self, source: str, problems: list[Problem], total: int | None = None) -> None:
        self.source, self.problems = source, problems
        count = total if total is not None else len(problems)
        lines = [p.render(source) for p in problems[:MAX_REPORTED]]
        more = f"\n… and {count - MAX_REPORTED} more" if count > MAX_REPORTED else ""
        super().__init__(f"{count} problem(s); nothing was imported:\n" + "\n".join(lines) + more)


@dataclass
class ImportResult:
    kind: str
    rows: int
    created: int = 0
    updated: int = 0
    skipped: list[str] = field(default_factory=list)  # duplicates, by row
    layout: str | None = None
    dry_run: bool = False
    unused: list[str] = field(default_factory=list)  # headers that match no field (ignored)
    rejected: list[str] = field(default_factory=list)  # rows in error left out (skip_invalid)
    notes: list[str] = field(default_factory=list)


@dataclass
class Preview:
    kind: str
    source: str
    headers: list[str]
    rows: list[list[Any]]
    mapping: dict[str, str]  # header -> field, as recognised
    unused: list[str]
    layout: str | None
    encoding: str | None
    sheets: list[str]
    fields: list[str] = field(default_factory=list)  # what a column can be mapped to
    total: int | None = None
    problems: list[str] = field(default_factory=list)
    title: str | None = None


def guess_kind(headers: list[str]) -> str:
    """accounts, people or transactions, from a table's headers."""
    people, _ = mapping_for(headers, PEOPLE_FIELDS)
    trans, _ = mapping_for(headers, TRANSACTION_FIELDS)
    accounts, _ = mapping_for(headers, ACCOUNT_FIELDS)
    if len(trans) > len(people) and {"quantity", "unit_price"} <= set(trans):
        return "transactions"
    person_only = {"first_name", "last_name", "title", "reports_to", "reports_to_ref", "mobile", "department"}
    if not person_only & set(people) and len(accounts) >= 2:
        return "accounts"
    return "people"


def mapping_for(headers: list[str], fields: dict[str, tuple[str, ...]],
                extra: dict[str, str] | None = None) -> tuple[dict[str, int], list[str]]:
    """field -> column index, and the headers nobody claimed (ignored, reported)."""
    lookup = {_norm(alias): f for f, aliases in fields.items() for alias in (f, *aliases)}
    for header, f in (extra or {}).items():
        if f == "":  # the user chose to leave this column out
            lookup[_norm(header)] = ""
            continue
        if f not in fields:
            raise UserError(f"--map {header}={f}: unknown field {f!r} (one of {', '.join(fields)})")
        lookup[_norm(header)] = f
    out: dict[str, int] = {}
    unused = []
    for i, h in enumerate(headers):
        f = lookup.get(_norm(h))
        if f and f not in out:
            out[f] = i
        elif h:
            unused.append(h)
    return out, unused


def known_headers(fields: dict[str, tuple[str, ...]]) -> set[str]:
    return {_norm(a) for f, aliases in fields.items() for a in (f, *aliases)}


def layout_name(headers: list[str]) -> str | None:
    names = {_norm(h) for h in headers}
    if "accountname" in names and names & {"billingcity", "billingcountry", "billingstreet", "website",
                                           "parentaccount"} and not names & {"firstname", "lastname"}:
        return "Salesforce accounts"
    if {"companyname"} <= names and names & {"websiteurl", "phonenumber", "companyowner"}:
        return "HubSpot companies"
    if {"firstname", "lastname"} <= names and names & {"reportsto", "reportstoid", "accountid", "accountname"}:
        return "Salesforce contacts"
    if {"name", "parentid"} <= names or {"name", "function"} <= names:
        return "Odoo contacts"
    if {"firstname", "lastname", "companyname"} <= names:
        return "HubSpot contacts"
    if names & {"姓名", "公司名称", "客户名称", "公司名稱", "客戶名稱"}:
        return "Chinese headers"
    return None


# --- values

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%Y.%m.%d", "%Y年%m月%d日", "%m/%d/%Y", "%Y%m%d")


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            return excel_serial_date(value)
        raise ValueError(f"{value} is not a date")
    text = str(value).strip()
    if re.fullmatch(r"\d{5}(\.\d+)?", text):  # an Excel serial number exported as text
        return excel_serial_date(float(text))
    text = text.split(" ")[0].split("T")[0] if re.match(r"\d{4}[-/.]\d", text) else text
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date (2026-03-01, 2026/3/1, 01.03.2026 or an Excel date)")


_NUMBER_JUNK = re.compile(r"[\s'\u00a0\u202f元¥￥$€]|RMB|CNY|USD|EUR", re.I)


def parse_number(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError("is not a number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = str(value).strip().translate(str.maketrans("０１２３４５６７８９．－，", "0123456789.-,"))
    negative = text.startswith("(") and text.endswith(")")
    text = _NUMBER_JUNK.sub("", text.strip("()"))
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+,\d+", text) or re.fullmatch(r"-?\d+,\d{1,2}", text):
        text = text.replace(".", "").replace(",", ".")  # 1.234,56 or 12,50 (European decimal comma)
    elif re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")  # 1,234.50
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a number")
    return -number if negative else number


def _cell(cells: list[Any], index: int | None) -> Any:
    if index is None:
        return None
    value = cells[index]
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


# --- the service


class ImportService(ServiceBase):
    def open_table(self, path: Path, kind: str, *, encoding: str | None = None, sheet: str | None = None) -> Table:
        fields = {"people": PEOPLE_FIELDS, "accounts": ACCOUNT_FIELDS}.get(kind, TRANSACTION_FIELDS)
        return read_table(path, encoding=encoding, sheet=sheet, known=known_headers(fields))

    def preview(self, path: Path, kind: str | None = None, *, encoding: str | None = None, sheet: str | None = None,
                limit: int = 50) -> Preview:
        """What the import wizard shows before anything is written: the kind, the first rows and the suggested
        mapping of columns to fields (unknown columns unmapped)."""
        from kam.io.vcards import read_vcards

        path = path.expanduser()
        suffix = path.suffix.lower()
        kind = kind or ("vcard" if suffix in (".vcf", ".vcard") else "dossier" if suffix == ".json" else None)
        if kind == "dossier":
            import json

            from kam.io.dossier_json import FORMAT

            try:
                data = json.loads(path.read_bytes().decode("utf-8-sig"))
            except (OSError, ValueError) as exc:
                raise UserError(f"{path.name}: not a readable dossier ({exc})") from None
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise UserError(f"{path.name}: not a kam dossier")
            acc = data.get("account") or {}
            rows = [[name, len(items)] for name, items in sorted((data.get("tables") or {}).items())]
            return Preview("dossier", path.name, ["table", "rows"], rows, {}, [], None, None, [],
                           title=str(acc.get("name_zh") or acc.get("name_en") or "?"))
        if kind == "vcard":
            cards, broken = read_vcards(path, encoding)
            headers = ["FN", "ORG", "TITLE", "EMAIL", "TEL"]
            rows = [[c.fields.get("name"), " / ".join(x for x in (c.organisation, c.fields.get("department")) if x),
                     c.fields.get("title"), c.fields.get("email"), c.fields.get("mobile") or c.fields.get("phone")]
                    for c in cards[:limit]]
            return Preview("vcard", path.name, headers, rows, {}, [], "vCard", None, [],
                           total=len(cards) + len(broken),
                           problems=[f"card {n} (line {line}): {m}" for n, line, m in broken])
        table = read_table(path, encoding=encoding, sheet=sheet, known=known_headers(PEOPLE_FIELDS)
                           | known_headers(ACCOUNT_FIELDS) | known_headers(TRANSACTION_FIELDS))
        try:
            rows = []
            for _row, cells in table.rows:
                rows.append(cells)
                if len(rows) >= limit:
                    break
        finally:
            table.close()
        kind = kind or guess_kind(table.headers)
        fields = {"people": PEOPLE_FIELDS, "accounts": ACCOUNT_FIELDS, "transactions": TRANSACTION_FIELDS}[kind]
        cols, unused = mapping_for(table.headers, fields)
        mapping = {table.headers[i]: f for f, i in cols.items()}
        sheets: list[str] = []
        if suffix in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True)
            sheets = list(wb.sheetnames)
            wb.close()
        return Preview(kind, table.source, table.headers, rows, mapping, unused, layout_name(table.headers),
                       table.encoding, sheets, fields=list(fields))

    def import_accounts(self, path: Path, *, encoding: str | None = None, sheet: str | None = None,
                        mapping: dict[str, str] | None = None, on_duplicate: str = "skip", dry_run: bool = False,
                        skip_invalid: bool = False, progress: Callable[[int], None] | None = None) -> ImportResult:
        """Accounts (Salesforce, Odoo, HubSpot or Chinese headers); the owner by user name, the group parent by name
        (also a parent further down the same file); an account of the same name is skipped, updated or merged."""
        from kam.model import User
        from kam.services.accounts import clean_account_fields

        _check_duplicate_choice(on_duplicate)
        table = self.open_table(path, "accounts", encoding=encoding, sheet=sheet)
        cols, unused = mapping_for(table.headers, ACCOUNT_FIELDS, mapping)
        head = {f: table.headers[i] for f, i in cols.items()}
        if "name" not in cols and "name_en" not in cols:
            table.close()
            raise ImportRefused(table.source, [Problem(table.header_row, None, f"no account name column among "
                                                       f"{table.headers}; map one with --map \"Header=name\"")])
        result = ImportResult("accounts", 0, layout=layout_name(table.headers), dry_run=dry_run, unused=unused)
        problems: list[Problem] = []
        try:
            with self.unit() as s:
                lookup = _AccountLookup(s)
                users = {}
                for uid, uname, display in s.execute(select(User.id, User.username, User.display_name)):
                    users[display.casefold()] = users[uname.casefold()] = uid
                parents: list[tuple[int, Account, str]] = []
                for row, cells in table.rows:
                    result.rows += 1
                    if progress and result.rows % 500 == 0:
                        progress(result.rows)
                    data: dict[str, Any] = {}
                    for f in ACCOUNT_FIELDS:
                        value = _cell(cells, cols.get(f))
                        if value is not None:
                            data[f] = value if isinstance(value, str) else f"{value:g}" if isinstance(
                                value, float) else str(value)
                    name = data.pop("name", None)
                    if name is not None:
                        key = "name_zh" if _CJK.search(name) else "name_en"
                        data.setdefault(key, name)
                        if key == "name_en" and data.get("name_en") != name:
                            data["name_zh"] = name
                    owner, parent = data.pop("owner", None), data.pop("parent", None)
                    if owner is not None:
                        data["owner_id"] = users.get(owner.casefold())
                        if data["owner_id"] is None:
                            problems.append(Problem(row, head.get("owner"), f'no user "{owner}" (kam users list)'))
                            continue
                    try:
                        fields = clean_account_fields(s, data, None)
                    except ValidationError as exc:
                        field_name = {"name_zh": "name", "owner_id": "owner"}.get(exc.field, exc.field)
                        problems.append(Problem(row, head.get(field_name, head.get(exc.field)), exc.reason))
                        continue
                    twin_id = next((lookup.by_name[n.casefold()] for n in (fields.get("name_zh"),
                                    fields.get("name_en")) if n and n.casefold() in lookup.by_name), None)
                    if twin_id is not None:
                        twin = s.get(Account, twin_id)
                        assert twin is not None
                        if on_duplicate == "skip":
                            result.skipped.append(f"row {row}: {twin.display_name} is already an account")
                            continue
                        for k, value in fields.items():
                            if value is not None and (on_duplicate == "update" or getattr(twin, k) in (None, "")):
                                setattr(twin, k, value)
                        acc = twin
                        result.updated += 1
                    else:
                        acc = Account(**fields)
                        s.add(acc)
                        s.flush()
                        for n in (acc.name_zh, acc.name_en):
                            if n:
                                lookup.by_name.setdefault(n.casefold(), acc.id)
                        result.created += 1
                    acc.search_key = search_key(acc.name_zh, acc.name_en, acc.short_name)
                    if parent is not None:
                        parents.append((row, acc, parent))
                for row, acc, parent in parents:  # after all rows: a parent may come later in the file
                    try:
                        parent_id = lookup.find(None, parent)
                        if parent_id == acc.id:
                            raise LookupError("an account cannot be its own group parent")
                        clean_account_fields(s, {"parent_id": parent_id}, acc)
                    except LookupError as exc:
                        problems.append(Problem(row, head.get("parent"), str(exc)))
                        continue
                    except ValidationError as exc:
                        problems.append(Problem(row, head.get("parent"), exc.reason))
                        continue
                    acc.parent_id = parent_id
                if problems and not skip_invalid:
                    raise ImportRefused(table.source, problems)
                result.rejected = [p.render(table.source) for p in problems]
                if dry_run:
                    raise _DryRun(result)
                audit.record(s, self.actor, "import.accounts", None, None, file=table.source, rows=result.rows,
                             created=result.created, updated=result.updated, rejected=len(result.rejected))
        except _DryRun:
            pass
        return result

    def import_people(self, path: Path, *, account: str | int | None = None, encoding: str | None = None,
                      sheet: str | None = None, mapping: dict[str, str] | None = None,
                      on_duplicate: str = "skip", dry_run: bool = False, skip_invalid: bool = False,
                      progress: Callable[[int], None] | None = None) -> ImportResult:
        """People with their reporting lines; duplicates (same e-mail, or same name in the account) are skipped,
        updated (the file wins) or merged (only empty fields are filled)."""
        _check_duplicate_choice(on_duplicate)
        table = self.open_table(path, "people", encoding=encoding, sheet=sheet)
        cols, unused = mapping_for(table.headers, PEOPLE_FIELDS, mapping)
        head = {f: table.headers[i] for f, i in cols.items()}
        if "name" not in cols and not {"first_name", "last_name"} & set(cols):
            table.close()
            raise ImportRefused(table.source, [Problem(table.header_row, None,
                                f"no name column among {table.headers}; map one with --map \"Header=name\"")])
        problems: list[Problem] = []
        result = ImportResult("people", 0, layout=layout_name(table.headers), dry_run=dry_run, unused=unused)
        try:
            with self.unit() as s:
                accounts = _AccountLookup(s)
                default_account = accounts.default(account)
                parsed: list[tuple[int, int, dict[str, Any], Any, Any]] = []
                for row, cells in table.rows:
                    result.rows += 1
                    if progress and result.rows % 500 == 0:
                        progress(result.rows)
                    name = _cell(cells, cols.get("name"))
                    if name is None:
                        parts = [_cell(cells, cols.get("last_name")), _cell(cells, cols.get("first_name"))]
                        parts = [str(p) for p in parts if p]
                        cjk = any("\u4e00" <= ch <= "\u9fff" for p in parts for ch in p)
                        name = ("" if cjk else " ").join(parts if cjk else reversed(parts)) or None
                    if name is None:
                        problems.append(Problem(row, head.get("name") or head.get("last_name"), "no name"))
                        continue
                    acc_ref = _cell(cells, cols.get("account_ref"))
                    acc_name = _cell(cells, cols.get("account"))
                    try:
                        account_id = accounts.find(acc_ref, acc_name) if (acc_ref or acc_name) else default_account
                    except LookupError as exc:
                        problems.append(Problem(row, head.get("account_ref") if acc_ref else head.get("account"),
                                                str(exc)))
                        continue
                    if account_id is None:
                        problems.append(Problem(row, head.get("account"), "no account: add a company column or give "
                                                                          "--account"))
                        continue
                    data = {"name": str(name)}
                    for f in ("name_latin", "title", "department", "email", "phone", "mobile", "external_id", "notes",
                              "wechat"):
                        value = _cell(cells, cols.get(f))
                        if value is not None:
                            data[f] = str(value) if not isinstance(value, float) else f"{value:g}"
                    data["data_source"] = f"import: {table.source}"
                    parsed.append((row, account_id, data, _cell(cells, cols.get("reports_to")),
                                   _cell(cells, cols.get("reports_to_ref"))))
                self._finish_people(s, table.source, parsed, head, on_duplicate, dry_run, skip_invalid, problems,
                                    result, "row")
        except _DryRun:
            pass  # everything the checks wrote is rolled back
        return result

    def import_vcards(self, path: Path, *, account: str | int | None = None, encoding: str | None = None,
                      on_duplicate: str = "skip", dry_run: bool = False, skip_invalid: bool = False,
                      progress: Callable[[int], None] | None = None) -> ImportResult:
        """People from a vCard file (2.1/3.0/4.0, many cards): the account from ORG when it names one of ours,
        else ``account``; the department from ORG's second part; duplicates as for a table."""
        from kam.io.vcards import read_vcards

        _check_duplicate_choice(on_duplicate)
        cards, broken = read_vcards(path, encoding)
        source = path.name
        problems = [Problem(n, None, f"(line {line}) {msg}", "card") for n, line, msg in broken]
        result = ImportResult("people", len(cards) + len(broken), layout="vCard", dry_run=dry_run)
        photos = sum(c.has_photo for c in cards)
        if photos:
            result.notes.append(f"{photos} photo(s) not imported (kam keeps no photos of people)")
        head = {f: f.upper() for f in ("email", "birthday", "notes")} | {"name": "FN", "title": "TITLE",
                                                                         "department": "ORG", "phone": "TEL",
                                                                         "mobile": "TEL"}
        try:
            with self.unit() as s:
                accounts = _AccountLookup(s)
                default_account = accounts.default(account)
                parsed: list[tuple[int, int, dict[str, Any], Any, Any]] = []
                for card in cards:
                    if progress and card.number % 500 == 0:
                        progress(card.number)
                    account_id = accounts.by_name.get(card.organisation.casefold()) if card.organisation else None
                    account_id = account_id or default_account
                    if account_id is None:
                        what = f'no account "{card.organisation}"' if card.organisation else "no organisation"
                        problems.append(Problem(card.number, "ORG", f"(line {card.line}) {what}: give --account",
                                                "card"))
                        continue
                    data: dict[str, Any] = dict(card.fields)
                    data["data_source"] = f"import: {source}"
                    parsed.append((card.number, account_id, data, None, None))
                self._finish_people(s, source, parsed, head, on_duplicate, dry_run, skip_invalid, problems, result,
                                    "card")
        except _DryRun:
            pass  # everything the checks wrote is rolled back
        return result

    def _finish_people(self, s: Session, source: str, parsed: list[tuple[int, int, dict[str, Any], Any, Any]],
                       head: dict[str, str], on_duplicate: str, dry_run: bool, skip_invalid: bool,
                       problems: list[Problem], result: ImportResult, unit: str) -> None:
        """Check and write the parsed people; refuse everything (or leave out the rows in error), then audit."""
        for stage in ("read", "write"):
            if stage == "write":
                self._write_people(s, parsed, head, on_duplicate, result, problems, unit, skip_invalid)
            if problems and not skip_invalid:
                raise ImportRefused(source, problems)
            result.rejected += [p.render(source) for p in problems]
            problems.clear()
        if dry_run:
            raise _DryRun(result)  # rolls back everything the checks wrote
        audit.record(s, self.actor, "import.people", None, None, file=source, rows=result.rows,
                     created=result.created, updated=result.updated, rejected=len(result.rejected))

    def _write_people(self, s: Session, parsed: list[tuple[int, int, dict[str, Any], Any, Any]],
                      head: dict[str, str], on_duplicate: str, result: ImportResult,
                      problems: list[Problem], unit: str = "row", keep_going: bool = False) -> int:
        from kam.services.people import _clean

        # existing people and departments of the accounts involved, for duplicates, reports-to by name and
        # the reporting-cycle check (all in memory: one query each instead of several per row)
        ids = sorted({p[1] for p in parsed})
        existing: dict[tuple[int, str], Person] = {}
        by_email: dict[str, Person] = {}
        by_ext: dict[str, Person] = {}
        with s.no_autoflush:
            for person in s.scalars(select(Person).where(Person.account_id.in_(ids), Person.deleted_at.is_(None))):
                existing[(person.account_id, person.name)] = person
                if person.email:
                    by_email[person.email.casefold()] = person
                if person.external_id:
                    by_ext[person.external_id] = person
            departments = {(a, n): i for i, a, n in s.execute(
                select(Department.id, Department.account_id, Department.name).where(Department.account_id.in_(ids)))}
        wanted: dict[tuple[int, str], None] = {}
        for row, account_id, data, _boss, _ref in parsed:
            try:
                name = v.text(data.get("department"), "department", max_len=200)
            except ValidationError as exc:
                problems.append(Problem(row, head.get("department"), exc.reason, unit))
                continue
            if name is not None and (account_id, name) not in departments:
                wanted[(account_id, name)] = None
        if wanted:  # new departments in one go
            made = [Department(account_id=a, name=n) for a, n in wanted]
            s.add_all(made)
            s.flush()
            departments.update({(d.account_id, d.name): d.id for d in made})
        rows_people: list[tuple[int, Person, Any, Any]] = []
        for row, account_id, data, boss, boss_ref in parsed:
            data = dict(data)
            department = data.pop("department", None)
            try:
                fields = _clean(s, account_id, None, data)
            except ValidationError as exc:
                problems.append(Problem(row, head.get(exc.field, exc.field), exc.reason, unit))
                continue
            dep_id = departments.get((account_id, str(department).strip())) if department is not None else None
            twin = (by_email.get(fields["email"].casefold()) if fields.get("email") else None) \
                or existing.get((account_id, fields["name"]))
            if twin is not None and twin.account_id == account_id:
                if on_duplicate == "skip":
                    result.skipped.append(f"{unit} {row}: {fields['name']} is already in the account")
                    rows_people.append((row, twin, boss, boss_ref))
                    continue
                for k, value in fields.items():
                    if value is not None and (on_duplicate == "update" or getattr(twin, k) in (None, "")):
                        setattr(twin, k, value)
                if dep_id is not None and (on_duplicate == "update" or twin.department_id is None):
                    twin.department_id = dep_id
                twin.search_key = search_key(twin.name, twin.name_latin)
                result.updated += 1
                rows_people.append((row, twin, boss, boss_ref))
                continue
            person = Person(account_id=account_id, department_id=dep_id, **fields)
            person.search_key = search_key(person.name, person.name_latin)
            s.add(person)
            existing[(account_id, person.name)] = person
            if person.email:
                by_email[person.email.casefold()] = person
            if person.external_id:
                by_ext[person.external_id] = person
            rows_people.append((row, person, boss, boss_ref))
            result.created += 1
        if problems and not keep_going:
            return 0
        s.flush()
        manager_of = {p.id: p.reports_to_id for p in existing.values()}
        account_names = dict(s.execute(select(Account.id, Account.name_zh)).all())
        for row, person, boss, boss_ref in rows_people:
            if boss is None and boss_ref is None:
                continue
            manager = by_ext.get(str(boss_ref)) if boss_ref is not None else existing.get((person.account_id, str(boss)))
            column = head.get("reports_to_ref") if boss_ref is not None else head.get("reports_to")
            if manager is None or manager.account_id != person.account_id:
                who = boss_ref if boss_ref is not None else boss
                problems.append(Problem(row, column, f'no person "{who}" in account '
                                        f"{account_names.get(person.account_id) or person.account_id}", unit))
                continue
            if _closes_cycle(manager_of, person.id, manager.id):
                problems.append(Problem(row, column, f"{person.name} → {manager.name} would make a reporting cycle",
                                        unit))
                continue
            person.reports_to_id = manager_of[person.id] = manager.id
        return result.created

    def import_transactions(self, path: Path, *, account: str | int | None = None, encoding: str | None = None,
                            sheet: str | None = None, mapping: dict[str, str] | None = None,
                            dry_run: bool = False, skip_invalid: bool = False,
                            progress: Callable[[int], None] | None = None) -> ImportResult:
        """ERP lines: one transaction each; amounts, dates and currencies checked; written in one go."""
        from kam.bulk import insert_rows

        table = self.open_table(path, "transactions", encoding=encoding, sheet=sheet)
        cols, unused = mapping_for(table.headers, TRANSACTION_FIELDS, mapping)
        head = {f: table.headers[i] for f, i in cols.items()}
        missing = [f for f in ("occurred_on", "product", "quantity", "unit_price", "gross_profit") if f not in cols]
        if missing:
            raise ImportRefused(table.source, [Problem(table.header_row, None,
                                f"no column for {', '.join(missing)}; map them with --map \"Header=field\"")])
        problems: list[Problem] = []
        total_problems = 0
        out: list[dict[str, Any]] = []
        result = ImportResult("transactions", 0, dry_run=dry_run, unused=unused)
        with self.unit() as s:
            accounts = _AccountLookup(s)
            default_account = accounts.default(account)
            for row, cells in table.rows:
                result.rows += 1
                if progress and result.rows % 5000 == 0:
                    progress(result.rows)
                rec: dict[str, Any] = {}
                bad = False

                def fail(f: str, message: str, row: int = row) -> None:
                    nonlocal bad, total_problems
                    bad = True
                    total_problems += 1
                    if len(problems) < MAX_REPORTED:
                        problems.append(Problem(row, head.get(f), message))

                acc = _cell(cells, cols.get("account"))
                try:
                    rec["account_id"] = accounts.find(None, acc) if acc else default_account
                except LookupError as exc:
                    fail("account", str(exc))
                if not bad and rec["account_id"] is None:
                    fail("account", "no customer: add a customer column or give --account")
                raw = _cell(cells, cols["occurred_on"])
                try:
                    rec["occurred_on"] = parse_date(raw) if raw is not None else fail("occurred_on", "no date")
                except ValueError as exc:
                    fail("occurred_on", str(exc))
                product = _cell(cells, cols["product"])
                if product is None:
                    fail("product", "no product")
                elif len(str(product)) > 200:
                    fail("product", "longer than 200 characters")
                rec["product"] = str(product) if product is not None else None
                for f, required in (("quantity", True), ("unit_price", True), ("gross_profit", True),
                                    ("amount", False), ("discount", False), ("financial_cost", False)):
                    value = _cell(cells, cols.get(f))
                    if value is None:
                        if required:
                            fail(f, "is empty")
                        rec[f] = None
                        continue
                    try:
                        rec[f] = parse_number(value)
                    except ValueError as exc:
                        fail(f, str(exc))
                currency = _cell(cells, cols.get("currency")) or "CNY"
                currency = {"RMB": "CNY", "人民币": "CNY", "人民幣": "CNY", "元": "CNY", "美元": "USD",
                            "欧元": "EUR", "歐元": "EUR"}.get(str(currency).strip(), str(currency).strip().upper())
                if not re.fullmatch(r"[A-Z]{3}", currency):
                    fail("currency", f"{currency!r} is not a currency code (CNY, USD, EUR…)")
                if bad:
                    continue
                rec["currency"] = currency
                rec["discount"] = rec["discount"] or Decimal(0)
                rec["financial_cost"] = rec["financial_cost"] or Decimal(0)
                if rec["amount"] is None:
                    rec["amount"] = rec["quantity"] * rec["unit_price"] - rec["discount"]
                unit = _cell(cells, cols.get("unit"))
                ref = _cell(cells, cols.get("external_ref"))
                rec["unit"] = str(unit)[:20] if unit is not None else None
                rec["external_ref"] = str(ref)[:100] if ref is not None else None
                if problems and not skip_invalid:
                    continue  # the file is refused anyway: only its other problems are still looked for
                out.append(rec)
                if len(out) >= CHUNK and not dry_run and (skip_invalid or not problems):
                    # written as the file streams by (memory stays bounded); a later error still rolls it all back
                    insert_rows(s.connection(), Transaction.__table__, out)  # type: ignore[arg-type]
                    result.created += len(out)
                    out.clear()
            if problems and not skip_invalid:
                raise ImportRefused(table.source, problems, total_problems)
            result.rejected = [p.render(table.source) for p in problems]
            if total_problems > len(problems):
                result.notes.append(f"{total_problems} rows in error left out; the first {len(problems)} are listed")
            if not dry_run:
                insert_rows(s.connection(), Transaction.__table__, out)  # type: ignore[arg-type]
            result.created += len(out)
            if not dry_run:
                audit.record(s, self.actor, "import.transactions", None, None, file=table.source,
                             rows=result.created)
        return result


def _closes_cycle(manager_of: dict[int, int | None], person_id: int, manager_id: int) -> bool:
    """Would ``person_id`` reporting to ``manager_id`` make a loop (in the lines known so far)?"""
    seen: set[int] = set()
    cur: int | None = manager_id
    while cur is not None and cur not in seen:
        if cur == person_id:
            return True
        seen.add(cur)
        cur = manager_of.get(cur)
    return False


def _check_duplicate_choice(on_duplicate: str) -> None:
    if on_duplicate not in ("skip", "update", "merge"):
        raise UserError("on_duplicate must be skip, update or merge")


class _DryRun(Exception):  # noqa: N818 - control flow, not an error
    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


class _AccountLookup:
    """Accounts by id or name (either language), cached for the import."""

    def __init__(self, s: Session) -> None:
        self.by_name: dict[str, int] = {}
        self.by_id: dict[str, int] = {}
        rows: Iterable[Any] = s.execute(select(Account.id, Account.name_zh, Account.name_en)
                                        .where(Account.deleted_at.is_(None)))
        for aid, zh, en in rows:
            for name in (zh, en):
                if name:
                    self.by_name.setdefault(name.strip().casefold(), aid)
            self.by_id[str(aid)] = aid

    def default(self, ref: str | int | None) -> int | None:
        """The account given with ``--account`` (id or name), for rows that name none."""
        if ref is None:
            return None
        digits = str(ref).isdigit()
        try:
            return self.find(ref if digits else None, None if digits else ref)
        except LookupError as exc:
            raise UserError(f"--account: {exc}") from None

    def find(self, ref: Any, name: Any) -> int:
        if ref is not None:
            key = str(ref).strip()
            key = key[:-2] if key.endswith(".0") else key
            if key in self.by_id:
                return self.by_id[key]
            if name is None:
                raise LookupError(f'no account with id "{ref}"')
        found = self.by_name.get(str(name).strip().casefold())
        if found is None:
            raise LookupError(f'no account "{name}"')
        return found
