"""Sync benchmark (issue #18), on loopback against a throwaway PostgreSQL cluster.

A KAM's laptop with ``--accounts`` generated accounts (the demo generator, ≈ 400 rows each) is bound to a team
server and synced for the first time; then a sync with nothing changed; then one after 100 local edits
(people's titles); then a fresh laptop of the same user takes everything. Targets from the issue: nothing changed ≤ 0.2 s, 100 edits ≤ 1 s, first sync of 200
accounts (≈ 80 000 rows) ≤ 15 s.

Run: python bench/bench_sync.py [--accounts 200]
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


class Clock:
    """Wall time, this process's CPU time, and the time spent waiting on the server inside batches
    (apply_batch and its commit) for one step."""

    def __init__(self) -> None:
        self.server = 0.0

    def __enter__(self) -> Clock:
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0

    def __str__(self) -> str:
        return f"{self.wall:.2f} s wall, client CPU {self.cpu:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=200)
    args = parser.parse_args()

    from sqlalchemy import text

    from kam import demo
    from kam.app import bootstrap
    from kam.sync import engine as sync
    from kam.sync.tables import metas
    from kam.team import setup
    from kam.vocab import UserRole
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the throwaway cluster helper
    from pg_cluster import start_cluster

    cluster = start_cluster()
    work = Path(tempfile.mkdtemp(prefix="kam-bench-sync-"))
    try:
        admin_url = cluster.create_database("team")
        owner = bootstrap(admin_url)
        with owner.engine.begin() as conn:
            setup.init_team(conn)
            setup.add_user(conn, "li.na", UserRole.KAM, password="pw-li")
        owner.close()
        url = f"postgresql+psycopg://li.na:pw-li@{admin_url.split('@', 1)[1]}"
        lap = bootstrap(str(work / "laptop.sqlite3"), encrypt_new=False)
        with lap.engine.begin() as conn:
            demo.load(conn, dt.date(2026, 12, 3), scale=args.accounts)
        with lap.engine.connect() as conn:
            rows = sum(conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() for name in metas())
        server = sync.server_engine(url)
        started = time.perf_counter()
        sync.bind(lap.engine, server, url.split("@", 1)[1])
        first = sync.sync(lap.engine, server)
        t_first = time.perf_counter() - started
        assert not first.refused, [c["message"] for c in sync.open_conflicts(lap.engine)[:3]]
        started = time.perf_counter()
        idle = sync.sync(lap.engine, server)
        t_idle = time.perf_counter() - started
        assert (idle.pushed, idle.pulled) == (0, 0), idle
        with lap.engine.begin() as conn:
            ids = conn.execute(text("SELECT id FROM people ORDER BY id LIMIT 100")).scalars().all()
            for i, pid in enumerate(ids):
                conn.execute(text("UPDATE people SET title = :t, version = version + 1 WHERE id = :i"),
                             {"t": f"职位 {i}", "i": pid})
        started = time.perf_counter()
        edits = sync.sync(lap.engine, server)
        t_edits = time.perf_counter() - started
        assert edits.pushed == len(ids), edits
        fresh = bootstrap(str(work / "fresh.sqlite3"), encrypt_new=False)  # her second laptop: all comes down
        started = time.perf_counter()
        sync.bind(fresh.engine, server, url.split("@", 1)[1])
        down = sync.sync(fresh.engine, server)
        t_down = time.perf_counter() - started
        fresh.close()
        print(f"first sync: {args.accounts} accounts, {rows} rows pushed ({first.pushed} rows, "
              f"{first.batches} batches): {t_first:.2f} s")
        print(f"nothing changed: {t_idle:.3f} s")
        print(f"a fresh laptop taking the {args.accounts} accounts ({down.pulled} rows): {t_down:.2f} s")
        print(f"after {len(ids)} edits: {t_edits:.3f} s")
        server.dispose()
        lap.close()
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
