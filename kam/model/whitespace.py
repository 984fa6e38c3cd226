"""The whitespace map: our product catalogue × the customer's business units, one cell per pair.

The catalogue (product lines, the products under them, and the mapping of the
ERP's product texts onto lines) is ours and shared by every account, so it
lives outside the dossier; business units and cells belong to one account's
dossier (exported, trashed, protected with it).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kam.model.base import Base, Synced, Timestamps, Versioned, enum_column
from kam.vocab import CellStatus, Holder, UnitKind

# Tables of our own catalogue: shared by every account, outside any dossier (kam.io.dossier_json names the
# lines a dossier uses by their code).
CATALOGUE_TABLES = ("product_lines", "product_mappings")


class ProductLine(Base, Timestamps, Versioned):
    """One of our product lines, or (with a parent) a product under a line."""

    __tablename__ = "product_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name_zh: Mapped[str | None] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    name_zh_tw: Mapped[str | None] = mapped_column(String(200))  # 繁體 (name_zh is 简体)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("product_lines.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProductMapping(Base, Timestamps):
    """A product text as the ERP writes it on transactions, put on a product line by the user."""

    __tablename__ = "product_mappings"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_key: Mapped[str] = mapped_column(String(200), unique=True)  # kam.services.whitespace.product_key
    product: Mapped[str] = mapped_column(String(200))  # as first seen
    line_id: Mapped[int] = mapped_column(ForeignKey("product_lines.id", ondelete="CASCADE"), index=True)


class BusinessUnit(Base, Synced, Timestamps, Versioned):
    """A plant, division, subsidiary or region of the customer: a row of the whitespace map."""

    __tablename__ = "business_units"
    __table_args__ = (UniqueConstraint("account_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[UnitKind] = enum_column(UnitKind, default=UnitKind.PLANT)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id", ondelete="SET NULL"))
    # transactions that name no unit count here (at most one unit of an account)
    takes_unassigned: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)


class WhitespaceCell(Base, Synced, Timestamps, Versioned):
    """What one business unit spends on one product line, who supplies it, and what we do about it."""

    __tablename__ = "whitespace_cells"
    __table_args__ = (UniqueConstraint("unit_id", "line_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("business_units.id", ondelete="CASCADE"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("product_lines.id", ondelete="CASCADE"), index=True)
    potential: Mapped[Decimal | None] = mapped_column()  # the unit's estimated annual spend on the line
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    holder: Mapped[Holder] = enum_column(Holder, default=Holder.NOBODY)
    competitor_id: Mapped[int | None] = mapped_column(ForeignKey("competitors.id", ondelete="SET NULL"))
    status: Mapped[CellStatus | None] = enum_column(CellStatus, nullable=True)
    note: Mapped[str | None] = mapped_column(Text)
    # the objective made from the cell (its copies in later plans are found through carried_from_id)
    objective_id: Mapped[int | None] = mapped_column(ForeignKey("quant_objectives.id", ondelete="SET NULL"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
