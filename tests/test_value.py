"""Value score and tiers against hand-computed examples."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kam.analysis.value import AccountFacts, Indicator, ScoringConfig, score, tier_of
from kam.vocab import Tier

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL

TODAY = dt.date(2026, 11, 23)


def test_indicator_scale() -> None:
    ind = Indicator(Decimal(1), tuple(Decimal(x) for x in ("10", "20", "30", "40")))
    assert [ind.score(Decimal(x)) for x in ("0", "10", "25", "40", "99")] == [1, 2, 3, 5, 5]
    low = Indicator(Decimal(1), tuple(Decimal(x) for x in ("2", "4", "6", "9")), lower_is_better=True)
    assert [low.score(Decimal(x)) for x in ("1", "3", "5", "8", "12")] == [5, 4, 3, 2, 1]
    assert ind.score(None) == 3


def test_hand_computed_platinum() -> None:
    # gross profit 20M -> 5 pts (w40); revenue 90M -> 5 (w35); cost 1.8M/90M = 2% -> 4 (w25)
    # current = ((40*5 + 35*5 + 25*4)/100 - 1) * 25 = (4.75 - 1) * 25 = 93.75 -> 93.8
    # position 5 -> 5 (w40); 8 years -> 4 (w25); satisfaction 4 -> 4 (w35)
    # potential = ((200 + 100 + 140)/100 - 1) * 25 = 3.4 * 25 = 85.0
    facts = AccountFacts(1, Decimal("20000000"), Decimal("90000000"), Decimal("1800000"), 5,
                         dt.date(2018, 6, 1), 4)
    s = score(facts, ScoringConfig(), TODAY)
    assert (s.current, s.potential, s.tier) == (Decimal("93.8"), Decimal("85.0"), Tier.PLATINUM)


def test_hand_computed_lead_without_sales() -> None:
    # no revenue: GP 0 -> 1, revenue 0 -> 1, cost ratio unknown without sales -> 1: current 0
    # position 1 -> 1, 0.5 years -> 1, satisfaction 2 -> 2: ((40 + 25 + 70)/100 - 1)*25 = 8.75
    facts = AccountFacts(2, Decimal(0), Decimal(0), Decimal(0), 1, dt.date(2026, 5, 1), 2)
    s = score(facts, ScoringConfig(), TODAY)
    assert (s.current, s.potential, s.tier) == (Decimal("0.0"), Decimal("8.8"), Tier.LEAD)


def test_quadrants() -> None:
    cfg = ScoringConfig()
    assert tier_of(Decimal(60), Decimal(60), cfg) == Tier.PLATINUM
    assert tier_of(Decimal(60), Decimal(40), cfg) == Tier.GOLD
    assert tier_of(Decimal(40), Decimal(60), cfg) == Tier.IRON
    assert tier_of(Decimal(40), Decimal(40), cfg) == Tier.LEAD


def test_config_overrides_validate() -> None:
    cfg = ScoringConfig.from_mapping({"revenue": {"weight": 10}, "current_threshold": 60})
    assert cfg.revenue.weight == 10
    assert cfg.current_threshold == 60
    import pytest

    with pytest.raises(ValueError, match="ascending"):
        ScoringConfig.from_mapping({"revenue": {"breakpoints": [4, 3, 2, 1]}})
