"""``export``: the board pack headless, the same files as the Export page.

    python -m models export [--spend FILE] [--scenarios FILE.json] --format xlsx|pptx|html
                            --out PATH [--lang fr|en] [--trials N] [--seed S]
                            [--governance none|typical|mature|FILE.json]
                            [--assumptions pitch|neutral|cautious]
                            [--company NAME] [--rate CODE=EUR …] [--keep-currency]

The data, its company and its currency as for ``compare`` (:func:`cli.compare.load_dataset`):
the pack is titled and its amounts labelled accordingly.

The numbers come from :func:`models.analysis.analyse`, as on the pages: the risk-inclusive
figures of the Overview (expected totals, P10–P90, probability of costing less than in-house,
the saving and its range), the plan excluding risk events, the Monte Carlo statistics and the
governance effects (the answers of ``--governance``, else those saved in the scenario file,
else the default preset); the robustness line from :func:`models.analysis.cheapest_by_set`
(at most 2,000 trials with the same seed, as on the Overview).
"""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from models.errors import CostModelError

#: trials of each run of the robustness line (as ui.analysis.ROBUSTNESS_TRIALS on the Overview)
ROBUSTNESS_TRIALS = 2_000


def _export(args) -> int:
    from cli.compare import load_dataset, load_scenarios_and_answers
    from exports.board_pack import build_html, build_pptx, build_xlsx
    from exports.collect import collect_analysis, report_sections
    from i18n import t
    from models import governance as gov
    from models.analysis import analyse, cheapest_by_set
    from models.money import analysis_dataset
    try:
        dataset = analysis_dataset(load_dataset(args, args.lang)[0])
        scenarios, economics, answers = load_scenarios_and_answers(args)
        kwargs = {"trials": args.trials} if args.trials else {}
        if args.seed is not None:
            kwargs["seed"] = args.seed
        analysis = analyse(dataset, scenarios, economics, answers=answers, lang=args.lang,
                           assumptions=args.assumptions, **kwargs)
        cheapest = cheapest_by_set(dataset, scenarios, economics, seed=analysis.simulation.seed,
                                   trials=min(analysis.simulation.n_trials, ROBUSTNESS_TRIALS),
                                   answers=answers)
        pack = collect_analysis(dataset, analysis, economics, args.lang, cheapest=cheapest)
        pack = replace(pack, **gov.board_pack_fields(answers, analysis.scenarios, None, args.lang))
    except CostModelError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    if args.format == "xlsx":
        data = build_xlsx(pack)
    elif args.format == "pptx":
        data = build_pptx(pack)
    else:
        data = build_html(pack, report_sections(pack, analysis.scenarios))
    out = Path(args.out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    except OSError as exc:
        print(t("cli.error.write", args.lang, path=out, detail=exc.strerror or exc),
              file=sys.stderr)
        return 2
    print(t("export.cli.written", args.lang, path=out))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="write the board pack (xlsx, pptx or html)")
    p.add_argument("--spend", help="spend file (default: the sample company); the company "
                                   "is named after the file unless --company says otherwise")
    p.add_argument("--scenarios", help="scenario file (JSON) saved from the dashboard")
    p.add_argument("--format", required=True, choices=["xlsx", "pptx", "html"])
    p.add_argument("--out", required=True, help="output file")
    p.add_argument("--lang", default="en", choices=["fr", "en"])
    p.add_argument("--trials", type=int, default=None, help="Monte Carlo trials (default 10000)")
    p.add_argument("--seed", type=int, default=None, help="random seed (default: the engine's)")
    p.add_argument("--assumptions", choices=("pitch", "neutral", "cautious"), default="neutral",
                   help="assumption set: a provider's pitch, neutral (default) or cautious")
    p.add_argument("--governance", metavar="none|typical|mature|FILE.json",
                   help="governance answers (default: the scenario file's, else 'typical')")
    from cli.compare import add_data_arguments
    add_data_arguments(p)      # --company, --rate, --keep-currency
    p.set_defaults(func=_export)
