"""``compare``: every option's expected total over the horizon with its risks (the Overview's
headline), its plan without risk events, the probability of costing less than in-house, and the
"what must be true" thresholds. The same :class:`models.analysis.Analysis` as the pages.

    python -m models compare [--spend FILE] [--scenarios FILE.json] [--horizon Y]
        [--trials N] [--seed S] [--overrun M] [--budget EUR] [--assumptions pitch|neutral|cautious]
        [--governance none|typical|mature|FILE.json] [--json]

Without ``--spend`` the sample company is used. ``--spend`` reads a normalised spend CSV
(columns ``date, amount, domain, nature[, capex]``) directly, and any other file through the
importer (:func:`models.loaders.read_spend_file`). A spend file carries no company profile
nor payroll: the sample company's profile and IT staff are used unless ``--company``,
``--employees``, ``--workstations``, ``--servers``, ``--sites``, ``--revenue`` or ``--no-staff``
say otherwise (the company is named after the file unless ``--company`` is given). A file in
one currency other than the euro: ``--rate CODE=EUR`` converts it to euros; with
``--keep-currency`` it is worked in its currency, the euro market defaults converted at that
rate; without a rate, one sentence asks for it (exit status 2). ``--revenue`` is in the data's
currency. The ``sanity`` key (and the text's first lines) lists the checks of
:mod:`models.sanity` that fire.
Governance answers: ``--governance``, else those saved in the scenario file, else the pages'
default ("typical"), so the figures are the Overview's. ``--trials 0`` gives the plan only.

JSON (a contract: outside checks rely on these keys): top level ``source, horizon, company,
staff_fte, discount_rate, currency, assumptions, one_off, scenarios, thresholds, finding`` (and
``monte_carlo``, ``governance`` when asked); each scenario keeps ``id, name, kind, total, npv,
break_even_year, cost_per_employee, years, cumulative, fixed_share, variable_share,
one_time_share, delta_vs_inhouse, share_of_revenue`` and adds ``plan_total`` (= ``total``, the
plan without risk events), ``expected_total`` (simulation mean with risks), ``p10_total``,
``p90_total``, ``items`` (each cost item's horizon total in the plan), and for every option but
in-house ``p_cheaper_than_reference`` (share of paired trials cheaper than in-house, 0–1) and
``expected_saving`` (in-house expected total minus this option's). With ``--trials 0`` every key
stays and what only the simulation gives is null (``expected_total``, ``p10_total``,
``p90_total``, ``p_cheaper_than_reference``, ``expected_saving``, ``finding``).
Exit status 2 with one plain sentence on stderr means bad input.
"""
from __future__ import annotations

import json
import sys

from i18n import fmt_eur, fmt_pct, fmt_probability, t
from models.errors import CostModelError
from models.loaders import read_scenario_path
from models.scenarios import Economics, default_scenarios


def _company(args):
    """The sample company's profile and staff, with any --company, --employees … --revenue
    given; with a spend file and no --company, the company is named after the file (never the
    sample company's name over another file's data)."""
    from dataclasses import replace
    from pathlib import Path

    from models.boundary import clean_name
    from models.sample_company import sample_company, sample_staff
    company = sample_company()
    changes = {k: getattr(args, k) for k in ("employees", "workstations", "servers", "sites")
               if getattr(args, k, None) is not None}
    if getattr(args, "revenue", None) is not None:
        changes["revenue_eur"] = args.revenue or None
    name = clean_name(getattr(args, "company", None) or "")
    if not name and getattr(args, "spend", None):
        name = clean_name(Path(args.spend).stem)
    if name:
        changes["name"] = name
    if changes:
        company = replace(company, **changes)
    staff = [] if getattr(args, "no_staff", False) else sample_staff()
    return company, staff


def _rates(args) -> dict[str, float]:
    """``--rate CODE=EUR`` options (already checked by cli.options) as {code: euros per unit}."""
    rates = {}
    for item in getattr(args, "rate", None) or []:
        code, _, value = str(item).partition("=")
        rates[code.strip().upper()] = float(value.strip().replace(",", "."))
    return rates


def load_scenarios_and_answers(args):
    """(scenarios, economics, governance answers) of ``--scenarios`` and ``--governance``: the
    file's scenarios (else the defaults) and answers — ``--governance``, else those saved in the
    file, else the pages' default preset."""
    from models import governance as gov
    answers = gov.preset(gov.DEFAULT_PRESET)
    if args.scenarios:
        loaded = read_scenario_path(args.scenarios)
        scenarios, economics = loaded.scenarios, loaded.economics
        if loaded.governance is not None:
            answers = loaded.governance[0]
    else:
        scenarios, economics = default_scenarios(), Economics()
    if getattr(args, "governance", None):
        answers = gov.resolve_answers(args.governance)
    return scenarios, economics, answers


def load_dataset(args, lang: str):
    """(dataset, source) a command runs on: the sample company, or ``--spend FILE`` with the
    company of :func:`_company`. A file in one currency other than the euro: ``--rate CODE=EUR``
    converts it to euros, ``--keep-currency`` with that rate works in its currency (the euro
    defaults converted), and with no rate the analysis stops with one sentence asking for it
    (:class:`models.money.CurrencyRateError`). A file mixing currencies is always converted."""
    from models.dataset import Dataset, sample_dataset
    from models.importer import ImportOptions
    from models.loaders import read_spend_file
    company, staff = _company(args)
    if not args.spend:
        return Dataset(spend=sample_dataset().spend, company=company, staff=staff), "sample"
    rates = _rates(args)
    keep = bool(getattr(args, "keep_currency", False))
    try:
        spend, source, currency = read_spend_file(
            args.spend, lang, ImportOptions(fx_rates={} if keep else rates, limits=False))
    except CostModelError:
        if not (keep and rates):
            raise
        spend, source, currency = read_spend_file(       # several currencies: converted
            args.spend, lang, ImportOptions(fx_rates=rates, limits=False))
    if currency != "EUR" and getattr(args, "revenue", None) is None and company.revenue_eur:
        # the sample company's revenue is in euros: in the file's currency at its rate, else
        # unknown (never euros labelled as another currency)
        from dataclasses import replace
        company = replace(company, revenue_eur=(company.revenue_eur / rates[currency]
                                                if currency in rates else None))
    dataset = Dataset(spend=spend, company=company, staff=staff, source_name=source,
                      currency=currency)
    if currency != "EUR" and currency in rates:
        from models.money import work_in_currency
        dataset = work_in_currency(dataset, rates[currency])
    return dataset, source


def _check_run_options(args) -> None:
    """``--overrun`` from 0 to 1 and ``--budget`` zero or more, both finite, else one
    sentence (``--budget 0``, as on the pages, measures each option against its own plan)."""
    import math
    if not (math.isfinite(args.overrun) and 0 <= args.overrun <= 1):
        raise CostModelError("cli.error.overrun", value=args.overrun)
    if args.budget is not None and not (math.isfinite(args.budget) and args.budget >= 0):
        raise CostModelError("cli.error.budget", value=args.budget)


def _round(v):
    return None if v is None or v != v else round(float(v), 2)


def _items(projection, sid: str) -> dict[str, float]:
    """Horizon total of every cost item of the plan (EUR), staff, severance and unplanned
    included even when zero. ``projection``: :func:`models.costmodel.project`'s table."""
    from models.costmodel import ITEMS
    proj = projection
    sums = proj[proj["scenario"] == sid].groupby("item")["amount_eur"].sum()
    return {item: round(float(sums.get(item, 0.0)), 2) for item in ITEMS}


def _scenario_objects(analysis, lang: str) -> list[dict]:
    kpis = analysis.kpis().set_index("scenario")
    ref = analysis.reference_id
    out = []
    for r in analysis.results:
        k = kpis.loc[r.id]
        item = {**r.to_dict(), "plan_total": round(r.total, 2),
                "expected_total": _round(k["expected_total"]),
                "p10_total": _round(k["total_p10"]), "p90_total": _round(k["total_p90"]),
                "items": _items(analysis.projection, r.id)}
        if r.id != ref:
            item["p_cheaper_than_reference"] = round(float(k["p_cheaper"]), 4)
            item["expected_saving"] = _round(k["expected_saving"])
        out.append(item)
    return out


def _one_off(analysis) -> list[dict]:
    rows = analysis.one_off
    kept = analysis.one_off_kept
    return [{"date": str(r.date.date()), "vendor": r.vendor, "label": r.label,
             "domain": r.domain, "amount": round(float(r.amount), 2), "reason": r.reason,
             "source_row": int(r.source_row), "in_baseline": int(r.source_row) in kept}
            for r in rows.itertuples(index=False)]


def _plan_only(args, dataset, scenarios, economics, answers, lang) -> dict:
    """``--trials 0``: the plan and thresholds without the Monte Carlo."""
    from models.costmodel import make_inputs, project, summarise
    from models.defaults import using_assumptions
    from models.governance import apply_to_scenarios
    from models.money import analysis_dataset, in_data_currency
    from models.one_off import detect_one_off, without_one_off
    from models.scenarios import with_assumption_set
    from models.thresholds import thresholds
    dataset = analysis_dataset(dataset)
    with in_data_currency(dataset), using_assumptions(args.assumptions):
        one_off = detect_one_off(dataset.spend)
        spend = without_one_off(dataset.spend, one_off)
        inputs = make_inputs(spend, dataset.company, dataset.staff, economics)
        scenarios = apply_to_scenarios([with_assumption_set(s, args.assumptions)
                                        for s in scenarios], answers)
        results = summarise(inputs, scenarios, lang=lang)
        ths = thresholds(inputs, scenarios, lang=lang)
        projection = project(inputs, scenarios, lang=lang)
    return {"results": results, "thresholds": ths, "one_off": one_off, "projection": projection}


def _plan_objects(plan: dict) -> list[dict]:
    """``--trials 0``: the scenario objects with every contract key; the figures only the
    simulation gives are null."""
    from models.scenarios import reference_scenario
    ref = reference_scenario(plan["scenarios"]).id
    out = []
    for r in plan["results"]:
        item = {**r.to_dict(), "plan_total": round(r.total, 2), "expected_total": None,
                "p10_total": None, "p90_total": None, "items": _items(plan["projection"], r.id)}
        if r.id != ref:
            item["p_cheaper_than_reference"] = None
            item["expected_saving"] = None
        out.append(item)
    return out


def _compare(args) -> int:
    lang = args.lang
    try:
        from models.analysis import analyse
        from models.money import analysis_dataset, in_data_currency
        dataset, source = load_dataset(args, lang)
        dataset = analysis_dataset(dataset)      # no rate for a foreign currency: one sentence
        company, staff, spend = dataset.company, dataset.staff, dataset.spend
        scenarios, economics, answers = load_scenarios_and_answers(args)
        if args.horizon is not None:
            economics.horizon_years = args.horizon
        economics.validate()
        _check_run_options(args)
        if args.trials:
            analysis = analyse(dataset, scenarios, economics, seed=args.seed, trials=args.trials,
                               answers=answers, margin=args.overrun,
                               budget_per_year=args.budget, lang=lang,
                               assumptions=args.assumptions)
            results, ths, one_off = analysis.results, analysis.thresholds, analysis.one_off
        else:
            analysis = None
            plan = _plan_only(args, dataset, scenarios, economics, answers, lang)
            plan["scenarios"] = scenarios
            results, ths, one_off = plan["results"], plan["thresholds"], plan["one_off"]
        governance = None
        if args.governance:
            from cli.governance import governance_payload
            from models.costmodel import make_inputs
            from models.one_off import without_one_off
            with in_data_currency(dataset):
                inputs = make_inputs(without_one_off(spend, one_off), company, staff, economics)
                governance = governance_payload(inputs, scenarios, answers, staff,
                                                without_one_off(spend, one_off),
                                                args.trials or 10_000, args.seed)
    except CostModelError as err:
        print(err.message(lang), file=sys.stderr)
        return 2
    from i18n import using_currency
    from models.sanity import sentences
    warnings = sentences(dataset, lang)
    if args.json:
        payload = {
            "source": source, "horizon": economics.horizon_years,
            "company": company.to_dict(), "staff_fte": sum(r.fte for r in staff),
            "discount_rate": economics.discount_rate, "currency": dataset.currency,
            "eur_rate": dataset.eur_rate, "sanity": warnings,
            "assumptions": args.assumptions,
            "scenarios": (_scenario_objects(analysis, lang) if analysis is not None
                          else _plan_objects(plan)),
            "thresholds": [{"scenario": th.scenario_id, "parameter": th.parameter,
                            "current": th.current, "value": th.value,
                            "cheaper_when": th.cheaper_when, "sentence": th.sentence(lang)}
                           for th in ths],
        }
        if analysis is not None:
            payload["one_off"] = _one_off(analysis)
            payload["finding"] = analysis.finding
            from cli.montecarlo import analysis_payload
            meta, per = analysis_payload(analysis)
            payload["monte_carlo"] = meta
            for item in payload["scenarios"]:
                item["uncertainty"] = per[item["id"]]
        else:
            payload["finding"] = None        # the risk-inclusive sentence needs the simulation
            payload["one_off"] = [{"date": str(r.date.date()), "vendor": r.vendor,
                                   "label": r.label, "domain": r.domain,
                                   "amount": round(float(r.amount), 2), "reason": r.reason,
                                   "source_row": int(r.source_row), "in_baseline": False}
                                  for r in one_off.itertuples(index=False)]
        from cli.governance import add_to_payload
        add_to_payload(payload, governance)
        print(json.dumps(payload, ensure_ascii=False, sort_keys=True))
        return 0
    with using_currency(dataset.currency):
        for sentence in warnings:
            print(t("cli.compare.sanity", lang, text=sentence))
        _print_text(args, source, economics, results, ths, analysis, governance, lang)
    return 0


def _print_text(args, source, economics, results, ths, analysis, governance, lang) -> None:
    H = economics.horizon_years
    print(t("cli.compare.header", lang, source=source, horizon=H,
            rate=fmt_pct(economics.discount_rate, lang)))
    if analysis is not None:
        print(analysis.finding)
        print()
    width = max(len(r.name) for r in results) + 2
    expected = analysis.kpis().set_index("scenario") if analysis is not None else None
    head = (f"{t('cli.compare.scenario', lang):{width}}"
            + (f"{t('cli.compare.expected', lang):>18}{t('cli.compare.p_cheaper', lang):>18}"
               if expected is not None else "")
            + f"{t('cli.compare.total', lang):>16}"
            f"{t('cli.compare.npv', lang):>16}{t('cli.compare.break_even', lang):>14}"
            f"{t('cli.compare.per_employee', lang):>18}")
    print(head)
    for r in results:
        be = str(r.break_even_year) if r.break_even_year else "–"
        extra = ""
        if expected is not None:
            p = expected.loc[r.id, "p_cheaper"]
            extra = (f"{fmt_eur(expected.loc[r.id, 'expected_total'], lang):>18}"
                     f"{('–' if p != p else fmt_probability(p, lang)):>18}")
        print(f"{r.name:{width}}{extra}{fmt_eur(r.total, lang):>16}{fmt_eur(r.npv, lang):>16}"
              f"{be:>14}{fmt_eur(r.cost_per_employee, lang):>18}")
    print()
    for th in ths:
        print("- " + th.sentence(lang))
    if analysis is not None:
        from cli.montecarlo import analysis_payload, compare_lines
        print()
        print("\n".join(compare_lines(*analysis_payload(analysis),
                                      {r.id: r.name for r in results}, lang)))
    if governance:
        from cli.governance import compare_lines as governance_lines
        print()
        print("\n".join(governance_lines(governance, {r.id: r.name for r in results}, lang)))


def register(subparsers) -> None:
    p = subparsers.add_parser("compare", help="compare in-house, partial and full outsourcing "
                                              "over the horizon, risks included")
    p.add_argument("--spend", help="spend file (normalised CSV, or any file the importer reads); "
                                   "default: the sample company")
    p.add_argument("--scenarios", help="scenario file saved by the Scenarios page (JSON)")
    p.add_argument("--horizon", type=int, help="horizon in years (1–15; default 5)")
    p.add_argument("--lang", choices=("fr", "en"), default="en", help="language (default en)")
    for name, what in (("employees", "employees (users)"), ("workstations", "workstations"),
                       ("servers", "servers"), ("sites", "sites")):
        p.add_argument(f"--{name}", type=int, help=f"number of {what} (default: the sample "
                                                    "company's)")
    p.add_argument("--revenue", type=float,
                   help="yearly revenue in the data's currency (0 = unknown)")
    p.add_argument("--no-staff", action="store_true",
                   help="no in-house IT staff (default: the sample company's two IT staff)")
    p.add_argument("--assumptions", choices=("pitch", "neutral", "cautious"), default="neutral",
                   help="assumption set: a provider's pitch, neutral (default) or cautious")
    p.add_argument("--budget", type=float, default=None,
                   help="yearly budget in EUR to measure overruns against (default: each "
                        "option's own plan)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    add_data_arguments(p)
    from cli.montecarlo import add_arguments
    add_arguments(p)  # --trials, --seed, --overrun
    from cli.governance import add_governance_argument
    add_governance_argument(p)  # --governance none|typical|mature|FILE.json
    p.set_defaults(func=_compare)


def add_data_arguments(p) -> None:
    """--company, --rate and --keep-currency (compare and export)."""
    p.add_argument("--company", help="company name (default: the spend file's name, else the "
                                     "sample company)")
    p.add_argument("--rate", action="append", metavar="CODE=EUR",
                   help="exchange rate, euros for one unit, e.g. --rate ZAR=0.05 (repeatable): "
                        "the file's amounts are converted to euros")
    p.add_argument("--keep-currency", action="store_true",
                   help="with --rate, keep a file in one foreign currency in that currency and "
                        "convert the euro market defaults instead")
