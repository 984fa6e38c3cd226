"""Team mode at portfolio scale: the VP's screens over 1 000 accounts on PostgreSQL with row-level security.

Starts a throwaway cluster, loads ``kam demo --scale N`` (default 1 000 accounts, ≈ 400 000 rows) as the owner,
runs ``kam team init``'s setup, gives the demo's li.na (a KAM) and chen.vp (her VP) logins, then times what the
portfolio window and the account list read, as the owner (no row-level security), as li.na and as chen.vp.

Run: python bench/bench_team_scale.py [--scale 1000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=1000)
    args = parser.parse_args()

    from kam.app import bootstrap
    from kam.team import setup
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the throwaway cluster helper
    from pg_cluster import start_cluster

    cluster = start_cluster()
    try:
        url = cluster.create_database("kam")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kam", "--db", url, "demo", "--scale", str(args.scale)],
                       check=True, capture_output=True, text=True)
        print(f"kam demo --scale {args.scale} into PostgreSQL: {time.perf_counter() - started:.0f} s")
        owner = bootstrap(url)
        with owner.engine.begin() as conn:
            setup.init_team(conn)
            conn.exec_driver_sql('CREATE ROLE "li.na" LOGIN PASSWORD \'pw\' IN ROLE kam_kam')
            conn.exec_driver_sql('CREATE ROLE "chen.vp" LOGIN PASSWORD \'pw\' IN ROLE kam_vp')
        base = url.split("@", 1)[1]
        logins = {"owner": owner, "li.na": bootstrap(f"postgresql+psycopg://li.na:pw@{base}"),
                  "chen.vp": bootstrap(f"postgresql+psycopg://chen.vp:pw@{base}")}
        year = time.localtime().tm_year
        for who, ctx in logins.items():
            sv = ctx.services
            for label, call in (("account list", sv.accounts.rows), ("portfolio", sv.portfolio.rows),
                                ("value scores", sv.analysis.scores),
                                ("KAM scorecards", lambda sv=sv: sv.scorecards.scorecards(year)),
                                ("Pareto", sv.analysis.pareto)):
                call()  # warm
                t = time.perf_counter()
                result = call()
                n = len(result) if isinstance(result, list) else 1
                print(f"  {who:8s} {label:15s} {n:5d} rows  {(time.perf_counter() - t) * 1000:7.0f} ms")
        for ctx in logins.values():
            ctx.close()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
