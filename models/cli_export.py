"""``export``: the board pack headless, the same files as the Export page.

    python -m models export [--spend FILE] [--scenarios FILE.json] --format xlsx|pptx|html
                            --out PATH [--lang fr|en]
"""
from __future__ import annotations

import sys
from pathlib import Path

from models.errors import CostModelError


def _export(args) -> int:
    from exports.board_pack import build_html, build_pptx, build_xlsx
    from exports.collect import collect, report_sections
    from models.cli_compare import _read_spend
    from models.company import CompanyProfile  # noqa: F401 - documents the dataset's parts
    from models.dataset import Dataset, sample_dataset
    from models.scenarios import Economics, default_scenarios, load_scenarios
    try:
        if args.spend:
            spend, company, staff, name = _read_spend(Path(args.spend))
            dataset = Dataset(spend=spend, company=company, staff=staff, source_name=name)
        else:
            dataset = sample_dataset()
        if args.scenarios:
            path = Path(args.scenarios)
            if not path.is_file():
                raise CostModelError("costs.error.spend_file", detail=f"{path} does not exist")
            scenarios, economics = load_scenarios(path.read_bytes())
        else:
            scenarios, economics = default_scenarios(), Economics()
        pack = collect(dataset, scenarios, economics, args.lang)
    except CostModelError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    if args.format == "xlsx":
        data = build_xlsx(pack)
    elif args.format == "pptx":
        data = build_pptx(pack)
    else:
        data = build_html(pack, report_sections(pack, scenarios))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    from i18n import t
    print(t("export.cli.written", args.lang, path=out))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="write the board pack (xlsx, pptx or html)")
    p.add_argument("--spend", help="spend file (default: the sample company)")
    p.add_argument("--scenarios", help="scenario file (JSON) saved from the dashboard")
    p.add_argument("--format", required=True, choices=["xlsx", "pptx", "html"])
    p.add_argument("--out", required=True, help="output file")
    p.add_argument("--lang", default="en", choices=["fr", "en"])
    p.set_defaults(func=_export)
