"""Who may do what, by role: asked by the services before they act and by the forms before they offer."""

from __future__ import annotations

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
