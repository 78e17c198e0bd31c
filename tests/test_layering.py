"""The architecture, enforced: a Qt-free core under thin fronts, no import circles, small
modules. Read from the source (every import, including those inside functions), so a deferred
import cannot hide a dependency."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "licensegui"
MAX_LINES = 500


def modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported_names(name: str, path: Path) -> Iterator[str]:
    """Every module name an import statement anywhere in the file names, made absolute."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def internal_graph() -> dict[str, set[str]]:
    mods = modules()

    def owner(target: str) -> str | None:
        while target and target not in mods:
            target = target.rpartition(".")[0]
        return target or None

    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        deps = {owner(t) for t in imported_names(name, path) if t.startswith("licensegui")}
        # A package's __init__ imported only on the way to a submodule is not a dependency
        # of note; the top package holds just the version.
        graph[name] = {d for d in deps if d and d not in (name, "licensegui")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_core_knows_nothing_of_qt_or_the_fronts() -> None:
    offending = {
        name: sorted(t for t in imported_names(name, path)
                     if t.split(".")[0] in ("PySide6", "shiboken6")
                     or t.startswith(("licensegui.ui", "licensegui.cli")))
        for name, path in modules().items() if name.startswith("licensegui.core")
    }
    assert {k: v for k, v in offending.items() if v} == {}


def test_sandbox_is_independent_of_the_fronts() -> None:
    graph = internal_graph()
    reaches = {name: sorted(d for d in deps if d.startswith(("licensegui.ui", "licensegui.cli")))
               for name, deps in graph.items() if name.startswith("licensegui.sandbox")}
    assert {k: v for k, v in reaches.items() if v} == {}


def test_cli_does_not_import_the_gui() -> None:
    graph = internal_graph()
    gui = {name: sorted(d for d in deps if d.startswith("licensegui.ui"))
           for name, deps in graph.items() if name.startswith("licensegui.cli")}
    assert {k: v for k, v in gui.items() if v} == {}


def test_no_import_circles() -> None:
    assert cycles(internal_graph()) == []


def test_no_module_over_the_limit() -> None:
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_checks_see_what_they_should() -> None:
    # Guards against a walker that silently finds nothing (a test that cannot fail).
    graph = internal_graph()
    assert len(graph) > 30
    assert "licensegui.sandbox.signer" in graph["licensegui.sandbox.server"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    deferred = "def f():\n    from licensegui.ui import x\n"
    tree_names = list(_names_of_source(deferred, "licensegui.core.fake"))
    assert "licensegui.ui" in tree_names


def _names_of_source(source: str, name: str) -> Iterator[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fake.py"
        path.write_text(source, encoding="utf-8")
        yield from list(imported_names(name, path))


@pytest.mark.parametrize("front", ["licensegui.ui", "licensegui.cli"])
def test_fronts_exist(front: str) -> None:
    assert any(name == front or name.startswith(front + ".") for name in modules())


#: The documented Key Manager codes (keymanager-api.md's response codes).
KEY_MANAGER_CODES = frozenset({100, 101, 102, 103, 150, 800, 801, 802, 803, 805, 806, 807})
#: Where a code's meaning is decided (core/code_table.py), and the stand-in server that
#: answers codes (it says them, it does not read them).
CODE_OWNERS = {"licensegui.core.code_table", "licensegui.sandbox.server"}


def _code_comparisons(tree: ast.AST) -> Iterator[int]:
    """Line numbers comparing something with a documented code: ``x == 800``,
    ``x in (800, 803)``, ``code = 800`` in an SQL string."""
    def codes_in(node: ast.AST) -> bool:
        return any(isinstance(n, ast.Constant) and type(n.value) is int
                   and n.value in KEY_MANAGER_CODES for n in ast.walk(node))

    def names_a_code(node: ast.AST) -> bool:  # code, verdict.code, signed_code …
        return any((isinstance(n, ast.Name) and "code" in n.id.lower())
                   or (isinstance(n, ast.Attribute) and "code" in n.attr.lower())
                   for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(codes_in(s) for s in sides) and any(names_a_code(s) for s in sides):
                yield node.lineno
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            import re

            if re.search(r"\bcode\s*(=|==|IN|<>|!=)\s*\(?\s*(\d{3})", node.value, re.I):
                yield node.lineno


def test_no_code_number_is_compared_outside_the_code_table() -> None:
    """One meaning per code (issue 26): a new place that decides what 800 or 150 means
    would drift from the table; it must ask core/code_table.py instead."""
    found = {name: lines for name, path in modules().items() if name not in CODE_OWNERS
             if (lines := sorted(set(_code_comparisons(ast.parse(path.read_text("utf-8"))))))}
    assert found == {}


def test_the_code_comparison_check_sees_comparisons() -> None:
    for source in ("code == 800", "verdict.code in (800, 803)",
                   "q = 'SELECT * FROM a WHERE code = 800'", "y = v.code != 150",
                   "z = 801 == result.verdict.code"):
        assert list(_code_comparisons(ast.parse(source))) == [1], source
    for source in ("code == 8000", "y = {'code': 800}", "len(header) == 100"):
        assert list(_code_comparisons(ast.parse(source))) == [], source


#: Core objects the fronts obtain through the one composition root (core/runtime.py's
#: RuntimeConfig, AppSession.runtime()) and never assemble by hand: the copies drifted.
ASSEMBLED = frozenset({"ApiClient", "ClientConfig", "Ledger", "BatchConfig", "BatchRunner"})


def _assembled_here(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            if name in ASSEMBLED:
                yield node.lineno, name


def test_the_fronts_get_core_objects_from_the_composition_root() -> None:
    """The window, the batch window and every CLI command make the client, the ledger and a
    batch run from RuntimeConfig (issue 26): a front that builds one itself can ignore a
    setting (the window's batch ignored Settings' timeout and idempotency window)."""
    found = {name: sorted(set(_assembled_here(ast.parse(path.read_text("utf-8")))))
             for name, path in modules().items()
             if name.startswith(("licensegui.ui", "licensegui.cli"))}
    assert {k: v for k, v in found.items() if v} == {}
    assert list(_assembled_here(ast.parse("c = ApiClient(config=x)"))) == [(1, "ApiClient")]
