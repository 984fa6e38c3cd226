"""vCards in (2.1, 3.0, 4.0, through ``vobject``) and out (4.0).

Phones and Outlook write vCards in many dialects: version 2.1 with
quoted-printable values and ``CHARSET=`` parameters (old Android, Outlook,
old Japanese phones in Shift_JIS), 3.0 (iPhone, Google), 4.0 (newer servers);
folded lines; any mix of CR and LF line ends (iPhones write CR CR LF); many
cards in one file; photos in base64. The file's own encoding is detected like
a CSV's (UTF-8, UTF-16, GB18030, Big5…) from the lines that carry no
``CHARSET``; a property's own ``CHARSET`` wins for its value. ``vobject``'s
line reader then undoes folding and quoted-printable; values are unescaped
here (3.0/4.0 text escapes; in 2.1 a backslash is a backslash). A name that
decodes to mojibake, a control character, or a card that cannot be read is
reported by card, line and property; nothing is imported silently wrong.
Birthdays follow RFC 6350: a full date, a date and time, a month and day
without a year (``--0415``, or Apple's year 1604), or text (kept in the notes).
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kam.errors import UserError
from kam.i18n import _
from kam.io.tabular import ALIASES, CONTROL, decode_text, detect_encoding
from kam.model.people import NO_YEAR
from kam.text import full_name, is_chinese

MAX_VCARD_BYTES = 50 * 1024 * 1024
MAX_CARDS = 100_000
MAX_VALUE = 32 * 1024
LINE_BREAK = re.compile(rb"\r*\n|\r+")  # LF, CR LF, CR CR LF, a lone CR: each one line end
CHARSET = re.compile(rb";\s*CHARSET=\"?([A-Za-z0-9_.:-]+)", re.I)
CP1252_SPECIALS = set(bytes(range(0x80, 0xA0)).decode("cp1252", "ignore"))
# Chinese, Japanese (kana, half-width kana) and Korean letters: what a name garbled from them was
FAR_EAST = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f\uac00-\ud7af]")


class CardProblem(ValueError):
    """A property that cannot be imported as it is; ``prop`` names it."""

    def __init__(self, prop: str | None, message: str) -> None:
        super().__init__(message)
        self.prop = prop


@dataclass
class Card:
    number: int
    line: int
    fields: dict[str, Any] = field(default_factory=dict)
    organisation: str | None = None
    has_photo: bool = False
    notes: list[str] = field(default_factory=list)  # what was read differently from the card, said once


class _Prop:
    """One property line: its raw value (folding and quoted-printable already undone) and TYPE parameters."""

    def __init__(self, line: Any, version: str) -> None:
        self.name: str = line.name.upper()
        self.raw: str = line.value if isinstance(line.value, str) else ""
        self.params: dict[str, list[str]] = {k.upper(): v for k, v in line.params.items()}
        self.types = {t.lower() for t in line.singletonparams}
        self.version = version
        for t in self.params.get("TYPE", []):
            self.types |= {part.strip().lower() for part in str(t).split(",")}

    @property
    def text(self) -> str | None:
        return _clean(self._unescape(self.raw), self.name)

    @property
    def parts(self) -> list[str | None]:
        """A structured value (N, ORG): split on unescaped semicolons."""
        return [_clean(self._unescape(p), self.name) for p in re.split(r"(?<!\\);", self.raw)]

    def _unescape(self, value: str) -> str:
        if self.version == "2.1":  # only "\;" is an escape in 2.1; every other backslash is the character
            return value.replace("\\;", ";")
        # 3.0/4.0 text escapes (\n \, \; \\); vobject's own decoding would cut a value at a bare comma
        return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _clean(value: str | None, prop: str | None = None) -> str | None:
    if value is None:
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > MAX_VALUE:
        raise CardProblem(prop, _("a value is longer than {n} KiB").format(n=MAX_VALUE // 1024))
    if (bad := CONTROL.search(text)) is not None:
        raise CardProblem(prop, _("a control character (U+{code:04X}) in {value!r}").format(
            code=ord(bad.group()), value=text[:40]))
    return text or None


def garbled(text: str) -> str | None:
    """If ``text`` is CJK read in the wrong code page (Windows-1252 or Latin-1), the text it probably was
    ("?" when it holds replacement characters); else None. A Latin name with accents ("José Müller") does
    not turn wholly into CJK and is left alone."""
    if "\ufffd" in text:
        return "?"
    if sum(ord(ch) >= 0x80 for ch in text) < 2 or FAR_EAST.search(text):
        return None
    visible = [ch for ch in text if not ch.isspace()]
    specials = sum(ch in CP1252_SPECIALS for ch in visible)  # Shift_JIS lead bytes land here
    if 3 * sum(ch.isascii() and ch.isalpha() for ch in visible) > len(visible) and specials < 2:
        return None  # mostly Latin letters: a European name with accents, not two-byte text
    for wrong in ("cp1252", "latin-1"):
        try:
            raw = text.encode(wrong)
        except UnicodeEncodeError:
            continue
        for right in ("utf-8", "cp932", "gb18030", "big5hkscs"):
            try:
                fixed = raw.decode(right)
            except UnicodeDecodeError:
                continue
            letters = [ch for ch in fixed if not ch.isspace() and ch not in "·・-."]
            if letters and all(FAR_EAST.match(ch) for ch in letters):
                return fixed
    return None


def _tel(value: str) -> str:
    return value[4:] if value.lower().startswith("tel:") else value


def _pick(props: list[_Prop], prefer: str) -> _Prop | None:
    for prop in props:
        if prefer in prop.types or "pref" in prop.types or "1" in prop.params.get("PREF", []):
            return prop
    return props[0] if props else None


def _props(block: str) -> dict[str, list[_Prop]]:
    from vobject.base import getLogicalLines, textLineToContentLine

    lines = [textLineToContentLine(text, n) for text, n in getLogicalLines(io.StringIO(block), allowQP=True)]
    version = next((str(line.value).strip() for line in lines if line.name.upper() == "VERSION"), "3.0")
    c: dict[str, list[_Prop]] = {}
    for content in lines:
        c.setdefault(content.name.upper(), []).append(_Prop(content, version))
    return c


def _name(c: dict[str, list[_Prop]]) -> str:
    fn = c["FN"][0].text if "FN" in c else None
    if "N" in c and not fn:
        family, given = (list(c["N"][0].parts[:2]) + ["", ""])[:2]
        fn = full_name(family, given)
    if not fn:
        raise CardProblem("FN", _("the card names no person (no FN or N)") if "ORG" not in c else
                          _("the card names no person (only an organisation)"))
    if (fixed := garbled(fn)) is not None:
        hint = _(" (perhaps {text!r})").format(text=fixed) if fixed != "?" else ""
        raise CardProblem("FN", _("the name {name!r} looks garbled{hint}: the card's CHARSET or the file's encoding "
                                  "is wrong; give --encoding").format(name=fn, hint=hint))
    return fn


def _card(number: int, line: int, block: str) -> Card:
    c = _props(block)
    card = Card(number, line)
    out = card.fields
    out["name"] = _name(c)
    if "ORG" in c:
        org = c["ORG"][0].parts
        card.organisation = org[0] if org else None
        if len(org) > 1 and org[1]:
            out["department"] = org[1]
    title = c["TITLE"][0].text if "TITLE" in c else None
    role = c["ROLE"][0].text if "ROLE" in c else None
    if title or role:
        out["title"] = title or role
    if title and role and role != title:
        out["role_in_company"] = role
    email = _pick(c.get("EMAIL", []), "work")
    if email is not None and email.text:
        out["email"] = email.text
    phones = c.get("TEL", [])
    mobile = next((p for p in phones if p.types & {"cell", "mobile", "iphone"}), None)
    other = _pick([p for p in phones if p is not mobile and not p.types & {"fax"}], "work")
    if mobile is not None and mobile.text:
        out["mobile"] = _tel(mobile.text)
    if other is not None and other.text:
        out["phone"] = _tel(other.text)
    if "NOTE" in c and c["NOTE"][0].text:
        out["notes"] = c["NOTE"][0].text
    if "BDAY" in c and c["BDAY"][0].text:
        _birthday(c["BDAY"][0], card)
    if "UID" in c and c["UID"][0].text:
        out["external_id"] = c["UID"][0].text[:100]
    card.has_photo = "PHOTO" in c
    return card


def _birthday(prop: _Prop, card: Card) -> None:
    """RFC 6350 BDAY into the person: a date, a month and day without a year, a year, or text kept in the notes."""
    text = (prop.text or "").strip()
    omit = prop.params.get("X-APPLE-OMIT-YEAR", [None])[0]
    compact = text.replace("-", "") if re.fullmatch(r"[\d-]+(T.*)?", text) else ""
    day = re.fullmatch(r"(\d{8})(T.*)?", compact)
    no_year = re.fullmatch(r"(\d{4})(T.*)?", compact) if text.startswith("--") else None
    try:
        if day:
            born = dt.datetime.strptime(day.group(1), "%Y%m%d").date()
            if born.year == NO_YEAR or (omit and str(born.year) == str(omit)):
                born, no_year_flag = born.replace(year=NO_YEAR), True
            else:
                no_year_flag = False
            card.fields["birthday"], card.fields["birthday_no_year"] = born.isoformat(), no_year_flag
            return
        if no_year:
            born = dt.date(NO_YEAR, int(no_year.group(1)[:2]), int(no_year.group(1)[2:]))
            card.fields["birthday"], card.fields["birthday_no_year"] = born.isoformat(), True
            return
    except ValueError:
        pass
    year = re.fullmatch(r"(\d{4})(-?\d{2})?", text)
    if year and int(year.group(1)) != NO_YEAR:
        card.fields["birth_year"] = year.group(1)
    notes = card.fields.get("notes")
    card.fields["notes"] = (notes + "\n" if notes else "") + _("Birthday: {text}").format(text=text)
    card.notes.append(_("birthday {text!r} is not a whole date; kept in the notes").format(text=text))


def _split(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, text) of each BEGIN:VCARD … END:VCARD block; blank lines are dropped."""
    start: int | None = None
    buf: list[str] = []
    for number, line in enumerate(text.split("\n"), 1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if start is not None:
                raise UserError(_("line {n}: BEGIN:VCARD inside the card that starts on line {start}").format(
                    n=number, start=start))
            start, buf = number, []
        if start is not None and line.strip():
            buf.append(line)
        if upper == "END:VCARD":
            if start is None:
                raise UserError(_("line {n}: END:VCARD without BEGIN:VCARD").format(n=number))
            yield start, "\r\n".join(buf) + "\r\n"
            start = None
    if start is not None:
        raise UserError(_("line {n}: the card is not closed (no END:VCARD)").format(n=start))


def decode_vcard_file(raw: bytes, name: str, encoding: str | None = None) -> str:
    """The file's text with one LF per line end; a property's own CHARSET decodes its value."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)) or b"\x00" in raw[:4096]:
        return re.sub(r"\r*\n|\r+", "\n", decode_text(raw, name, encoding))
    lines = LINE_BREAK.split(raw)
    own: list[str | None] = []
    current: str | None = None
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            own.append(current)  # a folded continuation belongs to the property above
            continue
        head, sep, _value = line.partition(b":")
        m = CHARSET.search(head) if sep and not re.search(rb"QUOTED-PRINTABLE", head, re.I) else None
        current = m.group(1).decode("ascii").lower().replace("-", "_") if m else None
        own.append(current)
    sample = b"\n".join(line for line, cs in zip(lines, own, strict=True) if cs is None)
    file_enc = detect_encoding(sample[:1024 * 1024], encoding, complete=len(sample) <= 1024 * 1024)
    out = []
    for number, (line, cs) in enumerate(zip(lines, own, strict=True), 1):
        try:
            if cs is None:
                out.append(line.decode(file_enc))
                continue
            enc = ALIASES.get(cs, cs)
            codecs.lookup(enc)
            if line[:1] in (b" ", b"\t"):
                out.append(line.decode(enc))
            else:
                head, _sep, value = line.partition(b":")
                out.append(head.decode("ascii", "replace") + ":" + value.decode(enc))
        except LookupError:
            raise UserError(_("{name} line {n}: unknown CHARSET {charset!r}").format(name=name, n=number,
                                                                                    charset=cs)) from None
        except UnicodeDecodeError as exc:
            raise UserError(_("{name} line {n}: not valid {encoding} text ({reason}); give the right one with "
                              "--encoding").format(name=name, n=number, encoding=cs or file_enc,
                                                   reason=exc.reason)) from None
    return "\n".join(out)


def read_vcards(path: Path, encoding: str | None = None) -> tuple[list[Card], list[tuple[int, int, str, str | None]]]:
    """The cards of a file, and (card, line, problem, property) for each one that cannot be read."""
    path = path.expanduser()
    try:
        size = path.stat().st_size
        if size > MAX_VCARD_BYTES:
            raise UserError(_("{name} is {n} MiB; a vCard file may be at most {max} MiB").format(
                name=path.name, n=size // 2**20, max=MAX_VCARD_BYTES // 2**20))
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from None
    text = decode_vcard_file(raw, path.name, encoding)
    cards: list[Card] = []
    problems: list[tuple[int, int, str, str | None]] = []
    try:
        blocks = list(_split(text))
    except UserError as exc:
        raise UserError(_("{name} {exc}").format(name=path.name, exc=exc)) from None
    if not blocks:
        raise UserError(_("{name}: no vCard in the file (no BEGIN:VCARD line)").format(name=path.name))
    if len(blocks) > MAX_CARDS:
        raise UserError(_("{name} has {n} cards; at most {max} can be imported at once").format(
            name=path.name, n=len(blocks), max=f"{MAX_CARDS:,}"))
    for number, (line, block) in enumerate(blocks, 1):
        try:
            cards.append(_card(number, line, block))
        except CardProblem as exc:
            problems.append((number, line, str(exc)[:200], exc.prop))
        except Exception as exc:  # vobject raises anything on a broken card; reported by card
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            problems.append((number, line, message[:200], None))
    return cards, problems


# --- out


def vcard_text(people: Iterable[dict[str, Any]]) -> Iterator[str]:
    """vCard 4.0 text (CRLF, folded at 75 octets) for each person."""
    import vobject

    for p in people:
        card = vobject.vCard()
        card.add("version").value = "4.0"
        card.add("fn").value = p["name"]
        n = card.add("n")
        n.value = _cjk_name(p["name"]) if is_chinese(p["name"]) else _latin_name(p["name"])
        if p.get("name_latin"):
            card.add("x-phonetic-name").value = p["name_latin"]
        if p.get("account"):
            card.add("org").value = [p["account"]] + ([p["department"]] if p.get("department") else [])
        for key in ("title", "note"):
            if p.get(key):
                card.add(key).value = p[key]
        if p.get("email"):
            e = card.add("email")
            e.value = p["email"]
            e.params["TYPE"] = ["work"]
        for key, kind in (("phone", "work,voice"), ("mobile", "cell")):
            if p.get(key):
                t = card.add("tel")
                t.value = "tel:" + re.sub(r"[^\d+\-*#,;]", "-", p[key]).strip("-")
                t.params["VALUE"] = ["uri"]
                t.params["TYPE"] = [kind]
        if p.get("birthday"):  # vCard 4.0: --MMDD when the year is not known
            card.add("bday").value = p["birthday"].strftime("--%m%d" if p.get("birthday_no_year") else "%Y%m%d")
        card.add("uid").value = p["uid"]
        if p.get("updated_at"):
            card.add("rev").value = p["updated_at"].strftime("%Y%m%dT%H%M%SZ")
        yield card.serialize()


COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲",
                     "公孙", "公孫", "慕容", "令狐", "夏侯", "长孙", "長孫", "宇文", "司徒", "端木", "独孤", "獨孤")


def _cjk_name(name: str) -> Any:
    """N for a Chinese name: the surname (one character, or a known two-character one) and the given name."""
    import vobject

    name = name.strip()
    cut = 2 if name.startswith(COMPOUND_SURNAMES) and len(name) > 2 else 1
    if len(name) < 2 or not is_chinese(name[0]):
        return vobject.vcard.Name(family=name)
    return vobject.vcard.Name(family=name[:cut], given=name[cut:])


def _latin_name(name: str) -> Any:
    import vobject

    parts = name.split()
    return vobject.vcard.Name(family=parts[-1], given=" ".join(parts[:-1])) if len(parts) > 1 else \
        vobject.vcard.Name(family=name)
