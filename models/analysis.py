"""One analysis of the loaded data: the cost comparison and the Monte Carlo, computed once.

Every decision page, every export and the command line read the same :class:`Analysis`, so the
numbers on screen, in the workbook, the deck, the report and ``compare --json`` are the same
numbers. Pure pandas/numpy.

What it does, in order:

1. the one-off events of the spend history (:mod:`models.one_off`) are listed and left out of
   the baseline and of the volatility calibration (the user may put lines back:
   ``Dataset.one_off_kept``);
2. within the assumption set asked for (:func:`models.defaults.using_assumptions`; the
   scenarios' terms still at their neutral default take the set's values:
   :func:`models.scenarios.with_assumption_set`), the deterministic **plan** of each option
   (:func:`models.costmodel.summarise`: no risk event) and the Monte Carlo with every risk
   event and the governance effects (:func:`models.governance.simulation.simulate_governed`);
3. the **risk-inclusive** figures the headline uses: the expected total (the mean
   of the simulated horizon totals), its P10–P90, and for each option but in-house the share of
   paired trials (common random numbers) where it costs less than in-house and the P10–P90 of the
   saving;
4. predictability against a budget: the user's yearly budget × the horizon, else each option's
   own plan (the probability that risks push an option more than the margin over its plan).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from models.costmodel import CostInputs, ScenarioResult, make_inputs, project, summarise
from models.dataset import Dataset
from models.defaults import DEFAULT_SET, using_assumptions
from models.findings import OptionOutlook, risk_finding
from models.governance.simulation import simulate_governed
from models.one_off import baseline_spend, detect_one_off
from models.scenarios import Economics, Scenario, reference_scenario, with_assumption_set
from models.thresholds import Threshold, thresholds
from models.uncertainty.engine import DEFAULT_SEED, DEFAULT_TRIALS, SimulationResult
from models.uncertainty.statistics import (
    eal_table,
    predictability_table,
    scenario_statistics,
    sla_table,
    yearly_table,
)

#: Overrun margin of "probability of overrunning the budget by more than x %".
DEFAULT_MARGIN = 0.10


def paired_comparison(result: SimulationResult, reference_id: str) -> dict[str, dict]:
    """For every scenario but the reference, from the paired trials (the same random numbers
    drive every scenario): ``p_cheaper`` = share of trials where the scenario's horizon total is
    below the reference's (0–1); ``expected_saving`` = mean of (reference − scenario) totals
    (EUR, = difference of the expected totals); ``saving_p10`` / ``saving_p90`` its percentiles."""
    ref = result.horizon_total(reference_id)
    out = {}
    for sid in result.scenario_ids:
        if sid == reference_id:
            continue
        saving = ref - result.horizon_total(sid)
        out[sid] = {"p_cheaper": float(np.mean(saving > 0)),
                    "expected_saving": float(saving.mean()),
                    "saving_p10": float(np.quantile(saving, 0.10)),
                    "saving_p90": float(np.quantile(saving, 0.90))}
    return out


@dataclass
class Analysis:
    inputs: CostInputs
    scenarios: list[Scenario]           # as analysed (assumption set and governance applied)
    results: list[ScenarioResult]       # deterministic plan (no risk event)
    projection: pd.DataFrame            # tidy scenario × year × domain × item (EUR), the plan
    simulation: SimulationResult
    stats: dict                         # models.uncertainty.statistics.scenario_statistics
    yearly: pd.DataFrame                # scenario, year, mean, p10, p50, p90, p95, std, cv
    eal: pd.DataFrame                   # scenario, event, eal (EUR/year)
    # scenario, downtime_hours, downtime_loss, credits, uncovered
    sla: pd.DataFrame
    predictability: pd.DataFrame        # scenario, cv, p_overrun, cv_total
    thresholds: list[Threshold]
    finding: str
    margin: float
    governed: bool
    paired: dict[str, dict] = field(default_factory=dict)   # see paired_comparison
    one_off: pd.DataFrame = field(default_factory=pd.DataFrame)  # models.one_off.COLUMNS
    one_off_kept: frozenset[int] = frozenset()              # source rows put back by the user
    assumptions: str = DEFAULT_SET
    budget_basis: str = "plan"          # "plan" or "user" (the user's yearly budget)
    currency: str = "EUR"               # the data's currency (models.money)
    money_scale: float = 1.0            # units of that currency per euro (euro defaults × it)

    @property
    def reference_id(self) -> str:
        return reference_scenario(self.scenarios).id

    def p90_year(self) -> dict[str, float]:
        """P90 of the yearly cost, averaged over the years (a bad year, EUR/year)."""
        return {sid: float(sum(y["p90"] for y in s["years"]) / len(s["years"]))
                for sid, s in self.stats.items()}

    def expected_totals(self) -> dict[str, float]:
        """Mean simulated total over the horizon, risks included (EUR), by scenario id."""
        return {sid: float(s["total"]["mean"]) for sid, s in self.stats.items()}

    def kpis(self) -> pd.DataFrame:
        """One row per scenario: ``expected_total`` (risks included, the headline) with
        ``total_p10`` / ``total_p50`` / ``total_p90``, ``expected_delta`` (expected total −
        in-house's), ``p_cheaper`` and ``expected_saving``, ``saving_p10`` / ``saving_p90`` (NaN
        for in-house); the plan: ``total`` (= ``plan_total``), ``delta``, ``npv``,
        ``break_even_year``, ``cost_per_employee``; a bad year ``p90_year`` and ``p50_year``
        (yearly cost averaged over the years), ``budget_at_risk`` (P90 − P50 of the yearly
        cost), ``expected_risk_loss`` (EUR/year), ``cv``, ``p_overrun``, ``budget``; and
        ``<col>_delta`` (value − the reference's) for p90_year, expected_risk_loss,
        budget_at_risk and npv."""
        p90 = self.p90_year()
        pred = self.predictability.set_index("scenario")
        ref_expected = self.stats[self.reference_id]["total"]["mean"]
        rows = []
        for r in self.results:
            s = self.stats[r.id]
            years = s["years"]
            pair = self.paired.get(r.id, {})
            rows.append({
                "scenario": r.id, "name": r.name, "color_index": r.color_index,
                "expected_total": s["total"]["mean"],
                "expected_delta": s["total"]["mean"] - ref_expected,
                "p_cheaper": pair.get("p_cheaper", np.nan),
                "expected_saving": pair.get("expected_saving", np.nan),
                "saving_p10": pair.get("saving_p10", np.nan),
                "saving_p90": pair.get("saving_p90", np.nan),
                "total": r.total, "plan_total": r.total,
                "npv": r.npv, "delta": r.delta_vs_inhouse, "break_even_year": r.break_even_year,
                "cost_per_employee": r.cost_per_employee, "p90_year": p90[r.id],
                "p50_year": float(sum(y["p50"] for y in years) / len(years)),
                "budget_at_risk": float(sum(y["p90"] - y["p50"] for y in years) / len(years)),
                "expected_risk_loss": s["expected_risk_loss"],
                "cv": float(pred.loc[r.id, "cv"]),
                "p_overrun": float(pred.loc[r.id, "p_overrun"]), "budget": s["budget"],
                "total_p10": s["total"]["p10"], "total_p50": s["total"]["p50"],
                "total_p90": s["total"]["p90"]})
        table = pd.DataFrame(rows)
        ref = table[table["scenario"] == self.reference_id].iloc[0]
        for col in ("p90_year", "expected_risk_loss", "budget_at_risk", "npv"):
            table[f"{col}_delta"] = table[col] - ref[col]
        return table

    def sla_scenarios(self) -> list[str]:
        """Ids of the scenarios whose provider runs a domain an outage can hit (hosting or
        network): the only ones whose service contract can pay credits for downtime."""
        return [s.id for s in self.scenarios
                if {"hosting", "network"} & set(s.outsourced_domains)]

    def yearly_cost_samples(self, year: int = 0) -> dict:
        """Trials of the yearly cost per scenario (EUR): every year pooled when ``year`` is 0,
        else year ``year`` (1-based). Shape (n × H,) or (n,)."""
        sim = self.simulation
        return {sid: (sim.total[i].ravel() if year == 0 else sim.total[i][:, year - 1])
                for i, sid in enumerate(sim.scenario_ids)}

    def risk_loss_samples(self) -> dict:
        """Trials of the yearly risk loss per scenario (EUR), every year pooled."""
        sim = self.simulation
        return {sid: sim.risk[i].ravel() for i, sid in enumerate(sim.scenario_ids)}

    def cheapest(self) -> str:
        """Id of the scenario with the lowest expected total over the horizon, risks included."""
        expected = self.expected_totals()
        return min(self.results, key=lambda r: expected[r.id]).id

    def most_predictable(self) -> str:
        """Id of the scenario whose budget is most likely to hold: the lowest probability of
        overrunning its budget by more than the margin (its plan by default: risks and
        uncertainty push an option over its plan), the relative spread of the yearly cost
        (coefficient of variation) deciding between probabilities within one point."""
        k = self.kpis()
        k = k.assign(p_round=(k["p_overrun"] / 0.01).round())
        best = k.sort_values(["p_round", "cv", "p_overrun"], kind="stable").iloc[0]
        return str(best["scenario"])

    def lowest_spread(self) -> str:
        """Id of the scenario with the lowest relative spread of its yearly cost (coefficient of
        variation). It can differ from :meth:`most_predictable`: a large fixed fee lowers the
        spread in proportion while risks still push the option over its plan; the pages then
        say both."""
        k = self.kpis()
        return str(k.sort_values(["cv", "p_overrun"], kind="stable").iloc[0]["scenario"])

    def expected_results(self) -> list[ScenarioResult]:
        """The plan's :class:`ScenarioResult` of each option with its figures replaced by the
        expected (mean simulated) yearly costs, risks included: what the Overview's cumulative
        chart shows. Structure shares stay the plan's."""
        from dataclasses import replace as _replace

        from models.costmodel import break_even_year, npv
        means = {sid: np.array([y["mean"] for y in s["years"]]) for sid, s in self.stats.items()}
        ref = means[self.reference_id]
        employees = sum(r.total / r.cost_per_employee for r in self.results[:1]
                        if r.cost_per_employee) or 1.0
        out = []
        for r in self.results:
            m = means[r.id]
            out.append(_replace(
                r, yearly=tuple(float(v) for v in m),
                cumulative=tuple(float(v) for v in np.cumsum(m)), total=float(m.sum()),
                npv=float(npv(m, self.inputs.economics.discount_rate)),
                break_even_year=(None if r.id == self.reference_id
                                 else break_even_year(m, ref)),
                cost_per_employee=float(m.sum()) / employees,
                delta_vs_inhouse=float(m.sum() - ref.sum())))
        return out

    def outlooks(self) -> list[OptionOutlook]:
        """What the finding sentence is written from, per option."""
        k = self.kpis().set_index("scenario")
        kinds = {s.id: s.kind for s in self.scenarios}
        out = []
        for r in self.expected_results():
            row = k.loc[r.id]
            out.append(OptionOutlook(r.id, r.name, kinds[r.id], float(row["expected_total"]),
                                     float(row["p_cheaper"]), float(row["saving_p10"]),
                                     float(row["saving_p90"]), r.break_even_year,
                                     len(r.yearly)))
        return out


def analyse(dataset: Dataset, scenarios: list[Scenario], economics: Economics, *,
            seed: int = DEFAULT_SEED, trials: int = DEFAULT_TRIALS, answers: dict | None = None,
            apply_governance: bool = True, margin: float = DEFAULT_MARGIN,
            budget_per_year: float | None = None, with_thresholds: bool = True,
            lang: str | None = None, assumptions: str = DEFAULT_SET) -> Analysis:
    """Run the comparison and the simulation of ``scenarios`` on ``dataset`` (see the module
    docstring). ``budget_per_year`` (EUR/year): the budget every scenario is measured against
    (× the horizon); otherwise each scenario's own plan. ``with_thresholds=False`` skips the
    "what must be true" root-finding (an empty list). ``assumptions``: ``pitch``, ``neutral``
    or ``cautious``. Data in another currency than the euro runs in that currency with the
    euro defaults converted at its rate (:mod:`models.money`); without a rate it raises
    :class:`models.money.CurrencyRateError`."""
    from models.money import analysis_dataset, in_data_currency
    dataset = analysis_dataset(dataset)
    with in_data_currency(dataset) as scale, using_assumptions(assumptions):
        one_off = detect_one_off(dataset.spend)
        spend = baseline_spend(dataset)
        scenarios = [with_assumption_set(sc, assumptions) for sc in scenarios]
        inputs = make_inputs(spend, dataset.company, dataset.staff, economics)
        governed = apply_governance and answers is not None
        run = simulate_governed(inputs, scenarios, answers, dataset.staff, apply=governed,
                                n_trials=trials, seed=seed, spend=spend)
        analysed = list(run.scenarios)
        results = summarise(inputs, analysed, lang=lang)
        H = run.result.horizon
        plans = {r.id: r.total for r in results}
        budgets = ({sid: budget_per_year * H for sid in run.result.scenario_ids}
                   if budget_per_year else plans)
        stats = scenario_statistics(run.result, budgets=budgets, margin=margin)
        ref_id = reference_scenario(analysed).id
        paired = paired_comparison(run.result, ref_id)
        analysis = Analysis(
            inputs=inputs, scenarios=analysed, results=results,
            projection=project(inputs, analysed, lang=lang), simulation=run.result,
            stats=stats, yearly=yearly_table(run.result, stats), eal=eal_table(run.result),
            sla=sla_table(run.result), predictability=predictability_table(run.result, stats),
            thresholds=[], finding="", margin=margin, governed=governed, paired=paired,
            one_off=one_off, one_off_kept=frozenset(dataset.one_off_kept),
            assumptions=assumptions, budget_basis="user" if budget_per_year else "plan",
            currency=dataset.currency, money_scale=scale)
        analysis.finding = risk_finding(analysis.outlooks(), lang)
    return add_thresholds(analysis, lang) if with_thresholds else analysis


def plan_results(dataset: Dataset, scenarios: list[Scenario], economics: Economics, *,
                 answers: dict | None = None, apply_governance: bool = True,
                 lang: str | None = None, assumptions: str = DEFAULT_SET
                 ) -> list[ScenarioResult]:
    """The deterministic plan of each option exactly as :func:`analyse` computes it (one-off
    lines out of the baseline, the assumption set, the governance effects on the contract
    terms), without the simulation: the Scenarios page's figures, in milliseconds."""
    from models.governance.effects import apply_to_scenario
    from models.governance.questionnaire import validate_answers
    from models.money import analysis_dataset, in_data_currency
    dataset = analysis_dataset(dataset)
    with in_data_currency(dataset), using_assumptions(assumptions):
        spend = baseline_spend(dataset)
        analysed = [with_assumption_set(sc, assumptions) for sc in scenarios]
        if apply_governance and answers is not None:
            clean = validate_answers(answers)
            analysed = [apply_to_scenario(sc, clean) for sc in analysed]
        inputs = make_inputs(spend, dataset.company, dataset.staff, economics)
        return summarise(inputs, analysed, lang=lang)


def add_thresholds(analysis: Analysis, lang: str | None = None) -> Analysis:
    """``analysis`` with its "what must be true" thresholds (risk-inclusive: each option's
    premium of the expected total over its plan), as ``analyse(…, with_thresholds=True)``
    computes them: the pages draw the answer first and add the thresholds after."""
    plans = {r.id: r.total for r in analysis.results}
    premium = {sid: analysis.stats[sid]["total"]["mean"] - plans[sid] for sid in plans}
    from i18n import using_currency
    from models.defaults import using_money_scale
    with using_currency(analysis.currency), using_money_scale(analysis.money_scale), \
            using_assumptions(analysis.assumptions):
        analysis.thresholds = thresholds(analysis.inputs, analysis.scenarios, lang=lang,
                                         premium=premium)
    return analysis


def cheapest_by_set(dataset: Dataset, scenarios: list[Scenario], economics: Economics, *,
                    seed: int = DEFAULT_SEED, trials: int = 2_000, answers: dict | None = None,
                    apply_governance: bool = True) -> dict[str, str]:
    """The option with the lowest expected total under each assumption set (the robustness line
    of the Overview): ``{set name: scenario id}``."""
    from models.defaults import ASSUMPTION_SETS
    return {name: analyse(dataset, scenarios, economics, seed=seed, trials=trials,
                          answers=answers, apply_governance=apply_governance,
                          with_thresholds=False, assumptions=name).cheapest()
            for name in ASSUMPTION_SETS}
