"""Settings > Preferences: language, page size, who I am, the database location, register locking."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from kam.i18n import LANGS, LANGUAGE_NAMES


class PreferencesDialog(QDialog):
    def __init__(self, settings: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language_changed = False
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "system")
        for code in LANGS:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setCurrentText(settings.get("page_size"))
        self.user = QLineEdit(settings.get("user"))
        self.user.setPlaceholderText(self.tr("your kam user name (empty: your login name)"))
        self.database = QLineEdit(settings.get("database"))
        self.database.setPlaceholderText(self.tr("empty: the per-user database"))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper size"), self.page_size)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Database"), self.database)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get("register_idle_minutes"))
        self.clipboard = QSpinBox()
        self.clipboard.setRange(5, 600)
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setValue(settings.get("clipboard_seconds"))
        form.addRow(self.tr("Lock the IP register after"), self.idle)
        form.addRow(self.tr("Clear copied register content after"), self.clipboard)
        note = QLabel(self.tr("A new user or database takes effect at the next start."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def save(self) -> None:
        old = self.settings.get("language")
        self.settings.set("language", self.language.currentData())
        self.settings.set("page_size", self.page_size.currentText())
        self.settings.set("user", self.user.text().strip())
        self.settings.set("database", self.database.text().strip())
        self.settings.set("register_idle_minutes", self.idle.value())
        self.settings.set("clipboard_seconds", self.clipboard.value())
        self.language_changed = old != self.language.currentData()
        self.accept()
