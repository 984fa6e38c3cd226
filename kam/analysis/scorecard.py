"""A KAM's scorecard (seed 004: objectives, satisfaction, complaint rate): the rules, a pure function of the
figures that ``ScorecardService.scorecards`` (or ``kam.analysis.reads.read_scorecards``) reads."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kam.analysis.actuals import ADDITIVE, Actual, Objective, attainment
from kam.analysis.feedback import responded_in_time
from kam.vocab import FeedbackKind, Metric

# (owner id, kind, received, responded, resolved, response target in hours, satisfaction)
FeedbackRow = tuple[Any, ...]


@dataclass
class Scorecard:
    """One KAM's appraisal figures (seed 004: objectives, satisfaction, complaint rate)."""

    user_id: int
    name: str
    accounts: int = 0
    attainment_pct: Decimal | None = None  # mean of actual/target (capped 150 %) over additive objectives
    satisfaction: Decimal | None = None  # mean 1..5 over feedback resolved in the period
    complaints: int = 0
    complaints_per_account: Decimal | None = None
    mean_response_hours: Decimal | None = None
    mean_resolution_hours: Decimal | None = None
    response_target_kept_pct: Decimal | None = None
    visit_cadence_pct: Decimal | None = None  # rep visits done / phased target
    objectives: list[tuple[int, Decimal | None]] = field(default_factory=list)


def scorecards(kams: Sequence[tuple[int, str]], accounts: Sequence[tuple[int, int | None, Decimal | None]],
               approved: Mapping[int, Sequence[Objective]], all_actuals: Mapping[int, Mapping[int, Actual]],
               feedback: Sequence[FeedbackRow], q_end: int) -> list[Scorecard]:
    """Each KAM's card through quarter ``q_end``: ``kams`` (id, name) in the order shown, their live accounts
    (id, owner id, category spend), each account's newest approved objectives and their actuals, and the
    feedback received in the period on those accounts."""
    cards = {uid: Scorecard(uid, name) for uid, name in kams}
    ratios: dict[int, list[Decimal]] = defaultdict(list)
    visits: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for aid, owner, _spend in accounts:
        if owner is None:  # the accounts read are the KAMs' own
            continue
        card = cards[owner]
        card.accounts += 1
        if aid not in approved:
            continue
        acts = all_actuals[aid]
        for o in approved[aid]:
            if o.metric not in ADDITIVE:
                continue
            judged = attainment(o, acts[o.id], q_end)
            if judged.share is not None:
                ratios[owner].append(judged.share)
            if o.metric == Metric.REP_VISITS:
                visits[owner][0] += judged.actual or 0
                visits[owner][1] += judged.target
    per: dict[int, dict[str, list[Decimal]]] = defaultdict(lambda: defaultdict(list))
    for owner, kind, received, responded, resolved, target_h, sat in feedback:
        if owner is None:  # the query is of owned accounts only
            continue
        d = per[owner]
        if kind == FeedbackKind.COMPLAINT:
            d["complaints"].append(Decimal(1))
        if responded:
            d["response"].append(Decimal((responded - received).total_seconds()) / 3600)
            d["kept"].append(Decimal(responded_in_time(received, target_h, responded)))
        if resolved:
            d["resolution"].append(Decimal((resolved - received).total_seconds()) / 3600)
        if sat is not None:
            d["sat"].append(Decimal(sat))
    for uid, card in cards.items():
        d = per[uid]
        card.attainment_pct = _mean_pct(ratios[uid])
        card.satisfaction = _mean(d["sat"], "0.01")
        card.complaints = len(d["complaints"])
        card.complaints_per_account = (Decimal(card.complaints) / card.accounts).quantize(Decimal("0.01")) \
            if card.accounts else None
        card.mean_response_hours = _mean(d["response"], "0.1")
        card.mean_resolution_hours = _mean(d["resolution"], "0.1")
        card.response_target_kept_pct = _mean_pct(d["kept"])
        done, target = visits[uid] if uid in visits else (Decimal(0), Decimal(0))
        card.visit_cadence_pct = (done / target * 100).quantize(Decimal("0.1")) if target else None
    return list(cards.values())


def _mean(xs: list[Decimal], places: str) -> Decimal | None:
    return (sum(xs, Decimal(0)) / len(xs)).quantize(Decimal(places)) if xs else None


def _mean_pct(xs: list[Decimal]) -> Decimal | None:
    m = _mean(xs, "0.0001")
    return (m * 100).quantize(Decimal("0.1")) if m is not None else None
