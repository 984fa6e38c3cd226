"""Factions (派系) and informal influence lines on the org chart, edited after they are made.

``PeopleService.create_faction`` and ``PeopleService.add_influence`` make them;
here they are renamed, led, joined and left, re-weighted and deleted. Every
change can be undone exactly: ``snapshot_faction`` / ``put_back_faction`` and
``snapshot_influence`` / ``put_back_influence`` keep and restore the stored rows,
ids included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from kam import validate as v
from kam.errors import ValidationError
from kam.i18n import _
from kam.model import Faction, FactionMember, InfluenceLine, Person
from kam.model.base import table_of
from kam.services.base import Change, ServiceBase, get_or_404
from kam.vocab import InfluenceKind


@dataclass(frozen=True)
class FactionDetail:
    id: int
    account_id: int
    name: str
    leader_id: int | None
    description: str | None
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class InfluenceDetail:
    id: int
    source_id: int
    target_id: int
    strength: int  # 1 (weak) .. 3 (strong)
    note: str | None
    kind: InfluenceKind | None


def _same_account(s: Session, account_id: int, ids: Iterable[int], field: str) -> list[int]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    found = dict(s.execute(select(Person.id, Person.account_id)
                           .where(Person.id.in_(wanted), Person.deleted_at.is_(None))).all())
    for pid in wanted:
        if found.get(pid) != account_id:
            raise ValidationError(field, _("no person {id} at this account").format(id=pid))
    return wanted


class FactionService(ServiceBase):
    # --- reading

    def factions(self, account_id: int) -> list[FactionDetail]:
        with self.read() as s:
            members: dict[int, list[int]] = {}
            for fid, pid in s.execute(select(FactionMember.faction_id, FactionMember.person_id)
                                      .join(Faction).where(Faction.account_id == account_id)
                                      .order_by(FactionMember.person_id)):
                members.setdefault(fid, []).append(pid)
            return [FactionDetail(f.id, f.account_id, f.name, f.leader_id, f.description,
                                  tuple(members.get(f.id, ())))
                    for f in s.scalars(select(Faction).where(Faction.account_id == account_id).order_by(Faction.id))]

    def faction(self, faction_id: int) -> FactionDetail:
        with self.read() as s:
            f = get_or_404(s, Faction, faction_id, "faction")
            members = tuple(s.scalars(select(FactionMember.person_id).where(FactionMember.faction_id == faction_id)
                                      .order_by(FactionMember.person_id)))
            return FactionDetail(f.id, f.account_id, f.name, f.leader_id, f.description, members)

    def lines(self, account_id: int) -> list[InfluenceDetail]:
        with self.read() as s:
            return [InfluenceDetail(ln.id, ln.source_id, ln.target_id, ln.strength, ln.note,
                                    InfluenceKind(ln.kind) if ln.kind else None)
                    for ln in s.scalars(select(InfluenceLine).where(InfluenceLine.account_id == account_id)
                                        .order_by(InfluenceLine.id))]

    # --- factions

    def update_faction(self, faction_id: int, **data: Any) -> Change:
        """Rename a faction, change its description, its members (``member_ids``) or its leader (who becomes a
        member; a leader who is no longer a member no longer leads it)."""
        unknown = sorted(set(data) - {"name", "description", "leader_id", "member_ids"})
        if unknown:
            raise ValidationError(unknown[0], _("is not a field of a faction"))
        with self.unit() as s:
            f = get_or_404(s, Faction, faction_id, "faction")
            members = list(s.scalars(select(FactionMember.person_id).where(FactionMember.faction_id == faction_id)))
            before = {"name": f.name, "description": f.description, "leader_id": f.leader_id,
                      "member_ids": sorted(members)}
            if "name" in data:
                f.name = self._name(s, f.account_id, data["name"], faction_id)
            if "description" in data:
                f.description = v.text(data["description"], "description")
            if "member_ids" in data:
                members = _same_account(s, f.account_id, data["member_ids"], "member_ids")
            if "leader_id" in data:
                f.leader_id = data["leader_id"]
            if f.leader_id is not None:
                _same_account(s, f.account_id, [f.leader_id], "leader_id")
                if "leader_id" in data and f.leader_id not in members:
                    members.append(f.leader_id)
                elif f.leader_id not in members:
                    f.leader_id = None
            s.execute(delete(FactionMember).where(FactionMember.faction_id == faction_id))
            for pid in sorted(set(members)):
                s.add(FactionMember(faction_id=faction_id, person_id=pid))
            s.flush()
            return Change("faction", f.id, "update", before,
                          {"name": f.name, "description": f.description, "leader_id": f.leader_id,
                           "member_ids": sorted(set(members))})

    def add_members(self, faction_id: int, person_ids: Iterable[int]) -> Change:
        """Add people (e.g. the cards selected on the chart) to a faction; those already in it stay."""
        current = self.faction(faction_id).member_ids
        return self.update_faction(faction_id, member_ids=[*current, *person_ids])

    def remove_members(self, faction_id: int, person_ids: Iterable[int]) -> Change:
        gone = set(person_ids)
        current = self.faction(faction_id).member_ids
        missing = sorted(gone - set(current))
        if missing:
            raise ValidationError("member_ids", _("person {id} is not in this faction").format(id=missing[0]))
        return self.update_faction(faction_id, member_ids=[pid for pid in current if pid not in gone])

    def delete_faction(self, faction_id: int) -> Change:
        with self.unit() as s:
            get_or_404(s, Faction, faction_id, "faction")
            s.execute(delete(FactionMember).where(FactionMember.faction_id == faction_id))
            s.execute(delete(Faction).where(Faction.id == faction_id))
            return Change("faction", faction_id, "delete")

    @staticmethod
    def _name(s: Session, account_id: int, value: Any, faction_id: int | None) -> str:
        name = v.text(value, "name", required=True, max_len=200)
        clash = s.scalar(select(Faction.id).where(Faction.account_id == account_id,
                                                  func.lower(Faction.name) == name.lower(),
                                                  Faction.id != (faction_id or 0)))
        if clash is not None:
            raise ValidationError("name", _("there is already a faction {name!r}").format(name=name))
        return name

    def snapshot_faction(self, faction_id: int) -> dict[str, Any]:
        with self.read() as s:
            get_or_404(s, Faction, faction_id, "faction")
            row = dict(s.execute(select(table_of(Faction)).where(Faction.id == faction_id)).one()._mapping)
            members = [dict(r._mapping) for r in s.execute(select(table_of(FactionMember))
                                                            .where(FactionMember.faction_id == faction_id))]
            return {"faction": row, "members": members}

    def put_back_faction(self, state: Mapping[str, Any]) -> Change:
        row = state["faction"]
        with self.unit() as s:
            s.execute(delete(FactionMember).where(FactionMember.faction_id == row["id"]))
            s.execute(delete(Faction).where(Faction.id == row["id"]))
            s.execute(insert(table_of(Faction)), [row])
            if state["members"]:
                s.execute(insert(table_of(FactionMember)), list(state["members"]))
            return Change("faction", row["id"], "restore")

    # --- influence lines

    def update_influence(self, line_id: int, *, strength: int | None = None, note: str | None = None,
                         kind: str | None = None) -> Change:
        """Change how strong a line is, why (its kind) and its note (``None`` clears the kind and the note)."""
        with self.unit() as s:
            ln = get_or_404(s, InfluenceLine, line_id, "influence line")
            before = {"strength": ln.strength, "note": ln.note, "kind": ln.kind}
            if strength is not None:
                ln.strength = v.integer(strength, "strength", lo=1, hi=3, required=True)
            ln.note = v.text(note, "note")
            chosen = v.choice(InfluenceKind, kind, "kind", required=False)
            ln.kind = chosen.value if chosen is not None else None
            s.flush()
            return Change("influence", ln.id, "update", before,
                          {"strength": ln.strength, "note": ln.note, "kind": ln.kind})

    def delete_influence(self, line_id: int) -> Change:
        with self.unit() as s:
            get_or_404(s, InfluenceLine, line_id, "influence line")
            s.execute(delete(InfluenceLine).where(InfluenceLine.id == line_id))
            return Change("influence", line_id, "delete")

    def snapshot_influence(self, line_id: int) -> dict[str, Any]:
        with self.read() as s:
            get_or_404(s, InfluenceLine, line_id, "influence line")
            return dict(s.execute(select(table_of(InfluenceLine)).where(InfluenceLine.id == line_id)).one()._mapping)

    def put_back_influence(self, row: Mapping[str, Any]) -> Change:
        with self.unit() as s:
            s.execute(delete(InfluenceLine).where(InfluenceLine.id == row["id"]))
            s.execute(insert(table_of(InfluenceLine)), [dict(row)])
            return Change("influence", row["id"], "restore")
