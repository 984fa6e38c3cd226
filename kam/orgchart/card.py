"""A person's card on the org chart as a description — texts, colours and boxes in chart coordinates — that
the Qt item on screen and the ReportLab drawing on paper only paint.

The card shows the name (and romanisation), the title, the stance as a colour *and* a word, buying-role
badges, influence dots, faction tags (★ marks the leader), our coverage owner (or a warning that there is
none), the days since our last contact (amber once it has gone stale) and, when comparing with a date, the
stance move on a badge above the card.

Coordinates are the layout's: points, y growing downwards, (0, 0) the card's top-left corner; a text's
(x, y) is its baseline point at the side ``anchor`` names. Sizes are type sizes in points. Widths of text
depend on the font a painter uses, so the painter passes its own ``measure``; texts arrive already
shortened with an ellipsis to the room they have.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from kam.analysis.powermap import is_stale
from kam.i18n import pick
from kam.orgchart.data import ChartFaction, ChartPerson, OrgData
from kam.palette import (
    FACTION_HEX,
    HIGHLIGHT_FILL_HEX,
    HIGHLIGHT_HEX,
    INFLUENCE_HEX,
    INK_HEX,
    MUTED_HEX,
    PAPER_HEX,
    ROLE_HEX,
    RULE_HEX,
    STANCE_HEX,
    WARN_HEX,
)
from kam.text import Measure, elide
from kam.vocab import STANCE_MARK, BuyingRole, InfluenceKind, Stance, badge, label

Anchor = Literal["start", "middle", "end"]
Move = tuple[Stance | None, Stance]  # a stance move since the comparison date: (before, after)

PAD = 10.0  # left margin inside the card (the stance stripe is 5 wide)
RIGHT = 6.0  # right margin inside the card
NAME_SIZE, SMALL_SIZE, TINY_SIZE, FOOT_SIZE = 9.0, 7.0, 6.0, 6.5
NAME_LINE = 11.0  # a name's second line, when it needs one (the layout's cards are tall enough: 76)
NO_OWNER = ("no owner", "无人负责", "無人負責")
DAYS = ("{0}d", "{0}天", "{0}天")


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 0.0
    radius: float = 0.0


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    colour: str
    bold: bool = False
    anchor: Anchor = "start"


@dataclass(frozen=True)
class CardView:
    """What to paint for one card: the boxes first (in order), then the texts on top."""

    w: float
    h: float
    boxes: tuple[Box, ...]
    texts: tuple[Text, ...]


@dataclass(frozen=True)
class ChartStyle:
    """What one chart's cards share: each faction's colour and name, and who leads which faction."""

    faction_colour: Mapping[int, str]
    faction_name: Mapping[int, str]
    leader_of: Mapping[int, int]  # person id -> the faction they lead


def chart_style(factions: list[ChartFaction]) -> ChartStyle:
    return ChartStyle({f.id: FACTION_HEX[i % len(FACTION_HEX)] for i, f in enumerate(factions)},
                      {f.id: f.name for f in factions},
                      {f.leader_id: f.id for f in factions if f.leader_id is not None})


def faction_title(faction: ChartFaction, data: OrgData) -> str:
    """A faction's label on its group outline: its name and its leader (★)."""
    leader = next((p.name for p in data.people if p.id == faction.leader_id), None)
    return faction.name + (f" · ★{leader}" if leader else "")


def move_text(move: Move, lang: str) -> str:
    before, after = move
    return f"{label(before, lang) if before else '—'} → {label(after, lang)}"


def freshness(days: int | None, lang: str) -> str:
    """Days since our last contact, short ("12d", "12天"); "—" for none recorded."""
    return "—" if days is None else pick(DAYS, lang).format(days)


def card_view(p: ChartPerson, w: float, h: float, *, lang: str, today: dt.date, measure: Measure,
              style: ChartStyle, highlighted: bool = False, move: Move | None = None) -> CardView:
    """The card of ``p``, ``w`` × ``h`` points."""
    boxes = [Box(0, 0, w, h, PAPER_HEX, HIGHLIGHT_HEX if highlighted else RULE_HEX,
                 2.2 if highlighted else 0.8, 4),
             Box(0, 0, 5, h, STANCE_HEX[p.stance])]
    texts: list[Text] = []

    def text(x: float, y: float, s: str, size: float, colour: str, room: float, *, bold: bool = False,
             anchor: Anchor = "start") -> float:
        s = elide(s, size, room, measure, bold)
        texts.append(Text(x, y, s, size, colour, bold, anchor))
        return measure(s, size, bold)

    # stance top right, in words beside its colour; the name gets the room left of it, and a second line
    # (the whole width) when it needs one: cut with an ellipsis only when two lines are not enough
    stance = f"{STANCE_MARK[p.stance]} {label(p.stance, lang)}"
    stance_w = text(w - RIGHT, 12, stance, SMALL_SIZE, STANCE_HEX[p.stance], w / 2, anchor="end")
    name = p.name if not p.name_latin or p.name_latin == p.name else f"{p.name} {p.name_latin}"
    first, second = w - RIGHT - stance_w - 6 - PAD, w - PAD - RIGHT
    lines = wrap_two(name, NAME_SIZE, first, second, measure, bold=True)
    if len(lines) == 2 and name != p.name and measure(p.name, NAME_SIZE, True) <= first:
        lines = [p.name, elide(p.name_latin or "", NAME_SIZE, second, measure, True)]  # a name, its romanisation
    for i, line in enumerate(lines):
        text(PAD, 13 + i * NAME_LINE, line, NAME_SIZE, INK_HEX, w, bold=True)
    dy = NAME_LINE * (len(lines) - 1)  # what follows moves down by the second line
    text(PAD, 25 + dy, p.title or "", SMALL_SIZE, MUTED_HEX, w - PAD - RIGHT)
    # buying-role badges, influence dots to their right
    dots = "●" * p.influence + "○" * (5 - p.influence)
    dots_w = text(w - RIGHT, 37 + dy, dots, TINY_SIZE, INK_HEX, w, anchor="end")
    x = PAD
    for role in sorted(p.roles, key=list(BuyingRole).index):
        short = badge(role, lang)
        bw = measure(short, TINY_SIZE, False) + 6
        if x + bw > w - RIGHT - dots_w - 3:
            break
        boxes.append(Box(x, 29 + dy, bw, 10, ROLE_HEX[role], radius=2))
        texts.append(Text(x + bw / 2, 36.5 + dy, short, TINY_SIZE, PAPER_HEX, anchor="middle"))
        x += bw + 3
    # faction tags
    x = PAD
    for fid in p.factions:
        tag = ("★" if style.leader_of.get(p.id) == fid else "") + style.faction_name.get(fid, "")
        if x >= w - RIGHT:
            break
        x += min(62.0, text(x, 50 + dy, tag, TINY_SIZE, style.faction_colour.get(fid, MUTED_HEX),
                            min(60.0, w - RIGHT - x)) + 8)
    # our coverage owner bottom left, days since our last contact bottom right
    days = (today - p.last_contact).days if p.last_contact else None
    fresh_w = text(w - RIGHT, h - 6, freshness(days, lang), FOOT_SIZE,
                   WARN_HEX if is_stale(p.last_contact, today) else MUTED_HEX, w / 3, anchor="end")
    owner = p.coverage_owner or pick(NO_OWNER, lang)
    text(PAD, h - 6, owner, FOOT_SIZE, MUTED_HEX if p.coverage_owner else WARN_HEX, w - PAD - RIGHT - fresh_w - 6)
    if move is not None:  # the stance move on a badge above the card's top right corner
        words = elide(move_text(move, lang), TINY_SIZE, w - 8, measure)
        bw = measure(words, TINY_SIZE, False) + 8
        boxes.append(Box(w - bw, -12, bw, 10, HIGHLIGHT_FILL_HEX, HIGHLIGHT_HEX, 0.5, 2))
        texts.append(Text(w - bw / 2, -4.5, words, TINY_SIZE, INK_HEX, anchor="middle"))
    return CardView(w, h, tuple(boxes), tuple(texts))


def wrap_two(text: str, size: float, first: float, second: float, measure: Measure, *,
             bold: bool = False) -> list[str]:
    """``text`` on one line of ``first`` points or, when it needs more, on two (the second ``second`` wide):
    broken at a space where one fits (a Chinese name before its romanisation, an English name between
    words), else between characters; only what two lines cannot hold is cut with an ellipsis."""
    if measure(text, size, bold) <= first:
        return [text]
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    for i in reversed(spaces):  # the longest first line that ends at a space
        head = text[:i].rstrip()
        if head and measure(head, size, bold) <= first:
            return [head, elide(text[i + 1:].lstrip(), size, second, measure, bold)]
    cut = len(text)
    while cut > 1 and measure(text[:cut], size, bold) > first:
        cut -= 1
    if cut <= 1 or not text[:cut].strip():
        return [elide(text, size, first, measure, bold)]
    return [text[:cut], elide(text[cut:].lstrip(), size, second, measure, bold)]


def card_tooltip(p: ChartPerson, lang: str) -> str:
    """The card's text in full (the screen shows it on hover)."""
    roles = ", ".join(label(r, lang) for r in sorted(p.roles, key=list(BuyingRole).index))
    parts = [p.name + (f" ({p.name_latin})" if p.name_latin and p.name_latin != p.name else ""),
             p.title or "", f"{label(p.stance, lang)} · {roles}" if roles else label(p.stance, lang)]
    return "\n".join(x for x in parts if x)


KIND_SIZE = 5.5  # the word on an influence line saying why (kam.vocab.InfluenceKind)

Point = tuple[float, float]


def arrow_points(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> tuple[Point, Point, Point]:
    """An influence line from card ``a`` to card ``b`` (x, y, w, h): where it starts (a's centre; the card hides
    it), where it ends (on b's border, the arrow head) and where it comes out from under card ``a`` (the part
    between the two cards is where its label goes: label_point)."""
    ax, ay = a[0] + a[2] / 2, a[1] + a[3] / 2
    bx, by = b[0] + b[2] / 2, b[1] + b[3] / 2
    dx, dy = bx - ax, by - ay

    def border(w: float, h: float) -> float:  # the fraction of (dx, dy) from a centre to its card's border
        return min((w / 2) / abs(dx) if dx else 1e9, (h / 2) / abs(dy) if dy else 1e9)

    t_end = 1 - border(b[2], b[3])
    t_out = min(border(a[2], a[3]), t_end)
    return (ax, ay), (ax + dx * t_end, ay + dy * t_end), (ax + dx * t_out, ay + dy * t_out)


def label_point(start: Point, end: Point, size: tuple[float, float],
                cards: Iterable[tuple[float, float, float, float]]) -> Point:
    """Where on the line from ``start`` to ``end`` a label ``size`` (w, h) centred on it covers no card: the
    free point nearest the middle (else the middle itself)."""
    boxes = list(cards)
    w, h = size

    def free(t: float) -> bool:
        x, y = start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t
        return not any(x - w / 2 < bx + bw and bx < x + w / 2 and y - h / 2 < by + bh and by < y + h / 2
                       for bx, by, bw, bh in boxes)

    steps = 40
    for k in sorted(range(steps + 1), key=lambda k: abs(k - steps / 2)):
        if free(k / steps):
            t = k / steps
            return start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t
    return (start[0] + end[0]) / 2, (start[1] + end[1]) / 2


# The chart's filters: who stays in full colour (everyone else is dimmed, the structure stays visible).
CHART_FILTERS: dict[str, Callable[[ChartPerson, dt.date], bool]] = {
    "all": lambda p, today: True,
    "decision_makers": lambda p, today: BuyingRole.DECISION_MAKER in p.roles,
    "opposers_neutrals": lambda p, today: p.stance in (Stance.OPPOSER, Stance.NEUTRAL),
    "uncovered": lambda p, today: not p.coverage_owner,
    "stale": lambda p, today: is_stale(p.last_contact, today),
}


@dataclass(frozen=True)
class LegendEntry:
    """One sign of the chart and what it means: a stance ``stripe``, a role ``badge`` (``mark`` its short
    form), influence ``dots``, the dashed influence ``arrow`` (``mark``: a sample of the word on it), a
    ``faction``'s outline, or a card's ``foot`` text in its colour."""

    kind: Literal["stripe", "badge", "dots", "arrow", "faction", "foot"]
    colour: str
    mark: str
    text: str


_LEGEND_WORDS = {
    "influence": ("influence 1–5", "影响力 1–5", "影響力 1–5"),
    "arrow": ("informal influence, on whom; its word says why", "非正式影响（箭头指向被影响者，标签说明关系）",
              "非正式影響（箭頭指向被影響者，標籤說明關係）"),
    "faction": ("a faction: its members outlined in its colour", "派系：成员以派系颜色框出",
                "派系：成員以派系顏色框出"),
    "days": ("days since our last contact", "距上次联系天数", "距上次聯繫天數"),
    "stale": ("stale: no contact for over {0} days", "超过 {0} 天未联系", "超過 {0} 天未聯繫"),
    "owner": ("nobody of ours covers this person", "我方无人对接此人", "我方無人對接此人"),
    "leader": ("leads the faction", "派系领袖", "派系領袖"),
}


def legend(lang: str) -> list[LegendEntry]:
    """The chart's signs explained, in ``lang``: the same list on screen, in SVG/PNG/PDF and in the plan."""
    from kam.analysis.powermap import STALE_DAYS

    entries = [LegendEntry("stripe", STANCE_HEX[s], STANCE_MARK[s], label(s, lang)) for s in Stance]
    entries += [LegendEntry("badge", ROLE_HEX[r], badge(r, lang), label(r, lang)) for r in BuyingRole]
    entries += [LegendEntry("dots", INK_HEX, "●●●○○", pick(_LEGEND_WORDS["influence"], lang)),
                LegendEntry("arrow", INFLUENCE_HEX, label(InfluenceKind.FORMER_COLLEAGUE, lang),
                            pick(_LEGEND_WORDS["arrow"], lang)),
                LegendEntry("faction", FACTION_HEX[0], "", pick(_LEGEND_WORDS["faction"], lang)),
                LegendEntry("foot", MUTED_HEX, freshness(12, lang), pick(_LEGEND_WORDS["days"], lang)),
                LegendEntry("foot", WARN_HEX, freshness(STALE_DAYS + 30, lang),
                            pick(_LEGEND_WORDS["stale"], lang).format(STALE_DAYS)),
                LegendEntry("foot", WARN_HEX, pick(NO_OWNER, lang), pick(_LEGEND_WORDS["owner"], lang)),
                LegendEntry("foot", FACTION_HEX[0], "★", pick(_LEGEND_WORDS["leader"], lang))]
    return entries
