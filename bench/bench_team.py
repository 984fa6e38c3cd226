"""Team-mode load benchmark (issue #9): 20 concurrent clients on one PostgreSQL server over loopback.

Starts a throwaway cluster (Debian's postgresql package), sets up team mode with
one VP and 9 KAMs (two laptops each, the VP on two as well: 20 clients), then
for ``--seconds`` (default 60) every client loops over a mix of operations
through the same services the app uses, as its own login (row-level security
on): 50 % reads (its account list, an account's people, the VP's portfolio),
30 % increments of a shared counter with optimistic locking (a conflict is
re-read and retried, as the conflict dialog lets a person do), 20 % visits
logged. At the end every counter must equal the number of increments the
clients saw succeed — no lost update — and no operation may have failed.

Run: python bench/bench_team.py [--seconds 60] [--clients 20]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # kam from the checkout when not installed

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()

    from kam.app import bootstrap
    from kam.errors import ConflictError
    from kam.team import setup
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the throwaway cluster helper
    from pg_cluster import start_cluster

    from kam.vocab import UserRole

    cluster = start_cluster()
    try:
        admin_url = cluster.create_database("team")
        base = admin_url.split("@", 1)[1]
        owner = bootstrap(admin_url)
        kams = [f"kam{i}" for i in range(1, 10)]
        with owner.engine.begin() as conn:
            setup.init_team(conn)
            setup.add_user(conn, "vp", UserRole.VP, password="pw-vp")
            for name in kams:
                setup.add_user(conn, name, UserRole.KAM, manager="vp", password=f"pw-{name}")
        owner.close()
        urls = {name: f"postgresql+psycopg://{name}:pw-{name}@{base}" for name in [*kams, "vp"]}
        counters: dict[str, list[int]] = {}  # login -> the person ids of its counters
        for name in kams:  # five accounts of 20 people each, and one counter person per account
            ctx = bootstrap(urls[name])
            counters[name] = []
            for a in range(5):
                acc = ctx.services.accounts.create(name_zh=f"{name} 客户 {a}", ka_type="economic",
                                                   owner_id=ctx.actor.user_id).id
                for p in range(20):
                    ctx.services.people.create(acc, name=f"员工 {a}-{p}", title="工程师")
                counters[name].append(ctx.services.people.create(acc, name="计数器", notes="0").id)
            ctx.close()
        logins = [kams[i % len(kams)] for i in range(args.clients - 2)] + ["vp", "vp"]
        latencies: dict[str, list[float]] = {"read": [], "increment": [], "visit": []}
        errors: list[str] = []
        done_increments: Counter[int] = Counter()
        conflicts = [0]
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds
        start_gate = threading.Barrier(len(logins))

        def client(n: int, login: str) -> None:
            rng = random.Random(n)
            ctx = bootstrap(urls[login])
            mine = counters.get(login, [])
            accounts = [r.id for r in ctx.services.accounts.rows()]
            start_gate.wait()
            try:
                while time.monotonic() < stop:
                    roll = rng.random()
                    kind = "read" if roll < 0.5 or login == "vp" else "increment" if roll < 0.8 else "visit"
                    t = time.perf_counter()
                    try:
                        if kind == "read":
                            if login == "vp":
                                ctx.services.portfolio.rows()
                            elif rng.random() < 0.5:
                                ctx.services.accounts.rows()
                            else:
                                ctx.services.people.rows(rng.choice(accounts))
                        elif kind == "increment":
                            pid = rng.choice(mine)
                            while True:
                                person = ctx.services.people.get(pid)
                                try:
                                    ctx.services.people.update(pid, expected_version=person.version,
                                                               notes=str(int(person.notes) + 1))
                                    break
                                except ConflictError:
                                    with lock:
                                        conflicts[0] += 1
                            with lock:
                                done_increments[pid] += 1
                        else:
                            ctx.services.records.log_contact(rng.choice(accounts), "2026-11-20",
                                                             purpose="bench visit")
                    except Exception as exc:  # counted and reported: the target is zero
                        with lock:
                            errors.append(f"{login} {kind}: {type(exc).__name__}: {exc}"[:300])
                        continue
                    with lock:
                        latencies[kind].append(time.perf_counter() - t)
            finally:
                ctx.close()

        threads = [threading.Thread(target=client, args=(i, login)) for i, login in enumerate(logins)]
        began = time.monotonic()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        elapsed = time.monotonic() - began
        check = bootstrap(admin_url)
        lost = 0
        for pid, n in done_increments.items():
            value = int(check.services.people.get(pid).notes)
            lost += n - value
        check.close()
        ops = sum(len(v) for v in latencies.values())
        print(f"{len(logins)} clients for {elapsed:.0f} s on loopback: {ops} operations ({ops / elapsed:.0f}/s), "
              f"{len(errors)} errors, {lost} lost updates, {conflicts[0]} optimistic-lock conflicts retried")
        for kind, values in latencies.items():
            if values:
                q = statistics.quantiles(values, n=20)
                print(f"  {kind:9s} n={len(values):6d}  p50 {statistics.median(values) * 1000:6.1f} ms  "
                      f"p95 {q[18] * 1000:6.1f} ms")
        for line in errors[:10]:
            print("  error:", line)
        return 0 if not errors and lost == 0 else 1
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
