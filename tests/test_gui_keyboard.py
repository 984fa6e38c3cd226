"""The keyboard in the dossier's tables (Insert adds, Delete removes, Enter edits), sent as key presses; the
tab order of a form follows its fields; a register item goes to the trash by key and comes back from
File › Trash."""

from __future__ import annotations

from typing import Any

import pytest
from authoring_support import answers, new_account, save, undo_redo, window  # noqa: F401 (fixtures)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QWidget

# every edit below is also undone, redone and undone again against whole-table snapshots (conftest._exact_undo)
EXACT_UNDO = True


def key(table: Any, k: Qt.Key) -> None:
    table.setFocus()
    QTest.keyClick(table, k)


def test_insert_delete_and_enter_in_the_dossier_tables(window, answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from ui.person_dialog import PersonDialog

    sv = window.services
    aid = new_account(window, answers)
    people = window.people

    def names() -> list[str]:
        return sorted(r.name for r in sv.people.rows(aid))

    before = names()
    answers["text"].append("孙丽")
    opened: list[int] = []
    monkeypatch.setattr(PersonDialog, "exec", lambda d: opened.append(d.pid) or 0)
    key(people.table, Qt.Key.Key_Insert)  # adds a person (and opens them, as "Add person…" does)
    undo_redo(window, names, before, sorted([*before, "孙丽"]))
    row = next(r for r in range(people.model.rowCount()) if people.model.rows[r].name == "孙丽")
    people.table.selectRow(row)
    sunli = people.model.rows[row].id
    opened.clear()
    key(people.table, Qt.Key.Key_Return)  # edits the selected person
    assert opened == [sunli]
    key(people.table, Qt.Key.Key_Delete)  # to the trash, undoably
    undo_redo(window, names, sorted([*before, "孙丽"]), before)
    assert [p[0] for p in sv.dossier.trash()["people"]] == [sunli]

    window.show_section("feedback")
    fb = window.feedback

    def feedback(form: Any) -> int:
        form.widgets["subject"].setText("报价延误")
        return save(form)

    answers["form"].append(feedback)
    key(fb.table, Qt.Key.Key_Insert)  # the feedback form
    assert [f.subject for f in sv.dossier.feedback(aid)] == ["报价延误"]
    fb.table.selectRow(0)

    def retitle(form: Any) -> int:
        form.widgets["subject"].setText("报价延误两周")
        return save(form)

    answers["form"].append(retitle)
    key(fb.table, Qt.Key.Key_Return)  # Enter edits
    undo_redo(window, lambda: [f.subject for f in sv.dossier.feedback(aid)], ["报价延误"], ["报价延误两周"])
    fb.table.selectRow(0)
    key(fb.table, Qt.Key.Key_Delete)
    undo_redo(window, lambda: [f.subject for f in sv.dossier.feedback(aid)], ["报价延误两周"], [])

    window.show_section("transactions")
    page = window.transactions

    def line(form: Any) -> int:
        form.widgets["product"].setText("伺服电机")
        form.widgets["quantity"].setText("2")
        form.widgets["unit_price"].setText("100")
        form.widgets["gross_profit"].setText("50")
        return save(form)

    answers["form"].append(line)
    key(page.table, Qt.Key.Key_Insert)
    assert [t.product for t in sv.dossier.transactions(aid, 0, 10)] == ["伺服电机"]
    page.table.selectRow(0)

    def more(form: Any) -> int:
        form.widgets["quantity"].setText("3")
        return save(form)

    answers["form"].append(more)
    key(page.table, Qt.Key.Key_Enter)  # the keypad's Enter edits too
    assert [f"{t.quantity:f}" for t in sv.dossier.transactions(aid, 0, 10)] == ["3"]
    page.table.selectRow(0)
    key(page.table, Qt.Key.Key_Delete)
    assert sv.dossier.transactions(aid, 0, 10) == []
    window.menu_actions["undo"].trigger()
    assert len(sv.dossier.transactions(aid, 0, 10)) == 1

    window.show_section("competitors")
    comp = window.competitors
    answers["text"].append("ABB")
    key(comp.table, Qt.Key.Key_Insert)
    comp.table.selectRow(0)

    def rep(form: Any) -> int:
        form.widgets["name"].setText("钱代表")
        return save(form)

    answers["form"].append(rep)
    key(comp.reps, Qt.Key.Key_Insert)
    cid = comp.competitor_id()
    assert [r.name for r in sv.records.competitor_reps(cid)] == ["钱代表"]
    comp.reps.selectRow(0)
    key(comp.reps, Qt.Key.Key_Delete)
    assert sv.records.competitor_reps(cid) == []
    window.menu_actions["undo"].trigger()
    assert [r.name for r in sv.records.competitor_reps(cid)] == ["钱代表"]
    comp.table.selectRow(0)
    key(comp.table, Qt.Key.Key_Delete)  # the competitor, with its rep
    assert sv.dossier.competitors(aid) == []
    window.menu_actions["undo"].trigger()
    assert [r.name for r in sv.records.competitor_reps(cid)] == ["钱代表"]


def test_a_register_item_goes_to_the_trash_by_key_and_comes_back_from_file_trash(window, answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    sv = window.services
    aid = new_account(window, answers)
    sv.register.set_up("register passphrase")
    item = sv.register.add_item(aid, "IP-7", "总装图").id
    window.show_section("register")
    page = window.register
    page.reload()
    assert not page.empty_state.isVisibleTo(page)

    def refs() -> list[str]:
        return [r["reference"] for r in sv.register.items(aid)]

    page.table.selectRow(0)
    key(page.table, Qt.Key.Key_Delete)
    undo_redo(window, refs, ["IP-7"], [])
    assert page.empty_state.isVisibleTo(page)  # nothing left: the line says what belongs here
    picked: list[list[str]] = []

    def choose(parent: Any, title: str, label: str, items: list[str], *a: Any, **k: Any) -> tuple[str, bool]:
        picked.append(list(items))
        return next(i for i in items if "IP-7" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    window.menu_actions["trash"].trigger()
    assert any("Register item: IP-7" in i for i in picked[0])
    assert refs() == ["IP-7"]
    undo_redo(window, refs, [], ["IP-7"])  # restoring is undoable too
    assert sv.register.open_item(item)["title"] == "总装图"


@pytest.mark.parametrize("which", ["transaction", "rep", "whitespace", "register"])
def test_tab_goes_through_a_form_in_the_order_it_shows_its_fields(qtbot, tmp_path, which) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from ui.competitors import RepForm
    from ui.transactions import TransactionForm
    from ui.whitespace import FormDialog

    form: Any
    if which == "register":  # its own layout, two multi-line texts in it: Tab still goes on to the next field
        from kam.app import bootstrap
        from ui.register import AddItemDialog

        ctx = bootstrap(str(tmp_path / "kam.sqlite3"))
        aid = ctx.services.accounts.create(name_zh="华东精密", ka_type="economic").id
        form = AddItemDialog(ctx.services, aid, "en", lambda d, v: True)
        qtbot.addWidget(form)
        form.show()
        fields = [form.reference, form.title, form.kind, form.classification, form.customer_owner,
                  form.received_on, form.agreement_ref, form.return_due, form.description,
                  form.storage_location, form.notes]
        assert _tab_chain(fields[0], len(fields)) == fields
        assert form.description.tabChangesFocus()  # Tab leaves a multi-line text instead of typing a tab
        assert form.notes.tabChangesFocus()
        ctx.close()
        return
    if which == "transaction":
        form = TransactionForm(None)
    elif which == "rep":
        form = RepForm("ABB", None)
    else:
        form = FormDialog("x")
        for k in ("c", "b", "a"):
            form.add(k, k, QLineEdit())
    qtbot.addWidget(form)
    form.show()
    fields = list(form.widgets.values())
    chain = _tab_chain(fields[0], len(fields) + 1)
    assert chain[:-1] == fields
    assert chain[-1] in form.buttons.buttons()  # then Save


def _tab_chain(first: QWidget, n: int) -> list[QWidget]:
    """The ``n`` widgets Tab visits from ``first`` (the focus chain, skipping what takes no Tab focus)."""
    chain = [first]
    while len(chain) < n:
        nxt = chain[-1].nextInFocusChain()
        while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus) or nxt.focusProxy() is not None \
                or not nxt.isVisible():
            nxt = nxt.nextInFocusChain()
        chain.append(nxt)
    return chain
