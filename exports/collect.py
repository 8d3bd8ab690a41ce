"""Collect the board pack from what the dashboard holds: the same functions the pages call."""
from __future__ import annotations

from dataclasses import fields
from datetime import date

from exports.board_pack import BoardPack, items_table, label, people_sections
from exports.html_report import Section
from i18n import CATALOG, t
from models.costmodel import make_inputs, project, summarise
from models.dataset import Dataset
from models.findings import headline_finding
from models.scenarios import Economics, Scenario, reference_scenario
from models.sources import unit_text
from models.thresholds import thresholds
from models.waterfall import waterfall_steps

_ECONOMICS_UNITS = {"horizon_years": "years", "discount_rate": "%", "headcount_growth": "%",
                    "salary_drift": "%", "price_inflation": "%", "useful_life_years": "years"}


def _source(dataset: Dataset, lang: str) -> str:
    return (t("export.source_sample", lang, name=dataset.company.name) if dataset.is_sample
            else dataset.source_name)


def _user_inputs(economics: Economics, lang: str) -> list[tuple[str, object, str]]:
    out = []
    for f in fields(economics):
        value = getattr(economics, f.name)
        if f.name == "start_date":
            out.append((t("export.input.start_date", lang),
                        value or t("export.input.start_date.auto", lang), ""))
            continue
        out.append((label(f"assumption.{f.name}", lang, f.name), value,
                    unit_text(_ECONOMICS_UNITS.get(f.name, ""), lang)))
    return out


def collect(dataset: Dataset, scenarios: list[Scenario], economics: Economics, lang: str,
            created: date | None = None) -> BoardPack:
    """A :class:`BoardPack` of the plan alone (no Monte Carlo, neutral assumptions; one-off
    lines out of the baseline as on the pages). The dashboard and the command line use
    :func:`collect_analysis`."""
    from models.money import analysis_dataset, in_data_currency
    dataset = analysis_dataset(dataset)
    with in_data_currency(dataset):
        return _collect_plan(dataset, scenarios, economics, lang, created)


def _collect_plan(dataset: Dataset, scenarios: list[Scenario], economics: Economics, lang: str,
                  created: date | None) -> BoardPack:
    from models.one_off import baseline_spend, one_off_table
    from models.sanity import sentences
    from models.staff_report import staff_decision_rows
    inputs = make_inputs(baseline_spend(dataset), dataset.company, dataset.staff, economics)
    results = summarise(inputs, scenarios, lang=lang)
    return BoardPack(
        currency=dataset.currency, eur_rate=dataset.eur_rate, sanity=sentences(dataset, lang),
        lang=lang, source=_source(dataset, lang), company_name=dataset.company.name,
        created=created or date.today(), horizon_years=economics.horizon_years,
        discount_rate=economics.discount_rate, results=results,
        projection=project(inputs, scenarios, lang=lang), spend=dataset.spend,
        finding=headline_finding(results, lang),
        inputs=_user_inputs(economics, lang),
        thresholds=[th.sentence(lang) for th in thresholds(inputs, scenarios, lang=lang)],
        one_off=one_off_table(dataset.spend, dataset.one_off_kept)[0],
        staff_decisions=staff_decision_rows(scenarios, dataset.staff,
                                            start_date=inputs.start_date,
                                            employees=dataset.company.employees, lang=lang))


def collect_analysis(dataset: Dataset, analysis, economics: Economics, lang: str,
                     created: date | None = None,
                     cheapest: dict[str, str] | None = None) -> BoardPack:
    """A :class:`BoardPack` from the dashboard's shared :class:`models.analysis.Analysis`:
    the same risk-inclusive figures, finding, thresholds and Monte Carlo statistics as the
    Overview and the detail pages, the plan labelled as such, the assumption set, the one-off
    lines kept out of the baseline and the staff decisions. ``cheapest``: the cheapest option
    under each assumption set (:func:`models.analysis.cheapest_by_set`, or the pages' cached
    runs), for the robustness line."""
    from i18n import using_currency
    with using_currency(dataset.currency):      # the sentences built here name its money
        return _collect_analysis(dataset, analysis, economics, lang, created, cheapest)


def _collect_analysis(dataset: Dataset, analysis, economics: Economics, lang: str,
                      created: date | None, cheapest: dict[str, str] | None) -> BoardPack:
    import pandas as pd

    from models.findings import robustness_line
    from models.sanity import sentences
    from models.staff_report import staff_decision_rows
    kpis = analysis.kpis()
    rows = []
    for r in analysis.results:
        years = analysis.stats[r.id]["years"]

        def mean_of(key: str, years: list = years) -> float:
            return float(sum(y[key] for y in years) / len(years))

        k = kpis.set_index("scenario").loc[r.id]
        rows.append({"scenario": r.id, "mean_year": mean_of("mean"), "p10_year": mean_of("p10"),
                     "p50_year": mean_of("p50"), "p90_year": mean_of("p90"),
                     "p95_year": mean_of("p95"), "cv": float(k["cv"]),
                     "budget_at_risk": float(k["budget_at_risk"]),
                     "p_overrun": float(k["p_overrun"]),
                     "expected_risk_loss": float(k["expected_risk_loss"])})
    eal = analysis.eal.assign(event=[t(f"risk.event.{e}", lang) if f"risk.event.{e}" in CATALOG
                                     else e for e in analysis.eal["event"]])
    names = {r.id: r.name for r in analysis.results}
    one_off = analysis.one_off.assign(in_baseline=pd.Series(
        [int(r) in analysis.one_off_kept for r in analysis.one_off["source_row"]],
        index=analysis.one_off.index, dtype=bool))
    return BoardPack(
        currency=dataset.currency, eur_rate=dataset.eur_rate, sanity=sentences(dataset, lang),
        lang=lang, source=_source(dataset, lang), company_name=dataset.company.name,
        created=created or date.today(), horizon_years=economics.horizon_years,
        discount_rate=economics.discount_rate, results=analysis.results,
        projection=analysis.projection, spend=dataset.spend, finding=analysis.finding,
        inputs=_user_inputs(economics, lang),
        thresholds=[th.sentence(lang) for th in analysis.thresholds],
        mc_summary=pd.DataFrame(rows), mc_yearly=analysis.yearly, risk_losses=eal,
        trials=analysis.simulation.n_trials, seed=analysis.simulation.seed, analysis=analysis,
        kpis=kpis, assumptions=analysis.assumptions,
        robustness=(robustness_line(cheapest, analysis.cheapest(), names, lang)
                    if cheapest else None),
        one_off=one_off,
        staff_decisions=staff_decision_rows(analysis.scenarios, dataset.staff,
                                            start_date=analysis.inputs.start_date,
                                            employees=analysis.inputs.company.employees,
                                            lang=lang))


def report_sections(pack: BoardPack, scenarios: list[Scenario]) -> list[Section]:
    """Figures of the HTML report, built with the dashboard's chart builders (amounts in the
    pack's currency)."""
    from i18n import using_currency
    with using_currency(pack.currency):
        return _report_sections(pack, scenarios)


def _report_sections(pack: BoardPack, scenarios: list[Scenario]) -> list[Section]:
    from charts.sensitivity import waterfall_chart
    lang = pack.lang
    ref = reference_scenario(scenarios)
    reference_total = next(r.total for r in pack.results if r.id == ref.id)
    figures = []
    for r in pack.results:
        if r.id == ref.id:
            continue
        steps = [(label(f"item.{item}", lang, item), v)
                 for item, v in waterfall_steps(pack.projection, r.id, ref.id)]
        figures.append(waterfall_chart(reference_total, steps, r.name, pack.horizon_years, lang,
                                       pack.subtitle()))
    sections = [Section(t("export.section.costs", lang), [], figures, [items_table(pack)])]
    sections.extend(people_sections(pack))
    analysis = getattr(pack, "analysis", None)
    if analysis is not None:
        from charts.predictability import cv_overrun_chart, fan_chart
        from charts.risk import exceedance_chart, expected_loss_chart
        from charts.theme import scenario_styles
        from i18n import fmt_date, fmt_number
        styles = scenario_styles(analysis.scenarios, lang)
        sub = t("chart.mc_subtitle", lang, source=pack.source,
                trials=fmt_number(analysis.simulation.n_trials, lang),
                seed=analysis.simulation.seed,
                years=analysis.simulation.horizon, date=fmt_date(pack.created, lang))
        sections.append(Section(t("export.slide.predictability", lang), [], [
            fan_chart(analysis.yearly, styles, lang, sub),
            cv_overrun_chart(analysis.predictability, styles, analysis.margin, lang, sub,
                             best=analysis.most_predictable(),
                             basis=t(f"overview.budget.{analysis.budget_basis}", lang))], []))
        labels = {e: label(f"risk.event.{e}", lang, e) for e in set(analysis.eal["event"])}
        sections.append(Section(t("export.slide.risk", lang), [], [
            expected_loss_chart(analysis.eal, labels, styles, lang, sub),
            exceedance_chart(analysis.risk_loss_samples(), styles, lang, sub)], []))
    return sections
