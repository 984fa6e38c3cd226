"""The demo portfolio is realistic enough to work with: checked by its properties."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select

from kam.model import (
    Account,
    AnnualPlan,
    Contact,
    DecisionStep,
    Faction,
    Feedback,
    InfluenceLine,
    Person,
    QuantObjective,
    RegisterItem,
    Transaction,
)
from kam.services.planning import ADDITIVE


def _depth(people: list[Person]) -> int:
    boss = {p.id: p.reports_to_id for p in people}

    def d(pid: int) -> int:
        n = 1
        while boss.get(pid):
            pid = boss[pid]  # type: ignore[assignment]
            n += 1
        return n

    return max(d(p.id) for p in people)


def test_every_account_has_a_full_dossier(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    with demo_ctx.sessions() as s:
        accounts = s.scalars(select(Account)).all()
        assert len(accounts) >= 12
        for acc in accounts:
            people = s.scalars(select(Person).where(Person.account_id == acc.id)).all()
            assert 8 <= len(people) <= 60
            assert _depth(people) >= 3
            assert len({p.stance for p in people}) >= 2
            for model in (Faction, InfluenceLine, Contact, Feedback, RegisterItem, AnnualPlan):
                n = s.scalar(select(func.count()).select_from(model).where(model.account_id == acc.id))
                assert n, f"{acc.display_name} has no {model.__name__}"
            steps = s.scalar(select(func.count()).select_from(DecisionStep))
            assert steps
            assert steps >= 9


def test_names_in_three_scripts(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    with demo_ctx.sessions() as s:
        names = s.scalars(select(Account.name_zh)).all()
        en_only = s.scalars(select(Account.name_en).where(Account.name_zh.is_(None))).all()
    assert "华东精密机械集团有限公司" in names  # Simplified
    assert "鼎新電子股份有限公司" in names  # Traditional
    assert "Nordhafen Automotive GmbH" in en_only


def test_group_account_has_subsidiaries(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    with demo_ctx.sessions() as s:
        kids = Counter(s.scalars(select(Account.parent_id).where(Account.parent_id.is_not(None))))
    assert max(kids.values()) >= 2


def test_three_years_of_transactions(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    with demo_ctx.sessions() as s:
        first, last = s.execute(select(func.min(Transaction.occurred_on),
                                       func.max(Transaction.occurred_on))).one()
    assert (dt.date.today() - first).days >= 3 * 365 - 31
    assert last <= dt.date.today()


def test_this_years_objectives_are_phased(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    with demo_ctx.sessions() as s:
        objs = s.scalars(select(QuantObjective).join(AnnualPlan)
                         .where(AnnualPlan.year == dt.date.today().year)).all()
    assert objs
    for o in objs:
        if o.metric in ADDITIVE:
            assert o.q1 + o.q2 + o.q3 + o.q4 == o.annual_target
