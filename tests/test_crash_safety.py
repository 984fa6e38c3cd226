"""Crash safety, proved: kill a process at random moments during edits and imports (50 trials).

After every kill the database passes integrity_check and foreign_key_check,
every edit the process reported as committed is present, and no import is
half there (all 300 lines or none).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kam.app import bootstrap
from kam.model import Account, Contact, Person, Transaction

TRIALS = 50


@pytest.mark.slow
def test_kill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    ctx = bootstrap(str(db))
    ctx.services.accounts.create(name_zh="崩溃测试客户")
    ctx.close()
    worker = Path(__file__).with_name("crash_worker.py")
    rng = random.Random(20261123)
    committed: list[str] = []
    for trial in range(TRIALS):
        proc = subprocess.Popen([sys.executable, str(worker), str(db), str(trial)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, cwd=tmp_path)
        assert proc.stdout is not None
        ready = proc.stdout.readline()  # start-up takes what it takes on a busy machine; wait for it
        assert ready.strip() == "ready", (ready, proc.stderr.read() if proc.stderr else "")
        time.sleep(rng.random() * 0.6)  # then edits run until the kill, at a random moment
        proc.kill()  # SIGKILL on Linux, TerminateProcess on Windows: no clean-up runs
        out, _err = proc.communicate()
        committed += [line for line in out.splitlines() if line.strip()]
    assert len(committed) > TRIALS, "the worker hardly committed anything; the trial proves nothing"
    ctx = bootstrap(str(db))
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    with ctx.sessions() as s:
        names = set(s.scalars(select(Person.name)))
        purposes = set(s.scalars(select(Contact.purpose)))
        imports = dict(s.execute(select(Transaction.product, func.count()).group_by(Transaction.product)).all())
        notes = s.scalar(select(Account.notes))
    for line in committed:
        kind, _id, value = line.split(" ", 2)
        if kind == "person":
            assert value in names, line
        elif kind == "visit":
            assert value in purposes, line
        elif kind == "import":
            assert imports.get(value) == 300, line
    assert all(n == 300 for n in imports.values()), "an import was half written"
    if any(line.startswith("account ") for line in committed):
        assert notes is not None
        assert notes.startswith("note ")
    ctx.close()
    print(f"{len(committed)} committed operations survived {TRIALS} kills")
