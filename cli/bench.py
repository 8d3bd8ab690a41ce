"""``bench``: time the Monte Carlo engine on the sample company (issue 5).

    python -m models bench [--trials 10000 100000] [--repeats 5] [--json]

Three scenarios, a 5-year horizon, every risk event on. Prints trials per second and peak
memory. A benchmark, not a test: figures depend on the machine and on its load.
"""
from __future__ import annotations

import json
import sys


def _bench(args) -> int:
    from i18n import t
    from models.uncertainty.bench import run
    bad = [n for n in args.trials if n < 1 or n > 1_000_000]
    if bad:
        print(t("mc.error.trials", args.lang, value=bad[0], max=1_000_000), file=sys.stderr)
        return 2
    if not 1 <= args.repeats <= 100:
        print(t("cli.error.repeats", args.lang, value=args.repeats), file=sys.stderr)
        return 2
    report = run(tuple(args.trials), repeats=args.repeats)
    if args.json:
        print(json.dumps(report, sort_keys=True))
        return 0
    first = report["results"][0]
    print(t("cli.bench.header", args.lang, scenarios=first["scenarios"], years=first["years"],
            cpus=report["machine_cpus"], load=report["load_average_1min"]))
    for row in report["results"]:
        print("- " + t("cli.bench.row", args.lang, trials=row["trials"], seconds=row["seconds"],
                       rate=row["trials_per_second"], with_stats=row["seconds_with_statistics"],
                       peak=row["peak_traced_mb"]))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("bench", help="time the Monte Carlo engine on the sample company "
                                            "(trials per second, peak memory)")
    p.add_argument("--trials", type=int, nargs="+", default=[10_000, 100_000],
                   help="trial counts to time (default 10000 100000)")
    p.add_argument("--repeats", type=int, default=5, help="runs per count; the best is kept")
    p.add_argument("--lang", choices=("fr", "en"), default="en", help="language (default en)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_bench)
