"""Every setting of the desktop app, declared once with its type and default (on QSettings).

Settings that belong to the laptop live here; settings that belong to the
database (scoring weights) live in the database. Window geometry and splitter
positions are remembered under ``window/...``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QSettings

from kam.i18n import LANGS, normalise

VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    choices: tuple[Any, ...] | None = None


def _system_language() -> str:
    """The OS user's language as Qt sees it (zh_CN, zh_TW, zh_HK, en_US …), by kam's one rule."""
    locale = QLocale.system()
    traditional = "_Hant" if locale.script() == QLocale.Script.TraditionalHanScript else ""
    return normalise(locale.name() + traditional) or "en"


OPTIONS = {
    "language": Option("ui/language", str, "system", ("system", *LANGS)),
    "database": Option("db/location", str, ""),  # empty: the per-user default (or --db / KAM_DB)
    "page_size": Option("print/page_size", str, "A4", ("A4", "Letter")),
    "user": Option("user/username", str, ""),  # empty: the OS login name
    "show_reminders": Option("ui/show_reminders", bool, True),
    # the IP register locks itself after this many idle minutes; copied content leaves the clipboard
    "register_idle_minutes": Option("register/idle_minutes", int, 5),
    "clipboard_seconds": Option("register/clipboard_seconds", int, 30),
}


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings("kam", "kam")
        if int(str(self.store.value("meta/version", 0))) < VERSION:  # versioned upgrade point
            self.store.setValue("meta/version", VERSION)

    def get(self, name: str) -> Any:
        opt = OPTIONS[name]
        value = self.store.value(opt.key, opt.default)
        if opt.type is bool:
            return value in (True, "true", "1", 1)
        value = opt.type(value)
        if opt.choices and value not in opt.choices:
            return opt.default
        return value

    def set(self, name: str, value: Any) -> None:
        opt = OPTIONS[name]
        if opt.choices and value not in opt.choices:
            raise ValueError(f"{name}: {value!r} is not one of {', '.join(map(str, opt.choices))}")
        self.store.setValue(opt.key, value)

    def language(self) -> str:
        lang = self.get("language")
        return _system_language() if lang == "system" else lang

    # window state
    def save_window(self, name: str, geometry: Any, state: Any = None) -> None:
        self.store.setValue(f"window/{name}/geometry", geometry)
        if state is not None:
            self.store.setValue(f"window/{name}/state", state)

    def window(self, name: str) -> tuple[Any, Any]:
        return self.store.value(f"window/{name}/geometry"), self.store.value(f"window/{name}/state")
