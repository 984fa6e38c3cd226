"""Export accounts, people and transactions to CSV and XLSX that Excel opens safely.

CSV is UTF-8 with a byte-order mark (Excel on Windows then reads Chinese
correctly) and CRLF line ends. CSV has no types, so any text cell starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with an
apostrophe: a name like ``=HYPERLINK(…)`` typed into the CRM is shown as text,
never run as a formula (OWASP "CSV injection"). XLSX cells are typed: text is
written as a string cell (never a formula cell), so ``+86 139…`` stays exactly
that; numbers and dates stay typed. Control characters that XML 1.0 cannot
carry are dropped from XLSX cells (an export never fails on them). Files are
written beside the target and renamed into place, never onto the database.
"""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kam.errors import UserError
from kam.i18n import _
from kam.model import Account, Department, Person, Transaction
from kam.model.account import account_name
from kam.services.base import ServiceBase

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A CSV cell value that a spreadsheet will not evaluate."""
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


def xlsx_cell(value: Any) -> Any:
    """An XLSX cell: numbers and dates typed, text always a string cell (never type 'f'), without the
    control characters XML cannot hold."""
    if isinstance(value, Decimal):
        return float(value)
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)


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
        raise UserError(_("cannot export {kind}: accounts, people, transactions, vcard or ics").format(kind=repr(kind)))

    def _accounts(self) -> Iterator[list[Any]]:
        from kam.model import User

        with self.read() as s:
            owners: dict[int | None, str] = dict(s.execute(select(User.id, User.username)).all())
            for a in s.scalars(select(Account).where(Account.deleted_at.is_(None)).order_by(Account.id)):
                yield [a.id, a.name_zh, a.name_en, a.ka_type.value, a.industry, a.region, a.country, a.phone,
                       a.email, a.website, owners.get(a.owner_id)]

    def _people(self, account_id: int | None) -> Iterator[list[Any]]:
        with self.read() as s:
            names: dict[int | None, str] = {aid: account_name(zh, en, aid) for aid, zh, en in s.execute(
                select(Account.id, Account.name_zh, Account.name_en))}
            deps: dict[int | None, str] = dict(s.execute(select(Department.id, Department.name)).all())
            q = select(Person).where(Person.deleted_at.is_(None)).order_by(Person.account_id, Person.id)
            if account_id is not None:
                q = q.where(Person.account_id == account_id)
            people = list(s.scalars(q))
            by_id: dict[int | None, str] = {p.id: p.name for p in people}
            for p in people:
                yield [p.id, names.get(p.account_id), p.name, p.name_latin, p.title,
                       deps.get(p.department_id), p.email, p.phone, p.mobile, p.reports_to_id,
                       by_id.get(p.reports_to_id), p.stance.value, p.influence, p.external_id]

    def _transactions(self, account_id: int | None) -> Iterator[list[Any]]:
        with self.read() as s:
            names: dict[int | None, str] = {aid: account_name(zh, en, aid) for aid, zh, en in s.execute(
                select(Account.id, Account.name_zh, Account.name_en))}
            q = select(Transaction).order_by(Transaction.occurred_on, Transaction.id)
            if account_id is not None:
                q = q.where(Transaction.account_id == account_id)
            for t in s.scalars(q.execution_options(yield_per=5000)):
                yield [t.id, names.get(t.account_id), t.occurred_on, t.product, t.quantity, t.unit, t.unit_price,
                       t.amount, t.discount, t.financial_cost, t.gross_profit, t.currency, t.external_ref]

    def export(self, kind: str, out: Path, account_id: int | None = None) -> int:
        if kind == "vcard":
            return self.export_vcards(out, account_id)
        if kind == "ics":
            return self.export_ics(out, account_id)
        headers, rows = self.rows(kind, account_id)
        return write_table(out, headers, rows, self.db_file)

    # --- vCard 4.0 and iCalendar

    def _people_cards(self, account_id: int | None) -> list[dict[str, Any]]:
        with self.read() as s:
            names: dict[int | None, str] = {aid: account_name(zh, en, aid) for aid, zh, en in s.execute(
                select(Account.id, Account.name_zh, Account.name_en))}
            deps: dict[int | None, str] = dict(s.execute(select(Department.id, Department.name)).all())
            q = select(Person).where(Person.deleted_at.is_(None), Person.anonymised_at.is_(None)) \
                .order_by(Person.account_id, Person.id)
            if account_id is not None:
                q = q.where(Person.account_id == account_id)
            return [{"name": p.name, "name_latin": p.name_latin, "account": names.get(p.account_id),
                     "department": deps.get(p.department_id), "title": p.title, "email": p.email, "phone": p.phone,
                     "mobile": p.mobile, "birthday": p.birthday, "birthday_no_year": p.birthday_no_year,
                     "updated_at": p.updated_at,
                     "uid": _uid("person", p.id, p.created_at)} for p in s.scalars(q)]

    def export_vcards(self, out: Path, account_id: int | None = None) -> int:
        """People as vCard 4.0 (name, organisation and department, title, e-mail, phones, birthday); audited."""
        from kam.io.vcards import vcard_text

        people = self._people_cards(account_id)
        write_text(out, "".join(vcard_text(people)), self.db_file)
        self._audit("export.vcard", account_id, out, len(people))
        return len(people)

    def export_ics(self, out: Path, account_id: int | None = None, today: dt.date | None = None) -> int:
        """Planned visits (all-day events on their date) and birthdays (yearly, all-day) as an iCalendar file
        that Outlook, Google and Apple calendars import; UIDs are stable so a second import updates. Audited."""
        from icalendar import Calendar, Event

        from kam.model import Contact

        today = today or dt.date.today()
        cal = Calendar()
        cal.add("prodid", "-//kam//Key account management//EN")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", "KAM")
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
        count = 0
        with self.read() as s:
            names: dict[int | None, str] = {aid: account_name(zh, en, aid) for aid, zh, en in s.execute(
                select(Account.id, Account.name_zh, Account.name_en))}
            q = select(Contact).where(Contact.done.is_(False)).order_by(Contact.occurred_on, Contact.id)
            if account_id is not None:
                q = q.where(Contact.account_id == account_id)
            for c in s.scalars(q):
                ev = Event()
                ev.add("uid", _uid("visit", c.id, c.created_at) + "@kam")
                ev.add("dtstamp", stamp)
                ev.add("dtstart", c.occurred_on)
                ev.add("dtend", c.occurred_on + dt.timedelta(days=1))
                what = c.kind.value.replace("_", " ").capitalize()
                ev.add("summary", f"{what}: {names.get(c.account_id)}" + (f" — {c.purpose.splitlines()[0][:80]}"
                                                                          if c.purpose else ""))
                if c.location:
                    ev.add("location", c.location)
                lines = [f"{label}: {value}" for label, value in (
                    ("Purpose", c.purpose), ("Best outcome", c.best_outcome), ("Minimum outcome", c.minimum_outcome))
                    if value]
                if lines:
                    ev.add("description", "\n".join(lines))
                ev.add("categories", ["KAM", "Visit"])
                ev.add("transp", "OPAQUE")
                cal.add_component(ev)
                count += 1
        for p in self._people_cards(account_id):
            born: dt.date | None = p["birthday"]
            if born is None:
                continue
            if p["birthday_no_year"]:  # no year known: the series starts this year, never in 1604
                born = _this_years(born, today.year)
            ev = Event()
            ev.add("uid", p["uid"].removeprefix("urn:uuid:") + "-birthday@kam")
            ev.add("dtstamp", stamp)
            ev.add("dtstart", born)
            ev.add("dtend", born + dt.timedelta(days=1))
            rule: dict[str, Any] = {"freq": "yearly"}
            if (born.month, born.day) == (2, 29):
                rule.update(bymonth=2, bymonthday=-1)  # 28 February in common years
            ev.add("rrule", rule)
            ev.add("summary", f"Birthday: {p['name']} ({p['account']})")
            ev.add("categories", ["KAM", "Birthday"])
            ev.add("transp", "TRANSPARENT")
            cal.add_component(ev)
            count += 1
        write_text(out, cal.to_ical().decode("utf-8"), self.db_file)
        self._audit("export.ics", account_id, out, count)
        return count

    def _audit(self, action: str, account_id: int | None, out: Path, count: int) -> None:
        from kam.services import audit

        with self.unit() as s:
            audit.record(s, self.actor, action, "account" if account_id else None, account_id, file=out.name,
                         items=count)


def _this_years(born: dt.date, year: int) -> dt.date:
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February, in a common year
        return dt.date(year, 2, 28)


def _uid(kind: str, row_id: int, created: dt.datetime) -> str:
    """A stable, practically unique id for a row (the same on every export, different across databases)."""
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"kam:{kind}:{row_id}:{created.isoformat()}"))


def write_text(out: Path, text: str, db: Path | None = None) -> None:
    """A text file written beside the target and renamed into place; never onto the database ``db``."""
    from kam.store.guard import write_atomically

    def fill(part: Path) -> None:
        with part.open("w", encoding="utf-8", newline="") as fh:  # the text carries its own CRLF
            fh.write(text)

    write_atomically(out, db, fill)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else value


def write_table(out: Path, headers: list[str], rows: Iterable[list[Any]], db: Path | None = None) -> int:
    """CSV or XLSX by the file's suffix; returns the number of data rows. Never onto the database ``db``."""
    from kam.store.guard import refuse_overwrite, write_atomically

    refuse_overwrite(Path(out), db)  # first: "that is your database" says more than "wrong suffix"
    suffix = Path(out).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(_("{name}: export to .csv or .xlsx").format(name=Path(out).name))
    count = 0

    def fill(part: Path) -> None:
        nonlocal count
        if suffix == ".csv":
            with part.open("w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh, lineterminator="\r\n")
                w.writerow(headers)
                for r in rows:
                    w.writerow([neutralise(_plain(v)) for v in r])
                    count += 1
        else:
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("kam")

            def cells(values: Iterable[Any]) -> list[Any]:
                out = []
                for v in values:
                    cell = WriteOnlyCell(ws, value=xlsx_cell(v))
                    if isinstance(cell.value, str):
                        cell.data_type = "s"  # openpyxl would make "=…" a formula: text stays text
                    out.append(cell)
                return out

            ws.append(cells(headers))
            for r in rows:
                ws.append(cells(r))
                count += 1
            wb.save(part)

    write_atomically(out, db, fill)
    return count
