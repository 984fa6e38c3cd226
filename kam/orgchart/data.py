"""What an org chart shows: the people, factions and influence lines of one account, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kam.vocab import BuyingRole, InfluenceKind, Stance


@dataclass(frozen=True)
class ChartPerson:
    id: int
    name: str
    name_latin: str | None
    title: str | None
    manager_id: int | None
    stance: Stance
    roles: frozenset[BuyingRole]
    influence: int
    coverage_owner: str | None
    last_contact: dt.date | None
    factions: tuple[int, ...] = ()


@dataclass(frozen=True)
class ChartFaction:
    id: int
    name: str
    leader_id: int | None
    member_ids: tuple[int, ...]


@dataclass
class OrgData:
    """Everything the chart and the power map need, read in a handful of queries."""

    account_id: int
    people: list[ChartPerson]
    factions: list[ChartFaction] = field(default_factory=list)
    # (source, target, strength 1–3, why: the kind of tie, if known)
    influence: list[tuple[int, int, int, InfluenceKind | None]] = field(default_factory=list)
