"""Sensitivity: which inputs move the total cost (or the difference between two scenarios) most.

Two methods, both returning a table with the columns the tornado chart takes
(``charts.sensitivity.tornado_chart``: ``label``, ``low``, ``high``) plus ``driver`` (the key):

* :func:`tornado_oat`: one input at a time on the deterministic cost model, set to its low and
  high bound (the other inputs at their base values), as Crystal Ball's tornado tool. Fast
  (two cost-model evaluations per input), exact, but blind to interactions and risk events.
* :func:`tornado_from_samples`: from the Monte Carlo trials already drawn, for every input and
  risk event: the mean output over the trials where the driver is in its lowest decile
  (``low``) and in its highest decile (``high``), as @RISK's "change in output mean"; plus the
  Spearman rank correlation. For a rare event (zero on more than 90 % of trials) the groups are
  "no loss" and "some loss". Inputs are independent here, so the bars are not confounded by
  correlations between inputs.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from models.costmodel import CostInputs, resolved_inputs, yearly_totals
from models.errors import CostModelError
from models.scenarios import Scenario, find_scenario
from models.uncertainty.engine import SimulationResult, UncertainInput, default_uncertain_inputs

COLUMNS = ["driver", "label", "low", "high", "swing", "rank_corr"]


def _label(key: str, lang: str | None) -> str:
    from i18n import CATALOG, t
    for prefix in ("mc.input.", "risk.event."):
        if f"{prefix}{key}" in CATALOG:
            return t(f"{prefix}{key}", lang)
    return key


def _horizon_total(inputs, scenario, overrides, horizon) -> float:
    return float(np.sum(yearly_totals(inputs, scenario, overrides, horizon)))


def tornado_oat(inputs: CostInputs, scenarios: list[Scenario], scenario_id: str,
                other_id: str | None = None, uncertain: dict[str, UncertainInput] | None = None,
                horizon: int | None = None, lang: str | None = None) -> tuple[pd.DataFrame, float]:
    """(table, base value): total cost over the horizon of ``scenario_id`` (minus that of
    ``other_id`` when given) with each input at its low and its high bound, EUR."""
    if other_id == scenario_id:
        raise CostModelError("mc.error.scenario_pair", a=scenario_id, b=other_id)
    uncertain = default_uncertain_inputs() if uncertain is None else uncertain
    H = int(horizon or inputs.economics.horizon_years)
    chosen = [find_scenario(scenarios, scenario_id)]
    if other_id is not None:
        chosen.append(find_scenario(scenarios, other_id))

    def output(key=None, bound=None) -> float:
        values = []
        for sc in chosen:
            overrides = {}
            if key is not None:
                ui = uncertain[key]
                base = float(resolved_inputs(inputs, sc, None)[key])
                overrides[key] = float(ui.apply(base, getattr(ui.spec, bound)))
            values.append(_horizon_total(inputs, sc, overrides, H))
        return values[0] - (values[1] if len(values) > 1 else 0.0)

    base = output()
    rows = []
    for key in uncertain:
        low, high = output(key, "low"), output(key, "high")
        rows.append({"driver": key, "label": _label(key, lang), "low": low, "high": high,
                     "swing": abs(high - low), "rank_corr": np.nan})
    table = pd.DataFrame(rows, columns=COLUMNS).sort_values("swing", ascending=False)
    return table.reset_index(drop=True), base


def _ranks(x: np.ndarray) -> np.ndarray:
    order = np.argsort(x, kind="stable")
    r = np.empty(x.size)
    r[order] = np.arange(x.size)
    return r


def tornado_from_samples(result: SimulationResult, scenario_id: str,
                         other_id: str | None = None, lang: str | None = None,
                         with_rank_corr: bool = True) -> tuple[pd.DataFrame, float]:
    """(table, mean output) from the trials of ``result`` (see the module docstring)."""
    if other_id == scenario_id:
        raise CostModelError("mc.error.scenario_pair", a=scenario_id, b=other_id)
    y = result.horizon_total(scenario_id)
    if other_id is not None:
        y = y - result.horizon_total(other_id)
    drivers: dict[str, np.ndarray] = {}
    for key, v in result.inputs[scenario_id].items():
        if isinstance(v, np.ndarray):
            drivers[key] = v
    if other_id is not None:
        for key, v in result.inputs[other_id].items():
            if isinstance(v, np.ndarray) and key not in drivers:
                drivers[key] = v
    events = set(result.event_trials[scenario_id])
    if other_id is not None:
        events |= set(result.event_trials[other_id])
    n = y.size
    for key in sorted(events):
        a = result.event_trials[scenario_id].get(key, np.zeros(n))
        b = result.event_trials[other_id].get(key, np.zeros(n)) if other_id else 0.0
        drivers[key] = a - b
    for sid in (scenario_id, other_id):
        if sid is not None and sid in result.volatility and "unplanned" not in drivers:
            a = result.volatility.get(scenario_id, np.zeros(n))
            b = result.volatility.get(other_id, np.zeros(n)) if other_id else 0.0
            drivers["unplanned"] = a - b
    if isinstance(result.cost_per_hour, np.ndarray):
        drivers["downtime_cost_per_hour"] = result.cost_per_hour
    ry = _ranks(y) if with_rank_corr else None
    rows = []
    for key, x in drivers.items():
        lo_q, hi_q = np.quantile(x, [0.1, 0.9])
        lo, hi = x <= lo_q, x >= hi_q
        if lo.all() or hi.all():                 # zero-inflated (rare event) or constant
            lo, hi = x <= x.min(), x > x.min()
        if not lo.any() or not hi.any():
            continue
        low, high = float(y[lo].mean()), float(y[hi].mean())
        corr = float(np.corrcoef(_ranks(x), ry)[0, 1]) if with_rank_corr else np.nan
        rows.append({"driver": key, "label": _label(key, lang), "low": low, "high": high,
                     "swing": abs(high - low), "rank_corr": corr})
    table = pd.DataFrame(rows, columns=COLUMNS).sort_values("swing", ascending=False)
    return table.reset_index(drop=True), float(y.mean())
