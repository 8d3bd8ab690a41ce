"""Layer rules of DESIGN.md §2, checked on the source."""
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
    """st.navigation with a folder named pages/: an unregistered file there would be exposed on
    a cold deep link (streamlit-plotly-excel.md §1.1), so every file must be a registered page."""
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
