"""Server time of a widget change on the sample company (issue 6: target < 0.5 s).

Drives the pages with Streamlit's AppTest (the server side of a rerun, no browser): the time of
one rerun after a slider change, median of several, at the default trial count. Also times the
shared analysis alone (models.analysis.analyse). A benchmark, not a test: it prints figures.

Usage: python benchmarks/bench_pages.py [--repeats 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from streamlit.testing.v1 import AppTest

    from models.analysis import analyse
    from models.dataset import sample_dataset
    from models.governance import DEFAULT_PRESET, preset
    from models.scenarios import Economics, default_scenarios

    ds = sample_dataset()
    analyse(ds, default_scenarios(), Economics(), answers=preset(DEFAULT_PRESET))     # warm-up
    horizons = iter(range(3, 8))

    def analysis_only():
        analyse(ds, default_scenarios(), Economics(horizon_years=next(horizons, 5)),
                answers=preset(DEFAULT_PRESET))
    print("analysis alone (10,000 trials, 3 scenarios): "
          f"{_median_time(analysis_only, args.repeats):.3f} s")

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/comparison.py").run()
    values = iter([3, 4, 6, 7, 5, 3, 4, 6, 7])

    def horizon_change():
        at.slider(key="horizon").set_value(next(values)).run()
        assert not at.exception
    print(f"Cost comparison, horizon slider moved (new analysis): "
          f"{_median_time(horizon_change, args.repeats):.3f} s per rerun")

    at.switch_page("pages/predictability.py").run()
    margins = iter([5, 15, 20, 25, 30, 35, 40])

    def margin_change():
        at.slider(key="simw__margin").set_value(next(margins)).run()
        assert not at.exception
    print(f"Predictability, overrun-margin slider moved (new statistics): "
          f"{_median_time(margin_change, args.repeats):.3f} s per rerun")

    seeds = iter(range(100, 120))

    def overview_after_change():
        at.session_state["sim_seed"] = next(seeds)     # a new analysis: session + 2 presets
        at.run()
        assert not at.exception
    at.switch_page("pages/overview.py").run()
    print(f"Overview after an input change (your answers at full trials + 2 presets at 2,000): "
          f"{_median_time(overview_after_change, args.repeats):.3f} s per rerun")

    def overview_cached():
        at.run()
        assert not at.exception
    print(f"Overview rerun with unchanged inputs (cached analysis): "
          f"{_median_time(overview_cached, args.repeats):.3f} s per rerun")
    return 0


if __name__ == "__main__":
    sys.exit(main())
