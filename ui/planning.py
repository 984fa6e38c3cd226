"""The dossier's "Plan & reviews" page: this year's objectives, the plan's lifecycle, quarterly reviews."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.analysis.actuals import attainment, judged_quarter, quarter_of
from kam.app import Services
from kam.errors import NotFound, UserError
from kam.palette import RATING_HEX
from kam.reports.words import month_name  # (light: no PDF library at start-up)
from kam.services.base import Change
from kam.services.planning import EDITABLE_STATUSES
from kam.vocab import PlanStatus, label
from ui.attainment_chart import AttainmentChart, Bar
from ui.commands import decide, push_operation
from ui.fit import fit_columns, scrolling
from ui.forms import OpenForm
from ui.models.plan import ObjectivesModel, ReviewModel
from ui.plan_editor import PlanEditor
from ui.plan_forms import OverrideForm


class PlanPage(QWidget):
    def __init__(self, services: Services, undo: QUndoStack, lang: str = "en") -> None:
        super().__init__()
        self.services, self.undo, self.lang = services, undo, lang
        self.account_id: int | None = None
        self.plan: Any = None
        self.review_id: int | None = None
        self.forms = OpenForm()  # the form open now: a refusal shows in it
        self.year = QSpinBox(minimum=2000, maximum=2100, value=dt.date.today().year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.status = QLabel()
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addWidget(self.status, 1)
        for key, text in (("create", self.tr("New plan")), ("next", self.tr("Plan next year")),
                          ("submit", self.tr("Submit")), ("approve", self.tr("Approve")),
                          ("return", self.tr("Return…")), ("revise", self.tr("Revise")),
                          ("compare", self.tr("Compare versions"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, k=key: self.act(k))
            self.buttons[key] = b
            bar.addWidget(b)
        self.model = ObjectivesModel(services, lang, self._error, undo, self.reload)
        self.editor = PlanEditor(services, undo, lang, self.model, self.reload)
        self.table = self.editor.table
        self.chart = AttainmentChart(self.tr("Objectives vs actuals (% of target to date)"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)

        # the quarterly review
        self.quarter = QSpinBox(minimum=1, maximum=4, value=quarter_of(dt.date.today()))
        self.review_status = QLabel()
        self.review_model = ReviewModel(lang)
        self.review_table = QTableView()
        self.review_table.setModel(self.review_model)
        self.review_table.verticalHeader().hide()
        # an empty review (none opened yet) keeps columns a figure wide, not squeezed to their headers
        fit_columns(self.review_table, caps={0: 360},
                    samples={0: "Visits by our executives", 1: "128,790,000", 2: "128,790,000", 3: "● Amber",
                             4: "● Amber"})
        self.kam_comment = QPlainTextEdit(placeholderText=self.tr("The KAM's commentary"))
        self.vp_comment = QPlainTextEdit(placeholderText=self.tr("The sales VP's comments"))
        for edit in (self.kam_comment, self.vp_comment):
            edit.setFixedHeight(54)
        rbar = QHBoxLayout()
        rbar.addWidget(QLabel(self.tr("Quarterly review")))
        rbar.addWidget(self.quarter)
        rbar.addWidget(self.review_status, 1)
        for key, text in (("open_review", self.tr("Open review")), ("override", self.tr("Override rating…")),
                          ("save_comments", self.tr("Save comments")), ("sign_off", self.tr("Sign off")),
                          ("reopen", self.tr("Reopen…"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, k=key: self.act(k))
            self.buttons[key] = b
            rbar.addWidget(b)
        review = QWidget()
        rv = QVBoxLayout(review)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(rbar)
        rv.addWidget(self.review_table, 1)
        comments = QHBoxLayout()
        comments.addWidget(self.kam_comment)
        comments.addWidget(self.vp_comment)
        rv.addLayout(comments)

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addLayout(bar)
        tv.addWidget(self.editor, 3)
        below = QHBoxLayout()
        below.addWidget(scrolling(self.details), 1)  # a long history scrolls inside, the page stays short
        below.addWidget(self.chart, 1)
        tv.addLayout(below, 2)
        for b in self.buttons.values():  # nothing to act on until an account's plan is shown
            b.setEnabled(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(review)
        split.setStretchFactor(0, 2)  # the objectives get the room; the review below is shorter
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

    def set_account(self, account_id: int) -> None:
        """Show an account's plan; the open review stays open when the same account is shown again (the
        window refreshes every section after each edit)."""
        if account_id != self.account_id:
            self.review_id = None
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        self.plan = self.services.plans.current_plan(self.account_id, self.year.value())
        p = self.plan
        if p is None:
            self.status.setText(self.tr("No plan for this year"))
            self.model.load(None, {}, 1)
            self.details.setText("")
            self.chart.set_bars([])
            self.editor.load(None, self.account_id)
        else:
            self.status.setText(f"<b>{label(p.status, self.lang)}</b> · v{p.plan_version}")
            self.model.load(p, self.services.plans.actuals(p.id), judged_quarter(p.year, dt.date.today()))
            self.editor.load(p, self.account_id)
            self.details.setText(self._details_html(p))
            self.chart.set_bars(self._attainment_bars())
        status = p.status if p else None
        self.buttons["create"].setEnabled(p is None)
        self.buttons["next"].setEnabled(p is not None)
        self.buttons["submit"].setEnabled(status in EDITABLE_STATUSES)
        self.buttons["approve"].setEnabled(status == PlanStatus.SUBMITTED)
        self.buttons["return"].setEnabled(status == PlanStatus.SUBMITTED)
        self.buttons["revise"].setEnabled(status == PlanStatus.APPROVED)
        self.buttons["compare"].setEnabled(p is not None and p.based_on_id is not None)
        self.buttons["open_review"].setEnabled(status == PlanStatus.APPROVED)
        self._load_review()

    def _details_html(self, p: Any) -> str:
        users: dict[int | None, str] = {u.id: u.display_name for u in self.services.users.list()}
        hist = "".join(f"<li>{e.at.astimezone():%Y-%m-%d %H:%M} {label(e.to_status, self.lang)} "
                       f"{html.escape(users.get(e.by_id, ''))} {html.escape(e.comment or '')}</li>"
                       for e in self.services.plans.history(p.id))
        month = ""
        wallet = next((y for y in self.services.accounts.wallet(p.account_id) if y.year == p.year), None)
        if wallet is not None:  # share of wallet of the plan's year (entered on the overview)
            share = f"{wallet.share_pct} %" if wallet.share_pct is not None else "—"
            month = (f"<b>{self.tr('Share of wallet')} {p.year}</b>: {share} ({self.tr('our sales')} "
                     f"{wallet.our_sales:,.0f} / {self.tr('their category purchases')} "
                     f"{wallet.category_purchases:,.0f})<br>")
        today = dt.date.today()
        if p.year == today.year and self.account_id is not None:
            m = self.services.monthly.analyse(self.account_id, today.year, today.month)
            moves = "; ".join(f"{html.escape(n)}: {a or '—'} → {b}" for _, n, a, b in m.stance_moves) or "—"
            phased = f" / {m.revenue_phased:,.0f}" if m.revenue_phased else ""
            heading = self.tr("%1: the month in brief").replace("%1", month_name(today.year, today.month, self.lang))
            month += (f"<b>{html.escape(heading)}</b><ul><li>{self.tr('Sales')}: {m.revenue:,.0f}{phased}</li>"
                     f"<li>{self.tr('Visits')}: {m.visits}</li><li>{self.tr('Stance moves')}: {moves}</li>"
                     f"<li>{self.tr('Open feedback')}: {m.open_feedback} ({self.tr('new')}: {m.new_feedback})</li></ul>")
        return month + f"<b>{self.tr('History')}</b><ul>{hist}</ul>"

    def _attainment_bars(self) -> list[Bar]:
        """Objectives vs actuals: actual to date as a share of the phased target, coloured by its rating."""
        bars = []
        for o in self.model.plan.quantitative:
            judged = attainment(o, self.model.actuals.get(o.id), self.model.quarter)
            ratio = judged.ratio  # the true value: the chart cuts a bar beyond its edge and says so
            bars.append(Bar(o.label or label(o.metric, self.lang), float(ratio) if ratio is not None else None,
                            RATING_HEX[judged.rating]))
        return bars

    def _load_review(self) -> None:
        view = None
        if self.plan is not None and self.plan.status == PlanStatus.APPROVED and self.review_id is not None:
            try:
                view = self.services.reviews.view(self.review_id)
            except NotFound:  # its opening was undone
                view = None
        if view is None or self.plan is None or view.plan_id != self.plan.id:
            self.review_id = None
            self.review_model.load(None)
            self.review_status.setText("")
            for k in ("override", "save_comments", "sign_off", "reopen"):
                self.buttons[k].setEnabled(False)
            return
        self.review_model.load(view)
        self.kam_comment.setPlainText(view.kam_commentary or "")
        self.vp_comment.setPlainText(view.vp_comments or "")
        locked = view.locked
        signed = view.signed_off_at
        self.review_status.setText(self.tr("Signed off by %1 on %2").replace("%1", view.signed_off_by or "")
                                   .replace("%2", f"{signed.astimezone():%Y-%m-%d}") if signed else "")
        for k in ("override", "save_comments", "sign_off"):
            self.buttons[k].setEnabled(not locked)
        self.buttons["reopen"].setEnabled(locked)
        self.kam_comment.setReadOnly(locked)
        self.vp_comment.setReadOnly(locked or not self.services.reviews.may_write_vp_comments())

    # --- actions: each one service call on the undo stack (or one of the deliberate decisions that are not
    # undone, ui.commands.NOT_UNDONE); a refusal is shown, nothing is half-done

    def act(self, key: str) -> None:
        """What a button does."""
        handlers: dict[str, Callable[[], object]] = {
            "create": self._create, "next": self._plan_next_year, "revise": self._revise,
            "submit": self._submit, "approve": self._approve, "return": self._return, "compare": self._compare,
            "open_review": self._open_review,
            "override": self._override, "save_comments": self._save_comments, "sign_off": self._sign_off,
            "reopen": self._reopen,
        }
        if self.account_id is None or (self.plan is None and key not in ("create",)):
            self.reload()  # (a button pressed while the page was out of date)
            return
        try:
            handlers[key]()
        except UserError as exc:
            self._error(exc)
        try:
            self.reload()
        except UserError as exc:  # the account went meanwhile: the window moves on
            self._error(exc)

    def _do(self, text: str, apply: Callable[[], object], revert: Callable[[], object]) -> bool:
        return push_operation(self.undo, text, apply, revert, self.reload, self._error)

    def _decide(self, kind: str, apply: Callable[[], object]) -> bool:
        return decide(kind, apply, self.reload, self._error)

    def _made(self, text: str, make: Callable[[], Change], unmake: Callable[[int], Change],
              remake: Callable[[Any], Change]) -> int | None:
        """An operation that creates something: undo removes it (keeping what it removed), redo puts the very
        same rows back (same ids: later steps on the undo stack point at them)."""
        made: list[int] = []
        kept: list[Any] = []

        def apply() -> Change:
            if kept:
                return remake(kept[0])
            change = make()
            made[:] = [change.id]
            return change

        def revert() -> Change:
            change = unmake(made[0])
            kept[:] = [change.before["kept"]]
            return change

        return made[0] if self._do(text, apply, revert) else None

    def _account(self) -> int:
        assert self.account_id is not None
        return self.account_id

    def _create(self) -> None:
        aid, year = self._account(), self.year.value()
        planning = self.services.planning
        self._made(self.tr("New plan"), lambda: planning.create_from_template(aid, year), planning.discard_draft,
                   planning.put_back_draft)

    def _plan_next_year(self) -> None:
        aid, year = self._account(), self.year.value()
        planning = self.services.planning
        if self._made(self.tr("Plan next year"), lambda: self.services.plans.plan_next_year(aid, year),
                      planning.discard_draft, planning.put_back_draft) is not None:
            self.year.setValue(year + 1)

    def _revise(self) -> None:
        pid = self.plan.id
        planning = self.services.planning
        self._made(self.tr("Revise"), lambda: self.services.plans.revise(pid), planning.discard_draft,
                   planning.put_back_draft)

    def _submit(self) -> None:
        pid = self.plan.id
        self._decide("plan.submit", lambda: self.services.plans.submit(pid))

    def _approve(self) -> None:
        pid = self.plan.id
        self._decide("plan.approve", lambda: self.services.plans.approve(pid))

    def _return(self) -> None:
        pid = self.plan.id
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Return the plan"), self.tr("What should change?"))
        if ok:
            self._decide("plan.return", lambda: self.services.plans.return_plan(pid, text))

    def _compare(self) -> None:
        diffs = self.services.plans.compare(self.plan.based_on_id, self.plan.id)
        text = "\n".join(f"{d.key} · {d.field}: {d.old} → {d.new}" for d in diffs) or self.tr("No differences")
        QMessageBox.information(self, self.tr("Changes since the previous version"), text)

    def _open_review(self) -> None:
        """Show the quarter's review; opening it the first time creates it (undo removes it again)."""
        reviews, pid, quarter = self.services.reviews, self.plan.id, self.quarter.value()
        found = reviews.find_review(pid, quarter)
        if found is not None:
            self.review_id = found
            return

        made: list[int] = []
        kept: list[Any] = []  # what undo took off, for redo: the same review again

        def apply() -> Change:
            change = reviews.put_back_review(kept[0]) if kept else reviews.open_review(pid, quarter)
            made[:] = [change.id]
            self.review_id = change.id
            return change

        def revert() -> Change:
            if self.review_id == made[0]:
                self.review_id = None
            change = reviews.discard_review(made[0])
            kept[:] = [change.before["kept"]]
            return change

        self._do(self.tr("Open review"), apply, revert)

    def _review(self) -> int:
        if self.review_id is None:
            raise UserError(self.tr("open the quarter's review first"))
        return self.review_id

    def _override(self) -> None:
        rows = self.review_table.selectionModel().selectedRows() or (
            [self.review_table.currentIndex()] if self.review_table.currentIndex().isValid() else [])
        if not rows or self.review_id is None:
            raise UserError(self.tr("select an objective in the review first"))
        row = self.review_model.view.objectives[rows[0].row()]
        rid, oid, reviews = self.review_id, row.objective_id, self.services.reviews
        before = reviews.rating_override(rid, oid)
        form = OverrideForm(self.lang, row.label or label(row.metric, self.lang), row.rating, self)
        form.submit = lambda values: self._do(self.tr("Override rating"),
                                              lambda: reviews.override(rid, oid, values["rating"],
                                                                       values["reason"] or ""),
                                              lambda: reviews.set_rating_override(rid, oid, before))
        self.forms.run(form)

    def _save_comments(self) -> None:
        reviews, rid = self.services.reviews, self._review()
        as_vp = reviews.may_write_vp_comments()
        kam, vp = self.kam_comment.toPlainText(), self.vp_comment.toPlainText() if as_vp else None
        before = reviews.comments(rid)
        self._do(self.tr("Save comments"), lambda: reviews.comment(rid, kam=kam, vp=vp),
                 lambda: reviews.comment(rid, kam=before["kam"] or "",
                                         vp=(before["vp"] or "") if as_vp else None))

    def _sign_off(self) -> None:
        rid = self._review()
        self._decide("review.sign_off", lambda: self.services.reviews.sign_off(rid))

    def _reopen(self) -> None:
        rid = self._review()
        text, ok = QInputDialog.getText(self, self.tr("Reopen the review"), self.tr("Why?"))
        if ok:
            self._decide("review.reopen", lambda: self.services.reviews.reopen(rid, text))

    def _error(self, problem: UserError | str) -> None:
        self.forms.report(problem, self, self.tr("Not done"))


# Texts used through self.tr() inside f-strings, declared here so that lupdate extracts them.
_TR = (
    QT_TRANSLATE_NOOP("PlanPage", "History"),
    QT_TRANSLATE_NOOP("PlanPage", "Open feedback"),
    QT_TRANSLATE_NOOP("PlanPage", "Sales"),
    QT_TRANSLATE_NOOP("PlanPage", "Stance moves"),
    QT_TRANSLATE_NOOP("PlanPage", "Visits"),
    QT_TRANSLATE_NOOP("PlanPage", "new"),
    QT_TRANSLATE_NOOP("PlanPage", "Share of wallet"),
    QT_TRANSLATE_NOOP("PlanPage", "our sales"),
    QT_TRANSLATE_NOOP("PlanPage", "their category purchases"),
)
