"""The window's sync with the team server (issue 18): the status bar, File › Connect to team server…, the
background sync after an edit and from File › Sync now, "Offline" with a retry, and the Sync conflicts screen
deciding a collision — on the throwaway PostgreSQL cluster, driven through the widgets' signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select, text

from kam.app import bootstrap
from kam.model import Person
from kam.sync.status import Local
from kam.team import setup
from kam.vocab import UserRole
from ui import sync as ui_sync
from ui.commands import push_operation

PASSWORD = "pw-li-na-1"


@pytest.fixture
def server(pg) -> Any:  # type: ignore[no-untyped-def]
    """A team server where li.na (a KAM) owns 华为 with 王强, 采购总监; yields (host:port/db, her context)."""
    admin_url = pg.new_database()
    owner = bootstrap(admin_url)
    with owner.engine.begin() as conn:
        setup.init_team(conn)
        setup.add_user(conn, "li.na", UserRole.KAM, "李娜", password=PASSWORD)
    owner.close()
    base = admin_url.split("@", 1)[1]
    li = bootstrap(f"postgresql+psycopg://li.na:{PASSWORD}@{base}")
    acc = li.services.accounts.create(name_zh="华为技术有限公司", ka_type="strategic", owner_id=li.actor.user_id).id
    li.services.people.create(acc, name="王强", title="采购总监")
    yield base, li
    li.close()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The main window on a new laptop file of li.na's (never bound), its sync watched; syncs 50 ms after an
    edit instead of 20 s."""
    from ui.main_window import MainWindow

    monkeypatch.setattr(ui_sync, "AFTER_EDIT_MS", 50)
    lap = bootstrap(str(tmp_path / "li.sqlite3"), user=None)
    w = MainWindow("en")
    qtbot.addWidget(w)
    w.attach(lap.services)
    w.watch_sync(Local(lap.url, lap.db_key))
    w.show()
    yield w, lap
    w.close()
    assert w.sync_status.wait()
    lap.close()


def answer_with(monkeypatch: pytest.MonkeyPatch, answer: Callable[[QDialog], None]) -> list[QDialog]:
    """Each dialog's exec() is answered by ``answer`` (which presses its buttons); returns the dialogs seen."""
    seen: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        answer(dialog)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", exec_)
    return seen


def status(w: Any) -> str:
    return str(w.sync_status.label.text())


def person(ctx: Any, name: str) -> Person:
    with ctx.sessions() as s:
        p = s.scalars(select(Person).where(Person.name == name)).one()
        s.expunge(p)
        return p


def connect(w: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, url: str, password: str) -> list[QDialog]:
    def answer(dialog: QDialog) -> None:
        dialog.url.setText(url)  # type: ignore[attr-defined]
        dialog.password.setText(password)  # type: ignore[attr-defined]
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not dialog.sync.running, timeout=30_000)  # type: ignore[attr-defined]

    return answer_with(monkeypatch, answer)


def test_nothing_shows_for_a_database_never_bound(window: Any) -> None:
    w, _lap = window
    assert not w.sync_status.label.isVisible()
    assert not w.menu_actions["sync_now"].isEnabled()
    assert w.menu_actions["connect_server"].isEnabled()


def test_a_refused_server_is_one_line_in_the_dialog(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                    server: Any) -> None:
    w, _lap = window
    base, _li = server
    seen = connect(w, qtbot, monkeypatch, f"postgresql://li.na@{base}", "wrong password")
    w.menu_actions["connect_server"].trigger()
    (dialog,) = seen
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "password" in dialog.error.text()
    assert "\n" not in dialog.error.text()
    assert not w.sync_status.bound


def test_connect_edit_sync_now_and_resolve_a_conflict(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                      server: Any) -> None:
    w, lap = window
    base, li = server
    seen = connect(w, qtbot, monkeypatch, f"postgresql://li.na@{base}", PASSWORD)
    w.menu_actions["connect_server"].trigger()
    assert seen[0].result() == QDialog.DialogCode.Accepted, seen[0].error.text()  # type: ignore[attr-defined]
    assert w.sync_status.label.isVisible()
    assert status(w) == "Synced just now"
    assert w.model.row_of(next(a.id for a in lap.services.accounts.rows())) is not None  # the list reloaded
    assert w.menu_actions["sync_now"].isEnabled()
    assert not w.menu_actions["connect_server"].isEnabled()

    # an edit here: waiting, then synced by itself shortly after
    mine = person(lap, "王强")
    push_operation(w.undo, "title", lambda: lap.services.people.update(mine.id, title="首席采购官"),
                   lambda: None, w._changed, w._error)
    assert status(w) == "1 change waiting"
    qtbot.waitUntil(lambda: status(w) == "Synced just now", timeout=30_000)
    assert person(li, "王强").title == "首席采购官"

    # both sides change the same field: File › Sync now finds the collision
    mine = person(lap, "王强")
    lap.services.people.update(mine.id, expected_version=mine.version, title="CPO")
    theirs = person(li, "王强")
    li.services.people.update(theirs.id, expected_version=theirs.version, title="采购副总裁")
    acc = li.services.accounts.rows()[0]
    li.services.accounts.update(acc.id, name_en="Huawei")  # a change made on the server
    w.table.selectRow(0)  # the dossier open
    assert "Huawei" not in w.title.text()
    w.menu_actions["sync_now"].trigger()
    qtbot.waitUntil(lambda: "1 conflict to resolve" in status(w), timeout=30_000)
    assert w.title.text() == "华为技术有限公司 / Huawei"  # what came down shows: the open dossier reloaded
    assert status(w) == "Synced just now · 1 conflict to resolve"

    # the conflicts screen: what, field, both values; "Take theirs" decides it
    shown: list[list[str]] = []

    def take_theirs(dialog: QDialog) -> None:
        table = dialog.table  # type: ignore[attr-defined]
        shown.extend([[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())])
        dialog.theirs.click()  # type: ignore[attr-defined]
        shown.append([str(dialog.table.rowCount()), str(dialog.empty.isVisibleTo(dialog))])  # type: ignore[attr-defined]
        dialog.reject()

    answer_with(monkeypatch, take_theirs)
    w.menu_actions["sync_conflicts"].trigger()
    assert shown == [["Person 王强", "Title", "CPO", "采购副总裁"], ["0", "True"]]
    assert person(lap, "王强").title == "采购副总裁"
    assert status(w) == "Synced just now"
    assert w.undo.count() == 1  # a decision, not an undoable edit


def test_offline_is_said_and_tried_again(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                         server: Any) -> None:
    from pg_cluster import free_port

    w, lap = window
    base, _li = server
    connect(w, qtbot, monkeypatch, f"postgresql://li.na@{base}", PASSWORD)
    w.menu_actions["connect_server"].trigger()
    assert w.sync_status.bound
    with lap.engine.begin() as conn:  # the server moved away: nothing answers there
        conn.execute(text("UPDATE sync_state SET server = :s"),
                     {"s": f"postgresql+psycopg://li.na@127.0.0.1:{free_port()}/kam"})
    w.menu_actions["sync_now"].trigger()
    qtbot.waitUntil(lambda: status(w) == "Offline", timeout=30_000)
    assert w.sync_status.retry.isActive()
    assert w.sync_status.retry.interval() == ui_sync.RETRY_MS[0]


def test_closing_the_window_stops_watching(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                           server: Any) -> None:
    w, lap = window
    base, _li = server
    connect(w, qtbot, monkeypatch, f"postgresql://li.na@{base}", PASSWORD)
    w.menu_actions["connect_server"].trigger()
    sync = w.sync_status
    w.close()
    assert not any(t.isActive() for t in (sync.after_edit, sync.every, sync.retry, sync.clock))
    mine = person(lap, "王强")
    w.undo.indexChanged.emit(1)  # the undo stack moving after close reaches no sync watcher
    assert not sync.after_edit.isActive()
    assert person(lap, "王强").version == mine.version


def test_a_refusal_is_not_offline(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, server: Any) -> None:
    w, lap = window
    base, _li = server
    connect(w, qtbot, monkeypatch, f"postgresql://li.na@{base}", PASSWORD)
    w.menu_actions["connect_server"].trigger()
    with lap.engine.begin() as conn:  # a login the server does not know
        conn.execute(text("UPDATE sync_state SET server = :s"), {"s": f"postgresql+psycopg://nobody@{base}"})
    w.menu_actions["sync_now"].trigger()
    qtbot.waitUntil(lambda: not w.sync_status.running, timeout=30_000)
    assert status(w) == "Sync failed"
    assert w.statusBar().currentMessage().startswith("Sync failed: ")
    assert not w.sync_status.retry.isActive()


def test_what_came_down_waits_for_the_typing_to_end(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                    server: Any) -> None:
    w, _lap = window
    base, li = server
    connect(w, qtbot, monkeypatch, f"postgresql://li.na@{base}", PASSWORD)
    w.menu_actions["connect_server"].trigger()
    w.table.selectRow(0)
    w.activateWindow()
    line = w.account_form.widgets["industry"]
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    acc = li.services.accounts.rows()[0]
    li.services.accounts.update(acc.id, industry="通信设备")
    w.menu_actions["sync_now"].trigger()
    qtbot.waitUntil(lambda: not w.sync_status.running, timeout=30_000)
    assert w.sync_status.later.isActive()  # someone is in the dossier's line: not under their fingers
    assert line.text() == ""
    w.search.setFocus()  # the line left
    qtbot.waitUntil(lambda: line.text() == "通信设备", timeout=5_000)
