"""Customer feedback under first-responder responsibility (首问责任制): when a response is due, and whether
it came in time.

A complaint is late from the moment its response target passes — not from the start or the end of that
day: one received at 09:00 with a 24-hour target is late at 09:01 the next day, and not before. The
dossier's list, the reminders and the KAM scorecard all judge it here.
"""

from __future__ import annotations

import datetime as dt


def response_due(received_at: dt.datetime, target_hours: int) -> dt.datetime:
    """The moment the first response is due."""
    return received_at + dt.timedelta(hours=target_hours)


def response_overdue(received_at: dt.datetime, target_hours: int, responded_at: dt.datetime | None,
                     now: dt.datetime) -> bool:
    """No response yet and the response target has passed at ``now``."""
    return responded_at is None and response_due(received_at, target_hours) < now


def hours_overdue(received_at: dt.datetime, target_hours: int, now: dt.datetime) -> int:
    """Whole hours since the response target passed (0 before it)."""
    return max(0, int((now - response_due(received_at, target_hours)).total_seconds() // 3600))


def responded_in_time(received_at: dt.datetime, target_hours: int, responded_at: dt.datetime) -> bool:
    """The first response came within the target (the scorecard's "response target kept")."""
    return responded_at <= response_due(received_at, target_hours)
