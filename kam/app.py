"""Bootstrap: one place that builds the engine, the session factory and the services."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kam.errors import (
    DamagedDatabase,
    DatabaseRefused,
    NoDatabase,
    NotAllowed,
    UnknownUser,
    UserError,
)
from kam.i18n import _
from kam.security.register import RegisterVault
from kam.services.base import Actor, ServiceBase
from kam.store import dbkey
from kam.store.backups import raise_if_damaged
from kam.store.db import (
    connect_file,
    file_kind,
    make_engine,
    make_session_factory,
    resolve_url,
    server_error,
    sqlite_path,
)
from kam.store.dbkey import AskPassphrase, DbKey
from kam.store.migrate import UpgradeResult, prepare
from kam.store.schema import SchemaState, read_state

if TYPE_CHECKING:
    from kam.io.dossier_json import DossierTransfer
    from kam.io.exporters import ExportService
    from kam.io.importers import ImportService
    from kam.services.accounts import AccountService, UserService
    from kam.services.analysis import AnalysisService
    from kam.services.backups import BackupService
    from kam.services.commitments import CommitmentService
    from kam.services.dossier import DossierService
    from kam.services.factions import FactionService
    from kam.services.orgmap import OrgMapService
    from kam.services.people import PeopleService
    from kam.services.planning import PlanLifecycle, PlanningService
    from kam.services.portfolio import PortfolioService
    from kam.services.privacy import PrivacyService
    from kam.services.projects import ProjectService
    from kam.services.records import RecordService
    from kam.services.register import RegisterService
    from kam.services.reports import ReportService
    from kam.services.reviews import MonthlyService, ReviewService, ScorecardService
    from kam.services.transactions import TransactionService
    from kam.services.whitespace import WhitespaceService

S = TypeVar("S", bound=ServiceBase)


class Services:
    """Every service of one open database, each made (and its module imported) on first use.

    A command imports only what it calls: ``kam accounts`` never loads the importers, the report
    builders or the planning rules. All services share the session's register vault.
    """

    def __init__(self, sessions: sessionmaker[Session], actor: Callable[[], Actor],
                 vault: RegisterVault | None = None) -> None:
        self.sessions = sessions
        self.actor = actor
        self.vault = vault or RegisterVault()

    @classmethod
    def build(cls, sessions: sessionmaker[Session], actor: Callable[[], Actor],
              vault: RegisterVault | None = None) -> Services:
        return cls(sessions, actor, vault)

    def _made(self, service: S) -> S:
        service.vault = self.vault
        return service

    @cached_property
    def accounts(self) -> AccountService:
        from kam.services.accounts import AccountService

        return self._made(AccountService(self.sessions, self.actor))

    @cached_property
    def users(self) -> UserService:
        from kam.services.accounts import UserService

        return self._made(UserService(self.sessions, self.actor))

    @cached_property
    def people(self) -> PeopleService:
        from kam.services.people import PeopleService

        return self._made(PeopleService(self.sessions, self.actor))

    @cached_property
    def records(self) -> RecordService:
        from kam.services.records import RecordService

        return self._made(RecordService(self.sessions, self.actor))

    @cached_property
    def planning(self) -> PlanningService:
        from kam.services.planning import PlanningService

        return self._made(PlanningService(self.sessions, self.actor))

    @cached_property
    def analysis(self) -> AnalysisService:
        from kam.services.analysis import AnalysisService

        return self._made(AnalysisService(self.sessions, self.actor))

    @cached_property
    def orgmap(self) -> OrgMapService:
        from kam.services.orgmap import OrgMapService

        return self._made(OrgMapService(self.sessions, self.actor))

    @cached_property
    def plans(self) -> PlanLifecycle:
        from kam.services.planning import PlanLifecycle

        return self._made(PlanLifecycle(self.sessions, self.actor))

    @cached_property
    def reviews(self) -> ReviewService:
        from kam.services.reviews import ReviewService

        return self._made(ReviewService(self.sessions, self.actor))

    @cached_property
    def scorecards(self) -> ScorecardService:
        from kam.services.reviews import ScorecardService

        return self._made(ScorecardService(self.sessions, self.actor))

    @cached_property
    def monthly(self) -> MonthlyService:
        from kam.services.reviews import MonthlyService

        return self._made(MonthlyService(self.sessions, self.actor))

    @cached_property
    def reports(self) -> ReportService:
        from kam.services.reports import ReportService

        return self._made(ReportService(self.sessions, self.actor))

    @cached_property
    def portfolio(self) -> PortfolioService:
        from kam.services.portfolio import PortfolioService

        return self._made(PortfolioService(self.sessions, self.actor))

    @cached_property
    def commitments(self) -> CommitmentService:
        from kam.services.commitments import CommitmentService

        return self._made(CommitmentService(self.sessions, self.actor))

    @cached_property
    def dossier(self) -> DossierService:
        from kam.services.dossier import DossierService

        return self._made(DossierService(self.sessions, self.actor))

    @cached_property
    def privacy(self) -> PrivacyService:
        from kam.services.privacy import PrivacyService

        return self._made(PrivacyService(self.sessions, self.actor))

    @cached_property
    def backups(self) -> BackupService:
        from kam.services.backups import BackupService

        return self._made(BackupService(self.sessions, self.actor))

    @cached_property
    def register(self) -> RegisterService:
        from kam.services.register import RegisterService

        return self._made(RegisterService(self.sessions, self.actor))

    @cached_property
    def imports(self) -> ImportService:
        from kam.io.importers import ImportService

        return self._made(ImportService(self.sessions, self.actor))

    @cached_property
    def exports(self) -> ExportService:
        from kam.io.exporters import ExportService

        return self._made(ExportService(self.sessions, self.actor))

    @cached_property
    def transfer(self) -> DossierTransfer:
        from kam.io.dossier_json import DossierTransfer

        return self._made(DossierTransfer(self.sessions, self.actor))

    @cached_property
    def whitespace(self) -> WhitespaceService:
        from kam.services.whitespace import WhitespaceService

        return self._made(WhitespaceService(self.sessions, self.actor))

    @cached_property
    def projects(self) -> ProjectService:
        from kam.services.projects import ProjectService

        return self._made(ProjectService(self.sessions, self.actor))

    @cached_property
    def factions(self) -> FactionService:
        from kam.services.factions import FactionService

        return self._made(FactionService(self.sessions, self.actor))

    @cached_property
    def transactions(self) -> TransactionService:
        from kam.services.transactions import TransactionService

        return self._made(TransactionService(self.sessions, self.actor))


@dataclass
class AppContext:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    services: Services
    upgrade: UpgradeResult
    actor: Actor = field(default_factory=lambda: Actor(None, None))
    db_key: DbKey | None = None  # None: a plain file or a server database

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def act_as(self, username: str | None) -> Actor:
        """Act as our user ``username`` (default: the OS login if it is a known user)."""
        from kam.model import User

        name = username or self._login_name()
        with self.sessions() as s:
            user = s.scalar(select(User).where(User.username == name))
        self.actor = Actor(user.id, user.username, user.role) if user else Actor(None, name)
        return self.actor

    def require_user(self, username: str | None) -> None:
        """``--user`` must name one of the database's users (it is printed in footers and written to the audit
        trail): an unknown name raises UnknownUser listing who is known (the command line and the window alike)."""
        if not username or self.actor.user_id is not None:
            return
        known = sorted(u.username for u in self.services.users.list())
        if not known:
            raise UnknownUser(_("--user {name!r}: this database has no users yet").format(name=username))
        raise UnknownUser(_("--user {name!r} is not a user of this database; one of: {names}").format(
            name=username, names=", ".join(known)))

    def _login_name(self) -> str:
        """On a team server the database login is the user (the server enforces its rights); else the OS login."""
        if self.path is None and self.engine.dialect.name == "postgresql":
            with self.engine.connect() as conn:
                return str(conn.exec_driver_sql("SELECT session_user").scalar())
        return getpass.getuser()

    def close(self) -> None:
        self.engine.dispose()


def _refresh_team(conn: Connection) -> None:
    """A team database migrated by its owner gets its rights on the new schema (kam.team.setup)."""
    if conn.dialect.name == "postgresql":
        from kam.team.setup import refresh_team

        refresh_team(conn)


def _ensure_sync_triggers(engine: Engine) -> None:
    """A laptop file bound to a team server gets its outbox triggers back if something dropped them (a migration
    that rebuilt a table): every edit from now on is queued for the sync. One query when nothing is missing."""
    with engine.connect() as conn:
        bound, triggers = conn.exec_driver_sql(
            "SELECT (SELECT bound FROM sync_state WHERE id = 1), "
            "(SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'kam_sync_[iud]_*')").one()
    if not bound:
        return
    from kam.sync import local  # only a bound file pays for the sync's imports

    if triggers != local.trigger_count():
        with engine.begin() as conn:
            local.ensure_triggers(conn)


def bootstrap(db: str | None = None, *, upgrade: bool = True, user: str | None = None,
              ask_passphrase: AskPassphrase | None = None, encrypt_new: bool = True) -> AppContext:
    """Open (create, back up and upgrade as needed) the database and build the services.

    A new database file is encrypted (SQLCipher) unless ``encrypt_new`` is False;
    an encrypted one is opened with its key (``kam.store.dbkey``), asking
    ``ask_passphrase`` when no stored key exists. Fails closed: a file that
    cannot be opened is refused untouched, never replaced by a new one.
    Raises DatabaseRefused when the file is not a kam database or is newer than this app.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    key = None
    state = None  # read by the connection that checks the key: the file is opened once before the engine
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        kind = file_kind(path)
        if kind == "encrypted":
            key, state = _open_key(path, ask_passphrase)
        elif kind == "new" and encrypt_new:
            key = dbkey.key_for_new(path, ask_passphrase)
    engine = make_engine(url, key)
    try:
        result = prepare(engine, upgrade=upgrade, state=state, after_upgrade=_refresh_team)
    except DBAPIError as exc:
        engine.dispose()
        mapped = server_error(exc, url)
        if isinstance(mapped, NotAllowed):
            raise DatabaseRefused(_("the team database needs an upgrade to this version of kam, which only its "
                                  "administrator can do: kam team init --admin-url …")) from exc
        if mapped is not None:
            raise mapped from exc
        raise
    except BaseException:
        engine.dispose()
        raise
    if key is not None and path is not None:
        dbkey.remember(path, key)
    if path is not None:
        _ensure_sync_triggers(engine)
    sessions = make_session_factory(engine)
    ctx = AppContext(url, engine, sessions, None, result, db_key=key)  # type: ignore[arg-type]
    ctx.services = Services.build(sessions, lambda: ctx.actor)
    ctx.act_as(user)
    return ctx


class FrontEnd(Protocol):
    """What the start-up policy asks of a front end: the CLI answers at a terminal, the GUI with dialogs."""

    def ask_passphrase(self, path: Path, creating: bool) -> str | None:
        """The database passphrase where no credential store keeps its key (None: nobody to ask)."""

    def confirm_create(self, path: Path) -> bool:
        """No database at ``path``: create a new one there?"""

    def offer_restore(self, path: Path, backup: Path) -> bool:
        """``path`` is damaged: keep it aside as .broken and restore ``backup``?"""

    def warn(self, message: str) -> None:
        """Something the user should know that does not stop the work."""


def open_app(db: str | None = None, *, front: FrontEnd, user: str | None = None, create: bool = False,
             daily_backup: bool = False, encrypt_new: bool = True) -> AppContext:
    """The one front door both front ends use (STYLE.md §17): open the database the way a person expects.

    - No database at the place named (a mistyped ``--db``, an empty file): created only when ``create``
      (``kam init``/``kam demo``) or when the front end confirms it, else NoDatabase — a read-only
      command never leaves a new file behind.
    - Damaged: the newest good backup is offered (the damaged file is kept as ``.broken``); refused,
      the error names that backup.
    - Locked by another program, or a storage problem: one clear message.
    - A file in a synced folder or on a network share: a warning; once a day a backup beside it.

    Raises UserError subclasses only (DatabaseRefused, DamagedDatabase, NoDatabase, NotAllowed).
    """
    from kam.store.db import storage_warning

    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        from kam.store.recovery import recover, refuse_fresh_start

        for done in recover(path):  # an interrupted encrypt, rekey, restore, backup or migration
            front.warn(done)
        if file_kind(path) == "new":
            refuse_fresh_start(path)
    if path is not None and file_kind(path) == "new" and not create and not front.confirm_create(path):
        raise NoDatabase(_("no database at {path}; `kam init` creates one there").format(path=path))
    try:
        ctx = _open_or_restore(url, path, front, user, encrypt_new)
    except OperationalError as exc:
        raise _storage_problem(exc) from exc
    if path is not None:
        _anchor_audit(ctx, front)
        warning = storage_warning(path)
        if warning:
            front.warn(warning)
        if daily_backup:
            from kam.store.backups import auto_backup

            try:
                auto_backup(path, key=ctx.db_key)
            except (OSError, UserError, OperationalError) as exc:  # a full disk must not stop the day's work
                front.warn(_("Today's automatic backup failed: {error}").format(error=exc))
    from kam import startup

    startup.settle()  # the start-up is over: the garbage collector runs again (kam.startup)
    return ctx


def _anchor_audit(ctx: AppContext, front: FrontEnd) -> None:
    """An audit chain written before it was anchored (an older database) gets its MACs and head now."""
    from kam.services import audit

    try:
        with ctx.sessions.begin() as s:
            n = audit.anchor(s, ctx.actor)
    except OperationalError:  # a read-only database: anchored when it can be written
        return
    if n:
        front.warn(_("The audit trail ({n} entries) is now anchored outside the database.").format(n=n))


def _open_or_restore(url: str, path: Path | None, front: FrontEnd, user: str | None,
                     encrypt_new: bool) -> AppContext:
    try:
        return bootstrap(url, user=user, ask_passphrase=front.ask_passphrase, encrypt_new=encrypt_new)
    except DamagedDatabase as exc:
        from kam.store.backups import newest_good_backup, restore
        from kam.store.dbkey import known_key

        key = known_key(exc.path)
        good = newest_good_backup(exc.path, key)
        if good is None:
            raise DamagedDatabase(exc.path, _("database damaged: {path} cannot be read and no good backup was "
                                              "found beside it; it was left untouched").format(path=exc.path)) from exc
        if not front.offer_restore(exc.path, good):
            raise DamagedDatabase(exc.path, _("database damaged: {path} cannot be read; the newest good backup is "
                                              "{backup} (kam restore \"{backup}\")").format(path=exc.path, backup=good)
                                  ) from exc
        kept = restore(exc.path, good, key, quarantine_first=True)
        front.warn(_("Restored {backup}. The damaged file is kept as {kept}.").format(backup=good.name, kept=kept))
        return bootstrap(url, user=user, ask_passphrase=front.ask_passphrase, encrypt_new=encrypt_new)


def damage_message(db: str | None) -> str:
    """"database damaged", naming the newest good backup (or saying there is none): what a person reads when
    a read of the database finds it malformed, whichever command or window ran into it."""
    from kam.store.backups import newest_good_backup
    from kam.store.dbkey import known_key

    path = sqlite_path(resolve_url(db))
    if path is None:
        return _("database damaged: the server reported a damaged database; ask your administrator")
    try:
        good = newest_good_backup(path, known_key(path) if file_kind(path) == "encrypted" else None)
    except (OSError, UserError):
        good = None
    if good is None:
        return _("database damaged: {path} cannot be read and no good backup was found beside it; it was left "
                 "untouched").format(path=path)
    return _("database damaged: {path} cannot be read; the newest good backup is {backup} (kam restore "
             "\"{backup}\")").format(path=path, backup=good)


def _storage_problem(exc: OperationalError) -> UserError:
    text = str(exc.orig)
    if "locked" in text:
        return DatabaseRefused(_("the database is locked by another program (another KAM window, a backup or a "
                                 "sync client); close it and try again"))
    if "disk" in text and "full" in text:
        return DatabaseRefused(_("the disk is full; nothing was saved"))
    return DatabaseRefused(_("the database cannot be opened: {reason}").format(reason=text))


def _open_key(path: Path, ask: AskPassphrase | None, attempts: int = 3) -> tuple[DbKey, SchemaState | None]:
    """The key that opens ``path`` (a mistyped passphrase is asked again, three tries) and the file's schema
    state, read through the same connection (None after a finished rekey: ``prepare`` reads it then)."""
    for attempt in range(attempts):
        key = dbkey.key_for_existing(path, ask)
        try:
            conn = connect_file(path, key, readonly=True)
        except DatabaseRefused as exc:
            if key.source == "keyring" and (pending := _try_pending(path)) is not None:
                return pending, None
            if key.source != "passphrase" or attempt == attempts - 1:
                raise_if_damaged(path, key, exc)
                raise
            continue
        try:
            return key, read_state(conn, path)
        finally:
            conn.close()
    raise AssertionError("unreachable")


def _try_pending(path: Path) -> DbKey | None:
    """After a rekey interrupted between re-keying the file and storing the key: finish it."""
    pending = dbkey.recover_pending(path)
    if pending is None:
        return None
    try:
        connect_file(path, pending, readonly=True).close()
    except DatabaseRefused:
        return None
    if dbkey.store_key(path, pending):
        dbkey.forget_key(dbkey.pending_path(path))
    return pending
