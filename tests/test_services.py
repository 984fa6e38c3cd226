"""Services: validation names the field, changes are reported, history is dated, trash works."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from kam.errors import ConflictError, NotFound, ValidationError
from kam.model import Transaction
from kam.vocab import BuyingRole, Stance

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL


@pytest.fixture
def account(ctx):  # type: ignore[no-untyped-def]
    return ctx.services.accounts.create(name_zh="华为技术有限公司", name_en="Huawei Technologies",
                                        ka_type="strategic").id


def test_account_needs_a_name(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        ctx.services.accounts.create(ka_type="economic")
    assert err.value.field == "name_zh"


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("ka_type", "huge", "not one of"),
    ("email", "not-an-address", "not an e-mail"),
    ("cooperation_since", "2026-13-40", "not a date"),
    ("industry_position", 9, "between 1 and 5"),
    ("annual_category_spend", "-5", "negative"),
    ("colour", "red", "not a field"),
])
def test_account_fields_are_validated(ctx, account, field, value, reason) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        ctx.services.accounts.update(account, **{field: value})
    assert err.value.field == field
    assert reason in err.value.reason


def test_update_returns_before_and_after(ctx, account) -> None:  # type: ignore[no-untyped-def]
    change = ctx.services.accounts.update(account, region="华南")
    assert change.op == "update"
    assert change.before == {"region": None}
    assert change.after == {"region": "华南"}


def test_stale_version_is_a_conflict(ctx, account) -> None:  # type: ignore[no-untyped-def]
    version = ctx.services.accounts.get(account).version
    ctx.services.accounts.update(account, expected_version=version, region="A")
    with pytest.raises(ConflictError):
        ctx.services.accounts.update(account, expected_version=version, region="B")
    assert ctx.services.accounts.get(account).region == "A"


def test_trash_and_restore(ctx, account) -> None:  # type: ignore[no-untyped-def]
    ctx.services.accounts.delete(account)
    assert ctx.services.accounts.rows() == []
    with pytest.raises(NotFound):
        ctx.services.accounts.resolve("Huawei Technologies")
    ctx.services.accounts.restore(account)
    assert ctx.services.accounts.resolve("华为技术有限公司").id == account


def test_account_names_agree_with_the_list_and_leave_out_the_trash(ctx, account) -> None:  # type: ignore[no-untyped-def]
    other = ctx.services.accounts.create(name_en="Nordhafen Automotive GmbH").id
    gone = ctx.services.accounts.create(name_zh="长江重工").id
    ctx.services.accounts.delete(gone)
    names = ctx.services.accounts.names()
    assert names == {r.id: r.name for r in ctx.services.accounts.rows()}
    assert names == {account: "华为技术有限公司", other: "Nordhafen Automotive GmbH"}


def test_account_search_by_chinese_english_and_pinyin(ctx, account) -> None:  # type: ignore[no-untyped-def]
    ctx.services.accounts.create(name_en="Nordhafen Automotive GmbH")
    for query in ("华为", "huawei", "HUAWEI tech", "hwjs"):
        assert [r.id for r in ctx.services.accounts.rows(query=query)] == [account], query
    assert ctx.services.accounts.rows(query="100%") == []


def test_person_roles_stance_and_history(ctx, account) -> None:  # type: ignore[no-untyped-def]
    people = ctx.services.people
    boss = people.create(account, name="张伟", name_latin="Zhang Wei", roles=["decision_maker"],
                         stance="supporter", influence=5).id
    buyer = people.create(account, name="王强", reports_to_id=boss, department="采购部",
                          roles=["negotiator", "influencer"], stance="neutral",
                          stance_on=dt.date(2026, 1, 10)).id
    people.update(buyer, stance="opposer", stance_on=dt.date(2026, 7, 1))
    history = people.stance_history(buyer)
    assert [(h.old_stance, h.new_stance, h.changed_on) for h in history] == [
        (Stance.UNKNOWN, Stance.NEUTRAL, dt.date(2026, 1, 10)),
        (Stance.NEUTRAL, Stance.OPPOSER, dt.date(2026, 7, 1)),
    ]
    with pytest.raises(ValidationError, match="before the last recorded"):
        people.update(buyer, stance="supporter", stance_on=dt.date(2026, 3, 1))
    assert people.get(buyer).stance == Stance.OPPOSER  # nothing changed
    row = {r.id: r for r in people.rows(account)}[buyer]
    assert row.roles == [BuyingRole.INFLUENCER, BuyingRole.NEGOTIATOR]
    assert row.reports_to == boss
    assert row.department == "采购部"
    assert [p.id for p in people.search("zhang")] == [boss]
    assert [p.id for p in people.search("wq")] == [buyer]


def test_reporting_cycle_is_refused(ctx, account) -> None:  # type: ignore[no-untyped-def]
    a = ctx.services.people.create(account, name="A").id
    b = ctx.services.people.create(account, name="B", reports_to_id=a).id
    c = ctx.services.people.create(account, name="C", reports_to_id=b).id
    with pytest.raises(ValidationError, match="cycle"):
        ctx.services.people.set_manager(a, c)
    with pytest.raises(ValidationError, match="themselves"):
        ctx.services.people.set_manager(a, a)


def test_manager_must_be_at_the_same_account(ctx, account) -> None:  # type: ignore[no-untyped-def]
    other = ctx.services.accounts.create(name_en="Other").id
    outsider = ctx.services.people.create(other, name="X").id
    with pytest.raises(ValidationError, match="another account"):
        ctx.services.people.create(account, name="Y", reports_to_id=outsider)


def test_transactions_are_all_or_nothing_and_exact(ctx, account) -> None:  # type: ignore[no-untyped-def]
    good = {"occurred_on": "2026-03-01", "product": "轴承", "quantity": "3", "unit_price": "0.10",
            "gross_profit": "0.07"}
    with pytest.raises(ValidationError) as err:
        ctx.services.records.add_transactions(account, [good, dict(good, unit_price="abc")])
    assert err.value.field == "line 2: unit_price"
    with ctx.sessions() as s:
        assert s.scalars(select(Transaction)).all() == []
    assert ctx.services.records.add_transactions(account, [good] * 3) == 3
    with ctx.sessions() as s:
        amounts = s.scalars(select(Transaction.amount)).all()
    assert amounts == [Decimal("0.3")] * 3  # 3 × 0.10, exactly


def test_money_refuses_float(ctx, account) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        ctx.services.accounts.update(account, annual_category_spend=float("nan"))


def test_visit_records_stance_changes_on_the_visit_day(ctx, account) -> None:  # type: ignore[no-untyped-def]
    p = ctx.services.people.create(account, name="李娜", stance="neutral", stance_on=dt.date(2026, 9, 1)).id
    ctx.services.records.log_contact(account, "2026-10-05", attendee_ids=[p],
                                     stance_changes={p: "supporter"}, purpose="技术交流")
    last = ctx.services.people.stance_history(p)[-1]
    assert (last.new_stance, last.changed_on, last.source) == (Stance.SUPPORTER, dt.date(2026, 10, 5), "visit")
    with pytest.raises(ValidationError, match="did not attend"):
        ctx.services.records.log_contact(account, "2026-10-06", stance_changes={p: "opposer"})


def test_phasing_must_add_up(ctx, account) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="add up"):
        ctx.services.planning.create_plan(account, 2027, quantitative=[
            {"metric": "revenue", "unit": "CNY", "annual_target": "100", "phasing": ["25", "25", "25", "20"]}])
    ctx.services.planning.create_plan(account, 2027, quantitative=[
        {"metric": "revenue", "unit": "CNY", "annual_target": "100", "phasing": ["10", "20", "30", "40"]},
        {"metric": "price", "unit": "CNY/t", "annual_target": "5000", "phasing": ["5000"] * 4}])
    with pytest.raises(ValidationError, match="already has a plan"):
        ctx.services.planning.create_plan(account, 2027)
