"""A faction's shape on the org chart encloses its members and nobody else (kam.orgchart.shapes)."""

from __future__ import annotations

import random

import pytest
from test_orgchart_layout import random_org

from kam.orgchart.data import ChartFaction
from kam.orgchart.layout import Card, Layout, LayoutOptions, layout
from kam.orgchart.shapes import FactionShape, faction_shapes, outline_pad


def _meets(r: tuple[float, float, float, float], c: Card) -> bool:
    x, y, w, h = r
    return x < c.x + c.w and c.x < x + w and y < c.y + c.h and c.y < y + h


def _covered(shape: FactionShape, c: Card) -> bool:
    """The card's box lies within the union of the shape's tiles (its area is covered)."""
    area = 0.0
    for x, y, w, h in shape.tiles:
        ix = max(0.0, min(x + w, c.x + c.w) - max(x, c.x))
        iy = max(0.0, min(y + h, c.y + c.h) - max(y, c.y))
        area += ix * iy
    return abs(area - c.w * c.h) < 1e-6


def check(lay: Layout, factions: list[ChartFaction]) -> list[FactionShape]:
    shapes = faction_shapes(lay, factions)
    by_id = {f.id: f for f in factions}
    for shape in shapes:
        members = set(by_id[shape.faction_id].member_ids)
        for pid, card in lay.cards.items():
            if pid in members:
                assert _covered(shape, card), (shape.faction_id, pid)
            else:
                hit = [t for t in shape.tiles if _meets(t, card)]
                assert not hit, f"faction {shape.faction_id} meets non-member {pid}: {hit}"
        for i, a in enumerate(shape.tiles):  # tiles never overlap (an even fill)
            for b in shape.tiles[i + 1:]:
                assert not (a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3])
        for x1, y1, x2, y2 in shape.edges:
            assert x1 == x2 or y1 == y2
    return shapes


def random_factions(rng: random.Random, ids: list[int], n: int) -> list[ChartFaction]:
    out = []
    for fid in range(1, n + 1):
        k = rng.randint(1, max(1, min(12, len(ids))))
        if rng.random() < 0.5 and len(ids) > k:  # neighbours in the input order: a team, a stacked desk
            start = rng.randrange(len(ids) - k)
            members = ids[start:start + k]
        else:
            members = rng.sample(ids, k)
        out.append(ChartFaction(fid, f"F{fid}", members[0], tuple(members)))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_random_layouts_and_factions(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.choice([3, 9, 25, 60, 140])
    org = random_org(n, seed=seed, fanout=rng.choice([2, 4, 7]))
    options = rng.choice([LayoutOptions(), LayoutOptions(stack_min=2, stack_rows=3),
                          LayoutOptions(h_gap=6, stack_gap=4)])
    lay = layout(org, options)
    check(lay, random_factions(rng, [pid for pid, _ in org], rng.randint(1, 6)))


def test_demo_accounts(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    svc = demo_ctx.services
    seen = 0
    for account_id in svc.accounts.names():
        data = svc.orgmap.org(account_id)
        lay = layout([(p.id, p.manager_id) for p in data.people])
        shapes = check(lay, data.factions)
        seen += len(shapes)
    assert seen >= 3  # the demo has factions to draw


def test_neighbours_are_joined_and_a_stranger_between_them_splits_the_shape() -> None:
    # a manager with three reports side by side: 2 and 4 are of one faction, 3 (between them) is not
    lay = layout([(1, None), (2, 1), (3, 1), (4, 1)], LayoutOptions(stack_min=9))
    apart = faction_shapes(lay, [ChartFaction(1, "F", None, (2, 4))])[0]
    assert len(apart.edges) == 8  # two separate outlines of four sides each
    together = faction_shapes(lay, [ChartFaction(1, "F", None, (2, 3))])[0]
    assert len(together.edges) == 4  # one outline around both (the gap between them bridged)
    assert 0 < outline_pad(lay) < LayoutOptions().h_gap / 2
