"""The house colours, defined once: the window (Qt) and the printed documents (ReportLab) both take them from
here, so a red rating, a supporter or a decision-maker badge looks the same on screen and on paper."""

from __future__ import annotations

from kam.vocab import BuyingRole, Rating, Stance, StepStatus, Tier

RATING_HEX: dict[Rating, str] = {Rating.GREEN: "#2E7D32", Rating.AMBER: "#B45309", Rating.RED: "#C62828"}
STANCE_HEX: dict[Stance, str] = {
    Stance.SUPPORTER: "#2E7D32",
    Stance.NEUTRAL: "#6B7280",
    Stance.OPPOSER: "#C62828",
    Stance.UNKNOWN: "#9CA3AF",
}
ROLE_HEX: dict[BuyingRole, str] = {
    BuyingRole.DECISION_MAKER: "#1A237E",
    BuyingRole.INFLUENCER: "#4527A0",
    BuyingRole.EXECUTOR: "#00695C",
    BuyingRole.NEGOTIATOR: "#E65100",
}
TIER_HEX: dict[Tier, str] = {Tier.PLATINUM: "#3F51B5", Tier.GOLD: "#C9A227", Tier.IRON: "#8D6E63",
                             Tier.LEAD: "#9CA3AF"}
FACTION_HEX = ("#6A1B9A", "#00838F", "#AD1457", "#558B2F", "#EF6C00")  # one per faction, in turn

STEP_HEX: dict[StepStatus, str] = {StepStatus.DONE: "#2E7D32", StepStatus.IN_PROGRESS: "#1565C0",
                                   StepStatus.PLANNED: "#9AA5B1", StepStatus.BLOCKED: "#C62828",
                                   StepStatus.SKIPPED: "#D0D7DE"}  # a decision step's status

INK_HEX = "#1F2933"  # text
MUTED_HEX = "#6B7280"  # secondary text
LINE_HEX = "#9AA5B1"  # reporting lines, dividers
RULE_HEX = "#D0D7DE"  # table rules, card borders
SHADE_HEX = "#F3F5F8"  # shaded backgrounds
ZEBRA_HEX = "#FAFBFC"  # every other table row
NAVY_HEX = "#14213D"  # headings
ACCENT_HEX = "#1F6FEB"  # links, our own figures
PAPER_HEX = "#FFFFFF"
WARN_HEX = RATING_HEX[Rating.AMBER]  # needs attention (no owner, a stale contact)
ERROR_HEX = RATING_HEX[Rating.RED]  # late, refused, confidential
HIGHLIGHT_HEX = "#F59E0B"  # what the user picked out (search, a decision step's actors, a stance move)
HIGHLIGHT_FILL_HEX = "#FEF3C7"
INFLUENCE_HEX = "#7C3AED"  # informal influence arrows

# The whitespace map's heat: from nothing left to win (or unknown) to the largest whitespace of the account.
WHITESPACE_HEAT_HEX = ("#F3F5F8", "#FDE7C8", "#FBC98A", "#F59E0B", "#C2570C")
