"""Search keys: a name findable by its characters, its English name, its pinyin and initials.

Typing ``huawei`` or ``hw`` finds 华为; ``zhang`` finds 张伟 and 張偉 (pypinyin reads
Traditional characters too). The key is stored with the row, so search is one
indexed LIKE in SQL and never converts text per keystroke.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def fold(text: str) -> str:
    """Lower-case, accents removed, full-width folded (Ｈｕａｗｅｉ → huawei, Müller → muller)."""
    t = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in t if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _pinyin(text: str) -> tuple[str, str]:
    if not any("\u3400" <= c <= "\u9fff" for c in text):
        return "", ""
    from pypinyin import Style, lazy_pinyin

    syllables = [s for s in lazy_pinyin(text, style=Style.NORMAL, errors="ignore") if s.isalpha()]
    return "".join(syllables), "".join(s[0] for s in syllables)


def search_key(*names: str | None) -> str:
    """Space-separated searchable forms of every given name."""
    parts: list[str] = []
    for name in names:
        if not name:
            continue
        parts.append(fold(name))
        full, initials = _pinyin(name)
        if full:
            parts += [full, initials]
    return " ".join(dict.fromkeys(parts))[:1000]


def query_pattern(query: str) -> str:
    """A LIKE pattern for a typed query (``%`` and ``_`` taken literally)."""
    q = fold(query.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{q}%"
