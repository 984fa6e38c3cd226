"""Import accounts, people, transactions and vCards: check every row, then write all or nothing.

The columns are recognised by ``kam.io.columns`` (known CRM layouts, Chinese
headers, ``--map``); tables are read by ``kam.io.tabular`` and vCards by
``kam.io.vcards``; people are written by ``kam.io.import_people`` and ERP
lines parsed by ``kam.io.import_transactions``.

Every problem names the file, the row and the column, e.g.
``people.csv row 17, column "Reports To": no person "王强" in account 华为``.
Nothing is written unless every row is valid; ``dry_run`` checks and reports
without writing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.errors import UserError, ValidationError
from kam.i18n import _
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
from kam.io.import_common import (
    AccountLookup,
    DryRun,
    ImportRefused,
    ImportResult,
    Preview,
    Problem,
    check_duplicate_choice,
)
from kam.io.import_people import Parsed, write_people
from kam.io.import_transactions import Duplicates, RowCheck, apply_updates, parse_row
from kam.io.tabular import Table, read_table
from kam.model import Account
from kam.services import audit
from kam.services.accounts import name_field
from kam.services.base import ServiceBase
from kam.text import full_name, search_key

__all__ = ["CHUNK", "ImportRefused", "ImportResult", "ImportService", "Preview", "Problem", "guess_kind",
           "parse_date", "parse_number"]

CHUNK = 5000  # transaction rows written at a time inside the one import transaction


class ImportService(ServiceBase):
    def open_table(self, path: Path, kind: str, *, encoding: str | None = None, sheet: str | None = None,
                   mapping: dict[str, str] | None = None) -> Table:
        """The table of a CSV or XLSX file; its header row is found by the known headers of ``kind`` and the
        headers ``mapping`` explains (``--map``)."""
        fields = {"people": PEOPLE_FIELDS, "accounts": ACCOUNT_FIELDS}.get(kind, TRANSACTION_FIELDS)
        return read_table(path, encoding=encoding, sheet=sheet, known=known_headers(fields, mapping))

    def preview(self, path: Path, kind: str | None = None, *, encoding: str | None = None, sheet: str | None = None,
                limit: int = 50) -> Preview:
        """What the import wizard shows before anything is written: the kind, the first rows and the suggested
        mapping of columns to fields (unknown columns unmapped)."""
        path = path.expanduser()
        suffix = path.suffix.lower()
        kind = kind or ("vcard" if suffix in (".vcf", ".vcard") else "dossier" if suffix == ".json" else None)
        if kind == "dossier":
            return _dossier_preview(path)
        if kind == "vcard":
            return _vcard_preview(path, encoding, limit)
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
            from kam.io.tabular import sheet_names

            sheets = sheet_names(path)
        return Preview(kind, table.source, table.headers, rows, mapping, unused, layout_name(table.headers),
                       table.encoding, sheets, fields=list(fields))

    # --- accounts

    def import_accounts(self, path: Path, *, encoding: str | None = None, sheet: str | None = None,
                        mapping: dict[str, str] | None = None, on_duplicate: str = "skip", dry_run: bool = False,
                        skip_invalid: bool = False, progress: Callable[[int], None] | None = None) -> ImportResult:
        """Accounts (Salesforce, Odoo, HubSpot or Chinese headers); the owner by user name, the group parent by name
        (also a parent further down the same file); an account of the same name is skipped, updated or merged."""
        check_duplicate_choice(on_duplicate)
        table = self.open_table(path, "accounts", encoding=encoding, sheet=sheet, mapping=mapping)
        cols, unused = mapping_for(table.headers, ACCOUNT_FIELDS, mapping)
        head = {f: table.headers[i] for f, i in cols.items()}
        if "name" not in cols and "name_en" not in cols:
            table.close()
            raise ImportRefused(table.source, [Problem(table.header_row, None, _(
                "no account name column among {headers}; map one with --map \"Header=name\"").format(
                    headers=_few(table.headers)))])
        result = ImportResult("accounts", 0, layout=layout_name(table.headers), dry_run=dry_run, unused=unused)
        problems: list[Problem] = []
        try:
            with self.unit() as s:
                rows = _AccountRows(s, cols, head, on_duplicate, result, problems)
                for row, cells in table.rows:
                    result.rows += 1
                    if progress and result.rows % 500 == 0:
                        progress(result.rows)
                    rows.add(row, cells)
                rows.link_parents()
                if problems and not skip_invalid:
                    raise ImportRefused(table.source, problems)
                _record_problems(result, problems, table.source)
                if dry_run:
                    raise DryRun(result)
                audit.record(s, self.actor, "import.accounts", None, None, file=table.source, rows=result.rows,
                             created=result.created, updated=result.updated, rejected=len(result.left_out))
        except DryRun:
            pass
        return result

    # --- people

    def import_people(self, path: Path, *, account: str | int | None = None, encoding: str | None = None,
                      sheet: str | None = None, mapping: dict[str, str] | None = None,
                      on_duplicate: str = "skip", dry_run: bool = False, skip_invalid: bool = False,
                      progress: Callable[[int], None] | None = None) -> ImportResult:
        """People with their reporting lines; duplicates (same e-mail, or same name in the account) are skipped,
        updated (the file wins) or merged (only empty fields are filled)."""
        check_duplicate_choice(on_duplicate)
        table = self.open_table(path, "people", encoding=encoding, sheet=sheet, mapping=mapping)
        cols, unused = mapping_for(table.headers, PEOPLE_FIELDS, mapping)
        head = {f: table.headers[i] for f, i in cols.items()}
        if "name" not in cols and not {"first_name", "last_name"} & set(cols):
            table.close()
            raise ImportRefused(table.source, [Problem(table.header_row, None, _(
                "no name column among {headers}; map one with --map \"Header=name\"").format(
                    headers=_few(table.headers)))])
        problems: list[Problem] = []
        result = ImportResult("people", 0, layout=layout_name(table.headers), dry_run=dry_run, unused=unused)
        try:
            with self.unit() as s:
                accounts = AccountLookup(s)
                default_account = accounts.default(account)
                parsed: list[Parsed] = []
                for row, cells in table.rows:
                    result.rows += 1
                    if progress and result.rows % 500 == 0:
                        progress(result.rows)
                    one = _person_row(row, cells, cols, head, accounts, default_account, table.source, problems)
                    if one is not None:
                        parsed.append(one)
                self._finish_people(s, table.source, parsed, head, on_duplicate, dry_run, skip_invalid, problems,
                                    result, "row")
        except DryRun:
            pass  # everything the checks wrote is rolled back
        return result

    def import_vcards(self, path: Path, *, account: str | int | None = None, encoding: str | None = None,
                      on_duplicate: str = "skip", dry_run: bool = False, skip_invalid: bool = False,
                      progress: Callable[[int], None] | None = None) -> ImportResult:
        """People from a vCard file (2.1/3.0/4.0, many cards): the account from ORG when it names one of ours,
        else ``account``; the department from ORG's second part; duplicates as for a table."""
        from kam.io.vcards import read_vcards

        check_duplicate_choice(on_duplicate)
        cards, broken = read_vcards(path, encoding)
        source = path.name
        problems = [Problem(n, prop, _("(line {line}) {message}").format(line=line, message=msg), "card")
                    for n, line, msg, prop in broken]
        result = ImportResult("people", len(cards) + len(broken), layout="vCard", dry_run=dry_run)
        photos = sum(c.has_photo for c in cards)
        if photos:
            result.notes.append(_("{n} photo(s) not imported (kam keeps no photos of people)").format(n=photos))
        result.notes += [_("card {n}: {note}").format(n=c.number, note=note) for c in cards for note in c.notes]
        head = {f: f.upper() for f in ("email", "birthday", "notes")} | {"name": "FN", "title": "TITLE",
                                                                         "department": "ORG", "phone": "TEL",
                                                                         "mobile": "TEL", "birthday_no_year": "BDAY"}
        try:
            with self.unit() as s:
                accounts = AccountLookup(s)
                default_account = accounts.default(account)
                parsed: list[Parsed] = []
                for card in cards:
                    if progress and card.number % 500 == 0:
                        progress(card.number)
                    account_id = accounts.by_name.get(card.organisation.casefold()) if card.organisation else None
                    account_id = account_id or default_account
                    if account_id is None:
                        what = _('no account "{name}"').format(name=card.organisation) if card.organisation \
                            else _("no organisation")
                        problems.append(Problem(card.number, "ORG", _("(line {line}) {what}: give --account").format(
                            line=card.line, what=what), "card"))
                        continue
                    data: dict[str, Any] = dict(card.fields)
                    data["data_source"] = f"import: {source}"
                    parsed.append((card.number, account_id, data, None, None))
                self._finish_people(s, source, parsed, head, on_duplicate, dry_run, skip_invalid, problems, result,
                                    "card")
        except DryRun:
            pass  # everything the checks wrote is rolled back
        return result

    def _finish_people(self, s: Session, source: str, parsed: list[Parsed], head: dict[str, str], on_duplicate: str,
                       dry_run: bool, skip_invalid: bool, problems: list[Problem], result: ImportResult,
                       unit: str) -> None:
        """Check and write the parsed people; refuse everything (or leave out the rows in error), then audit."""
        for stage in ("read", "write"):
            if stage == "write":
                write_people(s, parsed, head, on_duplicate, result, problems, unit, skip_invalid)
            if problems and not skip_invalid:
                raise ImportRefused(source, problems)
            _record_problems(result, problems, source)
            problems.clear()
        if dry_run:
            raise DryRun(result)  # rolls back everything the checks wrote
        audit.record(s, self.actor, "import.people", None, None, file=source, rows=result.rows,
                     created=result.created, updated=result.updated, rejected=len(result.left_out))

    # --- transactions

    def import_transactions(self, path: Path, *, account: str | int | None = None, encoding: str | None = None,
                            sheet: str | None = None, mapping: dict[str, str] | None = None,
                            on_duplicate: str | None = None, dry_run: bool = False, skip_invalid: bool = False,
                            progress: Callable[[int], None] | None = None) -> ImportResult:
        """ERP lines: one transaction each; amounts, dates and currencies checked; written in one go. A document
        number already in the database or repeated in the file is refused by row and column (the dry run finds
        it too), or with ``on_duplicate`` "skip" left out, with "update" written over the one there."""
        on_duplicate = on_duplicate or "error"
        if on_duplicate not in ("error", "skip", "update"):
            raise UserError(_("for transactions, --on-duplicate is skip or update"))
        table = self.open_table(path, "transactions", encoding=encoding, sheet=sheet, mapping=mapping)
        cols, unused = mapping_for(table.headers, TRANSACTION_FIELDS, mapping)
        head = {f: table.headers[i] for f, i in cols.items()}
        missing = [f for f in ("occurred_on", "product", "quantity", "unit_price", "gross_profit") if f not in cols]
        if missing:
            table.close()
            raise ImportRefused(table.source, [Problem(table.header_row, None, _(
                "no column for {fields}; map them with --map \"Header=field\"").format(fields=", ".join(missing)))])
        problems: list[Problem] = []
        counter = [0]
        result = ImportResult("transactions", 0, dry_run=dry_run, unused=unused)
        dups = Duplicates(on_duplicate)

        def check_for(row: int) -> RowCheck:
            result.left_out.add(row)
            return RowCheck(row, head, problems, counter)

        with self.unit() as s:
            accounts = AccountLookup(s)
            default_account = accounts.default(account)
            pending: list[tuple[int, dict[str, Any]]] = []
            for row, cells in table.rows:
                result.rows += 1
                if progress and result.rows % 5000 == 0:
                    progress(result.rows)
                check = RowCheck(row, head, problems, counter)
                rec = parse_row(cells, cols, accounts, default_account, check)
                if rec is None:
                    result.left_out.add(row)
                    continue
                pending.append((row, rec))
                if len(pending) >= CHUNK:
                    # written as the file streams by (memory stays bounded); a later error still rolls it all back
                    self._write_chunk(s, pending, dups, result, check_for, write=not dry_run and (
                        skip_invalid or not counter[0]))
                    pending = []
            self._write_chunk(s, pending, dups, result, check_for, write=not dry_run and (
                skip_invalid or not counter[0]))
            if counter[0] and not skip_invalid:
                raise ImportRefused(table.source, problems, counter[0])
            result.rejected = [p.render(table.source) for p in problems]
            if counter[0] > len(problems):
                result.notes.append(_("{total} problems in {rows} rows left out; the first {n} are listed").format(
                    total=counter[0], rows=len(result.left_out), n=len(problems)))
            if not dry_run:
                audit.record(s, self.actor, "import.transactions", None, None, file=table.source,
                             rows=result.created, updated=result.updated)
        return result

    @staticmethod
    def _write_chunk(s: Session, chunk: list[tuple[int, dict[str, Any]]], dups: Duplicates, result: ImportResult,
                     check_for: Callable[[int], RowCheck], *, write: bool) -> None:
        from kam.model import Transaction
        from kam.store.bulk import insert_rows

        fresh, updates = dups.sort(s, chunk, check_for, result)
        if write:
            insert_rows(s.connection(), Transaction.__table__, fresh)  # type: ignore[arg-type]
            apply_updates(s, updates)
        result.created += len(fresh)
        result.updated += len(updates)


def _record_problems(result: ImportResult, problems: list[Problem], source: str) -> None:
    """Rows left out (skip_invalid) are counted once each; a row imported without one part is a note."""
    result.rejected += [p.render(source) for p in problems if not p.kept]
    result.notes += [_("imported without this part: {problem}").format(problem=p.render(source)) for p in problems if p.kept]
    result.left_out |= {p.row for p in problems if not p.kept}


def _few(headers: list[str], n: int = 8) -> str:
    """The first few headers of a table, in one line however wide the table is."""
    shown = ", ".join(repr(h) for h in headers[:n])
    return shown + (_(" … ({n} columns)").format(n=len(headers)) if len(headers) > n else "")


def _dossier_preview(path: Path) -> Preview:
    from kam.io.dossier_json import load_dossier

    data = load_dossier(path)
    acc = data["account"]
    rows: list[list[Any]] = [[name, len(items)] for name, items in sorted(data["tables"].items())]
    return Preview("dossier", path.name, ["table", "rows"], rows, {}, [], None, None, [],
                   title=str(acc.get("name_zh") or acc.get("name_en") or "?"))


def _vcard_preview(path: Path, encoding: str | None, limit: int) -> Preview:
    from kam.io.vcards import read_vcards

    cards, broken = read_vcards(path, encoding)
    headers = ["FN", "ORG", "TITLE", "EMAIL", "TEL"]
    rows: list[list[Any]] = [
        [c.fields.get("name"), " / ".join(x for x in (c.organisation, c.fields.get("department")) if x),
         c.fields.get("title"), c.fields.get("email"), c.fields.get("mobile") or c.fields.get("phone")]
        for c in cards[:limit]]
    return Preview("vcard", path.name, headers, rows, {}, [], "vCard", None, [], total=len(cards) + len(broken),
                   problems=[_("card {n} (line {line}): {message}").format(n=n, line=line, message=m)
                             for n, line, m, _prop in broken])


def _person_row(row: int, cells: list[Any], cols: dict[str, int], head: dict[str, str], accounts: AccountLookup,
                default_account: int | None, source: str, problems: list[Problem]) -> Parsed | None:
    """One table row as a person to write, or None (its problem is in ``problems``)."""
    name = cell(cells, cols.get("name"))
    if name is None:
        family, given = cell(cells, cols.get("last_name")), cell(cells, cols.get("first_name"))
        name = full_name(str(family) if family else None, str(given) if given else None)
    if name is None:
        problems.append(Problem(row, head.get("name") or head.get("last_name"), _("no name")))
        return None
    acc_ref = cell(cells, cols.get("account_ref"))
    acc_name = cell(cells, cols.get("account"))
    try:
        account_id = accounts.find(acc_ref, acc_name) if (acc_ref or acc_name) else default_account
    except LookupError as exc:
        problems.append(Problem(row, head.get("account_ref") if acc_ref else head.get("account"), str(exc)))
        return None
    if account_id is None:
        problems.append(Problem(row, head.get("account"), _("no account: add a company column or give --account")))
        return None
    data = {"name": str(name)}
    for f in ("name_latin", "title", "department", "email", "phone", "mobile", "external_id", "notes", "wechat"):
        value = cell(cells, cols.get(f))
        if value is not None:
            data[f] = str(value) if not isinstance(value, float) else f"{value:g}"
    data["data_source"] = f"import: {source}"
    return row, account_id, data, cell(cells, cols.get("reports_to")), cell(cells, cols.get("reports_to_ref"))


class _AccountRows:
    """The rows of an accounts import, one at a time; group parents are linked after the last row."""

    def __init__(self, s: Session, cols: dict[str, int], head: dict[str, str], on_duplicate: str,
                 result: ImportResult, problems: list[Problem]) -> None:
        from kam.model import User

        self.s, self.cols, self.head, self.on_duplicate = s, cols, head, on_duplicate
        self.result, self.problems = result, problems
        self.lookup = AccountLookup(s)
        self.users: dict[str, int] = {}
        for uid, uname, display in s.execute(select(User.id, User.username, User.display_name)):
            self.users[display.casefold()] = self.users[uname.casefold()] = uid
        self.parents: list[tuple[int, Account, str]] = []

    def _data(self, cells: list[Any]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for f in ACCOUNT_FIELDS:
            value = cell(cells, self.cols.get(f))
            if value is not None:
                data[f] = value if isinstance(value, str) else f"{value:g}" if isinstance(value, float) else str(value)
        name = data.pop("name", None)
        if name is not None:
            key = name_field(name)
            data.setdefault(key, name)
            if key == "name_en" and data.get("name_en") != name:
                data["name_zh"] = name
        return data

    def add(self, row: int, cells: list[Any]) -> None:
        from kam.services.accounts import clean_account_fields

        data = self._data(cells)
        owner, parent = data.pop("owner", None), data.pop("parent", None)
        if owner is not None:
            data["owner_id"] = self.users.get(owner.casefold())
            if data["owner_id"] is None:
                self.problems.append(Problem(row, self.head.get("owner"), _('no user "{name}" (kam users list)')
                                             .format(name=owner)))
                return
        try:
            fields = clean_account_fields(self.s, data, None)
        except ValidationError as exc:
            field_name = {"name_zh": "name", "owner_id": "owner"}.get(exc.field, exc.field)
            self.problems.append(Problem(row, self.head.get(field_name, self.head.get(exc.field)), exc.reason))
            return
        acc = self._place(row, fields)
        if acc is not None:
            acc.search_key = search_key(acc.name_zh, acc.name_en, acc.short_name)
            if parent is not None:
                self.parents.append((row, acc, parent))

    def _place(self, row: int, fields: dict[str, Any]) -> Account | None:
        twin_id = next((self.lookup.by_name[n.casefold()] for n in (fields.get("name_zh"), fields.get("name_en"))
                        if n and n.casefold() in self.lookup.by_name), None)
        if twin_id is not None:
            twin = self.s.get(Account, twin_id)
            assert twin is not None
            if self.on_duplicate == "skip":
                self.result.skipped.append(_("row {row}: {name} is already an account").format(
                    row=row, name=twin.display_name))
                return None
            for k, value in fields.items():
                if value is not None and (self.on_duplicate == "update" or getattr(twin, k) in (None, "")):
                    setattr(twin, k, value)
            self.result.updated += 1
            return twin
        acc = Account(**fields)
        self.s.add(acc)
        self.s.flush()
        for n in (acc.name_zh, acc.name_en):
            if n:
                self.lookup.by_name.setdefault(n.casefold(), acc.id)
        self.result.created += 1
        return acc

    def link_parents(self) -> None:
        """After all rows: a parent may come later in the file."""
        from kam.services.accounts import clean_account_fields

        for row, acc, parent in self.parents:
            try:
                parent_id = self.lookup.find(None, parent)
                if parent_id == acc.id:
                    raise LookupError(_("an account cannot be its own group parent"))
                clean_account_fields(self.s, {"parent_id": parent_id}, acc)
            except LookupError as exc:
                self.problems.append(Problem(row, self.head.get("parent"), str(exc), kept=True))
                continue
            except ValidationError as exc:
                self.problems.append(Problem(row, self.head.get("parent"), exc.reason, kept=True))
                continue
            acc.parent_id = parent_id
