"""Qt translations: our .qm files (built from resources/i18n/*.ts) and Qt's own for standard dialogs."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def install(lang: str) -> bool:
    """Replace the installed translators with ``lang``'s; English needs none. Returns whether ours loaded.

    The core's own messages (kam.i18n) switch to the same language."""
    from kam import i18n

    i18n.set_language(lang)
    app = QCoreApplication.instance()
    assert app is not None, "the Qt application exists before its language is chosen"
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":
        return True
    ours = QTranslator()
    path = files("kam.resources") / "i18n" / f"kam_{lang}.qm"
    loaded = ours.load(str(path))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
