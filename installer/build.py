"""Build the one-folder bundle on this OS, smoke-test it, and compile the installer script around it.

    python installer/build.py [--skip-installer]

The project must be installed (non-editable, with the tested versions:
`pip install -c constraints.txt ".[team,installer]"`) in the running Python: PyInstaller
bundles the installed package, not the source tree, and the build refuses other versions. On Linux
this is the smoke test: the frozen `kam` runs from a temporary directory outside the
checkout and must print its version, load the demo, print a brief and take a screenshot.
On Windows it also yields dist/KAM-Setup-<version>.exe (NSIS, per-user).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"


def version() -> str:
    """The app version, single-sourced from pyproject.toml."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def write_version_info(v: str) -> None:
    nums = tuple(int(x) for x in (v.split(".") + ["0", "0", "0"])[:4])
    (HERE / "version_info.txt").write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'KAM'), StringStruct('FileDescription', 'Key-account management'),
      StringStruct('FileVersion', '{v}'), StringStruct('InternalName', 'kam'),
      StringStruct('OriginalFilename', 'KAM.exe'), StringStruct('ProductName', 'KAM'),
      StringStruct('ProductVersion', '{v}')])]),
        VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""", encoding="utf-8")


def check_constraints() -> None:
    """Bundle only what was tested: every installed package named in constraints.txt has its version there."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    wrong = []
    for line in (ROOT / "constraints.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, pinned = line.split("==")
        try:
            have = installed(name)
        except PackageNotFoundError:
            continue  # not needed on this platform
        if have != pinned:
            wrong.append(f"{name} {have} (tested: {pinned})")
    if wrong:
        raise SystemExit("installed versions differ from constraints.txt; install with "
                         "pip install -c constraints.txt \".[team,installer]\":\n  " + "\n  ".join(wrong))


def build_bundle() -> tuple[Path, float]:
    start = time.perf_counter()
    work = ROOT / "build" / "pyinstaller"
    work.mkdir(parents=True, exist_ok=True)
    # cwd outside the checkout: otherwise `python -m` puts the source tree on sys.path and
    # PyInstaller would bundle the unbuilt sources instead of the installed package
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(DIST),
                    "--workpath", str(work), str(HERE / "kam.spec")], check=True, cwd=work)
    return DIST / "kam", time.perf_counter() - start


def smoke(bundle: Path) -> dict[str, float]:
    """Run the frozen app from outside the source tree; any failure raises."""
    exe = bundle / ("kam.exe" if os.name == "nt" else "kam")
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # no credential store on a build machine: the smoke database's key comes from KAM_DB_KEY
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH="", KAM_DB="", KAM_DB_KEY="a5" * 32)
        env.pop("PYTHONPATH")
        db = work / "smoke.sqlite3"

        def run(*args: str) -> str:
            t = time.perf_counter()
            res = subprocess.run([str(exe), *args], cwd=work, env=env, capture_output=True, text=True,
                                 encoding="utf-8", timeout=300)
            timings[next((a for a in args if a == "--version" or not a.startswith("-") and a not in (str(db),)),
                         args[0])] = time.perf_counter() - t
            if res.returncode != 0:
                raise SystemExit(f"smoke test failed: kam {' '.join(args)}\n{res.stdout}\n{res.stderr}")
            return res.stdout

        out = run("--version")
        if version() not in out:
            raise SystemExit(f"kam --version printed {out!r}, expected {version()}")
        run("--db", str(db), "demo")
        if db.read_bytes()[:16] == b"SQLite format 3\x00":
            raise SystemExit("the frozen app wrote an unencrypted database")
        env["KAM_REGISTER_PASSPHRASE"] = "demo-register"
        run("--db", str(db), "register", "unlock-test")
        run("--db", str(db), "brief", "鼎新電子股份有限公司", "--out", str(work / "x.pdf"), "--lang", "zh_TW")
        if not (work / "x.pdf").read_bytes().startswith(b"%PDF"):
            raise SystemExit("the brief is not a PDF")
        # import/export libraries loaded on demand (vobject, icalendar, openpyxl) are in the bundle
        run("--db", str(db), "export", "vcard", "华东精密机械集团有限公司", "--out", str(work / "x.vcf"))
        run("--db", str(db), "export", "ics", "--out", str(work / "x.ics"))
        run("--db", str(db), "export", "people", "--out", str(work / "x.xlsx"))
        run("--db", str(db), "import", str(work / "x.vcf"), "--dry-run")
        if not (work / "x.ics").read_bytes().startswith(b"BEGIN:VCALENDAR"):
            raise SystemExit("the calendar export is not an ICS file")
        run("--db", str(db), "gui", "--screenshot", str(work / "x.png"), "--account", "华东精密机械集团有限公司",
            "--lang", "zh_CN")
        if (work / "x.png").stat().st_size < 10_000:
            raise SystemExit("the screenshot is empty")
        # every section of the dossier (charts, the org chart, the whitespace map …) opens in the frozen app
        from kam.vocab import DOSSIER_SECTIONS

        for section in DOSSIER_SECTIONS:
            shot = work / f"x-{section}.png"
            run("--db", str(db), "gui", "--screenshot", str(shot), "--account", "华东精密机械集团有限公司",
                "--section", section, "--lang", "zh_TW")
            if shot.stat().st_size < 10_000:
                raise SystemExit(f"the screenshot of {section} is empty")
        # every window and dialog the app opens over the dossier (the portfolio's tabs, the print previews, the
        # import wizard, the person, visit, scoring and preferences dialogs): a Qt piece left out of the bundle
        # that one of them needs fails here
        from kam.vocab import GUI_VIEWS

        for view in GUI_VIEWS:
            shot = work / f"x-{view.replace(':', '-')}.png"
            run("--db", str(db), "gui", "--screenshot", str(shot), "--account", "华东精密机械集团有限公司",
                "--show", view, "--lang", "zh_CN")
            if shot.stat().st_size < 10_000:
                raise SystemExit(f"the screenshot of {view} is empty")
        shutil.copy(work / "x.png", DIST / "smoke-screenshot.png")
    return timings


def compile_installer(bundle: Path) -> Path | None:
    makensis = shutil.which("makensis")
    if makensis is None:
        print("makensis not found: installer script not compiled")
        return None
    out = DIST / f"KAM-Setup-{version()}.exe"
    subprocess.run([makensis, "-V2", f"-DVERSION={version()}", f"-DBUNDLE={bundle}", f"-DOUTFILE={out}",
                    f"-DICON={ROOT / 'resources' / 'icons' / 'kam.ico'}", str(HERE / "kam.nsi")], check=True)
    return out


def size_of(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]  # links would count twice
    return sum(p.stat().st_size for p in files), len(files)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-installer", action="store_true")
    args = ap.parse_args()
    v = version()
    check_constraints()
    write_version_info(v)
    bundle, seconds = build_bundle()
    size, count = size_of(bundle)
    print(f"bundle: {bundle} — {size / 2**20:.0f} MiB in {count} files, built in {seconds:.0f} s")
    timings = smoke(bundle)
    print("smoke test passed: " + ", ".join(f"{k} {t:.2f} s" for k, t in timings.items()))
    if not args.skip_installer:
        setup = compile_installer(bundle)
        if setup is not None:
            print(f"installer: {setup} ({setup.stat().st_size / 2**20:.0f} MiB)")


if __name__ == "__main__":
    main()
