"""What the printed documents show of an account, as plain values, and the brief's rules — with no SQLAlchemy
and no models, so that both reads of the brief feed them: the service (``ReportService.brief_data``, through
the ORM) and the quick read (``kam.reports.brief_reads``, through a DB-API connection, for ``kam brief``).
The types are defined here only (``kam.services.reports`` imports those it uses: ``AccountFacts``, ``BriefData``,
``ObjectiveLine``, ``RegisterLine``; import the others, such as ``Attendee`` or ``Issue``, from here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from kam.text import account_name
from kam.vocab import BuyingRole, KAType, Rating, Stance, Tier

if TYPE_CHECKING:
    from kam.analysis.actuals import Actual, Attainment, Objective
    from kam.analysis.powermap import PowerMap


@dataclass(frozen=True)
class Attendee:
    id: int
    name: str
    name_latin: str | None
    title: str | None
    department: str | None
    stance: Stance
    roles: tuple[BuyingRole, ...]
    influence: int
    coverage_owner: str | None
    talking_points: dict[str, str]  # hometown / school / hobbies / career
    history: list[tuple[dt.date, str]]  # last interactions: (date, purpose or outcome)
    personal: dict[str, str] = field(default_factory=dict)  # only with confidential content


@dataclass(frozen=True)
class Issue:
    subject: str
    kind: str
    received: dt.datetime
    routed_to: str | None
    status: str


@dataclass(frozen=True)
class ObjectiveLine:
    label: str
    unit: str
    annual_target: Decimal
    target_to_date: Decimal
    actual: Decimal | None
    rating: str
    source: str
    ratio: Decimal | None = None  # actual / target to date, as it is
    share: Decimal | None = None  # the same, capped for charts


@dataclass(frozen=True)
class RegisterLine:
    reference: str
    kind: str
    classification: str
    title: str
    return_due: dt.date | None
    status: str


@dataclass(frozen=True)
class AccountCard:
    """What the brief prints of the account itself (its heading, the line under the figures, the notes)."""

    id: int
    name_zh: str | None
    name_en: str | None
    ka_type: KAType
    industry: str | None
    currency: str
    topics_to_avoid: str | None
    cultural_notes: str | None

    @property
    def display_name(self) -> str:
        return account_name(self.name_zh, self.name_en, self.id)


@dataclass(frozen=True)
class VisitCard:
    """The planned visit the brief is for."""

    id: int
    occurred_on: dt.date
    purpose: str | None
    best_outcome: str | None
    minimum_outcome: str | None


def account_card(acc: Any) -> AccountCard:
    """An account (the entity, or a row read with its columns) as the brief prints it."""
    return AccountCard(acc.id, acc.name_zh, acc.name_en, acc.ka_type, acc.industry, acc.currency,
                       acc.topics_to_avoid, acc.cultural_notes)


def visit_card(c: Any) -> VisitCard | None:
    return None if c is None else VisitCard(c.id, c.occurred_on, c.purpose, c.best_outcome, c.minimum_outcome)


@dataclass
class AccountFacts:
    account: Any  # the Account entity (plan); an AccountCard in the brief (BriefData)
    owner: str | None
    tier: Tier | None
    current_score: Decimal | None
    potential_score: Decimal | None
    revenue_12m: Decimal
    gp_12m: Decimal
    power: PowerMap
    issues: list[Issue]
    objectives: list[ObjectiveLine]
    register: list[RegisterLine] | None  # None unless confidential content is included


@dataclass
class BriefData:
    facts: AccountFacts
    attendees: list[Attendee]
    visit: VisitCard | None
    confidential: bool
    lang: str


# --- the rules both reads feed


def objective_line(o: Any, lang: str, judged: Attainment, rating: Rating, source: str) -> ObjectiveLine:
    """One objective as the documents print it."""
    from kam.vocab import label

    return ObjectiveLine(o.label or label(o.metric, lang), o.unit, o.annual_target, judged.target, judged.actual,
                         rating.value, source, judged.ratio, judged.share)


def objective_lines(objectives: Sequence[Objective], actuals: Mapping[int, Actual], year: int, day: dt.date,
                    lang: str) -> list[ObjectiveLine]:
    """A plan's quantitative objectives (entities or their columns: ``label``, ``unit``, ``annual_target``
    besides the figures) judged through ``day``'s quarter, as the brief and the plan print them."""
    from kam.analysis.actuals import attainment, judged_quarter

    q = judged_quarter(year, day)
    lines = []
    for o in objectives:
        judged = attainment(o, actuals[o.id], q)
        lines.append(objective_line(o, lang, judged, judged.rating, actuals[o.id].source))
    return lines


def issue_line(subject: str, kind: Any, received: dt.datetime, routed_to: Any, status: Any, lang: str) -> Issue:
    """An open piece of feedback as the documents list it."""
    from kam.vocab import label

    return Issue(subject, label(kind, lang), received, label(routed_to, lang) if routed_to else None, status.value)


class Ranked(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def influence(self) -> int: ...


def default_attendees(people: Iterable[Ranked], roles: Mapping[int, Sequence[BuyingRole]], planned: Sequence[int],
                      limit: int = 6) -> list[int]:
    """The planned visit's attendees (``planned``, in its order), else the most influential people
    (decision-makers first)."""
    if planned:
        return list(planned)
    ranked = sorted(people, key=lambda p: (-p.influence, BuyingRole.DECISION_MAKER not in roles.get(p.id, []),
                                           p.id))
    return [p.id for p in ranked[:limit]]


def chosen_attendees(people: Mapping[int, Any], roles: Mapping[int, Sequence[BuyingRole]], planned: Sequence[int],
                     attendee_ids: Sequence[int] | None) -> list[int]:
    """Who the brief is about: the people asked for (each once, each one of the account's), else
    ``default_attendees``."""
    if attendee_ids:
        missing = [i for i in attendee_ids if i not in people]
        if missing:
            from kam.errors import ValidationError
            from kam.i18n import _

            raise ValidationError("attendees", _("no person {value} at this account").format(value=missing[0]))
        return list(dict.fromkeys(attendee_ids))
    # a planned attendee deleted since the visit was planned is not briefed on (and does not fail the brief)
    return default_attendees(people.values(), roles, [pid for pid in planned if pid in people])


def attendee(p: Any, roles: Sequence[BuyingRole], department: str | None, coverage_owner: str | None,
             history: list[tuple[dt.date, str]], personal: dict[str, str]) -> Attendee:
    """A person (the entity, or a row read with its columns) as the brief's card shows them."""
    points = {k: val for k, val in (("hometown", p.hometown), ("school", p.school), ("hobbies", p.hobbies),
                                    ("career", p.career_plans)) if val}
    return Attendee(p.id, p.name, p.name_latin, p.title, department, p.stance,
                    tuple(sorted(roles, key=list(BuyingRole).index)), p.influence, coverage_owner, points, history,
                    personal)


def last_two(rows: Iterable[tuple[int, dt.date, str | None, str | None]],
             chosen: Sequence[int]) -> dict[int, list[tuple[dt.date, str]]]:
    """Each chosen person's last two done contacts (``rows``: person, day, purpose, outcome, newest first), as
    (day, outcome or purpose)."""
    history: dict[int, list[tuple[dt.date, str]]] = {pid: [] for pid in chosen}
    for pid, when, purpose, outcome in rows:
        if len(history[pid]) < 2:
            history[pid].append((when, outcome or purpose or ""))
    return history


def document_meta(kind: str, account: Any, lang: str, page_size: str, why: str | None, who: str) -> Any:
    """The document's title, subject (the account's names), author, page size, time and watermark."""
    from kam.errors import ValidationError
    from kam.i18n import _
    from kam.reports.base import DocMeta
    from kam.reports.words import w

    if page_size not in ("A4", "Letter"):
        raise ValidationError("page_size", _("{page_size} is not A4 or Letter").format(page_size=repr(page_size)))
    now = dt.datetime.now(dt.UTC)
    mark = None
    if why:
        mark = w("watermark", lang, who=who, why=why, when=now.astimezone().strftime("%Y-%m-%d %H:%M"))
        mark = mark.replace(" · ", "\n", 1)
    name = ""
    if account is not None:
        name = " / ".join(x for x in (account.name_zh, account.name_en) if x)
    return DocMeta(w(kind, lang), name, who, lang, page_size, now, bool(why), mark)
