"""Pareto, share of wallet and tier transitions against hand-computed examples."""

from __future__ import annotations

from decimal import Decimal

from kam.analysis.portfolio import pareto
from kam.model import TierSnapshot
from kam.vocab import Tier

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL


def test_pareto_hand_computed() -> None:
    # profits 50, 30, 10, 5, 5, 0 (total 100): 50 -> 50 %, 80 -> 80 %: two customers of six
    rows = [(1, "A", Decimal(10)), (2, "B", Decimal(50)), (3, "C", Decimal(5)), (4, "D", Decimal(30)),
            (5, "E", Decimal(5)), (6, "F", Decimal(0))]
    p = pareto(rows)
    assert [x.account_id for x in p.points] == [2, 4, 1, 3, 5, 6]
    assert p.accounts_for_80 == 2
    assert p.share_of_accounts_for_80 == Decimal(2) / 6
    assert p.points[-1].cumulative_share == 1


def test_pareto_ignores_losses_in_the_curve() -> None:
    p = pareto([(1, "A", Decimal(100)), (2, "B", Decimal(-40))])
    assert p.accounts_for_80 == 1
    assert p.total_profit == Decimal(60)


def test_transitions_and_conversion_rate(ctx) -> None:  # type: ignore[no-untyped-def]
    sv = ctx.services
    ids = [sv.accounts.create(name_en=f"A{i}").id for i in range(4)]
    start = [Tier.IRON, Tier.IRON, Tier.GOLD, Tier.LEAD]
    end = [Tier.GOLD, Tier.IRON, Tier.GOLD, Tier.LEAD]
    with ctx.sessions.begin() as s:
        for aid, a, b in zip(ids, start, end, strict=True):
            s.add(TierSnapshot(account_id=aid, year=2025, quarter=4, current_score=0, potential_score=0, tier=a))
            s.add(TierSnapshot(account_id=aid, year=2026, quarter=2, current_score=0, potential_score=0, tier=b))
    t = sv.analysis.transitions((2025, 4), (2026, 2))
    assert t.matrix[(Tier.IRON, Tier.GOLD)] == 1
    assert t.rate(Tier.IRON, Tier.GOLD) == Decimal("0.5")
    assert t.rate(Tier.PLATINUM, Tier.GOLD) is None


def test_demo_has_tier_history_and_pareto(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    demo_ctx.services.analysis.snapshot_history(4)
    p = demo_ctx.services.analysis.pareto()
    assert 0 < p.accounts_for_80 < len(p.points)
    shares = demo_ctx.services.analysis.share_of_wallet()
    assert all(s.share_pct is not None and s.share_pct > 0 for s in shares)


def test_new_scoring_rules_and_their_undo(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    demo_ctx.act_as("chen.vp")  # the demo is shared by several users: the sales VP sets the rules
    analysis = demo_ctx.services.analysis
    before = analysis.scoring_state()
    rules = analysis.scoring_config()
    change = analysis.apply_scoring({"current_threshold": 95, "potential_threshold": 95})
    assert change.before == before
    assert analysis.scoring_config().current_threshold == 95
    lead = {s["account_id"] for s in analysis.scoring_state()["snapshots"] if s["tier"] == "lead"}
    assert len(lead) > len({s["account_id"] for s in before["snapshots"] if s["tier"] == "lead"})
    analysis.restore_scoring(before)
    assert analysis.scoring_state() == before
    assert analysis.scoring_config() == rules


def test_the_newest_plans_read_as_columns_are_the_entities(ctx) -> None:  # type: ignore[no-untyped-def]
    """The portfolio and the scorecards read each account's newest plan as columns (``newest_plan_figures``);
    it must be the plan ``newest_plans`` loads as entities, with the same objectives in the same order, with
    and without a status, when an account has several versions (a newer draft over an approved plan) and
    objectives with a product or hand-entered actuals."""
    import datetime as dt

    from sqlalchemy import select

    from kam import demo
    from kam.model import AnnualPlan, QuantObjective
    from kam.services.planning import newest_plan_figures, newest_plans
    from kam.vocab import Metric, PlanStatus

    ctx.services.register.set_up(demo.DEMO_REGISTER_PASSPHRASE)
    with ctx.engine.begin() as conn:
        demo.load(conn, dt.date.today(), scale=6, register_key=ctx.services.vault.key())
        if conn.dialect.name == "postgresql":  # the scaled demo writes its own ids
            for table in ("plans", "quant_objectives"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}")
    year = dt.date.today().year
    with ctx.sessions.begin() as s:
        approved = s.scalars(select(AnnualPlan).where(AnnualPlan.year == year,
                                                      AnnualPlan.status == PlanStatus.APPROVED)).all()
        assert len(approved) >= 2
        first, second = approved[0], approved[1]
        newer = AnnualPlan(account_id=first.account_id, year=year, plan_version=first.plan_version + 1,
                           status=PlanStatus.DRAFT)
        newer.quantitative = [
            QuantObjective(position=2, metric=Metric.VOLUME, product="P-1", unit="t", annual_target=Decimal(8),
                           q1=Decimal(2), q2=Decimal(2), q3=Decimal(2), q4=Decimal(2)),
            QuantObjective(position=1, metric=Metric.TRAININGS, unit="x", annual_target=Decimal(4),
                           q1=Decimal(1), q2=Decimal(1), q3=Decimal(1), q4=Decimal(1),
                           manual_actuals={"1": "1", "2": "0.5"})]
        s.add(newer)
        s.add(AnnualPlan(account_id=second.account_id, year=year, plan_version=second.plan_version + 1,
                         status=PlanStatus.SUBMITTED))  # a newer version without objectives
    fields = ("id", "metric", "product", "q1", "q2", "q3", "q4", "manual_actuals")
    with ctx.sessions() as s:
        for status in (None, PlanStatus.APPROVED, PlanStatus.DRAFT):
            entities = newest_plans(s, year, status)
            figures = newest_plan_figures(s, year, status)
            assert entities
            assert set(figures) == set(entities)
            for aid, plan in entities.items():
                assert (figures[aid].id, figures[aid].status) == (plan.id, plan.status)
                assert [tuple(getattr(o, f) for f in fields) for o in figures[aid].quantitative] == \
                    [tuple(getattr(o, f) for f in fields) for o in plan.quantitative]
        assert newest_plan_figures(s, year)[first.account_id].quantitative[0].manual_actuals == {"1": "1", "2": "0.5"}
        assert newest_plan_figures(s, year, PlanStatus.APPROVED)[first.account_id].id == first.id
        assert newest_plan_figures(s, year)[second.account_id].quantitative == []
