"""An account's whitespace potentials from CSV/XLSX: one row per cell of the map.

Columns (recognised in English and Chinese): business unit, product line (its code or a name in any
language), potential per year, held by (us / in-house / nobody / a competitor — or the competitor's name),
competitor, status and note. The unit and the line are required; of the rest, what a row gives replaces what
the cell had, an empty field leaves it as it was and a dash (-, – or —) clears it (held by: nobody). Units, lines
and competitors are found by name whatever the case, full-width or half-width forms and extra spaces
(``kam.text.unit_key``). The same rules as a cell edited in the window
(``WhitespaceService.set_cell``). A unit the account lacks is an error, unless ``create_units`` (then it is
added as a plant). All or nothing: every problem is named by row and column and nothing is written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kam.errors import ValidationError
from kam.i18n import _
from kam.io.import_common import DryRun, ImportRefused, ImportResult, Problem
from kam.io.tabular import normalise_header, read_table
from kam.model import Account, Competitor
from kam.model.whitespace import BusinessUnit, ProductLine, WhitespaceCell
from kam.services import audit
from kam.services.base import get_or_404
from kam.services.whitespace import WhitespaceService
from kam.text import unit_key
from kam.vocab import Holder, UnitKind

HEADERS = {
    "unit": ("unit", "businessunit", "plant", "division", "业务单元", "業務單位", "业务单位", "單位", "单元", "工厂",
             "工廠"),
    "line": ("line", "productline", "code", "代码", "代碼", "产品线", "產品線", "产品线代码", "產品線代碼"),
    "potential": ("potential", "potentialperyear", "annualpotential", "年度潜力", "年度潛力", "潜力", "潛力"),
    "holder": ("holder", "heldby", "supplier", "供应方", "供應方"),
    "competitor": ("competitor", "竞争对手", "競爭對手"),
    "status": ("status", "状态", "狀態"),
    "note": ("note", "notes", "备注", "備註"),
}
DASHES = frozenset("-–—")  # a field of just a dash clears it (full-width －, ﹣ read as -)


def is_dash(text: str) -> bool:
    return unicodedata.normalize("NFKC", text) in DASHES


@dataclass
class _Row:
    row: int
    unit: str  # its unit_key
    line_id: int
    data: dict[str, Any]


def _columns(headers: list[str]) -> tuple[dict[str, int], list[str]]:
    wanted = {normalise_header(alias): field for field, aliases in HEADERS.items() for alias in aliases}
    cols: dict[str, int] = {}
    unused = []
    for i, header in enumerate(headers):
        field = wanted.get(normalise_header(header or ""))
        if field is not None and field not in cols:
            cols[field] = i
        else:
            unused.append(header)
    return cols, unused


def _import(service: WhitespaceService, account_id: int, path: Path, encoding: str | None, sheet: str | None,
            dry_run: bool, create_units: bool) -> ImportResult:
    table = read_table(path, encoding=encoding, sheet=sheet)
    cols, unused = _columns(table.headers)
    missing = [text for f, text in (("unit", _("no column for the business unit")),
                                    ("line", _("no column for the product line"))) if f not in cols]
    if missing:
        table.close()
        raise ImportRefused(table.source, [Problem(table.header_row, None, text) for text in missing])
    head = {f: table.headers[i] for f, i in cols.items()}
    column_of = {"competitor_id": head.get("competitor") or head.get("holder"), "currency": None,
                 **{f: head.get(f) for f in ("potential", "holder", "status", "note")}}
    result = ImportResult("potentials", 0, dry_run=dry_run, unused=unused)
    problems: list[Problem] = []

    def cell(cells: list[Any], field: str) -> str | None:
        i = cols.get(field)
        value = cells[i] if i is not None and i < len(cells) else None
        return str(value).strip() if value is not None and str(value).strip() else None

    with service.unit() as s:
        account = get_or_404(s, Account, account_id, _("account"))
        lines = list(s.scalars(select(ProductLine)))
        by_text: dict[str, set[int]] = {}
        for ln in lines:
            for text in (ln.code, ln.name_zh, ln.name_en, ln.name_zh_tw):
                if text:
                    by_text.setdefault(unit_key(text), set()).add(ln.id)
        products = {ln.id for ln in lines if ln.parent_id is not None}
        same_key: dict[str, list[BusinessUnit]] = {}
        for u in s.scalars(select(BusinessUnit).where(BusinessUnit.account_id == account_id)
                           .order_by(BusinessUnit.position, BusinessUnit.id)):
            same_key.setdefault(unit_key(u.name), []).append(u)
        units = {key: found[0] for key, found in same_key.items()}  # by unit_key; new ones are added as read
        competitors = {unit_key(c.name): c.id for c in s.scalars(
            select(Competitor).where(Competitor.account_id == account_id))}
        new_units: dict[str, str] = {}  # unit_key -> the name as the first row spelt it
        rows: list[_Row] = []
        seen: dict[tuple[str, int], int] = {}
        for row, cells in table.rows:
            result.rows += 1
            unit, line_text = cell(cells, "unit"), cell(cells, "line")
            if unit is None:
                problems.append(Problem(row, head["unit"], _("the business unit is missing")))
                continue
            if line_text is None:
                problems.append(Problem(row, head["line"], _("the product line is missing")))
                continue
            found = by_text.get(unit_key(line_text), set())
            if len(found) != 1:
                problems.append(Problem(row, head["line"], _("no product line {code}").format(code=line_text)
                                        if not found else _("{text} names several product lines; give its code")
                                        .format(text=line_text)))
                continue
            line_id = next(iter(found))
            if line_id in products:
                problems.append(Problem(row, head["line"],
                                        _("the map has a column per product line, not per product")))
                continue
            key = unit_key(unit)
            if len(same_key.get(key, ())) > 1:
                problems.append(Problem(row, head["unit"], _("{name} names several business units of this account; "
                                                             "rename one").format(name=unit)))
                continue
            if key not in units and not create_units:
                problems.append(Problem(row, head["unit"], _("no business unit {name} at this account (add it "
                                                             "first, or import with new units)").format(name=unit)))
                continue
            if (key, line_id) in seen:
                problems.append(Problem(row, head["line"], _("this cell is also in row {row}").format(
                    row=seen[(key, line_id)])))
                continue
            seen[(key, line_id)] = row
            if key not in units:
                new_units.setdefault(key, " ".join(unit.split()))
            data: dict[str, Any] = {}
            for f in ("potential", "status", "note"):
                text = cell(cells, f)
                if text is not None:
                    data[f] = None if is_dash(text) else text
            holder, competitor = cell(cells, "holder"), cell(cells, "competitor")
            if holder is not None and is_dash(holder):
                holder = Holder.NOBODY.value  # cleared: nobody holds it (a competitor named before goes with it)
            if competitor is not None and is_dash(competitor):
                data["competitor_id"], competitor = None, None
            if holder is not None and unit_key(holder) in competitors and competitor is None:
                holder, competitor = Holder.COMPETITOR.value, holder  # the competitor's name as the holder
            if competitor is not None:
                if unit_key(competitor) not in competitors:
                    problems.append(Problem(row, head.get("competitor") or head.get("holder"),
                                            _("no competitor {name} at this account").format(name=competitor)))
                    continue
                data["competitor_id"] = competitors[unit_key(competitor)]
                holder = holder or Holder.COMPETITOR.value
            if holder is not None:
                data["holder"] = holder
            rows.append(_Row(row, key, line_id, data))
        # each row against the cell as stored (the rules of set_cell), then written
        cells_now = {(c.unit_id, c.line_id): c for c in s.scalars(
            select(WhitespaceCell).where(WhitespaceCell.account_id == account_id))}
        position = max((u.position for u in units.values()), default=0)
        for r in rows:
            unit_row = units.get(r.unit)
            if unit_row is None:
                position += 1
                name = new_units[r.unit]
                unit_row = BusinessUnit(account_id=account_id, name=name, kind=UnitKind.PLANT, position=position)
                s.add(unit_row)
                s.flush()
                units[r.unit] = unit_row
                result.notes.append(_("business unit {name} added").format(name=name))
            stored = cells_now.get((unit_row.id, r.line_id))
            try:
                fields = service.clean_cell(s, account, r.data, stored)
            except ValidationError as exc:
                problems.append(Problem(r.row, column_of.get(exc.field or ""), exc.reason))
                continue
            if stored is None:
                stored = WhitespaceCell(account_id=account_id, unit_id=unit_row.id, line_id=r.line_id, **fields)
                s.add(stored)
                cells_now[(unit_row.id, r.line_id)] = stored
                result.created += 1
            else:
                for k, value in fields.items():
                    setattr(stored, k, value)
                result.updated += 1
        if problems:
            problems.sort(key=lambda p: p.row)
            raise ImportRefused(table.source, problems)  # rolls the unit back
        s.flush()
        if dry_run:
            raise DryRun(result)
        audit.record(s, service.actor, "import.potentials", "account", account_id, file=table.source,
                     rows=result.rows, created=result.created, updated=result.updated)
    return result


def import_potentials(service: WhitespaceService, account_id: int, path: Path, *, encoding: str | None = None,
                      sheet: str | None = None, dry_run: bool = False, create_units: bool = False) -> ImportResult:
    """Enter an account's whitespace cells from a table; raises ImportRefused listing every problem (nothing
    written). A dry run checks and counts, and writes nothing."""
    try:
        return _import(service, account_id, path, encoding, sheet, dry_run, create_units)
    except DryRun as done:
        return done.result
