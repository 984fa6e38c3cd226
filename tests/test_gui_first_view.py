"""The window's first view (ui.app.Launcher.first_view, kam.first_view): on a database that needs nothing but
opening, the list and the first dossier show before SQLAlchemy and the services; attaching the services keeps
what shows (pixel for pixel), the selection and the scrolling; and whatever a person does before they came —
typing a search, choosing an account, editing a field, opening another section — works: it reads the first
view's reads, or waits for the services. Driven through the widgets' own signals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea

from kam.first_view import Pending
from ui.app import Launcher


@pytest.fixture
def copy(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, path)
    return path


@pytest.fixture
def launcher(qtbot, copy: Path):  # type: ignore[no-untyped-def]
    app = Launcher(db=str(copy), user="li.na", screenshot=None, account=None, lang="en", section=None)
    yield app
    app.window.close()
    if app.ctx is not None:
        app.ctx.close()
    elif app.pending is not None:
        app.pending.close()


def image(widget) -> QImage:  # type: ignore[no-untyped-def]
    """The widget as it paints once the events posted so far (layouts) are handled, as the event loop does."""
    for _ in range(2):
        QApplication.processEvents()
    return widget.grab().toImage()


def test_the_first_view_shows_the_list_and_the_first_dossier_before_the_services(launcher) -> None:  # type: ignore[no-untyped-def]
    window = launcher.window
    assert isinstance(launcher.pending, Pending)
    assert launcher.ctx is None
    assert not window.attached
    assert window.model.rowCount() == 14
    assert window.current_account is not None
    assert window.table.selectionModel().selectedRows()[0].row() == 0
    assert window.title.text()
    assert window.summary.rowCount() >= 2  # the tier line and the recommended strategy
    assert window.team_box.table.rowCount() >= 1  # the owner at least
    assert window.account_form.widgets["name_zh"].text() or window.account_form.widgets["name_en"].text()
    assert window.filter_owner.count() > 1
    # what needs the services is not enabled yet
    assert not window.menu_actions["new_account"].isEnabled()
    assert not window.menu_actions["print"].isEnabled()


def test_attaching_the_services_keeps_what_shows_the_selection_and_the_scrolling(qtbot, launcher) -> None:  # type: ignore[no-untyped-def]
    window = launcher.window
    table = window.table
    row = table.visualRect(window.model.index(3, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)  # another account, chosen by a click
    chosen = window.current_account
    assert chosen == window.model.account_id(3)
    bar = table.horizontalScrollBar()
    bar.setValue(bar.maximum())
    form = window.account_form.findChild(QScrollArea).verticalScrollBar()  # the overview's form, scrolled down
    form.setValue(120)
    before, title = image(window), window.windowTitle()
    launcher.attach()  # (called here as the event loop's stand-in: it runs it right after the first paint)
    assert window.attached
    assert window.windowTitle() == title
    assert not isinstance(window.services, Pending)
    assert window.current_account == chosen
    assert table.selectionModel().selectedRows()[0].row() == 3
    assert bar.value() == bar.maximum()
    assert form.value() == 120
    assert image(window) == before  # the same reads, the same pixels
    # and from now on the window reads the services: a change made in the form shows in the title
    name = window.account_form.widgets["name_en"]
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Renamed After Attach")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # editingFinished: the autosave, then the window's change signal
    assert launcher.ctx.services.accounts.get(chosen).name_en == "Renamed After Attach"
    assert "Renamed After Attach" in window.title.text()


def test_a_search_and_a_choice_before_the_services_read_the_first_view(qtbot, launcher) -> None:  # type: ignore[no-untyped-def]
    window = launcher.window
    qtbot.keyClicks(window.search, "nordhafen")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)  # the search's debounce, then the filter
    table = window.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(window.model.index(0, 0)).center())
    assert "Nordhafen" in window.title.text()
    window.filter_tier.setCurrentIndex(1)  # a filter chosen (the combo's own signal)
    assert launcher.ctx is None  # all of it from the first view's reads
    assert not window.attached


def test_an_edit_before_the_services_waits_for_them_and_is_saved(qtbot, launcher) -> None:  # type: ignore[no-untyped-def]
    window = launcher.window
    aid = window.current_account
    fax = window.account_form.widgets["fax"]
    assert isinstance(fax, QLineEdit)
    fax.setFocus()
    qtbot.keyClicks(fax, "+86 10 5555 0000")
    assert launcher.ctx is None
    qtbot.keyClick(fax, Qt.Key.Key_Return)  # editingFinished: the autosave
    assert launcher.ctx is not None  # the save opened the database the full way first
    assert window.attached
    assert launcher.ctx.services.accounts.get(aid).fax == "+86 10 5555 0000"
    assert window.undo.count() == 1
    window.menu_actions["undo"].trigger()  # Edit > Undo
    assert launcher.ctx.services.accounts.get(aid).fax in (None, "")


def test_another_section_before_the_services_waits_for_them(qtbot, launcher) -> None:  # type: ignore[no-untyped-def]
    window = launcher.window
    tabs = window.sections.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())  # People
    assert window.sections.currentIndex() == 1
    assert window.attached
    assert window.people.account_id == window.current_account
    assert window.people.model.rowCount() > 0


def test_a_menu_entry_before_the_services_waits_for_them(qtbot, launcher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Settings > Preferences is enabled in the first view (a language chosen there replaces the window on the
    services): it waits for them. Edit > Find only focuses the search box: it does not."""
    import ui.main_window

    window = launcher.window
    find = window.menu_actions["find"]
    assert find.isEnabled()
    find.trigger()
    assert not window.attached
    shown: list[bool] = []
    monkeypatch.setattr(ui.main_window, "run_dialog", lambda dialog: shown.append(window.attached) or False)
    preferences = window.menu_actions["preferences"]
    assert preferences.isEnabled()
    preferences.trigger()
    assert shown == [True]  # the dialog came once the services were there
    assert window.attached
    assert launcher.ctx is not None


def test_a_database_with_work_to_do_opens_the_full_way_first(qtbot, copy: Path) -> None:  # type: ignore[no-untyped-def]
    (copy.parent / "backups").mkdir()
    (copy.parent / "backups" / "x.sqlite3.part").write_bytes(b"")  # a stray part for open_app to clear
    app = Launcher(db=str(copy), user="li.na", screenshot=None, account=None, lang="en", section=None)
    try:
        assert app.pending is None
        assert not hasattr(app.window, "model")  # nothing shows before the database is open
        app.attach()
        assert app.window.attached
        assert app.window.model.rowCount() == 14
        assert app.window.current_account is not None
    finally:
        app.window.close()
        app.ctx.close()


def test_first_view_screenshots_are_the_attached_windows(copy: Path, tmp_path: Path) -> None:
    """`kam gui --screenshot --first-view` captures the first view (no services); the same account's capture
    the full way (`--account` opens the database first, then fills the window) is the same picture."""
    from tests_support import kam_cli

    from kam.app import bootstrap
    from ui.models.accounts import collation_key

    ctx = bootstrap(str(copy))
    first_id = min(ctx.services.accounts.list_keys(), key=lambda k: collation_key(k[2], k[1]))[0]
    ctx.close()
    for lang in ("en", "zh_CN"):
        first, full = tmp_path / f"first-{lang}.png", tmp_path / f"full-{lang}.png"
        res = kam_cli("--db", str(copy), "gui", "--lang", lang, "--screenshot", str(first), "--first-view",
                      cwd=tmp_path)
        assert res.returncode == 0, res.stderr
        res = kam_cli("--db", str(copy), "gui", "--lang", lang, "--account", str(first_id), "--screenshot",
                      str(full), "--first-view", cwd=tmp_path)
        assert res.returncode == 0, res.stderr
        assert QImage(str(first)) == QImage(str(full))


def test_a_file_bound_to_a_team_server_waits_for_the_services_as_before(qtbot, copy: Path) -> None:  # type: ignore[no-untyped-def]
    """Its status bar shows the sync's state, read with the services: no first view (the window fills after its
    first paint, as it always did)."""
    from kam.app import bootstrap
    from kam.first_view import FirstView
    from kam.store.quick import open_for_reading

    ctx = bootstrap(str(copy))
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("INSERT OR REPLACE INTO sync_state (id, server, bound, applying, next_batch) "
                             "VALUES (1, 'postgresql://kam@nowhere/kam', 1, 0, 1)")
    ctx.close()
    conn = open_for_reading(str(copy), None, lambda _m: None)
    assert conn is not None
    assert FirstView(conn).bound()
    conn.close()
    app = Launcher(db=str(copy), user="li.na", screenshot=None, account=None, lang="en", section=None)
    try:
        assert app.pending is None
        assert not hasattr(app.window, "model")
    finally:
        app.window.close()


def damage_tier_snapshots(path: Path) -> None:
    """64 bytes overwritten inside the root page of tier_snapshots, which the first view reads (the first
    dossier's tier line): the file opens, the first view's read fails."""
    from tests_support import connect_raw

    conn = connect_raw(path)
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'tier_snapshots'").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size + 1000)
        f.write(b"\xff" * 64)


def test_a_damaged_page_goes_the_full_way_with_an_empty_window(qtbot, copy: Path) -> None:  # type: ignore[no-untyped-def]
    damage_tier_snapshots(copy)
    app = Launcher(db=str(copy), user="li.na", screenshot=None, account=None, lang="en", section=None)
    try:
        assert app.pending is None  # the first view's read failed: nothing of it is kept
        assert not hasattr(app.window, "model")  # a fresh, empty window, as without a first view
        assert app.window.isVisible()
    finally:
        app.window.close()


@pytest.mark.parametrize("first", [True, False])
def test_a_damaged_page_is_said_as_without_a_first_view(copy: Path, tmp_path: Path, first: bool) -> None:
    """The start says "database damaged" (open_app's words, with its restore offer on screen), not an
    unexpected error."""
    from tests_support import kam_cli

    damage_tier_snapshots(copy)
    res = kam_cli("--db", str(copy), "gui", "--screenshot", str(tmp_path / "x.png"),
                  *(["--first-view"] if first else []), cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    assert "database damaged" in res.stderr
    assert "unexpected error" not in res.stderr


def test_a_tab_chosen_before_the_services_stays_with_section_overview(qtbot, copy: Path) -> None:  # type: ignore[no-untyped-def]
    """`--section overview` is what the first view shows: the attach (here in the middle of the click on People)
    does not take the person back to it."""
    app = Launcher(db=str(copy), user="li.na", screenshot=None, account=None, lang="en", section="overview")
    try:
        assert app.pending is not None
        tabs = app.window.sections.tabBar()
        qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())  # People
        assert app.window.attached
        assert app.window.sections.currentIndex() == 1
    finally:
        app.window.close()
        if app.ctx is not None:
            app.ctx.close()


def test_a_change_by_another_process_before_the_attach_shows_after_it(qtbot, launcher) -> None:  # type: ignore[no-untyped-def]
    """What the first view read is read again from the services when the database changed in between
    (``PRAGMA data_version``)."""
    from kam.app import bootstrap

    window = launcher.window
    chosen = window.current_account
    other = bootstrap(launcher.db)  # another process, e.g. `kam import` or a command-line edit
    try:
        other.services.accounts.update(chosen, name_zh="别处改名")
    finally:
        other.close()
    assert "别处改名" not in window.title.text()
    launcher.attach()  # what the event loop does right after the first paint
    assert window.attached
    assert "别处改名" in window.title.text()
    row = window.model.row_of(chosen)
    assert row is not None
    assert "别处改名" in str(window.model.index(row, 0).data())
    assert window.current_account == chosen


def test_open_apps_warnings_wait_for_the_attach(qtbot, demo_db: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The storage warning (a file in a synced folder) shows once the services are there: no dialog runs its
    own event loop in the middle of the attach, where a person's action could find the database half open."""
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "Dropbox" / "kam.sqlite3"
    path.parent.mkdir()
    shutil.copy(demo_db, path)
    shown: list[tuple[str, bool]] = []
    app = Launcher(db=str(path), user="li.na", screenshot=None, account=None, lang="en", section=None)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append((text, app.window.attached)))
    try:
        assert app.pending is not None
        app.attach()  # what the event loop does right after the first paint
        assert [attached for text, attached in shown if "synced folder" in text] == [True]
        assert app.warnings == []
    finally:
        app.window.close()
        if app.ctx is not None:
            app.ctx.close()


def test_a_read_that_fails_after_the_first_view_is_the_services(qtbot, launcher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Another account chosen before the services came, whose tier history cannot be read quickly (a damaged
    page): the services are opened the full way and read it (or open_app says what is wrong)."""
    import sqlite3

    window = launcher.window

    def damaged(_account_id: int) -> list[object]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(launcher.pending._quick.analysis, "tier_history", damaged)
    table = window.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(window.model.index(2, 0)).center())
    assert window.attached
    assert window.current_account == window.model.account_id(2)
    assert window.summary.rowCount() >= 2  # the tier line, from the services
