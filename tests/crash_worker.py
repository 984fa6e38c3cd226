"""Run as a separate process by test_crash_safety: edits until killed, reporting each commit.

The first line is "ready" (start-up done); each line after it means "this
operation's transaction has committed"; the harness kills the process at a random moment and checks that every reported
edit survived and the file is intact.
"""

from __future__ import annotations

import random
import sys

from kam.app import bootstrap


def main() -> None:
    db, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    ctx = bootstrap(db)
    sv = ctx.services
    account = sv.accounts.rows()[0].id
    print("ready", flush=True)  # start-up is over: the harness starts its random delay from here
    n = 0
    while True:
        n += 1
        kind = rng.choice(["person", "account", "visit", "import"])
        if kind == "person":
            pid = sv.people.create(account, name=f"P{seed}-{n}", title="工程师").id
            print(f"person {pid} P{seed}-{n}", flush=True)
        elif kind == "account":
            sv.accounts.update(account, notes=f"note {seed}-{n}")
            print(f"account {account} note {seed}-{n}", flush=True)
        elif kind == "visit":
            cid = sv.records.log_contact(account, "2026-11-01", purpose=f"V{seed}-{n}").id
            print(f"visit {cid} V{seed}-{n}", flush=True)
        else:  # an import-sized transaction: 300 ERP lines, all or nothing
            lines = [{"occurred_on": "2026-10-01", "product": f"I{seed}-{n}", "quantity": "2",
                      "unit_price": "10.5", "gross_profit": "3", "external_ref": f"{seed}-{n}-{i}"} for i in range(300)]
            sv.records.add_transactions(account, lines)
            print(f"import {account} I{seed}-{n}", flush=True)


if __name__ == "__main__":
    main()
