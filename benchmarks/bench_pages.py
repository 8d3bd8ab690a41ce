"""Server time of an input change on the sample company (issue 15 target: the answer redrawn in
at most 0.3 s of server time).

Drives the pages with Streamlit's AppTest (the server side of a rerun, no browser). For each
input change it reports, as medians of several changes at the default trial count:

* **answer redrawn**: seconds from the start of the rerun until the page has drawn its answer
  (its figures and charts; the page calls ``ui.frame.answer_drawn``). Streamlit sends each
  element as it is drawn, so this is when the reader sees the new answer;
* **whole rerun**: until the rerun ends (thresholds, governance presets and the robustness
  line of the Overview come after the answer).

Also times the shared analysis alone (models.analysis.analyse). A benchmark, not a test: it
prints figures.

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

TARGET = 0.3


def _median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _changes(at, change, repeats: int) -> tuple[float, float]:
    """(answer redrawn, whole rerun): medians over ``repeats`` changes."""
    from ui.frame import ANSWER_SECONDS
    answers, wholes = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        change()
        wholes.append(time.perf_counter() - t0)
        assert not at.exception, [e.value for e in at.exception]
        answers.append(at.session_state[ANSWER_SECONDS])
    return statistics.median(answers), statistics.median(wholes)


def _line(what: str, answer: float, whole: float) -> str:
    mark = "ok" if answer <= TARGET else "over"
    return (f"{what:64} answer {answer:.3f} s ({mark})   whole rerun {whole:.3f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from streamlit.testing.v1 import AppTest

    from models.analysis import analyse
    from models.dataset import sample_dataset
    from models.governance import DEFAULT_PRESET, preset
    from models.scenarios import Economics, default_scenarios

    ds = sample_dataset()
    analyse(ds, default_scenarios(), Economics(), answers=preset(DEFAULT_PRESET))     # warm-up
    horizons = iter(range(3, 100))

    def analysis_only():
        analyse(ds, default_scenarios(), Economics(horizon_years=3 + next(horizons) % 5),
                answers=preset(DEFAULT_PRESET), with_thresholds=False)
    print("analysis alone (10,000 trials, 3 scenarios, no thresholds): "
          f"{_median_time(analysis_only, args.repeats):.3f} s")

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/comparison.py").run()
    values = iter([3, 4, 6, 7, 5] * 4)

    def horizon_change():
        at.slider(key="horizon").set_value(next(values)).run()
    print(_line("Cost comparison, horizon moved (new analysis)",
                *_changes(at, horizon_change, args.repeats)))

    at.switch_page("pages/scenarios.py").run()
    prices = iter(range(40, 80))

    def price_change():
        at.number_input(key="sc__partial__support__price").set_value(float(next(prices))).run()
    print(_line("Scenarios, a price changed (the plan)", *_changes(at, price_change,
                                                                   args.repeats)))

    at.switch_page("pages/predictability.py").run()
    margins = iter([5, 15, 20, 25, 30, 35, 40, 45])

    def margin_change():
        at.slider(key="simw__margin").set_value(next(margins)).run()
    print(_line("Predictability, overrun margin moved (new statistics)",
                *_changes(at, margin_change, args.repeats)))

    seeds = iter(range(100, 140))

    def overview_after_change():
        at.session_state["sim_seed"] = next(seeds)     # a new analysis: answer, then the rest
        at.run()
    at.switch_page("pages/overview.py").run()
    print(_line("Overview after an input change (answer, then sets and presets)",
                *_changes(at, overview_after_change, args.repeats)))

    def overview_cached():
        at.run()
    print(_line("Overview rerun with unchanged inputs (cached analyses)",
                *_changes(at, overview_cached, args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
