"""Collect the board pack from what the dashboard holds: the same functions the pages call."""
from __future__ import annotations

from dataclasses import fields
from datetime import date

from exports.board_pack import BoardPack, label
from exports.html_report import Section
from i18n import CATALOG, t
from models.costmodel import make_inputs, project, summarise
from models.dataset import Dataset
from models.findings import headline_finding
from models.scenarios import Economics, Scenario, reference_scenario
from models.thresholds import thresholds
from models.waterfall import waterfall_steps

_ECONOMICS_UNITS = {"horizon_years": "years", "discount_rate": "%", "headcount_growth": "%",
                    "salary_drift": "%", "price_inflation": "%", "useful_life_years": "years"}


def collect(dataset: Dataset, scenarios: list[Scenario], economics: Economics, lang: str,
            created: date | None = None) -> BoardPack:
    """A :class:`BoardPack` of the cost comparison (Monte Carlo and governance parts are added
    by their modules when present)."""
    inputs = make_inputs(dataset.spend, dataset.company, dataset.staff, economics)
    results = summarise(inputs, scenarios, lang=lang)
    source = (t("export.source_sample", lang, name=dataset.company.name) if dataset.is_sample
              else dataset.source_name)
    user_inputs = [(label(f"assumption.{f.name}", lang, f.name), getattr(economics, f.name),
                    _ECONOMICS_UNITS.get(f.name, "")) for f in fields(economics)]
    return BoardPack(
        lang=lang, source=source, company_name=dataset.company.name,
        created=created or date.today(), horizon_years=economics.horizon_years,
        discount_rate=economics.discount_rate, results=results,
        projection=project(inputs, scenarios, lang=lang), spend=dataset.spend,
        finding=headline_finding(results, lang),
        inputs=user_inputs,
        thresholds=[th.sentence(lang) for th in thresholds(inputs, scenarios, lang=lang)])


def collect_analysis(dataset: Dataset, analysis, economics: Economics, lang: str,
                     created: date | None = None) -> BoardPack:
    """A :class:`BoardPack` from the dashboard's shared :class:`models.analysis.Analysis`:
    the same results, finding, thresholds and Monte Carlo statistics as the pages."""
    import pandas as pd
    pack = collect(dataset, analysis.scenarios, economics, lang, created)
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
    pack.results = analysis.results
    pack.projection = analysis.projection
    pack.finding = analysis.finding
    pack.thresholds = [th.sentence(lang) for th in analysis.thresholds]
    pack.mc_summary = pd.DataFrame(rows)
    pack.mc_yearly = analysis.yearly
    pack.risk_losses = eal
    pack.trials = analysis.simulation.n_trials
    pack.seed = analysis.simulation.seed
    pack.analysis = analysis
    return pack


def report_sections(pack: BoardPack, scenarios: list[Scenario]) -> list[Section]:
    """Figures of the HTML report, built with the dashboard's chart builders."""
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
    sections = [Section(t("export.section.costs", lang), [], figures, [])]
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
            cv_overrun_chart(analysis.predictability, styles, analysis.margin, lang, sub)], []))
        labels = {e: label(f"risk.event.{e}", lang, e) for e in set(analysis.eal["event"])}
        sections.append(Section(t("export.slide.risk", lang), [], [
            expected_loss_chart(analysis.eal, labels, styles, lang, sub),
            exceedance_chart(analysis.risk_loss_samples(), styles, lang, sub)], []))
    return sections
