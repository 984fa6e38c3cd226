"""The core's own words in the reader's language: gettext catalogues, extracted and compiled with Babel.

Every text ``kam/`` produces for a person — a validation error, an import
problem by row and column, a CLI message, a power-map risk — is written in
English and marked ``_("…")`` (``N_("…")`` where it is stored now and translated
when shown, e.g. in a table of labels). Placeholders are named and filled after
translation: ``_("no account {name}").format(name=…)``, never an f-string, so the
catalogue holds one sentence a translator can reorder.

The language is the process's: the CLI sets it from ``--lang`` or the OS locale,
the GUI from its own setting (``set_language``). A document printed in another
language than the screen's renders inside ``use_language(lang)``; the override
is a context variable, so a report rendered in a worker thread does not change
the window's language.

Catalogues: ``resources/locale/<lang>/LC_MESSAGES/kam.po`` (edited by
translators) and the compiled ``.mo`` beside it (committed, so an install needs
no tools); ``python resources/locale/update.py`` re-extracts and compiles.
"""

from __future__ import annotations

import gettext
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

LANGS = ("en", "zh_CN", "zh_TW")
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}  # each in its own script
DOMAIN = "kam"

_process_language: str | None = None  # None: not chosen yet, the OS locale decides on first use
_override: ContextVar[str | None] = ContextVar("kam_language", default=None)


def normalise(tag: str | None) -> str | None:
    """One of LANGS for a locale tag (``zh_TW.UTF-8``, ``zh-Hant-HK``, ``en_GB``, ``Chinese (Simplified)_China``),
    or None for a tag that names none of them."""
    if not tag:
        return None
    t = tag.replace("-", "_").split(".")[0].split("@")[0].lower()
    if t.startswith("zh") or t.startswith("chinese"):
        traditional = any(x in t for x in ("_tw", "_hk", "_mo", "hant", "traditional", "taiwan", "hong"))
        return "zh_TW" if traditional else "zh_CN"
    if t.startswith("en") or t in ("c", "posix"):
        return "en"
    return None


def system_language() -> str:
    """The OS user's language as one of LANGS (English for any other language)."""
    for var in ("KAM_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        for part in os.environ.get(var, "").split(":"):
            found = normalise(part)
            if found:
                return found
    if sys.platform == "win32":  # the display language the user chose in Windows settings
        import ctypes
        import locale

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return normalise(locale.windows_locale.get(lcid)) or "en"
    return "en"


def set_language(lang: str | None) -> str:
    """Set the process's language (None: the OS locale); returns the language now in use."""
    global _process_language
    _process_language = normalise(lang) if lang else system_language()
    if _process_language is None:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGS)}")
    return _process_language


def language() -> str:
    """The language texts are produced in right now."""
    return _override.get() or _process_language or set_language(None)


@contextmanager
def use_language(lang: str) -> Iterator[str]:
    """Produce texts in ``lang`` inside the block (a document printed in another language)."""
    chosen = normalise(lang)
    if chosen is None:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGS)}")
    token = _override.set(chosen)
    try:
        yield chosen
    finally:
        _override.reset(token)


def pick(texts: Sequence[str], lang: str) -> str:
    """The text for ``lang`` from a row written in the order of LANGS (English, 简体, 繁體): the one lookup
    of a language's column; English for a language we have no column for."""
    return texts[LANGS.index(lang)] if lang in LANGS else texts[0]


@cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    from importlib.resources import files

    folder = files("kam.resources") / "locale"
    return gettext.translation(DOMAIN, str(folder), languages=[lang], fallback=True)


def _(message: str) -> str:
    """``message`` in the current language."""
    return _catalogue(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the current language (Chinese has one form)."""
    return _catalogue(language()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # the gettext convention Babel looks for
    """Mark ``message`` for the catalogue without translating it yet (``_(stored)`` translates it later)."""
    return message

