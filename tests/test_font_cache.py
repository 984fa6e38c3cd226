"""The parsed CJK face kept between runs (kam.reports.facecache): a cached face is the parsed one, and a cache
that is missing, damaged, foreign or cannot be written only costs a parse."""

from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path
from typing import Any

import pytest

from kam.reports import facecache
from kam.reports.fonts import font_over

FONT_FILE = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
TEXT = "客户关系管理：拜访记录、组织架构与年度计划。Key-account plan 2026 — 客戶關係。"


@pytest.fixture(scope="module")
def data() -> bytes:
    return FONT_FILE.read_bytes()


def _state(face: Any) -> dict[str, Any]:
    """Everything the face holds, with the types of its values (an int and a float of the same value differ,
    a name's bytes and text both count)."""
    attrs = dict(vars(face))
    scale = attrs.pop("_pdfScale")
    attrs["_pdfScale(1234)"] = scale(1234)
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        out[key] = (type(value), value, getattr(value, "ustr", None))
    out["hmetrics types"] = [tuple(map(type, m)) for m in attrs["hmetrics"]]
    out["width types"] = {type(x) for x in attrs["charWidths"].values()}
    return out


def _cached(data: bytes) -> Any:
    """The face as a cache hit gives it (fails unless the cache holds it)."""
    key = facecache.cache_key(data, 0)
    face = facecache.read(facecache.cache_file(key), key, data, str(FONT_FILE))
    assert face is not None
    return face


def test_a_cache_hit_is_the_parsed_face(data: bytes) -> None:
    assert not facecache.cache_dir().exists()
    first = facecache.cached_face(data, str(FONT_FILE), 0)  # parsed, then written
    fresh = facecache.parse(data, str(FONT_FILE), 0)
    assert len(list(facecache.cache_dir().iterdir())) == 1
    hit = _cached(data)
    assert hit is not first
    assert _state(hit) == _state(fresh) == _state(first)
    assert facecache.cached_face(data, str(FONT_FILE), 0).charWidths == fresh.charWidths
    # the subset a PDF embeds, and the widths its lines are broken by
    chars = sorted({ord(c) for c in TEXT})
    assert hit.makeSubset(chars) == fresh.makeSubset(chars)
    cached_font, parsed_font = font_over("CJK-A", hit), font_over("CJK-A", fresh)
    assert cached_font.stringWidth(TEXT, 10) == parsed_font.stringWidth(TEXT, 10)


def test_font_over_is_what_ttfont_makes(data: bytes) -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    made = TTFont("CJK-B", str(FONT_FILE), subfontIndex=0)
    ours = font_over("CJK-B", facecache.parse(data, str(FONT_FILE), 0))
    mine, theirs = dict(vars(ours)), dict(vars(made))
    assert _state(mine.pop("face")) == _state(theirs.pop("face"))
    assert {k: type(v) for k, v in mine.items()} == {k: type(v) for k, v in theirs.items()}
    assert {k: v for k, v in mine.items() if k not in ("encoding", "state")} == \
           {k: v for k, v in theirs.items() if k not in ("encoding", "state")}
    assert vars(ours.encoding) == vars(made.encoding)


def _pdf(font: Any) -> bytes:
    import io

    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(font)
    out = io.BytesIO()
    before = rl_config.invariant
    rl_config.invariant = 1  # no timestamp, a fixed document id
    try:
        style = ParagraphStyle("p", fontName=font.fontName, fontSize=10, leading=14)
        SimpleDocTemplate(out).build([Paragraph(f"{i}. {TEXT}", style) for i in range(30)])
    finally:
        rl_config.invariant = before
    return out.getvalue()


def test_the_pdf_is_the_same_from_the_cache(data: bytes) -> None:
    facecache.cached_face(data, str(FONT_FILE), 0)
    parsed = _pdf(font_over("CJK-C", facecache.parse(data, str(FONT_FILE), 0)))
    cached = _pdf(font_over("CJK-C", _cached(data)))
    assert cached == parsed
    assert b"FontFile2" in cached


def _damage(kind: str, raw: bytes, key: str) -> bytes:
    header = facecache.HEADER
    if kind == "truncated":
        return raw[: len(raw) // 2]
    if kind == "empty":
        return b""
    if kind == "flipped":  # one byte of the tables changed: the digest no longer matches
        at = len(raw) - 1000
        return raw[:at] + bytes([raw[at] ^ 0xFF]) + raw[at + 1:]
    if kind == "foreign":  # another program's file
        return b"%PDF-1.4 not a face at all" * 100
    if kind == "other key":  # whole and ours, but another font or ReportLab
        body = b"0" * 64 + key.encode()[64:] + b"\n" + raw[header:].partition(b"\n")[2]
    elif kind == "not a face":  # whole, ours, for this key, digest right: but the payload is other data
        body = key.encode() + b"\n" + marshal.dumps({"charWidths": [1, 2, 3]})
    elif kind == "short table":  # the arrays of a table of different lengths
        small, names, packed = marshal.loads(raw[header:].partition(b"\n")[2])
        packed["c2g"] = (packed["c2g"][0], packed["c2g"][1][:-4])
        body = key.encode() + b"\n" + marshal.dumps((small, names, packed), 4)
    elif kind == "other format":
        return raw[:8] + (facecache.FORMAT + 1).to_bytes(4, "big") + raw[12:]
    else:
        raise AssertionError(kind)
    return raw[:12] + hashlib.sha256(body).digest() + body


@pytest.mark.parametrize("kind", ["truncated", "empty", "flipped", "foreign", "other key", "not a face",
                                  "short table", "other format"])
def test_a_damaged_or_foreign_cache_is_parsed_again_and_rewritten(data: bytes, kind: str) -> None:
    fresh = facecache.parse(data, str(FONT_FILE), 0)
    facecache.cached_face(data, str(FONT_FILE), 0)
    key = facecache.cache_key(data, 0)
    path = facecache.cache_file(key)
    good = path.read_bytes()
    path.write_bytes(_damage(kind, good, key))
    assert facecache.read(path, key, data, str(FONT_FILE)) is None
    face = facecache.cached_face(data, str(FONT_FILE), 0)
    assert _state(face) == _state(fresh)
    assert path.read_bytes() == good  # written again, whole
    assert _state(_cached(data)) == _state(fresh)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary part left


def test_a_cache_folder_that_cannot_be_written_is_no_error(data: bytes) -> None:
    fresh = facecache.parse(data, str(FONT_FILE), 0)
    blocked = facecache.cache_dir()
    blocked.parent.mkdir(parents=True)
    blocked.write_text("a file where the folder would be")  # mkdir fails whoever runs the tests (even root)
    face = facecache.cached_face(data, str(FONT_FILE), 0)
    assert _state(face) == _state(fresh)
    assert blocked.read_text() == "a file where the folder would be"
    assert list(blocked.parent.iterdir()) == [blocked]


def test_a_face_with_data_the_cache_cannot_hold_is_not_cached(data: bytes) -> None:
    face = facecache.parse(data, str(FONT_FILE), 0)
    face.something_new = object()  # a ReportLab that keeps other things on its faces
    assert facecache.encode(face) is None
    facecache.write(facecache.cache_file("k"), "k", face)
    assert not facecache.cache_dir().exists()


def test_a_second_process_reads_the_cached_face(tmp_path: Path) -> None:
    """A PDF command in a new process writes the cache; the next reads it (and parses nothing). The processes
    run outside the checkout: ``-c`` puts the working folder first on the path, and the checkout's kam has no
    kam.resources (CI installs the package, not the checkout)."""
    import os
    import subprocess
    import sys

    code = ("import reportlab.pdfbase.ttfonts as t, sys\n"
            "calls = []\n"
            "real = t.TTFontFile.extractInfo\n"
            "t.TTFontFile.extractInfo = lambda self, *a: (calls.append(1), real(self, *a))[1]\n"
            "from kam.reports.fonts import register_fonts, text_width\n"
            "register_fonts(); print(len(calls), text_width('客户 Key', 10))\n")
    env = dict(os.environ)
    first = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                           check=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                            check=True)
    parses1, width1 = first.stdout.split()
    parses2, width2 = second.stdout.split()
    assert (parses1, parses2) == ("1", "0")
    assert width1 == width2
    assert len(list(facecache.cache_dir().iterdir())) == 1


def _rewritten(raw: bytes, key: str, change: Any) -> bytes:
    """The cache file with ``change(small, names)`` made to its values, whole, ours and for this key: its
    digest right."""
    header = facecache.HEADER
    small, names, packed = marshal.loads(raw[header:].partition(b"\n")[2])
    change(small, names)
    body = key.encode() + b"\n" + marshal.dumps((small, names, packed), 4)
    return raw[:12] + hashlib.sha256(body).digest() + body


WRONG_VALUES = {
    "a method hidden by a number": lambda small, names: small.update(getCharWidth=0),
    "a method hidden by a name": lambda small, names: names.update(getCharWidth=(b"x", "x")),
    "a property of object's": lambda small, names: small.update(__class__=0),
    "a key that is not a string": lambda small, names: small.update({1: 2}),
    "a metric that is text": lambda small, names: small.update(ascent="x"),
    "a metric that is None": lambda small, names: small.update(flags=None),
    "a metric that is a truth value": lambda small, names: small.update(flags=True),
    "a metric missing": lambda small, names: small.pop("stemV"),
    "a box of three": lambda small, names: small.update(bbox=[1, 2, 3]),
    "a box of text": lambda small, names: small.update(bbox=["1", 2, 3, 4]),
    "a glyph count that is a float": lambda small, names: small.update(numGlyphs=1.5),
}


@pytest.mark.parametrize("kind", list(WRONG_VALUES))
def test_a_cache_whose_values_are_not_a_faces_is_parsed_again(data: bytes, kind: str) -> None:
    """A file whose digest is right but whose values would break the PDF (or shadow the face's methods) is
    refused like a damaged one: the font is parsed and the file written again, and the PDF is made."""
    fresh = facecache.parse(data, str(FONT_FILE), 0)
    facecache.cached_face(data, str(FONT_FILE), 0)
    key = facecache.cache_key(data, 0)
    path = facecache.cache_file(key)
    good = path.read_bytes()
    path.write_bytes(_rewritten(good, key, WRONG_VALUES[kind]))
    assert facecache.read(path, key, data, str(FONT_FILE)) is None
    assert _state(facecache.cached_face(data, str(FONT_FILE), 0)) == _state(fresh)
    assert path.read_bytes() == good
    path.write_bytes(_rewritten(good, key, WRONG_VALUES[kind]))
    assert _pdf(font_over("CJK-D", facecache.cached_face(data, str(FONT_FILE), 0))).startswith(b"%PDF")


def test_a_cache_file_too_large_to_be_ours_is_not_read(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = facecache.parse(data, str(FONT_FILE), 0)
    key = facecache.cache_key(data, 0)
    path = facecache.cache_file(key)
    path.parent.mkdir(parents=True)
    with path.open("wb") as f:  # (sparse: no disk used)
        f.truncate(facecache.MAX_SIZE + 1)

    def too_much(self: Path) -> bytes:
        raise MemoryError  # what reading a huge file whole does

    monkeypatch.setattr(Path, "read_bytes", too_much)
    assert facecache.read(path, key, data, str(FONT_FILE)) is None
    assert _state(facecache.cached_face(data, str(FONT_FILE), 0)) == _state(fresh)
    assert path.stat().st_size < facecache.MAX_SIZE  # written again


@pytest.mark.parametrize("error", [ValueError, RecursionError, RuntimeError])
def test_a_face_the_cache_cannot_encode_or_write_is_no_error(data: bytes, error: type[Exception],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Another ReportLab's faces may make ``encode`` raise anything (unpacking what are not pairs, a
    recursion); the command goes on with the parsed face, uncached."""
    fresh = facecache.parse(data, str(FONT_FILE), 0)

    def fails(*a: Any) -> Any:
        raise error("another ReportLab")

    encode = facecache.encode
    monkeypatch.setattr(facecache, "encode", fails)
    assert _state(facecache.cached_face(data, str(FONT_FILE), 0)) == _state(fresh)
    assert not facecache.cache_dir().exists()
    monkeypatch.setattr(facecache, "encode", encode)
    monkeypatch.setattr(os, "replace", fails)  # the write itself
    assert _state(facecache.cached_face(data, str(FONT_FILE), 0)) == _state(fresh)
    assert list(facecache.cache_dir().iterdir()) == []  # no temporary part left
