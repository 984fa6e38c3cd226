"""The customer's business units, and which unit bought each transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kam.errors import ValidationError
from kam.i18n import _
from kam.model import Account, Department, Transaction
from kam.model.whitespace import BusinessUnit, WhitespaceCell
from kam.services.base import Change, ServiceBase, check_version, get_or_404
from kam.services.kept import put_back
from kam.services.kept import rows as kept_rows
from kam.services.whitespace.rows import (
    UNIT_FIELDS,
    UnitRow,
    period,
    unit_row,
)
from kam.text import unit_key
from kam.vocab import UnitKind

UNIT_STATE = ("id", "account_id", "name", "kind", "department_id", "takes_unassigned", "position", "notes")


@dataclass(frozen=True)
class UnitTransaction:
    id: int
    occurred_on: dt.date
    product: str
    amount: Decimal
    currency: str
    unit_id: int | None


class UnitOps(ServiceBase):
    """An account's business units."""

    def units(self, account_id: int) -> list[UnitRow]:
        with self.read() as s:
            return [unit_row(u) for u in s.scalars(select(BusinessUnit).where(BusinessUnit.account_id == account_id)
                                                    .order_by(BusinessUnit.position, BusinessUnit.id))]

    def _clean_unit(self, s: Session, account_id: int, data: Mapping[str, Any],
                    current: BusinessUnit | None) -> dict[str, Any]:
        out = UNIT_FIELDS.clean(data)
        if "takes_unassigned" in out:
            out["takes_unassigned"] = bool(out["takes_unassigned"])
        name = out.get("name")
        if name is not None:
            key = unit_key(name)  # "Main" and "ＭＡＩＮ " would be one unit to the potentials import
            clash = next(((uid, other) for uid, other in s.execute(select(BusinessUnit.id, BusinessUnit.name).where(
                BusinessUnit.account_id == account_id)) if unit_key(other) == key), None)
            if clash is not None and (current is None or clash[0] != current.id):
                raise ValidationError("name", _("this account already has a unit named {name}").format(
                    name=clash[1]), UNIT_FIELDS["name"].caption)
        dep = out.get("department_id")
        if dep is not None:
            department = s.get(Department, dep)
            if department is None or department.account_id != account_id:
                raise ValidationError("department_id", _("no department {id} at this account").format(id=dep),
                                      UNIT_FIELDS["department_id"].caption)
        if out.get("takes_unassigned"):  # one unit of the account takes them
            s.execute(update(BusinessUnit).where(BusinessUnit.account_id == account_id,
                                                 BusinessUnit.takes_unassigned.is_(True))
                      .values(takes_unassigned=False, version=BusinessUnit.version + 1))
        return out

    def add_unit(self, account_id: int, name: str, kind: str | UnitKind = UnitKind.PLANT, *,
                 department_id: int | None = None, takes_unassigned: bool = False, notes: str | None = None) -> Change:
        """A plant, division, subsidiary or region of the account; raises ValidationError, NotFound."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, _("account"))
            fields = self._clean_unit(s, account_id, {"name": name, "kind": kind, "department_id": department_id,
                                                      "takes_unassigned": int(takes_unassigned), "notes": notes},
                                      None)
            last = s.scalar(select(func.max(BusinessUnit.position)).where(BusinessUnit.account_id == account_id))
            unit = BusinessUnit(account_id=account_id, position=(last or 0) + 1, **fields)
            s.add(unit)
            s.flush()
            return Change("business_unit", unit.id, "create", {}, {"name": unit.name})

    def update_unit(self, unit_id: int, expected_version: int | None = None, **data: Any) -> Change:
        """Change a unit's name, kind, department, notes or whether it counts the transactions that name no unit
        (the unit that did so stops: ``before["unassigned_unit_id"]``). ``before`` holds the old values, and
        ``update_unit(unit_id, **before)`` is the undo in one unit of work: ``unassigned_unit_id`` names the unit
        that takes the unassigned transactions back."""
        data = dict(data)
        taker_back = data.pop("unassigned_unit_id", None)
        with self.unit() as s:
            unit = get_or_404(s, BusinessUnit, unit_id, _("business unit"))
            check_version(unit, expected_version, _("business unit"))
            if "takes_unassigned" in data:
                data = {**data, "takes_unassigned": int(bool(data["takes_unassigned"]))}
            taker = s.scalar(select(BusinessUnit.id).where(BusinessUnit.account_id == unit.account_id,
                                                           BusinessUnit.takes_unassigned.is_(True)))
            before = {k: getattr(unit, k) for k in UNIT_FIELDS if k in data}
            fields = self._clean_unit(s, unit.account_id, data, unit)
            if fields.get("takes_unassigned") and taker not in (None, unit.id):
                before["unassigned_unit_id"] = taker  # it counted them until now (the undo gives them back)
            for k, val in fields.items():
                setattr(unit, k, val)
            if taker_back is not None:
                other = get_or_404(s, BusinessUnit, taker_back, _("business unit"))
                if other.account_id != unit.account_id:
                    raise ValidationError("unit", _("choose a unit of this account"))
                if other.id != unit.id:
                    unit.takes_unassigned = False
                other.takes_unassigned = True
            s.flush()
            return Change("business_unit", unit.id, "update", before, fields)

    def delete_unit(self, unit_id: int) -> Change:
        """Remove a unit with nothing entered on its row; the transactions it bought stay (naming no unit).
        ``before`` is the unit as ``restore_unit`` takes it (with the transactions that named it): the undo."""
        with self.unit() as s:
            unit = get_or_404(s, BusinessUnit, unit_id, _("business unit"))
            if s.scalar(select(func.count()).where(WhitespaceCell.unit_id == unit_id)):
                raise ValidationError("unit", _("{name} has cells filled in; clear them first").format(name=unit.name))
            before = {c: getattr(unit, c) for c in UNIT_STATE}
            [before["row"]] = kept_rows(s, BusinessUnit, BusinessUnit.id == unit_id)  # whole: version, times
            before["transactions"] = sorted(s.scalars(select(Transaction.id)
                                                      .where(Transaction.business_unit_id == unit_id)))
            s.execute(update(Transaction).where(Transaction.business_unit_id == unit_id).values(business_unit_id=None))
            s.delete(unit)
            return Change("business_unit", unit_id, "delete", before)

    def restore_unit(self, state: Mapping[str, Any]) -> Change:
        """Put back a unit ``delete_unit`` removed (same id, same transactions): its undo."""
        with self.unit() as s:
            get_or_404(s, Account, state["account_id"], _("account"))
            if s.get(BusinessUnit, state["id"]) is not None:
                raise ValidationError("unit", _("this account already has a unit named {name}").format(
                    name=state["name"]))
            fields = {c: state[c] for c in UNIT_STATE}
            if fields["department_id"] is not None and s.get(Department, fields["department_id"]) is None:
                fields["department_id"] = None
            if fields["takes_unassigned"]:
                s.execute(update(BusinessUnit).where(BusinessUnit.account_id == fields["account_id"],
                                                     BusinessUnit.takes_unassigned.is_(True))
                          .values(takes_unassigned=False, version=BusinessUnit.version + 1))
            if "row" in state:  # as it was: same version and timestamps
                put_back(s, BusinessUnit, [{**state["row"], "department_id": fields["department_id"]}])
            else:
                s.add(BusinessUnit(**fields))
            s.flush()
            tids = list(state.get("transactions") or [])
            if tids:
                s.execute(update(Transaction).where(Transaction.id.in_(tids),
                                                    Transaction.account_id == fields["account_id"])
                          .values(business_unit_id=fields["id"]))
            return Change("business_unit", fields["id"], "create", {}, {"name": fields["name"]})

    def departments(self, account_id: int) -> list[tuple[int, str]]:
        """The account's org-chart departments a unit can stand for: (id, name), by name."""
        with self.read() as s:
            return [(i, n) for i, n in s.execute(select(Department.id, Department.name)
                                                  .where(Department.account_id == account_id)
                                                  .order_by(Department.name))]

    def period_transactions(self, account_id: int, as_of: dt.date | None = None, *,
                            earlier: bool = False) -> list[UnitTransaction]:
        """The account's transactions of the map's period with the unit each names (to assign them), newest
        first; ``earlier``: those before the period too (the map does not count them, their unit is kept)."""
        start, end = period(as_of or dt.date.today())
        with self.read() as s:
            get_or_404(s, Account, account_id, _("account"))
            q = (select(Transaction.id, Transaction.occurred_on, Transaction.product, Transaction.amount,
                        Transaction.currency, Transaction.business_unit_id)
                 .where(Transaction.account_id == account_id, Transaction.occurred_on <= end)
                 .order_by(Transaction.occurred_on.desc(), Transaction.id.desc()))
            if not earlier:
                q = q.where(Transaction.occurred_on >= start)
            return [UnitTransaction(*r) for r in s.execute(q)]

    def assign_transactions(self, account_id: int, units: Mapping[int, int | None]) -> Change:
        """Say which unit bought each transaction ({transaction id: unit id or None}); ``before["units"]`` holds
        the previous units in the same form, so the inverse is this call with it."""
        with self.unit() as s:
            get_or_404(s, Account, account_id, _("account"))
            wanted = {u for u in units.values() if u is not None}
            ours = set(s.scalars(select(BusinessUnit.id).where(BusinessUnit.account_id == account_id,
                                                                BusinessUnit.id.in_(wanted)))) if wanted else set()
            if wanted - ours:
                raise ValidationError("unit", _("no business unit {id} at this account").format(
                    id=min(wanted - ours)))
            rows = dict(s.execute(select(Transaction.id, Transaction.business_unit_id).where(
                Transaction.account_id == account_id, Transaction.id.in_(list(units)))).all())
            missing = set(units) - set(rows)
            if missing:
                raise ValidationError("transactions", _("no transaction {id} at this account").format(
                    id=min(missing)))
            for tid, uid in units.items():
                s.execute(update(Transaction).where(Transaction.id == tid).values(business_unit_id=uid))
            return Change("transactions", account_id, "update", {"units": rows}, {"units": dict(units)})
