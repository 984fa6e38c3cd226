"""Transaction lines entered, corrected and deleted by hand; totals follow; exact undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kam.errors import NotFound, ValidationError

BOTH_BACKENDS = True


@pytest.fixture
def account(ctx):  # type: ignore[no-untyped-def]
    return ctx.services.accounts.create(name_en="Huadong Precision").id


LINE = {"occurred_on": "2026-03-02", "product": "伺服电机 SV-200", "quantity": "10", "unit": "台",
        "unit_price": "1200", "discount": "500", "financial_cost": "30", "gross_profit": "3100", "currency": "cny"}


def test_add_update_delete_and_totals(ctx, account) -> None:  # type: ignore[no-untyped-def]
    ts = ctx.services.transactions
    tid = ts.add(account, **LINE).id
    t = ts.get(tid)
    assert (t.amount, t.currency, t.occurred_on) == (Decimal("11500"), "CNY", dt.date(2026, 3, 2))
    ts.update(tid, quantity="20")  # the amount follows
    assert ts.get(tid).amount == Decimal("23500")
    ts.update(tid, amount="23000")  # unless it is given
    assert ts.get(tid).amount == Decimal("23000")
    ts.add(account, **{**LINE, "quantity": "1", "discount": "0", "gross_profit": "200", "external_ref": "SO-1"})
    [tot] = ts.totals(account)
    assert (tot.lines, tot.revenue, tot.gross_profit) == (2, Decimal("24200"), Decimal("3300"))
    with pytest.raises(ValidationError) as err:
        ts.add(account, **{**LINE, "external_ref": "SO-1"})
    assert err.value.field == "external_ref"
    with pytest.raises(ValidationError) as err:
        ts.update(tid, unit_price="-1")
    assert err.value.field == "unit_price"
    with pytest.raises(ValidationError) as err:
        ts.add(account, **{**LINE, "product": ""})
    assert err.value.field == "product"
    with pytest.raises(ValidationError):
        ts.update(tid, colour="red")
    row = ts.snapshot(tid)
    ts.delete(tid)
    with pytest.raises(NotFound):
        ts.get(tid)
    assert ts.totals(account)[0].lines == 1
    ts.put_back(row)
    assert ts.snapshot(tid) == row
    assert ctx.services.dossier.transaction_count(account) == 2
