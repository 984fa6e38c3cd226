"""Regenerate the README's screenshots from the current demo: `python docs/screenshots/make.py`.

Builds a fresh demo database in a temporary folder (plain, not encrypted: nothing secret in it), then renders
each picture offscreen with `kam gui --screenshot` at the size of a 1366×768 laptop (views over the window
with `--show`), and the first page of the printed brief with pypdfium2. Writes into this folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NORDHAFEN, GROUP, DINGXIN = "Nordhafen Automotive GmbH", "华东精密机械集团有限公司", "鼎新電子股份有限公司"
SIZE = "1366x768"

# file name -> the `kam gui` arguments that show it
WINDOW_SHOTS: dict[str, list[str]] = {
    "main-window-zh_CN": ["--lang", "zh_CN", "--account", GROUP, "--section", "people"],
    "orgchart-zh_TW": ["--lang", "zh_TW", "--account", DINGXIN, "--section", "orgchart"],
    "plan-en": ["--lang", "en", "--account", NORDHAFEN, "--section", "plan"],
    "whitespace-en": ["--lang", "en", "--account", GROUP, "--section", "whitespace"],
    "whitespace-zh_CN": ["--lang", "zh_CN", "--account", GROUP, "--section", "whitespace"],
    "portfolio-zh_CN": ["--lang", "zh_CN", "--show", "portfolio:accounts"],
    "value-matrix-zh_CN": ["--lang", "zh_CN", "--show", "portfolio:matrix"],
    "print-preview-en": ["--lang", "en", "--account", NORDHAFEN, "--show", "print:brief"],
    "person-zh_CN": ["--lang", "zh_CN", "--account", GROUP, "--show", "person"],
    "import-en": ["--lang", "en", "--account", NORDHAFEN, "--show", "import"],
}
BRIEFS = {"brief-en": (NORDHAFEN, "en"), "brief-zh_CN": (GROUP, "zh_CN")}


def kam(*args: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "kam", *args], check=True, env=env, stdout=subprocess.DEVNULL)


def main() -> int:
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.sqlite3")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KAM_LANG="en")
        env.pop("KAM_DB", None)
        kam("--db", db, "init", "--plain", env=env)
        kam("--db", db, "demo", env=env)
        for name, args in WINDOW_SHOTS.items():
            kam("--db", db, "--user", "li.na", "gui", "--size", SIZE, *args, "--screenshot",
                str(HERE / f"{name}.png"), env=env)
            print(f"{name}.png")
        for name, (account, lang) in BRIEFS.items():
            pdf = Path(tmp) / f"{name}.pdf"
            kam("--db", db, "--user", "li.na", "brief", account, "--lang", lang, "--out", str(pdf), env=env)
            doc = pdfium.PdfDocument(pdf.read_bytes())
            doc[0].render(scale=1.0).to_pil().save(HERE / f"{name}.png")
            doc.close()
            print(f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
