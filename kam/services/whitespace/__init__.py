"""The whitespace map, its rules in one place: where each key account can still grow.

Rows are the customer's business units, columns our top-level product lines.
A cell's **current revenue** is the sum of the account's transactions of the
last 12 months that belong to its unit and line; **whitespace** is potential −
current; **share of wallet** is current ÷ potential, per cell, unit, line and
for the account.

How a transaction finds its cell:

* its line — the product text as the ERP writes it, in this order: a mapping
  the user made (``map_product``); the exact code or name of a catalogue entry
  (a line, or a product under a line, which counts for its line); a word of the
  text that is exactly one entry's code ("精密轴承 P4" → the product ``P4``).
  Two different lines found → none (ambiguous);
* its unit — the unit it names (``business_unit_id``), else the account's unit
  that takes unassigned transactions.

Whatever cannot be placed (no line, no unit, another currency than the
account's) is listed with its reason, never dropped. Every edit returns a
Change whose ``before`` is what its inverse needs (the window's undo).
"""

from __future__ import annotations

from kam.services.whitespace.catalogue import CatalogueOps
from kam.services.whitespace.cells import CellOps
from kam.services.whitespace.grid import GridOps
from kam.services.whitespace.portfolio import PortfolioOps
from kam.services.whitespace.rows import (
    CELL_FIELDS,
    CELL_STATE,
    LINE_FIELDS,
    NO_LINE,
    NO_UNIT,
    OTHER_CURRENCY,
    UNIT_FIELDS,
    CellView,
    Grid,
    LineRow,
    PortfolioSummary,
    Resolver,
    Totals,
    UnitRow,
    Unplaced,
    period,
    product_key,
)
from kam.services.whitespace.units import UnitOps

__all__ = ["CELL_FIELDS", "CELL_STATE", "LINE_FIELDS", "NO_LINE", "NO_UNIT", "OTHER_CURRENCY", "UNIT_FIELDS",
           "CellView", "Grid", "LineRow", "PortfolioSummary", "Resolver", "Totals", "UnitRow", "Unplaced",
           "WhitespaceService", "period", "product_key"]


class WhitespaceService(CatalogueOps, UnitOps, CellOps, GridOps, PortfolioOps):
    """The whitespace map's service (its parts in the modules of this package)."""

    line_fields = LINE_FIELDS
    unit_fields = UNIT_FIELDS
    cell_fields = CELL_FIELDS
