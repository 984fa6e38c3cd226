"""Connecting signals to actions that take no arguments from the signal.

``QAction.triggered(bool)``, ``QAbstractButton.clicked(bool)`` and many other signals
carry arguments. Connected directly to a method with optional parameters
(``backup_now(self, target=None)``), Qt fills the first one with ``checked=False``
and the action fails every time it is used from the window. ``call_on`` connects
a callable through a wrapper that drops whatever the signal carries;
``tests/test_architecture.py`` refuses a direct connection of such a method.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def call_on(signal: Any, fn: Callable[[], object]) -> None:
    """Call ``fn()`` — with no arguments — each time ``signal`` is emitted."""
    signal.connect(lambda *_args: fn())
