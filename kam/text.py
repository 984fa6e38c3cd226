"""Search keys: a name findable by its characters, its English name, its pinyin and initials.

Typing ``huawei`` or ``hw`` finds 华为; ``zhang`` finds 张伟 and 張偉 (pypinyin reads
Traditional characters too). The key is stored with the row, so search is one
indexed LIKE in SQL and never converts text per keystroke.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

Measure = Callable[[str, float, bool], float]  # (text, type size, bold) -> width, in the painter's font

# Chinese characters (Han ideographs), Simplified and Traditional alike: the unified block and extension A,
# the compatibility ideographs, and the supplementary extensions B–H (rare names, 𠮷).
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def is_chinese(text: str) -> bool:
    """Whether ``text`` holds a Chinese character: the one test for "is this Chinese text"."""
    return HAN.search(text) is not None


def account_name(name_zh: str | None, name_en: str | None, account_id: int) -> str:
    """How an account is called in lists and documents: its Chinese name, else its English name."""
    return name_zh or name_en or f"#{account_id}"


def full_name(family: str | None, given: str | None) -> str | None:
    """A person's name from its two parts as they write it: 王伟 (family first, no space) for a Chinese
    name, "Anna Weber" (given first) otherwise."""
    parts = [p for p in (family, given) if p]
    if not parts:
        return None
    if any(is_chinese(p) for p in parts):
        return "".join(parts)
    return " ".join(reversed(parts))


def fold(text: str) -> str:
    """Lower-case, accents removed, full-width folded (Ｈｕａｗｅｉ → huawei, Müller → muller)."""
    t = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in t if not unicodedata.combining(c))


def unit_key(text: str) -> str:
    """How a name typed in a table finds a business unit or a product line: full-width and half-width forms
    alike (NFKC: Ｍａｉｎ → Main, ｶﾞ → ガ), case folded, spaces trimmed and collapsed ("  main   plant " → "main plant")."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@lru_cache(maxsize=65536)  # Chinese names only: search_key sends no Latin name here to push them out
def _pinyin(text: str) -> tuple[str, str]:
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
        if not is_chinese(name):
            continue
        full, initials = _pinyin(name)
        if full:
            parts += [full, initials]
    return " ".join(dict.fromkeys(parts))[:1000]


def query_pattern(query: str) -> str:
    """A LIKE pattern for a typed query (``%`` and ``_`` taken literally)."""
    q = fold(query.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{q}%"


def elide(text: str, size: float, width: float, measure: Measure, bold: bool = False) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` as ``measure`` measures it."""
    if measure(text, size, bold) <= width:
        return text
    while text and measure(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"
