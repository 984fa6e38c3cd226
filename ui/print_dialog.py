"""Print / export a document of the dossier with a page preview.

The PDF is rendered by the same service as `kam brief|plan|review`; pages are
previewed through pdfium (Qt's own PDF module is not in every PySide6 wheel).
Including confidential content needs a deliberate tick and a reason, and is
then watermarked and audited by the service.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam.analysis.actuals import quarter_of
from kam.app import Services
from kam.errors import UserError
from kam.i18n import LANGS, LANGUAGE_NAMES
from kam.palette import ERROR_HEX, RULE_HEX
from ui.signals import call_on

DOCS = ("brief", "plan", "review")


def pdf_pages(pdf: bytes, scale: float = 1.0) -> list[QImage]:
    """Render every page of a PDF to a QImage (for the preview)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in doc:
            pil = page.render(scale=scale).to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            images.append(QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy())
    finally:
        doc.close()
    return images


class PrintDialog(QDialog):
    def __init__(self, services: Services, account_id: int, lang: str = "en", kind: str = "brief",
                 parent: QWidget | None = None, page_size: str = "A4") -> None:
        super().__init__(parent)
        self.services, self.account_id = services, account_id
        self.pdf: bytes | None = None
        self.setWindowTitle(self.tr("Print / export"))
        self.kind = QComboBox()
        for key, text in zip(DOCS, (self.tr("Executive visit brief"), self.tr("Account plan"),
                                    self.tr("Quarterly review pack")), strict=True):
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(DOCS.index(kind))
        self.lang = QComboBox()
        for code in LANGS:
            self.lang.addItem(LANGUAGE_NAMES[code], code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setCurrentText(page_size)
        self.year = QSpinBox(minimum=2000, maximum=2100, value=dt.date.today().year)
        self.quarter = QSpinBox(minimum=1, maximum=4, value=quarter_of(dt.date.today()))
        self.mine_only = QCheckBox(self.tr("Only this account's KAM's accounts"))
        self.mine_only.setChecked(True)
        self.attendees = QListWidget()
        self.attendees.setMaximumHeight(150)
        default = {a.id for a in services.reports.brief_data(account_id, lang=lang).attendees}
        for r in sorted(services.people.rows(account_id), key=lambda r: (-r.influence, r.id)):
            item = QListWidgetItem(f"{r.name} — {r.title or ''}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.id in default else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.confidential = QCheckBox(self.tr("Include confidential content (IP register, personal details)"))
        self.reason = QLineEdit(placeholderText=self.tr("For whom and why — printed on every page"))
        self.reason.setEnabled(False)
        self.confidential.toggled.connect(self.reason.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Paper"), self.page_size)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Quarter"), self.quarter)
        form.addRow("", self.mine_only)
        form.addRow(self.tr("Attendees"), self.attendees)
        form.addRow("", self.confidential)
        form.addRow(self.tr("Reason"), self.reason)
        preview_btn = QPushButton(self.tr("Preview"))
        call_on(preview_btn.clicked, self.preview)
        save = QPushButton(self.tr("Save PDF…"))
        call_on(save.clicked, self.save)
        view = QPushButton(self.tr("Open in viewer"))
        call_on(view.clicked, self.open_external)
        buttons = QHBoxLayout()
        for b in (preview_btn, save, view):
            buttons.addWidget(b)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        left.addWidget(self.status)

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        scroll = QScrollArea()
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(520)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 0)
        lay.addWidget(scroll, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(1100, 660)  # (a 1366×768 laptop: the window with its title bar and the taskbar)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.attendees.setEnabled(kind == "brief")
        self.quarter.setEnabled(kind == "review")
        self.mine_only.setEnabled(kind == "review")
        self.confidential.setEnabled(kind != "review")
        if kind == "review":
            self.confidential.setChecked(False)

    def selected_attendees(self) -> list[int]:
        out = []
        for i in range(self.attendees.count()):
            item = self.attendees.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def build(self) -> bytes:
        """Render the chosen document through the report service (raises UserError)."""
        kind, lang, size = self.kind.currentData(), self.lang.currentData(), self.page_size.currentText()
        confidential = self.confidential.isChecked()
        reason = self.reason.text() or None
        reports = self.services.reports
        if kind == "brief":
            return reports.brief(self.account_id, attendee_ids=self.selected_attendees() or None, lang=lang,
                                 include_confidential=confidential, reason=reason, page_size=size)
        if kind == "plan":
            return reports.account_plan(self.account_id, self.year.value(), lang=lang,
                                        include_confidential=confidential, reason=reason, page_size=size)
        owner = self.services.accounts.get(self.account_id).owner_id if self.mine_only.isChecked() else None
        return reports.review_pack(self.year.value(), self.quarter.value(), owner_id=owner, lang=lang, page_size=size)

    def preview(self) -> bool:
        try:
            self.pdf = self.build()
        except UserError as exc:
            self.status.setText(f"<span style='color:{ERROR_HEX}'>{exc}</span>")
            return False
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        images = pdf_pages(self.pdf, scale=0.9)
        for img in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(img))
            label.setStyleSheet(f"border: 1px solid {RULE_HEX}; background: white")
            self.pages_layout.addWidget(label)
        self.status.setText(self.tr("%n page(s)", "", len(images)))
        return True

    def save(self) -> Path | None:
        """Save PDF…: render, ask where, write."""
        if not self.preview():
            return None
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), f"{self.kind.currentData()}.pdf",
                                              "PDF (*.pdf)")
        return self.save_to(Path(name)) if name else None

    def save_to(self, path: Path) -> Path | None:
        """Render the chosen document and write it to ``path`` (never onto the database or its files)."""
        if self.pdf is None and not self.preview():
            return None
        try:
            pdf = self.pdf or b""
            self.services.reports.write_file(path, lambda part: part.write_bytes(pdf))
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
        return path

    def open_external(self) -> None:
        if not self.preview():
            return
        path = Path(tempfile.gettempdir()) / f"kam-{self.kind.currentData()}-{self.account_id}.pdf"
        path.write_bytes(self.pdf or b"")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
