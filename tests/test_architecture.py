"""Layer rules, checked on the source: ``models`` is the pure core (no Streamlit, Plotly, UI,
chart, export or command-line code, no import cycle), ``charts`` never imports Streamlit, and
``pages/`` holds only registered pages."""
import ast

from tests.conftest import ROOT


def _imports(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module.split(".")[0]


def test_models_never_import_streamlit_or_plotly():
    bad = [(p.name, m) for p in (ROOT / "models").rglob("*.py") for m in _imports(p)
           if m in {"streamlit", "plotly", "kaleido"}]
    assert not bad, bad


def test_charts_never_import_streamlit():
    bad = [(p.name, m) for p in (ROOT / "charts").rglob("*.py") for m in _imports(p)
           if m == "streamlit"]
    assert not bad, bad


def test_pages_folder_holds_only_registered_pages():
    """st.navigation with a folder named pages/: on a cold deep link Streamlit still serves each
    file of pages/ as a page of its own (its legacy multipage mode, until st.navigation has run
    once), so an unregistered file there would be exposed: every file must be a registered page."""
    from ui.registry import PAGES
    registered = {spec.path for spec in PAGES}
    present = {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert present == registered


def test_cli_help_works():
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "models", "--help"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "usage: python -m models" in out.stdout


# ------------------------------------------------------------------ import graph of models/

def _module_name(path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _models_graph() -> dict[str, set[str]]:
    """Module -> modules of ``models`` it imports (anywhere in the file, lazy imports included).
    ``import a.b.c`` also runs the packages ``a`` and ``a.b``: an edge to each parent package the
    importer is not itself inside (a submodule importing its own package's sibling does not
    re-run that package's ``__init__``)."""
    modules = {_module_name(p): p for p in (ROOT / "models").rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_pkg = path.name == "__init__.py"
        package = name if is_pkg else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            found: list[str] = []
            if isinstance(node, ast.Import):
                found = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[:len(anchor) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                found = [base] + [f"{base}.{a.name}" for a in node.names]
            for target in found:
                if target in modules:
                    targets.add(target)
                    parts = target.split(".")
                    for i in range(1, len(parts)):
                        parent = ".".join(parts[:i])
                        if parent in modules and not name.startswith(parent + ".") \
                                and name != parent:
                            targets.add(parent)
        targets.discard(name)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_cycle_finder_finds_a_planted_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_inside_models():
    graph = _models_graph()
    assert "models.costmodel" in graph and "models.scenarios" in graph["models.costmodel"]
    assert _cycles(graph) == []


def test_models_never_import_the_layers_above():
    """``models`` is the pure core: no UI, chart, export or command-line code. Its ``__main__``
    only dispatches to the ``cli`` package (``python -m models`` stays the documented entry)."""
    above = {"streamlit", "plotly", "kaleido", "exports", "charts", "ui", "pages", "cli", "app"}
    bad = [(str(p.relative_to(ROOT)), m) for p in (ROOT / "models").rglob("*.py")
           for m in _imports(p) if m in above
           and not (p.name == "__main__.py" and p.parent.name == "models" and m == "cli")]
    assert not bad, bad


def test_models_files_stay_readable():
    """No module of ``models`` grows past about 600 lines (split it by concept instead)."""
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "models").rglob("*.py")
            if (n := len(p.read_text().splitlines())) > 650}
    assert not long, long
