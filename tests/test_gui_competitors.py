"""A competitor's reps and their relations with the customer's people, made in the competitors section by
pressing its buttons and filling its forms; each edit undoes and redoes; the account plan prints them."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from authoring_support import answers, new_account, press, save, undo_redo, window  # noqa: F401 (fixtures)
from pypdf import PdfReader

# every edit below is also undone, redone and undone again against whole-table snapshots (conftest._exact_undo)
EXACT_UNDO = True


def test_reps_and_their_relations_authored_in_the_competitors_section(window, answers) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    sv = window.services
    aid = new_account(window, answers)
    window.show_section("competitors")
    page = window.competitors
    assert page.empty_state.isVisibleTo(page)
    assert "Add competitor…" in page.empty_state.text()
    answers["text"].append("西门子")
    press(page, "Add competitor…")
    assert not page.empty_state.isVisibleTo(page)
    page.table.selectRow(0)
    cid = page.competitor_id()
    assert cid is not None
    assert page.reps_empty.isVisibleTo(page)

    def reps() -> list[tuple[str, str | None, str | None, list[tuple[str, int, str | None]]]]:
        return [(r.name, r.style, r.notes, [(x.person, x.closeness, x.note) for x in r.relations])
                for r in sv.records.competitor_reps(cid)]

    def empty_name(form: Any) -> int:
        form.widgets["name"].setText("  ")
        result = save(form)
        assert form.errors["name"].text()  # the service's refusal, under the field
        return result

    answers["form"].append(empty_name)
    press(page, "Add rep…")
    assert reps() == []

    def rep(form: Any) -> int:
        form.widgets["name"].setText("赵销售")
        form.widgets["style"].setText("关系型")
        form.widgets["notes"].setPlainText("常请客户吃饭")
        return save(form)

    answers["form"].append(rep)
    press(page, "Add rep…")
    undo_redo(window, reps, [], [("赵销售", "关系型", "常请客户吃饭", [])])
    page.reps.selectRow(0)

    def rename(form: Any) -> int:
        form.widgets["name"].setText("赵经理")
        return save(form)

    answers["form"].append(rename)
    press(page, "Edit rep…")
    undo_redo(window, reps, [("赵销售", "关系型", "常请客户吃饭", [])], [("赵经理", "关系型", "常请客户吃饭", [])])

    page.reps.selectRow(0)
    assert page.rel_empty.isVisibleTo(page)

    def close_to_first(form: Any) -> int:
        people = form.widgets["person_id"]
        people.setCurrentIndex(0)
        closeness = form.widgets["closeness"]
        closeness.setCurrentIndex(closeness.findData(3))
        form.widgets["note"].setText("老同学")
        return save(form)

    answers["form"].append(close_to_first)
    press(page, "Add relation…")
    first = sv.people.rows(aid)[0].name
    with_rel = [("赵经理", "关系型", "常请客户吃饭", [(first, 3, "老同学")])]
    undo_redo(window, reps, [("赵经理", "关系型", "常请客户吃饭", [])], with_rel)
    assert f"{first} (close)" in page.rep_model.data(page.rep_model.index(0, 2))

    page.reps.selectRow(0)
    page.relations.selectRow(0)

    def looser(form: Any) -> int:
        closeness = form.widgets["closeness"]
        closeness.setCurrentIndex(closeness.findData(1))
        return save(form)

    answers["form"].append(looser)
    press(page, "Edit relation…")
    loose = [("赵经理", "关系型", "常请客户吃饭", [(first, 1, "老同学")])]
    undo_redo(window, reps, with_rel, loose)

    pdf = sv.reports.account_plan(aid, dt.date.today().year)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "赵经理" in text
    assert first in text

    page.reps.selectRow(0)
    page.relations.selectRow(0)
    press(page, "Remove relation")
    undo_redo(window, reps, loose, [("赵经理", "关系型", "常请客户吃饭", [])])
    window.menu_actions["undo"].trigger()  # the relation is back
    page.reps.selectRow(0)
    press(page, "Remove rep")
    undo_redo(window, reps, loose, [])  # undo brings the rep back with its relation
    window.menu_actions["undo"].trigger()

    def competitors() -> list[tuple[str, str | None, int | None, int | None]]:
        return [(c.name, c.products_used, c.customer_satisfaction, c.estimated_share_pct)
                for c in sv.dossier.competitors(aid)]

    def bad_share(form: Any) -> int:
        form.widgets["estimated_share_pct"].setText("130")
        result = save(form)
        assert form.errors["estimated_share_pct"].text()
        return result

    page.table.selectRow(0)
    answers["form"].append(bad_share)
    press(page, "Edit competitor…")
    assert competitors() == [("西门子", None, None, None)]

    def known(form: Any) -> int:
        form.widgets["products_used"].setPlainText("伺服电机")
        stars = form.widgets["customer_satisfaction"]
        stars.setCurrentIndex(stars.findData(4))
        form.widgets["estimated_share_pct"].setText("30")
        return save(form)

    answers["form"].append(known)
    press(page, "Edit competitor…")
    undo_redo(window, competitors, [("西门子", None, None, None)], [("西门子", "伺服电机", 4, 30)])
    page.table.selectRow(0)
    press(page, "Remove competitor")
    undo_redo(window, competitors, [("西门子", "伺服电机", 4, 30)], [])
    window.menu_actions["undo"].trigger()
    assert reps() == loose  # the competitor came back with its rep and the rep's relation
