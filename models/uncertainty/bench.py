"""Benchmark of the Monte Carlo engine on the sample company (issue 5).

Three scenarios (in-house, partial, full), a 5-year horizon, every risk event on, the default
uncertain inputs. Times are the best of ``repeats`` runs: wall-clock time and the process's CPU
time (the CPU time is less disturbed by other programs sharing the machine). Peak memory is the
peak of memory allocated by numpy and Python during one run (``tracemalloc``) and the peak
resident size of the process (``resource.getrusage``, Linux: KiB).
"""
from __future__ import annotations

import os
import resource
import time
import tracemalloc

import numpy as np


def _setup():
    from models.costmodel import make_inputs
    from models.dataset import sample_dataset
    from models.scenarios import default_scenarios
    ds = sample_dataset()
    inputs = make_inputs(ds.spend, ds.company, ds.staff)
    return ds, inputs, default_scenarios()


def _time(fn, repeats: int) -> tuple[float, float]:
    wall, cpu = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(wall), min(cpu)


def _peak(fn) -> float:
    tracemalloc.start()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def sampling_only(trials: tuple[int, ...] = (10_000, 100_000), repeats: int = 5,
                  seed: int = 1) -> list[dict]:
    """Time the sampling part alone: every uncertain input and every risk event of the three
    scenarios (same streams and caches as the engine), without the cost model or statistics."""
    from models.uncertainty.catalogue import RiskConfig, scenario_events, scenario_facts
    from models.uncertainty.engine import _downtime_cost, default_uncertain_inputs
    from models.uncertainty.streams import Streams
    ds, inputs, scenarios = _setup()
    H = inputs.economics.horizon_years
    facts = {sc.id: scenario_facts(inputs, sc, H) for sc in scenarios}
    specs = default_uncertain_inputs()
    config = RiskConfig()
    rows = []
    for n in trials:
        def draw(n: int = n):
            streams = Streams(seed, n)
            cph = _downtime_cost(inputs, config, streams)
            done = set()
            for sc in scenarios:
                for ui in specs.values():
                    streams.sample(ui.stream_name, ui.spec)
                for ev in scenario_events(inputs, sc, facts[sc.id], config, cph, H):
                    if ev.signature() not in done:
                        done.add(ev.signature())
                        ev.simulate(streams, H)
        draw()
        wall, cpu = _time(draw, repeats)
        rows.append({"trials": n, "seconds": round(wall, 4), "cpu_seconds": round(cpu, 4),
                     "peak_traced_mb": round(_peak(draw), 1)})
    return rows


def run(trials: tuple[int, ...] = (10_000, 100_000), repeats: int = 5, seed: int = 1) -> dict:
    """Figures of the whole engine: simulate, and simulate + statistics."""
    from models.uncertainty.engine import simulate
    from models.uncertainty.statistics import scenario_statistics
    ds, inputs, scenarios = _setup()
    rows = []
    for n in trials:
        def full(n: int = n):
            simulate(inputs, scenarios, n_trials=n, seed=seed, spend=ds.spend)

        def with_stats(n: int = n):
            res = simulate(inputs, scenarios, n_trials=n, seed=seed, spend=ds.spend)
            scenario_statistics(res)

        full()  # warm-up
        wall, cpu = _time(full, repeats)
        wall_s, cpu_s = _time(with_stats, max(1, repeats // 2))
        rows.append({"trials": n, "scenarios": len(scenarios), "years": 5,
                     "seconds": round(wall, 4), "cpu_seconds": round(cpu, 4),
                     "trials_per_second": round(n / wall),
                     "seconds_with_statistics": round(wall_s, 4),
                     "cpu_seconds_with_statistics": round(cpu_s, 4),
                     "peak_traced_mb": round(_peak(with_stats), 1)})
    return {"benchmark": "montecarlo", "machine_cpus": os.cpu_count(),
            "load_average_1min": round(os.getloadavg()[0], 2), "numpy": np.__version__,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "results": rows}
