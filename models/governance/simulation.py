"""Governance applied to the Monte Carlo: risk multipliers, the confusion event, the governed
simulation and the tables built on it (impact before/after, presets compared).

This module sits above the cost model and the risk engine; everything else of the governance
package sits below them.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.company import CompanyProfile, StaffRole
from models.governance.effects import (
    apply_to_scenario,
    expected_loss,
    is_outsourced,
    risk_multipliers,
)
from models.governance.questionnaire import preset, validate_answers
from models.governance.retained import ConfusionCost, confusion_cost


def confusion_event(answers, scenario, company: CompanyProfile, staff: list[StaffRole] | None):
    """The confusion risk as a risk-engine event (issue 5): Poisson episodes, each costing a
    PERT(½m, m, 1½m) amount whose mean is the loss per episode m. None in-house."""
    cost = confusion_cost(answers, scenario, company, staff)
    if cost.episodes_per_year <= 0:
        return None
    from models.uncertainty.distributions import Pert
    from models.uncertainty.risk_events import RiskEvent
    m = cost.loss_per_episode
    return RiskEvent(key="confusion", rate=cost.episodes_per_year,
                     severity=Pert(0.5 * m, m, 1.5 * m))


# ----------------------------------------------------------------------------- risk engine


def risk_config(answers, scenarios, base=None):
    """A copy of the risk engine's ``RiskConfig`` (``base``, or the default one) whose
    ``scenario_multipliers`` carry the governance factors of every scenario, multiplied into any
    multipliers ``base`` already had for the same family. ``base`` is not changed."""
    import copy

    from models.uncertainty.catalogue import RiskConfig
    cfg = copy.deepcopy(base) if base is not None else RiskConfig()
    merged = {sid: {k: dict(v) for k, v in per.items()}
              for sid, per in cfg.scenario_multipliers.items()}
    for sc in scenarios:
        per = merged.setdefault(sc.id, {})
        for kind, table in risk_multipliers(answers, sc).items():
            target = per.setdefault(kind, {})
            for family, value in table.items():
                target[family] = target.get(family, 1.0) * value
    cfg.scenario_multipliers = merged
    return cfg


@dataclass
class GovernedRun:
    """A Monte Carlo run with or without governance effects (see :func:`simulate_governed`)."""
    result: object                       # models.uncertainty.engine.SimulationResult
    scenarios: list                      # the scenarios as simulated (cost effects applied)
    confusion: dict[str, ConfusionCost]  # scenario id → confusion cost (empty when not applied)

    def expected_yearly_loss(self, scenario_id: str) -> float:
        """Mean risk loss per year over trials and years (EUR/year), confusion included."""
        r = self.result
        return float(r.risk[r.index(scenario_id)].mean())

    def expected_by_event(self, scenario_id: str) -> dict[str, float]:
        """Mean loss per year of each event (EUR/year)."""
        return {k: float(v.mean()) for k, v in self.result.event_year_mean[scenario_id].items()}


def confusion_hook(answers, company: CompanyProfile, staff, previous=None):
    """An ``event_hook`` for the engine's ``RiskConfig`` (issue 5) that appends the confusion
    event of each outsourced scenario (after ``previous``, a hook already set, if any)."""
    def hook(scenario, events):
        if previous is not None:
            events = previous(scenario, events)
        ev = confusion_event(answers, scenario, company, staff)
        return list(events) + ([ev] if ev is not None else [])
    return hook


def governed_config(answers, scenarios, company: CompanyProfile, staff, base=None):
    """The engine's ``RiskConfig`` with every governance effect on risks: the factors
    (:func:`risk_config`) and the confusion event (:func:`confusion_hook`)."""
    cfg = risk_config(answers, scenarios, base)
    cfg.event_hook = confusion_hook(validate_answers(answers), company, staff, cfg.event_hook)
    return cfg


def simulate_governed(inputs, scenarios, answers, staff=None, *, apply: bool = True,
                      risk=None, **kwargs) -> GovernedRun:
    """Run the risk engine (issue 5) on ``scenarios``: as they are when ``apply`` is false or
    ``answers`` is None, else with the governance effects (cost terms of
    :func:`apply_to_scenario`; multipliers and the confusion event of :func:`governed_config`,
    the confusion drawn from its own named streams so that the other events' draws are
    unchanged). ``kwargs`` go to ``models.uncertainty.engine.simulate``."""
    from models.uncertainty.engine import simulate
    if not apply or answers is None:
        result = simulate(inputs, scenarios, risk=risk, **kwargs)
        return GovernedRun(result, list(scenarios), {})
    answers = validate_answers(answers)
    governed = [apply_to_scenario(sc, answers) for sc in scenarios]
    cfg = governed_config(answers, scenarios, inputs.company, staff, risk)
    result = simulate(inputs, governed, risk=cfg, **kwargs)
    confusion = {sc.id: confusion_cost(answers, sc, inputs.company, staff) for sc in governed
                 if is_outsourced(sc)}
    return GovernedRun(result, governed, confusion)


def analytic_events(inputs, scenario, answers=None, staff=None, horizon: int | None = None):
    """The risk events of ``scenario`` as the engine builds them, with the governance effects
    when ``answers`` is given (confusion included), and the downtime cost per hour at the mean
    of its uncertain parts. For exact expected values (tests, quick tables)."""
    from models.uncertainty.catalogue import (
        RiskConfig,
        margin_share,
        scenario_events,
        scenario_facts,
    )
    from models.uncertainty.sla import downtime_cost_per_hour
    H = int(horizon or inputs.economics.horizon_years)
    sc = apply_to_scenario(scenario, answers) if answers is not None else scenario
    cfg = (governed_config(answers, [scenario], inputs.company, staff) if answers is not None
           else RiskConfig())
    d = cfg.downtime
    cph = downtime_cost_per_hour(inputs.company.employees, inputs.company.revenue_eur,
                                 loaded_hourly_cost=d.loaded_hourly_cost,
                                 affected_share=d.affected_share,
                                 productivity_loss=d.productivity_loss.mean(),
                                 revenue_at_risk=d.revenue_at_risk.mean(),
                                 business_hours=d.business_hours,
                                 margin_share=margin_share(inputs.company))
    return scenario_events(inputs, sc, scenario_facts(inputs, sc, H), cfg, cph, H)


def analytic_yearly_loss(inputs, scenario, answers=None, staff=None) -> float:
    """Σ of the events' analytic expected loss per active year (EUR/year; without SLA credits,
    price steps or the at-most-once years restriction: a quick, exact-in-the-rates figure)."""
    return expected_loss(analytic_events(inputs, scenario, answers, staff))


IMPACT_COLUMNS: tuple[str, ...] = ("scenario", "risk_before", "risk_after", "confusion",
                                   "cost_before", "cost_after", "total_before", "total_after")


def impact_table(inputs, scenarios, answers, staff=None, *, n_trials: int = 4000,
                 seed: int | None = None, spend=None):
    """Per scenario, the expected yearly risk loss (Monte Carlo mean, EUR/year), the plan's
    total cost over the horizon (deterministic, excluding risk events, EUR) and the total with
    risks ``plan + horizon × yearly risk loss`` (EUR, as :func:`preset_comparison`), each
    without and with the governance effects, and the confusion part of the risk after
    (EUR/year). Both runs share the seed (common random numbers), so the difference carries
    little noise. pandas DataFrame, :data:`IMPACT_COLUMNS`."""
    import pandas as pd

    from models.costmodel import summarise
    kwargs = {"n_trials": n_trials, "spend": spend}
    if seed is not None:
        kwargs["seed"] = seed
    before = simulate_governed(inputs, scenarios, None, staff, apply=False, **kwargs)
    after = simulate_governed(inputs, scenarios, answers, staff, **kwargs)
    cost_before = {r.id: r.total for r in summarise(inputs, scenarios)}
    cost_after = {r.id: r.total for r in summarise(inputs, after.scenarios)}
    H = inputs.economics.horizon_years
    rows = []
    for sc in scenarios:
        risk_before, risk_after = (before.expected_yearly_loss(sc.id),
                                   after.expected_yearly_loss(sc.id))
        rows.append((sc.id, risk_before, risk_after,
                     after.expected_by_event(sc.id).get("confusion", 0.0),
                     cost_before[sc.id], cost_after[sc.id],
                     cost_before[sc.id] + H * risk_before, cost_after[sc.id] + H * risk_after))
    return pd.DataFrame(rows, columns=list(IMPACT_COLUMNS))


PRESET_COLUMNS: tuple[str, ...] = ("preset", "scenario", "cost", "risk_per_year",
                                   "risk_adjusted", "best")


def preset_comparison(inputs, scenarios, staff=None, *, presets=("none", "mature"),
                      n_trials: int = 4000, seed: int | None = None, spend=None):
    """How the recommendation changes with governance (for the Overview): for each preset and
    scenario, the total cost over the horizon with the preset's cost effects (EUR), the expected
    yearly risk loss (EUR/year, confusion included) and the risk-adjusted total
    ``cost + horizon × risk per year``; ``best`` marks the lowest risk-adjusted total of each
    preset. pandas DataFrame with :data:`PRESET_COLUMNS`."""
    import pandas as pd

    from models.costmodel import summarise
    kwargs = {"n_trials": n_trials, "spend": spend}
    if seed is not None:
        kwargs["seed"] = seed
    H = inputs.economics.horizon_years
    rows = []
    for name in presets:
        run = simulate_governed(inputs, scenarios, preset(name), staff, **kwargs)
        costs = {r.id: r.total for r in summarise(inputs, run.scenarios)}
        block = [(name, sc.id, costs[sc.id], run.expected_yearly_loss(sc.id)) for sc in scenarios]
        best = min(block, key=lambda r: r[2] + H * r[3])[1]
        rows += [(p, sid, c, r, c + H * r, sid == best) for p, sid, c, r in block]
    return pd.DataFrame(rows, columns=list(PRESET_COLUMNS))
