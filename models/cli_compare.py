"""``compare``: total cost over the horizon, NPV, break-even year and cost per employee of each
scenario, plus the "what must be true" thresholds.

    python -m models compare [--spend FILE] [--scenarios FILE.json] [--horizon Y] [--json]

Without ``--spend`` the sample company is used. ``--spend`` reads a normalised spend CSV
(columns ``date, amount, domain, nature[, capex]``) directly, and any other file through the
importer of issue 3 (``models.importer``) when it is installed. Exit status 2 with one plain
sentence on stderr means bad input.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from i18n import fmt_eur, t
from models.costmodel import make_inputs, summarise
from models.errors import CostModelError
from models.scenarios import Economics, default_scenarios, load_scenarios
from models.thresholds import thresholds


def _read_spend(path: Path):
    """(spend table, company, staff, source name) from a file."""
    import pandas as pd

    from models.sample_company import sample_company, sample_staff
    from models.spend import coerce_spend_table
    if not path.is_file():
        raise CostModelError("costs.error.spend_file", detail=f"{path} does not exist")
    if path.suffix.lower() == ".csv":
        try:
            head = pd.read_csv(path, nrows=0, sep=None, engine="python")
        except Exception as exc:  # noqa: BLE001 - any reader error is bad input
            raise CostModelError("costs.error.spend_file", detail=str(exc)) from None
        if {"date", "amount", "domain"} <= set(head.columns):
            try:
                spend = coerce_spend_table(pd.read_csv(path, sep=None, engine="python"))
            except Exception as exc:  # noqa: BLE001
                raise CostModelError("costs.error.spend_file", detail=str(exc)) from None
            # the profile and staff are not in a spend file: the sample company's are used
            return spend, sample_company(), sample_staff(), path.name
    try:
        import models.importer as importer  # issue 3
    except ImportError:
        raise CostModelError(
            "costs.error.spend_file",
            detail="only a normalised CSV (date, amount, domain, nature, capex) can be read until "
                   "the importer (issue 3) is installed; omit --spend to use the sample company"
        ) from None
    reader = getattr(importer, "import_dataset", None) or getattr(importer, "read_dataset", None)
    if reader is None:
        raise CostModelError("costs.error.spend_file",
                             detail="the importer offers no dataset reader yet")
    try:
        ds = reader(path)
    except Exception as exc:  # noqa: BLE001
        raise CostModelError("costs.error.spend_file", detail=str(exc)) from None
    return ds.spend, ds.company, ds.staff, ds.source_name or path.name


def _compare(args) -> int:
    lang = args.lang
    try:
        if args.spend:
            spend, company, staff, source = _read_spend(Path(args.spend))
        else:
            from models.dataset import sample_dataset
            ds = sample_dataset()
            spend, company, staff, source = ds.spend, ds.company, ds.staff, "sample"
        if args.scenarios:
            path = Path(args.scenarios)
            if not path.is_file():
                raise CostModelError("costs.error.spend_file", detail=f"{path} does not exist")
            scenarios, economics = load_scenarios(path.read_bytes())
        else:
            scenarios, economics = default_scenarios(), Economics()
        if args.horizon is not None:
            economics.horizon_years = args.horizon
        economics.validate()
        inputs = make_inputs(spend, company, staff, economics)
        results = summarise(inputs, scenarios, lang=lang)
        ths = thresholds(inputs, scenarios, lang=lang)
    except CostModelError as err:
        print(err.message(lang), file=sys.stderr)
        return 2
    if args.json:
        payload = {
            "source": source, "horizon": economics.horizon_years,
            "discount_rate": economics.discount_rate, "currency": "EUR",
            "scenarios": [r.to_dict() for r in results],
            "thresholds": [{"scenario": th.scenario_id, "parameter": th.parameter,
                            "current": th.current, "value": th.value,
                            "cheaper_when": th.cheaper_when, "sentence": th.sentence(lang)}
                           for th in ths],
        }
        print(json.dumps(payload, ensure_ascii=False, sort_keys=True))
        return 0
    H = economics.horizon_years
    print(t("cli.compare.header", lang, source=source, horizon=H,
            rate=f"{economics.discount_rate:.1%}"))
    width = max(len(r.name) for r in results) + 2
    head = (f"{t('cli.compare.scenario', lang):{width}}{t('cli.compare.total', lang):>16}"
            f"{t('cli.compare.npv', lang):>16}{t('cli.compare.break_even', lang):>14}"
            f"{t('cli.compare.per_employee', lang):>18}")
    print(head)
    for r in results:
        be = str(r.break_even_year) if r.break_even_year else "–"
        print(f"{r.name:{width}}{fmt_eur(r.total, lang):>16}{fmt_eur(r.npv, lang):>16}{be:>14}"
              f"{fmt_eur(r.cost_per_employee, lang):>18}")
    print()
    for th in ths:
        print("- " + th.sentence(lang))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("compare", help="compare the yearly cost of in-house, partial and "
                                              "full outsourcing over the horizon")
    p.add_argument("--spend", help="spend file (normalised CSV, or any file the importer reads); "
                                   "default: the sample company")
    p.add_argument("--scenarios", help="scenario file saved by the Scenarios page (JSON)")
    p.add_argument("--horizon", type=int, help="horizon in years (1–15; default 5)")
    p.add_argument("--lang", choices=("fr", "en"), default="en", help="language (default en)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_compare)
