"""The window while it syncs (issue #18: "sync never blocks the UI"), on loopback against a throwaway cluster.

A laptop file with ``--accounts`` demo accounts is connected to a team server from the window (the connect
dialog's path: bind + first sync on the worker thread), then 100 edits are made and File › Sync now runs.
Measured: the longest the window's event loop went without turning (a 10 ms timer) during each sync, how long
the status-bar read (kam.sync.status.status, on the window's thread after every edit) takes, and how long an edit
made on the window's thread while a sync runs waits for the file (SQLite: one writer at a time).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_gui_sync.py [--accounts 50]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # kam from the checkout when not installed

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=50)
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from kam import demo, replica
    from kam.app import bootstrap
    from kam.model import Person
    from kam.team import setup
    from kam.vocab import UserRole
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg_cluster import start_cluster

    app = QApplication.instance() or QApplication([])
    cluster = start_cluster()
    work = Path(tempfile.mkdtemp(prefix="kam-bench-gui-sync-"))
    try:
        admin_url = cluster.create_database("team")
        owner = bootstrap(admin_url)
        with owner.engine.begin() as conn:
            setup.init_team(conn)
            setup.add_user(conn, "li.na", UserRole.KAM, password="pw-li")
        owner.close()
        base = admin_url.split("@", 1)[1]
        lap = bootstrap(str(work / "laptop.sqlite3"), encrypt_new=False)
        with lap.engine.begin() as conn:
            demo.load(conn, dt.date(2026, 12, 3), scale=args.accounts)
        from ui.main_window import MainWindow

        w = MainWindow("en")
        w.attach(lap.services)
        w.watch_sync(replica.Local(lap.url, lap.db_key), auto=False)
        w.show()
        status = w.sync_status

        def while_syncing(start: object) -> tuple[float, float]:
            """(seconds the sync took, the longest event-loop gap in ms) while ``start()`` runs a sync."""
            gaps = [0.0]
            tick = QElapsedTimer()
            tick.start()
            timer = QTimer(interval=10)

            def ticked() -> None:
                gaps.append(tick.restart())
            timer.timeout.connect(ticked)
            timer.start()
            began = time.perf_counter()
            start()  # type: ignore[operator]
            while status.running:
                app.processEvents()
                time.sleep(0.001)
            took = time.perf_counter() - began
            timer.stop()
            return took, max(gaps) - 10

        outcome: list[str] = []
        took, gap = while_syncing(lambda: status.connect_to(f"postgresql://li.na@{base}", "pw-li",
                                                            lambda: outcome.append("ok"), outcome.append))
        print(f"connect + first sync of {args.accounts} accounts: {took:.2f} s ({outcome}); "
              f"longest event-loop gap {gap:.0f} ms")
        with lap.sessions() as s:
            people = s.scalars(select(Person).limit(100)).all()
            ids = [(p.id, p.version) for p in people]
        for pid, version in ids:
            lap.services.people.update(pid, expected_version=version, title="Director")
        began = time.perf_counter()
        for _ in range(20):
            replica.status(status.engine)
        print(f"status read (window thread, after each edit), {status.state.waiting} → "
              f"{replica.status(status.engine).waiting} waiting: {(time.perf_counter() - began) / 20 * 1000:.1f} ms")
        took, gap = while_syncing(status.sync_now)
        print(f"Sync now after 100 edits: {took:.2f} s; longest event-loop gap {gap:.0f} ms")
        # an edit on the window's thread while a sync runs: it waits for SQLite's single writer
        pid, _v = ids[0]
        waits = []
        status.sync_now()
        while status.running:
            began = time.perf_counter()
            lap.services.people.update(pid, title=f"Director {len(waits)}")
            waits.append(time.perf_counter() - began)
            app.processEvents()
        print(f"edits during a sync: {len(waits)}, longest {max(waits, default=0) * 1000:.0f} ms")
        w.close()
        status.wait()
        lap.close()
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
