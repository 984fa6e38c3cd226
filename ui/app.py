"""Start the desktop application (or render it offscreen into a PNG)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run(db: str | None = None, user: str | None = None, screenshot: Path | None = None,
        account: str | None = None, lang: str | None = None, section: str | None = None) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.fonts import install_cjk_fallback

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("KAM")
    app.setOrganizationName("kam")
    install_cjk_fallback(app)  # type: ignore[arg-type]

    from kam.app import bootstrap
    from ui.main_window import MainWindow

    ctx = bootstrap(db, user=user)
    window = MainWindow(ctx.services, lang or "en", str(ctx.path or ""))
    if account:
        window.open_account(ctx.services.accounts.resolve(account).id)
    elif window.model.rowCount():
        window.table.selectRow(0)
    if section:
        window.show_section(section)
    window.show()
    if screenshot is not None:
        app.processEvents()
        ok = window.grab().save(str(screenshot))
        ctx.close()
        if not ok:
            print(f"kam: could not write {screenshot}", file=sys.stderr)
            return 1
        return 0
    code = app.exec()
    ctx.close()
    return code
