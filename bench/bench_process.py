"""What the user waits for, as whole processes (issue #19), each row beside its bare reference in the same run.

Every row is a fresh ``python -m kam …`` process (or the bare reference's own process), run ``--runs`` times
(default 5); the median wall time is printed, and for the GUI rows the median peak RSS. The bare references:

* a bare PySide6 ``QMainWindow`` shown and grabbed into a PNG (what any Qt app pays);
* ReportLab writing a 30-paragraph CJK page with the bundled font (what any CJK PDF pays);
* ``kam --version`` (the interpreter and the entry point).

    KAM_DB_KEY=… python bench/bench_process.py --db demo.sqlite3 --big big.sqlite3 [--account 1] [--scale-build]

``--db`` is a ``kam demo`` database, ``--big`` a ``kam demo --scale 5000`` one (both encrypted, key in
``KAM_DB_KEY``). ``--scale-build`` also times ``kam demo --scale 5000`` once, encrypted and plain, into a
temporary folder (≈ 1–2 min). Not part of the test suite: targets are read here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
w.grab().save(sys.argv[1])
"""

BARE_PDF = """
import sys
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
pdfmetrics.registerFont(TTFont("CJK", sys.argv[2], subfontIndex=0))
style = ParagraphStyle("p", fontName="CJK", fontSize=10, leading=14)
text = "客户关系管理：拜访记录、组织架构与年度计划。Key-account plan 2026 — 客戶關係。"
SimpleDocTemplate(sys.argv[1]).build([Paragraph(f"{i}. {text}", style) for i in range(30)])
"""


@dataclass
class Timing:
    seconds: float  # wall
    rss_mib: float
    cpu: float = 0.0  # user + system seconds of the process (steadier than wall time on a busy machine)


def run(argv: Sequence[str], env: dict[str, str]) -> Timing:
    """One process: wall time and peak resident set size (from wait4's rusage)."""
    started = time.perf_counter()
    proc = subprocess.Popen(list(argv), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err.decode(errors='replace')}")
    return Timing(elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def median(argv: Sequence[str], env: dict[str, str], runs: int) -> Timing:
    run(argv, env)  # warm the page cache; not counted
    got = [run(argv, env) for _ in range(runs)]
    return Timing(statistics.median(t.seconds for t in got), statistics.median(t.rss_mib for t in got),
                  statistics.median(t.cpu for t in got))


def kam(*args: str) -> list[str]:
    return [sys.executable, "-m", "kam", *args]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a `kam demo` database")
    ap.add_argument("--big", help="a `kam demo --scale 5000` database")
    ap.add_argument("--account", default="1", help="the account of the brief (default 1)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scale-build", action="store_true", help="also time `kam demo --scale 5000` (once each)")
    args = ap.parse_args()
    # an installed kam has its bytecode compiled; a checkout under PYTHONDONTWRITEBYTECODE (this machine) never
    # writes it, and every process would compile kam/ and ui/ again (≈ 0.1-0.3 s): compile them once here
    import compileall

    for package in ("kam", "ui"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KAM_LANG="en")
    if "KAM_DB_KEY" not in env:
        print("note: KAM_DB_KEY is not set; an encrypted database needs it (or a credential store)", file=sys.stderr)
    tmp = Path(tempfile.mkdtemp(prefix="kam-bench-"))
    n = args.runs
    rows: list[tuple[str, str, str, str]] = []

    def row(what: str, ours: str, ref: str, verdict: str) -> None:
        rows.append((what, ours, ref, verdict))
        print(f"{what}: {ours} | {ref} | {verdict}", flush=True)

    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores", flush=True)
    version = median(kam("--version"), env, n)
    bare_win = median([sys.executable, "-c", BARE_WINDOW, str(tmp / "bare.png")], env, n)
    bare_pdf = median([sys.executable, "-c", BARE_PDF, str(tmp / "bare.pdf"), str(FONT)], env, n)

    # the measure: until the filled list and the first dossier show (the reminders fill in afterwards,
    # off the GUI thread); the full picture, reminders included, beside it
    gui = median(kam("--db", args.db, "gui", "--screenshot", str(tmp / "gui.png"), "--first-view"), env, n)
    ratio = gui.seconds / bare_win.seconds
    row("`kam gui --screenshot --first-view` (demo)", f"{gui.seconds:.2f} s (cpu {gui.cpu:.2f}), {gui.rss_mib:.0f} MiB",
        f"bare QMainWindow {bare_win.seconds:.2f} s", f"{ratio:.1f}× (cpu {gui.cpu / bare_win.cpu:.1f}×; target ≤ 3×) {'ok' if ratio <= 3 else 'MISSED'}")
    full = median(kam("--db", args.db, "gui", "--screenshot", str(tmp / "gui-full.png")), env, n)
    row("`kam gui --screenshot` (demo, reminders filled)", f"{full.seconds:.2f} s (cpu {full.cpu:.2f})",
        f"bare QMainWindow {bare_win.seconds:.2f} s", f"{full.seconds / bare_win.seconds:.1f}×")

    brief = median(kam("--db", args.db, "brief", args.account, "--out", str(tmp / "brief.pdf")), env, n)
    ratio = brief.seconds / bare_pdf.seconds
    row("`kam brief` (demo)", f"{brief.seconds:.2f} s (cpu {brief.cpu:.2f})", f"ReportLab CJK page {bare_pdf.seconds:.2f} s",
        f"{ratio:.1f}× (cpu {brief.cpu / bare_pdf.cpu:.1f}×; target ≤ 2×) {'ok' if ratio <= 2 else 'MISSED'}")

    acc = median(kam("--db", args.db, "accounts", "--json"), env, n)
    row("`kam accounts --json` (14 accounts)", f"{acc.seconds:.2f} s (cpu {acc.cpu:.2f})", f"`kam --version` {version.seconds:.2f} s",
        f"target ≤ 0.3 s {'ok' if acc.seconds <= 0.3 else 'MISSED'}")

    if args.big:
        big = median(kam("--db", args.big, "accounts", "--json"), env, n)
        over = big.seconds - version.seconds
        row("`kam accounts --json` (5 000 accounts)", f"{big.seconds:.2f} s (cpu {big.cpu:.2f}; {over:.2f} s over --version)",
            f"`kam --version` {version.seconds:.2f} s", f"target ≤ 0.5 s {'ok' if big.seconds <= 0.5 else 'MISSED'}")
        tiers = median(kam("--db", args.big, "tiers", "--json"), env, n)
        row("`kam tiers --json` (5 000 accounts, 1 M transactions)", f"{tiers.seconds:.2f} s (cpu {tiers.cpu:.2f})", "—",
            f"target ≤ 1 s {'ok' if tiers.seconds <= 1 else 'MISSED'}")
        for command in ("pareto", "scorecard"):
            got = median(kam("--db", args.big, command, "--json"), env, n)
            row(f"`kam {command} --json` (5 000 accounts)", f"{got.seconds:.2f} s (cpu {got.cpu:.2f})", "—",
                f"target ≤ 1 s {'ok' if got.seconds <= 1 else 'MISSED'}")
        gui_big = median(kam("--db", args.big, "gui", "--screenshot", str(tmp / "big.png"), "--first-view"), env, n)
        ok = gui_big.seconds <= 1 and gui_big.rss_mib <= 250
        row("`kam gui --screenshot --first-view` (5 000 accounts)", f"{gui_big.seconds:.2f} s (cpu {gui_big.cpu:.2f}), {gui_big.rss_mib:.0f} MiB",
            f"bare QMainWindow {bare_win.seconds:.2f} s", f"target ≤ 1 s, ≤ 250 MiB {'ok' if ok else 'MISSED'}")

    if args.scale_build:
        timings: dict[str, float] = {}
        for label, extra in (("encrypted", ()), ("plain", ("--plain",))):
            db = tmp / f"scale-{label}.sqlite3"
            benv = dict(env, KAM_DB_KEY=env.get("KAM_DB_KEY") or "ab" * 32)
            if extra:
                subprocess.run(kam("--db", str(db), "init", *extra), env=benv, check=True, capture_output=True)
            got = run(kam("--db", str(db), "demo", "--scale", "5000", "--force"), benv)
            timings[label] = got.seconds
            timings[label + " cpu"] = got.cpu
            db.unlink()
        row("`kam demo --scale 5000`", f"{timings['encrypted']:.0f} s encrypted (cpu {timings['encrypted cpu']:.0f})",
            f"{timings['plain']:.0f} s plain (cpu {timings['plain cpu']:.0f})",
            f"target ≤ 60 s encrypted {'ok' if timings['encrypted'] <= 60 else 'MISSED'}")

    print(f"\n| what the user does | measured (median of {n}) | bare reference, same run | verdict |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
