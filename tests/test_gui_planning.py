"""The plan page and the VP's portfolio: the round from draft to signed-off review, on real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from tests_support import GROUP, account_id

from kam.vocab import PlanStatus
from ui.planning import PlanPage
from ui.portfolio import PortfolioModel, PortfolioWindow, scorecard_model

YEAR = dt.date.today().year


@pytest.fixture
def no_popups(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("请补充 Q4 高层拜访", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("数据更正", True))
    return shown


def test_draft_submit_return_resubmit_approve_sign_off(qtbot, demo_ctx, no_popups) -> None:  # type: ignore[no-untyped-def]
    sv = demo_ctx.services
    acc = sv.accounts.resolve("Lumen Optics S.A.").id
    owner = sv.accounts.get(acc).owner_id
    kam = next(u.username for u in sv.users.list() if u.id == owner)
    page = PlanPage(sv, QUndoStack(), "zh_CN")
    qtbot.addWidget(page)
    page.set_account(acc)
    page.year.setValue(YEAR + 1)
    demo_ctx.act_as(kam)
    page.year.setValue(YEAR)
    page.buttons["next"].click()  # the December round: next year's draft from this year's structure
    assert page.plan.year == YEAR + 1
    assert page.plan.status == PlanStatus.DRAFT
    page.buttons["submit"].click()
    assert page.plan.status == PlanStatus.SUBMITTED
    demo_ctx.act_as("chen.vp")
    page.buttons["return"].click()
    assert page.plan.status == PlanStatus.RETURNED
    demo_ctx.act_as(kam)
    page.buttons["submit"].click()
    demo_ctx.act_as("chen.vp")
    window = PortfolioWindow(sv, "en")
    qtbot.addWidget(window)
    window.year.setValue(YEAR + 1)
    row = next(i for i, r in enumerate(window.model.rows) if r.account_id == acc)
    window.table.selectRow(row)
    next(b for b in window.findChildren(QPushButton) if b.text() == "Approve plan").click()
    page.reload()
    assert page.plan.status == PlanStatus.APPROVED
    assert [e.comment for e in sv.plans.history(page.plan.id) if e.action == "returned"] == ["请补充 Q4 高层拜访"]
    assert no_popups == []


def test_review_from_the_page_uses_transaction_actuals(qtbot, demo_ctx, no_popups) -> None:  # type: ignore[no-untyped-def]
    sv = demo_ctx.services
    acc = next(r.account_id for r in sv.portfolio.rows(YEAR) if r.plan_status == PlanStatus.APPROVED
               and r.owner_id is not None)
    demo_ctx.act_as("chen.vp")
    page = PlanPage(sv, QUndoStack(), "en")
    qtbot.addWidget(page)
    page.set_account(acc)
    page.quarter.setValue(2)
    page.buttons["open_review"].click()
    view = page.review_model.view
    revenue = next(o for o in view.objectives if o.metric.value == "revenue")
    assert revenue.actual
    assert revenue.actual > 0
    assert page.model.data(page.model.index(0, 8)) == "transactions"
    page.vp_comment.setPlainText("Good quarter")
    page.buttons["save_comments"].click()
    page.buttons["sign_off"].click()
    assert page.review_model.view.locked
    assert page.buttons["reopen"].isEnabled()
    assert not page.buttons["sign_off"].isEnabled()
    page.buttons["reopen"].click()
    assert not page.review_model.view.locked
    assert no_popups == []


def test_editing_a_target_is_validated_and_undoable(qtbot, demo_ctx, no_popups) -> None:  # type: ignore[no-untyped-def]
    sv = demo_ctx.services
    acc = sv.accounts.resolve("Lumen Optics S.A.").id
    undo = QUndoStack()
    page = PlanPage(sv, undo, "en")
    qtbot.addWidget(page)
    page.set_account(acc)
    page.year.setValue(YEAR + 2)
    page.buttons["create"].click()
    target = page.model.index(2, 2)  # rep visits, annual target
    assert page.model.setData(target, "40")
    assert page.plan.quantitative[2].annual_target == 40
    assert sum((page.plan.quantitative[2].q1, page.plan.quantitative[2].q2, page.plan.quantitative[2].q3,
                page.plan.quantitative[2].q4)) == 40
    assert not page.model.setData(page.model.index(2, 3), "abc")
    assert no_popups
    assert "not a number" in no_popups[-1]
    undo.undo()
    page.reload()
    assert page.plan.quantitative[2].annual_target == 24


def test_models_pass_qtmodeltester(qtmodeltester, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    sv = demo_ctx.services
    model = PortfolioModel("zh_TW")
    model.load(sv.portfolio.rows(YEAR))
    qtmodeltester.check(model)
    cards = scorecard_model()
    cards.load(sv.scorecards.scorecards(YEAR))
    qtmodeltester.check(cards)
    page = PlanPage(sv, QUndoStack(), "en")
    page.set_account(account_id(sv, GROUP))
    qtmodeltester.check(page.model)


def test_portfolio_rolls_up_groups(demo_ctx) -> None:  # type: ignore[no-untyped-def]
    rows = demo_ctx.services.portfolio.rows(YEAR)
    parent = next(r for r in rows if r.group_revenue_12m is not None)
    kids = [r for r in rows if r.parent_id == parent.account_id]
    assert kids
    assert all(k.depth == 1 for k in kids)
    assert parent.group_revenue_12m == parent.revenue_12m + sum(k.revenue_12m for k in kids)
