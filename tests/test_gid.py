"""The sync's global ids (kam.model.base.new_gid): UUIDv7 as RFC 9562 lays it out, unique and rising."""

from __future__ import annotations

import time
import uuid

from kam.model.base import new_gid


def test_a_gid_is_a_uuid7_of_now_and_they_keep_rising() -> None:
    before = time.time_ns() // 1_000_000
    gids = [new_gid() for _ in range(2000)]
    assert len(set(gids)) == len(gids)
    assert gids == sorted(gids)  # time-ordered: ids made in the same millisecond rise too
    for text in gids:
        u = uuid.UUID(text)
        assert str(u) == text
        assert (u.version, u.variant) == (7, uuid.RFC_4122)
    first = uuid.UUID(gids[0]).int >> 80  # Unix milliseconds
    assert before <= first <= before + 60_000
    randoms = {uuid.UUID(t).int & ((1 << 62) - 1) for t in gids}
    assert len(randoms) == len(gids)  # the random bits differ
