"""`streamlit run app.py` with the sample company's analyses computed as the server starts
(issue 15: a fresh server's first Overview in seconds).

    python scripts/serve_app.py [streamlit run options, e.g. --server.port 8501]

Before the server listens, the libraries the pages need are imported and the analyses a
newcomer's pages ask for in the default language (French) are put in the server's shared cache
(:func:`ui.analysis.warm_sample`: read-only copies for every session, user data never in it);
about 3 s on the 2-core development machine, so "ready" (``/_stcore/health``, the launcher's
"Dashboard ready") means the first Overview draws at once. The other language is computed in
the background once the server has run for :data:`WARMUP_DELAY_S` seconds
(:func:`ui.analysis.start_warmup`: the first visitors are served on idle cores); a visitor
asking for an analysis in progress waits for it, never computes it twice. Everything else is
``streamlit run``: the same options, the same process, except that a link to a page connects
without first asking the page's own address for the server (:mod:`ui.deep_link`).
``WARMUP=0`` in the environment skips the synchronous part (the background warm-up still runs).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Seconds after the start before the other language is computed in the background: the
#: first visitors (French by default, computed before the server listens) get both cores.
WARMUP_DELAY_S = 20.0


def settle_process() -> None:
    """The last step before the server listens: what would otherwise fall on the first
    visitor, or on every visitor, done once.

    - Streamlit, on the first element any script draws, checks whether it was started by
      ``streamlit run`` by reading the source of every frame of the call stack
      (``env_util.is_repl``): 0.1-0.2 s of the first visitor's first run. This launcher is
      ``streamlit run``; the check is marked done (a release without the flag: no change).
    - Streamlit collects garbage after every script run (``runner.postScriptGC``, a full
      ``gc.collect(2)``), holding the interpreter while it walks every object of the process:
      0.1 s per run once pandas, Plotly and the warmed analyses are in, during which the same
      process cannot serve the page's files (Plotly's code is 4.7 MB). ``gc.freeze()`` after
      the start-up moves the objects that live as long as the server (modules, the shared
      cache) out of the collector's walk; what later runs create is collected as before.
    """
    import gc
    try:
        import streamlit.delta_generator as dg
        if hasattr(dg, "_use_warning_has_been_displayed"):
            dg._use_warning_has_been_displayed = True
    except ImportError:
        pass
    gc.collect()
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    sys.path.insert(0, str(ROOT))
    import os

    from ui.analysis import start_warmup, warm_sample
    if os.environ.get("WARMUP", "1") != "0":
        try:
            warm_sample(("fr",))            # the default language, before the server listens
        except Exception:  # noqa: BLE001 - a cold cache is not an error: pages compute
            pass
    start_warmup(("en", "fr"), delay_s=WARMUP_DELAY_S)
    from ui.deep_link import install
    from ui.registry import PAGES
    install([p.url_path for p in PAGES])    # a link to a page connects at once
    settle_process()
    from streamlit.web import cli
    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *args]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
