"""Refresh the translations: extract texts from ui/ into the .ts sources, then build the .qm files.

    python resources/i18n/update.py

Translators edit resources/i18n/kam_zh_CN.ts and kam_zh_TW.ts (Qt Linguist or
any editor); existing translations are kept when texts are re-extracted. The
built .qm files are committed, so an install needs no Qt tools.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kam import i18n

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGS = i18n.LANGS[1:]  # the translations; English is the source


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def main() -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    for lang in LANGS:
        ts = HERE / f"kam_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-target-language", lang, "-ts", str(ts)],
                       check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
