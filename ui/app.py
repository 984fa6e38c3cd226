"""Start the desktop application (or render it offscreen into a PNG).

Order matters for start-up time: Qt and the window first (≈0.2 s), then, after
the first paint, SQLAlchemy, the database and the first queries.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


def run(db: str | None = None, user: str | None = None, screenshot: Path | None = None,
        account: str | None = None, lang: str | None = None, section: str | None = None) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.fonts import install_cjk_fallback
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("KAM")
    app.setOrganizationName("kam")
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    QApplication.setWindowIcon(QIcon(str(files("kam.resources") / "icons" / "kam.png")))
    settings = Settings()
    language = lang or settings.language()
    from ui.fonts import needed_at_first_paint

    if needed_at_first_paint(language):
        install_cjk_fallback(app)  # type: ignore[arg-type]
    i18n.install(language)
    state: dict[str, Any] = {"ctx": None, "code": 0}

    def ask_db_passphrase(path: Path, creating: bool) -> str | None:
        """The database passphrase where no credential store keeps its key (never in screenshot mode)."""
        if screenshot is not None:
            return None
        from PySide6.QtCore import QCoreApplication

        from ui.register import ask_secret

        if creating:
            return ask_secret(
                state["window"], QCoreApplication.translate("Startup", "New database passphrase"),
                QCoreApplication.translate("Startup", "This computer has no credential store. Choose a passphrase "
                                                      "to encrypt {0}; it cannot be recovered if forgotten:")
                .format(path), confirm=True)
        return ask_secret(state["window"], QCoreApplication.translate("Startup", "Database passphrase"),
                          QCoreApplication.translate("Startup", "Passphrase for {0}:").format(path))

    class Dialogs:
        """The start-up policy's questions (kam.app.open_app), answered by the person in dialogs;
        offscreen (--screenshot) nobody is asked."""

        def ask_passphrase(self, path: Path, creating: bool) -> str | None:
            return ask_db_passphrase(path, creating)

        def confirm_create(self, path: Path) -> bool:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QMessageBox

            from kam.store.db import default_db_path

            if path == default_db_path().resolve() or path == default_db_path():
                return True  # the first start: the per-user database is made without a question
            if screenshot is not None:
                return False
            answer = QMessageBox.question(
                state["window"], "KAM", QCoreApplication.translate(
                    "Startup", "There is no database at {0}. Create a new, empty one there?").format(path))
            return answer == QMessageBox.StandardButton.Yes

        def offer_restore(self, path: Path, backup: Path) -> bool:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QMessageBox

            if screenshot is not None:
                return False
            answer = QMessageBox.question(
                state["window"], "KAM", QCoreApplication.translate(
                    "Startup", "The database {0} is damaged and cannot be opened. It will be kept aside as a "
                               ".broken file (nothing is deleted). Restore the newest good backup, {1}?")
                .format(path, backup.name))
            return answer == QMessageBox.StandardButton.Yes

        def warn(self, message: str) -> None:
            from PySide6.QtWidgets import QMessageBox

            if screenshot is None:
                QMessageBox.warning(state["window"], "KAM", message)

    def open_db(where: str | None) -> Any:
        from kam.app import open_app

        return open_app(where, front=Dialogs(), user=user or settings.get("user") or None,
                        daily_backup=screenshot is None)

    def make_window(language: str) -> MainWindow:
        window = MainWindow(language, settings=settings)
        window.language_changed.connect(switch_language)
        window.restore_requested.connect(restore_backup)
        return window

    def restore_backup(path: str) -> None:
        """Close the database, restore the verified backup, reopen, and show the restored dossiers."""
        from PySide6.QtWidgets import QMessageBox

        from kam.errors import UserError
        from kam.store.backups import restore

        ctx = state["ctx"]
        if ctx is None or ctx.path is None:
            return
        old = state["window"]
        ctx.close()
        try:
            kept = restore(ctx.path, Path(path), ctx.db_key)
        except (UserError, OSError) as exc:
            QMessageBox.warning(old, "KAM", str(exc))
            kept = None
        state["ctx"] = open_db(str(ctx.path))
        window = make_window(old.lang)
        window.attach(state["ctx"].services)
        window.show()
        old.close()
        state["window"] = window
        if kept is not None:
            QMessageBox.information(window, "KAM", f"Restored from {path}. The previous database was kept as {kept}.")

    def switch_language(language: str) -> None:
        old = state["window"]
        i18n.install(language)
        window = make_window(language)
        window.attach(state["ctx"].services)
        if old.current_account is not None:
            window.open_account(old.current_account)
        window.show()
        old.close()
        state["window"] = window

    def attach() -> None:
        install_cjk_fallback(app)  # type: ignore[arg-type]  # (again is harmless) before any data shows

        from kam.errors import UserError

        try:
            ctx = open_db(db or settings.get("database") or None)
        except UserError as exc:
            from PySide6.QtWidgets import QMessageBox

            if screenshot is not None:
                print(f"kam: {exc}", file=sys.stderr)
            else:
                QMessageBox.critical(state["window"], "KAM", str(exc))
            state["code"] = 1
            app.quit()
            return
        state["ctx"] = ctx
        from ui import session_lock

        state["session_lock"] = session_lock.install(app, state["window"], ctx.services.vault.lock)
        window = state["window"]
        if ctx.path is None:
            from sqlalchemy.engine import make_url

            window.team_url = ctx.url
        window.setWindowTitle(f"KAM — {ctx.path or make_url(ctx.url).render_as_string(hide_password=True)}")
        window.attach(ctx.services)
        if account:
            window.open_account(ctx.services.accounts.resolve(account).id)
        elif window.model.rowCount():
            window.table.selectRow(0)
        if section:
            window.show_section(section)

    state["window"] = make_window(language)
    state["window"].show()
    if screenshot is not None:
        attach()
        if state["code"]:
            return state["code"]
        app.processEvents()
        ok = state["window"].grab().save(str(screenshot))
        state["ctx"].close()
        if not ok:
            print(f"kam: could not write {screenshot}", file=sys.stderr)
            return 1
        return 0
    QTimer.singleShot(0, attach)  # after the first paint
    code = app.exec()
    if state["ctx"] is not None:
        state["ctx"].close()
    return code or state["code"]
