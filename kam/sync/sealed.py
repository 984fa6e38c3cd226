"""The confidential IP register in the sync: items travel still sealed, under the team's register key.

* Content fields travel as the envelopes they are (``kam.security.register``): ciphertext under the register key,
  bound to the row's global id, the same on every replica. Nothing here decrypts; no key is needed to sync.
* The team's register key is the one wrapped in the server's ``settings`` (``register.key``, under the team's
  register passphrase). A laptop without a register key of its own takes that wrapped key at its first sync
  (remembered as ``sync.team_register_key``; a new team passphrase re-wraps the same key and is taken again), so
  the laptop's register unlocks with the team's passphrase and opens what comes down. A laptop whose register
  has a key of its own carries no register rows either way (its items stay on the laptop; said once per run).
* What reaches the laptop is what the server's row-level security lets the syncing user read: the items on
  their access list (and those of the accounts they own). An item that becomes visible (the user is put on its
  access list) comes down with its attachments and access list even when its own revision is older than the
  last pull; an item that is no longer visible is removed from the laptop (and said so).
* Rows sealed in the old way (envelope version 1, bound to the row id of one database) or never sealed (version
  0) do not travel: they stay in the laptop's outbox until the register is unlocked there (which seals them
  again, bound to the global id); one on the server is left there until someone unlocks the register on it.
"""

from __future__ import annotations

import base64
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, or_, select, text

from kam.i18n import _
from kam.model import Setting
from kam.model.base import table_of
from kam.security import register as crypto
from kam.sync.tables import IdMaps, metas, to_wire

ITEMS, ACCESS, ATTACHMENTS = "register_items", "register_access", "register_attachments"
REGISTER_TABLES = (ITEMS, ACCESS, ATTACHMENTS)
SEALED_FIELDS = {ITEMS: ("title", "description", "storage_location", "notes"),
                 ATTACHMENTS: ("filename", "content")}
TEAM_KEY = "sync.team_register_key"  # on the laptop: the team's wrapped register key, as last taken
settings_t = table_of(Setting)


def _setting(conn: Connection, key: str) -> Any:
    return conn.execute(select(settings_t.c.value).where(settings_t.c.key == key)).scalar()


def _put(conn: Connection, key: str, value: Any, note: str) -> None:
    conn.execute(delete(settings_t).where(settings_t.c.key == key))
    conn.execute(settings_t.insert().values(key=key, value=value, note=note))


def carries(lc: Connection) -> bool:
    """Whether this laptop's register key is the team's (register rows travel only then)."""
    mine = _setting(lc, crypto.KEY_SETTING)
    return mine is not None and mine == _setting(lc, TEAM_KEY)


def prepare(local_engine: Engine, server: Engine) -> list[str]:
    """Before a run: the team's wrapped register key onto a laptop that has none (or had the team's, now
    re-wrapped under a new team passphrase). Returns warnings."""
    with server.connect() as sc:
        team = sc.execute(select(settings_t.c.value).where(settings_t.c.key == crypto.KEY_SETTING)).scalar()
    with local_engine.begin() as lc:
        mine, taken = _setting(lc, crypto.KEY_SETTING), _setting(lc, TEAM_KEY)
        if team is not None and (mine is None or mine == taken or not _has_items(lc)) and mine != team:
            note = "IP register key of the team server, wrapped with the team's register passphrase"
            _put(lc, crypto.KEY_SETTING, team, note)
            _put(lc, TEAM_KEY, team, note)
            return []
        if mine is not None and team is not None and mine != team and _has_items(lc):
            return [_("the IP register on this laptop has its own key: its items are not synced (they stay on "
                      "this laptop) and the team's items do not come down; kam sync --team-register seals them "
                      "again under the team's key")]
        if team is None and mine is not None and _has_items(lc):
            return [_("the team server's IP register has no passphrase yet: this laptop's register items stay "
                      "here until its administrator sets one up")]
        waiting = len(held_back(lc)) if carries(lc) else 0
    if waiting:
        return [_("{n} IP register rows sealed by an older kam wait on this laptop: unlock the register here, then "
                  "sync").format(n=waiting)]
    return []


def _has_items(lc: Connection) -> bool:
    return bool(lc.execute(select(func.count()).select_from(metas()[ITEMS].table)).scalar())


def adopt_team_key(local_engine: Engine, server: Engine, local_key: bytes, team_passphrase: str) -> int:
    """Seal this laptop's register content again under the team's key (bound to global ids), and take the team's
    wrapped key as the laptop's: from then on the team's passphrase unlocks the register here and its items sync.
    One transaction; content is opened only in memory, never stored in clear. Returns the rows sealed again."""
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from kam.errors import UserError
    from kam.model.base import new_gid
    from kam.services import audit
    from kam.services.base import Actor

    with server.connect() as sc:
        team = sc.execute(select(settings_t.c.value).where(settings_t.c.key == crypto.KEY_SETTING)).scalar()
    if team is None:
        raise UserError(_("the team server's IP register has no passphrase yet (its administrator sets it up)"))
    team_key = crypto.unwrap(crypto.WrappedKey.from_json(team), team_passphrase)
    done = 0
    with local_engine.begin() as lc:
        for name in (ITEMS, ATTACHMENTS):
            t = metas()[name].table
            for row in lc.execute(select(t)).mappings().all():
                gid = row["gid"] or new_gid()
                values: dict[str, Any] = {"gid": gid}
                for f in SEALED_FIELDS[name]:
                    plain = crypto.unseal_row(local_key, row[f], name, row["id"], row["gid"], f)
                    values[f] = crypto.seal_row(team_key, plain, name, gid, f)
                lc.execute(update(t).where(t.c.id == row["id"]).values(values))
                done += 1
        note = "IP register key of the team server, wrapped with the team's register passphrase"
        _put(lc, crypto.KEY_SETTING, team, note)
        _put(lc, TEAM_KEY, team, note)
        st = lc.execute(text("SELECT username FROM sync_state WHERE id = 1")).scalar()
        with Session(bind=lc) as s:
            me = s.execute(text("SELECT id FROM users WHERE username = :u"), {"u": st}).scalar()
            audit.record(s, Actor(me, st), "register.team_key", "register", None, rows=done)
            s.flush()
    return done


def _old(table: str) -> Any:
    """Rows of ``table`` with an envelope not bound to the global id (version 0 or 1)."""
    t = metas()[table].table
    return or_(*(func.substr(t.c[f], 1, 1) != crypto.SEALED_GID for f in SEALED_FIELDS[table]))


def held_back(lc: Connection) -> set[str]:
    """Global ids of register rows in the outbox that may not be pushed now (left in the outbox)."""
    queued = text("SELECT gid FROM sync_outbox WHERE tbl = :t")
    if not carries(lc):
        return {g for t in REGISTER_TABLES for g in lc.scalars(queued, {"t": t})}
    items, access, atts = (metas()[n].table for n in REGISTER_TABLES)
    bad_items = set(lc.scalars(select(items.c.gid).where(_old(ITEMS))))
    held = set(bad_items)
    held |= set(lc.scalars(select(atts.c.gid).where(_old(ATTACHMENTS) | atts.c.item_id.in_(
        select(items.c.id).where(items.c.gid.in_(bad_items))))))
    held |= set(lc.scalars(select(access.c.gid).where(access.c.item_id.in_(
        select(items.c.id).where(items.c.gid.in_(bad_items))))))
    return held


def _sealed_as_now(table: str, data: dict[str, Any]) -> bool:
    """A pulled row's envelopes are all bound to the global id (or empty)."""
    for f in SEALED_FIELDS.get(table, ()):
        value = data.get(f)
        if value is None:
            continue
        raw = base64.b64decode(value["base64"]) if isinstance(value, dict) else b""
        if raw[:1] != crypto.SEALED_GID:
            return False
    return True


def on_pull(lc: Connection, sc: Connection, changed: dict[str, list[dict[str, Any]]],
            warnings: list[str]) -> dict[str, list[dict[str, Any]]]:
    """What a pull read from the server (same snapshot as ``sc``), register rows sorted out: none when this
    laptop's key is not the team's; old-style envelopes left on the server; items newly visible to this user
    added whole; items no longer visible removed from the laptop."""
    if not carries(lc):
        for name in REGISTER_TABLES:
            changed.pop(name, None)
        return changed
    items = metas()[ITEMS].table
    visible = set(sc.scalars(select(items.c.gid).where(items.c.gid.is_not(None))))
    here = dict(lc.execute(select(items.c.gid, items.c.reference).where(items.c.gid.is_not(None))).all())
    deleted_here = set(lc.scalars(text("SELECT gid FROM sync_outbox WHERE tbl = :t AND op = 'd'"), {"t": ITEMS}))
    new = sorted(visible - set(here) - deleted_here - {r["g"] for r in changed.get(ITEMS, [])})
    if new:
        _add_whole(sc, changed, new)
    skipped = 0
    for name in (ITEMS, ATTACHMENTS):
        rows = changed.get(name)
        if rows:
            kept = [r for r in rows if _sealed_as_now(name, r["data"])]
            skipped += len(rows) - len(kept)
            changed[name] = kept
    if skipped:
        warnings.append(_("{n} IP register rows on the server are sealed in an older way and stay there until "
                          "someone unlocks the register on the server").format(n=skipped))
    _forget_invisible(lc, visible, here, warnings)
    return changed


def _add_whole(sc: Connection, changed: dict[str, list[dict[str, Any]]], gids: list[str]) -> None:
    """Newly visible items, with their attachments and access list, whatever their revisions."""
    maps = IdMaps(sc)
    items = metas()[ITEMS].table
    ids = select(items.c.id).where(items.c.gid.in_(gids))
    for name in REGISTER_TABLES:
        meta = metas()[name]
        t = meta.table
        query = select(t).where(t.c.gid.in_(gids) if name == ITEMS else t.c.item_id.in_(ids))
        have = {r["g"] for r in changed.get(name, [])}
        rows = [{"g": r["gid"], "rev": r["srv_rev"], "data": to_wire(meta, dict(r), maps)}
                for r in sc.execute(query).mappings() if r["gid"] is not None and r["gid"] not in have]
        if rows:
            changed.setdefault(name, []).extend(rows)


def _forget_invisible(lc: Connection, visible: set[str], here: dict[str, str], warnings: list[str]) -> None:
    """Items that came from the server (or went there) and that this user may no longer read: off the laptop."""
    items = metas()[ITEMS].table
    synced = set(lc.scalars(select(items.c.gid).where(items.c.srv_rev.is_not(None))))
    gone = sorted(synced - visible)
    if not gone:
        return
    ids = list(lc.scalars(select(items.c.id).where(items.c.gid.in_(gone))))
    for name in (ACCESS, ATTACHMENTS):
        t = metas()[name].table
        children = list(lc.scalars(select(t.c.gid).where(t.c.item_id.in_(ids))))
        lc.execute(delete(t).where(t.c.item_id.in_(ids)))
        _forget(lc, children)
    lc.execute(delete(items).where(items.c.gid.in_(gone)))
    _forget(lc, gone)
    for gid in gone:
        warnings.append(_("IP register item {reference} is no longer shared with you: removed from this laptop")
                        .format(reference=here.get(gid, gid)))


def _forget(lc: Connection, gids: list[str]) -> None:
    for gid in gids:
        lc.execute(text("DELETE FROM sync_base WHERE gid = :g"), {"g": gid})
        lc.execute(text("DELETE FROM sync_outbox WHERE gid = :g"), {"g": gid})
