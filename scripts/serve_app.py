"""`streamlit run app.py` with the sample company's analyses computed in the background as the
server starts (issue 15: a fresh server's first Overview in seconds).

    python scripts/serve_app.py [streamlit run options, e.g. --server.port 8501]

The warm-up thread (:func:`ui.analysis.start_warmup`) imports the libraries the pages need and
fills the server's shared cache of the sample company's analyses (read-only copies for every
session, user data never in it) while Streamlit starts; a visitor arriving before it has
finished waits for the analysis in progress, never computes it twice. Everything else is
``streamlit run``: the same options, the same process.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    sys.path.insert(0, str(ROOT))
    from ui.analysis import start_warmup
    start_warmup()
    from streamlit.web import cli
    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *args]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
