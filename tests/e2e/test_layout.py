"""The tree keeps its shape: imports flow one way between the packages, none is made inside a
function outside the CLI, and no module imports a private name of another."""

from __future__ import annotations

import ast
from pathlib import Path

import kzld

SRC = Path(kzld.__file__).parent
#: The packages in the order a module may import from: each only from those before it. (The
#: mapping builds triples from the RDF layer's terms, so ``rdf`` comes before ``mapping`` here,
#: though the data flows from the mapping into it.)
ORDER = (
    "errors", "limits", "resources", "files", "derived", "model", "parse", "resolve", "rdf",
    "mapping", "validate", "query", "site", "serve", "state_index", "state", "pipeline", "cli",
)  # fmt: skip


def modules() -> dict[str, ast.Module]:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = ast.parse(path.read_text(encoding="utf-8"))
    return found


def imported(name: str, tree: ast.Module) -> list[tuple[int, str, list[str]]]:
    """``(line, module, names)`` of every kzld import in ``tree``, relative ones resolved."""
    is_package = (SRC.parent / name.replace(".", "/") / "__init__.py").exists()
    package = name if is_package else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - max(node.level - 1, 0)]
            target = ".".join([*base, node.module] if node.module else base)
            target = target if node.level else (node.module or "")
            if target.startswith("kzld"):
                found.append((node.lineno, target, [a.name for a in node.names]))
    return found


def rank(module: str) -> int:
    parts = module.split(".")
    return ORDER.index(parts[1]) if len(parts) > 1 and parts[1] in ORDER else -1


def test_packages_import_only_from_those_before_them() -> None:
    upward = [
        f"{name}:{line} imports {target}"
        for name, tree in modules().items()
        for line, target, _ in imported(name, tree)
        if rank(target) > rank(name)
    ]
    assert upward == []


def test_no_import_inside_a_function_outside_the_cli() -> None:
    local = [
        f"{name}:{node.lineno}"
        for name, tree in modules().items()
        if name != "kzld.cli"
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]
    assert local == []


def test_no_module_imports_a_private_name_of_another() -> None:
    private = [
        f"{name}:{line} imports {target}.{item}"
        for name, tree in modules().items()
        for line, target, names in imported(name, tree)
        for item in names
        if item.startswith("_") and item != "__version__"
    ]
    assert private == []


def test_no_import_cycle() -> None:
    """No module imports, through any chain of imports, a module that imports it (within a
    package as between packages)."""
    trees = modules()
    edges: dict[str, set[str]] = {name: set() for name in trees}
    for name, tree in trees.items():
        for _, target, names in imported(name, tree):
            submodules = {f"{target}.{item}" for item in names} & set(trees)
            if len(submodules) < len(names):
                edges[name].add(target)  # a name defined in ``target`` itself
            edges[name] |= submodules
    cycles = []
    for start in sorted(trees):
        seen: set[str] = set()
        stack = [m for m in edges[start] if m != start]
        while stack:
            module = stack.pop()
            if module == start:
                cycles.append(start)
                break
            if module not in seen and module in edges:
                seen.add(module)
                stack.extend(edges[module])
    assert cycles == []


def test_the_readme_names_every_package_and_top_level_module() -> None:
    """The README's "How it fits together" has each package (``rdf/``) and each module at the
    top of the tree (``pipeline.py``), so that a newcomer finds every part of the tree there."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## How it fits together\n", 1)[1].split("\n## ", 1)[0]
    parts = [p.name + "/" for p in SRC.iterdir() if (p / "__init__.py").is_file()]
    parts += [p.name for p in SRC.glob("*.py") if p.name != "__init__.py"]
    assert sorted(part for part in parts if f"`{part}`" not in section) == []
