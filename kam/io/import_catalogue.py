"""Our product catalogue from CSV/XLSX: product lines, and products under them.

Columns (recognised in English and Chinese): code, Chinese name (简体), English name, Traditional Chinese name,
and for a product the code of its product line. A code already in the catalogue
is updated (names, line), a new one added. All or nothing: every problem is
named by row and column and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kam.errors import ValidationError
from kam.i18n import _
from kam.io.import_common import DryRun, ImportRefused, ImportResult, Problem
from kam.io.tabular import normalise_header, read_table
from kam.model.whitespace import ProductLine
from kam.services import audit
from kam.services.whitespace import LINE_FIELDS, WhitespaceService

HEADERS = {
    "code": ("code", "productcode", "linecode", "代码", "代碼", "编码", "編碼", "产品代码", "產品代碼"),
    "name_zh": ("namezh", "chinesename", "中文名称", "中文名稱", "名称", "名稱"),
    "name_en": ("nameen", "englishname", "name", "英文名称", "英文名稱"),
    "name_zh_tw": ("namezhtw", "traditionalchinesename", "chinesenametraditional", "繁体名称", "繁體名稱",
                   "中文名称繁体", "中文名稱繁體", "繁體中文名稱"),
    "parent": ("parent", "productline", "line", "所属产品线", "所屬產品線", "产品线", "產品線"),
}


@dataclass
class _Row:
    row: int
    code: str
    fields: dict[str, Any]
    parent: str | None


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


def _import(service: WhitespaceService, path: Path, encoding: str | None, sheet: str | None,
            dry_run: bool) -> ImportResult:
    table = read_table(path, encoding=encoding, sheet=sheet)
    cols, unused = _columns(table.headers)
    if "code" not in cols:
        table.close()
        raise ImportRefused(table.source, [Problem(table.header_row, None, _("no column for the code"))])
    head = {f: table.headers[i] for f, i in cols.items()}
    problems: list[Problem] = []
    rows: list[_Row] = []
    seen: dict[str, int] = {}
    result = ImportResult("catalogue", 0, dry_run=dry_run, unused=unused)

    def cell(cells: list[Any], field: str) -> Any:
        i = cols.get(field)
        value = cells[i] if i is not None and i < len(cells) else None
        return str(value).strip() if value is not None and str(value).strip() else None

    for row, cells in table.rows:
        result.rows += 1
        data = {f: cell(cells, f) for f in ("code", "name_zh", "name_en", "name_zh_tw")}
        try:
            fields = {f: LINE_FIELDS[f].clean(value) for f, value in data.items()}
        except ValidationError as exc:
            problems.append(Problem(row, head.get(exc.field), exc.reason))
            continue
        code = fields["code"]
        if code.lower() in seen:
            problems.append(Problem(row, head["code"], _("{code} is also in row {row}").format(
                code=code, row=seen[code.lower()])))
            continue
        seen[code.lower()] = row
        rows.append(_Row(row, code, fields, cell(cells, "parent")))
    with service.unit() as s:
        have = {c.lower(): line for c, line in ((r.code, r) for r in s.scalars(select(ProductLine)))}
        in_file = {r.code.lower(): r for r in rows}
        for r in rows:
            if r.parent is None:
                continue
            parent_row = in_file.get(r.parent.lower())
            parent_line = have.get(r.parent.lower())
            if parent_row is None and parent_line is None:
                problems.append(Problem(r.row, head.get("parent"), _("no product line {code}").format(code=r.parent)))
            elif (parent_row.parent if parent_row else parent_line.parent_id if parent_line else None) is not None \
                    or r.parent.lower() == r.code.lower():
                problems.append(Problem(r.row, head.get("parent"),
                                        _("a product goes under a product line, not under a product")))
            elif r.code.lower() in {x.parent.lower() for x in rows if x.parent}:
                problems.append(Problem(r.row, head.get("parent"),
                                        _("a line with products under it cannot become a product")))
        if problems:
            problems.sort(key=lambda p: p.row)
            raise ImportRefused(table.source, problems)
        position = max((line.position for line in have.values()), default=0)
        for r in sorted(rows, key=lambda x: x.parent is not None):  # lines before their products
            line = have.get(r.code.lower())
            parent_id = None
            if r.parent is not None:
                parent_id = have[r.parent.lower()].id
            if line is None:
                position += 1
                line = ProductLine(position=position, **r.fields, parent_id=parent_id)
                s.add(line)
                result.created += 1
            else:
                for k, value in r.fields.items():
                    if value is not None:
                        setattr(line, k, value)
                line.parent_id = parent_id
                result.updated += 1
            s.flush()
            have[r.code.lower()] = line
        if dry_run:
            raise DryRun(result)  # rolls the unit back
        audit.record(s, service.actor, "import.catalogue", None, None, file=table.source, rows=result.rows,
                     created=result.created, updated=result.updated)
    return result


def import_catalogue(service: WhitespaceService, path: Path, *, encoding: str | None = None,
                     sheet: str | None = None, dry_run: bool = False) -> ImportResult:
    """Add or update product lines and products from a table; raises ImportRefused listing every problem
    (nothing written). A dry run checks and counts, and writes nothing."""
    try:
        return _import(service, path, encoding, sheet, dry_run)
    except DryRun as done:
        return done.result
