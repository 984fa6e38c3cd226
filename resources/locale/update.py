"""Refresh the core's message catalogues: extract every marked text from kam/, update the .po files, compile .mo.

    python resources/locale/update.py          # extract, update, compile
    python resources/locale/update.py --check  # exit 1 if a text is new, untranslated or its .mo is stale
    python resources/locale/update.py --fill T.tsv  # translations from lines "English<TAB>简体<TAB>繁體"

Translators edit ``resources/locale/<lang>/LC_MESSAGES/kam.po`` (any .po editor);
translations are kept when texts are re-extracted; a text that changed comes
back untranslated (no fuzzy guesses: a wrong sentence is worse than English).
The compiled .mo files are committed, so an install needs no tools. The Qt
interface (ui/) has its own catalogues in resources/i18n (Qt Linguist).
"""

from __future__ import annotations

import datetime
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from kam import i18n

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGS = i18n.LANGS[1:]  # the translations; English is the source
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def template() -> Catalog:
    """Every marked text under kam/, with where it is used."""
    catalog = Catalog(project="kam", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT / "kam"), method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=("TRANSLATORS:",), strip_comment_tags=True):
        catalog.add(message, None, [(f"kam/{filename}", lineno)], auto_comments=comments, context=context)
    return catalog


def po_path(lang: str) -> Path:
    return HERE / lang / "LC_MESSAGES" / "kam.po"


def updated(lang: str, pot: Catalog) -> Catalog:
    path = po_path(lang)
    if path.exists():
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
    else:
        catalog = Catalog(locale=lang, project="kam", charset="utf-8")
    catalog.update(pot, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    # A stable header: re-running on unchanged texts changes no byte (the --check compares bytes).
    catalog.creation_date = catalog.revision_date = FIXED_DATE
    catalog.fuzzy = False
    catalog.language_team = catalog.last_translator = "kam developers"
    catalog.msgid_bugs_address = ""
    return catalog


def compiled(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def po_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, catalog, width=100, sort_output=False, omit_header=False, include_previous=False)
    return buf.getvalue()


def missing(catalog: Catalog) -> list[str]:
    """Texts with no translation (or a fuzzy one) in ``catalog``."""
    out = []
    for m in catalog:
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy or not all(strings):
            out.append(m.id if isinstance(m.id, str) else m.id[0])
    return out


def fill(catalog: Catalog, lang: str, tsv: Path) -> int:
    """Take translations from a tab-separated file (English, 简体, 繁體; ``\\n`` for a line break)."""
    column = 1 + LANGS.index(lang)
    done = 0
    for line in tsv.read_text(encoding="utf-8").splitlines():
        cells = [c.replace("\\n", "\n") for c in line.split("\t")]
        if len(cells) == 1 + len(LANGS) and cells[0] in catalog and cells[column]:
            catalog[cells[0]].string = cells[column]
            catalog[cells[0]].flags.discard("fuzzy")
            done += 1
    return done


def main(check: bool = False, tsv: Path | None = None) -> int:
    pot = template()
    problems = []
    for lang in LANGS:
        catalog = updated(lang, pot)
        po, mo = po_path(lang), po_path(lang).with_suffix(".mo")
        if check:
            if not po.exists() or po.read_bytes() != po_bytes(catalog):
                problems.append(f"{po.relative_to(ROOT)} is not up to date with the texts in kam/ (run update.py)")
            if not mo.exists() or mo.read_bytes() != compiled(catalog):
                problems.append(f"{mo.relative_to(ROOT)} is not compiled from its .po (run update.py)")
            problems += [f"{lang}: untranslated: {text!r}" for text in missing(catalog)]
            continue
        if tsv is not None:
            print(f"{lang}: {fill(catalog, lang, tsv)} translations taken from {tsv}")
        po.parent.mkdir(parents=True, exist_ok=True)
        po.write_bytes(po_bytes(catalog))
        mo.write_bytes(compiled(catalog))
        todo = missing(catalog)
        print(f"{lang}: {len(catalog)} texts, {len(todo)} untranslated")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(check="--check" in args, tsv=Path(args[args.index("--fill") + 1]) if "--fill" in args else None))
