"""Tidy org-chart layout over reports-to lines — pure Python, shared by the screen and the PDF.

The algorithm is Reingold–Tilford/Walker in its contour form: each subtree is
laid out on its own, then siblings are packed left to right as close as their
contours (the leftmost and rightmost extent per depth) allow, and the parent is
centred over its children. Two additions keep real organisations readable:

* **stacked reports** — when a manager has many reports who manage nobody
  (an engineering team, a sales desk) they are stacked in columns of at most
  ``stack_rows`` cards below the manager instead of one very wide row;
* **forest and cycles** — people without a manager (or whose manager is not
  in the chart) are roots laid side by side; a reporting cycle in stored data
  is reported in ``Layout.cycles`` and broken at its lowest id, never looped.

Coordinates are in points, y grows downwards, (x, y) is a card's top-left.
Work per node is proportional to its subtree's depth, so a realistic
2 000-person organisation lays out in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LayoutOptions:
    card_w: float = 150.0
    card_h: float = 76.0  # room for a name on two lines (kam.orgchart.card)
    h_gap: float = 16.0  # between neighbouring cards or subtrees
    v_gap: float = 34.0  # between a manager and the first row of reports
    stack_gap: float = 10.0  # between stacked cards
    stack_indent: float = 18.0  # stacked columns start this far right of the bus line
    stack_min: int = 4  # this many leaf reports or more are stacked
    stack_rows: int = 6  # at most this many cards per stacked column


@dataclass(frozen=True)
class Card:
    id: int
    x: float
    y: float
    w: float
    h: float
    depth: int
    stacked: bool = False


@dataclass(frozen=True)
class Line:
    """A reporting line from ``manager`` to ``report`` as a polyline of points."""

    manager: int
    report: int
    points: tuple[tuple[float, float], ...]


@dataclass
class Layout:
    cards: dict[int, Card] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    roots: list[int] = field(default_factory=list)
    cycles: list[list[int]] = field(default_factory=list)  # reporting cycles found in the data


def find_cycles(manager_of: Mapping[int, int | None]) -> list[list[int]]:
    """Every reporting cycle (each as its member ids, smallest first); iterative, linear."""
    state: dict[int, int] = {}  # 1 = on the current path, 2 = done
    cycles: list[list[int]] = []
    for start in manager_of:
        if state.get(start):
            continue
        path: list[int] = []
        node: int | None = start
        while node is not None and node in manager_of and not state.get(node):
            state[node] = 1
            path.append(node)
            node = manager_of[node]
        if node is not None and state.get(node) == 1:  # walked back into the current path
            cyc = path[path.index(node):]
            k = cyc.index(min(cyc))
            cycles.append(cyc[k:] + cyc[:k])
        for n in path:
            state[n] = 2
    return cycles


def layout(people: Iterable[tuple[int, int | None]], options: LayoutOptions | None = None) -> Layout:
    """Positions for ``(person_id, manager_id)`` pairs; input order sets sibling order."""
    opt = options or LayoutOptions()
    order: list[int] = []
    manager_of: dict[int, int | None] = {}
    for pid, mid in people:
        if pid not in manager_of:
            order.append(pid)
        manager_of[pid] = mid
    cycles = find_cycles(manager_of)
    for cyc in cycles:  # break each cycle where its smallest id reports
        manager_of[cyc[0]] = None
    children: dict[int, list[int]] = {pid: [] for pid in order}
    roots: list[int] = []
    for pid in order:
        mid = manager_of[pid]
        if mid is None or mid not in children:
            roots.append(pid)
        else:
            children[mid].append(pid)

    result = Layout(roots=roots, cycles=cycles)
    if not order:
        return result
    engine = _Engine(opt, children)
    forest = engine.place_forest(roots)
    left = min(forest.left) if forest.left else 0.0
    engine.emit(forest, -left, 0.0, result)
    result.width = max(c.x + c.w for c in result.cards.values())
    result.height = max(c.y + c.h for c in result.cards.values())
    return result


@dataclass
class _Sub:
    """A laid-out subtree relative to its root card's left edge at x=0, y=0."""

    node: int | None  # None for the virtual forest root
    left: list[float]  # per row band: leftmost x
    right: list[float]  # per row band: rightmost x
    kids: list[tuple[_Sub, float]] = field(default_factory=list)  # (subtree, x offset)
    stack: list[tuple[int, float, float]] = field(default_factory=list)  # (id, dx, dy) of stacked reports


class _Engine:
    def __init__(self, opt: LayoutOptions, children: dict[int, list[int]]) -> None:
        self.o = opt
        self.children = children

    def _leaf(self, pid: int) -> bool:
        return not self.children[pid]

    def place_forest(self, roots: list[int]) -> _Sub:
        subs = self._place_all(roots)
        forest = _Sub(None, [], [])
        self._pack(forest, [subs[r] for r in roots])
        return forest

    def _place_all(self, roots: list[int]) -> dict[int, _Sub]:
        """Post-order without recursion: deep chains in bad data must not hit the stack limit."""
        done: dict[int, _Sub] = {}
        stack: list[tuple[int, bool]] = [(r, False) for r in reversed(roots)]
        while stack:
            pid, expanded = stack.pop()
            kids = self.children[pid]
            if expanded or not kids:
                done[pid] = self._place(pid, [done[k] for k in kids if k in done])
                continue
            stack.append((pid, True))
            stack.extend((k, False) for k in reversed(kids))
        return done

    def _place(self, pid: int, kid_subs: list[_Sub]) -> _Sub:
        o = self.o
        kids = self.children[pid]
        leaves = [k for k in kids if self._leaf(k)]
        sub = _Sub(pid, [0.0], [o.card_w])
        stacked = len(leaves) >= o.stack_min
        if stacked:
            rows = min(o.stack_rows, len(leaves))
            cols = -(-len(leaves) // rows)
            for i, leaf in enumerate(leaves):
                c, r = divmod(i, rows)
                dx = o.stack_indent + c * (o.card_w + o.h_gap)
                dy = o.card_h + o.v_gap + r * (o.card_h + o.stack_gap)
                sub.stack.append((leaf, dx, dy))
            block_right = o.stack_indent + cols * o.card_w + (cols - 1) * o.h_gap
            sub.right[0] = max(sub.right[0], block_right)
            # the stacked block occupies as many row bands as it is tall
            bands = self._bands_for(rows)
            sub.left += [0.0] * bands
            sub.right += [block_right] * bands
        normal = [s for s in kid_subs if not (stacked and s.node in set(leaves))]
        if normal:
            child_level = _Sub(None, [], [])
            self._pack(child_level, normal)
            # centre the manager over the packed reports (or over the stack + reports)
            span_l, span_r = child_level.left[0], child_level.right[0]
            if stacked:
                # put the reports to the right of the stacked block
                shift = max(sub.right[d + 1] + o.h_gap - child_level.left[d]
                            for d in range(min(len(sub.right) - 1, len(child_level.left))))
                child_level.kids = [(s, x + shift) for s, x in child_level.kids]
                child_level.left = [v + shift for v in child_level.left]
                child_level.right = [v + shift for v in child_level.right]
                span_l, span_r = child_level.left[0], child_level.right[0]
                centre = 0.0
            else:
                centre = (span_l + span_r) / 2 - o.card_w / 2
                child_level.kids = [(s, x - centre) for s, x in child_level.kids]
                child_level.left = [v - centre for v in child_level.left]
                child_level.right = [v - centre for v in child_level.right]
            sub.kids = child_level.kids
            for i, (lv, rv) in enumerate(zip(child_level.left, child_level.right, strict=True)):
                band = i + 1
                if band < len(sub.left):
                    sub.left[band] = min(sub.left[band], lv)
                    sub.right[band] = max(sub.right[band], rv)
                else:
                    sub.left.append(lv)
                    sub.right.append(rv)
        return sub

    def _bands_for(self, rows: int) -> int:
        """How many ordinary row bands a stacked column of ``rows`` cards covers."""
        o = self.o
        height = rows * o.card_h + (rows - 1) * o.stack_gap
        band = o.card_h + o.v_gap
        return max(1, -(-int(height + o.v_gap) // int(band)))

    def _pack(self, into: _Sub, subs: list[_Sub]) -> None:
        """Place subtrees left to right, each as close as the contours allow."""
        o = self.o
        for s in subs:
            if not into.kids:
                offset = 0.0
            else:
                common = min(len(into.right), len(s.left))
                offset = max(into.right[d] - s.left[d] + o.h_gap for d in range(common))
            into.kids.append((s, offset))
            for d in range(len(s.left)):
                lv, rv = s.left[d] + offset, s.right[d] + offset
                if d < len(into.left):
                    into.left[d] = min(into.left[d], lv)
                    into.right[d] = max(into.right[d], rv)
                else:
                    into.left.append(lv)
                    into.right.append(rv)

    def emit(self, forest: _Sub, x0: float, y0: float, out: Layout) -> None:
        """Turn relative offsets into absolute cards and reporting lines (iteratively)."""
        o = self.o
        band = o.card_h + o.v_gap
        todo: list[tuple[_Sub, float, int]] = [(s, x0 + dx, 0) for s, dx in forest.kids]
        while todo:
            sub, x, depth = todo.pop()
            assert sub.node is not None
            y = y0 + depth * band
            out.cards[sub.node] = Card(sub.node, x, y, o.card_w, o.card_h, depth)
            bottom = (x + o.card_w / 2, y + o.card_h)
            if sub.stack:
                bus_x = x + o.stack_indent / 2
                for leaf, dx, dy in sub.stack:
                    out.cards[leaf] = Card(leaf, x + dx, y + dy, o.card_w, o.card_h, depth + 1, stacked=True)
                    mid_y = y + dy + o.card_h / 2
                    col_x = x + dx
                    pts: tuple[tuple[float, float], ...]
                    if dx == o.stack_indent:  # first column: along the bus line
                        pts = ((bus_x, y + o.card_h), (bus_x, mid_y), (col_x, mid_y))
                    else:  # later columns: down the gap to their left
                        gap_x = col_x - o.h_gap / 2
                        pts = (bottom, (bottom[0], y + o.card_h + o.v_gap / 2),
                               (gap_x, y + o.card_h + o.v_gap / 2), (gap_x, mid_y), (col_x, mid_y))
                    out.lines.append(Line(sub.node, leaf, pts))
            for kid, dx in sub.kids:
                kx = x + dx
                ky = y + band
                mid = y + o.card_h + o.v_gap / 2
                if sub.stack:
                    mid = ky - o.v_gap / 2
                    pts = (bottom, (bottom[0], y + o.card_h + o.v_gap / 4),
                           (kx + o.card_w / 2, y + o.card_h + o.v_gap / 4), (kx + o.card_w / 2, ky))
                else:
                    pts = (bottom, (bottom[0], mid), (kx + o.card_w / 2, mid), (kx + o.card_w / 2, ky))
                assert kid.node is not None
                out.lines.append(Line(sub.node, kid.node, pts))
                todo.append((kid, kx, depth + 1))
