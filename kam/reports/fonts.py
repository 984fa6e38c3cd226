"""The bundled CJK TrueType font, registered with ReportLab once per process.

WenQuanYi Micro Hei covers Simplified, Traditional and Latin in TrueType
outlines, so ReportLab can embed it as a subset (it cannot embed CFF fonts
such as Noto CJK). It has no bold face: bold maps to the same face, and the
5 MB collection is parsed once for both names (parsing it is most of what a
short PDF costs).

The parsed face (what ReportLab's ``TTFontFace`` computes from the file: the
character-to-glyph map, the widths, the horizontal metrics, the glyph offsets,
the names and metrics) is kept between runs in the user's cache folder
(``kam.reports.facecache``), so a process after the first reads it instead of
parsing the file again. The font's bytes are still read from the bundled file:
subsetting copies the glyphs from them.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from importlib.resources import as_file, files
from typing import TYPE_CHECKING

from kam.text import elide

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

FONT = "KAM-CJK"
FONT_BOLD = "KAM-CJK-Bold"
SUBFONT = 0  # the collection's first face (Micro Hei; the second is its monospaced twin)


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the font (parsed once per process, or read from the cache) and return its ReportLab name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    resource = files("kam.resources") / "fonts" / "wqy-microhei.ttc"
    with as_file(resource) as path:
        regular = font_over(FONT, load_face(str(path)))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(same_face(regular, FONT_BOLD))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT_BOLD if bold else FONT)
    # Drawings (org chart, bar charts) start in this state: use the embedded font, not Helvetica.
    from reportlab.graphics.shapes import STATE_DEFAULTS

    STATE_DEFAULTS["fontName"] = FONT
    return FONT


def load_face(path: str, subfont: int = SUBFONT) -> TTFontFace:
    """The parsed face of the font file ``path``: from the user's cache when it holds this file's face parsed by
    this ReportLab, else parsed (and the cache written for the next run)."""
    from kam.reports.facecache import cached_face

    with open(path, "rb") as f:
        data = f.read()
    return cached_face(data, path, subfont)


def font_over(name: str, face: TTFontFace) -> TTFont:
    """The ReportLab font ``name`` over an already parsed ``face``: what ``TTFont(name, file)`` makes, without
    parsing the file (tests/test_font_cache.py checks both agree attribute by attribute)."""
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    from fnmatch import fnmatch

    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def same_face(font: TTFont, name: str) -> TTFont:
    """A second ReportLab font named ``name`` over ``font``'s parsed face: its own encoding and per-document
    subsets (so it behaves as a separately loaded font would), without parsing the file again."""
    from weakref import WeakKeyDictionary

    from reportlab.pdfbase.ttfonts import TTEncoding

    twin = copy.copy(font)
    twin.fontName = name
    twin.encoding = TTEncoding()
    twin.state = WeakKeyDictionary()
    return twin


def text_width(text: str, size: float, font: str = FONT) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return float(stringWidth(text, font, size))


def fit(text: str, size: float, width: float, font: str = FONT) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points."""
    return elide(text, size, width, lambda t, s, _bold: text_width(t, s, font))
