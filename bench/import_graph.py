"""The package's import graph: cycles, upward imports by layer, imports inside functions, sizes.

    python bench/import_graph.py            # summary
    python bench/import_graph.py --edges    # also every upward edge and function-level import

Counts the imports of recruit/ itself (tests excluded), read from the source with `ast`, so
nothing is imported. Each module gets the level of its layer (docs/architecture.md):

    5 entry    recruit/__init__.py (create_app), cli.py, demo/, wsgi-level wiring
    4 views    web/, <domain>/api.py, health.py
    3 services <domain>/service.py, the domain's own helpers and its schemas (the validated shapes
               the API, the forms and the importer share); search and reporting read code
    2 effects  the transactional side effects: search/outbox.py, reporting/counters.py (with the
               employer days and the source facts it counts from), audit/service.py
    1 models   <domain>/models.py, the lifecycle table, campaign rules, scope
    0 base     clock, codes/, config, errors, extensions, models_base, privacy, messages, ...

An edge from a module to a module of a higher level is "upward". A cycle is a strongly connected
component of more than one module (module-level and function-level imports both count).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recruit"

BASE = {"clock", "config", "errors", "extensions", "models_base", "privacy", "messages", "gc_tuning",
        "json_provider", "input_guard", "pagination"}
EFFECTS = {"search.outbox", "reporting.counters", "reporting.employer_days", "reporting.sources", "audit.service"}
# model-level domain knowledge: tables, declarative rules, read-only queries used by several domains
MODEL_LEVEL = {"vacancies.lifecycle", "campaigns.rules", "accounts.scope", "search.models",
               "reporting.models", "reporting.dimensions", "reporting.events"}
VIEWS_SUFFIX = ("api",)
ENTRY = {"__init__", "cli", "demo"}


def level(module: str) -> int:
    """module: dotted name below recruit ('vacancies.service')."""
    parts = module.split(".")
    if module in ENTRY or parts[0] == "demo":  # the demo package drives the services like the CLI
        return 5
    if parts[0] == "web" or parts[-1] in VIEWS_SUFFIX or module == "health":
        return 4
    if module in EFFECTS:
        return 2
    if module in MODEL_LEVEL or parts[-1] == "models":
        return 1
    if module in BASE or parts[0] == "codes":
        return 0
    return 3


LEVEL_NAMES = {0: "base", 1: "models", 2: "effects", 3: "services", 4: "views", 5: "entry"}


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
            if path.stat().st_size == 0:
                continue
        out[".".join(parts)] = path
    return out


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """'recruit.search.outbox' -> 'search.outbox' if it is one of ours."""
    if name == "recruit":
        return "__init__"
    if not name.startswith("recruit."):
        return None
    name = name[len("recruit."):]
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def imports(path: Path, known: dict[str, Path]) -> list[tuple[str, int, bool]]:
    """(target module, line, inside a function) for every import of ours in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, int, bool]] = []

    def visit(node: ast.AST, in_function: bool, in_type_checking: bool) -> None:
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue  # annotations only: not an import at run time
            if isinstance(child, ast.Import):
                for alias in child.names:
                    target = _resolve(alias.name, known)
                    if target:
                        found.append((target, child.lineno, in_function))
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                for alias in child.names:
                    target = _resolve(f"{child.module}.{alias.name}", known)
                    if target:
                        found.append((target, child.lineno, in_function))
            visit(child, nested, in_type_checking)

    visit(tree, False, False)
    return found


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", action="store_true", help="list every upward and function-level import")
    args = parser.parse_args()
    known = modules()
    graph: dict[str, set[str]] = {m: set() for m in known}
    upward: list[tuple[str, str, int]] = []
    in_functions: list[tuple[str, str, int]] = []
    total = 0
    for module, path in known.items():
        for target, line, in_function in imports(path, known):
            if target == module:
                continue
            total += 1
            graph[module].add(target)
            if in_function:
                in_functions.append((module, target, line))
            if level(target) > level(module):
                upward.append((module, target, line))
    cycles = strongly_connected(graph)
    sizes = sorted(((sum(1 for _ in p.open(encoding="utf-8")), m) for m, p in known.items()), reverse=True)
    print(f"modules: {len(known)}, imports: {total}, levels: {len(set(map(level, known)))}")
    print(f"cycles: {len(cycles)}")
    for c in cycles:
        print("  " + " <-> ".join(c))
    print(f"upward imports: {len(upward)}")
    for module, target, line in upward:
        print(f"  {module} ({LEVEL_NAMES[level(module)]}) -> {target} ({LEVEL_NAMES[level(target)]})"
              f"  recruit/{known[module].relative_to(PACKAGE)}:{line}")
    print(f"imports inside functions: {len(in_functions)}")
    if args.edges:
        for module, target, line in in_functions:
            print(f"  {module} -> {target}  recruit/{known[module].relative_to(PACKAGE)}:{line}")
    print("largest modules:")
    for lines, module in sizes[:6]:
        print(f"  {lines:4d}  recruit/{known[module].relative_to(PACKAGE)}")
    over = [m for n, m in sizes if n > 400]
    print(f"modules over 400 lines: {len(over)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
