"""Our account team: people added with their role (a known role in any language, or free text), removed."""

from __future__ import annotations

import pytest

from kam.errors import NotFound, ValidationError

BOTH_BACKENDS = True


def test_team_members_roles_and_owner_first(ctx) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    owner = sv.users.create("li.na", "李娜").id
    tech = sv.users.create("wang.tech", "王技术").id
    boss = sv.users.create("zhao.vp", "赵总", role="vp").id
    aid = sv.accounts.create(name_zh="宁波海天", owner_id=owner).id
    assert [(m.user_id, m.is_owner) for m in sv.accounts.team(aid)] == [(owner, True)]
    sv.accounts.add_team_member(aid, tech, "技术支持")  # a known role, written in Chinese
    sv.accounts.add_team_member(aid, boss, "Golf partner")  # a role of its own
    team = sv.accounts.team(aid)
    assert [(m.display_name, m.team_role, m.is_owner) for m in team] == [
        ("李娜", None, True), ("王技术", "technical_support", False), ("赵总", "Golf partner", False)]
    change = sv.accounts.add_team_member(aid, boss, "executive_sponsor")
    assert change.before == {"user_id": boss, "team_role": "Golf partner"}
    sv.accounts.remove_team_member(aid, tech)
    assert [m.user_id for m in sv.accounts.team(aid)] == [owner, boss]
    with pytest.raises(NotFound):
        sv.accounts.remove_team_member(aid, tech)
    with pytest.raises(NotFound):
        sv.accounts.add_team_member(aid, 999)
    with pytest.raises(ValidationError):
        sv.accounts.add_team_member(aid, tech, "x" * 101)


def test_share_of_wallet_by_year(ctx) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    sv = ctx.services
    aid = sv.accounts.create(name_zh="宁波海天").id
    sv.transactions.add(aid, occurred_on="2026-03-01", product="P", quantity="10", unit_price="1000",
                        gross_profit="2000")
    sv.transactions.add(aid, occurred_on="2025-12-31", product="P", quantity="1", unit_price="500",
                        gross_profit="100")
    assert sv.accounts.wallet(aid) == []
    sv.accounts.set_category_purchases(aid, 2026, "80000")
    change = sv.accounts.set_category_purchases(aid, 2025, "1000")
    assert change.before == {"year": 2025, "amount": None}
    assert [(w.year, w.category_purchases, w.our_sales, w.share_pct) for w in sv.accounts.wallet(aid)] == [
        (2026, Decimal(80000), Decimal(10000), Decimal("12.5")), (2025, Decimal(1000), Decimal(500), Decimal("50.0"))]
    sv.accounts.set_category_purchases(aid, 2025, None)
    assert [w.year for w in sv.accounts.wallet(aid)] == [2026]
    with pytest.raises(ValidationError):
        sv.accounts.set_category_purchases(aid, 1899, "1")
    with pytest.raises(ValidationError):
        sv.accounts.set_category_purchases(aid, 2026, "-5")
