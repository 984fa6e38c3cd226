"""The org-chart card: one description (kam.orgchart.card) that the screen and the paper only paint."""

from __future__ import annotations

import datetime as dt

from kam.orgchart.card import CHART_FILTERS, card_view, chart_style, freshness
from kam.orgchart.data import ChartFaction, ChartPerson, OrgData
from kam.palette import MUTED_HEX, STANCE_HEX, WARN_HEX
from kam.vocab import BuyingRole, Stance

TODAY = dt.date(2026, 12, 1)


def _measure(text: str, size: float, bold: bool) -> float:  # a monospaced stand-in: 0.6 em per character
    return len(text) * size * 0.6


def _person(**kw: object) -> ChartPerson:
    base = dict(id=1, name="王强", name_latin="Wang Qiang", title="采购总监", manager_id=None,
                stance=Stance.OPPOSER, roles=frozenset({BuyingRole.DECISION_MAKER, BuyingRole.NEGOTIATOR}),
                influence=4, coverage_owner=None, last_contact=TODAY - dt.timedelta(days=120), factions=(7,))
    return ChartPerson(**(base | kw))  # type: ignore[arg-type]


def _texts(view):  # type: ignore[no-untyped-def]
    return {t.text: t for t in view.texts}


def test_the_card_says_everything_in_words_and_colours() -> None:
    style = chart_style([ChartFaction(7, "技术派", 1, (1,))])
    view = card_view(_person(), 150, 66, lang="zh_CN", today=TODAY, measure=_measure, style=style,
                     move=(Stance.NEUTRAL, Stance.OPPOSER))
    texts = _texts(view)
    assert texts["− 反对"].colour == STANCE_HEX[Stance.OPPOSER]  # stance in words beside the colour
    assert texts["− 反对"].anchor == "end"
    assert texts["决策"].anchor == "middle"  # badges in the order of the vocabulary
    assert list(texts).index("决策") < list(texts).index("谈判")
    assert "●●●●○" in texts
    assert "★技术派" in texts  # the faction's leader
    assert texts["无人负责"].colour == WARN_HEX  # nobody covers a decision-maker
    assert texts["120天"].colour == WARN_HEX  # stale after 90 days
    assert "中立 → 反对" in texts  # the move since the comparison date, above the card
    assert any(b.y < 0 for b in view.boxes)
    assert view.boxes[1].fill == STANCE_HEX[Stance.OPPOSER]  # the stance stripe


def test_long_texts_are_shortened_to_their_room() -> None:
    view = card_view(_person(name="Maximilian Alexander von Hohenberg-Schwarzenfeld", name_latin=None,
                             coverage_owner="李娜", last_contact=TODAY - dt.timedelta(days=3)),
                     150, 66, lang="en", today=TODAY, measure=_measure, style=chart_style([]))
    name = next(t for t in view.texts if t.bold)
    assert name.text.endswith("…")
    stance = next(t for t in view.texts if t.text.endswith("Opposer"))
    assert name.x + _measure(name.text, name.size, True) < stance.x - _measure(stance.text, stance.size, False)
    assert _texts(view)["3d"].colour == MUTED_HEX


def test_freshness_and_filters() -> None:
    assert (freshness(None, "en"), freshness(5, "zh_TW")) == ("—", "5天")
    p = _person()
    assert CHART_FILTERS["stale"](p, TODAY)
    assert CHART_FILTERS["uncovered"](p, TODAY)
    assert CHART_FILTERS["decision_makers"](p, TODAY)
    assert not CHART_FILTERS["opposers_neutrals"](_person(stance=Stance.SUPPORTER), TODAY)


def test_the_paper_paints_the_description() -> None:
    from reportlab.graphics.shapes import Group, String

    from kam.reports.orgchart import draw, measure

    data = OrgData(1, [_person()], [ChartFaction(7, "技术派", 1, (1,))])
    drawing = draw(data, lang="zh_CN", today=TODAY, with_legend=False)  # (the legend: test_gui_fit)

    def strings(node):  # type: ignore[no-untyped-def]
        for child in getattr(node, "contents", []):
            if isinstance(child, String):
                yield child.text
            elif isinstance(child, Group):
                yield from strings(child)

    view = card_view(data.people[0], 150, 66, lang="zh_CN", today=TODAY, measure=measure,
                     style=chart_style(data.factions))
    assert [t.text for t in view.texts] == list(strings(drawing))
