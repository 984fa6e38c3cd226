"""Power-map health: who decides, who supports us, who is not covered — as rules, in words.

Rules (applied to an account's people, or to one purchasing project's
participants with their project roles). "High influence" means influence ≥ 4
on the 1–5 scale; "stale" means no recorded contact for more than
``stale_days`` (default 90).

RED when any of
  R1  no decision-maker is identified;
  R2  no decision-maker and no high-influence influencer supports us;
  R3  a decision-maker opposes us and none supports us.
AMBER when none of the red rules hold but any of
  A1  a high-influence opposer has no coverage owner on our side;
  A2  no decision-maker supports us (a high-influence influencer does);
  A3  a decision-maker has had no contact for more than ``stale_days``;
  A4  a decision-maker has no coverage owner.
GREEN otherwise (a decision-maker supports us and nothing above applies).

Every rule that fires adds a risk sentence naming the person, in the
requested language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from kam.i18n import pick
from kam.vocab import BuyingRole, Rating, Stance

HIGH_INFLUENCE = 4
STALE_DAYS = 90  # no recorded contact for longer than this: the relationship has gone stale


def is_stale(last_contact: dt.date | None, today: dt.date, stale_days: int = STALE_DAYS) -> bool:
    """No recorded contact at all, or none for more than ``stale_days``."""
    return last_contact is None or (today - last_contact).days > stale_days


@dataclass(frozen=True)
class MapPerson:
    id: int
    name: str
    stance: Stance
    roles: frozenset[BuyingRole]
    influence: int
    coverage_owner: str | None = None
    last_contact: dt.date | None = None


@dataclass(frozen=True)
class Risk:
    rule: str
    rating: Rating
    person_id: int | None
    text: str


@dataclass(frozen=True)
class PowerMap:
    rating: Rating
    risks: list[Risk] = field(default_factory=list)


_T = {
    "R1": ("No decision-maker identified", "尚未识别最终决策者", "尚未識別最終決策者"),
    "R2": ("No decision-maker or high-influence influencer supports us",
           "没有决策者或高影响力影响者支持我们", "沒有決策者或高影響力影響者支持我們"),
    "R3": ("Decision-maker {name} opposes us", "决策者 {name} 反对我们", "決策者 {name} 反對我們"),
    "A1": ("High-influence opposer {name} has no coverage owner", "高影响力反对者 {name} 无人负责",
           "高影響力反對者 {name} 無人負責"),
    "A2": ("No decision-maker supports us yet", "尚无决策者支持我们", "尚無決策者支持我們"),
    "A3": ("No contact with decision-maker {name} for {days} days",
           "与决策者 {name} 已 {days} 天未联系", "與決策者 {name} 已 {days} 天未聯繫"),
    "A3n": ("No recorded contact with decision-maker {name}", "与决策者 {name} 无联系记录",
            "與決策者 {name} 無聯繫記錄"),
    "A4": ("Decision-maker {name} has no coverage owner", "决策者 {name} 无人负责", "決策者 {name} 無人負責"),
    "new": ("(new)", "（新）", "（新）"),
    "since": ("since", "自", "自"),
}


@dataclass(frozen=True)
class Tally:
    """What the rating depends on, counted over a set of people (``assess`` counts a list in Python; the
    portfolio has the database count every account at once — ``OrgMapService.tallies``)."""

    dms: int = 0  # decision-makers
    dm_support: int = 0  # decision-makers who support us
    dm_oppose: int = 0  # decision-makers who oppose us
    strong_inf_support: int = 0  # high-influence influencers who support us
    uncovered_strong_opposers: int = 0  # A1
    stale_dms: int = 0  # A3: decision-makers without contact, or none for more than stale_days
    uncovered_dms: int = 0  # A4


def rate(t: Tally) -> Rating:
    """The rating the rules give: the one place that turns R1–R3 and A1–A4 into RED / AMBER / GREEN."""
    if (not t.dms or (not t.dm_support and not t.strong_inf_support)
            or (not t.dm_support and t.dm_oppose)):
        return Rating.RED
    if (t.uncovered_strong_opposers or (not t.dm_support and t.strong_inf_support)
            or t.stale_dms or t.uncovered_dms):
        return Rating.AMBER
    return Rating.GREEN


def tally(people: Iterable[MapPerson], today: dt.date, stale_days: int = STALE_DAYS) -> Tally:
    ppl = list(people)
    dms = [p for p in ppl if BuyingRole.DECISION_MAKER in p.roles]
    return Tally(
        dms=len(dms),
        dm_support=sum(p.stance == Stance.SUPPORTER for p in dms),
        dm_oppose=sum(p.stance == Stance.OPPOSER for p in dms),
        strong_inf_support=sum(BuyingRole.INFLUENCER in p.roles and p.influence >= HIGH_INFLUENCE
                               and p.stance == Stance.SUPPORTER for p in ppl),
        uncovered_strong_opposers=sum(p.stance == Stance.OPPOSER and p.influence >= HIGH_INFLUENCE
                                      and not p.coverage_owner for p in ppl),
        stale_dms=sum(is_stale(p.last_contact, today, stale_days) for p in dms),
        uncovered_dms=sum(not p.coverage_owner for p in dms))


def _say(key: str, lang: str, **kw: object) -> str:
    return pick(_T[key], lang).format(**kw)


def assess(people: Iterable[MapPerson], today: dt.date, *, lang: str = "en",
           stale_days: int = STALE_DAYS) -> PowerMap:
    """Rate a set of people by the rules above; a pure function."""
    ppl = list(people)
    dms = [p for p in ppl if BuyingRole.DECISION_MAKER in p.roles]
    dm_support = [p for p in dms if p.stance == Stance.SUPPORTER]
    strong_inf_support = [p for p in ppl if BuyingRole.INFLUENCER in p.roles
                          and p.influence >= HIGH_INFLUENCE and p.stance == Stance.SUPPORTER]
    risks: list[Risk] = []
    if not dms:
        risks.append(Risk("R1", Rating.RED, None, _say("R1", lang)))
    if not dm_support and not strong_inf_support:
        risks.append(Risk("R2", Rating.RED, None, _say("R2", lang)))
    if dms and not dm_support:
        for p in dms:
            if p.stance == Stance.OPPOSER:
                risks.append(Risk("R3", Rating.RED, p.id, _say("R3", lang, name=p.name)))
    for p in ppl:
        if p.stance == Stance.OPPOSER and p.influence >= HIGH_INFLUENCE and not p.coverage_owner:
            risks.append(Risk("A1", Rating.AMBER, p.id, _say("A1", lang, name=p.name)))
    if dms and not dm_support and strong_inf_support:
        risks.append(Risk("A2", Rating.AMBER, None, _say("A2", lang)))
    for p in dms:
        if p.last_contact is None:
            risks.append(Risk("A3", Rating.AMBER, p.id, _say("A3n", lang, name=p.name)))
        elif is_stale(p.last_contact, today, stale_days):
            risks.append(Risk("A3", Rating.AMBER, p.id,
                              _say("A3", lang, name=p.name, days=(today - p.last_contact).days)))
        if not p.coverage_owner:
            risks.append(Risk("A4", Rating.AMBER, p.id, _say("A4", lang, name=p.name)))
    rating = rate(tally(ppl, today, stale_days))
    order = {Rating.RED: 0, Rating.AMBER: 1, Rating.GREEN: 2}
    return PowerMap(rating, sorted(risks, key=lambda r: order[r.rating]))


@dataclass(frozen=True)
class StanceMove:
    person_id: int
    name: str
    before: Stance | None
    after: Stance
    since: dt.date  # date of the change that produced ``after``


def stance_moves(history: Iterable[tuple[int, dt.date, int, Stance]], names: dict[int, str],
                 since: dt.date, until: dt.date | None = None) -> list[StanceMove]:
    """Who moved between ``since`` and ``until`` (default: now), from dated stance changes.

    ``history`` rows are (person_id, changed_on, row_id, new_stance). A person's
    stance as of a date is their last change on or before it.
    """
    by_person: dict[int, list[tuple[dt.date, int, Stance]]] = {}
    for pid, day, rid, stance in history:
        by_person.setdefault(pid, []).append((day, rid, stance))
    moves = []
    for pid, rows in by_person.items():
        rows.sort()
        before = _as_of(rows, since)
        after_row = _row_as_of(rows, until) if until else rows[-1]
        if after_row is None:
            continue
        if after_row[2] != before:
            moves.append(StanceMove(pid, names.get(pid, f"#{pid}"), before, after_row[2], after_row[0]))
    return sorted(moves, key=lambda m: (m.since, m.person_id))


def _row_as_of(rows: list[tuple[dt.date, int, Stance]], day: dt.date) -> tuple[dt.date, int, Stance] | None:
    found = None
    for row in rows:
        if row[0] <= day:
            found = row
        else:
            break
    return found


def _as_of(rows: list[tuple[dt.date, int, Stance]], day: dt.date) -> Stance | None:
    row = _row_as_of(rows, day)
    return row[2] if row else None


def describe_move(m: StanceMove, lang: str = "en") -> str:
    """"Neutral → Opposer since 2026-07-01" in the requested language."""
    from kam.vocab import label

    before = label(m.before, lang) if m.before else _say("new", lang)
    since = _say("since", lang)
    if lang == "en":
        return f"{m.name}: {before} → {label(m.after, lang)} {since} {m.since.isoformat()}"
    return f"{m.name}：{before} → {label(m.after, lang)}（{since} {m.since.isoformat()}）"
