"""``kam team push``: a laptop that already holds accounts joins the team server — its first sync.

The local file is bound to the server (``kam.sync.engine.bind``: every row gets its global id and is queued)
and synced once with the same engine as ``kam sync``: every dossier goes up in batches the server applies in
one transaction each (an interrupted push is finished by running it, or ``kam sync``, again: nothing twice),
the server's row-level security judges every row (what it refuses is kept here as a conflict), and what the
server holds for this user comes down. From then on the file stays bound: ``kam sync`` keeps both sides in step.

Accounts without an owner, or owned by someone the team database does not know, become the user's (the login
of the URL). IP register items travel sealed, as in every sync (``kam.sync.sealed``: a register with its own key
stays on the laptop until ``kam sync --team-register``; the sync says so).
An account an earlier ``kam team push`` (the one-time copy of older versions) already copied to the server is
refused as a whole: binding the file would put a second copy next to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select, text

from kam.errors import UserError
from kam.i18n import _
from kam.model import Account, RegisterItem, Setting
from kam.sync import engine as sync
from kam.sync import local as sync_local
from kam.sync.tables import metas

DATABASE_ID = "database.id"  # set by the one-time copy of older versions; its copies carry "<id>:<account id>"


@dataclass
class PushResult:
    accounts: int = 0  # live accounts of the local file
    rows: int = 0  # rows of the dossier tables in the local file
    register_items: int = 0  # IP register items of the local file
    was_bound: bool = False  # the file was already bound: this was an ordinary sync
    sync: sync.SyncResult | None = None  # None: dry run
    warnings: list[str] = field(default_factory=list)


def _local_counts(local_engine: Engine) -> tuple[int, int, int]:
    with local_engine.connect() as lc:
        accounts = lc.execute(select(func.count()).select_from(Account).where(Account.deleted_at.is_(None))
                              ).scalar_one()
        rows = sum(lc.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() for name in metas())
        items = lc.execute(select(func.count()).select_from(RegisterItem)).scalar_one()
    return int(accounts), int(rows), int(items)


def _copied_before(local_engine: Engine, server: Engine) -> list[str]:
    """Names of local accounts the old one-time copy already put on the server (visible to this user)."""
    with local_engine.connect() as lc:
        db_id = lc.execute(select(Setting.value).where(Setting.key == DATABASE_ID)).scalar()
        if db_id is None:
            return []
        local_names = {str(i): zh or en or f"#{i}" for i, zh, en in lc.execute(
            select(Account.id, Account.name_zh, Account.name_en))}
    with server.connect() as sc:
        origins = sc.execute(select(Account.origin).where(Account.origin.like(f"{db_id}:%"))).scalars().all()
    keys = [str(o).split(":", 1)[1] for o in origins]
    return sorted(local_names[k] for k in keys if k in local_names)


def push(local_engine: Engine, server: Engine, server_url: str, *, dry_run: bool = False) -> PushResult:
    """Bind the local file to the server (``server_url`` is remembered, without its password) and run its first
    sync; ``dry_run``: only check the login and count what would go."""
    result = PushResult()
    result.accounts, result.rows, result.register_items = _local_counts(local_engine)
    with local_engine.connect() as lc:
        st = sync_local.state(lc)
    result.was_bound = st is not None
    if st is not None and st["server"] != server_url:
        raise UserError(_("this database is bound to another server ({server})").format(server=st["server"]))
    if st is None:
        copied = _copied_before(local_engine, server)
        if copied:
            raise UserError(_("{n} accounts of this file were already copied to the team database by an earlier "
                              "kam team push ({names}): take the server's copies into a new file (kam sync --db "
                              "NEW_FILE --server URL) rather than pushing this file again").format(
                n=len(copied), names=", ".join(copied[:5]) + (" …" if len(copied) > 5 else "")))
    if dry_run:
        sync.check_server(server)
        return result
    if st is None:
        sync.bind(local_engine, server, server_url)
    result.sync = sync.sync(local_engine, server)
    return result
