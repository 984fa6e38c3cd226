"""The core knows no screen: nothing under kam/ imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import kam
from kam.i18n import LANGS

KAM_DIR = Path(kam.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_under_kam_imports_qt() -> None:
    offenders = [str(p.relative_to(KAM_DIR)) for p in KAM_DIR.rglob("*.py")
                 if _imports(p) & {"PySide6", "PyQt6", "PyQt5", "shiboken6", "ui"}]
    assert offenders == []


def test_importing_every_kam_module_loads_no_qt(tmp_path: Path) -> None:
    modules = sorted(
        ".".join(("kam", *p.relative_to(KAM_DIR).with_suffix("").parts))
        for p in KAM_DIR.rglob("*.py") if p.name not in ("__main__.py",)
        and "migrations" not in p.parts
    )
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
            "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))")
    # cwd outside the checkout: `python -c` puts the cwd first on sys.path
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path)
    assert out.stdout.strip() == "[]"


def test_migrations_and_font_are_package_data() -> None:
    assert (Path(str(files("kam.migrations"))) / "env.py").is_file()
    assert (files("kam.resources") / "fonts" / "wqy-microhei.ttc").is_file()


def test_every_package_is_listed_for_the_wheel() -> None:
    """A package missing from pyproject's list is missing from a non-editable install."""
    import tomllib

    repo = Path(__file__).resolve().parent.parent  # the source tree, not the installed copy
    listed = set(tomllib.loads((repo / "pyproject.toml").read_text("utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(repo).parts)
             for top in ("kam", "ui") for init in (repo / top).rglob("__init__.py")}
    assert found
    assert found - listed == set()


def test_translations_are_complete() -> None:
    """Every interface text has a 简体 and a 繁體 translation, and the built .qm files exist."""
    import xml.etree.ElementTree as ET

    i18n = Path(__file__).resolve().parent.parent / "resources" / "i18n"
    for lang in LANGS[1:]:  # English is the source
        tree = ET.parse(i18n / f"kam_{lang}.ts")
        unfinished = [m.findtext("source") for m in tree.iter("message")
                      if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], f"{lang}: untranslated {unfinished[:5]}"
        assert (i18n / f"kam_{lang}.qm").stat().st_size > 10_000


def _package_imports() -> dict[str, dict[str, list[str]]]:
    """Which package of kam/ imports which other, from every import statement (function-level ones too,
    ``if TYPE_CHECKING:`` ones too): {importer: {imported: ["file:line", …]}}."""
    graph: dict[str, dict[str, list[str]]] = {}
    for path in KAM_DIR.rglob("*.py"):
        rel = path.relative_to(KAM_DIR)
        if "migrations" in rel.parts or "resources" in rel.parts:
            continue
        here = rel.parts[0].removesuffix(".py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets = ([f"kam.{a.name}" for a in node.names] if node.module == "kam" else [node.module])
            else:
                continue
            for target in targets:
                parts = target.split(".")
                if parts[0] == "kam" and len(parts) > 1 and parts[1] != here:
                    graph.setdefault(here, {}).setdefault(parts[1], []).append(f"{rel}:{node.lineno}")
    return graph


def test_no_import_cycle_between_kam_packages() -> None:
    """Each package of kam/ (and each top-level module) sits on a floor: nothing imports upwards."""
    graph = _package_imports()
    assert "store" in graph["app"]  # the scan sees imports at all
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        for nxt in graph.get(node, {}):
            if nxt == path[0]:
                cycles.append(" -> ".join([*path, nxt]) + f"  ({graph[node][nxt][0]})")
            elif nxt not in path and nxt > path[0]:  # each cycle reported once, from its smallest member
                visit(nxt, [*path, nxt])

    for start in sorted(graph):
        visit(start, [start])
    assert cycles == []


def test_no_private_name_is_imported_across_modules() -> None:
    """A leading underscore means "this module's own": another module needing it wants a public function
    (gettext's ``_`` excepted)."""
    offenders = []
    for path in [*KAM_DIR.rglob("*.py"), *(KAM_DIR.parent / "ui").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(("kam", "ui")):
                offenders += [f"{path.name}:{node.lineno} {a.name}" for a in node.names
                              if a.name.startswith("_") and not a.name.startswith("__") and a.name != "_"]
    assert offenders == []


def test_the_readme_names_every_edit_that_is_not_undone() -> None:
    """The deliberate exceptions to undo are one list in the code, stated in the README."""
    import re

    from ui.commands import NOT_UNDONE

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    said = re.sub(r"\s+", " ", readme)
    assert [d for d in NOT_UNDONE.values() if d not in said] == []


def test_tests_run_the_installed_kam_outside_the_checkout() -> None:
    """CI installs kam into the venv (not editable): a `python -m kam` started in the checkout would import
    the source tree instead, which has no kam.migrations or kam.resources. Every such process gets a cwd."""
    offenders = []
    for path in (KAM_DIR.parent / "tests").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = {id(c.args[0]): c for c in ast.walk(tree)
                 if isinstance(c, ast.Call) and c.args and isinstance(c.args[0], ast.List)}
        for node in ast.walk(tree):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant)] if isinstance(node, ast.List) else []
            if "-m" in words and "kam" in words:
                call = calls.get(id(node))  # the command list is the call's first argument, with a cwd
                if call is None or not any(k.arg == "cwd" for k in call.keywords):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_no_signal_fills_an_optional_parameter() -> None:
    """A signal connected straight to a function with optional parameters fills them with what it carries
    (``triggered``/``clicked`` pass ``checked=False``: ``backup_now(target=False)``). Such functions are
    connected through ``ui.signals.call_on`` (or a lambda that calls them with no arguments)."""
    import ui

    ui_dir = Path(ui.__file__).parent
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in ui_dir.rglob("*.py")}
    optional: set[str] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = node.args
                if args.defaults or any(d is not None for d in args.kw_defaults):
                    optional.add(node.name)

    def target(arg: ast.expr) -> str | None:
        if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "partial" and arg.args:
            return target(arg.args[0])
        if isinstance(arg, ast.Attribute):
            return arg.attr
        if isinstance(arg, ast.Name):
            return arg.id
        return None

    offenders = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            # signal.connect(f), and QMenu/QToolBar.addAction(text, f) which connects triggered(bool) to f
            if node.func.attr == "connect" and node.args:
                fn = node.args[0]
            elif node.func.attr == "addAction" and len(node.args) >= 2:
                fn = node.args[-1]
            else:
                continue
            name = target(fn)
            if name in optional:
                offenders.append(f"{path.relative_to(ui_dir)}:{node.lineno} {name}")
    assert offenders == []
