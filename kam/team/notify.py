"""Live updates from the team database: LISTEN on ``kam_changes`` in a background thread.

The server sends a notification when a row of a watched table changes (see
``kam.team.setup``), carrying only the table, the operation and the account id.
A listener calls ``on_change(table, op, account_id)`` for each; a screen then
re-reads what it shows through its own rights — nothing is polled, and a
notification reveals nothing a user may not read.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import make_url

from kam.team.setup import CHANNEL

OnChange = Callable[[str, str, int | None], None]


def conninfo(url: str) -> dict[str, Any]:
    """psycopg connection keywords from a SQLAlchemy URL."""
    u = make_url(url)
    info: dict[str, Any] = {"host": u.host or "localhost", "port": u.port or 5432, "dbname": u.database,
                            "user": u.username, "connect_timeout": 5, "application_name": "kam-listen"}
    if u.password:
        info["password"] = u.password
    return info


class ChangeListener:
    """One connection that LISTENs; ``stop()`` ends it within about a second."""

    def __init__(self, url: str, on_change: OnChange, on_error: Callable[[str], None] | None = None) -> None:
        self.url = url
        self.on_change = on_change
        self.on_error = on_error
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kam-listen", daemon=True)

    def start(self, wait: float = 5.0) -> ChangeListener:
        self._thread.start()
        self._ready.wait(wait)  # LISTEN is in place once this returns (or the connection failed)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(3)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(**conninfo(self.url), autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._ready.set()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            self._deliver(note.payload)
            except psycopg.OperationalError as exc:
                self._ready.set()
                if self.on_error is not None:
                    self.on_error(str(exc).splitlines()[0] if str(exc) else "connection lost")
                self._stop.wait(5)  # then reconnect

    def _deliver(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            self.on_change(str(data.get("table")), str(data.get("op")), data.get("account_id"))
        except (ValueError, AttributeError):
            return
