"""Statistics of Monte Carlo trials (docs/uncertainty-engine.md), from one sort of each sample.

For a sample ``x`` of ``n`` trials: mean, P10, P50, P90, P95 (linear interpolation between
order statistics, as ``numpy.quantile``), standard deviation (``ddof=1``), coefficient of
variation ``std / mean``, budget at risk ``P90 − P50``, tail mean beyond P95 (mean of the
values at or above P95), probability of exceeding a budget by more than a margin, and the
Monte Carlo standard error of P50 and P90 from order statistics: the rank of ``P_p`` has
standard deviation ``√(n·p·(1 − p))``, so ``SE(P_p) ≈ (x[k + r] − x[k − r]) / 2`` with
``k = p·(n − 1)`` and ``r = √(n·p·(1 − p))`` (distribution-free; no density estimate needed).
The exceedance curve ``P(X > x)`` is read from the same sorted sample.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

QUANTILES = {"p10": 0.10, "p50": 0.50, "p90": 0.90, "p95": 0.95}


def _q(sorted_x: np.ndarray, p: float) -> np.ndarray:
    """Quantile of a sample sorted along axis 0 (linear, as numpy's default)."""
    n = sorted_x.shape[0]
    pos = p * (n - 1)
    lo = int(math.floor(pos))
    hi = min(lo + 1, n - 1)
    frac = pos - lo
    return sorted_x[lo] + (sorted_x[hi] - sorted_x[lo]) * frac


def _se(sorted_x: np.ndarray, p: float) -> np.ndarray:
    n = sorted_x.shape[0]
    r = math.sqrt(n * p * (1.0 - p))
    k = p * (n - 1)
    lo = min(max(int(math.floor(k - r)), 0), n - 1)
    hi = min(max(int(math.ceil(k + r)), 0), n - 1)
    return (sorted_x[hi] - sorted_x[lo]) / 2.0


def describe_sorted(sorted_x: np.ndarray, budget=None, margin: float = 0.10) -> dict:
    """Statistics of a sample already sorted along axis 0 (shape ``(n,)`` or ``(n, k)``).

    Values are floats for a 1-D sample, arrays of ``k`` for a 2-D one. ``budget`` (same shape
    as one row, or a float) adds ``p_overrun`` = P(x > budget × (1 + margin)).
    """
    x = np.asarray(sorted_x, dtype="float64")
    n = x.shape[0]
    mean = x.mean(axis=0)
    std = x.std(axis=0, ddof=1) if n > 1 else np.zeros_like(mean)
    out = {"mean": mean, "std": std}
    for name, p in QUANTILES.items():
        out[name] = _q(x, p)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["cv"] = np.where(mean != 0, std / np.where(mean != 0, mean, 1.0), 0.0)
    out["budget_at_risk"] = out["p90"] - out["p50"]
    k95 = int(math.ceil(0.95 * (n - 1)))          # the values at or above P95
    out["tail_mean_95"] = x[k95:].mean(axis=0)
    out["se_p50"] = _se(x, 0.50)
    out["se_p90"] = _se(x, 0.90)
    if budget is not None:
        threshold = np.asarray(budget, dtype="float64") * (1.0 + margin)
        out["p_overrun"] = (x > threshold).mean(axis=0)
    if x.ndim == 1:
        out = {k: float(v) for k, v in out.items()}
    return out


def describe(x: np.ndarray, budget=None, margin: float = 0.10) -> dict:
    """:func:`describe_sorted` of an unsorted sample."""
    return describe_sorted(np.sort(np.asarray(x, dtype="float64"), axis=0), budget, margin)


def p_exceed(x: np.ndarray, budget: float, margin: float = 0.0) -> float:
    """Probability that ``x`` exceeds ``budget`` by more than ``margin`` (a fraction)."""
    return float((np.asarray(x) > budget * (1.0 + margin)).mean())


def exceedance(sorted_x: np.ndarray, points: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Exceedance curve from one sorted sample: (x, P(X > x)), at most ``points`` points
    (evenly spaced ranks, always the largest value), P from the empirical CDF."""
    x = np.asarray(sorted_x, dtype="float64").ravel()
    n = x.size
    if n == 0:
        return x, x
    ranks = np.unique(np.linspace(0, n - 1, min(points, n)).round().astype(int))
    values = x[ranks]
    # P(X > v) counts every trial strictly above v (ties handled exactly)
    p = (n - np.searchsorted(x, values, side="right")) / n
    return values, p


def scenario_statistics(result, budgets: dict[str, float] | None = None,
                        margin: float = 0.10) -> dict[str, dict]:
    """Statistics of each scenario of a :class:`~models.uncertainty.engine.SimulationResult`.

    ``{scenario id: {"total": {...}, "years": [{...} per year], "budget_at_risk",
    "expected_risk_loss" (EUR/year), "eal" {event: EUR/year}, "sla" {...},
    "deterministic_total", "budget", "margin"}}``. The budget of the horizon total defaults to
    the scenario's deterministic plan (what a board would budget); yearly budgets are the
    deterministic years scaled to it.
    """
    budgets = budgets or {}
    out = {}
    for i, sid in enumerate(result.scenario_ids):
        yearly = result.total[i]                                     # (n, H)
        det = result.deterministic[i]
        budget = float(budgets.get(sid, det.sum()))
        scale = budget / det.sum() if det.sum() else 1.0
        # (H + 1, n) contiguous rows: sorting along the last axis is several times faster
        both = np.empty((yearly.shape[1] + 1, yearly.shape[0]))
        both[:-1] = yearly.T
        both[-1] = yearly.sum(axis=1)
        both.sort(axis=1)
        stats = describe_sorted(both.T, np.append(det * scale, budget), margin)
        H = yearly.shape[1]
        years = [{k: float(v[j]) for k, v in stats.items()} for j in range(H)]
        total = {k: float(v[H]) for k, v in stats.items()}
        out[sid] = {"total": total, "years": years, "budget_at_risk": total["budget_at_risk"],
                    "expected_risk_loss": float(result.risk[i].mean() ) if H else 0.0,
                    "eal": {k: float(v.mean()) for k, v in result.event_year_mean[sid].items()},
                    "sla": dict(result.sla[sid]), "deterministic_total": float(det.sum()),
                    "budget": budget, "margin": margin}
    return out


def yearly_table(result, stats: dict | None = None) -> pd.DataFrame:
    """One row per scenario and year: ``scenario, year, mean, p10, p50, p90, p95, std, cv``
    (the fan chart's table)."""
    stats = stats or scenario_statistics(result)
    rows = []
    for sid in result.scenario_ids:
        for y, s in enumerate(stats[sid]["years"], start=1):
            rows.append({"scenario": sid, "year": y, **{k: s[k] for k in
                         ("mean", "p10", "p50", "p90", "p95", "std", "cv")}})
    return pd.DataFrame(rows)


def eal_table(result) -> pd.DataFrame:
    """Expected annual loss per scenario and event: ``scenario, event, eal`` (EUR/year)."""
    rows = [{"scenario": sid, "event": ev, "eal": float(v.mean())}
            for sid in result.scenario_ids for ev, v in result.event_year_mean[sid].items()]
    return pd.DataFrame(rows, columns=["scenario", "event", "eal"])


def sla_table(result) -> pd.DataFrame:
    """``scenario, downtime_hours, downtime_loss, credits, uncovered`` (per year means)."""
    rows = [{"scenario": sid, **result.sla[sid]} for sid in result.scenario_ids]
    return pd.DataFrame(rows)


def predictability_table(result, stats: dict | None = None) -> pd.DataFrame:
    """``scenario, cv, p_overrun`` of the yearly cost (mean over years) and of the total."""
    stats = stats or scenario_statistics(result)
    rows = []
    for sid in result.scenario_ids:
        s = stats[sid]
        rows.append({"scenario": sid,
                     "cv": float(np.mean([y["cv"] for y in s["years"]])),
                     "p_overrun": s["total"]["p_overrun"],
                     "cv_total": s["total"]["cv"]})
    return pd.DataFrame(rows)
