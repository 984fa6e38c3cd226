"""File > Import…: choose a file, see its first rows and how the columns are read, check, then import.

Every step calls the import services the CLI uses (``kam import``): the preview
and the suggested column mapping come from ``ImportService.preview``, the check
is a dry run, and the import itself is all or nothing (or leaves out the rows
in error when the user ticks that). Nothing here decides what a valid row is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kam.app import Services
from kam.errors import UserError
from kam.palette import ERROR_HEX
from ui.forms import problem_text

KINDS = ("", "accounts", "people", "transactions", "vcard", "dossier")
ENCODINGS = ("", "utf-8", "gb18030", "big5", "utf-16", "cp932", "latin-1")
IGNORE = ""


def _kind_label(kind: str) -> str:
    return {
        "": QCoreApplication.translate("ImportWizard", "Recognise from the file"),
        "accounts": QCoreApplication.translate("ImportWizard", "Accounts (CSV / Excel)"),
        "people": QCoreApplication.translate("ImportWizard", "People (CSV / Excel)"),
        "transactions": QCoreApplication.translate("ImportWizard", "Transactions from the ERP (CSV / Excel)"),
        "vcard": QCoreApplication.translate("ImportWizard", "vCards (.vcf)"),
        "dossier": QCoreApplication.translate("ImportWizard", "A kam dossier (.json)"),
    }[kind]


def field_label(kind: str, key: str) -> str:
    """What a column can fill, in the user's language (the field's own name as a fallback)."""
    if kind == "accounts" and key == "name":
        return QCoreApplication.translate("ImportWizard", "Company name")
    if kind == "transactions" and key == "account":
        return QCoreApplication.translate("ImportWizard", "Customer")
    labels = {
        "name": QCoreApplication.translate("ImportWizard", "Name"), "first_name": QCoreApplication.translate("ImportWizard", "First name"), "last_name": QCoreApplication.translate("ImportWizard", "Last name"),
        "name_latin": QCoreApplication.translate("ImportWizard", "Name in Latin letters (pinyin)"), "title": QCoreApplication.translate("ImportWizard", "Job title"), "department": QCoreApplication.translate("ImportWizard", "Department"),
        "email": QCoreApplication.translate("ImportWizard", "E-mail"), "phone": QCoreApplication.translate("ImportWizard", "Phone"), "mobile": QCoreApplication.translate("ImportWizard", "Mobile"), "account": QCoreApplication.translate("ImportWizard", "Company (account)"),
        "account_ref": QCoreApplication.translate("ImportWizard", "Company id (CRM)"), "reports_to": QCoreApplication.translate("ImportWizard", "Reports to (name)"),
        "reports_to_ref": QCoreApplication.translate("ImportWizard", "Reports to (CRM id)"), "external_id": QCoreApplication.translate("ImportWizard", "Id in the CRM"), "notes": QCoreApplication.translate("ImportWizard", "Notes"),
        "wechat": QCoreApplication.translate("ImportWizard", "WeChat"), "name_en": QCoreApplication.translate("ImportWizard", "English name"), "short_name": QCoreApplication.translate("ImportWizard", "Short name"),
        "industry": QCoreApplication.translate("ImportWizard", "Industry"), "region": QCoreApplication.translate("ImportWizard", "Region / city"), "country": QCoreApplication.translate("ImportWizard", "Country"), "address": QCoreApplication.translate("ImportWizard", "Address"),
        "fax": QCoreApplication.translate("ImportWizard", "Fax"), "website": QCoreApplication.translate("ImportWizard", "Website"), "owner": QCoreApplication.translate("ImportWizard", "Account owner (user)"),
        "parent": QCoreApplication.translate("ImportWizard", "Group parent (company name)"), "currency": QCoreApplication.translate("ImportWizard", "Currency"), "credit_rating": QCoreApplication.translate("ImportWizard", "Credit rating"),
        "occurred_on": QCoreApplication.translate("ImportWizard", "Date"), "product": QCoreApplication.translate("ImportWizard", "Product"), "quantity": QCoreApplication.translate("ImportWizard", "Quantity"), "unit": QCoreApplication.translate("ImportWizard", "Unit"),
        "unit_price": QCoreApplication.translate("ImportWizard", "Unit price"), "amount": QCoreApplication.translate("ImportWizard", "Amount"), "discount": QCoreApplication.translate("ImportWizard", "Discount"),
        "financial_cost": QCoreApplication.translate("ImportWizard", "Financial cost"), "gross_profit": QCoreApplication.translate("ImportWizard", "Gross profit"),
        "external_ref": QCoreApplication.translate("ImportWizard", "Document number"),
    }
    return labels.get(key, key)


class ImportWizard(QWizard):
    def __init__(self, services: Services, account_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.account_id = account_id
        self.preview: Any = None
        self.import_result: Any = None  # (not `result`: QDialog.result() is the dialog's code)
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.preview_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.resize(900, 600)

    # what the pages chose, for the services
    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def import_options(self) -> dict[str, Any]:
        kind = self.preview.kind
        opts: dict[str, Any] = {}
        if kind in ("accounts", "people", "transactions", "vcard"):
            opts["encoding"] = self.file_page.encoding.currentData() or None
            opts["dry_run"] = False
            opts["skip_invalid"] = self.check_page.skip_invalid.isChecked()
            opts["progress"] = None
        if kind in ("accounts", "people", "transactions"):
            opts["sheet"] = self.file_page.sheet.currentText() or None
            opts["mapping"] = self.preview_page.mapping()
        if kind in ("people", "transactions", "vcard"):
            opts["account"] = self.file_page.account.currentData()
        if kind in ("accounts", "people", "vcard"):
            opts["on_duplicate"] = self.check_page.duplicates.currentData()
        return opts

    def run(self, dry_run: bool, progress: Any = None) -> Any:
        kind = self.preview.kind
        if kind == "dossier":
            return self.services.transfer.import_file(self.path(), dry_run=dry_run)
        opts = self.import_options() | {"dry_run": dry_run, "progress": progress}
        imports = self.services.imports
        calls: dict[str, Callable[..., Any]] = {
            "accounts": imports.import_accounts, "people": imports.import_people,
            "transactions": imports.import_transactions, "vcard": imports.import_vcards}
        return calls[kind](self.path(), **opts)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CRM export (Salesforce, Odoo, HubSpot), a contact list in Excel, the ERP's "
                                 "transactions, vCards from a phone or Outlook, or a kam dossier."))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(_kind_label(kind), kind)
        self.encoding = QComboBox()
        for enc in ENCODINGS:
            self.encoding.addItem(enc or self.tr("Detect"), enc)
        self.sheet = QComboBox()
        self.sheet.setEditable(True)
        sheet_name = self.sheet.lineEdit()
        assert sheet_name is not None  # an editable combo box has its line edit
        sheet_name.setPlaceholderText(self.tr("the first sheet"))
        self.account = QComboBox()
        self.account.addItem(self.tr("(only as named in the file)"), None)
        for acc in wizard.services.accounts.rows():
            self.account.addItem(acc.name, acc.id)
            if acc.id == wizard.account_id:
                self.account.setCurrentIndex(self.account.count() - 1)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_HEX}")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Contents"), self.kind)
        form.addRow(self.tr("Text encoding"), self.encoding)
        form.addRow(self.tr("Excel sheet"), self.sheet)
        form.addRow(self.tr("Account for rows that name none"), self.account)
        form.addRow(self.error)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "",
                                              self.tr("Importable files (*.csv *.txt *.xlsx *.vcf *.json);;"
                                                      "All files (*)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        self.error.clear()
        try:
            self.w.preview = self.w.services.imports.preview(
                self.w.path(), self.kind.currentData() or None, encoding=self.encoding.currentData() or None,
                sheet=self.sheet.currentText() or None)
        except (UserError, OSError) as exc:  # also a name too long for the file system, a folder …
            self.error.setText(problem_text(exc))
            return False
        sheets = self.w.preview.sheets
        if sheets and self.sheet.count() != len(sheets):
            current = self.sheet.currentText()
            self.sheet.clear()
            self.sheet.addItems(sheets)
            self.sheet.setCurrentText(current or sheets[0])
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check how the file is read"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: dict[str, QComboBox] = {}
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addWidget(self.table, 1)

    def initializePage(self) -> None:
        p = self.w.preview
        self.combos = {}
        mapped = p.kind in ("accounts", "people", "transactions")
        lines = [self.tr("%1: %2").replace("%1", p.source).replace("%2", _kind_label(p.kind))]
        if p.layout:
            lines.append(self.tr("Recognised layout: %1").replace("%1", p.layout))
        if p.encoding:
            lines.append(self.tr("Text encoding: %1").replace("%1", p.encoding))
        if p.title:
            lines.append(self.tr("Account: %1").replace("%1", p.title))
        if p.total is not None:
            lines.append(self.tr("%1 cards").replace("%1", str(p.total)))
        if p.unused:
            lines.append(self.tr("Columns kam does not know (choose a field above them, or they are left out): %1")
                         .replace("%1", ", ".join(p.unused)))
        for problem in p.problems[:10]:
            lines.append("⚠ " + problem)
        if mapped:
            lines.append(self.tr("The first row says which field each column fills."))
        self.info.setText("\n".join(lines))
        offset = 1 if mapped else 0
        self.table.clear()
        self.table.setColumnCount(len(p.headers))
        self.table.setRowCount(len(p.rows) + offset)
        self.table.setHorizontalHeaderLabels([str(h) for h in p.headers])
        for c, header in enumerate(p.headers):
            if mapped:
                combo = QComboBox()
                combo.addItem(self.tr("(leave out)"), IGNORE)
                for f in p.fields:
                    combo.addItem(field_label(p.kind, f), f)
                    combo.setItemData(combo.count() - 1, f, Qt.ItemDataRole.ToolTipRole)
                chosen = p.mapping.get(header, IGNORE)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
                self.table.setCellWidget(0, c, combo)
                self.combos[header] = combo
            for r, cells in enumerate(p.rows):
                value = cells[c] if c < len(cells) else None
                self.table.setItem(r + offset, c, QTableWidgetItem("" if value is None else str(value)))
        self.table.resizeColumnsToContents()

    def mapping(self) -> dict[str, str]:
        return {h: str(combo.currentData()) for h, combo in self.combos.items() if h}


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.ok = False
        self.setTitle(self.tr("Check, then import"))
        self.setSubTitle(self.tr("Nothing is written until you press Import, and then everything or nothing."))
        self.duplicates = QComboBox()
        self.duplicates.addItem(self.tr("Skip it"), "skip")
        self.duplicates.addItem(self.tr("Update it from the file"), "update")
        self.duplicates.addItem(self.tr("Merge: fill only its empty fields"), "merge")
        self.skip_invalid = QCheckBox(self.tr("Leave out the rows in error and import the rest"))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("Already there"), self.duplicates)
        form.addRow(self.skip_invalid)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.report, 1)
        self.duplicates.currentIndexChanged.connect(self.check)
        self.skip_invalid.toggled.connect(self.check)

    def initializePage(self) -> None:
        kind = self.w.preview.kind
        self.duplicates.setEnabled(kind in ("accounts", "people", "vcard"))
        self.skip_invalid.setEnabled(kind != "dossier")
        self.check()

    def check(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.w.run(dry_run=True)
        except (UserError, OSError) as exc:
            self.ok = False
            self.report.setPlainText(problem_text(exc))
        else:
            self.ok = True
            self.report.setPlainText(summary(result, dry_run=True))
        finally:
            QApplication.restoreOverrideCursor()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.ok

    def validatePage(self) -> bool:
        total = self.w.preview.total or 0
        dialog = QProgressDialog(self.tr("Importing…"), "", 0, total, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()

        def progress(done: int) -> None:
            dialog.setLabelText(self.tr("Importing… %1 rows read").replace("%1", f"{done:,}"))
            if total:
                dialog.setValue(min(done, total))
            QApplication.processEvents()

        QApplication.processEvents()
        try:
            self.w.import_result = self.w.run(dry_run=False, progress=progress)
        except (UserError, OSError) as exc:
            self.report.setPlainText(problem_text(exc))
            self.ok = False
            self.completeChanged.emit()
            return False
        finally:
            dialog.close()
        return True


def summary(result: Any, *, dry_run: bool) -> str:
    if hasattr(result, "account_id") and hasattr(result, "created_users"):  # a dossier
        lines = [(QCoreApplication.translate("ImportWizard", "Would import %1 with %2 rows.") if dry_run else QCoreApplication.translate("ImportWizard", "Imported %1 with %2 rows."))
                 .replace("%1", result.account).replace("%2", str(sum(result.rows.values())))]
        lines += [QCoreApplication.translate("ImportWizard", "User %1 is not in this database: added, inactive.").replace("%1", u)
                  for u in result.created_users]
        return "\n".join(lines + result.warnings)
    lines = [(QCoreApplication.translate("ImportWizard", "Would create %1 and update %2 from %3 rows.") if dry_run else
              QCoreApplication.translate("ImportWizard", "Created %1 and updated %2 from %3 rows.")).replace("%1", str(result.created))
             .replace("%2", str(result.updated)).replace("%3", str(result.rows))]
    if result.skipped:
        lines.append(QCoreApplication.translate("ImportWizard", "%1 already there, skipped.").replace("%1", str(len(result.skipped))))
    if result.unused:
        lines.append(QCoreApplication.translate("ImportWizard", "Columns left out: %1").replace("%1", ", ".join(result.unused)))
    lines += result.notes
    if result.rejected:
        lines.append(QCoreApplication.translate("ImportWizard", "Rows in error, left out:"))
        lines += result.rejected[:200]
    lines += result.skipped[:200]
    return "\n".join(lines)
