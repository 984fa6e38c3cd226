"""``kam gui --show VIEW``: open a window or dialog over the main window (kam.vocab.GUI_VIEWS), the way the
menus would, but without waiting in a modal loop — so ``--screenshot`` can capture it, and docs and tests can
show every screen the README shows (the portfolio's tabs, the print preview, the import wizard, the person
dialog, the visit dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def open_view(window: MainWindow, view: str) -> QWidget:
    """Open ``view`` (one of kam.vocab.GUI_VIEWS) and return the top-level widget that shows it."""
    from kam.errors import UserError
    from kam.vocab import GUI_VIEWS

    if view not in GUI_VIEWS:
        raise ValueError(f"unknown view {view!r}; one of {', '.join(GUI_VIEWS)}")
    what, _sep, detail = view.partition(":")
    if what == "window":
        return window
    if what == "portfolio":
        window.show_portfolio()
        portfolio = window.portfolio
        portfolio.tabs.setCurrentWidget(portfolio.pages[detail or "accounts"])
        _settle()
        return portfolio
    account = window.current_account
    if what in ("print", "person", "import", "visit") and account is None:
        raise UserError(QCoreApplication.translate("Views", "Choose an account first (--account)."))
    dialog: QWidget
    if what == "print":
        from ui.print_dialog import DOCS, PrintDialog

        assert account is not None
        size = window.settings.get("page_size") if window.settings else "A4"
        dialog = PrintDialog(window.services, account, window.lang, kind=detail, parent=window, page_size=size)
        assert detail in DOCS
        dialog.preview()
    elif what == "person":
        from ui.person_dialog import PersonDialog

        assert account is not None
        rows = sorted(window.services.people.rows(account), key=lambda r: (-r.influence, r.id))
        if not rows:
            raise UserError(QCoreApplication.translate("Views", "Nobody at this account yet."))
        dialog = PersonDialog(window.services, window.undo, rows[0].id, window.lang, window)
    elif what == "visit":
        from ui.visit_dialog import VisitDialog

        assert account is not None
        dialog = VisitDialog(window.services, window.undo, account, window.lang, window)
    elif what == "import":
        from ui.import_wizard import ImportWizard

        dialog = ImportWizard(window.services, account, window)
    elif what == "scoring":
        from ui.scoring_dialog import ScoringDialog

        dialog = ScoringDialog(window.services, window.undo, window._changed, window)
    else:
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(window.settings, window)
    dialog.show()
    _settle()
    return dialog


def _settle() -> None:
    """Let what was opened lay itself out and paint (charts place their labels after the first layout)."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
