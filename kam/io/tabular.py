"""Read the tables people really have: CSV in any common encoding, and XLSX, safely.

CSV: the encoding is taken from a byte-order mark, else the one given, else
detected (charset-normalizer) — UTF-8, UTF-16, GB18030/GBK, Big5, Shift_JIS,
Latin-1; GBK/GB2312 are read as GB18030 (a superset). The delimiter is sniffed
among , ; tab and |; quoted fields may hold newlines. Rows are streamed.

XLSX: a zip of XML. Before openpyxl opens it the archive is checked against a
zip bomb (total uncompressed size and per-member compression ratio); XML is
parsed through defusedxml (openpyxl uses it when installed). The sheet is
chosen by name (default: the first), the header row is found among the first
rows, and merged cells give their value to every cell they cover.

Every limit has a clear message: file size, row count, field length.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kam.errors import UserError
from kam.i18n import _

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_FIELD = 32 * 1024
MAX_UNZIPPED = 1024 * 1024 * 1024
MAX_RATIO = 200
HEADER_SEARCH_ROWS = 20

ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs",
           "ascii": "utf-8", "shift_jis": "cp932", "sjis": "cp932"}


# Control characters no text field holds (NUL included; tab, line feed and carriage return are fine):
# XML (XLSX) cannot carry them and they are a sign of a binary file or the wrong encoding.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FileProblem(UserError):
    pass


@dataclass
class Table:
    """A header and the data rows after it; ``rows`` yields (row number as the user sees it, cells)."""

    source: str
    headers: list[str]
    header_row: int
    rows: Iterator[tuple[int, list[Any]]]
    encoding: str | None = None
    sheet: str | None = None
    close: Callable[[], None] = lambda: None  # releases the file when the rows are not read to the end


def _check_size(path: Path) -> None:
    if not path.is_file():
        raise FileProblem(_("{path} does not exist").format(path=path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileProblem(_("{name} is {n} MiB; files up to {max} MiB can be imported (split it)").format(
            name=path.name, n=f"{size / 2**20:.0f}", max=MAX_FILE_BYTES // 2**20))


def detect_encoding(sample: bytes, declared: str | None = None, *, complete: bool = False) -> str:
    """The encoding of ``sample`` (``complete``: the whole file, so a character cannot be cut at its end)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if declared:
        try:
            codecs.lookup(declared)
        except LookupError:
            raise FileProblem(_("unknown encoding {name!r}").format(name=declared)) from None
        return ALIASES.get(declared.lower().replace("-", "_"), declared)
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not complete and exc.start >= len(sample) - 4:  # a character cut by the end of the sample
            return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["gb18030", "big5", "cp932", "euc_kr", "utf_16", "cp1252", "latin_1"]).best()
    if best is None:
        raise FileProblem(_("the text encoding could not be recognised; give it with --encoding"))
    name = ALIASES.get(best.encoding.lower(), best.encoding.lower())
    if name != "cp1252" and _latin_words_split(sample, name):
        return "cp1252"
    return name


# A CJK character inside a Latin word ("H擗ne" for "Hélène"): Latin-1 text read as a two-byte code page,
# which a short file cannot tell apart by statistics alone
_SPLIT_WORD = re.compile(r"[A-Za-z][\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]{1,3}[a-z]")


def _latin_words_split(sample: bytes, name: str) -> bool:
    try:
        cjk = sample.decode(name)
        sample.decode("cp1252")
    except (UnicodeDecodeError, LookupError):
        return False
    return bool(_SPLIT_WORD.search(cjk))


def decode_text(raw: bytes, name: str, encoding: str | None = None) -> str:
    """A whole small file's text in its declared or detected encoding, or a clear error."""
    enc = detect_encoding(raw[:1024 * 1024], encoding, complete=len(raw) <= 1024 * 1024)
    try:
        return raw.decode(enc)
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise FileProblem(_("{name} line {n}: not valid {encoding} text ({reason}); give the right one with "
                            "--encoding").format(name=name, n=line, encoding=enc, reason=exc.reason)) from None


def read_csv(path: Path, encoding: str | None = None) -> Table:
    _check_size(path)
    with path.open("rb") as raw:
        sample = raw.read(1024 * 1024)
        complete = not raw.read(1)
    enc = detect_encoding(sample, encoding, complete=complete)
    text_sample = sample.decode(enc, errors="ignore")[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(text_sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(MAX_FIELD * 4)
    fh = path.open("r", encoding=enc, newline="", errors="strict")
    reader = csv.reader(fh, dialect)
    name = path.name

    def lines() -> Iterator[tuple[int, list[str]]]:
        n = 0
        try:
            for cells in reader:
                n += 1
                yield reader.line_num, cells
        except UnicodeDecodeError as exc:
            raise FileProblem(_("{name} after row {n}: not valid {encoding} text ({reason}); give the right one "
                                "with --encoding").format(name=name, n=n, encoding=enc, reason=exc.reason)) from None
        except csv.Error as exc:
            raise FileProblem(_("{name} row {n}: {reason}").format(name=name, n=n + 1, reason=exc)) from None
        finally:
            fh.close()

    it = lines()
    header_line, headers = 0, []
    for line_no, cells in it:
        if any(c.strip() for c in cells):
            header_line, headers = line_no, [c.strip() for c in cells]
            break
    if not headers:
        fh.close()
        raise FileProblem(_("{name} is empty").format(name=name))
    _check_header(name, header_line, headers, fh.close)
    return Table(name, headers, header_line, _checked(name, len(headers), it), encoding=enc, close=fh.close)


def _check_header(name: str, row: int, headers: list[str], close: Callable[[], None]) -> None:
    """A control character (a NUL) in a header is reported, never dropped to make "Na\\0me" read as "name"."""
    for i, h in enumerate(headers):
        if (bad := CONTROL.search(h)) is not None:
            close()
            raise FileProblem(_("{name} row {row}, column {col}: the header {header!r} holds a control character "
                                "(U+{code:04X}); is this a binary file, or UTF-16 read as another encoding?").format(
                name=name, row=row, col=i + 1, header=h, code=ord(bad.group())))


def _checked(name: str, width: int, rows: Iterator[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any]]]:
    count = 0
    for line_no, cells in rows:
        if not any(str(c).strip() for c in cells if c is not None):
            continue  # blank lines
        count += 1
        if count > MAX_ROWS:
            raise FileProblem(_("{name} has more than {max} rows; split it").format(name=name, max=f"{MAX_ROWS:,}"))
        if len(cells) > width and any(str(c).strip() for c in cells[width:] if c is not None):
            raise FileProblem(_("{name} row {row}: {n} fields but the header has {width} (a missing quote or an "
                                "extra delimiter?)").format(name=name, row=line_no, n=len(cells), width=width))
        for i, c in enumerate(cells):
            if isinstance(c, str) and (bad := CONTROL.search(c)) is not None:
                what = _("a NUL character") if bad.group() == "\x00" else _("a control character (U+{code:04X})").format(
                    code=ord(bad.group()))
                raise FileProblem(_("{name} row {row}, column {col}: {what} (is this a binary file, or UTF-16 read as "
                                    "another encoding?)").format(name=name, row=line_no, col=i + 1, what=what))
            if isinstance(c, str) and len(c) > MAX_FIELD:
                raise FileProblem(_("{name} row {row}, column {col}: a field of {n} characters (at most {max})")
                                  .format(name=name, row=line_no, col=i + 1, n=f"{len(c):,}", max=f"{MAX_FIELD:,}"))
        yield line_no, list(cells[:width]) + [None] * (width - len(cells))


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            total = 0
            for info in z.infolist():
                total += info.file_size
                if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 2**20:
                    raise FileProblem(_("{name}: {member} expands {n}-fold; refused as a possible zip bomb").format(
                        name=path.name, member=info.filename, n=info.file_size // info.compress_size))
            if total > MAX_UNZIPPED:
                raise FileProblem(_("{name} expands to {n} GiB; refused").format(name=path.name,
                                                                                  n=f"{total / 2**30:.1f}"))
    except zipfile.BadZipFile:
        raise FileProblem(_("{name} is not an XLSX file (not a zip archive)").format(name=path.name)) from None


def read_xlsx(path: Path, sheet: str | None = None, known: set[str] | None = None) -> Table:
    """The sheet's header row (the first of the first rows that names known fields) and rows after it."""
    _check_size(path)
    _check_zip(path)
    small = path.stat().st_size < 8 * 1024 * 1024
    wb = _open_workbook(path, read_only=not small)
    if sheet is not None and sheet not in wb.sheetnames:
        raise FileProblem(_("{name} has no sheet {sheet!r} (sheets: {sheets})").format(
            name=path.name, sheet=sheet, sheets=", ".join(wb.sheetnames)))
    ws = wb[sheet] if sheet else wb.worksheets[0]
    fill: dict[tuple[int, int], Any] = {}
    if small:  # merged cells: every covered cell gets the top-left value
        for rng in ws.merged_cells.ranges:
            value = ws.cell(rng.min_row, rng.min_col).value
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    fill[(r, c)] = value
    rows = ws.iter_rows(values_only=True)

    def numbered() -> Iterator[tuple[int, list[Any]]]:
        for r, values in enumerate(rows, start=1):
            cells = list(values)
            if fill:
                cells = [fill.get((r, c), v) for c, v in enumerate(cells, start=1)]
            yield r, cells

    it = numbered()
    buffered: list[tuple[int, list[Any]]] = []
    for r, cells in it:
        buffered.append((r, cells))
        if len(buffered) >= HEADER_SEARCH_ROWS:
            break
    header_row, headers = find_header(buffered, known)
    if not headers:
        wb.close()
        raise FileProblem(_("{name}: no header row found in the first {n} rows of sheet {sheet!r}").format(
            name=path.name, n=HEADER_SEARCH_ROWS, sheet=ws.title))
    while headers and not headers[-1]:
        headers.pop()
    _check_header(path.name, header_row, headers, wb.close)

    def rest() -> Iterator[tuple[int, list[Any]]]:
        for r, cells in buffered:
            if r > header_row:
                yield r, cells
        yield from it
        wb.close()

    return Table(path.name, headers, header_row, _checked(path.name, len(headers), rest()), sheet=ws.title,
                 close=wb.close)


def find_header(rows: list[tuple[int, list[Any]]], known: set[str] | None) -> tuple[int, list[str]]:
    """The header among the first rows: the row naming the most known (or mapped) headers — two or more
    win over one, but a single known header ("Name", "姓名") is enough when no row has more; without
    ``known``, the first non-empty row."""
    best_row, best, score_best = 0, [], 0
    for r, cells in rows:
        texts = [str(c).strip() if c is not None else "" for c in cells]
        if known is None:
            if any(texts):
                return r, texts
            continue
        score = sum(1 for t in texts if t and normalise_header(t) in known)
        if score > score_best:
            best_row, best, score_best = r, texts, score
    return best_row, best


def _open_workbook(path: Path, *, read_only: bool) -> Any:
    """openpyxl's workbook; its warnings (unknown extensions, styles) never reach the terminal, and a parser
    failure (an XML bomb refused by defusedxml, a broken file) is one line."""
    import io

    import openpyxl

    # a small file is read into memory: no file handle is left open when openpyxl gives up half-way
    source: Any = path if read_only else io.BytesIO(path.read_bytes())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(source, read_only=read_only, data_only=True)
    except Exception as exc:  # any parser failure is the file's problem
        kind = type(exc).__name__
        chain: list[str] = []
        cause: BaseException | None = exc  # openpyxl wraps defusedxml's refusal in its own error
        while cause is not None and len(chain) < 10:
            chain.append(type(cause).__name__)
            cause = cause.__cause__ or cause.__context__
        if {"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"} & set(chain):
            raise FileProblem(_("{name} is refused: it declares XML entities or a DTD (a possible XML bomb); "
                                "save it again from Excel").format(name=path.name)) from None
        first = (str(exc).strip().splitlines() or [kind])[0][:200]
        raise FileProblem(_("{name} cannot be read as XLSX: {reason}").format(name=path.name, reason=first)) from None


def sheet_names(path: Path) -> list[str]:
    wb = _open_workbook(path, read_only=True)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def normalise_header(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def read_table(path: Path, *, encoding: str | None = None, sheet: str | None = None,
               known: set[str] | None = None) -> Table:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet, known)
    if suffix == ".xls":
        raise FileProblem(_("{name} is an old .xls file: save it as .xlsx or .csv in Excel").format(name=path.name))
    return read_csv(path, encoding)


def excel_serial_date(value: float) -> dt.date:
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))

