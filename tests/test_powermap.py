"""Power-map rules on hand-built cases, and the stance diff between dates."""

from __future__ import annotations

import datetime as dt

from kam.analysis.powermap import MapPerson, assess, describe_move, stance_moves
from kam.vocab import BuyingRole, Rating, Stance

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL

TODAY = dt.date(2026, 11, 23)
DM, INF = BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER


def p(pid: int, name: str, stance: Stance, roles: set[BuyingRole], influence: int = 3,
      owner: str | None = "李娜", last: dt.date | None = TODAY) -> MapPerson:
    return MapPerson(pid, name, stance, frozenset(roles), influence, owner, last)


def rules(pm) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.rule for r in pm.risks]


def test_green_when_a_covered_recent_decision_maker_supports_us() -> None:
    pm = assess([p(1, "张伟", Stance.SUPPORTER, {DM}, 5)], TODAY)
    assert (pm.rating, pm.risks) == (Rating.GREEN, [])


def test_red_without_any_decision_maker() -> None:
    pm = assess([p(1, "A", Stance.SUPPORTER, {INF}, 5)], TODAY)
    assert pm.rating == Rating.RED
    assert "R1" in rules(pm)


def test_red_when_nobody_who_matters_supports_us() -> None:
    pm = assess([p(1, "Li Na", Stance.NEUTRAL, {DM}, 5), p(2, "B", Stance.SUPPORTER, {INF}, 3)], TODAY)
    assert pm.rating == Rating.RED
    assert rules(pm) == ["R2"]


def test_red_when_the_decision_maker_opposes() -> None:
    pm = assess([p(1, "王强", Stance.OPPOSER, {DM}, 5), p(2, "B", Stance.SUPPORTER, {INF}, 5)], TODAY, lang="zh_CN")
    assert pm.rating == Rating.RED
    assert "决策者 王强 反对我们" in [r.text for r in pm.risks]


def test_amber_for_an_uncovered_high_influence_opposer() -> None:
    pm = assess([p(1, "张伟", Stance.SUPPORTER, {DM}, 5), p(2, "王强", Stance.OPPOSER, {INF}, 4, owner=None)],
                TODAY, lang="zh_CN")
    assert pm.rating == Rating.AMBER
    assert [r.text for r in pm.risks] == ["高影响力反对者 王强 无人负责"]


def test_amber_when_only_a_strong_influencer_supports_us() -> None:
    pm = assess([p(1, "DM", Stance.NEUTRAL, {DM}, 5), p(2, "Inf", Stance.SUPPORTER, {INF}, 5)], TODAY)
    assert (pm.rating, rules(pm)) == (Rating.AMBER, ["A2"])


def test_amber_for_a_stale_decision_maker() -> None:
    pm = assess([p(1, "Li Na", Stance.SUPPORTER, {DM}, 5, last=TODAY - dt.timedelta(days=120))], TODAY)
    assert pm.rating == Rating.AMBER
    assert [r.text for r in pm.risks] == ["No contact with decision-maker Li Na for 120 days"]


def test_stance_moves_between_dates() -> None:
    S, N, OPP = Stance.SUPPORTER, Stance.NEUTRAL, Stance.OPPOSER
    history = [(1, dt.date(2026, 1, 5), 1, N), (1, dt.date(2026, 7, 1), 2, OPP),
               (2, dt.date(2026, 1, 5), 3, S),
               (3, dt.date(2026, 8, 1), 4, S)]
    names = {1: "王强", 2: "张伟", 3: "Li Na"}
    moves = stance_moves(history, names, since=dt.date(2026, 6, 30))
    assert [(m.person_id, m.before, m.after, m.since) for m in moves] == [
        (1, N, OPP, dt.date(2026, 7, 1)), (3, None, S, dt.date(2026, 8, 1))]
    assert describe_move(moves[0]) == "王强: Neutral → Opposer since 2026-07-01"
    assert stance_moves(history, names, since=dt.date(2026, 6, 30), until=dt.date(2026, 7, 15))[0].after == OPP
    assert stance_moves(history, names, since=dt.date(2026, 9, 1)) == []


def test_service_powermap_on_demo(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    rows = demo_ctx.services.accounts.rows()
    for r in rows:
        pm, data = demo_ctx.services.orgmap.powermap(r.id, lang="zh_TW")
        assert pm.rating in set(Rating)
        assert len(data.people) == r.people
        assert all(risk.text for risk in pm.risks)


def test_the_databases_tallies_equal_the_rules_on_the_demo(ctx) -> None:  # type: ignore[no-untyped-def]
    """The portfolio rates every account from counts the database makes (``OrgMapService.tallies``); they
    must be the counts ``tally`` makes of the people read into Python, and the rating ``assess`` gives —
    on SQLite and on PostgreSQL, over several days (so the stale rule changes its answer)."""
    from kam import demo
    from kam.analysis.powermap import Tally, rate, tally

    ctx.services.register.set_up(demo.DEMO_REGISTER_PASSPHRASE)
    with ctx.engine.begin() as conn:
        demo.load(conn, dt.date.today(), scale=6, register_key=ctx.services.vault.key())
    orgmap = ctx.services.orgmap
    ids = [r.id for r in ctx.services.accounts.rows()]
    from sqlalchemy import delete, select, update

    from kam.model import Person, PersonRole

    with ctx.sessions.begin() as s:  # vary the demo so that every rating occurs
        s.execute(update(Person).where(Person.account_id == ids[0]).values(stance=Stance.OPPOSER))
        s.execute(delete(PersonRole).where(PersonRole.person_id.in_(
            select(Person.id).where(Person.account_id == ids[1]))))
        s.execute(update(Person).where(Person.account_id == ids[2]).values(stance=Stance.SUPPORTER))
        s.execute(update(Person).where(Person.account_id == ids[3]).values(stance=Stance.SUPPORTER,
                                                                           coverage_owner_id=None))
    people = orgmap.map_people(ids)
    ratings = set()
    for day in (dt.date.today(), dt.date.today() + dt.timedelta(days=60), dt.date.today() + dt.timedelta(days=400)):
        counted = orgmap.tallies(day)
        for aid in ids:
            assert counted.get(aid, Tally()) == tally(people[aid], day), aid
            assert rate(counted.get(aid, Tally())) == assess(people[aid], day).rating
            ratings.add(rate(counted.get(aid, Tally())))
    assert {Rating.RED, Rating.AMBER} <= ratings  # GREEN: see the test below


def test_the_rating_is_the_one_the_risks_imply() -> None:
    """``assess``'s rating comes from ``rate``: RED when a red rule fires, AMBER when only amber ones do."""
    import itertools

    from kam.analysis.powermap import tally

    today = dt.date(2026, 9, 1)
    kinds = [(frozenset({BuyingRole.DECISION_MAKER}), Stance.SUPPORTER), (frozenset({BuyingRole.DECISION_MAKER}), Stance.OPPOSER),
             (frozenset({BuyingRole.INFLUENCER}), Stance.SUPPORTER), (frozenset(), Stance.OPPOSER),
             (frozenset({BuyingRole.DECISION_MAKER}), Stance.NEUTRAL)]
    for n in range(4):
        for combo in itertools.combinations_with_replacement(range(len(kinds)), n):
            for influence, owner, last in itertools.product((2, 5), (None, "Li"), (None, today)):
                ppl = [MapPerson(i, f"p{i}", kinds[k][1], kinds[k][0], influence, owner, last)
                       for i, k in enumerate(combo)]
                pm = assess(ppl, today)
                expected = (Rating.RED if any(r.rating == Rating.RED for r in pm.risks)
                            else Rating.AMBER if pm.risks else Rating.GREEN)
                assert pm.rating == expected, (combo, influence, owner, last)
                assert tally(ppl, today) is not None
