"""Who may do what, by role: asked by the services before they act and by the forms before they offer."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam.errors import NotAllowed
from kam.i18n import _
from kam.model import User
from kam.services.base import Actor
from kam.vocab import UserRole

# The sales VP and an administrator see the whole portfolio, approve and return plans, sign off and reopen
# reviews and write the VP's comments; a KAM works on the accounts they own.
SUPERVISORS = frozenset({UserRole.VP, UserRole.ADMIN})


def supervises(role: UserRole | None) -> bool:
    """The role approves plans, signs off reviews and writes the VP's comments."""
    return role in SUPERVISORS


def sees_only_own_accounts(role: UserRole | None) -> bool:
    """A KAM's lists (reminders) hold the accounts they own; everyone else's hold the whole portfolio."""
    return role == UserRole.KAM


def may_change_settings(role: UserRole | None, alone: bool) -> bool:
    """The database's settings shared by everyone (the value-scoring rules, the register's attachment limit) are
    changed by a sales VP or an administrator; someone working alone (a database of one user) changes them too."""
    return alone or supervises(role)


def settings_rights(s: Session, actor: Actor) -> bool:
    """Whether ``actor`` may change the database's settings (``may_change_settings``): their role as the
    database has it now, and whether the database has one active user at most."""
    user = s.get(User, actor.user_id) if actor.user_id is not None else None
    alone = (s.scalar(select(func.count()).select_from(User).where(User.active)) or 0) <= 1
    return may_change_settings(user.role if user is not None else None, alone)


def require_settings_rights(s: Session, actor: Actor) -> None:
    """Raise NotAllowed unless ``actor`` may change the database's settings."""
    if not settings_rights(s, actor):
        raise NotAllowed(_("only a sales VP or an administrator changes the settings of a database shared by "
                           "several users"))
