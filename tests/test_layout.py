"""The package's shape (issue 16): no import cycle among modules, each stage imports only the stages
below it, and no module of extract/ or clean/ grows past what one reader holds in mind."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "src" / "essayconv"
MAX_MODULE_LINES = 350
# A stage may import from these (and from itself); the lower layers (model, signals, rules…) import
# no stage at all.
ALLOWED = {
    "sources": set(),
    "extract": {"sources"},
    "clean": {"extract"},
    "write": set(),
    "batch": {"sources", "extract", "clean", "write"},
}
STAGES = set(ALLOWED)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path) -> set[str]:
    """Modules imported when `path` is imported: top-level and class-level statements, not those
    inside functions (imported lazily, when called) nor under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text("utf-8"))
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.ImportFrom):
                base = package[:len(package) - node.level + 1] if node.level else []
                module = ".".join([*base, *(node.module.split(".") if node.module else [])])
                if module.startswith("essayconv"):
                    found.add(module)
                    found.update(f"{module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names if alias.name.startswith("essayconv"))
            elif isinstance(node, (ast.ClassDef, ast.If, ast.Try)):
                visit([*node.body, *getattr(node, "orelse", []), *getattr(node, "finalbody", [])])

    visit(tree.body)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in _top_level_imports(path) if m in modules and m != name}
            for name, path in modules.items()}


def test_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not cycles, cycles[:3]


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def test_stages_import_only_the_stages_below_them() -> None:
    wrong = []
    for module, imports in _graph().items():
        stage = _stage(module)
        for imported in imports:
            other = _stage(imported)
            if other and other != stage and (stage is None and module != "essayconv"
                                              and module.split(".")[1] in {"model", "signals", "rules", "tuning"}
                                              or stage is not None and other not in ALLOWED[stage]):
                wrong.append(f"{module} -> {imported}")
    assert not wrong, wrong


def test_extract_and_clean_modules_stay_small() -> None:
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text("utf-8").splitlines())
             for folder in ("extract", "clean") for p in (PACKAGE / folder).rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES} == {}
