"""Export accounts, people and transactions to CSV and XLSX that Excel opens safely.

CSV is UTF-8 with a byte-order mark (Excel on Windows then reads Chinese
correctly) and CRLF line ends. Any text cell starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is prefixed with an apostrophe, so a name
like ``=HYPERLINK(…)`` typed into the CRM is shown as text, never run as a
formula (OWASP "CSV injection"). Numbers and dates stay typed in XLSX.
Files are written beside the target and renamed into place.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kam.errors import UserError
from kam.model import Account, Department, Person, Transaction
from kam.services.base import ServiceBase

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A cell value that a spreadsheet will not evaluate."""
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


ACCOUNT_COLUMNS = ["id", "name_zh", "name_en", "ka_type", "industry", "region", "country", "phone", "email",
                   "website", "owner"]
PEOPLE_COLUMNS = ["id", "account", "name", "name_latin", "title", "department", "email", "phone", "mobile",
                  "reports_to_id", "reports_to", "stance", "influence", "external_id"]
TRANSACTION_COLUMNS = ["id", "account", "date", "product", "quantity", "unit", "unit_price", "amount", "discount",
                       "financial_cost", "gross_profit", "currency", "external_ref"]


class ExportService(ServiceBase):
    def rows(self, kind: str, account_id: int | None = None) -> tuple[list[str], Iterator[list[Any]]]:
        if kind == "accounts":
            return ACCOUNT_COLUMNS, self._accounts()
        if kind == "people":
            return PEOPLE_COLUMNS, self._people(account_id)
        if kind == "transactions":
            return TRANSACTION_COLUMNS, self._transactions(account_id)
        raise UserError(f"cannot export {kind!r}: accounts, people or transactions")

    def _accounts(self) -> Iterator[list[Any]]:
        from kam.model import User

        with self.read() as s:
            owners = dict(s.execute(select(User.id, User.username)).all())
            for a in s.scalars(select(Account).where(Account.deleted_at.is_(None)).order_by(Account.id)):
                yield [a.id, a.name_zh, a.name_en, a.ka_type.value, a.industry, a.region, a.country, a.phone,
                       a.email, a.website, owners.get(a.owner_id)]

    def _people(self, account_id: int | None) -> Iterator[list[Any]]:
        with self.read() as s:
            names = {aid: zh or en for aid, zh, en in s.execute(select(Account.id, Account.name_zh, Account.name_en))}
            deps = dict(s.execute(select(Department.id, Department.name)).all())
            q = select(Person).where(Person.deleted_at.is_(None)).order_by(Person.account_id, Person.id)
            if account_id is not None:
                q = q.where(Person.account_id == account_id)
            people = list(s.scalars(q))
            by_id = {p.id: p.name for p in people}
            for p in people:
                yield [p.id, names.get(p.account_id), p.name, p.name_latin, p.title,
                       deps.get(p.department_id), p.email, p.phone, p.mobile, p.reports_to_id,
                       by_id.get(p.reports_to_id), p.stance.value, p.influence, p.external_id]

    def _transactions(self, account_id: int | None) -> Iterator[list[Any]]:
        with self.read() as s:
            names = {aid: zh or en for aid, zh, en in s.execute(select(Account.id, Account.name_zh, Account.name_en))}
            q = select(Transaction).order_by(Transaction.occurred_on, Transaction.id)
            if account_id is not None:
                q = q.where(Transaction.account_id == account_id)
            for t in s.scalars(q.execution_options(yield_per=5000)):
                yield [t.id, names.get(t.account_id), t.occurred_on, t.product, t.quantity, t.unit, t.unit_price,
                       t.amount, t.discount, t.financial_cost, t.gross_profit, t.currency, t.external_ref]

    def export(self, kind: str, out: Path, account_id: int | None = None) -> int:
        headers, rows = self.rows(kind, account_id)
        return write_table(out, headers, rows)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else value


def write_table(out: Path, headers: list[str], rows: Iterable[list[Any]]) -> int:
    """CSV or XLSX by the file's suffix; returns the number of data rows."""
    out = out.expanduser()
    if not out.parent.is_dir():
        raise UserError(f"folder {out.parent} does not exist")
    suffix = out.suffix.lower()
    part = out.with_name(out.name + ".part")
    count = 0
    try:
        if suffix == ".csv":
            with part.open("w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh, lineterminator="\r\n")
                w.writerow(headers)
                for r in rows:
                    w.writerow([neutralise(_plain(v)) for v in r])
                    count += 1
        elif suffix == ".xlsx":
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("kam")
            ws.append(headers)
            for r in rows:
                ws.append([neutralise(float(v) if isinstance(v, Decimal) else v) for v in r])
                count += 1
            wb.save(part)
        else:
            raise UserError(f"{out.name}: export to .csv or .xlsx")
        part.replace(out)
    finally:
        part.unlink(missing_ok=True)
    return count
