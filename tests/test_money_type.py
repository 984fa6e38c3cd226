"""Money binds as SQLite keeps it (an integer of 1/10 000ths) through its bind processor and through
process_bind_param alike, and refuses floats on every dialect."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from kam.model.base import Money


def test_money_binds_the_same_either_way_and_never_a_float() -> None:
    lite, pg = sqlite.dialect(), postgresql.dialect()
    bind = Money().bind_processor(lite)
    for value in (Decimal("12.34567"), Decimal("-0.00005"), Decimal("1E+6"), 7, "3.5", None):
        assert bind(value) == Money().process_bind_param(value, lite)
    assert bind(Decimal("12.34567")) == 123457
    assert bind("-1.5") == -15000
    assert Money().process_bind_param(Decimal("12.34567"), pg) == Decimal("12.3457")
    for dialect in (lite, pg):
        with pytest.raises(TypeError, match="never float"):
            Money().process_bind_param(1.5, dialect)
    with pytest.raises(TypeError, match="never float"):
        bind(1.5)
