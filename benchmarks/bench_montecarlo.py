"""Monte Carlo engine benchmark (issue 5): the sample company, 3 scenarios, 5 years, every risk
event on, 10,000 and 100,000 trials. Targets on a 2-core machine: < 0.1 s and < 1 s, peak memory
< 500 MB at 100,000 trials. Also times the sampling part alone (inputs + risk events).

A benchmark, not a test: it prints figures (best of ``--repeats`` runs; wall-clock and CPU time;
the machine's load average is printed because other programs distort wall-clock times).

Usage: python benchmarks/bench_montecarlo.py [--repeats 5] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.uncertainty.bench import run, sampling_only  # noqa: E402

TARGETS = {10_000: 0.1, 100_000: 1.0}
MEMORY_TARGET_MB = 500.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sampling = sampling_only(tuple(TARGETS), repeats=args.repeats)
    report = run(tuple(TARGETS), repeats=args.repeats)
    report["sampling_only"] = sampling
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
        return 0
    print(f"machine: {report['machine_cpus']} CPUs, load average {report['load_average_1min']}, "
          f"numpy {report['numpy']}")
    print("sampling alone (every input + every risk event of 3 scenarios):")
    for row in sampling:
        print(f"  {row['trials']:>7} trials: {row['seconds']:.3f} s wall, "
              f"{row['cpu_seconds']:.3f} s CPU, peak {row['peak_traced_mb']} MB")
    print("whole engine (simulate; then simulate + statistics):")
    for row in report["results"]:
        target = TARGETS[row["trials"]]
        ok = "OK" if row["seconds"] < target else "over target"
        print(f"  {row['trials']:>7} trials: {row['seconds']:.3f} s wall "
              f"({row['cpu_seconds']:.3f} s CPU, {row['trials_per_second']:,} trials/s; "
              f"target < {target} s: {ok}); "
              f"with statistics {row['seconds_with_statistics']:.3f} s; "
              f"peak {row['peak_traced_mb']} MB (target < {MEMORY_TARGET_MB:.0f} MB)")
    print(f"peak resident memory of this process: {report['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
