"""Authoring in the window as a person does, shared by the GUI authoring tests (not a test module).

``answers`` answers the input boxes (``queue["text"]``) and the forms (``queue["form"]``: a function that fills
the form's widgets and presses its Save button); ``window`` is the main window on a new empty database
(``kam init``, no demo); ``press`` clicks a button by its label, ``trigger`` a menu entry by its path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

PEOPLE = ["王建国", "李娜", "张伟", "赵敏", "陈静", "刘洋"]


def press(widget: QWidget, text: str) -> None:
    """Click the button labelled ``text`` inside ``widget``."""
    matches = [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisibleTo(widget)]
    assert len(matches) == 1, f"one button {text!r}, found {len(matches)}"
    assert matches[0].isEnabled(), f"{text!r} is disabled"
    matches[0].click()


def trigger(menu: QMenu, *path: str) -> None:
    """Trigger the menu entry at ``path`` (submenu titles, then the entry), as a click on it does."""
    *subs, last = path
    menu.aboutToShow.emit()  # what opening it does
    for title in subs:
        menu = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == title)
        menu.aboutToShow.emit()
    found = [a for a in menu.actions() if a.text() == last]
    assert len(found) == 1, f"one entry {last!r} in {[a.text() for a in menu.actions()]}"
    assert found[0].isEnabled()
    found[0].trigger()


def drag_row(table: Any, source: int, target: int) -> None:
    """Drag row ``source`` of a table and drop it on row ``target``: the drop event Qt delivers."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    table.selectRow(source)
    model = table.model()
    data = model.mimeData([model.index(source, c) for c in range(model.columnCount())])
    at = table.visualRect(model.index(target, 1)).center()
    table.dropEvent(QDropEvent(QPointF(at), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier))


def pick(combo: Any, data: Any) -> None:
    """Choose the entry of a combo box that stands for ``data``."""
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def save(dialog: Any) -> int:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    return int(dialog.result())


def answer_forms(monkeypatch: pytest.MonkeyPatch, queue: dict[str, list[Any]], *forms: type) -> None:
    """Each of these forms, when opened, is answered by the next function of ``queue["form"]`` (which fills
    its widgets and presses Save, or cancels): it returns what the dialog's ``exec`` returns."""
    def exec_form(dialog: Any) -> int:
        return int(queue["form"].pop(0)(dialog))

    for cls in forms:
        monkeypatch.setattr(cls, "exec", exec_form)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[Any]]]:
    """What input boxes, questions and forms answer, in order."""
    queue: dict[str, list[Any]] = {"text": [], "form": []}
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (queue["text"].pop(0), True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    from ui.competitors import CompetitorForm, RelationForm, RepForm
    from ui.factions import FactionForm, InfluenceForm
    from ui.feedback_forms import FeedbackForm, ResolveForm
    from ui.projects import CriteriaDialog, ProjectForm, RolesDialog, StepForm
    from ui.team import TeamMemberForm
    from ui.transactions import TransactionForm
    from ui.wallet import WalletForm

    answer_forms(monkeypatch, queue, ProjectForm, StepForm, CriteriaDialog, RolesDialog, FactionForm,
                 InfluenceForm, TeamMemberForm, TransactionForm, WalletForm, CompetitorForm, RepForm, RelationForm,
                 FeedbackForm, ResolveForm)
    yield queue
    assert all(not v for v in queue.values()), f"unused answers {queue}"


@pytest.fixture
def window(qtbot, ctx):  # type: ignore[no-untyped-def]
    """The main window on a new empty database."""
    from ui.main_window import MainWindow

    win = MainWindow("en")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.attach(ctx.services)
    win.show()
    return win


def undo_redo(window: Any, read: Callable[[], object], before: object, after: object) -> None:
    assert read() == after
    window.menu_actions["undo"].trigger()
    assert read() == before
    window.menu_actions["redo"].trigger()
    assert read() == after


def new_account(window: Any, answers: Any) -> int:
    sv = window.services
    assert sv.accounts.rows() == []
    answers["text"].append("宁波海天塑机")
    window.menu_actions["new_account"].trigger()
    aid = sv.accounts.rows()[0].id
    window.open_account(aid)
    window.show_section("orgchart")  # no blank canvas: the empty chart offers the first person
    page = window.orgchart
    assert not page.empty_chart.isHidden()
    assert page.view.isHidden()
    answers["text"].append(PEOPLE[0])
    press(page, "Add the first person…")
    assert [r.name for r in sv.people.rows(aid)] == [PEOPLE[0]]
    assert not page.view.isHidden()
    window.show_section("people")
    for name in PEOPLE[1:]:
        answers["text"].append(name)
        press(window.people, "Add person…")
    return aid
