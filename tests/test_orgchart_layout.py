"""Layout properties: no overlaps, managers above reports, deterministic, large orgs, cycles."""

from __future__ import annotations

import random

import pytest

from kam.orgchart import Layout, layout


def random_org(n: int, seed: int = 1, fanout: int = 7) -> list[tuple[int, int | None]]:
    rng = random.Random(seed)
    people: list[tuple[int, int | None]] = [(1, None)]
    for pid in range(2, n + 1):
        people.append((pid, rng.randint(max(1, pid // fanout - 5), max(1, pid // fanout + 1))
                       if pid > 1 else None))
    return people


def overlaps(lay: Layout) -> list[tuple[int, int]]:
    cards = sorted(lay.cards.values(), key=lambda c: c.x)
    bad = []
    for i, a in enumerate(cards):
        for b in cards[i + 1:]:
            if b.x >= a.x + a.w:
                break
            if a.y < b.y + b.h and b.y < a.y + a.h:
                bad.append((a.id, b.id))
    return bad


@pytest.mark.parametrize("n", [1, 2, 9, 60, 300])
def test_no_overlapping_cards_and_managers_above_reports(n: int) -> None:
    org = random_org(n)
    lay = layout(org)
    assert set(lay.cards) == {p for p, _ in org}
    assert overlaps(lay) == []
    for pid, mid in org:
        if mid is not None:
            assert lay.cards[mid].y + lay.cards[mid].h <= lay.cards[pid].y


def test_every_reporting_line_connects_its_cards() -> None:
    org = random_org(120)
    lay = layout(org)
    assert {(ln.manager, ln.report) for ln in lay.lines} == {(m, p) for p, m in org if m}
    for ln in lay.lines:
        top = lay.cards[ln.report]
        assert ln.points[-1][1] == pytest.approx(top.y + (top.h / 2 if top.stacked else 0))


def test_deterministic() -> None:
    org = random_org(200)
    assert layout(org) == layout(list(org))


def test_wide_team_is_stacked_not_a_wide_row() -> None:
    org = [(1, None)] + [(i, 1) for i in range(2, 42)]  # a manager with 40 individual contributors
    lay = layout(org)
    assert all(lay.cards[i].stacked for i in range(2, 42))
    assert lay.width < 12 * 150  # 40 side by side would be ~6 600 pt wide
    assert overlaps(lay) == []


def test_several_roots_and_unknown_managers() -> None:
    lay = layout([(1, None), (2, None), (3, 99), (4, 1)])
    assert lay.roots == [1, 2, 3]
    assert overlaps(lay) == []


def test_cycle_is_reported_not_looped() -> None:
    lay = layout([(1, 3), (2, 1), (3, 2), (4, 2), (5, None)])
    assert lay.cycles == [[1, 3, 2]]
    assert set(lay.cards) == {1, 2, 3, 4, 5}
    assert 1 in lay.roots
    assert overlaps(lay) == []


def test_two_thousand_people_and_a_deep_chain_complete() -> None:
    lay = layout(random_org(2000, seed=7))
    assert len(lay.cards) == 2000
    assert overlaps(lay) == []
    chain = layout([(1, None)] + [(i, i - 1) for i in range(2, 3000)])  # bad data: 3 000 levels
    assert len(chain.cards) == 2999
