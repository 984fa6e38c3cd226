"""Factions and influence lines edited after they are made: names, leaders, members, strength; exact undo."""

from __future__ import annotations

import pytest

from kam.errors import NotFound, ValidationError
from kam.vocab import InfluenceKind

BOTH_BACKENDS = True


@pytest.fixture
def account(ctx):  # type: ignore[no-untyped-def]
    return ctx.services.accounts.create(name_en="Huadong Precision").id


@pytest.fixture
def people(ctx, account):  # type: ignore[no-untyped-def]
    return [ctx.services.people.create(account, name=n).id for n in ("王总", "李工", "张经理", "赵会计")]


def test_faction_rename_leader_members(ctx, account, people) -> None:  # type: ignore[no-untyped-def]
    fs = ctx.services.factions
    fid = ctx.services.people.create_faction(account, "技术派", leader_id=people[0], member_ids=[people[1]]).id
    with pytest.raises(ValidationError) as err:
        ctx.services.people.create_faction(account, "技术派 ")
    assert err.value.field == "name"
    other = ctx.services.people.create_faction(account, "财务派").id
    with pytest.raises(ValidationError):
        fs.update_faction(other, name="技术派")
    fs.update_faction(fid, name="少壮派", leader_id=people[2])
    f = fs.faction(fid)
    assert (f.name, f.leader_id, f.member_ids) == ("少壮派", people[2], tuple(sorted(people[:3])))
    fs.add_members(fid, [people[3], people[1]])
    assert fs.faction(fid).member_ids == tuple(sorted(people))
    fs.remove_members(fid, [people[2]])  # the leader leaves: nobody leads
    f = fs.faction(fid)
    assert (f.leader_id, people[2] in f.member_ids) == (None, False)
    with pytest.raises(ValidationError):
        fs.remove_members(fid, [people[2]])
    stranger = ctx.services.people.create(ctx.services.accounts.create(name_en="Other").id, name="X").id
    with pytest.raises(ValidationError):
        fs.add_members(fid, [stranger])
    assert fs.faction(fid).member_ids == tuple(sorted([people[0], people[1], people[3]]))
    with pytest.raises(ValidationError):
        fs.update_faction(fid, colour="red")


def test_faction_delete_and_put_back(ctx, account, people) -> None:  # type: ignore[no-untyped-def]
    fs = ctx.services.factions
    fid = ctx.services.people.create_faction(account, "技术派", leader_id=people[0], member_ids=people[1:3]).id
    before = fs.snapshot_faction(fid)
    kept = fs.faction(fid)
    fs.delete_faction(fid)
    with pytest.raises(NotFound):
        fs.faction(fid)
    assert ctx.services.orgmap.org(account).factions == []
    fs.put_back_faction(before)
    assert fs.faction(fid) == kept
    assert fs.snapshot_faction(fid) == before


def test_influence_lines(ctx, account, people) -> None:  # type: ignore[no-untyped-def]
    fs, ps = ctx.services.factions, ctx.services.people
    lid = ps.add_influence(people[0], people[1], 3, "老同学", kind="classmate").id
    assert fs.lines(account)[0].kind == "classmate"
    with pytest.raises(ValidationError) as err:
        ps.add_influence(people[1], people[0], kind="enemy")
    assert err.value.field == "kind"
    with pytest.raises(ValidationError) as err:
        ps.add_influence(people[0], people[1])
    assert err.value.field == "target_id"
    with pytest.raises(ValidationError):
        ps.add_influence(people[0], people[0])
    fs.update_influence(lid, strength=1, note="关系一般", kind="同乡")  # a kind in any language
    row = fs.snapshot_influence(lid)
    assert [(ln.source_id, ln.target_id, ln.strength, ln.note, ln.kind) for ln in fs.lines(account)] == [
        (people[0], people[1], 1, "关系一般", "hometown")]
    with pytest.raises(ValidationError):
        fs.update_influence(lid, strength=4)
    fs.delete_influence(lid)
    assert fs.lines(account) == []
    fs.put_back_influence(row)
    assert fs.snapshot_influence(lid) == row
    assert ctx.services.orgmap.org(account).influence == [(people[0], people[1], 1, InfluenceKind.HOMETOWN)]
