"""The org-chart page of the dossier: chart, power map, changes since a date, decision process."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QUndoStack, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam.analysis.powermap import STALE_DAYS, describe_move
from kam.app import Services
from kam.errors import UserError
from kam.orgchart.card import legend
from kam.orgchart.shapes import tint
from kam.palette import ERROR_HEX, HIGHLIGHT_HEX, INK_HEX, LINE_HEX, MUTED_HEX, RATING_HEX, STEP_HEX
from kam.services.orgmap import ProjectView
from kam.vocab import StepStatus, label
from ui.commands import push_operation
from ui.factions import ChartAuthoring
from ui.orgchart.scene import OrgChartScene
from ui.projects import ProjectEditor


class ChartView(QGraphicsView):
    """Zoom with Ctrl+wheel (or the buttons); pan by dragging the background."""

    def __init__(self) -> None:
        super().__init__()
        self.auto_fit = False  # fit the chart to the view (on open) until the user zooms or pans
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # only changed regions are repainted; cards are cached pixmaps
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        self.auto_fit = False
        current = self.transform().m11()
        factor = max(0.05 / current, min(factor, 4.0 / current))
        self.scale(factor, factor)

    def fit(self) -> None:
        if self.scene() is not None:
            # the whole scene (its margin included): nothing left to scroll to, so no scroll bar eats the room
            self.fitInView(self.sceneRect().united(self.scene().itemsBoundingRect()),
                           Qt.AspectRatioMode.KeepAspectRatio)

    def fit_on_open(self) -> None:
        """The whole chart in view now, and again whenever the view changes size (it gets its real size
        only once its section shows), until the user zooms or pans."""
        self.auto_fit = True
        self.fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def mousePressEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.itemAt(event.position().toPoint()) is None:
            self.auto_fit = False  # dragging the background pans: the user takes over
        super().mousePressEvent(event)


class Timeline(QWidget):
    """A purchasing project's decision process as ordered steps; click a step to see its actors."""

    step_selected = Signal(object)  # tuple of actor ids

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.project: ProjectView | None = None
        self.selected: int | None = None
        self.setMinimumHeight(84)
        self.setMouseTracking(True)

    def set_project(self, project: ProjectView | None) -> None:
        self.project = project
        self.selected = None
        self.update()

    def _boxes(self) -> list[QRectF]:
        if not self.project or not self.project.steps:
            return []
        n = len(self.project.steps)
        w = (self.width() - 8) / n
        return [QRectF(4 + i * w, 8, w - 4, 64) for i in range(n)]

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.project:
            painter.setPen(QColor(MUTED_HEX))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No purchasing project"))
            return
        today = dt.date.today()
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() - 2))
        for i, (box, step) in enumerate(zip(self._boxes(), self.project.steps, strict=True)):
            colour = QColor(STEP_HEX.get(StepStatus(step.status), LINE_HEX))
            late = step.late(today)
            painter.setPen(QPen(QColor(HIGHLIGHT_HEX) if i == self.selected else colour, 2.5 if i == self.selected else 1))
            fill = QColor(colour)
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor(INK_HEX))
            painter.setFont(base)
            fm = QFontMetricsF(base)
            painter.drawText(QPointF(box.left() + 5, box.top() + 16),
                             fm.elidedText(f"{step.position}. {step.name}", Qt.TextElideMode.ElideRight, box.width() - 8))
            painter.setFont(small)
            when = step.actual_on or step.planned_on
            status = self.tr("late") if late else label(StepStatus(step.status), self.lang)
            painter.setPen(QColor(ERROR_HEX if late else MUTED_HEX))
            painter.drawText(QPointF(box.left() + 5, box.top() + 34), when.isoformat() if when else "—")
            painter.drawText(QPointF(box.left() + 5, box.top() + 50), status)
            painter.setPen(QColor(MUTED_HEX))
            painter.drawText(QPointF(box.left() + 5, box.top() + 62), self.tr("%n actor(s)", "", len(step.actor_ids)))

    def mousePressEvent(self, event: Any) -> None:
        for i, box in enumerate(self._boxes()):
            if box.contains(event.position()):
                self.selected = i
                self.update()
                assert self.project is not None
                self.step_selected.emit(self.project.steps[i].actor_ids)
                return


def legend_html(lang: str) -> str:
    """kam.orgchart.card.legend as one wrapped line of rich text under the chart."""
    parts = []
    for e in legend(lang):
        text = html.escape(e.text).replace(" ", "&nbsp;")
        mark = html.escape(e.mark)
        if e.kind == "stripe":
            sign = f"<span style='color:{e.colour}'>▌</span>&nbsp;<span style='color:{e.colour}'>{text}</span>"
        elif e.kind == "badge":
            sign = f"<span style='background-color:{e.colour}; color:white'>&nbsp;{mark}&nbsp;</span>&nbsp;{text}"
        elif e.kind == "arrow":
            sample = (f"<span style='border:1px solid {e.colour}; background-color:white'>&nbsp;{mark}&nbsp;</span>"
                      if mark else "")
            sign = (f"<span style='color:{e.colour}'><b>-&nbsp;-&nbsp;</b>{sample}<b>&nbsp;-&nbsp;▸</b></span>"
                    f"&nbsp;{text}")
        elif e.kind == "faction":
            sign = (f"<span style='background-color:{tint(e.colour, 0.12)}; color:{e.colour}'>"
                    f"<b>&nbsp;┆&nbsp;&nbsp;┆&nbsp;</b></span>&nbsp;{text}")
        else:
            sign = f"<span style='color:{e.colour}'>{mark}</span>&nbsp;{text}"
        parts.append(sign)
    return "<span style='font-size:small'>" + " &nbsp; ".join(parts) + "</span>"


class OrgChartWidget(QWidget):
    person_activated = Signal(int)
    add_person = Signal()  # the empty chart's button: the page that adds people does it
    changed = Signal()  # something in the database changed (the dossier should refresh)

    def __init__(self, services: Services, undo: QUndoStack, lang: str = "en") -> None:
        super().__init__()
        self.services = services
        self.undo = undo
        self.lang = lang
        self.account_id: int | None = None
        self.scene: OrgChartScene | None = None
        self.projects: list[ProjectView] = []

        self.view = ChartView()
        # factions and influence lines: a menu button, the cards' context menu, Shift+drag
        self.authoring = ChartAuthoring(services, undo, lang, self.view, lambda: self.account_id,
                                        self._after_change, self)
        bar = self._toolbar()
        split = self._chart_and_panel()

        self.project_box = QComboBox()
        self.project_box.currentIndexChanged.connect(self._project_changed)
        self.timeline = Timeline(lang)
        self.timeline.step_selected.connect(self._highlight_actors)
        self.editor = ProjectEditor(services, undo, lang, self)  # authoring projects and their steps
        self.editor.changed.connect(self._after_change)
        self.editor.project_made.connect(self.select_project)
        proc = QHBoxLayout()
        proc.addWidget(QLabel(self.tr("Decision process:")))
        proc.addWidget(self.project_box, 1)
        proc.addWidget(self.editor.bar)
        process = QWidget()
        pl = QVBoxLayout(process)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(proc)
        pl.addWidget(self.timeline)
        pl.addWidget(self.editor, 1)
        page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(split)
        page.addWidget(process)
        page.setStretchFactor(0, 3)
        page.setStretchFactor(1, 1)
        page.setSizes([560, 260])

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(page, 1)

    def _toolbar(self) -> QHBoxLayout:
        """Zoom, find, filter, compare with a date, export."""
        zoom_in, zoom_out, fit = QToolButton(), QToolButton(), QToolButton()
        for button, text in ((zoom_in, "+"), (zoom_out, "−"), (fit, self.tr("Fit"))):
            button.setText(text)
        zoom_in.clicked.connect(lambda: self.view.zoom(1.25))
        zoom_out.clicked.connect(lambda: self.view.zoom(0.8))
        fit.clicked.connect(self.view.fit)
        self.search = QLineEdit(placeholderText=self.tr("Find a person…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.filter = QComboBox()
        for key, text in (("all", self.tr("Everyone")), ("decision_makers", self.tr("Decision-makers only")),
                          ("opposers_neutrals", self.tr("Opposers and neutrals")),
                          ("uncovered", self.tr("No coverage owner")),
                          ("stale", self.tr("No contact for %1 days").replace("%1", str(STALE_DAYS)))):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.compare = QCheckBox(self.tr("Compare with"))
        self.compare_date = QDateEdit(QDate.currentDate().addMonths(-3))
        self.compare_date.setCalendarPopup(True)
        self.compare_date.setDisplayFormat("yyyy-MM-dd")
        self.compare.toggled.connect(self._compare)
        self.compare_date.dateChanged.connect(self._compare)
        export = QToolButton()
        export.setText(self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        for suffix in ("pdf", "svg", "png"):
            menu.addAction(suffix.upper(), partial(self.export_dialog, suffix))
        export.setMenu(menu)
        self.legend_button = QToolButton()
        self.legend_button.setText(self.tr("Legend"))
        self.legend_button.setCheckable(True)
        self.legend_button.setChecked(True)
        self.legend_button.toggled.connect(lambda on: self.legend.setVisible(on))
        bar = QHBoxLayout()
        for w in (zoom_out, zoom_in, fit, self.legend_button):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.filter)
        bar.addWidget(self.compare)
        bar.addWidget(self.compare_date)
        bar.addWidget(self.authoring.button)
        bar.addWidget(export)
        return bar

    def _chart_and_panel(self) -> QSplitter:
        """The chart beside a panel: reporting cycles, the power map, stance moves, the chosen project."""
        self.rating = QLabel()
        self.rating.setTextFormat(Qt.TextFormat.RichText)
        self.rating.setWordWrap(True)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.moves.setTextFormat(Qt.TextFormat.RichText)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {ERROR_HEX}")
        self.project_info = QLabel()
        self.project_info.setWordWrap(True)
        self.project_info.setTextFormat(Qt.TextFormat.RichText)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.addWidget(self.warning)
        sv.addWidget(self.rating)
        sv.addWidget(self.moves)
        sv.addWidget(self.project_info)
        sv.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        self.legend = QLabel(legend_html(self.lang))
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        split = QSplitter()
        self.empty_chart = QWidget()  # an account with nobody yet: say what belongs here, offer the first step
        el = QVBoxLayout(self.empty_chart)
        hint = QLabel(self.tr("Nobody at this account yet. The org chart shows the customer's people: who reports "
                              "to whom, their stance toward us, their buying roles, factions and informal influence."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet(f"color: {MUTED_HEX}")
        self.first_person = QPushButton(self.tr("Add the first person…"))
        self.first_person.clicked.connect(lambda: self.add_person.emit())
        el.addStretch(1)
        el.addWidget(hint)
        el.addWidget(self.first_person, 0, Qt.AlignmentFlag.AlignCenter)
        el.addStretch(1)
        self.empty_chart.hide()
        chart = QWidget()
        cl = QVBoxLayout(chart)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(2)
        cl.addWidget(self.view, 1)
        cl.addWidget(self.empty_chart)
        cl.addWidget(self.legend)
        split.addWidget(chart)
        split.addWidget(scroll)
        scroll.setMinimumWidth(240)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 260])
        return split

    # --- loading

    def set_account(self, account_id: int) -> None:
        first = account_id != self.account_id
        self.account_id = account_id
        self.reload(fit=first)

    def reload(self, fit: bool = False) -> None:
        if self.account_id is None:
            return
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        transform = self.view.transform()
        data = self.services.orgmap.org(self.account_id)
        self.view.setVisible(bool(data.people))
        self.empty_chart.setVisible(not data.people)
        self.scene = OrgChartScene(data, self.lang)
        for item in self.scene.cards.values():
            item.dropped_on.connect(self._reparent)
            item.activated.connect(self.person_activated)
        self.authoring.attach_scene(self.scene)
        self.view.setScene(self.scene)
        if fit:  # the whole organisation at first; zoom in from there (Ctrl+wheel, +)
            self.view.resetTransform()
            self.view.fit_on_open()
        else:
            self.view.setTransform(transform)
            self.view.centerOn(centre)
        self._show_cycles()
        self._apply_filter()
        self._search(self.search.text())
        self._compare()
        self._power_map()
        shown = self.project_box.currentData()
        self.projects = self.services.orgmap.projects(self.account_id)
        self.project_box.blockSignals(True)
        self.project_box.clear()
        for p in self.projects:
            self.project_box.addItem(p.name, p.id)
        self.project_box.setCurrentIndex(max(0, self.project_box.findData(shown)))  # the same project stays shown
        self.project_box.blockSignals(False)
        self._project_changed()

    def select_project(self, project_id: int) -> None:
        i = self.project_box.findData(project_id)
        if i >= 0:
            self.project_box.setCurrentIndex(i)

    # --- interactions

    def _reparent(self, person_id: int, manager_id: int) -> None:
        try:
            person = self.services.people.get(person_id)
        except UserError as exc:  # moved to the trash meanwhile (another window, another user)
            self._error(exc)
            self.reload()
            return
        old = person.reports_to_id
        if old == manager_id:
            return
        name = person.name
        push_operation(
            self.undo, self.tr("Move %1 in the org chart").replace("%1", name),
            lambda: self.services.people.set_manager(person_id, manager_id),
            lambda: self.services.people.set_manager(person_id, old),
            self._after_change, self._error)

    def _show_cycles(self) -> None:
        assert self.scene is not None
        cycles = self.scene.layout.cycles
        names = {p.id: p.name for p in self.scene.data.people}
        text = "".join("<li>" + " → ".join(html.escape(names.get(pid, "?")) for pid in c) + "</li>" for c in cycles)
        self.warning.setText(f"<b>{self.tr('Reporting cycle in the data (shown broken):')}</b><ul>{text}</ul>"
                             if cycles else "")
        self.warning.setVisible(bool(cycles))

    def _after_change(self) -> None:
        with contextlib.suppress(UserError):  # the account is gone: the window moves on (MainWindow._account_gone)
            self.reload()
        self.changed.emit()

    def _error(self, problem: UserError | str) -> None:
        QMessageBox.warning(self, self.tr("Not changed"), str(problem))

    def _search(self, text: str) -> None:
        if self.scene is None:
            return
        found = self.scene.find(text) if text.strip() else []
        self.scene.highlight(found)
        if found:
            self.view.centerOn(self.scene.cards[found[0]])

    def _apply_filter(self) -> None:
        if self.scene is not None:
            self.scene.apply_filter(self.filter.currentData() or "all")

    def _compare(self) -> None:
        if self.scene is None or self.account_id is None:
            return
        if not self.compare.isChecked():
            self.scene.set_moves({})
            self.moves.setText("")
            return
        since = self._compare_day()
        moves = self.services.orgmap.moves_since(self.account_id, since)
        self.scene.set_moves({m.person_id: (m.before, m.after) for m in moves})
        header = self.tr("Moved since %1").replace("%1", since.isoformat())
        items = "".join(f"<li>{html.escape(describe_move(m, self.lang))}</li>" for m in moves) or \
            f"<li>{self.tr('Nobody')}</li>"
        self.moves.setText(f"<b>{header}</b><ul>{items}</ul>")

    def _compare_day(self) -> dt.date:
        return cast(dt.date, self.compare_date.date().toPython())

    def _power_map(self) -> None:
        assert self.account_id is not None
        result, _ = self.services.orgmap.powermap(self.account_id, lang=self.lang)
        colour = RATING_HEX[result.rating]
        risks = "".join(f"<li>{html.escape(r.text)}</li>" for r in result.risks)
        self.rating.setText(
            f"<b>{self.tr('Power map')}</b>: <span style='color:{colour}; font-weight:bold'>"
            f"● {label(result.rating, self.lang)}</span><ul>{risks}</ul>")

    def _project_changed(self) -> None:
        i = self.project_box.currentIndex()
        project = self.projects[i] if 0 <= i < len(self.projects) else None
        self.timeline.set_project(project)
        self.editor.set_project(self.account_id, project.id if project else None)
        self.project_info.setText(self._project_html(project) if project else "")
        if self.scene is not None:
            self.scene.highlight([])

    def _project_html(self, p: ProjectView) -> str:
        rows = []
        for c in p.criteria:
            others = ", ".join(f"{html.escape(n)} {sc}" for n, sc in c.competitors)
            rows.append(f"<tr><td>{html.escape(c.name)}</td><td align='right'>{c.weight}%</td>"
                        f"<td align='center'><b>{c.our_score or '—'}</b></td><td>{others}</td></tr>")
        budget = f"{p.budget:,.0f} {p.currency}" if p.budget is not None else "—"
        if p.budget is not None:
            budget += f" ({self.tr('approved') if p.budget_approved else self.tr('not approved yet')})"
        due = p.decision_due.isoformat() if p.decision_due else "—"
        assert self.account_id is not None
        pm, _ = self.services.orgmap.powermap(self.account_id, project_id=p.id, lang=self.lang)
        risks = "".join(f"<li>{html.escape(r.text)}</li>" for r in pm.risks)
        head = (f"<b>{html.escape(p.name)}</b><br>{self.tr('Budget')}: {budget} · "
                f"{self.tr('Decision due')}: {due}<br>{self.tr('Power map of this project')}: "
                f"<span style='color:{RATING_HEX[pm.rating]}; font-weight:bold'>● {label(pm.rating, self.lang)}"
                f"</span><ul>{risks}</ul>")
        if not rows:
            return head
        return (head + f"<table cellspacing='4'><tr><th align='left'>{self.tr('Criterion')}</th>"
                f"<th>{self.tr('Weight')}</th><th>{self.tr('Us')}</th><th align='left'>"
                f"{self.tr('Competitors')}</th></tr>" + "".join(rows) + "</table>")

    def _highlight_actors(self, actor_ids: tuple[int, ...]) -> None:
        if self.scene is not None:
            self.scene.highlight(actor_ids)
            if actor_ids and actor_ids[0] in self.scene.cards:
                self.view.centerOn(self.scene.cards[actor_ids[0]])

    # --- export: the same drawing as `kam orgchart`, with what is highlighted on screen

    def export_dialog(self, suffix: str) -> None:
        if self.scene is None or self.account_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export org chart"), f"orgchart.{suffix}",
                                              f"{suffix.upper()} (*.{suffix})")
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() not in (".svg", ".pdf", ".png"):  # a name typed without its kind: the chosen one
            out = out.with_name(f"{out.name}.{suffix}")
        try:
            self.export(out)
        except (UserError, OSError) as exc:
            self._error(self.tr("The org chart was not exported: %1").replace("%1", str(exc)))

    def export(self, path: Path) -> Path:
        """Write the chart as .svg, .pdf or .png through a part file (never onto the open database)."""
        from kam.reports.orgchart import draw, export

        assert self.scene is not None
        assert self.account_id is not None
        highlighted = [pid for pid, item in self.scene.cards.items() if item.highlighted]
        moves = {}
        if self.compare.isChecked():
            moves = {m.person_id: (m.before, m.after)
                     for m in self.services.orgmap.moves_since(self.account_id, self._compare_day())}
        account = self.services.accounts.get(self.account_id)
        drawing = draw(self.scene.data, lang=self.lang, highlight=highlighted, moves=moves,
                       title=account.display_name)
        return self.services.orgmap.write_file(path, lambda part: export(drawing, part, path.suffix))

# Texts used through self.tr() inside f-strings, declared here so that lupdate extracts them.
_TR = (
    QT_TRANSLATE_NOOP("OrgChartWidget", "Budget"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "approved"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "not approved yet"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "Competitors"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "Criterion"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "Decision due"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "Nobody"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "Power map"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "Power map of this project"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "Reporting cycle in the data (shown broken):"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "Us"),
    QT_TRANSLATE_NOOP("OrgChartWidget", "Weight"),
)
