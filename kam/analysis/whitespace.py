"""The whitespace map's pure rules shared by the service, the window and the printed page: share of wallet,
the heat levels, the cells' marks and the short figures in a cell."""

from __future__ import annotations

from decimal import Decimal

from kam.vocab import CellStatus

HEAT_LEVELS = 5  # kam.palette.WHITESPACE_HEAT_HEX has a colour for each
# A cell's marks on screen and on paper (glyphs the bundled font has), never colour alone.
STATUS_MARK = {CellStatus.OURS: "✓", CellStatus.TARGETED: "◎", CellStatus.NOT_PURSUED: "–", CellStatus.LOST: "×"}
OVER_MARK = "▲"  # more bought from us than the potential: the potential needs a look
GOAL_MARK = "◆"  # the cell is an objective of a plan
PROJECT_MARK = "■"  # the cell is a purchasing project of the account


def compact_money(value: Decimal | None, lang: str) -> str:
    """A figure short enough for a grid cell: 1.2M / 350k in English, 120万 / 3.5亿 (萬 / 億) in Chinese; "" for none."""
    if value is None:
        return ""
    sign, v = ("−" if value < 0 else ""), abs(value)
    if lang.startswith("zh"):
        units = ("億", "萬") if lang == "zh_TW" else ("亿", "万")
        for size, word in ((Decimal(10) ** 8, units[0]), (Decimal(10) ** 4, units[1])):
            if v >= size:
                return f"{sign}{v / size:,.1f}".rstrip("0").rstrip(".") + word
        return f"{sign}{v:,.0f}"
    for size, word in ((Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "k")):
        if v >= size:
            return f"{sign}{v / size:,.1f}".rstrip("0").rstrip(".") + word
    return f"{sign}{v:,.0f}"


def share(current: Decimal, potential: Decimal | None) -> Decimal | None:
    """Share of wallet as a fraction (0.25 = 25 %); none without a positive potential."""
    if potential is None or potential <= 0:
        return None
    return current / potential
