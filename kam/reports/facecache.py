"""A parsed TrueType face kept between runs in the user's cache folder (issue #19: ≈ 0.1–0.2 s of every PDF
command is ReportLab parsing the 5 MB font collection).

What ReportLab's ``TTFontFace`` computes from the file (its instance attributes: the character-to-glyph map,
the widths, the horizontal metrics, the glyph offsets, the names, the metrics, the table directory) is written
once and read back by the next process. The font's bytes are not cached: they are read from the font file and
set on the face (subsetting copies glyphs from them).

The file is data only, never code: a header, a SHA-256 of the rest, then ``marshal`` data of plain values (the
large tables as packed arrays of numbers). ``marshal`` builds ints, floats, strings, bytes, tuples, lists and
dicts and runs nothing. It is keyed by the font bytes' SHA-256, ReportLab's version, the subfont and this
module's ``FORMAT``; a cache file that is missing, for another key, truncated, corrupt, too large or not ours,
or whose values are not a face's (a name that would hide one of the class's methods, a metric that is not a
number), is ignored: the font is parsed and the file written again. The file is written under a temporary name and renamed
(``os.replace``), so a reader sees the whole old file or the whole new one. A cache folder that cannot be
made or written, or a face it cannot encode, is never an error: the face is then parsed in every process, as
before.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from array import array
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFontFace

FORMAT = 1  # raise it when the layout below changes
MAGIC = b"KAMFACE\x00"
HEADER = len(MAGIC) + 4 + 32  # magic, format (4 bytes, big-endian), SHA-256 of the payload
NOT_CACHED = ("_ttf_data", "_pdfScale")  # the font's bytes (read from the file) and a function (made again)
PLAIN = (bool, int, float, str, bytes, type(None))
MAX_SIZE = 16 * 2**20  # a cache file is ≈ 2 MB: a larger one is not read (it is not ours)
# the metrics the PDF writes (its font descriptor, the widths of what it does not map) and their types
NUMBERS = ("ascent", "descent", "capHeight", "italicAngle", "stemV", "flags", "defaultWidth")


def cache_dir() -> Path:
    """``fonts`` in the user's cache folder for kam (``~/.cache/kam`` on Linux, ``%LOCALAPPDATA%\\kam\\kam\\Cache`` on
    Windows)."""
    import platformdirs

    from kam.store.db import APP_AUTHOR, APP_NAME

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "fonts"


def cache_key(data: bytes, subfont: int) -> str:
    from reportlab import Version

    return (f"{hashlib.sha256(data).hexdigest()} reportlab {Version} subfont {subfont} format {FORMAT} "
            f"{sys.byteorder}")


def cache_file(key: str) -> Path:
    return cache_dir() / f"face-{hashlib.sha256(key.encode()).hexdigest()[:24]}.bin"


def cached_face(data: bytes, filename: str, subfont: int) -> TTFontFace:
    """The face of the font whose bytes are ``data`` (read from ``filename``): from the cache, else parsed and
    cached."""
    if array("i").itemsize != 4:  # (every platform Python runs on today: then no cache, parse)
        return parse(data, filename, subfont)
    key = cache_key(data, subfont)
    path = cache_file(key)
    face = read(path, key, data, filename)
    if face is None:
        face = parse(data, filename, subfont)
        write(path, key, face)
    return face


def parse(data: bytes, filename: str, subfont: int) -> TTFontFace:
    """ReportLab's parse of the font bytes, as ``TTFont(name, filename, subfontIndex=subfont)`` does it."""
    from io import BytesIO

    from reportlab.pdfbase.ttfonts import TTFontFace

    source = BytesIO(data)
    source.name = filename  # ReportLab names the face's file from it
    return TTFontFace(source, subfontIndex=subfont)


# --- the file's layout


def encode(face: TTFontFace) -> bytes | None:
    """The face's attributes as the cache's payload, or None when one of them is not plain data (a ReportLab
    that keeps something else on its faces: then nothing is cached)."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    attrs = {k: v for k, v in vars(face).items() if k not in NOT_CACHED}
    try:
        c2g = attrs.pop("charToGlyph")
        widths = attrs.pop("charWidths")
        g2c = attrs.pop("glyphToChar")
        hmetrics = attrs.pop("hmetrics")
        glyph_pos = attrs.pop("glyphPos")
        # the advance widths are the file's integers up to numberOfHMetrics, then ReportLab repeats the last
        # one scaled (a float): kept as two arrays, so each comes back as the type it was
        split = next((i for i, (aw, _lsb) in enumerate(hmetrics) if type(aw) is not int), len(hmetrics))
        tables = {
            "c2g": (array("i", c2g), array("i", c2g.values())),
            "widths": (array("i", widths), array("d", widths.values())),
            # each glyph's first character; the few glyphs of several characters have the rest apart
            "g2c": (array("i", g2c), array("i", [chars[0] for chars in g2c.values()]),
                    array("i", [g for g, chars in g2c.items() for _c in chars[1:]]),
                    array("i", [c for chars in g2c.values() for c in chars[1:]])),
            "hmetrics": (array("i", [aw for aw, _lsb in hmetrics[:split]]),
                         array("d", [aw for aw, _lsb in hmetrics[split:]]), array("i", [lsb for _aw, lsb in hmetrics])),
            "glyph_pos": (array("i", glyph_pos),),
        }
        if (not all(type(x) is float for x in widths.values())
                or not all(type(m) is tuple and len(m) == 2 and type(m[1]) is int for m in hmetrics)
                or not all(type(aw) is float for aw, _lsb in hmetrics[split:])
                or not all(type(chars) is list and chars for chars in g2c.values())):
            return None
    except (KeyError, TypeError, OverflowError, AttributeError):
        return None
    names = {k: (bytes(v), v.ustr) for k, v in attrs.items() if type(v) is TTFNameBytes}
    small = {k: v for k, v in attrs.items() if k not in names}
    if not _plain(small):
        return None
    packed = {name: tuple(a.tobytes() for a in arrays) for name, arrays in tables.items()}
    return marshal.dumps((small, names, packed), 4)


def _plain(value: Any) -> bool:
    if type(value) in PLAIN:
        return True
    if type(value) in (list, tuple):
        return all(_plain(v) for v in value)
    if type(value) is dict:
        return all(type(k) in PLAIN and _plain(v) for k, v in value.items())
    return False


def decode(payload: bytes, data: bytes, filename: str) -> TTFontFace:
    """The face back from the payload; raises (ValueError, TypeError, KeyError, EOFError …) when it is not one."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

    small, names, packed = marshal.loads(payload)
    if type(small) is not dict or type(names) is not dict or type(packed) is not dict or not _plain(small):
        raise TypeError("not a cached face")

    def arrays(name: str, codes: str) -> list[array[Any]]:
        parts = packed[name]
        if type(parts) is not tuple or len(parts) != len(codes):
            raise TypeError(name)
        out = []
        for code, raw in zip(codes, parts, strict=True):
            a = array(code)
            a.frombytes(raw)  # raises ValueError unless a whole number of items (and TypeError unless bytes)
            out.append(a)
        return out

    chars, glyphs = arrays("c2g", "ii")
    wchars, widths = arrays("widths", "id")
    g2c_glyphs, g2c_firsts, more_glyphs, more_chars = arrays("g2c", "iiii")
    whole, scaled, bearings = arrays("hmetrics", "idi")
    advances: list[Any] = whole.tolist() + scaled.tolist()
    (glyph_pos,) = arrays("glyph_pos", "i")
    if (len(chars) != len(glyphs) or len(wchars) != len(widths) or len(g2c_glyphs) != len(g2c_firsts)
            or len(more_glyphs) != len(more_chars) or len(advances) != len(bearings)):
        raise ValueError("tables of different lengths")
    g2c = dict(zip(g2c_glyphs.tolist(), [[c] for c in g2c_firsts.tolist()], strict=True))
    for glyph, char in zip(more_glyphs.tolist(), more_chars.tolist(), strict=True):
        g2c[glyph].append(char)  # (a KeyError for a glyph not listed: not a face)
    _check_values(small, names, TTFontFace)
    face = TTFontFace.__new__(TTFontFace)
    attrs = face.__dict__
    attrs.update(small)
    for key, (raw, text) in names.items():
        if type(raw) is not bytes or type(text) is not str:
            raise TypeError("name")
        name = bytes.__new__(TTFNameBytes, raw)
        name.ustr = text
        attrs[key] = name
    attrs["charToGlyph"] = dict(zip(chars.tolist(), glyphs.tolist(), strict=True))
    attrs["charWidths"] = dict(zip(wchars.tolist(), widths.tolist(), strict=True))
    attrs["glyphToChar"] = g2c
    attrs["hmetrics"] = list(zip(advances, bearings.tolist(), strict=True))
    attrs["glyphPos"] = glyph_pos.tolist()
    attrs["_ttf_data"] = data
    attrs["filename"] = filename
    units = attrs["unitsPerEm"]
    if type(units) is not int or units <= 0:
        raise ValueError("unitsPerEm")
    attrs["_pdfScale"] = _scale(units)
    return face


def _check_values(small: dict[Any, Any], names: dict[Any, Any], cls: type) -> None:
    """Raises unless the face's plain values and names can be a face's: string keys, none hiding what its class
    defines other than a plain default (a method, a property: ``getCharWidth`` would be the number, not the
    method), the metrics the PDF writes numbers."""
    for key in (*small, *names):
        if type(key) is not str or (hasattr(cls, key) and not _plain(getattr(cls, key))):
            raise TypeError(f"not a face's value: {key!r}")
    number = (int, float)
    if (any(type(small.get(k)) not in number for k in NUMBERS) or type(small.get("numGlyphs")) is not int
            or type(small.get("bbox")) not in (list, tuple) or len(small["bbox"]) != 4
            or any(type(x) not in number for x in small["bbox"])):
        raise TypeError("not a face's metrics")


def _scale(units_per_em: int) -> Any:
    """``TTFontFile.extractInfo``'s scale from font units to 1/1000 of the size."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def read(path: Path, key: str, data: bytes, filename: str) -> TTFontFace | None:
    """The cached face in ``path`` when it is whole and for ``key``; None otherwise (no file, another key or
    format, truncated, damaged, unreadable)."""
    try:
        if path.stat().st_size > MAX_SIZE:  # (read whole, it could exhaust the memory)
            return None
        raw = path.read_bytes()
    except OSError:
        return None
    if len(raw) < HEADER or raw[:len(MAGIC)] != MAGIC or int.from_bytes(raw[8:12], "big") != FORMAT:
        return None
    digest, body = raw[12:HEADER], raw[HEADER:]
    if hashlib.sha256(body).digest() != digest:
        return None
    stored_key, _, payload = body.partition(b"\n")
    if stored_key != key.encode():
        return None
    try:
        return decode(payload, data, filename)
    except Exception:  # whatever a damaged file makes marshal or the checks raise: parse instead
        return None


def write(path: Path, key: str, face: TTFontFace) -> None:
    """The face into ``path`` (a temporary file renamed over it); nothing happens when it cannot be encoded
    (whatever another ReportLab's faces make ``encode`` raise) or written: the cache never fails a command."""
    try:
        payload = encode(face)
    except Exception:
        return
    if payload is None:
        return
    body = key.encode() + b"\n" + payload
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(MAGIC + FORMAT.to_bytes(4, "big") + hashlib.sha256(body).digest() + body)
        os.replace(part, path)
    except Exception:
        with suppress(Exception):
            part.unlink(missing_ok=True)
