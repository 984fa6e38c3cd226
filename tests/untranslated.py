"""What a person reads on screen, gathered from the widget tree, and which of it is still English (for
tests/test_gui_untranslated.py): labels, buttons, tabs, group boxes, check boxes, combo boxes, line-edit
placeholders, table and tree headers and cells, list items, menus, window titles.

A text counts as English when it still has a word of three or more Latin letters once what the demo's users
typed (names of accounts, people, users, competitors, products; English notes of an English customer — whole
values, not single words), units and codes (CNY, EUR, RFQ, CTO, PDF…), e-mail and web addresses and file names
are taken out."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

# units, codes, product and format names a Chinese screen keeps in Latin letters
ALLOWED = {"CNY", "EUR", "USD", "TWD", "HKD", "RFQ", "CTO", "CFO", "CEO", "COO", "CIO", "VP", "PDF", "CSV", "XLSX",
           "Excel", "vCard", "vCards", "ICS", "JSON", "SVG", "PNG", "KAM", "ERP", "CRM", "Salesforce", "Odoo",
           "HubSpot", "Outlook", "ISO", "IATF", "A4", "Letter", "OK", "UTF", "GBK", "Big5", "SQLite",
           "PostgreSQL", "SQLCipher", "Pareto", "ABC", "Ctrl", "Shift", "Alt", "Qt", "kam", "pinyin",
           "English", "GmbH", "Ltd", "Inc", "SWOT", "III", "YYYY", "utf", "big5", "latin"}
WORD = re.compile(r"[A-Za-z][A-Za-z'’]{2,}")
NOISE = [re.compile(p) for p in (r"\S+@\S+", r"https?://\S+", r"\b[\w.-]+\.(?:pdf|csv|xlsx|json|ics|vcf|png|svg|sqlite3)\b",
                                 r"<[^>]+>", r"&\w+;", r"\.\w{2,5}\b", r"\b[A-Z]{2,}[-\w]*\d[-\w]*\b", r"\b\d{4}Q\d\b",
                                 r"--[a-z-]+", r"\bbig5\b")]


def english_words(text: str, data: list[str]) -> list[str]:
    """The English words of ``text`` once what the user typed (``data``, longest first) is taken out."""
    for pattern in NOISE:
        text = pattern.sub(" ", text)
    words = [w for w in WORD.findall(text) if w not in ALLOWED]
    if not words:
        return []
    core = text.strip().lstrip("★").rstrip("…")
    if text.strip().endswith("…") and any(v.startswith(core) for v in data):
        return []  # a name cut short on a card
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return [w for w in WORD.findall(text) if w not in ALLOWED]


def _strip_html(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text)) if "<" in text else text


def visible_texts(root: QWidget, rows: int = 40) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person sees in ``root`` and its visible children."""
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, QMenu):  # the menus, closed or open
            yield "QMenu", w.title().replace("&", "")
            for a in w.actions():
                yield "QAction", a.text().replace("&", "")
            continue
        if not w.isVisibleTo(root) and w is not root:
            continue
        kind = type(w).__name__
        if isinstance(w, QMainWindow | QDialog) and w.windowTitle():
            yield f"{kind} title", w.windowTitle()
        if isinstance(w, QLabel):
            yield kind, _strip_html(w.text())
        elif isinstance(w, QAbstractButton):
            yield kind, w.text().replace("&", "")
        elif isinstance(w, QGroupBox):
            yield kind, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    yield kind, w.tabText(i).replace("&&", "&")
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield kind, w.itemText(i)
        elif isinstance(w, QLineEdit | QTextEdit):
            yield f"{kind} placeholder", w.placeholderText()
        elif isinstance(w, QAbstractItemView):
            model = w.model()
            if model is None:
                continue
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its one column to itself
                columns = 1
            for c in range(columns):
                if not (hasattr(w, "isColumnHidden") and w.isColumnHidden(c)):
                    yield f"{kind} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(rows, model.rowCount(QModelIndex()))):
                for c in range(columns):
                    if hasattr(w, "isColumnHidden") and w.isColumnHidden(c):
                        continue
                    value = model.data(model.index(r, c, QModelIndex()))
                    if isinstance(value, str):
                        yield f"{kind} cell", value
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            yield from _scene_texts(w)


def _scene_texts(view: QGraphicsView) -> Iterator[tuple[str, str]]:
    """A chart's title, axes, categories and series; a scene's text items."""
    from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView

    if isinstance(view, QChartView):
        chart: QChart = view.chart()
        yield "chart title", chart.title()
        for axis in chart.axes():
            yield "chart axis", axis.titleText()
            if isinstance(axis, QBarCategoryAxis):
                for c in axis.categories():
                    yield "chart category", c
        for series in chart.series():
            yield "chart series", series.name()
            for bar_set in getattr(series, "barSets", lambda: [])():
                yield "chart bar set", bar_set.label()
    from PySide6.QtGui import QFont

    from ui.orgchart.items import CardItem

    for item in view.scene().items():
        if isinstance(item, CardItem):  # an org-chart card paints its texts (kam.orgchart.card)
            for t in item.view(QFont()).texts:
                yield "chart card", t.text
        if isinstance(item, QGraphicsSimpleTextItem | QGraphicsTextItem) and item.isVisible():
            text = item.text() if isinstance(item, QGraphicsSimpleTextItem) else item.toPlainText()
            yield "scene text", text


def untranslated(root: QWidget, names: list[str]) -> list[str]:
    """Each English text in ``root`` once, with where it was seen."""
    seen: dict[str, str] = {}
    for where, text in visible_texts(root):
        if text and english_words(text, names) and text not in seen:
            seen[text] = where
    return [f"{where}: {text!r}" for text, where in seen.items()]


def demo_names(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text value a user typed into the demo (names, titles, notes: they stay as typed), longest first;
    codes the program stores (a status, a kind, a unit…) are not among them."""
    from sqlalchemy import Enum, String, Text, select

    from kam.model import Base

    values: set[str] = set()
    with ctx.sessions() as s:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if isinstance(c.type, String | Text) and not isinstance(c.type, Enum)
                    and c.name not in {"status", "kind", "stance", "role", "tier", "ka_type", "source", "unit",
                                       "action", "entity", "category", "currency", "lang", "rating", "type"}]
            if not cols:
                continue
            for row in s.execute(select(*cols)):
                for v in row:
                    if isinstance(v, str) and WORD.search(v):
                        values.add(v.strip())
                        values.update(part.strip() for part in re.split(r"[,;/()·—\n]", v) if WORD.search(part))
    return sorted(values, key=len, reverse=True)
