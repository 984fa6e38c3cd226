"""The audit chain detects edited, deleted and reordered entries."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kam.services import audit

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL


@pytest.fixture
def chained(ctx):  # type: ignore[no-untyped-def]
    acc = ctx.services.accounts.create(name_en="A").id
    for _ in range(3):
        ctx.services.accounts.delete(acc)
        ctx.services.accounts.restore(acc)
    return ctx


def _verify(ctx):  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        return audit.verify(s)


def test_intact_chain_verifies(chained) -> None:  # type: ignore[no-untyped-def]
    report = _verify(chained)
    assert report.ok
    assert report.entries == 6


@pytest.mark.parametrize(("sql", "bad_id"), [
    ("UPDATE audit_log SET username = 'mallory' WHERE id = 3", 3),
    ("DELETE FROM audit_log WHERE id = 2", 3),
    ("UPDATE audit_log SET action = 'account.restore' WHERE id = 5", 5),
])
def test_tampering_is_detected(chained, sql, bad_id) -> None:  # type: ignore[no-untyped-def]
    with chained.engine.begin() as conn:
        conn.execute(text(sql))
    report = _verify(chained)
    assert not report.ok
    assert report.first_bad_id == bad_id
