"""``sample`` (rebuild the sample workbooks) and ``summary`` (headline figures of the spend)."""
from __future__ import annotations

import json
from pathlib import Path

from models.baseline import summarise_spend
from models.sample_company import (
    DEFAULT_SEED,
    SAMPLE_WORKBOOK,
    TEMPLATE_WORKBOOK,
    generate_sample_spend,
    sample_company,
    sample_staff,
    write_sample_workbook,
    write_template_workbook,
)


def _sample(args) -> int:
    import sys

    from i18n import t
    from models.errors import CostModelError
    from models.uncertainty.streams import check_seed
    out = Path(args.out)
    try:
        check_seed(args.seed)
        print(write_sample_workbook(out / SAMPLE_WORKBOOK, seed=args.seed))
        print(write_template_workbook(out / TEMPLATE_WORKBOOK))
    except CostModelError as err:
        print(err.message(args.lang), file=sys.stderr)
        return 2
    except OSError as exc:
        print(t("cli.error.write", args.lang, path=exc.filename or out,
                detail=exc.strerror or exc), file=sys.stderr)
        return 2
    return 0


def _summary(args) -> int:
    spend = generate_sample_spend()
    s = summarise_spend(spend, sample_company(), sample_staff())
    data = {
        "source": "sample", "lines": s.lines, "it_lines": s.it_lines, "months": s.months,
        "total_it": round(s.total_it, 2), "annual_it": round(s.annual_it, 2),
        "annual_staff": round(s.annual_staff, 2),
        "annual_it_with_staff": round(s.annual_it_with_staff, 2),
        "per_employee": round(s.per_employee, 2) if s.per_employee else None,
        "share_of_revenue": round(s.share_of_revenue, 5) if s.share_of_revenue else None,
        "annual_by_domain": {k: round(v, 2) for k, v in s.annual_by_domain.items()},
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, sort_keys=True))
    else:
        for key, value in data.items():
            print(f"{key:22} {value}")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "sample", help="rebuild the sample company workbook and the blank template")
    p.add_argument("--out", default="sample_data", help="output folder (default: sample_data)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED,
                   help=f"random seed (default {DEFAULT_SEED})")
    p.add_argument("--lang", choices=("fr", "en"), default="en", help="language (default en)")
    p.set_defaults(func=_sample)
    p = subparsers.add_parser("summary", help="headline figures of the sample company's IT spend")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_summary)
