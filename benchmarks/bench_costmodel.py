"""Speed of the vectorised cost core: 100,000 trials × 3 scenarios × 5 years.

Prints the time of ``yearly_totals`` (the Monte Carlo fast path) and of the itemised
``yearly_costs`` with ten uncertain inputs drawn as arrays of shape (n, 1). Target for the
Monte Carlo issue: the whole cost evaluation well under 1 s. Plain script, no assertion.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.costmodel import make_inputs, total_by_year, yearly_costs, yearly_totals  # noqa: E402
from models.dataset import sample_dataset  # noqa: E402
from models.scenarios import default_scenarios  # noqa: E402

N = 100_000


def main() -> None:
    ds = sample_dataset()
    inputs = make_inputs(ds.spend, ds.company, ds.staff)
    rng = np.random.default_rng(1)
    overrides = {
        "price_factor": rng.uniform(0.8, 1.3, (N, 1)),
        "indexation": rng.uniform(0.01, 0.05, (N, 1)),
        "renewal_step": rng.uniform(0.0, 0.15, (N, 1)),
        "salary_drift": rng.uniform(0.01, 0.04, (N, 1)),
        "price_inflation": rng.uniform(0.0, 0.04, (N, 1)),
        "headcount_growth": rng.uniform(-0.02, 0.05, (N, 1)),
        "out_of_scope_share": rng.uniform(0.05, 0.3, (N, 1)),
        "transition_fee_months": rng.uniform(1, 3, (N, 1)),
        "exit_factor": rng.uniform(0.5, 2, (N, 1)),
        "unplanned_factor": rng.lognormal(0.0, 0.5, (N, 1)),
    }
    scenarios = default_scenarios()
    for name, fn in (("yearly_totals (fast path)", lambda s: yearly_totals(inputs, s, overrides)),
                     ("total_by_year(yearly_costs)",
                      lambda s: total_by_year(yearly_costs(inputs, s, overrides)))):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            out = [fn(s) for s in scenarios]
            best = min(best, time.perf_counter() - t0)
        print(f"{name:30} {N:,} trials × {len(scenarios)} scenarios × {out[0].shape[1]} years: "
              f"{best * 1000:.0f} ms (best of 3)")


if __name__ == "__main__":
    main()
