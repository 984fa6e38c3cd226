"""The sales VP's portfolio view: every account's tier, plan, objectives, last visit, power map.

Group accounts (集团客户) are rolled up: a parent row carries the sum of its
own and its subsidiaries' sales and the worst power-map rating among them,
and the subsidiaries follow their parent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam.analysis.actuals import actuals_of_accounts, attainment, judged_quarter
from kam.analysis.powermap import Tally, rate
from kam.model import Account, Contact, Transaction, User
from kam.services.base import ServiceBase
from kam.services.orgmap import OrgMapService
from kam.services.planning import newest_plan_figures
from kam.text import account_name
from kam.vocab import PlanStatus, Rating, Tier

T = TypeVar("T")

_WORST = {Rating.RED: 0, Rating.AMBER: 1, Rating.GREEN: 2}


@dataclass(frozen=True)
class PortfolioRow:
    account_id: int
    name: str
    parent_id: int | None
    depth: int  # 0 for a top-level account, 1 for a subsidiary listed under its group
    owner_id: int | None
    owner: str | None
    tier: Tier | None
    plan_id: int | None
    plan_status: PlanStatus | None
    on_track: int
    objectives: int
    last_visit: dt.date | None
    power: Rating | None
    revenue_12m: Decimal
    group_revenue_12m: Decimal | None = None  # parents only: own + subsidiaries
    group_power: Rating | None = None


class PortfolioService(ServiceBase):
    def rows(self, year: int | None = None, *, owner_id: int | None = None,
             today: dt.date | None = None) -> list[PortfolioRow]:
        """The portfolio ordered group by group (parent, then its subsidiaries)."""
        from kam.services.accounts import latest_tiers

        day = today or dt.date.today()
        y = year or day.year
        q = judged_quarter(y, day)
        orgmap = OrgMapService(self._sessions, self._actor)

        def heavy() -> tuple[dict[int, Tally], dict[int, Decimal]]:
            with self.read() as s:
                return orgmap.tallies(day), _revenue_12m(s, day)

        bind = self._sessions.kw.get("bind")
        on_server = bind is not None and bind.dialect.name == "postgresql"
        with _meanwhile(on_server, heavy) as heavy_result, self.read() as s:
            query = select(Account.id, Account.name_zh, Account.name_en, Account.parent_id, Account.owner_id,
                           Account.annual_category_spend).where(Account.deleted_at.is_(None)).order_by(Account.id)
            if owner_id is not None:
                query = query.where(Account.owner_id == owner_id)
            accounts = s.execute(query).all()
            users = dict(s.execute(select(User.id, User.display_name)).all())
            tiers = latest_tiers(s)
            last = dict(s.execute(select(Contact.account_id, func.max(Contact.occurred_on))
                                  .where(Contact.done.is_(True)).group_by(Contact.account_id)).all())
            newest = newest_plan_figures(s, y)
            spend = {acc.id: acc.annual_category_spend for acc in accounts}
            actuals = actuals_of_accounts(s, y, {aid: (plan.quantitative, spend.get(aid))
                                                 for aid, plan in newest.items() if aid in spend})
            (tallies, revenue), nobody = heavy_result(), Tally()
            rows: dict[int, PortfolioRow] = {}
            for aid, name_zh, name_en, parent_id, owner, _spend in accounts:
                plan_id = status = None
                on_track = total = 0
                if aid in newest:
                    plan = newest[aid]
                    plan_id, status = plan.id, plan.status
                    acts = actuals[aid]
                    for o in plan.quantitative:
                        total += 1
                        on_track += attainment(o, acts[o.id], q).rating == Rating.GREEN
                rows[aid] = PortfolioRow(aid, account_name(name_zh, name_en, aid), parent_id, 0,
                                         owner, users.get(owner) if owner else None,
                                         tiers.get(aid), plan_id, status, on_track, total, last.get(aid),
                                         rate(tallies.get(aid, nobody)), revenue.get(aid) or Decimal(0))
        return _grouped(rows)


def _revenue_12m(s: Session, day: dt.date) -> dict[int, Decimal]:
    """Each account's sales of the 12 months through ``day``."""
    return dict(s.execute(select(Transaction.account_id, func.sum(Transaction.amount))
                          .where(Transaction.occurred_on > day - dt.timedelta(days=365), Transaction.occurred_on <= day)
                          .group_by(Transaction.account_id)).all())


@contextmanager
def _meanwhile(on_server: bool, call: Callable[[], T]) -> Iterator[Callable[[], T]]:
    """``call()``, on a team server run on a second connection while the portfolio's own session reads the
    rest: the power tallies (every person, role and attendance under row-level security) and the year's sales
    (every transaction) are its heaviest statements, and the server works on them while the client turns the
    other reads into rows. On a local file it is called first, before that session opens (one connection at
    a time). Yields the function that returns its result."""
    if not on_server:
        result = call()
        yield lambda: result
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kam-portfolio") as pool:
        future = pool.submit(call)
        yield future.result


def _grouped(rows: dict[int, PortfolioRow]) -> list[PortfolioRow]:
    children: dict[int, list[PortfolioRow]] = {}
    for r in rows.values():
        if r.parent_id is not None and r.parent_id in rows:
            children.setdefault(r.parent_id, []).append(r)
    out: list[PortfolioRow] = []
    for r in rows.values():
        if r.parent_id is not None and r.parent_id in rows:
            continue  # listed under its parent
        kids = children.get(r.account_id, [])
        if kids:
            family = [r, *kids]
            worst = min((x.power for x in family if x.power), key=lambda x: _WORST[x], default=None)
            r = replace(r, group_revenue_12m=sum((x.revenue_12m for x in family), Decimal(0)), group_power=worst)
        out.append(r)
        out.extend(replace(k, depth=1) for k in kids)
    return out
