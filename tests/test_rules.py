"""The rules every screen, document and command share, each tested once here (kam/, no Qt)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest

from kam.analysis.actuals import Actual, attainment, judged_quarter, rated
from kam.analysis.feedback import hours_overdue, responded_in_time, response_overdue
from kam.services.accounts import name_field
from kam.services.orgmap import StepView
from kam.services.planning import even_phasing, rephased
from kam.services.register import return_overdue
from kam.services.rights import sees_only_own_accounts, supervises
from kam.text import full_name, is_chinese
from kam.vocab import IPStatus, Metric, Rating, UserRole


def _objective(metric: Metric, *quarters: str) -> SimpleNamespace:
    q = [Decimal(x) for x in quarters]
    return SimpleNamespace(metric=metric, q1=q[0], q2=q[1], q3=q[2], q4=q[3])


def test_attainment_of_an_additive_objective_is_judged_to_date() -> None:
    revenue = _objective(Metric.REVENUE, "100", "200", "300", "400")
    sales = Actual((Decimal(60), Decimal(230), None, None), "transactions")
    judged = attainment(revenue, sales, 2)  # type: ignore[arg-type]
    assert (judged.actual, judged.target, judged.rating) == (Decimal(290), Decimal(300), Rating.GREEN)
    assert judged.share == Decimal(290) / Decimal(300)
    assert attainment(revenue, sales, 3).rating == Rating.RED  # type: ignore[arg-type]  # 290 of 600


def test_attainment_of_a_level_is_judged_in_its_quarter() -> None:
    price = _objective(Metric.PRICE, "10", "10", "12", "12")
    judged = attainment(price, Actual((Decimal(11), Decimal(9), None, None), "transactions"), 2)  # type: ignore[arg-type]
    assert (judged.actual, judged.target, judged.rating) == (Decimal(9), Decimal(10), Rating.AMBER)


def test_share_of_target_is_capped_and_needs_an_actual_and_a_target() -> None:
    assert rated(Decimal(400), Decimal(100)).share == Decimal("1.5")
    assert rated(None, Decimal(100)).share is None
    assert rated(None, Decimal(100)).rating == Rating.RED  # nothing recorded
    assert rated(Decimal(5), Decimal(0)).share is None
    assert rated(None, Decimal(0)).rating == Rating.GREEN  # nothing was asked
    assert attainment(_objective(Metric.TRAININGS, "1", "0", "0", "0"), None, 1).actual is None  # type: ignore[arg-type]


def test_judged_quarter() -> None:
    today = dt.date(2026, 8, 15)
    assert judged_quarter(2026, today) == 3
    assert judged_quarter(2025, today) == 4  # a past year: the whole year
    assert judged_quarter(2027, today) == 4


def test_a_complaint_is_late_from_the_moment_its_target_passes() -> None:
    received = dt.datetime(2026, 11, 20, 15, tzinfo=dt.UTC)
    due_day_morning = dt.datetime(2026, 11, 21, 10, tzinfo=dt.UTC)
    assert not response_overdue(received, 24, None, due_day_morning)  # due at 15:00, not yet late
    assert response_overdue(received, 24, None, due_day_morning + dt.timedelta(hours=6))
    assert hours_overdue(received, 24, due_day_morning + dt.timedelta(hours=7)) == 2
    assert hours_overdue(received, 24, due_day_morning) == 0
    assert not response_overdue(received, 24, received + dt.timedelta(hours=1), due_day_morning + dt.timedelta(days=3))
    assert responded_in_time(received, 24, received + dt.timedelta(hours=24))
    assert not responded_in_time(received, 24, received + dt.timedelta(hours=25))


def test_quarters_follow_a_new_annual_target() -> None:
    old = [Decimal(x) for x in ("100", "200", "300", "400")]
    assert rephased(Metric.REVENUE, Decimal(1000), old, Decimal(2000)) == [Decimal(x) for x in (200, 400, 600, 800)]
    thirds = rephased(Metric.REVENUE, Decimal(3), [Decimal(1)] * 3 + [Decimal(0)], Decimal(10))
    assert sum(thirds) == Decimal(10)  # the rounding remainder goes to Q4
    assert rephased(Metric.REVENUE, Decimal(0), [Decimal(0)] * 4, Decimal(1000)) == [Decimal(250)] * 4
    assert rephased(Metric.PRICE, Decimal(10), [Decimal(10), Decimal(11), Decimal(12), Decimal(12)],
                    Decimal(12)) == [Decimal(10), Decimal(11), Decimal(12), Decimal(12)]
    assert even_phasing(Metric.SHARE_OF_WALLET, Decimal(15)) == [Decimal(15)] * 4


@pytest.mark.parametrize(("text", "chinese"), [
    ("华为", True), ("華為", True), ("Huawei", False), ("𠮷野家", True),  # an extension-B character
    ("\uf900", True), ("Ｈｕａｗｅｉ", False), ("カタカナ", False), ("", False),
])
def test_is_chinese(text: str, chinese: bool) -> None:
    assert is_chinese(text) is chinese


def test_names_from_their_parts_and_for_accounts() -> None:
    assert full_name("王", "伟") == "王伟"
    assert full_name("Weber", "Anna") == "Anna Weber"
    assert full_name("Weber", None) == "Weber"
    assert full_name(None, None) is None
    assert name_field("长江重工 Changjiang") == "name_zh"
    assert name_field("Siemens AG") == "name_en"


def test_who_supervises() -> None:
    assert supervises(UserRole.VP)
    assert supervises(UserRole.ADMIN)
    assert not supervises(UserRole.KAM)
    assert not supervises(None)
    assert sees_only_own_accounts(UserRole.KAM)
    assert not sees_only_own_accounts(UserRole.VP)


def test_late_decision_step_and_overdue_register_item() -> None:
    today = dt.date(2026, 6, 1)
    step = StepView(1, 1, "RFQ", dt.date(2026, 5, 1), None, "planned", ())
    assert step.late(today)
    assert not StepView(1, 1, "RFQ", dt.date(2026, 5, 1), dt.date(2026, 5, 3), "done", ()).late(today)
    assert not StepView(1, 1, "RFQ", None, None, "planned", ()).late(today)
    assert return_overdue(IPStatus.HELD, dt.date(2026, 5, 31), today)
    assert not return_overdue(IPStatus.RETURNED, dt.date(2026, 5, 31), today)
    assert not return_overdue(IPStatus.HELD, today, today)
