"""``compare``: total cost over the horizon, NPV, break-even year and cost per employee of each
scenario, plus the "what must be true" thresholds.

    python -m models compare [--spend FILE] [--scenarios FILE.json] [--horizon Y] [--json]

Without ``--spend`` the sample company is used. ``--spend`` reads a normalised spend CSV
(columns ``date, amount, domain, nature[, capex]``) directly, and any other file through the
importer (:func:`models.loaders.read_spend_path`). A spend file carries no company profile
nor payroll: the sample company's profile and IT staff are used unless ``--employees``,
``--workstations``, ``--servers``, ``--sites``, ``--revenue`` or ``--no-staff`` say otherwise.
Exit status 2 with one plain sentence on stderr means bad input.
"""
from __future__ import annotations

import json
import sys

from i18n import fmt_eur, fmt_pct, t
from models.costmodel import make_inputs, summarise
from models.errors import CostModelError
from models.loaders import read_scenario_path, read_spend_path
from models.scenarios import Economics, default_scenarios
from models.thresholds import thresholds


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
            spend, source = read_spend_path(args.spend, lang)
        else:
            from models.dataset import sample_dataset
            spend, source = sample_dataset().spend, "sample"
        if args.scenarios:
            loaded = read_scenario_path(args.scenarios)
            scenarios, economics = loaded.scenarios, loaded.economics
        else:
            scenarios, economics = default_scenarios(), Economics()
        if args.horizon is not None:
            economics.horizon_years = args.horizon
        economics.validate()
        inputs = make_inputs(spend, company, staff, economics)
        from cli.governance import governed_for_compare  # --governance
        scenarios, governance = governed_for_compare(args, inputs, scenarios, staff, spend)
        results = summarise(inputs, scenarios, lang=lang)
        ths = thresholds(inputs, scenarios, lang=lang)
        mc = None
        if args.trials:  # Monte Carlo statistics (issue 5)
            from cli.montecarlo import compare_payload
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
        from cli.governance import add_to_payload
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
        from cli.montecarlo import compare_lines
        print()
        print("\n".join(compare_lines(*mc, {r.id: r.name for r in results}, lang)))
    if governance:
        from cli.governance import compare_lines as governance_lines
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
    from cli.montecarlo import add_arguments
    add_arguments(p)  # --trials, --seed, --overrun (issue 5)
    from cli.governance import add_governance_argument
    add_governance_argument(p)  # --governance none|typical|mature|FILE.json (issue 7)
    p.set_defaults(func=_compare)
