"""Mistakes in the window are one clear line, never an uncaught exception (issue 22, item 6). Each case is
done through the window's menus and buttons, with the dialogs answered by the test."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from gui_driver import Answers, buttons_of, open_session, press
from PySide6.QtWidgets import QFileDialog
from tests_support import GROUP, account_id


@pytest.fixture
def session(qtbot: Any, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    db = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, db)
    answers = Answers(tmp_path / "files", db)
    answers.install(monkeypatch)
    s = open_session(db, tmp_path)
    s.answers = answers
    s.window.open_account(account_id(s.window.services, GROUP))
    yield s
    s.window.close()
    s.window.deleteLater()
    s.ctx.close()


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def one_line(messages: list[str]) -> str:
    assert len(messages) == 1, messages
    assert "\n" not in messages[0]
    assert "Errno" not in messages[0]
    assert "Traceback" not in messages[0]
    return messages[0]


def export_chart(window: Any, suffix: str) -> None:
    window.show_section("orgchart")
    export = next(b for b in buttons_of(window.orgchart) if b.text() == "Export")
    next(a for a in export.menu().actions() if a.text() == suffix).trigger()


def test_org_chart_export_without_a_suffix_gets_the_chosen_one(session: Any, monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    save_as(monkeypatch, tmp_path / "chart")
    export_chart(session.window, "SVG")
    assert session.answers.messages == []
    assert (tmp_path / "chart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_org_chart_export_into_a_missing_folder_is_one_line(session: Any, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    save_as(monkeypatch, tmp_path / "no such folder" / "chart.pdf")
    export_chart(session.window, "PDF")
    assert "does not exist" in one_line(session.answers.messages)


def test_org_chart_export_never_onto_the_database(session: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = session.ctx.path
    before = db.stat().st_ino, db.stat().st_size
    save_as(monkeypatch, db)
    export_chart(session.window, "PNG")  # the chosen kind is added to a name without it: beside, not over
    assert (db.stat().st_ino, db.stat().st_size) == before
    assert db.with_name(db.name + ".png").read_bytes().startswith(b"\x89PNG")


def test_import_wizard_with_a_500_character_file_name(session: Any, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    long = tmp_path / ("x" * 500 + ".csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(long), ""))
    session.window.menu_actions["import"].trigger()  # Browse… answers the long name; Next shows the problem
    assert "dialog: ImportWizard" in session.answers.asked
    assert session.window.undo.count() == 0


def test_saving_an_attachment_onto_a_folder_is_one_line(session: Any, monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    window = session.window
    window.show_section("register")
    register = window.register
    register.table.selectRow(0)
    press(next(b for b in buttons_of(register) if b.text() == "Attach file…"))  # unlocks (answered), attaches
    assert register.model.rows[0]["attachments"] == 1
    assert session.answers.messages == []
    register.table.selectRow(0)
    save_as(monkeypatch, tmp_path)
    press(next(b for b in buttons_of(register) if b.text() == "Save attachment as…"))
    text = one_line(session.answers.messages)
    assert "folder" in text
    assert ".part" not in text


def test_confidential_dossier_says_unlock_before_asking_for_a_file(session: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("file") or ("", ""))
    session.window.services.register.lock()
    session.window.menu_actions["export_dossier_confidential"].trigger()
    assert asked == []
    assert "Unlock the IP register first" in one_line(session.answers.messages)


def test_erasing_personal_data_twice(session: Any) -> None:
    window = session.window
    window.show_section("people")
    window.people.table.selectRow(0)
    pid = window.people.model.id_at(0)
    for _ in range(2):  # the dialog presses Export, Erase (answered Yes) … each time
        window.people.table.selectRow(next(i for i in range(window.people.model.rowCount())
                                           if window.people.model.id_at(i) == pid))
        press(next(b for b in buttons_of(window.people) if b.text() == "Edit…"))
    assert session.answers.asked.count("dialog: PersonDialog") == 2
    assert session.answers.asked.count("question: Erase personal data") == 2
