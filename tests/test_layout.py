"""The package's import graph: one direction through the folders, and no cycle between modules.

Every import counts, lazy ones inside functions and `if TYPE_CHECKING:` ones included, since each is
a dependency a reader must follow.
"""

from __future__ import annotations

import ast
from pathlib import Path

from grader.core.question import KINDS
from tests.conftest import ROOT

PACKAGE = ROOT / "grader"
# Lowest first: a module may import its own folder and the folders before it, never one after.
# Every question kind's folder (core.question.KINDS) sits on one layer, after the shared maths.
KIND_FOLDERS = tuple(dict.fromkeys(module.split(".")[1] for module in KINDS.values()))
ORDER = ("core", "reference", "maths", KIND_FOLDERS, "writers", "authoring", "classwork", "cli")
TOP = {"grader", "grader.__main__", "grader.grammars"}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The grader modules this module imports, anywhere in its body."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(name: str) -> int | None:
    parts = name.split(".")
    if len(parts) < 2:
        return None
    return next((i for i, f in enumerate(ORDER) if parts[1] == f or parts[1] in f), None)


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(GRAPH[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    return found


def test_every_module_belongs_to_a_folder_of_the_flow() -> None:
    stray = [m for m in MODULES if m not in TOP and _layer(m) is None]
    assert not stray, f"modules outside the folders {ORDER}: {stray}"


def test_imports_go_one_way_through_the_folders() -> None:
    against = [
        f"{m} imports {t}"
        for m, targets in GRAPH.items()
        for t in targets
        if (a := _layer(m)) is not None and (b := _layer(t)) is not None and b > a
    ]
    assert not against, "\n".join(sorted(against))


def test_class_work_writers_and_cli_reach_questions_only_through_the_seam() -> None:
    """Batch runs, autograders, `check`, `solve` and `problems test` call the Question protocol, so a new
    kind needs no change there: none of them imports a kind's folder or the maths behind it."""
    inside = ("maths", *KIND_FOLDERS)
    against = [
        f"{m} imports {t}"
        for m, targets in GRAPH.items()
        if m.split(".")[1:2] and m.split(".")[1] in ("writers", "classwork", "cli")
        for t in targets
        if t.split(".")[1:2] and t.split(".")[1] in inside
    ]
    assert not against, "\n".join(sorted(against))


def test_the_graph_is_read_from_real_imports() -> None:
    """The walker sees a lazy import inside a function and an import of a module from its package."""
    assert "grader.derivation.problem" in GRAPH["grader.derivation.grade"]
    assert any(t.startswith("grader.core.") for t in GRAPH["grader.derivation.grade"])


def test_no_import_cycle_between_modules() -> None:
    assert _cycles() == []


def test_no_decision_is_taken_on_a_message_text() -> None:
    """Messages are for people: code branches on codes and typed fields, never on `… in x.message`."""
    found = []
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
                for side in node.comparators:
                    if isinstance(side, ast.Attribute) and side.attr in ("message", "hint"):
                        found.append(f"{name}:{node.lineno}")
    assert not found


def test_the_checker_asks_models_and_never_reads_the_problem_file() -> None:
    """Models describe themselves (issue 9 §6): no probing of a model with getattr/hasattr and no
    reading of the raw TOML in the maths or the derivation checker (the problem file's own reader and
    the question, which bundles the files it names, excepted)."""
    readers = {"grader.derivation.problem", "grader.derivation.question"}
    found = []
    for name, path in MODULES.items():
        if not name.startswith(("grader.maths.", "grader.derivation.")) or name in readers:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            probe = isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("getattr", "hasattr")
            if probe and node.args and "model" in ast.unparse(node.args[0]):
                found.append(f"{name}:{node.lineno} {ast.unparse(node)}")
            if isinstance(node, ast.Attribute) and node.attr == "raw":
                found.append(f"{name}:{node.lineno} .raw")
    assert not found, "\n".join(found)
