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
