"""ERP lines into transactions: one row at a time, checked, written in chunks inside one transaction.

A document number (``external_ref``) is unique per account. A number that is
already in the database, or that repeats inside the file, is found while the
file is read — in a dry run too — and is refused by row and column, skipped,
or updates the transaction already there (``on_duplicate``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select, tuple_, update
from sqlalchemy.orm import Session

from kam.i18n import _
from kam.io.columns import cell, parse_date, parse_number
from kam.io.import_common import MAX_REPORTED, AccountLookup, ImportResult, Problem
from kam.model import Transaction

CURRENCY_WORDS = {"RMB": "CNY", "人民币": "CNY", "人民幣": "CNY", "元": "CNY", "美元": "USD", "欧元": "EUR",
                  "歐元": "EUR"}
NUMBERS = (("quantity", True), ("unit_price", True), ("gross_profit", True), ("amount", False), ("discount", False),
           ("financial_cost", False))


@dataclass
class RowCheck:
    """One row's problems; only the first MAX_REPORTED of the file are kept, all are counted."""

    row: int
    head: dict[str, str]
    problems: list[Problem]
    counter: list[int]  # [problems counted in the file]
    bad: bool = False

    def fail(self, f: str, message: str) -> None:
        self.bad = True
        self.counter[0] += 1
        if len(self.problems) < MAX_REPORTED:
            self.problems.append(Problem(self.row, self.head.get(f), message))


def parse_row(cells: list[Any], cols: dict[str, int], accounts: AccountLookup, default_account: int | None,
              check: RowCheck) -> dict[str, Any] | None:
    """One ERP line as a transaction's columns, or None (its problems are in ``check``)."""
    rec: dict[str, Any] = {}
    acc = cell(cells, cols.get("account"))
    try:
        rec["account_id"] = accounts.find(None, acc) if acc else default_account
    except LookupError as exc:
        check.fail("account", str(exc))
    if not check.bad and rec["account_id"] is None:
        check.fail("account", _("no customer: add a customer column or give --account"))
    raw = cell(cells, cols["occurred_on"])
    rec["occurred_on"] = None
    if raw is None:
        check.fail("occurred_on", _("no date"))
    else:
        try:
            rec["occurred_on"] = parse_date(raw)
        except ValueError as exc:
            check.fail("occurred_on", str(exc))
    product = cell(cells, cols["product"])
    if product is None:
        check.fail("product", _("no product"))
    elif len(str(product)) > 200:
        check.fail("product", _("longer than 200 characters"))
    rec["product"] = str(product) if product is not None else None
    for f, required in NUMBERS:
        value = cell(cells, cols.get(f))
        rec[f] = None
        if value is None:
            if required:
                check.fail(f, _("is empty"))
            continue
        try:
            rec[f] = parse_number(value)
        except ValueError as exc:
            check.fail(f, str(exc))
    word = str(cell(cells, cols.get("currency")) or "CNY").strip()
    currency = CURRENCY_WORDS.get(word, word.upper())
    if not re.fullmatch(r"[A-Z]{3}", currency):
        check.fail("currency", _("{value!r} is not a currency code (CNY, USD, EUR…)").format(value=currency))
    if check.bad:
        return None
    rec["currency"] = currency
    rec["discount"] = rec["discount"] or Decimal(0)
    rec["financial_cost"] = rec["financial_cost"] or Decimal(0)
    if rec["amount"] is None:
        rec["amount"] = rec["quantity"] * rec["unit_price"] - rec["discount"]
    unit, ref = cell(cells, cols.get("unit")), cell(cells, cols.get("external_ref"))
    rec["unit"] = str(unit)[:20] if unit is not None else None
    rec["external_ref"] = _ref_text(ref)[:100] if ref is not None else None
    return rec


def _ref_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 1001.0 from a spreadsheet is document 1001
    return str(value).strip()


@dataclass
class Duplicates:
    """Document numbers seen in this file, and what to do with a number that is already taken."""

    on_duplicate: str  # "error" | "skip" | "update"
    seen: dict[tuple[int, str], int] = field(default_factory=dict)  # (account, number) -> row

    def sort(self, s: Session, chunk: list[tuple[int, dict[str, Any]]], check_for: Any,
             result: ImportResult) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Split a chunk of (row, record) into new records and updates; a repeat is refused or skipped."""
        keys = [(r["account_id"], r["external_ref"]) for _row, r in chunk if r["external_ref"] is not None]
        stored: dict[tuple[int, str | None], int] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            stored.update({(a, ref): tid for tid, a, ref in s.execute(
                select(Transaction.id, Transaction.account_id, Transaction.external_ref)
                .where(tuple_(Transaction.account_id, Transaction.external_ref).in_(part)))})
        fresh: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for row, rec in chunk:
            key = (rec["account_id"], rec["external_ref"])
            earlier = self.seen.get(key) if rec["external_ref"] is not None else None
            taken = key in stored
            if rec["external_ref"] is not None:
                self.seen.setdefault(key, row)
            if earlier is None and not taken:
                fresh.append(rec)
                continue
            where = _("already on row {row} of this file").format(row=earlier) if earlier is not None \
                else _("already in the database")
            if self.on_duplicate == "skip":
                result.skipped.append(_("row {row}: document {ref} is {where}").format(
                    row=row, ref=rec["external_ref"], where=where))
            elif self.on_duplicate == "update" and taken:
                updates.append({"id": stored[key], **rec})
            elif self.on_duplicate == "update":  # a repeat inside the file: the later row wins
                fresh = [r for r in fresh if (r["account_id"], r["external_ref"]) != key] + [rec]
            else:
                check_for(row).fail("external_ref", _("document number {ref} is {where} (use --on-duplicate skip "
                                                      "or update)").format(ref=rec["external_ref"], where=where))
        return fresh, updates


def apply_updates(s: Session, updates: list[dict[str, Any]]) -> int:
    for rec in updates:
        values = {k: v for k, v in rec.items() if k != "id"}
        s.execute(update(Transaction).where(Transaction.id == rec["id"]).values(**values))
    return len(updates)
