"""``compare``: total cost over the horizon, NPV, break-even year and cost per employee of each
scenario, plus the "what must be true" thresholds.

    python -m models compare [--spend FILE] [--scenarios FILE.json] [--horizon Y] [--json]

Without ``--spend`` the sample company is used. ``--spend`` reads a normalised spend CSV
(columns ``date, amount, domain, nature[, capex]``) directly, and any other file through the
importer of issue 3 (``models.importer.import_spend``). A spend file carries no company profile
nor payroll: the sample company's profile and IT staff are used unless ``--employees``,
``--workstations``, ``--servers``, ``--sites``, ``--revenue`` or ``--no-staff`` say otherwise.
Exit status 2 with one plain sentence on stderr means bad input.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from i18n import fmt_eur, fmt_pct, t
from models.costmodel import make_inputs, summarise
from models.errors import CostModelError
from models.scenarios import Economics, default_scenarios, load_scenarios
from models.thresholds import thresholds


def _read_spend(path: Path, lang: str):
    """(spend table, source name) from a file: a normalised CSV directly, anything else through
    the importer of issue 3."""
    import pandas as pd

    from models.spend import SPEND_COLUMNS, coerce_spend_table
    if not path.is_file():
        raise CostModelError("costs.error.spend_file", detail=f"{path} does not exist")
    if path.suffix.lower() == ".csv":
        try:
            head = pd.read_csv(path, nrows=0, sep=None, engine="python")
        except Exception:  # noqa: BLE001 - not a plain CSV: let the importer try
            head = pd.DataFrame()
        if {"date", "amount", "domain"} <= set(head.columns):
            try:
                spend = coerce_spend_table(pd.read_csv(path, sep=None, engine="python"))
            except Exception as exc:  # noqa: BLE001 - any reader error is bad input
                raise CostModelError("costs.error.spend_file", detail=str(exc)) from None
            return spend, path.name
    try:
        from models.importer import import_spend  # issue 3
    except ImportError:
        raise CostModelError(
            "costs.error.spend_file",
            detail="only a normalised CSV (date, amount, domain, nature, capex) can be read until "
                   "the importer (issue 3) is installed; omit --spend to use the sample company"
        ) from None
    try:
        result = import_spend(path.read_bytes(), path.name)
    except ValueError as exc:           # SpendImportError: one translated sentence
        detail = exc.message(lang) if hasattr(exc, "message") else str(exc)
        raise CostModelError("costs.error.spend_file", detail=detail) from None
    return result.spend[list(SPEND_COLUMNS)], path.name


def _company(args):
    """The sample company's profile and staff, with any --employees … --revenue given."""
    from dataclasses import replace

    from models.sample_company import sample_company, sample_staff
    company = sample_company()
    changes = {k: getattr(args, k) for k in ("employees", "workstations", "servers", "sites")
               if getattr(args, k) is not None}
    if args.revenue is not None:
        changes["revenue_eur"] = args.revenue or None
    if changes:
        company = replace(company, **changes)
    staff = [] if args.no_staff else sample_staff()
    return company, staff


def _compare(args) -> int:
    lang = args.lang
    try:
        company, staff = _company(args)
        if args.spend:
            spend, source = _read_spend(Path(args.spend), lang)
        else:
            from models.dataset import sample_dataset
            spend, source = sample_dataset().spend, "sample"
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
        from models.cli_governance import governed_for_compare   # issue 7: --governance
        scenarios, governance = governed_for_compare(args, inputs, scenarios, staff, spend)
        results = summarise(inputs, scenarios, lang=lang)
        ths = thresholds(inputs, scenarios, lang=lang)
        mc = None
        if args.trials:  # Monte Carlo statistics (issue 5)
            from models.uncertainty.cli_support import compare_payload
            mc = compare_payload(inputs, scenarios, spend, args.trials, args.seed, args.overrun,
                                 args=args, staff=staff)
    except CostModelError as err:
        print(err.message(lang), file=sys.stderr)
        return 2
    if args.json:
        payload = {
            "source": source, "horizon": economics.horizon_years,
            "company": company.to_dict(), "staff_fte": sum(r.fte for r in staff),
            "discount_rate": economics.discount_rate, "currency": "EUR",
            "scenarios": [r.to_dict() for r in results],
            "thresholds": [{"scenario": th.scenario_id, "parameter": th.parameter,
                            "current": th.current, "value": th.value,
                            "cheaper_when": th.cheaper_when, "sentence": th.sentence(lang)}
                           for th in ths],
        }
        if mc:
            payload["monte_carlo"] = mc[0]
            for item in payload["scenarios"]:
                item["uncertainty"] = mc[1][item["id"]]
        from models.cli_governance import add_to_payload
        add_to_payload(payload, governance)
        print(json.dumps(payload, ensure_ascii=False, sort_keys=True))
        return 0
    H = economics.horizon_years
    print(t("cli.compare.header", lang, source=source, horizon=H,
            rate=fmt_pct(economics.discount_rate, lang)))
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
    if mc:
        from models.uncertainty.cli_support import compare_lines
        print()
        print("\n".join(compare_lines(*mc, {r.id: r.name for r in results}, lang)))
    if governance:
        from models.cli_governance import compare_lines as governance_lines
        print()
        print("\n".join(governance_lines(governance, {r.id: r.name for r in results}, lang)))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("compare", help="compare the yearly cost of in-house, partial and "
                                              "full outsourcing over the horizon")
    p.add_argument("--spend", help="spend file (normalised CSV, or any file the importer reads); "
                                   "default: the sample company")
    p.add_argument("--scenarios", help="scenario file saved by the Scenarios page (JSON)")
    p.add_argument("--horizon", type=int, help="horizon in years (1–15; default 5)")
    p.add_argument("--lang", choices=("fr", "en"), default="en", help="language (default en)")
    for name, what in (("employees", "employees (users)"), ("workstations", "workstations"),
                       ("servers", "servers"), ("sites", "sites")):
        p.add_argument(f"--{name}", type=int, help=f"number of {what} (default: the sample "
                                                    "company's)")
    p.add_argument("--revenue", type=float, help="yearly revenue in EUR (0 = unknown)")
    p.add_argument("--no-staff", action="store_true",
                   help="no in-house IT staff (default: the sample company's two IT staff)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    from models.uncertainty.cli_support import add_arguments
    add_arguments(p)  # --trials, --seed, --overrun (issue 5)
    from models.cli_governance import add_governance_argument
    add_governance_argument(p)  # --governance none|typical|mature|FILE.json (issue 7)
    p.set_defaults(func=_compare)
