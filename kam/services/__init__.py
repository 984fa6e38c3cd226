"""Use cases. Every change goes through here, validates, and returns what changed.

The services are built together, with the importers and exporters above them
(``kam.io``), by ``kam.app.Services.build``.
"""

from __future__ import annotations

from kam.services.base import Actor, Change

__all__ = ["Actor", "Change"]
