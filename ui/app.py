"""Start the desktop application (or render it offscreen into a PNG).

Order matters for start-up time: Qt and the window first (≈0.2 s), then, after
the first paint, SQLAlchemy, the database and the first queries.

When the database needs nothing but opening (``kam.store.quick.open_for_reading``), the first paint already
shows the account list and the first dossier, read through one DB-API connection without SQLAlchemy
(``kam.first_view``); the database is then opened the full way (``kam.app.open_app``: the start-up policy, the
daily backup) and the window takes the real services, keeping what it shows. A capture of the first view
(``--first-view``) is taken from that first paint.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def run(db: str | None = None, user: str | None = None, screenshot: Path | None = None,
        account: str | None = None, lang: str | None = None, section: str | None = None, show: str = "window",
        size: tuple[int, int] | None = None, first_view: bool = False) -> int:
    """Show the window, then (after the first paint) open the database and fill it, and open ``show`` over it
    (ui.views); with ``screenshot`` render that offscreen into the PNG and exit (``first_view``: as soon as the
    account list and the first dossier show, not waiting for the reminders that fill in after them).
    ``size``: the window's."""
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    launcher = Launcher(db=db, user=user, screenshot=screenshot, account=account, lang=lang, section=section,
                        show=show, size=size)
    return launcher.screenshot(first_view) if screenshot is not None else launcher.exec()


class Dialogs:
    """The start-up policy's questions (kam.app.open_app), answered by the person in dialogs;
    offscreen (--screenshot) nobody is asked."""

    def __init__(self, launcher: Launcher) -> None:
        self.launcher = launcher
        self.quiet = launcher.screenshot_path is not None

    def ask_passphrase(self, path: Path, creating: bool) -> str | None:
        """The database passphrase where no credential store keeps its key (never in screenshot mode)."""
        if self.quiet:
            return None
        from PySide6.QtCore import QCoreApplication

        from ui.register import ask_secret

        parent = self.launcher.window
        if creating:
            return ask_secret(
                parent, QCoreApplication.translate("Startup", "New database passphrase"),
                QCoreApplication.translate("Startup", "This computer has no credential store. Choose a passphrase "
                                                      "to encrypt {0}; it cannot be recovered if forgotten:")
                .format(path), confirm=True)
        return ask_secret(parent, QCoreApplication.translate("Startup", "Database passphrase"),
                          QCoreApplication.translate("Startup", "Passphrase for {0}:").format(path))

    def confirm_create(self, path: Path) -> bool:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from kam.store.db import default_db_path

        if path == default_db_path().resolve() or path == default_db_path():
            return True  # the first start: the per-user database is made without a question
        if self.quiet:
            return False
        answer = QMessageBox.question(
            self.launcher.window, "KAM", QCoreApplication.translate(
                "Startup", "There is no database at {0}. Create a new, empty one there?").format(path))
        return answer == QMessageBox.StandardButton.Yes

    def offer_restore(self, path: Path, backup: Path) -> bool:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        if self.quiet:
            return False
        answer = QMessageBox.question(
            self.launcher.window, "KAM", QCoreApplication.translate(
                "Startup", "The database {0} is damaged and cannot be opened. It will be kept aside as a "
                           ".broken file (nothing is deleted). Restore the newest good backup, {1}?")
            .format(path, backup.name))
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, message: str) -> None:
        """A warning box; while the first view waits for the services, queued until they are there
        (``Launcher.say_warnings``), so that no dialog's event loop runs in the middle of the attach."""
        if self.quiet:
            return
        pending = self.launcher.pending
        if pending is not None and pending.real is None:
            self.launcher.warnings.append(message)
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.launcher.window, "KAM", message)


class Launcher:
    """The application's life: one QApplication, one database context, and the main window, which is
    replaced (same database) when the language changes or a backup is restored."""

    def __init__(self, *, db: str | None, user: str | None, screenshot: Path | None, account: str | None,
                 lang: str | None, section: str | None, show: str = "window",
                 size: tuple[int, int] | None = None) -> None:
        from importlib.resources import files

        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        from ui import i18n
        from ui.fonts import install_cjk_fallback, needed_at_first_paint
        from ui.settings import Settings

        self.db, self.user, self.screenshot_path = db, user, screenshot
        self.account, self.section, self.show = account, section, show
        self.shown: Any = None  # what --show opened over the window
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.app.setApplicationName("KAM")
        self.app.setOrganizationName("kam")
        QApplication.setWindowIcon(QIcon(str(files("kam.resources") / "icons" / "kam.png")))
        self.settings = Settings()
        language = lang or self.settings.language()
        if needed_at_first_paint(language):
            install_cjk_fallback(self.app)  # type: ignore[arg-type]
        i18n.install(language)
        self.ctx: Any = None
        self.code = 0
        self.session_lock: Any = None
        self._attaching = False
        self.warnings: list[str] = []  # open_app's warnings while the first view waited for the services
        self.window = self.new_window(language, size)
        self.pending = self.first_view(language, size)  # the list and the first dossier before SQLAlchemy

    # -- the two ways to run ------------------------------------------------------------------------

    def exec(self) -> int:
        from PySide6.QtCore import QTimer

        if self.pending is not None:  # the first view painted, then the database opened the full way
            from ui.main_window import BACKGROUND_LATEST_MS, FirstPaint

            self._painted = FirstPaint(self.window.table.viewport(), lambda: QTimer.singleShot(0, self.attach))
            QTimer.singleShot(BACKGROUND_LATEST_MS, self.attach)  # (a window not painted: minimised, hidden)
        else:
            QTimer.singleShot(0, self.attach)  # after the first paint
        code = self.app.exec()
        from PySide6.QtCore import QThreadPool

        # a sync still running on the worker thread ends first (its engines are its own; one cut off would be
        # resumed by the next sync, but Python must not be torn down under it)
        QThreadPool.globalInstance().waitForDone(35_000)
        if self.ctx is not None:
            self.ctx.close()
        elif self.pending is not None:  # closed before the services came
            self.pending.close()
        return code or self.code

    def screenshot(self, first_view: bool = False) -> int:
        assert self.screenshot_path is not None
        if first_view and self.pending is not None:  # the first view is painted before the services come
            return self._capture_first_view()
        self.attach()
        if self.code:
            return self.code
        reminders = getattr(self.window, "reminders", None)
        # the whole-portfolio reads (the reminders, the rest of a long list) start 100 ms after the list's first
        # paint, off the GUI thread: a capture of that first view ends before them
        self.app.processEvents()
        if reminders is not None and not first_view:  # read in the background after the first paint
            self.app.processEvents()  # (the read starts from a zero timer)
            reminders.wait()
        self.app.processEvents()
        ok = (self.shown or self.window).grab().save(str(self.screenshot_path))
        self.ctx.close()
        if not ok:
            print(f"kam: could not write {self.screenshot_path}", file=sys.stderr)
            return 1
        return 0

    def _capture_first_view(self) -> int:
        from kam import startup

        self.app.processEvents()  # the first paint (as ``screenshot``'s: twice, the layouts it posted too)
        self.app.processEvents()
        ok = self.window.grab().save(str(self.screenshot_path))
        self.pending.close()
        startup.settle()  # (the start-up ends here without open_app)
        if not ok:
            print(f"kam: could not write {self.screenshot_path}", file=sys.stderr)
            return 1
        return 0

    # -- the database and the window ------------------------------------------------------------------

    def new_window(self, language: str, size: tuple[int, int] | None) -> MainWindow:
        window = self.make_window(language)
        if size is not None:
            window.resize(*size)
        window.show()  # (laid out, not painted yet: the first paint comes from the event loop)
        return window

    def first_view(self, language: str, size: tuple[int, int] | None) -> Any:
        """The window's first view read through a plain DB-API connection (kam.first_view), when the database
        needs nothing but opening and the start shows the list and the first account's overview; else None
        (then ``attach`` fills the window after its first paint, as always). Returns the Pending services.

        A read that fails (a damaged page, a file changed under it) costs only the first view: its connection
        closes, the half-filled window (not painted yet) is replaced by an empty one, and the start goes the
        full way, where open_app says what is wrong (and offers a backup) as it always did."""
        if self.account or self.section not in (None, "overview") or self.show != "window":
            return None
        from kam.store.quick import local_file, open_for_reading

        db = self.db or self.settings.get("database") or None
        if local_file(db) is None:  # a team database: open_app opens it
            return None
        # open_app says the storage warning (and everything else) when it opens the database after this view
        conn = open_for_reading(db, self.user or self.settings.get("user") or None, lambda _message: None)
        if conn is None:
            return None
        from kam.first_view import FirstView, Pending
        from ui.fonts import install_cjk_fallback

        window = self.window
        try:
            quick = FirstView(conn, local_file(db))
            if quick.bound():  # its status bar shows the sync's state: the window waits for the services
                quick.close()
                return None
            install_cjk_fallback(self.app)  # type: ignore[arg-type]  # before any data shows
            pending = Pending(quick, self.attach)
            self.set_title(window, str(local_file(db)))
            window.statusBar()  # (empty: an unbound file's sync status says nothing; read with the services)
            window.attach(pending)  # type: ignore[arg-type]
            if window.model.rowCount():
                window.table.selectRow(0)
            pending.shown = True
        except Exception:  # whatever failed, open_app tells (a damaged file: its restore offer)
            conn.close()
            if hasattr(window, "model"):  # filled in part: an empty window instead, as without a first view
                self.window = self.new_window(language, size)
                window.detach()
                window.hide()  # (not closed: a window that never showed has no geometry to save)
                window.deleteLater()
            return None
        return pending

    def open_db(self, where: str | None) -> Any:
        from kam.app import open_app

        return open_app(where, front=Dialogs(self), user=self.user or self.settings.get("user") or None,
                        daily_backup=self.screenshot_path is None)

    def make_window(self, language: str) -> MainWindow:
        from ui.main_window import MainWindow

        window = MainWindow(language, settings=self.settings)
        window.language_changed.connect(self.switch_language)
        window.restore_requested.connect(self.restore_backup)
        return window

    def attach(self) -> None:
        """Open the database (asking what the start-up policy needs to ask) and fill the window (or give the
        window of the first view its services). Once: the first view's actions that need the services call it
        too (kam.first_view.Pending), whichever comes first."""
        if self.ctx is not None or self.code or self._attaching:
            return
        self._attaching = True
        try:
            self._attach()
        finally:
            self._attaching = False
        self.say_warnings()

    def say_warnings(self) -> None:
        """The warnings open_app gave while the first view waited for the services (its storage warning, a
        failed daily backup), now that they are there (or before saying why they are not)."""
        from PySide6.QtWidgets import QMessageBox

        while self.warnings:
            QMessageBox.warning(self.window, "KAM", self.warnings.pop(0))

    def _attach(self) -> None:
        from ui.fonts import install_cjk_fallback

        install_cjk_fallback(self.app)  # type: ignore[arg-type]  # (again is harmless) before any data shows
        from kam import startup
        from kam.errors import UnknownUser, UserError

        try:
            self.ctx = self.open_db(self.db or self.settings.get("database") or None)
        except UserError as exc:
            self.refuse(str(exc))
            return
        finally:  # (open_app does it once the database is open; a window left without one collects too)
            startup.settle()
        try:  # an explicit --user must be one of the database's users, as on every command
            self.ctx.require_user(self.user)
        except UnknownUser as exc:
            self.ctx.close()
            self.ctx = None
            self.refuse(str(exc), code=2)
            return
        from ui import session_lock

        # the register of whichever database is open locks with the session (a restore reopens it)
        self.session_lock = session_lock.install(self.app, self.window, lambda: self.ctx.services.vault.lock())
        self.show_database(self.window)
        if self.pending is not None:
            pass  # the first view shows on, with the selection and the scrolling as the person left them
        elif self.account:
            self.window.open_account(self.ctx.services.accounts.resolve(self.account).id)
        elif self.window.model.rowCount():
            self.window.table.selectRow(0)
        if self.section and self.pending is None:  # (the first view shows the overview: a tab chosen since stays)
            self.window.show_section(self.section)
        if self.show != "window":
            from ui.views import open_view

            try:
                self.shown = open_view(self.window, self.show)
            except UserError as exc:
                self.ctx.close()
                self.ctx = None
                self.refuse(str(exc))

    def refuse(self, message: str, code: int = 1) -> None:
        """The database cannot be opened (or not as the user named): say why in one line on stderr (and, on
        screen, in a message box) and end the application with ``code``, as the command line would."""
        from PySide6.QtWidgets import QMessageBox

        print(f"kam: {message}", file=sys.stderr)
        self.code = code
        if self.screenshot_path is None:
            self.say_warnings()
            QMessageBox.critical(self.window, "KAM", message)
        if self.pending is not None:  # (after the boxes: a read while they show still has the first view's)
            self.pending.close()
        self.app.quit()

    def show_database(self, window: MainWindow) -> None:
        ctx = self.ctx
        if ctx.path is None:
            from sqlalchemy.engine import make_url

            window.team_url = ctx.url
            where = make_url(ctx.url).render_as_string(hide_password=True)
        else:
            where = str(ctx.path)
        self.set_title(window, where)
        window.attach(ctx.services)
        if ctx.path is not None:  # a laptop file: its sync with the team server (none in a screenshot)
            from kam.sync.status import Local

            window.watch_sync(Local(ctx.url, ctx.db_key), auto=self.screenshot_path is None)

    @staticmethod
    def set_title(window: MainWindow, where: str) -> None:
        """The window's title names the database (the first view's and the services' the same way)."""
        window.setWindowTitle(f"KAM — {where}")

    def replace_window(self, language: str, account: int | None) -> MainWindow:
        """A new window on the same database (after a language change or a restore); the old one closes."""
        old = self.window
        window = self.make_window(language)
        self.show_database(window)
        if account is not None:
            window.open_account(account)
        old.detach()  # nothing of the old window reads the database or reaches its models any more
        window.show()
        if self.session_lock is not None:  # Windows tells the new window when the session locks
            from ui import session_lock

            session_lock.register(window)
        old.close()
        old.deleteLater()  # with its reminders dock (also when floating), portfolio window and dialogs
        self.window = window
        return window

    # -- what the window asks of the application --------------------------------------------------------

    def restore_backup(self, path: str) -> None:
        """Close the database, restore the verified backup, reopen, and show the restored dossiers."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from kam.errors import UserError
        from kam.store.backups import restore

        ctx = self.ctx
        if ctx is None or ctx.path is None:
            return
        self.window.detach()  # the old window stops reading the database before it is replaced
        ctx.close()
        try:
            kept = restore(ctx.path, Path(path), ctx.db_key)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self.window, "KAM", str(exc))
            kept = None
        self.ctx = self.open_db(str(ctx.path))
        window = self.replace_window(self.window.lang, None)
        if kept is not None:
            QMessageBox.information(window, "KAM", QCoreApplication.translate(
                "Startup", "Restored from {0}. The previous database was kept as {1}.").format(path, kept))

    def switch_language(self, language: str) -> None:
        from ui import i18n

        i18n.install(language)
        self.replace_window(language, self.window.current_account)
