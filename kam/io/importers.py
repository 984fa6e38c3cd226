"""Import accounts, people, transactions and vCards: check every row, then write all or nothing.

The columns are recognised by ``kam.io.columns`` (known CRM layouts, Chinese
headers, ``--map``); vCards are read by ``kam.io.vcards``.

Every problem names the file, the row and the column, e.g.
``people.csv row 17, column "Reports To": no person "王强" in account 华为``.
Nothing is written unless every row is valid; ``dry_run`` checks and reports
without writing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam import validate as v
from kam.errors import UserError, ValidationError
from kam.io.columns import (
    ACCOUNT_FIELDS,
    PEOPLE_FIELDS,
    TRANSACTION_FIELDS,
    cell,
    guess_kind,
    known_headers,
    layout_name,
    mapping_for,
    parse_date,
    parse_number,
)
from kam.io.tabular import Table, read_table
from kam.model import Account, Department, Person, Transaction
from kam.model.base import table_of
from kam.services import audit
from kam.services.accounts import name_field
from kam.services.base import ServiceBase
from kam.text import full_name, search_key

MAX_REPORTED = 50
CHUNK = 5000  # transaction rows written at a time inside the one import transaction
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
            from kam.io.dossier_json import load_dossier

            data = load_dossier(path)
            acc = data["account"]
            rows = [[name, len(items)] for name, items in sorted(data["tables"].items())]
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
                        value = cell(cells, cols.get(f))
                        if value is not None:
                            data[f] = value if isinstance(value, str) else f"{value:g}" if isinstance(
                                value, float) else str(value)
                    name = data.pop("name", None)
                    if name is not None:
                        key = name_field(name)
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
                    name = cell(cells, cols.get("name"))
                    if name is None:
                        family, given = cell(cells, cols.get("last_name")), cell(cells, cols.get("first_name"))
                        name = full_name(str(family) if family else None, str(given) if given else None)
                    if name is None:
                        problems.append(Problem(row, head.get("name") or head.get("last_name"), "no name"))
                        continue
                    acc_ref = cell(cells, cols.get("account_ref"))
                    acc_name = cell(cells, cols.get("account"))
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
                        value = cell(cells, cols.get(f))
                        if value is not None:
                            data[f] = str(value) if not isinstance(value, float) else f"{value:g}"
                    data["data_source"] = f"import: {table.source}"
                    parsed.append((row, account_id, data, cell(cells, cols.get("reports_to")),
                                   cell(cells, cols.get("reports_to_ref"))))
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
        from kam.services.people import clean_person_fields

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
                fields = clean_person_fields(s, account_id, None, data)
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
        from kam.store.bulk import insert_rows

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

                acc = cell(cells, cols.get("account"))
                try:
                    rec["account_id"] = accounts.find(None, acc) if acc else default_account
                except LookupError as exc:
                    fail("account", str(exc))
                if not bad and rec["account_id"] is None:
                    fail("account", "no customer: add a customer column or give --account")
                raw = cell(cells, cols["occurred_on"])
                rec["occurred_on"] = None
                try:
                    if raw is None:
                        fail("occurred_on", "no date")
                    else:
                        rec["occurred_on"] = parse_date(raw)
                except ValueError as exc:
                    fail("occurred_on", str(exc))
                product = cell(cells, cols["product"])
                if product is None:
                    fail("product", "no product")
                elif len(str(product)) > 200:
                    fail("product", "longer than 200 characters")
                rec["product"] = str(product) if product is not None else None
                for f, required in (("quantity", True), ("unit_price", True), ("gross_profit", True),
                                    ("amount", False), ("discount", False), ("financial_cost", False)):
                    value = cell(cells, cols.get(f))
                    if value is None:
                        if required:
                            fail(f, "is empty")
                        rec[f] = None
                        continue
                    try:
                        rec[f] = parse_number(value)
                    except ValueError as exc:
                        fail(f, str(exc))
                currency = cell(cells, cols.get("currency")) or "CNY"
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
                unit = cell(cells, cols.get("unit"))
                ref = cell(cells, cols.get("external_ref"))
                rec["unit"] = str(unit)[:20] if unit is not None else None
                rec["external_ref"] = str(ref)[:100] if ref is not None else None
                if problems and not skip_invalid:
                    continue  # the file is refused anyway: only its other problems are still looked for
                out.append(rec)
                if len(out) >= CHUNK and not dry_run and (skip_invalid or not problems):
                    # written as the file streams by (memory stays bounded); a later error still rolls it all back
                    insert_rows(s.connection(), table_of(Transaction), out)
                    result.created += len(out)
                    out.clear()
            if problems and not skip_invalid:
                raise ImportRefused(table.source, problems, total_problems)
            result.rejected = [p.render(table.source) for p in problems]
            if total_problems > len(problems):
                result.notes.append(f"{total_problems} rows in error left out; the first {len(problems)} are listed")
            if not dry_run:
                insert_rows(s.connection(), table_of(Transaction), out)
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


class _DryRun(Exception):  # control flow, not an error
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
