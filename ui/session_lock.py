"""Lock the IP register when the Windows session locks (Win+L, lid closed, screen saver lock).

Windows tells a window about session changes once it registers with
``WTSRegisterSessionNotification``; the message is ``WM_WTSSESSION_CHANGE``
with ``WTS_SESSION_LOCK`` in wParam. Elsewhere this does nothing (the idle
time still locks the register).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


def is_session_lock(message: int, wparam: int) -> bool:
    return message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK


class SessionLockFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if is_session_lock(msg.message, msg.wParam):
                self.on_lock()
        return False, 0


def register(window: Any) -> bool:
    """Ask Windows to tell ``window`` about session changes (again for a window that replaces the first one:
    a language switch or a restore)."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), NOTIFY_FOR_THIS_SESSION)
    except OSError:
        return False
    return True


def install(app: Any, window: Any, on_lock: Callable[[], None]) -> SessionLockFilter | None:
    """Register ``window`` for session notifications and call ``on_lock`` when the session locks."""
    if not register(window):
        return None
    flt = SessionLockFilter(on_lock)
    app.installNativeEventFilter(flt)
    return flt
