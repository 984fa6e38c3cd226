"""Value scores and tier snapshots as a service (reads settings, writes snapshots)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from kam.analysis.value import ScoringConfig, ValueScore, score_portfolio
from kam.model import Setting, TierSnapshot
from kam.services.base import ServiceBase

SCORING_KEY = "scoring"


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


class AnalysisService(ServiceBase):
    def scoring_config(self) -> ScoringConfig:
        with self.read() as s:
            row = s.get(Setting, SCORING_KEY)
            return ScoringConfig.from_mapping(row.value) if row else ScoringConfig()

    def scores(self, today: dt.date | None = None) -> list[ValueScore]:
        """Every account's current and potential value and tier, as of ``today``."""
        cfg = self.scoring_config()
        with self.read() as s:
            return score_portfolio(s, cfg, today or dt.date.today())

    def snapshot_tiers(self, today: dt.date | None = None) -> int:
        """Store (or refresh) this quarter's tier snapshot for every account."""
        day = today or dt.date.today()
        year, quarter = quarter_of(day)
        results = self.scores(day)
        with self.unit() as s:
            s.execute(delete(TierSnapshot).where(TierSnapshot.year == year,
                                                 TierSnapshot.quarter == quarter))
            if not results:
                return 0
            s.execute(TierSnapshot.__table__.insert(), [
                {"account_id": r.account_id, "year": year, "quarter": quarter,
                 "current_score": r.current, "potential_score": r.potential, "tier": r.tier,
                 "components": r.components, "taken_at": dt.datetime.now(dt.UTC)}
                for r in results
            ])
        return len(results)

    def tier_history(self, account_id: int) -> list[TierSnapshot]:
        with self.read() as s:
            return list(s.scalars(select(TierSnapshot).where(TierSnapshot.account_id == account_id)
                                  .order_by(TierSnapshot.year, TierSnapshot.quarter)))
