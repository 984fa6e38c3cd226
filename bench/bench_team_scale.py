"""Team mode at portfolio scale (issue #19, row 6): 5 000 accounts on PostgreSQL with row-level security.

Starts a throwaway cluster (tests/pg_cluster.py), loads ``kam demo --scale N`` (default 5 000 accounts) into
it as the owner, runs ``kam team init``'s setup (row-level security on every dossier table), gives the demo's
li.na (a KAM) and chen.vp (her VP) logins, then times, as li.na and as chen.vp (and as the owner, who is not
subject to row-level security, for comparison):

* in-process (the services the windows call, one open connection, median of ``--runs`` after one warm call):
  the VP's portfolio (``portfolio.rows``), the KAM scorecards, the account list, value scores, Pareto — with the
  garbage collector as in a kam process (``kam.startup``: paused while it starts, what the start made frozen once
  the database is open), not scanning SQLAlchemy's and the models' objects again at each collection;
* whole processes (``python -m kam --db URL …``, median of ``--runs`` after one warm run): ``kam accounts
  --json`` and ``kam scorecard --json`` — what a person at a terminal waits for, start-up included; and
  ``kam accounts --json`` by part (kam's start, importing psycopg, the connection, the query and its rows, the
  JSON, the interpreter's own start and exit), to see where a whole process's time goes.

Targets (issue #19): VP portfolio ≤ 2 s, scorecards ≤ 1 s, account list ≤ 0.3 s.

Run: python bench/bench_team_scale.py [--scale 5000] [--runs 5]
     python bench/bench_team_scale.py --url postgresql+psycopg://postgres:…@127.0.0.1:PORT/kam   (a database
     this script built before and left running with --keep: no cluster started, nothing loaded)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

TARGETS = {"portfolio": 2.0, "KAM scorecards": 1.0, "account list": 0.3}


def timed(call: Callable[[], Any], runs: int) -> tuple[float, int]:
    result = call()  # warm: the connection pool, the server's caches and plans
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - t)
    return statistics.median(times), len(result) if isinstance(result, list) else 1


def process(argv: list[str], runs: int) -> float:
    env = dict(os.environ, KAM_LANG="en")
    subprocess.run(argv, check=True, capture_output=True, env=env)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


# A whole `kam accounts --json` in a child process, with the time of each part of its path: kam's start (what
# `python -m kam` imports), importing psycopg, the connection (kam.store.quick: connect, schema version), the
# query and its rows (kam.account_list.read_accounts), and the command's own work (its arguments, the JSON);
# the parent adds the interpreter's own start and exit (the process's wall time less the child's own count).
SPLIT_CHILD = """
import json, sys, time
t0 = time.perf_counter()
from kam import startup
startup.pause()
import kam.cli.main
t1 = time.perf_counter()
import psycopg
t2 = time.perf_counter()
import kam.account_list, kam.store.quick
marks = {}
def timed(name, call):
    def run(*args):
        t = time.perf_counter()
        try:
            return call(*args)
        finally:
            marks[name] = time.perf_counter() - t
    return run
kam.store.quick.open_server_for_reading = timed("connection", kam.store.quick.open_server_for_reading)
kam.account_list.read_accounts = timed("query and rows", kam.account_list.read_accounts)
t3 = time.perf_counter()
assert kam.cli.main.main(["--db", sys.argv[1], "accounts", "--json"]) == 0
t4 = time.perf_counter()
rest = t4 - t3 - sum(marks.values())
sys.stderr.write(json.dumps({"kam start": t1 - t0, "import psycopg": t2 - t1, **marks,
                             "the command (arguments, JSON)": rest, "in the child": t4 - t0,
                             "cpu": time.process_time()}))
"""


def split(url: str, runs: int) -> dict[str, float]:
    """Medians of each part of a whole `kam accounts --json` (SPLIT_CHILD), after one warm run."""
    env = dict(os.environ, KAM_LANG="en")
    seen: dict[str, list[float]] = {}
    for i in range(runs + 1):
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", SPLIT_CHILD, url], check=True, capture_output=True, env=env,
                              text=True)
        wall = time.perf_counter() - t
        parts = json.loads(done.stderr)
        parts["interpreter start and exit"] = wall - parts.pop("in the child")
        parts["process (wall)"] = wall
        if i:
            for name, seconds in parts.items():
                seen.setdefault(name, []).append(seconds)
    return {name: statistics.median(values) for name, values in seen.items()}


def build(url: str, scale: int) -> None:
    from kam.app import bootstrap
    from kam.team import setup

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kam", "--db", url, "demo", "--scale", str(scale)],
                   check=True, capture_output=True, text=True)
    print(f"kam demo --scale {scale} into PostgreSQL: {time.perf_counter() - started:.0f} s", flush=True)
    owner = bootstrap(url)
    with owner.engine.begin() as conn:
        setup.init_team(conn)
        conn.exec_driver_sql('CREATE ROLE "li.na" LOGIN PASSWORD \'pw\' IN ROLE kam_kam')
        conn.exec_driver_sql('CREATE ROLE "chen.vp" LOGIN PASSWORD \'pw\' IN ROLE kam_vp')
        conn.exec_driver_sql("ANALYZE")
    owner.close()


def measure(url: str, runs: int) -> None:
    from kam import startup

    startup.pause()  # as a kam process starts (kam.startup): the collector off while the modules load, …
    from kam.app import bootstrap

    base = url.split("@", 1)[1]
    urls = {"owner": url, "li.na": f"postgresql+psycopg://li.na:pw@{base}",
            "chen.vp": f"postgresql+psycopg://chen.vp:pw@{base}"}
    year = time.localtime().tm_year
    rows: list[tuple[str, str, str, int, float]] = []
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores",
          flush=True)
    for who, who_url in urls.items():
        ctx = bootstrap(who_url)
        startup.settle()  # … and what the start made frozen once the database is open (kam.app.open_app)
        sv = ctx.services
        for label, call in (("account list", sv.accounts.rows), ("portfolio", lambda sv=sv: sv.portfolio.rows()),
                            ("KAM scorecards", lambda sv=sv: sv.scorecards.scorecards(year)),
                            ("value scores", sv.analysis.scores), ("Pareto", sv.analysis.pareto)):
            seconds, n = timed(call, runs)
            rows.append((who, "in-process", label, n, seconds))
            print(f"  {who:8s} in-process {label:15s} {n:5d} rows  {seconds * 1000:7.0f} ms", flush=True)
        ctx.close()
    for who in ("li.na", "chen.vp"):
        for label, args in (("account list", ["accounts", "--json"]), ("KAM scorecards", ["scorecard", "--json"])):
            seconds = process([sys.executable, "-m", "kam", "--db", urls[who], *args], runs)
            rows.append((who, "process", label, 0, seconds))
            print(f"  {who:8s} process    kam {' '.join(args):17s}  {seconds * 1000:7.0f} ms", flush=True)
    for who in ("li.na", "chen.vp"):
        parts = split(urls[who], runs)
        print(f"  {who:8s} kam accounts --json, by part (medians; cpu: the child's user+sys): "
              + ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in parts.items()), flush=True)
    print(f"\n| who | how | what | rows | median of {runs} | target |")
    print("|---|---|---|---|---|---|")
    for who, how, label, n, seconds in rows:
        target = TARGETS.get(label)
        verdict = "—" if target is None else f"≤ {target:g} s {'ok' if seconds <= target else 'MISSED'}"
        print(f"| {who} | {how} | {label} | {n or ''} | {seconds * 1000:.0f} ms | {verdict} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--url", help="the owner's URL of a database built by an earlier run (--keep)")
    parser.add_argument("--keep", action="store_true", help="leave the cluster running and print its URL")
    args = parser.parse_args()
    if args.url:
        measure(args.url, args.runs)
        return
    sys.path.insert(0, str(ROOT / "tests"))  # the throwaway cluster helper
    from pg_cluster import start_cluster

    cluster = start_cluster()
    try:
        url = cluster.create_database("kam")
        build(url, args.scale)
        measure(url, args.runs)
    finally:
        if args.keep:
            print(f"cluster left running: --url {url}  (stop: pg_ctl -D {cluster.data} stop)")
        else:
            cluster.stop()


if __name__ == "__main__":
    main()
