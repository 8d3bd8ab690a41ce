"""Monte Carlo engine: yearly cost trials of every scenario, with risk events
(docs/uncertainty-engine.md).

``simulate`` draws each uncertain input once per trial from its own named stream
(:mod:`.streams`), feeds the draws to the vectorised cost model
(:func:`models.costmodel.yearly_totals`, arrays of shape ``(n, 1)``), adds the year-to-year
volatility of unplanned in-house spend (:mod:`.calibration`) and the compound-Poisson risk
events of the scenario (:mod:`.catalogue`, :mod:`.risk_events`). Every scenario reads the same
streams (common random numbers). There is no Python loop over trials, years or events.

An uncertain input applies to the scenario's own value of a cost-model input
(:data:`models.costmodel.OVERRIDE_KEYS`) in one of three modes:

* ``absolute``: the draw is the value;
* ``relative``: value = scenario value × draw (a factor whose mode is 1);
* ``offset``: value = scenario value + draw (a shift whose mode is 0; rates such as inflation).

So one spec serves every scenario and scenarios keep their own terms; a scenario may also get
its own spec for an input (``scenario_uncertain``) without changing any other scenario's draws.
A zero-variance spec passes a plain float to the cost model: the deterministic numbers come
out exactly.
"""
from __future__ import annotations

import math
import platform
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from models.boundary import check_work
from models.costmodel import OVERRIDE_KEYS, CostInputs, resolved_inputs, yearly_totals
from models.defaults import current, default
from models.errors import CostModelError
from models.scenarios import Scenario
from models.uncertainty.calibration import unplanned_yearly_cv, volatility_factors
from models.uncertainty.catalogue import RiskConfig, margin_share, scenario_events, scenario_facts
from models.uncertainty.correlation import correlation_matrix, reorder, target_ranks
from models.uncertainty.distributions import Pert, Spec
from models.uncertainty.risk_events import RiskEvent
from models.uncertainty.sla import downtime_cost_per_hour
from models.uncertainty.streams import Streams, check_seed, check_trials

ENGINE_VERSION = "1"
MODES = ("absolute", "relative", "offset")
DEFAULT_SEED = int(default("mc_seed"))
DEFAULT_TRIALS = int(default("mc_trials"))


@dataclass(frozen=True)
class UncertainInput:
    """How one cost-model input varies (see the module docstring for ``mode``)."""
    key: str
    spec: Spec
    mode: str = "relative"

    def validate(self) -> None:
        if self.key not in OVERRIDE_KEYS:
            raise CostModelError("costs.error.override", value=self.key)
        if self.mode not in MODES:
            raise CostModelError("mc.error.mode", value=self.mode)

    @property
    def stream_name(self) -> str:
        return f"input:{self.key}"

    def apply(self, base: float, draw):
        if self.mode == "absolute":
            return draw
        if self.mode == "relative":
            return base * draw
        return base + draw


#: Default uncertain inputs: override key -> (assumption giving low/most likely/high, mode).
DEFAULT_INPUTS: dict[str, tuple[str, str]] = {
    "price_inflation": ("price_inflation", "offset"),
    "salary_drift": ("salary_drift", "offset"),
    "indexation": ("indexation_per_year", "offset"),
    "price_factor": ("mc_price_factor", "relative"),
    "salary_factor": ("mc_salary_factor", "relative"),
    "out_of_scope_share": ("out_of_scope_share", "relative"),
    "transition_fee_months": ("transition_fee_months", "relative"),
    "transition_internal_days": ("transition_internal_days", "relative"),
    "parallel_months": ("parallel_running_months", "relative"),
    "retained_share": ("retained_share_of_contract", "relative"),
    "retained_fte": ("retained_fte", "relative"),
    "exit_fee_months": ("exit_fee_months", "relative"),
    "exit_internal_days": ("exit_internal_days", "relative"),
}


def default_uncertain_inputs() -> dict[str, UncertainInput]:
    """PERT(λ = 4) of every input of :data:`DEFAULT_INPUTS`, from the assumption's range."""
    out = {}
    for key, (akey, mode) in DEFAULT_INPUTS.items():
        a = current(akey)
        a = replace(a, low=min(a.low, a.value), high=max(a.high, a.value))  # a set's end value
        if mode == "offset":
            spec = Pert(a.low - a.value, 0.0, a.high - a.value)
        elif mode == "relative":
            spec = Pert(a.low / a.value, 1.0, a.high / a.value)
        else:
            spec = Pert(a.low, a.value, a.high)
        out[key] = UncertainInput(key, spec, mode)
    return out


def package_versions() -> dict[str, str]:
    return {"python": platform.python_version(), "numpy": np.__version__,
            "pandas": pd.__version__, "engine": ENGINE_VERSION}


@dataclass
class SimulationResult:
    """Trials of every scenario. Arrays are EUR per year, shape ``(scenario, trial, year)``."""
    scenario_ids: tuple[str, ...]
    horizon: int
    n_trials: int
    seed: int
    total: np.ndarray                     # cost model + volatility + risk losses
    risk: np.ndarray                      # risk losses alone (net of SLA credits)
    deterministic: np.ndarray             # (scenario, year): cost model at base values
    event_trials: dict[str, dict[str, np.ndarray]]      # sid -> event -> (n,) horizon loss
    event_year_mean: dict[str, dict[str, np.ndarray]]   # sid -> event -> (H,) mean loss
    sla: dict[str, dict[str, float]]      # sid -> downtime_hours / downtime_loss / credits per year
    inputs: dict[str, dict[str, np.ndarray | float]]    # sid -> input -> draws (n,) or value
    events: dict[str, list[RiskEvent]]
    cost_per_hour: np.ndarray | float
    unplanned_cv: float
    unplanned_cv_source: str
    volatility: dict[str, np.ndarray] = field(default_factory=dict)  # sid -> (n,) EUR over
    #                                     the horizon: unplanned spend above (below) its plan
    warnings: list[tuple[str, dict]] = field(default_factory=list)
    correlations: dict[str, float] = field(default_factory=dict)   # "a~b" -> Spearman ρ
    versions: dict[str, str] = field(default_factory=package_versions)

    def index(self, scenario_id: str) -> int:
        try:
            return self.scenario_ids.index(scenario_id)
        except ValueError:
            raise CostModelError("costs.error.no_scenario", value=scenario_id) from None

    def horizon_total(self, scenario_id: str) -> np.ndarray:
        """Total cost over the horizon per trial (EUR), shape ``(n,)``."""
        return self.total[self.index(scenario_id)].sum(axis=1)

    @property
    def metadata(self) -> dict:
        return {"seed": self.seed, "trials": self.n_trials, "horizon": self.horizon,
                "scenarios": list(self.scenario_ids), "unplanned_cv": self.unplanned_cv,
                "unplanned_cv_source": self.unplanned_cv_source,
                "correlations": self.correlations, **self.versions}


def _downtime_cost(inputs: CostInputs, config: RiskConfig, streams: Streams):
    d = config.downtime
    productivity = streams.sample("risk:productivity_loss", d.productivity_loss)
    revenue = streams.sample("risk:revenue_at_risk", d.revenue_at_risk)
    return downtime_cost_per_hour(inputs.company.employees, inputs.company.revenue_eur,
                                  loaded_hourly_cost=d.loaded_hourly_cost,
                                  affected_share=d.affected_share,
                                  productivity_loss=productivity, revenue_at_risk=revenue,
                                  business_hours=d.business_hours,
                                  margin_share=margin_share(inputs.company))


def simulate(inputs: CostInputs, scenarios: list[Scenario], *, n_trials: int = DEFAULT_TRIALS,
             seed: int = DEFAULT_SEED, uncertain: dict[str, UncertainInput] | None = None,
             scenario_uncertain: dict[str, dict[str, UncertainInput]] | None = None,
             risk: RiskConfig | None = None, spend: pd.DataFrame | None = None,
             horizon: int | None = None,
             correlations: dict[tuple[str, str], float] | None = None) -> SimulationResult:
    """Simulate ``n_trials`` futures of every scenario under ``seed``.

    ``uncertain``: inputs that vary (default :func:`default_uncertain_inputs`; ``{}`` for
    none); ``scenario_uncertain`` replaces some of them for one scenario id; ``risk``: the risk
    events and SLA (default :class:`RiskConfig`: every event on; ``RiskConfig(events=frozenset())``
    for none); ``spend``: the spend history the in-house volatility is calibrated on;
    ``correlations``: Spearman rank correlations between uncertain inputs, ``{(a, b): ρ}``
    (Iman-Conover, marginals kept: :mod:`.correlation`).
    """
    n = check_trials(n_trials)
    seed = check_seed(seed)
    inputs.validate()
    H = int(horizon or inputs.economics.horizon_years)
    check_work(n, len(scenarios), H)        # the work budget: trials × scenarios × years
    uncertain = default_uncertain_inputs() if uncertain is None else dict(uncertain)
    scenario_uncertain = scenario_uncertain or {}
    risk = risk or RiskConfig()
    for spec_set in (uncertain, *scenario_uncertain.values()):
        for ui in spec_set.values():
            ui.validate()
    if risk.unplanned_cv is not None:
        cv, cv_source = float(risk.unplanned_cv), "user"
        if not math.isfinite(cv) or cv < 0:
            raise CostModelError("mc.error.not_finite", name="unplanned_cv", value=cv)
    else:
        cv, cv_source = unplanned_yearly_cv(spend)

    streams = Streams(seed, n)
    correlations = dict(correlations or {})
    ranks, rank_pos = None, {}
    if correlations:
        names = sorted({k for pair in correlations for k in pair})
        known = set(uncertain).union(*[set(v) for v in scenario_uncertain.values()])
        for name in names:
            if name not in known:
                raise CostModelError("mc.error.correlation_pair", a=name, b="")
        ranks = target_ranks(streams, names, correlation_matrix(names, correlations))
        rank_pos = {name: i for i, name in enumerate(names)}
    warnings: list[tuple[str, dict]] = []
    for spec_set in (uncertain, *scenario_uncertain.values()):
        for ui in spec_set.values():
            warnings += [(k, {**p, "input": ui.key}) for k, p in ui.spec.warnings()
                         if (k, {**p, "input": ui.key}) not in warnings]
    ids = [sc.id for sc in scenarios]
    if len(set(ids)) != len(ids):
        raise CostModelError("costs.error.duplicate_id")
    need_hours = any(risk.enabled(k) for k in ("outage.hosting", "outage.network", "cyber",
                                                "data_loss", "degradation"))
    cost_per_hour = _downtime_cost(inputs, risk, streams) if need_hours else 0.0
    z = streams.normal("unplanned_volatility", (n, H)) if cv > 0 else None

    S = len(scenarios)
    total = np.empty((S, n, H))
    risk_all = np.zeros((S, n, H))
    deterministic = np.empty((S, H))
    event_trials, event_year_mean, sla, used, events_by = {}, {}, {}, {}, {}
    facts_by = {}
    for sc in scenarios:
        sc.validate()
        facts_by[sc.id] = scenario_facts(inputs, sc, H)
        events_by[sc.id] = scenario_events(inputs, sc, facts_by[sc.id], risk, cost_per_hour, H)
    # an event identical in several scenarios (same signature) is simulated once
    uses: dict[tuple, int] = {}
    for evs in events_by.values():
        for ev in evs:
            uses[ev.signature()] = uses.get(ev.signature(), 0) + 1
    outcomes: dict[tuple, tuple] = {}
    volatility: dict[str, np.ndarray] = {}
    factors = volatility_factors(z, cv) - 1.0 if z is not None else None
    for i, sc in enumerate(scenarios):
        base = resolved_inputs(inputs, sc, None)
        specs = {**uncertain, **scenario_uncertain.get(sc.id, {})}
        overrides, drawn = {}, {}
        for key, ui in specs.items():
            draw = streams.sample(ui.stream_name, ui.spec)
            if key in rank_pos and isinstance(draw, np.ndarray):
                ck = ("reordered", ui.stream_name, ui.spec)
                draw = streams.cache_get(ck) if streams.cache_get(ck) is not None else \
                    streams.cache_put(ck, reorder(draw, ranks[rank_pos[key]]))
            value = ui.apply(float(base[key]), draw)
            drawn[key] = value
            overrides[key] = value[:, None] if isinstance(value, np.ndarray) else float(value)
        used[sc.id] = drawn
        deterministic[i] = np.broadcast_to(yearly_totals(inputs, sc, None, H), (H,))
        total[i] = np.broadcast_to(yearly_totals(inputs, sc, overrides, H), (n, H))
        facts = facts_by[sc.id]
        if factors is not None and np.any(facts.unplanned):
            swing = factors * facts.unplanned
            total[i] += swing
            volatility[sc.id] = swing.sum(axis=1)
        event_trials[sc.id], event_year_mean[sc.id] = {}, {}
        hours, gross, credits = np.zeros(H), np.zeros(H), np.zeros(H)
        for ev in events_by[sc.id]:
            sig = ev.signature()
            if sig not in outcomes:
                out = ev.simulate(streams, H)
                outcomes[sig] = [out.loss, out.loss.sum(axis=1), out.loss.mean(axis=0),
                                 None if out.hours is None else out.hours.mean(axis=0),
                                 None if out.credits is None else out.credits.mean(axis=0)]
            loss, by_trial, year_mean, hours_mean, credits_mean = outcomes[sig]
            risk_all[i] += loss
            uses[sig] -= 1
            if not uses[sig]:
                outcomes[sig][0] = None          # last use: free the (n, H) array
            event_trials[sc.id][ev.key] = by_trial
            event_year_mean[sc.id][ev.key] = year_mean
            if ev.key.startswith("outage.") and hours_mean is not None:
                hours += hours_mean
                gross += year_mean
                if credits_mean is not None:
                    credits += credits_mean
                    gross += credits_mean
        sla[sc.id] = {"downtime_hours": float(hours.mean()), "downtime_loss": float(gross.mean()),
                      "credits": float(credits.mean()),
                      "uncovered": float(gross.mean() - credits.mean())}
        total[i] += risk_all[i]
    return SimulationResult(
        scenario_ids=tuple(s.id for s in scenarios), horizon=H, n_trials=n, seed=seed,
        total=total, risk=risk_all, deterministic=deterministic, event_trials=event_trials,
        event_year_mean=event_year_mean, sla=sla, inputs=used, events=events_by,
        cost_per_hour=cost_per_hour, unplanned_cv=cv, unplanned_cv_source=cv_source,
        volatility=volatility, warnings=warnings,
        correlations={f"{a}~{b}": float(r) for (a, b), r in sorted(correlations.items())})
