"""The columns of an import: the field names and the headers known for them, and the values in the cells.

Known layouts are recognised without a mapping: Salesforce (Accounts: Account
Name, Billing City, Phone, Website, Parent Account…; Contacts: First Name,
Last Name, Title, Email, Account Name / AccountId, Reports To / ReportsToId),
Odoo (name, parent_id, function, email, phone), HubSpot (First Name, Last
Name, Company Name, Job Title) and Chinese headers (公司名称 / 客户名称, 姓名,
职务 / 職稱, 部门 / 部門, 电话, 邮箱, 上级 / 直属上级). Other headers are given with
``--map "Header=field"`` (or chosen in the import wizard); unknown ones are listed.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from kam.errors import UserError
from kam.i18n import _
from kam.io.tabular import excel_serial_date, normalise_header

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
    "reports_to": ("Reports To", "ReportsTo", "Manager", "上级", "直属上级", "上級", "直屬上級", "汇报对象", "匯報對象"),
    "reports_to_ref": ("ReportsToId", "Reports To ID", "Manager ID"),
    "external_id": ("Id", "Contact ID", "Record ID", "ContactId", "编号", "編號", "工号", "工號", "员工编号",
                    "員工編號", "人员编号", "人員編號", "EmployeeID", "Employee ID", "PersonID", "StaffID", "UserID"),
    "notes": ("Description", "Notes", "Comment", "备注", "備註"),
    "wechat": ("WeChat", "微信"),
}
ACCOUNT_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("Account Name", "Company Name", "Company name", "Name", "Company", "Organization", "公司名称",
             "客户名称", "公司名稱", "客戶名稱", "企业名称", "企業名稱", "单位名称", "單位名稱", "公司全称", "公司全稱",
             "中文名称", "中文名稱", "公司中文名称", "公司中文名稱", "机构名称", "機構名稱"),
    "name_en": ("English Name", "Name (English)", "英文名称", "英文名稱", "英文全称", "英文全稱", "公司英文名称",
                "公司英文名稱", "英文名"),
    "short_name": ("Short Name", "Abbreviation", "简称", "簡稱", "公司简称", "公司簡稱", "证券简称", "證券簡稱",
                   "股票简称", "股票簡稱", "中文简称", "中文簡稱"),
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
    lookup = {normalise_header(alias): f for f, aliases in fields.items() for alias in (f, *aliases)}
    for header, f in (extra or {}).items():
        if f == "":  # the user chose to leave this column out
            lookup[normalise_header(header)] = ""
            continue
        if f not in fields:
            raise UserError(_("--map {header}={field}: unknown field {field!r} (one of {fields})").format(
                header=header, field=f, fields=", ".join(fields)))
        lookup[normalise_header(header)] = f
    out: dict[str, int] = {}
    unused = []
    for i, h in enumerate(headers):
        found = lookup.get(normalise_header(h))
        if found and found not in out:
            out[found] = i
        elif h:  # also a column the user left out with "Header=": listed as not imported
            unused.append(h)
    return out, unused


def known_headers(fields: dict[str, tuple[str, ...]], mapping: dict[str, str] | None = None) -> set[str]:
    """The headers that name a field, normalised; with the headers a ``--map`` explains."""
    return {normalise_header(a) for f, aliases in fields.items() for a in (f, *aliases)} | {
        normalise_header(h) for h in (mapping or {})}


def layout_name(headers: list[str]) -> str | None:
    names = {normalise_header(h) for h in headers}
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
        raise ValueError(_("{value} is not a date").format(value=value))
    text = str(value).strip()
    if re.fullmatch(r"\d{5}(\.\d+)?", text):  # an Excel serial number exported as text
        return excel_serial_date(float(text))
    text = text.split(" ")[0].split("T")[0] if re.match(r"\d{4}[-/.]\d", text) else text
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(_("{value!r} is not a date (2026-03-01, 2026/3/1, 01.03.2026 or an Excel date)").format(value=text))


_NUMBER_JUNK = re.compile(r"[\s'\u00a0\u202f元¥￥$€]|RMB|CNY|USD|EUR", re.I)


def parse_number(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(_("is not a number"))
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
        raise ValueError(_("{value!r} is not a number").format(value=value)) from None
    if not number.is_finite():
        raise ValueError(_("{value!r} is not a number").format(value=value))
    return -number if negative else number


NO_VALUE = frozenset({"null", "\\n", "(null)", "<null>"})  # how SQL exports write "nothing" (NULL, \N …)


def cell(cells: list[Any], index: int | None) -> Any:
    """A cell's value: text stripped; empty, NULL, null, \\N and (null) are no value."""
    if index is None:
        return None
    value = cells[index]
    if isinstance(value, str):
        value = value.strip()
        return None if not value or value.casefold() in NO_VALUE else value
    return value


# --- the service
