"""Bootstrap: one place that builds the engine, the session factory and the services."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from kam.db import make_engine, make_session_factory, resolve_url, sqlite_path
from kam.migrate import UpgradeResult, prepare
from kam.model import User
from kam.services import Actor, Services


@dataclass
class AppContext:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    services: Services
    upgrade: UpgradeResult
    actor: Actor = field(default_factory=lambda: Actor(None, None))

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def act_as(self, username: str | None) -> Actor:
        """Act as our user ``username`` (default: the OS login if it is a known user)."""
        name = username or getpass.getuser()
        with self.sessions() as s:
            user = s.scalar(select(User).where(User.username == name))
        self.actor = Actor(user.id, user.username, user.role) if user else Actor(None, name)
        return self.actor

    def close(self) -> None:
        self.engine.dispose()


def bootstrap(db: str | None = None, *, upgrade: bool = True, user: str | None = None) -> AppContext:
    """Open (create, back up and upgrade as needed) the database and build the services.

    Raises DatabaseRefused when the file is not a kam database or is newer than this app.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        result = prepare(engine, upgrade=upgrade)
    except BaseException:
        engine.dispose()
        raise
    sessions = make_session_factory(engine)
    ctx = AppContext(url, engine, sessions, None, result)  # type: ignore[arg-type]
    ctx.services = Services.build(sessions, lambda: ctx.actor)
    ctx.act_as(user)
    return ctx
