"""Actuals of quantitative objectives, derived from transactions and visits wherever possible.

| metric            | derived from                                   | quarters add up? |
|-------------------|------------------------------------------------|------------------|
| revenue           | Σ transaction amount (net of discount)         | yes              |
| volume            | Σ transaction quantity (of ``product`` if set) | yes              |
| gross_profit      | Σ transaction gross profit                     | yes              |
| price             | Σ amount / Σ quantity (of ``product`` if set)  | no (a level)     |
| share_of_wallet   | revenue / (the year's category purchases / 4), | no (a level)     |
|                   | in % (else the account's annual spend)         |                  |
| rep_visits        | done visits and calls without our executives   | yes              |
| exec_visits       | done contacts with one of our executives       | yes              |
| new_products      | products first bought by the account that      | yes              |
|                   | quarter (no earlier transaction of them)       |                  |
| complaints_resolved | complaints resolved that quarter (local date)| yes              |
| trainings, custom | entered by hand                                | yes              |

Quarters are calendar quarters of the plan's year; transaction and visit
dates are local calendar dates, so a line dated 31 March belongs to Q1 in
every time zone. The sums run in SQL (one GROUP BY per source), with the
quarter computed by a CASE over date ranges so it works on SQLite and
PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from kam.vocab import ContactKind, FeedbackKind, Metric, Rating

if TYPE_CHECKING:
    from sqlalchemy import Case
    from sqlalchemy.orm import InstrumentedAttribute, Session

# Metrics whose quarters add up to the year (the rest are levels: a price, a share). A custom objective counts
# something (trials run, a new line's sales): its quarters add up to its annual target too.
ADDITIVE = frozenset({Metric.REVENUE, Metric.VOLUME, Metric.GROSS_PROFIT, Metric.REP_VISITS,
                      Metric.EXEC_VISITS, Metric.TRAININGS, Metric.NEW_PRODUCTS, Metric.COMPLAINTS_RESOLVED,
                      Metric.CUSTOM})
# Where each metric's actual comes from (``Actual.source``); a metric not named here is entered by hand.
DERIVED_FROM: dict[Metric, str] = {
    Metric.REVENUE: "transactions", Metric.VOLUME: "transactions", Metric.GROSS_PROFIT: "transactions",
    Metric.PRICE: "transactions", Metric.SHARE_OF_WALLET: "transactions", Metric.NEW_PRODUCTS: "transactions",
    Metric.REP_VISITS: "visits", Metric.EXEC_VISITS: "visits", Metric.COMPLAINTS_RESOLVED: "feedback",
}
_ZERO = Decimal(0)
GREEN_AT = Decimal("0.95")
AMBER_AT = Decimal("0.80")
# A share of target above this counts as this much in averages and charts: one great quarter on one
# objective must not hide the others.
ATTAINMENT_CAP = Decimal("1.5")


class Objective(Protocol):
    """What the actuals and the ratings read of a quantitative objective: a ``QuantObjective`` entity, or its
    figures read as columns (``ObjectiveFigures``, the portfolio's way: no entities for 12 000 objectives)."""

    @property
    def id(self) -> int: ...
    @property
    def metric(self) -> Metric: ...
    @property
    def product(self) -> str | None: ...
    @property
    def q1(self) -> Decimal: ...
    @property
    def q2(self) -> Decimal: ...
    @property
    def q3(self) -> Decimal: ...
    @property
    def q4(self) -> Decimal: ...
    @property
    def manual_actuals(self) -> dict[str, str] | None: ...


@dataclass(frozen=True)
class ObjectiveFigures:
    """A quantitative objective's figures (``Objective``), read as columns
    (``kam.services.planning.newest_plan_figures``, ``kam.analysis.reads``)."""

    id: int
    metric: Metric
    product: str | None
    q1: Decimal
    q2: Decimal
    q3: Decimal
    q4: Decimal
    manual_actuals: dict[str, str] | None


def quarter_bounds(year: int) -> list[tuple[dt.date, dt.date]]:
    """[start, end) of each calendar quarter."""
    starts = [dt.date(year, m, 1) for m in (1, 4, 7, 10)] + [dt.date(year + 1, 1, 1)]
    return list(zip(starts[:4], starts[1:], strict=True))


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def judged_quarter(year: int, today: dt.date) -> int:
    """The quarter a year's objectives are judged through on ``today``: today's quarter during that year,
    the whole year (Q4) for any other year."""
    return quarter_of(today) if year == today.year else 4


def _quarter_case(col: InstrumentedAttribute[dt.date], year: int) -> Case[Any]:
    """The quarter of a date of ``year`` (the sums read that year's rows only): one comparison per quarter gone
    by, not two per quarter (300 000 transactions at 5 000 accounts: 15 % of the query)."""
    from sqlalchemy import case

    return case(*[(col < end, i) for i, (_start, end) in enumerate(quarter_bounds(year), start=1)], else_=None)


Quarters = tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None]


def _four(values: Sequence[Decimal | None]) -> Quarters:
    q1, q2, q3, q4 = values
    return q1, q2, q3, q4


@dataclass(frozen=True)
class Actual:
    quarters: Quarters
    source: str  # "transactions", "visits", "manual" or "none"

    def to_date(self, quarter: int) -> Decimal | None:
        """Cumulative through ``quarter`` (additive metrics)."""
        vals = [q for q in self.quarters[:quarter] if q is not None]
        return sum(vals, _ZERO) if vals else None


def objective_actuals(session: Session, account_id: int, year: int, objectives: Sequence[Objective],
                      annual_category_spend: Decimal | None = None) -> dict[int, Actual]:
    """Actual per quarter for each objective, with where it came from."""
    return actuals_of_accounts(session, year, {account_id: (objectives, annual_category_spend)})[account_id]


def actuals_of_accounts(session: Session, year: int,
                        plans: dict[int, tuple[Sequence[Objective], Decimal | None]]) -> dict[int, dict[int, Actual]]:
    """``objective_actuals`` for many accounts (account id -> its objectives and category spend) in at most
    three queries in all: the portfolio's way."""
    from sqlalchemy import select

    from kam.model import CategoryPurchases

    need = needs(plans)
    tx = _transaction_sums(session, need.tx, year, need.products, need.quantities) if need.tx else {}
    visits = _visit_counts(session, need.visits, year) if need.visits else {}
    entered = dict(session.execute(select(CategoryPurchases.account_id, CategoryPurchases.amount)
                                   .where(CategoryPurchases.account_id.in_(need.wallet),
                                          CategoryPurchases.year == year)).all()) if need.wallet else {}
    return assemble(plans, tx, visits, entered, _counts(session, plans, year))


@dataclass(frozen=True)
class Needs:
    """What the actuals of some plans are read from."""

    tx: list[int]  # accounts whose objectives sum transactions
    visits: list[int]  # accounts whose objectives count visits
    products: set[str]  # products summed apart
    quantities: bool  # whether a volume or price objective needs the quantities
    wallet: list[int]  # accounts with a share-of-wallet objective (the year's category purchases)
    counted: list[int]  # accounts with new products or complaints resolved to count (``_counts``)


def needs(plans: dict[int, tuple[Sequence[Objective], Any]]) -> Needs:
    tx: list[int] = []
    visits: list[int] = []
    products: set[str] = set()
    quantities = False
    wallet: list[int] = []
    counted: list[int] = []
    for aid, (objectives, _s) in plans.items():  # one pass (12 000 objectives at 5 000 accounts)
        metrics = {o.metric for o in objectives}
        if metrics & _FROM_TRANSACTIONS:
            tx.append(aid)
            products.update(o.product for o in objectives if o.product)
            quantities = quantities or bool(metrics & _QUANTITIES)
        if metrics & _VISITS:
            visits.append(aid)
        if Metric.SHARE_OF_WALLET in metrics:
            wallet.append(aid)
        if metrics & _COUNTED:
            counted.append(aid)
    return Needs(tx, visits, products, quantities, wallet, counted)


_FROM_TRANSACTIONS = frozenset({Metric.REVENUE, Metric.VOLUME, Metric.GROSS_PROFIT, Metric.PRICE,
                                Metric.SHARE_OF_WALLET})
_QUANTITIES = frozenset({Metric.VOLUME, Metric.PRICE})
_VISITS = frozenset({Metric.REP_VISITS, Metric.EXEC_VISITS})
_COUNTED = frozenset({Metric.NEW_PRODUCTS, Metric.COMPLAINTS_RESOLVED})


def assemble(plans: dict[int, tuple[Sequence[Objective], Decimal | None]], tx: dict[int, Sums],
             visits: dict[int, dict[tuple[bool, int], int]], entered: dict[int, Decimal],
             counted: dict[int, dict[Metric, Actual]]) -> dict[int, dict[int, Actual]]:
    """Each objective's actual from the sums read for it (``actuals_of_accounts``; ``kam.analysis.reads``)."""
    # the year's category purchases where entered (share of wallet per year), else the account's annual figure
    return {aid: {o.id: counted[aid][o.metric] if o.metric in counted.get(aid, {})
                  else _actual_for(o, tx.get(aid, {}), visits.get(aid, {}), entered.get(aid, spend))
                  for o in objectives}
            for aid, (objectives, spend) in plans.items()}


def _counts(session: Session, plans: dict[int, tuple[Sequence[Objective], Any]],
            year: int) -> dict[int, dict[Metric, Actual]]:
    """New products introduced and complaints resolved per quarter, for the accounts whose plans count them."""
    from sqlalchemy import and_, func, select

    from kam.model import Feedback, Transaction

    wanted = {m: [aid for aid, (objectives, _s) in plans.items() if any(o.metric == m for o in objectives)]
              for m in (Metric.NEW_PRODUCTS, Metric.COMPLAINTS_RESOLVED)}
    out: dict[int, dict[Metric, Actual]] = {}
    if wanted[Metric.NEW_PRODUCTS]:
        found: dict[int, list[int]] = {aid: [0, 0, 0, 0] for aid in wanted[Metric.NEW_PRODUCTS]}
        first = func.min(Transaction.occurred_on)
        rows = session.execute(select(Transaction.account_id, first)
                               .where(Transaction.account_id.in_(wanted[Metric.NEW_PRODUCTS]),
                                      Transaction.product.is_not(None))
                               .group_by(Transaction.account_id, Transaction.product)
                               .having(and_(first >= dt.date(year, 1, 1), first < dt.date(year + 1, 1, 1))))
        for aid, day in rows:
            found[aid][quarter_of(_as_date(day)) - 1] += 1
        for aid, n in found.items():
            out.setdefault(aid, {})[Metric.NEW_PRODUCTS] = Actual(_four([Decimal(x) for x in n]), "transactions")
    if wanted[Metric.COMPLAINTS_RESOLVED]:
        found = {aid: [0, 0, 0, 0] for aid in wanted[Metric.COMPLAINTS_RESOLVED]}
        slack = dt.timedelta(days=1)  # the local date decides the quarter; the column is UTC
        rows = session.execute(select(Feedback.account_id, Feedback.resolved_at)
                               .where(Feedback.account_id.in_(wanted[Metric.COMPLAINTS_RESOLVED]),
                                      Feedback.kind == FeedbackKind.COMPLAINT,
                                      Feedback.resolved_at >= dt.datetime(year, 1, 1, tzinfo=dt.UTC) - slack,
                                      Feedback.resolved_at < dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC) + slack))
        for aid, at in rows:
            assert isinstance(at, dt.datetime)
            local = at.astimezone().date()
            if local.year == year:
                found[aid][quarter_of(local) - 1] += 1
        for aid, n in found.items():
            out.setdefault(aid, {})[Metric.COMPLAINTS_RESOLVED] = Actual(_four([Decimal(x) for x in n]), "feedback")
    return out


def _as_date(value: Any) -> dt.date:
    """A MIN() over a date column: a date on PostgreSQL, an ISO text on SQLite."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


Sums = dict[tuple[str | None, int], tuple[Decimal, Decimal, Decimal]]


def _transaction_sums(session: Session, account_ids: list[int], year: int, products: set[str],
                      quantities: bool = True) -> dict[int, Sums]:
    """Amount, quantity and gross profit per account and quarter (and per product of ``products``).

    Without ``quantities`` (no volume or price objective reads them) the quantity is left at 0: the sums then
    come from the covering index ix_transactions_account_sums alone, without reading the table's rows."""
    from sqlalchemy import func, null, select

    from kam.model import Transaction

    q = _quarter_case(Transaction.occurred_on, year).label("q")
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    base = (Transaction.account_id.in_(account_ids), Transaction.occurred_on >= start, Transaction.occurred_on < end)
    result: dict[int, Sums] = {}
    if quantities:
        rows = session.execute(select(Transaction.account_id, q, func.sum(Transaction.amount),
                                      func.sum(Transaction.quantity), func.sum(Transaction.gross_profit))
                               .where(*base).group_by(Transaction.account_id, q))
    else:
        rows = session.execute(select(Transaction.account_id, q, func.sum(Transaction.amount), null(),
                                      func.sum(Transaction.gross_profit))
                               .where(*base).group_by(Transaction.account_id, q))
    for aid, quarter, amount, qty, gp in rows:
        result.setdefault(aid, {})[(None, quarter)] = (amount or Decimal(0), qty or Decimal(0), gp or Decimal(0))
    if products:
        rows = session.execute(select(Transaction.account_id, Transaction.product, q, func.sum(Transaction.amount),
                                      func.sum(Transaction.quantity), func.sum(Transaction.gross_profit))
                               .where(*base, Transaction.product.in_(products))
                               .group_by(Transaction.account_id, Transaction.product, q))
        for aid, product, quarter, amount, qty, gp in rows:
            result.setdefault(aid, {})[(product, quarter)] = (amount or Decimal(0), qty or Decimal(0),
                                                              gp or Decimal(0))
    return result


def _visit_counts(session: Session, account_ids: list[int], year: int) -> dict[int, dict[tuple[bool, int], int]]:
    from sqlalchemy import func, select

    from kam.model import Contact

    q = _quarter_case(Contact.occurred_on, year).label("q")
    rows = session.execute(
        select(Contact.account_id, Contact.with_executive, q, func.count())
        .where(Contact.account_id.in_(account_ids), Contact.done.is_(True),
               Contact.kind.in_([ContactKind.VISIT, ContactKind.CALL, ContactKind.EXECUTIVE_MEETING]),
               Contact.occurred_on >= dt.date(year, 1, 1), Contact.occurred_on < dt.date(year + 1, 1, 1))
        .group_by(Contact.account_id, Contact.with_executive, q))
    out: dict[int, dict[tuple[bool, int], int]] = {}
    for aid, ex, quarter, n in rows:
        out.setdefault(aid, {})[(bool(ex), quarter)] = n
    return out


_SUMMED = {Metric.REVENUE: 0, Metric.VOLUME: 1, Metric.GROSS_PROFIT: 2}  # the metric's place in a Sums value
_NOTHING = (Decimal(0), Decimal(0), Decimal(0))


def _actual_for(o: Objective, tx: Sums, visits: dict[tuple[bool, int], int], spend: Decimal | None) -> Actual:
    m = o.metric
    qs = (1, 2, 3, 4)
    nothing = _NOTHING
    idx = _SUMMED.get(m)
    if idx is not None:  # revenue, volume, gross profit (12 000 objectives at 5 000 accounts: no list, no lookup)
        p = o.product
        get = tx.get
        return Actual((get((p, 1), nothing)[idx], get((p, 2), nothing)[idx], get((p, 3), nothing)[idx],
                       get((p, 4), nothing)[idx]), "transactions")
    if m == Metric.PRICE:
        prices: list[Decimal | None] = []
        for q in qs:
            amount, qty, _ = tx.get((o.product, q), nothing)
            prices.append((amount / qty).quantize(Decimal("0.01")) if qty else None)
        return Actual(_four(prices), "transactions")
    if m == Metric.SHARE_OF_WALLET:
        if not spend:
            return _manual(o)
        quarter_spend = spend / 4
        return Actual(_four([(tx.get((None, q), nothing)[0] / quarter_spend * 100).quantize(Decimal("0.1"))
                             for q in qs]), "transactions")
    if m in (Metric.REP_VISITS, Metric.EXEC_VISITS):
        ex = m == Metric.EXEC_VISITS
        return Actual(_four([Decimal(visits.get((ex, q), 0)) for q in qs]), "visits")
    return _manual(o)


_NONE_ENTERED = Actual((None, None, None, None), "none")


def _manual(o: Objective) -> Actual:
    given = o.manual_actuals
    if not given:
        return _NONE_ENTERED  # (immutable: one for all)
    return Actual(_four([Decimal(given[k]) if k in given else None for k in ("1", "2", "3", "4")]), "manual")


def phased_target(o: Objective, quarter: int) -> Decimal:
    """Target through ``quarter`` for additive metrics, of that quarter for levels."""
    quarters = (o.q1, o.q2, o.q3, o.q4)
    if o.metric in ADDITIVE:
        return sum(quarters[:quarter], _ZERO)
    return quarters[quarter - 1]


def actual_for_review(o: Objective, a: Actual | None, quarter: int) -> Decimal | None:
    """Actual through ``quarter`` for additive metrics, of that quarter for levels (None: nothing recorded)."""
    if a is None:
        return None
    if o.metric in ADDITIVE:
        return a.to_date(quarter)
    return a.quarters[quarter - 1]


@dataclass(frozen=True)
class Attainment:
    """One objective judged through a quarter: the actual, the phased target, and the rating they give."""

    actual: Decimal | None
    target: Decimal
    rating: Rating

    @property
    def ratio(self) -> Decimal | None:
        """Actual as a share of the target, as it is (None without an actual or a target)."""
        if self.actual is None or self.target <= 0:
            return None
        return self.actual / self.target

    @property
    def share(self) -> Decimal | None:
        """``ratio`` capped at ``ATTAINMENT_CAP``: what averages and bar charts use."""
        ratio = self.ratio
        return None if ratio is None else min(ratio, ATTAINMENT_CAP)


def attainment(o: Objective, actual: Actual | None, quarter: int) -> Attainment:
    """Actual → share of the phased target → red/amber/green, through ``quarter``: the one place this is done."""
    return rated(actual_for_review(o, actual, quarter), phased_target(o, quarter))


def rated(actual: Decimal | None, target: Decimal) -> Attainment:
    """An actual against a target (e.g. the frozen figures of a signed-off review)."""
    return Attainment(actual, target, suggest_rating(actual, target))


def suggest_rating(actual: Decimal | None, target: Decimal) -> Rating:
    """Green at ≥ 95 % of the phased target, amber at ≥ 80 %, red below (or nothing recorded)."""
    if target <= 0:
        return Rating.GREEN if actual is None or actual >= 0 else Rating.RED
    if actual is None:
        return Rating.RED
    ratio = actual / target
    if ratio >= GREEN_AT:
        return Rating.GREEN
    if ratio >= AMBER_AT:
        return Rating.AMBER
    return Rating.RED
