"""No blank canvas: every section of a new account (on a new database) says what belongs there and offers
the button that adds the first item — in English and in 简体."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def _window(qtbot: Any, ctx: Any, lang: str) -> Any:
    from ui.main_window import MainWindow

    aid = ctx.services.accounts.create(name_zh="宁波海天塑机", ka_type="economic").id  # `kam init`, one account
    win = MainWindow(lang)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.attach(ctx.services)
    win.show()
    win.open_account(aid)
    return win


def _offered(section: QWidget, line: QLabel, button: QAbstractButton) -> None:
    assert line.isVisibleTo(section), line.text()
    assert line.text().strip()
    assert button.isVisibleTo(section)
    assert button.isEnabled(), button.text()


def _button(section: QWidget, text: str) -> QAbstractButton:
    found = [b for b in section.findChildren(QAbstractButton) if b.text() == text and b.isVisibleTo(section)]
    assert len(found) == 1, (text, [b.text() for b in section.findChildren(QAbstractButton)])
    return found[0]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_section_of_an_empty_account_says_what_belongs_there(qtbot, ctx, lang) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install  # the window's language, as the app installs it

    install(lang)
    try:
        win = _window(qtbot, ctx, lang)
        seen: dict[str, str] = {}
        for key in ("overview", "people", "orgchart", "visits", "feedback", "transactions", "competitors",
                    "register", "whitespace"):
            win.show_section(key)
            page = win._section(key)
            if key == "overview":
                _offered(win.team_box, win.team_box.empty, win.team_box.add_button)
                _offered(win.wallet_box, win.wallet_box.empty, win.wallet_box.add_button)
                seen[key] = win.team_box.empty.text()
            elif key == "orgchart":
                assert page.empty_chart.isVisibleTo(page)
                _offered(page, page.empty_chart.findChild(QLabel), page.first_person)
                seen[key] = page.empty_chart.findChild(QLabel).text()
            elif key == "transactions":
                _offered(page, page.empty, page.findChildren(QAbstractButton)[0])
                seen[key] = page.empty.text()
            elif key == "whitespace":
                assert page.stack.currentIndex() == 0
                _offered(page, page.empty_text, page.empty_button)
                seen[key] = page.empty_text.text()
            else:
                line = page.empty_state
                assert line is not None, key
                buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page) and b.isEnabled()]
                named = [b for b in buttons if b.text().split("（")[0].split(" (")[0].strip("…") in line.text()]
                assert named, (key, line.text(), [b.text() for b in buttons])
                _offered(page, line, named[0])
                seen[key] = line.text()
        if lang != "en":  # every line in the reader's language
            for key, text in seen.items():
                assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (key, text)
    finally:
        install("en")
