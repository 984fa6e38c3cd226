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
    view = card_view(_person(), 150, 76, lang="zh_CN", today=TODAY, measure=_measure, style=style,
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
                     150, 76, lang="en", today=TODAY, measure=_measure, style=chart_style([]))
    first, second = [t for t in view.texts if t.bold]
    assert second.text.endswith("…")  # two lines are not enough: the second is cut
    name = first
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

    view = card_view(data.people[0], 150, 76, lang="zh_CN", today=TODAY, measure=measure,
                     style=chart_style(data.factions))
    assert [t.text for t in view.texts] == list(strings(drawing))


def test_a_long_name_takes_a_second_line_before_it_is_cut() -> None:
    from kam.orgchart.card import wrap_two

    def names(view):  # type: ignore[no-untyped-def]
        return [t.text for t in view.texts if t.bold]

    style = chart_style([])
    # a Chinese name and its romanisation: one beside the stance, the other on the line below
    view = card_view(_person(name="欧阳朝阳", name_latin="Ouyang Chaoyang"), 150, 76, lang="en", today=TODAY,
                     measure=_measure, style=style)
    assert names(view) == ["欧阳朝阳", "Ouyang Chaoyang"]
    title = _texts(view)["采购总监"]
    assert title.y > max(t.y for t in view.texts if t.bold)  # the title moved below the second line
    # an English name breaks between words
    view = card_view(_person(name="Maximilian Hohenberg", name_latin=None), 150, 76, lang="en", today=TODAY,
                     measure=_measure, style=style)
    assert names(view) == ["Maximilian", "Hohenberg"]
    # a long Chinese name (no spaces) breaks between characters, nothing lost
    long_zh = "欧阳诸葛司马上官慕容长孙宇文端木公孙轩辕令狐钟离"
    view = card_view(_person(name=long_zh, name_latin=None), 150, 76, lang="zh_CN", today=TODAY,
                     measure=_measure, style=style)
    assert "".join(names(view)) == long_zh
    assert len(names(view)) == 2
    # a short name stays on one line; only what two lines cannot hold is cut
    assert wrap_two("Wang Qiang", 9, 80, 130, _measure) == ["Wang Qiang"]
    cut = wrap_two("Maximilian Alexander von Hohenberg-Schwarzenfeld-Lichtenstein", 9, 80, 130, _measure)
    assert len(cut) == 2
    assert cut[1].endswith("…")
    assert all(_measure(line, 9, False) <= room for line, room in zip(cut, (80, 130), strict=True))


def test_real_fonts_keep_demo_names_whole() -> None:
    """With the font the paper embeds, the demo's longest names are not cut on a card."""
    from kam.reports.orgchart import measure

    style = chart_style([])
    for name, latin in [("彭強鵬", "Peng Qiangpeng"), ("李朝阳", "Li Chaoyang"),
                        ("Friederike Schwarzenberger-Lindqvist", None)]:
        view = card_view(_person(name=name, name_latin=latin, stance=Stance.UNKNOWN), 150, 76, lang="zh_TW",
                         today=TODAY, measure=measure, style=style)
        assert not any(t.text.endswith("…") for t in view.texts if t.bold), name
