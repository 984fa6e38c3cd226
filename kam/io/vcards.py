"""vCards in (2.1, 3.0, 4.0, through ``vobject``) and out (4.0).

Phones and Outlook write vCards in many dialects: version 2.1 with
quoted-printable values and ``CHARSET=`` parameters (old Android, Outlook),
3.0 (iPhone, Google), 4.0 (newer servers); folded lines; many cards in one
file; photos in base64. The file's own encoding is detected like a CSV's
(UTF-8, UTF-16, GB18030, Big5…), then ``vobject``'s line reader undoes the
folding, quoted-printable and CHARSET of each property; values are unescaped
here (vobject's own text decoding cuts a 2.1 value at its first bare comma).
A card that cannot be read is reported by its number and line; nothing is
imported.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kam.errors import UserError
from kam.io.tabular import decode_text
from kam.text import full_name, is_chinese

MAX_VCARD_BYTES = 50 * 1024 * 1024
MAX_CARDS = 100_000
MAX_VALUE = 32 * 1024


@dataclass
class Card:
    number: int
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    organisation: str | None = None
    has_photo: bool = False


class _Prop:
    """One property line: its raw value (folding and quoted-printable already undone) and TYPE parameters."""

    def __init__(self, line: Any) -> None:
        self.raw: str = line.value if isinstance(line.value, str) else ""
        self.params: dict[str, list[str]] = {k.upper(): v for k, v in line.params.items()}
        self.types = {t.lower() for t in line.singletonparams}
        for t in self.params.get("TYPE", []):
            self.types |= {part.strip().lower() for part in str(t).split(",")}

    @property
    def text(self) -> str | None:
        return _clean(_unescape(self.raw))

    @property
    def parts(self) -> list[str | None]:
        """A structured value (N, ORG): split on unescaped semicolons."""
        return [_clean(_unescape(p)) for p in re.split(r"(?<!\\);", self.raw)]


def _unescape(value: str) -> str:
    # Text escapes of vCard 3.0/4.0 (\n \, \; \\); version 2.1 writers leave commas bare, which is kept as is
    # (vobject's own text decoding would cut the value at the first bare comma).
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > MAX_VALUE:
        raise ValueError(f"a value is longer than {MAX_VALUE // 1024} KiB")
    return text or None


def _tel(value: str) -> str:
    return value[4:] if value.lower().startswith("tel:") else value


def _pick(props: list[_Prop], prefer: str) -> _Prop | None:
    for prop in props:
        if prefer in prop.types or "pref" in prop.types or "1" in prop.params.get("PREF", []):
            return prop
    return props[0] if props else None


def _card(number: int, line: int, block: str) -> Card:
    from vobject.base import getLogicalLines, textLineToContentLine

    c: dict[str, list[_Prop]] = {}
    for text, n in getLogicalLines(io.StringIO(block), allowQP=True):
        content = textLineToContentLine(text, n)
        c.setdefault(content.name.upper(), []).append(_Prop(content))
    card = Card(number, line)
    out = card.fields
    fn = c["FN"][0].text if "FN" in c else None
    if "N" in c and not fn:
        family, given = (list(c["N"][0].parts[:2]) + ["", ""])[:2]
        fn = full_name(family, given)
    if not fn:
        raise ValueError("the card names no person (no FN or N)" if "ORG" not in c else
                         "the card names no person (only an organisation)")
    out["name"] = fn
    if "ORG" in c:
        org = c["ORG"][0].parts
        card.organisation = org[0] if org else None
        if len(org) > 1 and org[1]:
            out["department"] = org[1]
    title = c["TITLE"][0].text if "TITLE" in c else None
    role = c["ROLE"][0].text if "ROLE" in c else None
    if title or role:
        out["title"] = title or role  # type: ignore[assignment]
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
        out["birthday"] = _birthday(c["BDAY"][0].text)
    if "UID" in c and c["UID"][0].text:
        out["external_id"] = c["UID"][0].text[:100]
    card.has_photo = "PHOTO" in c
    return card


def _birthday(value: str) -> str:
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%Y-%m-%dT%H:%M:%S", "%Y%m%dT%H%M%S"):
        try:
            return dt.datetime.strptime(text.rstrip("Z"), fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"birthday {text!r} is not a date")


def _split(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, text) of each BEGIN:VCARD … END:VCARD block."""
    start: int | None = None
    buf: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if start is not None:
                raise UserError(f"line {number}: BEGIN:VCARD inside the card that starts on line {start}")
            start, buf = number, []
        if start is not None:
            buf.append(line)
        if upper == "END:VCARD":
            if start is None:
                raise UserError(f"line {number}: END:VCARD without BEGIN:VCARD")
            yield start, "\r\n".join(buf) + "\r\n"
            start = None
    if start is not None:
        raise UserError(f"line {start}: the card is not closed (no END:VCARD)")


def read_vcards(path: Path, encoding: str | None = None) -> tuple[list[Card], list[tuple[int, int, str]]]:
    """The cards of a file, and (card, line, problem) for each one that cannot be read."""
    path = path.expanduser()
    try:
        size = path.stat().st_size
        if size > MAX_VCARD_BYTES:
            raise UserError(f"{path.name} is {size // 2**20} MiB; a vCard file may be at most "
                            f"{MAX_VCARD_BYTES // 2**20} MiB")
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from None
    text = decode_text(raw, path.name, encoding)
    cards: list[Card] = []
    problems: list[tuple[int, int, str]] = []
    try:
        blocks = list(_split(text))
    except UserError as exc:
        raise UserError(f"{path.name} {exc}") from None
    if not blocks:
        raise UserError(f"{path.name}: no vCard in the file (no BEGIN:VCARD line)")
    if len(blocks) > MAX_CARDS:
        raise UserError(f"{path.name} has {len(blocks)} cards; at most {MAX_CARDS:,} can be imported at once")
    for number, (line, block) in enumerate(blocks, 1):
        try:
            cards.append(_card(number, line, block))
        except Exception as exc:  # vobject raises anything on a broken card; reported by card
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            problems.append((number, line, message[:200]))
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
        if p.get("birthday"):
            card.add("bday").value = p["birthday"].strftime("%Y%m%d")
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
