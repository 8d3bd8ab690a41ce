"""Risk events as compound Poisson sums, vectorised over trials and years
(docs/uncertainty-engine.md).

For each trial and year the number of events is ``N ~ Poisson(rate)`` (or, for "at most once"
events, Bernoulli with ``P = 1 − e^(−rate)``), and **one severity is drawn per event**, then
summed (``np.repeat`` + ``np.bincount``; no Python loop over trials or events). Never
``rate × one severity``: that keeps the mean but not the spread: its yearly variance is
``λ²·Var[X]`` instead of ``λ·E[X²]``, far less for a rare event (``λ < 1``), whose bad years it
hides.

Loss of one event = ``severity × severity_scale[year] + hours × cost_per_hour[trial]``, then
the per-event deductible and cap (as @RISK ``RiskCompound``): ``min(max(x − d, 0), cap)``.
Optionally the event moves a price for good: each event draws a ``step`` (a fraction) that
adds ``step × step_base[year']`` to every later year (``step_lag`` = 0: from the event's year;
1: from the next year). An SLA turns the hours of each event into service credits
(:mod:`models.uncertainty.sla`), reported apart and deducted from the loss.

Counts are drawn by the inverse CDF of the Poisson law from one uniform per trial-year of the
event's stream, so a scenario with a higher rate has at least as many events on every trial
(common random numbers across scenarios); severities come from the event's own streams.

Expected values (tests check them): ``E[S] = λ·E[X]``, ``Var[S] = λ·E[X²]`` per year, without
deductible, cap, hours or step.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from models.errors import CostModelError
from models.uncertainty.distributions import Fixed, Spec
from models.uncertainty.streams import Streams

MAX_RATE = 365.0


def poisson_counts(u: np.ndarray, rate: float) -> np.ndarray:
    """Poisson(rate) counts from uniforms ``u`` by the inverse CDF (monotone in ``rate``)."""
    if rate <= 0.0:
        return np.zeros(u.shape, dtype=np.int64)
    kmax = int(rate + 12.0 * math.sqrt(rate) + 15.0)
    k = np.arange(kmax + 1, dtype="float64")
    log_pmf = -rate + k * math.log(rate) - np.array([math.lgamma(v + 1.0) for v in k])
    cdf = np.cumsum(np.exp(log_pmf))
    return np.searchsorted(cdf, u, side="right").astype(np.int64)


def stream_uniform(streams: Streams, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """Uniforms of stream ``name`` (not cached: the counts made from them are)."""
    from models.uncertainty.streams import stream
    return stream(streams.seed, name).random(shape)


@dataclass
class EventOutcome:
    """Simulated losses of one event in one scenario (EUR, shape ``(n, H)``)."""
    key: str
    loss: np.ndarray                       # net of SLA credits
    cells: np.ndarray                      # flat trial-year cells with events
    per_cell: np.ndarray                   # number of events in each of those cells
    credits: np.ndarray | None = None      # SLA credits paid back (EUR), already deducted
    hours: np.ndarray | None = None        # downtime hours per trial-year

    @property
    def counts(self) -> np.ndarray:
        """Events per trial-year, ``(n, H)`` int64."""
        out = np.zeros(self.loss.size, dtype=np.int64)
        out[self.cells] = self.per_cell
        return out.reshape(self.loss.shape)


@dataclass
class RiskEvent:
    """One risk event of one scenario. ``key`` names its random streams: the same key in two
    scenarios gives common random numbers."""
    key: str
    rate: float                                   # expected events per year (λ)
    severity: Spec = field(default_factory=lambda: Fixed(0.0))   # EUR per event (× scale)
    severity_scale: float | np.ndarray = 1.0      # float, or (H,) per year
    hours: Spec | None = None                     # downtime hours per event
    hours_scale: float = 1.0                      # e.g. SLA availability cap on durations
    cost_per_hour: float | np.ndarray = 0.0       # EUR/hour, float or (n,) per trial
    deductible: float = 0.0
    cap: float | None = None
    years: tuple[int, ...] | None = None          # active years, 1-based; None = all
    at_most_once: bool = False                    # at most one event per active year
    step: Spec | None = None                      # lasting price step per event (fraction)
    step_base: float | np.ndarray = 0.0           # EUR/year the step applies to, (H,) or float
    step_lag: int = 1
    credit: object | None = None                  # callable(hours (N,), year (N,)) -> EUR (N,)
    report_hours: bool = True                     # keep downtime hours per trial-year
    rate_multiplier: float = 1.0                  # governance (issue 7), SLA
    severity_multiplier: float = 1.0

    @property
    def effective_rate(self) -> float:
        return self.rate * self.rate_multiplier

    def validate(self) -> None:
        for name in ("rate", "rate_multiplier", "severity_multiplier", "deductible",
                     "hours_scale"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) \
                    or v < 0:
                raise CostModelError("mc.error.event_value", event=self.key, name=name, value=v)
        if self.effective_rate > MAX_RATE:
            raise CostModelError("mc.error.event_value", event=self.key, name="rate",
                                 value=self.effective_rate)
        if self.cap is not None and not self.cap >= 0:
            raise CostModelError("mc.error.event_value", event=self.key, name="cap",
                                 value=self.cap)

    def expected_annual_loss(self) -> float:
        """Analytic E[loss per active year] without deductible, cap, step or credits."""
        lam = self.effective_rate
        if self.at_most_once:
            lam = 1.0 - math.exp(-lam)
        scale = float(np.mean(self.severity_scale))
        per_event = self.severity.mean() * scale
        if self.hours is not None:
            per_event += self.hours.mean() * self.hours_scale * float(np.mean(self.cost_per_hour))
        return lam * per_event * self.severity_multiplier

    def signature(self) -> tuple:
        """Everything the outcome depends on (arrays by value, per-trial arrays by identity):
        two scenarios with the same signature get the very same outcome."""
        def arr(v):
            if isinstance(v, np.ndarray):
                return ("arr", v.shape, v.tobytes()) if v.size <= 64 else ("id", id(v))
            return v
        return (self.key, self.effective_rate, self.severity, arr(self.severity_scale),
                self.hours, self.hours_scale, arr(self.cost_per_hour), self.deductible,
                self.cap, self.years, self.at_most_once, self.step, arr(self.step_base),
                self.step_lag, self.credit, self.severity_multiplier, self.report_hours)

    def events_by_cell(self, streams: Streams, horizon: int) -> tuple[np.ndarray, np.ndarray]:
        """(flat trial-year cells with at least one event, number of events in each), the
        sparse form of the ``(n, H)`` counts; cached, so identical rates share them."""
        lam = self.effective_rate
        key = ("counts", self.key, lam, self.at_most_once, self.years, horizon)
        cached = streams.cache_get(key)
        if cached is not None:
            return cached
        n, H = streams.n, horizon
        u = stream_uniform(streams, f"event:{self.key}:count", (n, H)).ravel()
        if lam <= 0:
            cells = np.zeros(0, dtype=np.int64)
        else:
            cells = np.flatnonzero(u >= math.exp(-lam))      # N ≥ 1 ⇔ u ≥ P(N = 0)
        if self.years is not None and cells.size:
            active = np.zeros(H, dtype=bool)
            for y in self.years:
                if 1 <= y <= H:
                    active[y - 1] = True
            cells = cells[active[cells % H]]
        if self.at_most_once or not cells.size:
            per_cell = np.ones(cells.size, dtype=np.int64)
        else:
            per_cell = poisson_counts(u[cells], lam)
        return streams.cache_put(key, (cells, per_cell))

    def counts(self, streams: Streams, horizon: int) -> np.ndarray:
        """Events per trial-year, ``(n, H)`` int64."""
        cells, per_cell = self.events_by_cell(streams, horizon)
        out = np.zeros(streams.n * horizon, dtype=np.int64)
        out[cells] = per_cell
        return out.reshape(streams.n, horizon)

    def simulate(self, streams: Streams, horizon: int) -> EventOutcome:
        """Losses of this event for every trial and year (see the module docstring)."""
        self.validate()
        n, H = streams.n, horizon
        cells, per_cell = self.events_by_cell(streams, H)
        total = int(per_cell.sum())
        zeros = np.zeros((n, H))
        if total == 0:
            return EventOutcome(self.key, zeros, cells, per_cell,
                                zeros.copy() if self.credit else None,
                                zeros.copy() if self.hours is not None and self.report_hours
                                else None)
        cell = np.repeat(cells, per_cell)                        # trial-year of each event
        no_money = isinstance(self.severity, Fixed) and self.severity.value == 0.0
        hours_cell = credits_cell = None
        h = None
        if self.hours is not None:
            h = streams.sample(f"event:{self.key}:hours", self.hours, total)
            if self.hours_scale != 1.0:
                h = h * self.hours_scale
            if self.report_hours:
                hours_cell = np.bincount(cell, weights=h, minlength=n * H).reshape(n, H)
        if (no_money and h is not None and self.credit is None and not self.deductible
                and self.cap is None):
            # downtime only: aggregate the hours per trial-year first, then one product
            hours_sum = hours_cell if hours_cell is not None else \
                np.bincount(cell, weights=h, minlength=n * H).reshape(n, H)
            cph = self.cost_per_hour
            factor = (np.asarray(cph, dtype="float64")[:, None] if np.ndim(cph) else cph) \
                * self.severity_multiplier
            loss = hours_sum * factor
        else:
            if no_money:
                x = np.zeros(total)
            else:
                x = np.array(streams.sample(f"event:{self.key}:severity", self.severity, total),
                             dtype="float64", copy=True)
                if np.ndim(self.severity_scale):
                    x *= np.asarray(self.severity_scale, dtype="float64")[cell % H]
                elif self.severity_scale != 1.0:
                    x *= self.severity_scale
            if h is not None:
                cph = self.cost_per_hour
                x += h * (np.asarray(cph)[cell // H] if np.ndim(cph) else cph)
            if self.severity_multiplier != 1.0:
                x *= self.severity_multiplier
            if self.deductible or self.cap is not None:
                x -= self.deductible
                np.clip(x, 0.0, self.cap if self.cap is not None else np.inf, out=x)
            if self.credit is not None and h is not None:
                c = np.minimum(self.credit(h, cell % H), x)
                x -= c
                credits_cell = np.bincount(cell, weights=c, minlength=n * H).reshape(n, H)
            loss = np.bincount(cell, weights=x, minlength=n * H).reshape(n, H)
        if self.step is not None:
            s = streams.sample(f"event:{self.key}:step", self.step, total)
            steps = np.bincount(cell, weights=s, minlength=n * H).reshape(n, H)
            level = np.cumsum(steps, axis=1)
            if self.step_lag:
                lag = min(self.step_lag, H)
                level = np.concatenate([np.zeros((n, lag)), level[:, :H - lag]], axis=1)
            loss += level * self.step_base
        return EventOutcome(self.key, loss, cells, per_cell, credits_cell, hours_cell)
