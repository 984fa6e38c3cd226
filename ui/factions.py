"""Factions and influence lines made and changed on the org chart itself.

``ChartAuthoring`` adds to the org-chart page: a "Factions & influence" menu
button, a context menu on every card (a new faction of the selected cards, add
to or remove from a faction, make leader, draw an influence line, edit or
delete the person's lines) and Shift+drag from one card onto another to draw an
influence line. Every change is one service call on the undo stack; undo and
redo put back the exact stored rows (``FactionService.snapshot_*``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsView,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from kam.app import Services
from kam.errors import UserError
from kam.services.factions import FactionDetail, InfluenceDetail
from kam.vocab import InfluenceKind, label
from ui.commands import push_operation
from ui.forms import OpenForm
from ui.orgchart.items import CardItem
from ui.orgchart.scene import OrgChartScene
from ui.projects import FieldForm, cell


def _call(fn: Callable[..., object], *args: Any) -> Callable[[], None]:
    """A menu action's slot: ``fn(*args)``, whatever the signal carries (``triggered`` sends ``checked``)."""
    def slot() -> None:
        fn(*args)
    return slot


class FactionForm(FieldForm):
    """A faction: name, leader, description and its members (ticked)."""

    def __init__(self, people: list[tuple[int, str]], f: FactionDetail | None, members: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Faction") if f else self.tr("New faction"), parent)
        self.line("name", self.tr("Name"), f.name if f else None)
        leader = [(self.tr("(nobody)"), None), *((name, pid) for pid, name in people)]
        self.choice("leader_id", self.tr("Leader"), leader, f.leader_id if f else None)
        self.text("description", self.tr("Description"), f.description if f else None)
        self.members = QTableWidget(len(people), 1)
        self.members.setHorizontalHeaderLabels([self.tr("Members")])
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ticked = set(f.member_ids if f else members)
        for row, (pid, name) in enumerate(people):
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in ticked else Qt.CheckState.Unchecked)
            self.members.setItem(row, 0, item)
        self.add("member_ids", self.tr("Members"), self.members)
        self.finish()
        self.resize(460, 520)

    def tick(self, person_id: int, on: bool = True) -> None:
        for row in range(self.members.rowCount()):
            item = cell(self.members, row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["member_ids"] = [cell(self.members, r, 0).data(Qt.ItemDataRole.UserRole)
                             for r in range(self.members.rowCount())
                             if cell(self.members, r, 0).checkState() == Qt.CheckState.Checked]
        return out


class InfluenceForm(FieldForm):
    """An informal influence line: who sways whom, how strongly (1–3), and a note on why."""

    def __init__(self, lang: str, people: list[tuple[int, str]], source: int | None, target: int | None,
                 line: InfluenceDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Influence line") if line else self.tr("New influence line"), parent)
        choices = [(name, pid) for pid, name in people]
        src = self.choice("source_id", self.tr("Who influences"), choices, line.source_id if line else source)
        dst = self.choice("target_id", self.tr("Whom"), choices, line.target_id if line else target)
        if line is not None:
            src.setEnabled(False)
            dst.setEnabled(False)
        self.choice("strength", self.tr("Strength"),
                    [(self.tr("1 — weak"), 1), (self.tr("2 — medium"), 2), (self.tr("3 — strong"), 3)],
                    line.strength if line else 2)
        self.choice("kind", self.tr("Kind"), [(self.tr("(not said)"), None),
                                              *((label(k, lang), k.value) for k in InfluenceKind)],
                    line.kind.value if line and line.kind else None)
        self.line("note", self.tr("Why (e.g. former colleagues, same hometown)"), line.note if line else None)
        self.finish()
        self.resize(460, 260)


class ChartAuthoring(QObject):
    """Factions and influence lines on one org-chart page (see the module's docstring)."""

    def __init__(self, services: Services, undo: QUndoStack, lang: str, view: QGraphicsView,
                 account: Callable[[], int | None], refresh: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.services, self.undo, self.lang = services, undo, lang
        self.view, self.account, self.refresh, self.page = view, account, refresh, parent
        self.scene: OrgChartScene | None = None
        self.forms = OpenForm()
        self.button = QToolButton()
        self.button.setText(self.tr("Factions && influence"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        menu.aboutToShow.connect(lambda: self.fill_main_menu(menu))
        self.button.setMenu(menu)
        view.viewport().installEventFilter(self)

    def attach_scene(self, scene: OrgChartScene) -> None:
        """A rebuilt chart: Shift+drag from a card onto another draws an influence line."""
        self.scene = scene
        for item in scene.cards.values():
            item.influence_drawn.connect(self.new_influence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            item = self.view.itemAt(event.pos())
            while item is not None and not isinstance(item, CardItem):
                item = item.parentItem()
            menu = self.card_menu(item.pid) if isinstance(item, CardItem) else QMenu(self.page)
            if item is None:
                self.fill_main_menu(menu)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)

    # --- menus

    def selected(self, also: int | None = None) -> list[int]:
        """The cards selected on the chart (Ctrl+click), with ``also``."""
        chosen = [it.pid for it in (self.scene.selectedItems() if self.scene else []) if isinstance(it, CardItem)]
        if also is not None and also not in chosen:
            chosen.append(also)
        return sorted(chosen)

    def _names(self) -> dict[int, str]:
        aid = self.account()
        return {r.id: r.name for r in self.services.people.rows(aid)} if aid is not None else {}

    def fill_main_menu(self, menu: QMenu) -> None:
        menu.clear()
        aid = self.account()
        if aid is None:
            return
        menu.addAction(self.tr("New faction…"), lambda: self.new_faction(self.selected()))
        factions = self.services.factions.factions(aid)
        edit, remove = menu.addMenu(self.tr("Edit faction")), menu.addMenu(self.tr("Delete faction"))
        for f in factions:
            edit.addAction(f.name, _call(self.edit_faction, f.id))
            remove.addAction(f.name, _call(self.delete_faction, f.id))
        edit.setEnabled(bool(factions))
        remove.setEnabled(bool(factions))
        menu.addSeparator()
        menu.addAction(self.tr("New influence line…"), lambda: self.new_influence(None, None))
        self._line_menus(menu, None)

    def _line_menus(self, menu: QMenu, person_id: int | None) -> None:
        aid = self.account()
        if aid is None:
            return
        names = self._names()
        lines = [ln for ln in self.services.factions.lines(aid)
                 if person_id is None or person_id in (ln.source_id, ln.target_id)]
        edit, remove = menu.addMenu(self.tr("Edit influence line")), menu.addMenu(self.tr("Delete influence line"))
        for ln in lines:
            text = f"{names.get(ln.source_id, '?')} → {names.get(ln.target_id, '?')}"
            edit.addAction(text, _call(self.edit_influence, ln))
            remove.addAction(text, _call(self.delete_influence, ln))
        edit.setEnabled(bool(lines))
        remove.setEnabled(bool(lines))

    def card_menu(self, person_id: int) -> QMenu:
        """What a right-click on a card offers (for the person and every other selected card)."""
        menu = QMenu(self.page)
        aid = self.account()
        if aid is None:
            return menu
        chosen = self.selected(person_id)
        factions = self.services.factions.factions(aid)
        menu.addAction(self.tr("New faction with the selected people…"), lambda: self.new_faction(chosen))
        add = menu.addMenu(self.tr("Add to faction"))
        for f in factions:
            if not set(chosen) <= set(f.member_ids):
                add.addAction(f.name, _call(self.add_members, f, chosen))
        leave = menu.addMenu(self.tr("Remove from faction"))
        lead = menu.addMenu(self.tr("Make leader of"))
        for f in factions:
            if person_id in f.member_ids:
                leave.addAction(f.name, _call(self.remove_members, f, chosen))
            if f.leader_id != person_id:
                lead.addAction(f.name, _call(self.make_leader, f, person_id))
        for sub in (add, leave, lead):
            sub.setEnabled(not sub.isEmpty())
        menu.addSeparator()
        menu.addAction(self.tr("Draw influence line from here…"), lambda: self.new_influence(person_id, None))
        self._line_menus(menu, person_id)
        return menu

    # --- running edits

    def _error(self, problem: UserError) -> None:
        self.forms.report(problem, self.page, self.tr("Not saved"))

    def open(self, dialog: Any) -> int:
        return self.forms.run(dialog)

    def _people(self) -> list[tuple[int, str]]:
        aid = self.account()
        assert aid is not None
        return [(r.id, f"{r.name} — {r.title}" if r.title else r.name) for r in self.services.people.rows(aid)]

    def run_faction(self, text: str, faction_id: int, op: Callable[[], object]) -> bool:
        fs = self.services.factions
        before = fs.snapshot_faction(faction_id)
        after: list[dict[str, Any]] = []

        def apply() -> object:
            if after:
                return fs.put_back_faction(after[0])
            result = op()
            after.append(fs.snapshot_faction(faction_id))
            return result

        return push_operation(self.undo, text, apply, lambda: fs.put_back_faction(before), self.refresh, self._error)

    def new_faction(self, members: list[int]) -> None:
        aid = self.account()
        if aid is None:
            return
        form = FactionForm(self._people(), None, members, self.page)
        fs = self.services.factions
        made: list[int] = []
        state: list[dict[str, Any]] = []

        def submit(values: dict[str, Any]) -> bool:
            def apply() -> object:
                if state:
                    return fs.put_back_faction(state[0])
                change = self.services.people.create_faction(aid, values["name"] or "", values["leader_id"],
                                                             values["member_ids"], values["description"])
                made.append(change.id)
                state.append(fs.snapshot_faction(change.id))
                return change

            return push_operation(self.undo, self.tr("New faction %1").replace("%1", values["name"] or ""), apply,
                                  lambda: fs.delete_faction(made[0]), self.refresh, self._error)

        form.submit = submit
        self.open(form)

    def edit_faction(self, faction_id: int) -> None:
        f = self.services.factions.faction(faction_id)
        form = FactionForm(self._people(), f, [], self.page)
        original = form.values()

        def submit(values: dict[str, Any]) -> bool:
            changed = {k: val for k, val in values.items() if val != original.get(k)}
            if not changed:
                return True
            return self.run_faction(self.tr("Edit faction %1").replace("%1", f.name), f.id,
                                    lambda: self.services.factions.update_faction(f.id, **changed))

        form.submit = submit
        self.open(form)

    def delete_faction(self, faction_id: int) -> None:
        fs = self.services.factions
        f = fs.faction(faction_id)
        before = fs.snapshot_faction(faction_id)
        push_operation(self.undo, self.tr("Delete faction %1").replace("%1", f.name),
                       lambda: fs.delete_faction(faction_id), lambda: fs.put_back_faction(before),
                       self.refresh, self._error)

    def add_members(self, f: FactionDetail, people: list[int]) -> None:
        self.run_faction(self.tr("Add to faction %1").replace("%1", f.name), f.id,
                         lambda: self.services.factions.add_members(f.id, people))

    def remove_members(self, f: FactionDetail, people: list[int]) -> None:
        leaving = [pid for pid in people if pid in f.member_ids]
        self.run_faction(self.tr("Remove from faction %1").replace("%1", f.name), f.id,
                         lambda: self.services.factions.remove_members(f.id, leaving))

    def make_leader(self, f: FactionDetail, person_id: int) -> None:
        self.run_faction(self.tr("Leader of faction %1").replace("%1", f.name), f.id,
                         lambda: self.services.factions.update_faction(f.id, leader_id=person_id))

    # --- influence lines

    def new_influence(self, source: int | None, target: int | None) -> None:
        if self.account() is None:
            return
        form = InfluenceForm(self.lang, self._people(), source, target, None, self.page)
        fs = self.services.factions
        made: list[int] = []
        state: list[dict[str, Any]] = []

        def submit(values: dict[str, Any]) -> bool:
            def apply() -> object:
                if state:
                    return fs.put_back_influence(state[0])
                change = self.services.people.add_influence(values["source_id"], values["target_id"],
                                                            values["strength"], values["note"], values["kind"])
                made.append(change.id)
                state.append(fs.snapshot_influence(change.id))
                return change

            return push_operation(self.undo, self.tr("New influence line"), apply,
                                  lambda: fs.delete_influence(made[0]), self.refresh, self._error)

        form.submit = submit
        self.open(form)

    def _run_line(self, text: str, line_id: int, op: Callable[[], object]) -> bool:
        fs = self.services.factions
        before = fs.snapshot_influence(line_id)
        after: list[dict[str, Any]] = []

        def apply() -> object:
            if after:
                return fs.put_back_influence(after[0])
            result = op()
            after.append(fs.snapshot_influence(line_id))
            return result

        return push_operation(self.undo, text, apply, lambda: fs.put_back_influence(before), self.refresh,
                              self._error)

    def edit_influence(self, line: InfluenceDetail) -> None:
        form = InfluenceForm(self.lang, self._people(), None, None, line, self.page)

        def submit(values: dict[str, Any]) -> bool:
            if (values["strength"], values["note"], values["kind"]) == (line.strength, line.note, line.kind):
                return True
            return self._run_line(self.tr("Edit influence line"), line.id,
                                  lambda: self.services.factions.update_influence(
                                      line.id, strength=values["strength"], note=values["note"], kind=values["kind"]))

        form.submit = submit
        self.open(form)

    def delete_influence(self, line: InfluenceDetail) -> None:
        fs = self.services.factions
        before = fs.snapshot_influence(line.id)
        push_operation(self.undo, self.tr("Delete influence line"), lambda: fs.delete_influence(line.id),
                       lambda: fs.put_back_influence(before), self.refresh, self._error)
