"""Register the bundled CJK font so Chinese renders where the OS has no CJK font."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

CJK_FAMILY = "WenQuanYi Micro Hei"


_installed: list[str] = []


def install_cjk_fallback(app: QApplication) -> str | None:
    """Add the bundled font and put it behind the system UI font as a fallback (once)."""
    if _installed:
        return _installed[0]
    path = files("kam.resources") / "fonts" / "wqy-microhei.ttc"
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = CJK_FAMILY if CJK_FAMILY in families else (families[0] if families else None)
    if family is None:
        return None
    font = app.font()
    font.setFamilies([font.family(), family])
    app.setFont(font)
    QFont.insertSubstitution(font.family(), family)
    _installed.append(family)
    return family


def needed_at_first_paint(lang: str) -> bool:
    """Whether the bundled font must be registered before the window paints.

    The English interface shows no Chinese until the accounts load, and a system
    with its own CJK fonts (Chinese Windows) needs the bundled one only as a
    fallback: both can register it after the first paint (≈35 ms saved).
    """
    if lang == "en":
        return False
    system = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return not [f for f in system if f != CJK_FAMILY]
