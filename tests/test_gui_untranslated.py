"""No English left on a Chinese screen (issue 16, item 5): every dossier section of three demo accounts (a
Chinese group, a Taiwanese customer, a German one), the reminders, the menus, the portfolio window's tabs and
the main dialogs, rendered in 简体 and 繁體, show no interface text in English (tests/untranslated.py says what
counts: proper names and notes the users typed, units and codes are allowed)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from tests_support import DINGXIN, GROUP, NORDHAFEN, account_id
from untranslated import demo_names, english_words, untranslated

from kam.vocab import GUI_VIEWS
from ui.main_window import SECTIONS, MainWindow


def _everything(win: MainWindow, accounts: list[int], names: list[str]) -> dict[str, str]:
    """Each English text seen anywhere (text -> where)."""
    found: dict[str, str] = {}

    def look(root: QWidget, where: str) -> None:
        QApplication.processEvents()
        for line in untranslated(root, names):
            found.setdefault(line, where)

    from ui.views import open_view

    for aid in accounts:
        win.open_account(aid)
        for section in SECTIONS:
            win.show_section(section)
            look(win, f"account {aid}, {section}")
    win.reminders.wait()
    look(win, "reminders")
    for view in GUI_VIEWS[1:]:
        shown = open_view(win, view)
        look(shown, view)
        if shown is not win.portfolio:
            shown.close()
            shown.deleteLater()
    return found


@pytest.fixture
def window(qtbot, demo_ctx, request):  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.fonts import install_cjk_fallback
    from ui.settings import Settings

    install_cjk_fallback(QApplication.instance())  # type: ignore[arg-type]
    i18n.install(request.param)
    demo_ctx.act_as("li.na")
    win = MainWindow(request.param, settings=Settings())
    qtbot.addWidget(win)
    win.attach(demo_ctx.services)
    win.resize(1366, 768)
    win.show()
    yield win
    win.detach()
    i18n.install("en")


@pytest.mark.parametrize("window", ["zh_CN", "zh_TW"], indirect=True)
def test_no_english_on_a_chinese_screen(window, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    services = demo_ctx.services
    accounts = [account_id(services, name) for name in (GROUP, DINGXIN, NORDHAFEN)]
    found = _everything(window, accounts, demo_names(demo_ctx))
    assert not found, "\n".join(f"{where} — {line}" for line, where in found.items())


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_the_check_sees_the_interface(window, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    """The same walk in English finds the interface's words everywhere: the check is not blind."""
    services = demo_ctx.services
    found = _everything(window, [account_id(services, GROUP)], demo_names(demo_ctx))
    places = {where.split(",")[-1].strip() for where in found.values()}
    assert set(SECTIONS) - {"overview"} <= places | {"overview"}
    assert {"portfolio:matrix", "print:brief", "import", "person", "visit"} <= places
    assert any("chart card" in line for line in found)  # the org chart's cards are read too
    assert any("chart title" in line for line in found)  # and the charts


def test_what_counts_as_english() -> None:
    data = ["Anna Weber", "Engineering camp", "one on-site training for the customer's new line"]
    assert english_words("Done", data) == ["Done"]
    assert english_words("完成 · Anna Weber · 2026-06-28", data) == []
    assert english_words("★Engineering…", data) == []
    assert english_words("112.9 M CNY · 35.7 %", data) == []
    assert english_words("IP-0001-01 · li.na@example.com · brief.pdf", data) == []
    assert english_words("one on-site training for the customer's new line — 进行中", data) == []
    assert english_words("visits", data) == ["visits"]
