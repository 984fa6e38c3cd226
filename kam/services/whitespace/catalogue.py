"""Our product catalogue: lines, products under them, the mapping of product texts onto lines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from kam import validate as v
from kam.errors import ValidationError
from kam.i18n import _
from kam.model.whitespace import ProductLine, ProductMapping, WhitespaceCell
from kam.services.base import Change, ServiceBase, check_version, get_or_404
from kam.services.kept import put_back
from kam.services.kept import rows as kept_rows
from kam.services.whitespace.rows import (
    LINE_FIELDS,
    LineRow,
    line_row,
    product_key,
)

LINE_STATE = ("id", "code", "name_zh", "name_en", "name_zh_tw", "parent_id", "position")


class CatalogueOps(ServiceBase):
    """The catalogue, shared by every account."""

    def catalogue_writable(self) -> bool:
        """Whether the acting user may add, change or remove product lines: on a team database only a sales VP or
        an administrator (the server's privileges, ``kam.team.setup.CATALOGUE_WRITERS``); alone, always."""
        with self.read() as s:
            if s.get_bind().dialect.name != "postgresql":
                return True
            return bool(s.scalar(text("SELECT has_table_privilege('product_lines', 'INSERT')")))

    def lines(self, *, products: bool = False) -> list[LineRow]:
        """Our product lines in their order (with ``products``, the products under them too)."""
        with self.read() as s:
            q = select(ProductLine).order_by(ProductLine.position, ProductLine.code)
            if not products:
                q = q.where(ProductLine.parent_id.is_(None))
            return [line_row(r) for r in s.scalars(q)]

    def _clean_line(self, s: Session, data: Mapping[str, Any], current: ProductLine | None) -> dict[str, Any]:
        out = LINE_FIELDS.clean(data)
        code = out.get("code", current.code if current else None)
        clash = s.scalar(select(ProductLine.id).where(func.lower(ProductLine.code) == (code or "").lower()))
        if clash is not None and (current is None or clash != current.id):
            raise ValidationError("code", _("{code} is already a code of the catalogue").format(code=code),
                                  LINE_FIELDS["code"].caption)
        parent_id = out.get("parent_id")
        if parent_id is not None:
            parent = s.get(ProductLine, parent_id)
            if parent is None or parent.parent_id is not None or (current is not None and parent.id == current.id):
                raise ValidationError("parent_id", _("a product goes under a product line, not under a product"),
                                      LINE_FIELDS["parent_id"].caption)
            if current is not None and s.scalar(select(ProductLine.id).where(ProductLine.parent_id == current.id)):
                raise ValidationError("parent_id", _("a line with products under it cannot become a product"),
                                      LINE_FIELDS["parent_id"].caption)
        return out

    def add_line(self, code: str, name_zh: str | None = None, name_en: str | None = None,
                 parent_id: int | None = None, name_zh_tw: str | None = None) -> Change:
        """A product line (or, with ``parent_id``, a product under one); ``name_zh`` is 简体, ``name_zh_tw``
        繁體. Raises ValidationError."""
        with self.unit() as s:
            fields = self._clean_line(s, {"code": code, "name_zh": name_zh, "name_en": name_en,
                                          "name_zh_tw": name_zh_tw, "parent_id": parent_id}, None)
            last = s.scalar(select(func.max(ProductLine.position))) or 0
            line = ProductLine(**fields, position=last + 1)
            s.add(line)
            s.flush()
            return Change("product_line", line.id, "create", {}, {"code": line.code})

    def update_line(self, line_id: int, expected_version: int | None = None, **data: Any) -> Change:
        """Change a line's code, names or parent; ``before`` holds the old values."""
        with self.unit() as s:
            line = get_or_404(s, ProductLine, line_id, _("product line"))
            check_version(line, expected_version, _("product line"))
            fields = self._clean_line(s, data, line)
            before = {k: getattr(line, k) for k in fields}
            for k, val in fields.items():
                setattr(line, k, val)
            s.flush()
            return Change("product_line", line.id, "update", before, fields)

    def delete_line(self, line_id: int) -> Change:
        """Remove a line nobody uses yet (no cell, product or mapping on it): the undo of ``add_line``."""
        with self.unit() as s:
            line = get_or_404(s, ProductLine, line_id, _("product line"))
            used = (s.scalar(select(func.count()).where(WhitespaceCell.line_id == line_id))
                    or s.scalar(select(func.count()).where(ProductLine.parent_id == line_id))
                    or s.scalar(select(func.count()).where(ProductMapping.line_id == line_id)))
            if used:
                raise ValidationError("line", _("{code} is used on whitespace maps or by products; it stays").format(
                    code=line.code))
            before = {c: getattr(line, c) for c in LINE_STATE}
            [before["row"]] = kept_rows(s, ProductLine, ProductLine.id == line_id)  # whole: version, times
            s.delete(line)
            return Change("product_line", line_id, "delete", before)

    def restore_line(self, state: Mapping[str, Any]) -> Change:
        """Put back a line ``delete_line`` removed (same id, so the undo stack's other steps still find it)."""
        with self.unit() as s:
            fields = {c: state.get(c) for c in LINE_STATE}
            clash = s.scalar(select(ProductLine.code).where(
                (ProductLine.id == fields["id"]) | (func.lower(ProductLine.code) == str(fields["code"]).lower())))
            if clash is not None:
                raise ValidationError("code", _("{code} is already a code of the catalogue").format(code=clash),
                                      LINE_FIELDS["code"].caption)
            if fields["parent_id"] is not None and s.get(ProductLine, fields["parent_id"]) is None:
                fields["parent_id"] = None
            if "row" in state:  # as it was: same version and timestamps
                put_back(s, ProductLine, [{**state["row"], "parent_id": fields["parent_id"]}])
            else:
                s.add(ProductLine(**fields))
            s.flush()
            return Change("product_line", int(state["id"]), "create", {}, {"code": fields["code"]})

    def map_product(self, product: str, line_id: int | None) -> Change:
        """Put a product text of the transactions on a line (None: take the mapping away, the catalogue rules
        apply again). ``before`` holds the previous line (or None), so the inverse is ``map_product`` again."""
        text = v.text(product, "product", required=True, max_len=200)
        key = product_key(text)[:200]
        with self.unit() as s:
            row = s.scalar(select(ProductMapping).where(ProductMapping.product_key == key))
            before = row.line_id if row is not None else None
            if line_id is not None:
                get_or_404(s, ProductLine, line_id, _("product line"))
            if line_id is None and row is not None:
                s.delete(row)
            elif line_id is not None and row is None:
                s.add(ProductMapping(product_key=key, product=text[:200], line_id=line_id))
            elif row is not None and line_id is not None:
                row.line_id = line_id
            return Change("product_mapping", 0, "update", {"line_id": before, "product": text},
                          {"line_id": line_id, "product": text})

    def mappings(self) -> dict[str, int]:
        with self.read() as s:
            return dict(s.execute(select(ProductMapping.product_key, ProductMapping.line_id)).all())


    # --- the dossier (kam.io.dossier_json): cells name our lines by code

    @staticmethod
    def catalogue_codes(s: Session) -> dict[int, str]:
        return dict(s.execute(select(ProductLine.id, ProductLine.code)).all())

    @staticmethod
    def catalogue_entries(s: Session, codes: Iterable[str]) -> list[dict[str, Any]]:
        """The catalogue lines a dossier uses, as the file carries them (so another database can create them)."""
        wanted = sorted(set(codes))
        if not wanted:
            return []
        rows = list(s.scalars(select(ProductLine).where(ProductLine.code.in_(wanted)).order_by(ProductLine.code)))
        return [{"code": r.code, "name_zh": r.name_zh, "name_en": r.name_en, "name_zh_tw": r.name_zh_tw} for r in rows]

    @staticmethod
    def ensure_catalogue(s: Session, entries: Any, source: str) -> tuple[dict[str, int], list[str]]:
        """{code: id} of every catalogue line the dossier names, creating the ones this database lacks; and the
        codes created. A KAM on a team database may not write product lines: the server's
        ``kam_catalogue_line`` adds a missing one for them (it changes no existing line)."""
        have = {code: i for i, code in s.execute(select(ProductLine.id, ProductLine.code))}
        by_function = s.get_bind().dialect.name == "postgresql" and not s.scalar(
            text("SELECT has_table_privilege('product_lines', 'INSERT')"))
        created = []
        for n, entry in enumerate(entries or [], 1):
            if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
                raise ValidationError("catalogue", _("{source}: catalogue entry {n} has no code").format(
                    source=source, n=n))
            if entry["code"] in have:
                continue
            fields = LINE_FIELDS.clean({k: entry.get(k) for k in ("code", "name_zh", "name_en", "name_zh_tw")})
            if by_function:
                have[fields["code"]] = int(s.scalar(text("SELECT kam_catalogue_line(:code, :zh, :en, :tw)"), {
                    "code": fields["code"], "zh": fields.get("name_zh"), "en": fields.get("name_en"),
                    "tw": fields.get("name_zh_tw")}) or 0)
                created.append(fields["code"])
                continue
            line = ProductLine(**fields, position=len(have) + 1)
            s.add(line)
            s.flush()
            have[line.code] = line.id
            created.append(line.code)
        return have, created
