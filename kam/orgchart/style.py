"""The chart's visual vocabulary, shared by the Qt scene and the ReportLab drawing."""

from __future__ import annotations

from kam.vocab import BuyingRole, Stance

STANCE_HEX = {
    Stance.SUPPORTER: "#2E7D32",
    Stance.NEUTRAL: "#8D8D8D",
    Stance.OPPOSER: "#C62828",
    Stance.UNKNOWN: "#C9C9C9",
}
STANCE_MARK = {Stance.SUPPORTER: "+", Stance.NEUTRAL: "○", Stance.OPPOSER: "−", Stance.UNKNOWN: "?"}
ROLE_SHORT = {
    BuyingRole.DECISION_MAKER: ("DM", "决策", "決策"),
    BuyingRole.INFLUENCER: ("INF", "影响", "影響"),
    BuyingRole.EXECUTOR: ("EXE", "执行", "執行"),
    BuyingRole.NEGOTIATOR: ("NEG", "谈判", "談判"),
}
ROLE_HEX = {
    BuyingRole.DECISION_MAKER: "#1A237E",
    BuyingRole.INFLUENCER: "#4527A0",
    BuyingRole.EXECUTOR: "#00695C",
    BuyingRole.NEGOTIATOR: "#E65100",
}
FACTION_HEX = ("#6A1B9A", "#00838F", "#AD1457", "#558B2F", "#EF6C00")
INK_HEX, MUTED_HEX, LINE_HEX, WARN_HEX, HIGHLIGHT_HEX, INFLUENCE_HEX = (
    "#1F2933", "#6B7280", "#9AA5B1", "#B45309", "#F59E0B", "#7C3AED")
STALE_DAYS = 90
LANG_POS = {"en": 0, "zh_CN": 1, "zh_TW": 2}
NO_OWNER = {"en": "no owner", "zh_CN": "无人负责", "zh_TW": "無人負責"}


def role_badge(role: BuyingRole, lang: str) -> str:
    return ROLE_SHORT[role][LANG_POS.get(lang, 0)]


def freshness(days: int | None, lang: str) -> str:
    if days is None:
        return "—"
    return f"{days}d" if lang == "en" else f"{days}天"
