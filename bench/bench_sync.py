"""Sync benchmark (issue #18), on loopback against a throwaway PostgreSQL cluster.

A KAM's laptop with ``--accounts`` generated accounts (the demo generator, ≈ 400 rows each) is bound to a team
server and synced for the first time; then a sync with nothing changed; then one after 100 local edits
(people's titles); then a fresh laptop of the same user takes everything. With ``--vp-accounts N``, also a VP
whose team owns N accounts on the server: his empty laptop is bound and takes them all. Targets from the issue:
nothing changed ≤ 0.2 s, 100 edits ≤ 1 s, first sync of 200 accounts (≈ 80 000 rows) ≤ 15 s, a VP's laptop
taking 1 000 accounts ≤ 60 s. Each case prints its wall time, this process's CPU time and the server's.

Run: python bench/bench_sync.py [--accounts 200] [--vp-accounts 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # kam from the checkout when not installed

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


class Clock:
    """One step's wall time, this process's CPU time and the server's CPU time (its backends, those that ended
    included), read from /proc (Linux; the server's CPU is left out elsewhere)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def _server_cpu(self) -> float | None:
        try:
            pm = int((self.data_dir / "postmaster.pid").read_text().split()[0])
            tick = os.sysconf("SC_CLK_TCK")
            own = Path(f"/proc/{pm}/stat").read_text().rsplit(")", 1)[1].split()
            total = sum(int(x) for x in own[11:15])  # utime, stime, cutime, cstime (backends that ended)
            for proc in Path("/proc").iterdir():
                if proc.name.isdigit():
                    try:
                        f = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                    except OSError:
                        continue
                    if int(f[1]) == pm:
                        total += int(f[11]) + int(f[12])
            return total / tick
        except (OSError, ValueError):
            return None

    def __enter__(self) -> Clock:
        self.server0 = self._server_cpu()
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0
        after = self._server_cpu()
        self.server = None if after is None or self.server0 is None else after - self.server0

    def __str__(self) -> str:
        server = f", server CPU {self.server:.2f} s" if self.server is not None else ""
        return f"{self.wall:.3f} s (client CPU {self.cpu:.2f} s{server})"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=200, help="the KAM's laptop (0: skip these cases)")
    parser.add_argument("--vp-accounts", type=int, default=0,
                        help="also: a VP's empty laptop taking this many accounts of his team (issue: 1000)")
    args = parser.parse_args()


    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the throwaway cluster helper
    from pg_cluster import start_cluster

    print(f"load average before: {os.getloadavg()[0]:.2f} (2-core machine shared with others)")
    cluster = start_cluster()
    work = Path(tempfile.mkdtemp(prefix="kam-bench-sync-"))
    try:
        if args.accounts:
            kam_cases(cluster, work, args.accounts)
        if args.vp_accounts:
            vp_case(cluster, work, args.vp_accounts)
    finally:
        cluster.stop()
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


def kam_cases(cluster: Any, work: Path, accounts: int) -> None:
    from sqlalchemy import text

    from kam import demo
    from kam.app import bootstrap
    from kam.sync import engine as sync
    from kam.sync.tables import metas
    from kam.team import setup
    from kam.vocab import UserRole

    admin_url = cluster.create_database("team")
    owner = bootstrap(admin_url)
    with owner.engine.begin() as conn:
        setup.init_team(conn)
        setup.add_user(conn, "li.na", UserRole.KAM, password="pw-li")
    owner.close()
    url = f"postgresql+psycopg://li.na:pw-li@{admin_url.split('@', 1)[1]}"
    lap = bootstrap(str(work / "laptop.sqlite3"), encrypt_new=False)
    with lap.engine.begin() as conn:
        demo.load(conn, dt.date(2026, 12, 3), scale=accounts)
    with lap.engine.connect() as conn:
        rows = sum(conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() for name in metas())
    server = sync.server_engine(url)
    with Clock(cluster.data) as t_first:
        sync.bind(lap.engine, server, url.split("@", 1)[1])
        first = sync.sync(lap.engine, server)
    assert not first.refused, [c["message"] for c in sync.open_conflicts(lap.engine)[:3]]
    print(f"first sync: {accounts} accounts, {rows} rows ({first.pushed} pushed, {first.batches} batches): "
          f"{t_first}")
    with Clock(cluster.data) as t_idle:
        idle = sync.sync(lap.engine, server)
    assert (idle.pushed, idle.pulled) == (0, 0), idle
    print(f"nothing changed: {t_idle}")
    with lap.engine.begin() as conn:
        ids = conn.execute(text("SELECT id FROM people ORDER BY id LIMIT 100")).scalars().all()
        for i, pid in enumerate(ids):
            conn.execute(text("UPDATE people SET title = :t, version = version + 1 WHERE id = :i"),
                         {"t": f"职位 {i}", "i": pid})
    with Clock(cluster.data) as t_edits:
        edits = sync.sync(lap.engine, server)
    assert edits.pushed == len(ids), edits
    print(f"after {len(ids)} edits: {t_edits}")
    fresh = bootstrap(str(work / "fresh.sqlite3"), encrypt_new=False)  # her second laptop: all comes down
    with Clock(cluster.data) as t_down:
        sync.bind(fresh.engine, server, url.split("@", 1)[1])
        down = sync.sync(fresh.engine, server)
    fresh.close()
    print(f"a fresh laptop taking the {accounts} accounts ({down.pulled} rows): {t_down}")
    server.dispose()
    lap.close()


def vp_case(cluster: Any, work: Path, accounts: int) -> None:
    """The server holds ``accounts`` accounts of the demo's KAMs, who all report to chen.vp; his empty laptop is
    bound and takes them all."""
    from sqlalchemy import text

    from kam import demo
    from kam.app import bootstrap
    from kam.sync import engine as sync
    from kam.team import setup
    from kam.vocab import UserRole

    admin_url = cluster.create_database("vpteam")
    owner = bootstrap(admin_url)
    started = time.perf_counter()
    with owner.engine.begin() as conn:
        setup.init_team(conn)
        demo.load(conn, dt.date(2026, 12, 3), scale=accounts)
        setup.add_user(conn, "chen.vp", UserRole.VP, password="pw-chen")
    with owner.engine.connect() as conn:
        held = conn.execute(text("SELECT count(*) FROM accounts")).scalar_one()
    owner.close()
    print(f"(server loaded with {held} accounts in {time.perf_counter() - started:.0f} s)")
    url = f"postgresql+psycopg://chen.vp:pw-chen@{admin_url.split('@', 1)[1]}"
    server = sync.server_engine(url)
    lap = bootstrap(str(work / "vp.sqlite3"), encrypt_new=False)
    with Clock(cluster.data) as t_vp:
        sync.bind(lap.engine, server, url.split("@", 1)[1])
        got = sync.sync(lap.engine, server)
    with lap.engine.connect() as conn:
        there = conn.execute(text("SELECT count(*) FROM accounts")).scalar_one()
    assert there == held, (there, held)
    print(f"a VP's laptop taking {there} accounts of his team ({got.pulled} rows): {t_vp}")
    server.dispose()
    lap.close()


if __name__ == "__main__":
    sys.exit(main())
