"""Value scores and tier snapshots as a service (reads settings, writes snapshots)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select

from kam import validate as v
from kam.analysis.actuals import quarter_bounds, quarter_of
from kam.analysis.portfolio import (
    Pareto,
    Transitions,
    WalletShare,
    pareto,
    profit_by_account,
    share_of_wallet,
    tier_transitions,
)
from kam.analysis.value import INDICATORS, SCORING_KEY, ScoringConfig, ValueScore, score_portfolio
from kam.i18n import _
from kam.model import Setting, TierSnapshot
from kam.model.base import table_of
from kam.services.base import Change, ServiceBase
from kam.services.kept import rows as kept_rows
from kam.services.rights import require_settings_rights


class AnalysisService(ServiceBase):
    def scoring_config(self) -> ScoringConfig:
        with self.read() as s:
            row = s.get(Setting, SCORING_KEY)
            return ScoringConfig.from_mapping(row.value) if row else ScoringConfig()

    def save_scoring(self, data: dict[str, object]) -> ScoringConfig:
        """Store weights, breakpoints and thresholds (validated; raises ValidationError, and NotAllowed unless
        the actor may change settings: ``kam.services.rights.may_change_settings``)."""
        from kam.errors import ValidationError

        try:
            cfg = ScoringConfig.from_mapping(data)
        except ValueError as exc:
            raise ValidationError("scoring", str(exc)) from None
        except (TypeError, ArithmeticError):  # a weight or a threshold that is not a number
            raise ValidationError("scoring", _("every weight, breakpoint and threshold must be a number")) from None
        for name in INDICATORS:
            if getattr(cfg, name).weight < 0:
                raise ValidationError(f"{name}.weight", _("must not be negative"))
        with self.unit() as s:
            require_settings_rights(s, self.actor)
            s.merge(Setting(key=SCORING_KEY, value=data))
        return cfg

    def apply_scoring(self, data: dict[str, object], today: dt.date | None = None) -> Change:
        """New weights, scales and thresholds, and this quarter's tiers under them (Settings > Value scoring);
        the change carries what it replaced, for ``restore_scoring``. Raises ValidationError."""
        before = self.scoring_state(today)
        self.save_scoring(data)
        self.snapshot_tiers(today)
        return Change("scoring", 0, "update", before, {"scoring": data})

    def scoring_state(self, today: dt.date | None = None) -> dict[str, Any]:
        """The stored scoring rules (None: the defaults) and the quarter's tier snapshots (whole rows: ids and
        times, which ``restore_scoring`` puts back as they were)."""
        day = today or dt.date.today()
        year, quarter = day.year, quarter_of(day)
        with self.read() as s:
            row = s.get(Setting, SCORING_KEY)
            snaps = kept_rows(s, TierSnapshot, TierSnapshot.year == year, TierSnapshot.quarter == quarter)
        return {"scoring": row.value if row else None, "year": year, "quarter": quarter, "snapshots": snaps}

    def restore_scoring(self, state: dict[str, Any]) -> Change:
        """Put back the scoring rules and the quarter's tiers as ``scoring_state`` gave them (the undo of
        ``apply_scoring``); raises NotAllowed unless the actor may change settings."""
        with self.unit() as s:
            require_settings_rights(s, self.actor)
            row = s.get(Setting, SCORING_KEY)
            if state["scoring"] is None:
                if row is not None:
                    s.delete(row)
            else:
                s.merge(Setting(key=SCORING_KEY, value=state["scoring"]))
            s.execute(delete(TierSnapshot).where(TierSnapshot.year == state["year"],
                                                 TierSnapshot.quarter == state["quarter"]))
            if state["snapshots"]:
                s.execute(table_of(TierSnapshot).insert(), state["snapshots"])
        return Change("scoring", 0, "update", {}, {"scoring": state["scoring"]})

    def scores(self, today: dt.date | None = None) -> list[ValueScore]:
        """Every account's current and potential value and tier, as of ``today``."""
        cfg = self.scoring_config()
        with self.read() as s:
            day = today or dt.date.today()
            if cfg.whitespace.weight > 0:  # the whitespace map feeds the potential value (off by default)
                from kam.services.whitespace.portfolio import account_whitespace

                return score_portfolio(s, cfg, day, account_whitespace(s, day))
            return score_portfolio(s, cfg, day)

    def snapshot_tiers(self, today: dt.date | None = None) -> int:
        """Store (or refresh) this quarter's tier snapshot for every account."""
        day = today or dt.date.today()
        year, quarter = day.year, quarter_of(day)
        results = self.scores(day)
        with self.unit() as s:
            s.execute(delete(TierSnapshot).where(TierSnapshot.year == year,
                                                 TierSnapshot.quarter == quarter))
            if not results:
                return 0
            s.execute(table_of(TierSnapshot).insert(), [
                {"account_id": r.account_id, "year": year, "quarter": quarter,
                 "current_score": r.current, "potential_score": r.potential, "tier": r.tier,
                 "components": r.components, "taken_at": dt.datetime.now(dt.UTC)}
                for r in results
            ])
        return len(results)

    def snapshot_history(self, quarters: int, today: dt.date | None = None) -> int:
        """Tier snapshots at the end of each of the last ``quarters`` quarters (demo, back-fill)."""
        day = today or dt.date.today()
        n = 0
        year, q = day.year, quarter_of(day)
        for _n in range(quarters):
            q -= 1
            if q == 0:
                year, q = year - 1, 4
            end = quarter_bounds(year)[q - 1][1] - dt.timedelta(days=1)
            n += self.snapshot_tiers(end)
        return n

    def pareto(self, today: dt.date | None = None, days: int = 365) -> Pareto:
        """Cumulative gross profit by customer over the last ``days``; SQL sums, sorted in Python."""
        days = v.days(days)
        day = today or dt.date.today()
        with self.read() as s:
            return pareto(profit_by_account(s, day - dt.timedelta(days=days - 1), day))

    def share_of_wallet(self, today: dt.date | None = None, days: int = 365) -> list[WalletShare]:
        days = v.days(days)
        day = today or dt.date.today()
        with self.read() as s:
            return share_of_wallet(s, day - dt.timedelta(days=days - 1), day)

    def transitions(self, start: tuple[int, int], end: tuple[int, int]) -> Transitions:
        """Tier transition matrix between two quarters ((year, quarter) each)."""
        with self.read() as s:
            return tier_transitions(s, start, end)

    def tier_history(self, account_id: int) -> list[TierSnapshot]:
        with self.read() as s:
            return list(s.scalars(select(TierSnapshot).where(TierSnapshot.account_id == account_id)
                                  .order_by(TierSnapshot.year, TierSnapshot.quarter)))
