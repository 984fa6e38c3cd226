"""The sync's global ids (kam.model.base.new_gid): UUIDv7 as RFC 9562 lays it out, unique and rising."""

from __future__ import annotations

import os
import time
import uuid

import pytest

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


@pytest.mark.skipif(not hasattr(os, "fork"), reason="Windows has no fork")
def test_a_forked_child_never_makes_its_parents_ids() -> None:
    """The random parts come from a pool (kam.model.base._random80): a child must not reuse the parent's."""
    new_gid()  # the pool is filled now
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next ids, to the parent
        os.close(read)
        os.write(write, "\n".join(new_gid() for _ in range(100)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        theirs = pipe.read().split()
    os.waitpid(pid, 0)
    mine = [new_gid() for _ in range(100)]
    assert len(theirs) == 100

    def random_bits(text: str) -> int:
        return uuid.UUID(text).int & ((1 << 62) - 1)

    assert not {random_bits(t) for t in theirs} & {random_bits(t) for t in mine}
