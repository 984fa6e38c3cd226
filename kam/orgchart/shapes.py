"""Where a faction is drawn on the org chart — pure geometry shared by the screen and the paper.

A faction is not one box around its members (the layout follows reporting lines, so a box around members
would take in whoever sits between them). It is each member's own outline, a few points around the card,
joined to a neighbouring member's outline across the gap between them when the two are direct neighbours
(side by side in a row, or one above the other in a stacked column) and nobody else's card is in the
way. So the shape encloses members only: no other card's box ever meets it (tests/test_orgchart_shapes.py).

The shape comes as the union of rectangles: ``tiles`` (that never overlap, so a translucent or tinted
fill is even) and ``edges`` (the union's outline as horizontal and vertical segments, to be stroked).
Coordinates are the layout's: points, y growing downwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kam.orgchart.data import ChartFaction
from kam.orgchart.layout import Card, Layout

Rect = tuple[float, float, float, float]  # x, y, w, h
Segment = tuple[float, float, float, float]  # x1, y1, x2, y2


@dataclass(frozen=True)
class FactionShape:
    faction_id: int
    members: tuple[int, ...]  # the members on the chart
    tiles: tuple[Rect, ...]
    edges: tuple[Segment, ...]


def outline_pad(lay: Layout) -> float:
    """How far a member's outline stands off its card: under half the narrowest gap between two cards, so
    the outlines of two cards never touch unless a bridge joins them."""
    cards = list(lay.cards.values())
    gaps = [8.0]  # (never more than this, however roomy the layout)
    by_row: dict[float, list[Card]] = {}
    by_col: dict[float, list[Card]] = {}
    for c in cards:
        by_row.setdefault(c.y, []).append(c)
        by_col.setdefault(c.x, []).append(c)
    for row in by_row.values():
        row.sort(key=lambda c: c.x)
        gaps += [b.x - (a.x + a.w) for a, b in zip(row, row[1:], strict=False) if b.x > a.x]
    for col in by_col.values():
        col.sort(key=lambda c: c.y)
        gaps += [b.y - (a.y + a.h) for a, b in zip(col, col[1:], strict=False) if b.y > a.y]
    return max(1.0, min(gaps) / 2 - 1)


def _meets(r: Rect, c: Card) -> bool:
    x, y, w, h = r
    return x < c.x + c.w and c.x < x + w and y < c.y + c.h and c.y < y + h


def faction_shapes(lay: Layout, factions: Iterable[ChartFaction], pad: float | None = None) -> list[FactionShape]:
    """Each faction's shape on ``lay`` (factions with no member on the chart have none)."""
    pad = outline_pad(lay) if pad is None else pad
    out = []
    for f in factions:
        members = [m for m in dict.fromkeys(f.member_ids) if m in lay.cards]
        if not members:
            continue
        mine = set(members)
        others = [c for pid, c in lay.cards.items() if pid not in mine]
        rects: list[Rect] = []
        for m in members:
            c = lay.cards[m]
            r = (c.x - pad, c.y - pad, c.w + 2 * pad, c.h + 2 * pad)
            # (a card of someone else closer than the pad: the outline is the card's own edge there)
            rects.append(r if not any(_meets(r, o) for o in others) else (c.x, c.y, c.w, c.h))
        for bridge in _bridges([lay.cards[m] for m in members], pad):
            if not any(_meets(bridge, c) for c in others):
                rects.append(bridge)
        tiles, edges = _union(rects)
        out.append(FactionShape(f.id, tuple(members), tiles, edges))
    return out


def _bridges(cards: list[Card], pad: float) -> list[Rect]:
    """Rectangles across the gap between members that are direct neighbours: same row and nothing of the
    faction's own nearer, or the same stacked column."""
    out: list[Rect] = []
    rows: dict[float, list[Card]] = {}
    cols: dict[float, list[Card]] = {}
    for c in cards:
        rows.setdefault(c.y, []).append(c)
        cols.setdefault(c.x, []).append(c)
    for row in rows.values():
        row.sort(key=lambda c: c.x)
        for a, b in zip(row, row[1:], strict=False):
            if b.x > a.x + a.w:
                out.append((a.x + a.w, a.y - pad, b.x - (a.x + a.w), a.h + 2 * pad))
    for col in cols.values():
        col.sort(key=lambda c: c.y)
        for a, b in zip(col, col[1:], strict=False):
            if b.y > a.y + a.h:
                out.append((a.x - pad, a.y + a.h, a.w + 2 * pad, b.y - (a.y + a.h)))
    return out


def _union(rects: list[Rect]) -> tuple[tuple[Rect, ...], tuple[Segment, ...]]:
    """The union of axis-parallel rectangles as non-overlapping tiles (runs of a compressed grid, row by row)
    and its outline (the grid edges between a covered and an uncovered cell, collinear pieces merged)."""
    xs = sorted({v for x, _, w, _ in rects for v in (x, x + w)})
    ys = sorted({v for _, y, _, h in rects for v in (y, y + h)})
    xi = {v: i for i, v in enumerate(xs)}
    yi = {v: i for i, v in enumerate(ys)}
    nx, ny = len(xs) - 1, len(ys) - 1
    cover = [[False] * nx for _ in range(ny)]
    for x, y, w, h in rects:
        for j in range(yi[y], yi[y + h]):
            row = cover[j]
            for i in range(xi[x], xi[x + w]):
                row[i] = True

    def on(i: int, j: int) -> bool:
        return 0 <= i < nx and 0 <= j < ny and cover[j][i]

    tiles: list[Rect] = []
    for j in range(ny):
        i = 0
        while i < nx:
            if not cover[j][i]:
                i += 1
                continue
            start = i
            while i < nx and cover[j][i]:
                i += 1
            tiles.append((xs[start], ys[j], xs[i] - xs[start], ys[j + 1] - ys[j]))
    edges: list[Segment] = []
    for j in range(ny + 1):  # horizontal edges at ys[j]: the cells above and below differ
        i = 0
        while i < nx:
            if on(i, j - 1) == on(i, j):
                i += 1
                continue
            start, upper = i, on(i, j - 1)
            while i < nx and on(i, j - 1) != on(i, j) and on(i, j - 1) == upper:
                i += 1
            edges.append((xs[start], ys[j], xs[i], ys[j]))
    for i in range(nx + 1):  # vertical edges at xs[i]
        j = 0
        while j < ny:
            if on(i - 1, j) == on(i, j):
                j += 1
                continue
            start, left = j, on(i - 1, j)
            while j < ny and on(i - 1, j) != on(i, j) and on(i - 1, j) == left:
                j += 1
            edges.append((xs[i], ys[start], xs[i], ys[j]))
    return tuple(tiles), tuple(edges)


def tint(hex_colour: str, amount: float = 0.12) -> str:
    """``hex_colour`` mixed into white (``amount`` of the colour): an opaque fill that reads like a wash of it."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - v) * amount) for v in (r, g, b)]
    return "#" + "".join(f"{v:02X}" for v in mix)
