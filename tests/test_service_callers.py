"""Every public mutating service method is reachable by its user: it has a caller in ui/ or the CLI.

A method is mutating when it opens a unit of work (``with self.unit()``) or calls a mutating method
of its own service. A caller is a call ``<…>.services.<service>.<method>(…)`` in ``ui/`` or
``kam/cli/``, directly or through a local name bound to the service (``projects = self.services.projects``).
The allow-list names, with the reason, the few that are legitimately internal.
"""

from __future__ import annotations

import ast
from functools import cached_property
from pathlib import Path

from kam.app import Services
from kam.services.base import ServiceBase

ROOT = Path(__file__).resolve().parent.parent

ALLOWED: dict[str, str] = {
    # internal: the bulk insert of the test harnesses (crash safety); the window enters one line at a time
    # (transactions.add) and the ERP import has its own path (kam.io)
    "records.add_transactions": "bulk insert for tests and tools",
}


def _services() -> dict[str, type[ServiceBase]]:
    """Every service ``Services`` makes (each on first use), by its attribute name."""
    made = Services(None, lambda: None)  # type: ignore[arg-type]  # building a service opens nothing
    out = {}
    for name, attr in vars(Services).items():
        if isinstance(attr, cached_property):
            service = getattr(made, name)
            if isinstance(service, ServiceBase):
                out[name] = type(service)
    return out


def _mutating(cls: type[ServiceBase]) -> tuple[set[str], dict[str, set[str]]]:
    """Public methods of ``cls`` (and its bases in kam/) that write, directly or through another of its methods;
    and which of its own methods each method calls."""
    import inspect
    import textwrap

    writes: set[str] = set()
    calls: dict[str, set[str]] = {}
    for klass in cls.__mro__:
        if klass is ServiceBase or not klass.__module__.startswith("kam."):
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        for node in tree.body[0].body:  # type: ignore[attr-defined]
            if not isinstance(node, ast.FunctionDef) or node.name in calls:
                continue
            mine: set[str] = set()
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) \
                        and isinstance(sub.func.value, ast.Name) and sub.func.value.id == "self":
                    mine.add(sub.func.attr)
            calls[node.name] = mine
            if "unit" in mine:
                writes.add(node.name)
    changed = True
    while changed:
        changed = False
        for name, mine in calls.items():
            if name not in writes and mine & writes:
                writes.add(name)
                changed = True
    return {n for n in writes if not n.startswith("_")}, calls


def _path(node: ast.expr, aliases: dict[str, str]) -> str:
    if isinstance(node, ast.Name):
        return aliases.get(node.id, node.id)
    if isinstance(node, ast.Attribute):
        return f"{_path(node.value, aliases)}.{node.attr}"
    return "?"


def _calls(service_names: set[str]) -> set[str]:
    """``service.method`` for every call of a service method in ui/ and kam/cli/."""
    found: set[str] = set()
    files = [*ROOT.joinpath("ui").rglob("*.py"), *ROOT.joinpath("kam", "cli").rglob("*.py")]
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef | ast.Module):
                continue
            aliases: dict[str, str] = {}
            for node in ast.walk(fn):  # names bound to a service (or to the services) in this function
                if isinstance(node, ast.Assign):
                    targets, values = node.targets[0], node.value
                    pairs = (list(zip(targets.elts, values.elts, strict=False))
                             if isinstance(targets, ast.Tuple) and isinstance(values, ast.Tuple)
                             else [(targets, values)])
                    for t, val in pairs:
                        if isinstance(t, ast.Name) and isinstance(val, ast.Attribute | ast.Name):
                            aliases[t.id] = _path(val, aliases)
            for node in ast.walk(fn):  # a call, or the method handed on as a callback (undo's inverse)
                if isinstance(node, ast.Attribute):
                    parts = _path(node.value, aliases).split(".")
                    if len(parts) >= 2 and parts[-2] in ("services", "sv") and parts[-1] in service_names:
                        found.add(f"{parts[-1]}.{node.attr}")
    return found


def test_every_mutating_service_method_has_a_caller() -> None:
    services = _services()
    graphs = {name: _mutating(cls) for name, cls in services.items()}
    wanted = {f"{name}.{m}" for name, (writes, _c) in graphs.items() for m in writes}
    assert "projects.add_step" in wanted  # the enumeration finds what it must
    assert "accounts.add_team_member" in wanted
    called = _calls(set(services))
    grown = True
    while grown:  # a method its service's own called method uses (exports.export -> export_ics) is reached too
        more = {f"{name}.{inner}" for name, (_w, calls) in graphs.items() for m, inner_set in calls.items()
                if f"{name}.{m}" in called for inner in inner_set} - called
        called |= more
        grown = bool(more)
    missing = sorted(wanted - called - set(ALLOWED))
    assert not missing, f"public mutating service methods with no caller in ui/ or the CLI: {missing}"
    stale = sorted(m for m in ALLOWED if m in called or m not in wanted)
    assert not stale, f"allow-listed but called (or gone): {stale}"
