"""One analysis of the loaded data: the cost comparison and the Monte Carlo, computed once.

Every decision page and every export reads the same :class:`Analysis`, so the numbers on screen,
in the workbook, the deck and the report are the same numbers. Pure pandas/numpy.

Governance (issue 7) applies when ``answers`` is given and ``apply_governance`` is true: the
cost effects change the scenarios' terms (exit, out-of-scope work) before the deterministic
comparison, and the risk effects change the risk events of the simulation
(:func:`models.governance.simulation.simulate_governed`).
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from models.costmodel import CostInputs, ScenarioResult, make_inputs, project, summarise
from models.dataset import Dataset
from models.findings import headline_finding
from models.governance.simulation import simulate_governed
from models.scenarios import Economics, Scenario, reference_scenario
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


def expected_budgets(result: SimulationResult) -> dict[str, float]:
    """Default budget of each scenario over the horizon: its expected (mean) simulated cost.

    The deterministic plan is not used as the budget: simulated costs include the expected
    risk losses, so every scenario would "overrun" its plan almost surely and the probability
    would say nothing about predictability. Against its own expected cost, the probability of
    overrunning by more than the margin measures how bumpy each option is.
    """
    return {sid: float(result.total[i].sum(axis=1).mean())
            for i, sid in enumerate(result.scenario_ids)}


@dataclass
class Analysis:
    inputs: CostInputs
    scenarios: list[Scenario]           # as analysed (governance cost effects applied)
    results: list[ScenarioResult]       # deterministic comparison, reference first if it was
    projection: pd.DataFrame            # tidy scenario × year × domain × item (EUR)
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

    @property
    def reference_id(self) -> str:
        return reference_scenario(self.scenarios).id

    def p90_year(self) -> dict[str, float]:
        """P90 of the yearly cost, averaged over the years (a bad year, EUR/year)."""
        return {sid: float(sum(y["p90"] for y in s["years"]) / len(s["years"]))
                for sid, s in self.stats.items()}

    def kpis(self) -> pd.DataFrame:
        """One row per scenario: total, npv, delta (total − reference total), break_even_year,
        cost_per_employee, p90_year and p50_year (yearly cost, averaged over the years),
        budget_at_risk (P90 − P50 of the yearly cost, averaged over the years),
        expected_risk_loss (EUR/year), cv, p_overrun, total_p10/p50/p90 (horizon), and
        ``<col>_delta`` (value − the reference scenario's) for p90_year, expected_risk_loss,
        budget_at_risk and npv."""
        p90 = self.p90_year()
        pred = self.predictability.set_index("scenario")
        rows = []
        for r in self.results:
            s = self.stats[r.id]
            years = s["years"]
            rows.append({
                "scenario": r.id, "name": r.name, "color_index": r.color_index, "total": r.total,
                "npv": r.npv, "delta": r.delta_vs_inhouse, "break_even_year": r.break_even_year,
                "cost_per_employee": r.cost_per_employee, "p90_year": p90[r.id],
                "p50_year": float(sum(y["p50"] for y in years) / len(years)),
                "budget_at_risk": float(sum(y["p90"] - y["p50"] for y in years) / len(years)),
                "expected_risk_loss": s["expected_risk_loss"],
                "cv": float(pred.loc[r.id, "cv"]), "p_overrun": float(pred.loc[r.id, "p_overrun"]),
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
        """Id of the scenario with the lowest total over the horizon."""
        return min(self.results, key=lambda r: r.total).id

    def most_predictable(self) -> str:
        """Id of the scenario with the smallest budget at risk (P90 − P50 of yearly cost)."""
        k = self.kpis()
        return str(k.loc[k["budget_at_risk"].idxmin(), "scenario"])


def analyse(dataset: Dataset, scenarios: list[Scenario], economics: Economics, *,
            seed: int = DEFAULT_SEED, trials: int = DEFAULT_TRIALS, answers: dict | None = None,
            apply_governance: bool = True, margin: float = DEFAULT_MARGIN,
            budget_per_year: float | None = None, with_thresholds: bool = True,
            lang: str | None = None) -> Analysis:
    """Run the comparison and the simulation of ``scenarios`` on ``dataset``.

    ``budget_per_year`` (EUR/year), when given, is the budget every scenario is measured
    against (× the horizon); otherwise each scenario's expected cost (:func:`expected_budgets`).
    ``with_thresholds=False`` skips the "what must be true" root-finding (an empty list), for
    analyses shown only by their finding.
    """
    inputs = make_inputs(dataset.spend, dataset.company, dataset.staff, economics)
    governed = apply_governance and answers is not None
    run = simulate_governed(inputs, scenarios, answers, dataset.staff, apply=governed,
                            n_trials=trials, seed=seed, spend=dataset.spend)
    analysed = list(run.scenarios)
    results = summarise(inputs, analysed, lang=lang)
    H = run.result.horizon
    budgets = ({sid: budget_per_year * H for sid in run.result.scenario_ids}
               if budget_per_year else expected_budgets(run.result))
    stats = scenario_statistics(run.result, budgets=budgets, margin=margin)
    p90 = {sid: float(sum(y["p90"] for y in s["years"]) / len(s["years"]))
           for sid, s in stats.items()}
    return Analysis(
        inputs=inputs, scenarios=analysed, results=results,
        projection=project(inputs, analysed, lang=lang), simulation=run.result, stats=stats,
        yearly=yearly_table(run.result, stats), eal=eal_table(run.result),
        sla=sla_table(run.result),
        predictability=predictability_table(run.result, stats),
        thresholds=thresholds(inputs, analysed, lang=lang) if with_thresholds else [],
        finding=headline_finding(results, lang, p90), margin=margin, governed=governed)
