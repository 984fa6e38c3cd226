"""``kam team push``: copy a KAM's local dossiers into the team database.

Each account goes over as one dossier (``kam.io.dossier_json``: every table of
the dossier, the IP register and the sensitive fields included), in its own
transaction, with new ids in the team database and every reference between
its rows remapped consistently. The account remembers where it came from
(``origin`` = the local database's id and the local account id), so pushing
again skips what is already there: no duplicates, and an interrupted push is
finished by running it again. An account whose name the team database already
has from elsewhere is reported, not merged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from kam.errors import UserError
from kam.i18n import _
from kam.model import Account, RegisterItem, Setting

DATABASE_ID = "database.id"


@dataclass
class PushResult:
    pushed: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # "name: why"
    rows: int = 0
    warnings: list[str] = field(default_factory=list)


def database_id(ctx: object) -> str:
    """This database's own id (made on first use), so pushes from two laptops never mix."""
    services = ctx.services  # type: ignore[attr-defined]
    with services.accounts.unit() as s:
        row = s.get(Setting, DATABASE_ID)
        if row is None:
            row = Setting(key=DATABASE_ID, value=str(uuid.uuid4()), note="identifies this database (team push)")
            s.add(row)
        return str(row.value)


def push(local: object, team: object, owner: str, dry_run: bool = False) -> PushResult:
    """Every live account of ``local`` into ``team`` (two AppContexts), owned there by ``owner``."""
    src, dst = local.services, team.services  # type: ignore[attr-defined]
    result = PushResult()
    db_id = database_id(local)
    with src.accounts.read() as s:
        accounts = list(s.execute(select(Account.id, Account.name_zh, Account.name_en)
                                  .where(Account.deleted_at.is_(None)).order_by(Account.id)))
        with_register = set(s.scalars(select(RegisterItem.account_id).distinct()))
    if with_register and team.actor.username != owner:  # type: ignore[attr-defined]
        raise UserError(_("push as {owner} (their own login): only the account's owner and the people on an item's access list may see IP register items, so nobody else can move them").format(owner=owner))
    if with_register and not (src.register.unlocked and dst.register.unlocked):
        raise UserError(_("some accounts have IP register items: unlock the local register and the team "
                        "database's register (their passphrases) so their content can be moved"))
    with dst.accounts.read() as s:
        done = {o for o in s.scalars(select(Account.origin).where(Account.origin.like(f"{db_id}:%")))}
    for account_id, zh, en in accounts:
        name = zh or en or f"#{account_id}"
        origin = f"{db_id}:{account_id}"
        if origin in done:
            result.already.append(name)
            continue
        data = src.transfer.export_data(account_id, include_confidential=True, reason="kam team push")
        try:
            moved = dst.transfer.import_data(data, source=name, dry_run=dry_run, origin=origin, owner=owner)
        except UserError as exc:
            result.refused.append(f"{name}: {exc}")
            continue
        result.pushed.append(name)
        result.rows += sum(moved.rows.values())
        result.warnings += [w for w in moved.warnings if w not in result.warnings]
    return result
