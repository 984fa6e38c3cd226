"""Helpers shared by tests (not a test module)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path


def kam_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `kam` command as a separate process (outside the checkout)."""
    return subprocess.run([sys.executable, "-m", "kam", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=dict(os.environ) | (env or {}), timeout=300)


# The raw SQLCipher key every test database is created with (conftest sets KAM_DB_KEY).
TEST_DB_KEY = "5e" * 32


def connect_raw(path: Path):  # type: ignore[no-untyped-def]
    """A bare DB-API connection (no kam pragmas, foreign keys off) to a test database, plain or encrypted."""
    from kam.store.db import connect_file, file_kind
    from kam.store.dbkey import DbKey

    key = DbKey(TEST_DB_KEY, True, "test") if file_kind(path) == "encrypted" else None
    return connect_file(path, key)


# The demo's accounts the tests use, by name: what an account is called does not depend on load order.
GROUP = "华东精密机械集团有限公司"  # li.na's largest account, 60 people, an approved plan
SUZHOU = "华东精密（苏州）传动有限公司"  # a subsidiary of GROUP
HEFEI = "华东精密（合肥）机器人有限公司"  # another subsidiary
DINGXIN = "鼎新電子股份有限公司"  # written in Traditional Chinese, a Taiwanese customer
HARBOUR = "港灣航運工程有限公司"  # a small Traditional-Chinese account
NORDHAFEN = "Nordhafen Automotive GmbH"  # a German customer
CHANGJIANG = "长江重工集团"  # a Chinese economic account


def account_id(services, name: str) -> int:  # type: ignore[no-untyped-def]
    """A demo account by its name (Chinese or English) — never by the numeric id it happened to get."""
    return int(services.accounts.resolve(name).id)


def team_demo(pg):  # type: ignore[no-untyped-def]
    """The demo in a new database of the session's PostgreSQL server, in team mode, with logins for li.na (a KAM)
    and chen.vp (her VP), password ``pw``. Logins belong to the whole server, so each is named after this
    database: ``{tag}.li.na``. Returns the owner's open context (the caller closes it), the owner's URL and
    the tag."""
    from kam import demo
    from kam.app import bootstrap
    from kam.team import setup

    admin_url = pg.new_database()
    owner = bootstrap(admin_url)
    owner.services.register.set_up(demo.DEMO_REGISTER_PASSPHRASE)
    tag = admin_url.rsplit("/", 1)[1]
    with owner.engine.begin() as c:
        demo.load(c, dt.date.today(), register_key=owner.services.vault.key())
        setup.init_team(c)
        for name, group in (("li.na", "kam_kam"), ("chen.vp", "kam_vp")):
            c.exec_driver_sql(f"UPDATE users SET username = '{tag}.{name}' WHERE username = '{name}'")
            c.exec_driver_sql(f'CREATE ROLE "{tag}.{name}" LOGIN PASSWORD \'pw\' IN ROLE {group}')
    return owner, admin_url, tag
