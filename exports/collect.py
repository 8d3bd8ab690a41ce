"""Collect the board pack from what the dashboard holds: the same functions the pages call."""
from __future__ import annotations

from dataclasses import fields
from datetime import date

from exports.board_pack import BoardPack, label
from exports.html_report import Section
from i18n import t
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
    return [Section(t("export.section.costs", lang), [], figures, [])]
