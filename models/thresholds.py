""""What must be true": the value of a key input at which a scenario stops (or starts) beating
in-house over the horizon, found by bisection on the cost model (no scipy).

For a scenario S and an input x, ``gap(x) = total cost of S − total cost of in-house`` over the
horizon (undiscounted, EUR). A threshold is a root of ``gap`` inside a plausible range; S is
cheaper where ``gap < 0``. Inputs:

* ``price_per_user``: the provider's all-in price per user per month in year 1 (every outsourced
  domain's fee divided by the headcount), moved by scaling every price of S together;
* ``staff_saving``: the yearly staff cost S saves beyond its roles' fates (the freed time of the
  roles it keeps that would leave the payroll; 0 unless the assumption set says otherwise);
* ``contract_management``: hours a year of retained work (contract management, steering…);
* ``salary``: the FTE-weighted average gross salary of in-house IT staff (moves both scenarios);
* ``transition_months``: the transition fee in months of fee;
* ``out_of_scope_share``: out-of-scope work as a share of the fee;
* ``horizon``: the shortest horizon (years) from which S is cheaper and stays so (integer search).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from i18n import current_currency, fmt_eur, fmt_number, fmt_pct, t, using_currency
from models.costmodel import CostInputs, yearly_totals
from models.defaults import default, money_scale
from models.governance.retained import contract_management_hours
from models.scenarios import Scenario, reference_scenario

PARAMETERS: tuple[str, ...] = ("price_per_user", "salary", "staff_saving", "contract_management",
                               "transition_months", "out_of_scope_share", "horizon")
MAX_HORIZON = 15


@dataclass(frozen=True)
class Threshold:
    scenario_id: str
    scenario_name: str
    parameter: str
    current: float                 # today's value of the input (display unit)
    value: float | None            # root of the gap; None when there is none in the range
    cheaper_when: str              # "below" | "above" | "always" | "never"
    cheaper_now: bool
    low: float                     # range searched (display unit)
    high: float
    override: str | None = None    # cost-model override key moved (None for the horizon)
    factor: float | None = None    # override value at the root (for checks and tests)
    value_high: float | None = None  # horizon only: last year of a window of cheaper horizons
    #: currency of the amounts (the data's, in use when the threshold was computed)
    currency: str = field(default_factory=current_currency)

    def sentence(self, lang: str | None = None) -> str:
        with using_currency(self.currency):
            return self._sentence(lang)

    def _sentence(self, lang: str | None) -> str:
        fmt = _FORMATTERS[self.parameter]
        name = self.scenario_name
        if self.parameter == "horizon":
            if self.value is None:
                return t("threshold.horizon.never", lang, scenario=name, max=MAX_HORIZON)
            if self.cheaper_when == "between":
                return t("threshold.horizon.window", lang, scenario=name, low=int(self.value),
                         high=int(self.value_high), max=MAX_HORIZON)
            if int(self.value) == 1:
                return t("threshold.horizon.always", lang, scenario=name, max=MAX_HORIZON)
            return t("threshold.horizon.from", lang, scenario=name, value=int(self.value),
                     max=MAX_HORIZON)
        what = t(f"threshold.what.{self.parameter}", lang)
        if self.cheaper_when in ("always", "never"):
            return t(f"threshold.{self.cheaper_when}", lang, scenario=name, what=what,
                     low=fmt(self.low, lang), high=fmt(self.high, lang))
        key = "stays" if self.cheaper_now else "becomes"
        if self.parameter == "price_per_user" and self.cheaper_when == "below":
            return t(f"threshold.price.{key}", lang, scenario=name, value=fmt(self.value, lang),
                     current=fmt(self.current, lang))
        return t(f"threshold.{key}.{self.cheaper_when}", lang, scenario=name, what=what,
                 value=fmt(self.value, lang), current=fmt(self.current, lang))


def _hours(v: float, lang) -> str:
    return t("threshold.hours", lang, n=fmt_number(v, lang, 0))


def _months(v: float, lang) -> str:
    """"24 mois", "1,5 mois": a decimal only when the number of months has one."""
    return t("threshold.months", lang, n=fmt_number(v, lang, 0 if float(round(v, 1)).is_integer()
                                                     else 1))


_FORMATTERS = {
    "price_per_user": lambda v, lang: fmt_eur(v, lang),
    "salary": lambda v, lang: fmt_eur(v, lang),
    "staff_saving": lambda v, lang: fmt_eur(v, lang),
    "contract_management": _hours,
    "transition_months": _months,
    "out_of_scope_share": lambda v, lang: fmt_pct(v, lang, 0),
    "horizon": lambda v, lang: fmt_number(v, lang),
}


def bisect(fn, lo: float, hi: float, tol: float = 1e-9, max_iter: int = 200) -> float:
    """Root of ``fn`` in ``[lo, hi]`` where ``fn(lo)`` and ``fn(hi)`` have opposite signs."""
    f_lo = fn(lo)
    for _ in range(max_iter):
        mid = 0.5 * (lo + hi)
        f_mid = fn(mid)
        if f_mid == 0:
            return mid
        if (f_mid < 0) == (f_lo < 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
        if hi - lo <= tol * max(1.0, abs(lo)):
            break
    return 0.5 * (lo + hi)


def gap(inputs: CostInputs, scenario: Scenario, reference: Scenario, overrides=None,
        horizon: int | None = None, both: bool = False, premium: float = 0.0) -> float:
    """Total cost of ``scenario`` minus in-house over the horizon (EUR; negative = cheaper).
    ``both``: apply the overrides to the reference too (inputs common to both, e.g. salary).
    ``premium``: what the risks add to the scenario's total beyond in-house's (EUR, from the
    simulation: expected total − plan, scenario minus in-house), held constant while the input
    moves, so the comparison is risk-inclusive like the headline."""
    s = float(np.sum(yearly_totals(inputs, scenario, overrides, horizon)))
    r = float(np.sum(yearly_totals(inputs, reference, overrides if both else None, horizon)))
    return s - r + premium


def _factor_threshold(inputs, scenario, reference, parameter, key, unit_value, lo_f, hi_f,
                      current_f, both, premium: float = 0.0) -> Threshold:
    """Threshold on an override ``key`` whose display value is ``unit_value × factor``."""
    def fn(x):
        return gap(inputs, scenario, reference, {key: x}, both=both, premium=premium)

    g_lo, g_hi, g_now = fn(lo_f), fn(hi_f), fn(current_f)
    common = dict(scenario_id=scenario.id, scenario_name=scenario.display_name(),
                  parameter=parameter, current=current_f * unit_value, cheaper_now=g_now < 0,
                  low=lo_f * unit_value, high=hi_f * unit_value, override=key)
    if (g_lo < 0) == (g_hi < 0):
        return Threshold(value=None, cheaper_when="always" if g_lo < 0 else "never", **common)
    root = bisect(fn, lo_f, hi_f)
    return Threshold(value=root * unit_value, cheaper_when="below" if g_lo < 0 else "above",
                     factor=root, **common)


def thresholds(inputs: CostInputs, scenarios: list[Scenario], lang: str | None = None,
               horizon: int | None = None, premium: dict[str, float] | None = None
               ) -> list[Threshold]:
    """Every threshold of every non-in-house scenario (in-house is the reference).

    ``premium`` maps a scenario id to what the risk events and uncertainty add to its expected
    total beyond its plan (EUR over the horizon, :func:`models.analysis.analyse`); with it every
    threshold is on the risk-inclusive comparison. Inputs: the all-in price per user, the
    average IT salary, the staff cost the option saves (freed time that leaves the payroll,
    beyond the roles' fates), the contract-management hours, the transition fee, out-of-scope
    work and the horizon."""
    ref = reference_scenario(scenarios)
    premium = premium or {}
    out: list[Threshold] = []
    employees = inputs.company.employees
    staff_gross = _average_gross(inputs)
    for sc in scenarios:
        if sc.id == ref.id or not sc.outsourced_domains:
            continue
        name = sc.display_name(lang)

        def named(th: Threshold, name: str = name) -> Threshold:
            return Threshold(**{**th.__dict__, "scenario_name": name})

        extra = premium.get(sc.id, 0.0) - premium.get(ref.id, 0.0)

        def factor(parameter, key, unit, low, high, now, both=False, sc=sc, extra=extra):
            out.append(named(_factor_threshold(inputs, sc, ref, parameter, key, unit, low,
                                               high, now, both, extra)))

        fee_per_user = _monthly_fee(inputs, sc) / employees
        if fee_per_user > 0:
            factor("price_per_user", "price_factor", fee_per_user, 0.0, 20.0, 1.0)
        if staff_gross > 0:
            factor("salary", "salary_factor", staff_gross, 0.2, 5.0, 1.0, both=True)
        freed = freed_staff_cost(inputs, sc)
        if freed > 0:
            factor("staff_saving", "freed_time_saved_share", freed, 0.0, 1.0,
                   default("freed_time_saved_share"))
        hours = contract_management_hours(sc)
        if hours > 0 and sc.terms.retained_mode == "hours":
            factor("contract_management", "cm_hours_factor", hours, 0.0, 4.0,
                   default("contract_management_hours_factor"))
        factor("transition_months", "transition_fee_months", 1.0, 0.0, 24.0,
               sc.terms.transition_fee_months)
        factor("out_of_scope_share", "out_of_scope_share", 1.0, 0.0, 2.0,
               sc.terms.out_of_scope_share)
        out.append(named(horizon_threshold(inputs, sc, ref, extra)))
    return out


def horizon_threshold(inputs: CostInputs, scenario: Scenario, reference: Scenario,
                      premium: float = 0.0) -> Threshold:
    """Shortest horizon from which the scenario is cheaper for every longer horizon up to
    :data:`MAX_HORIZON` years (exit cost booked at the end of each horizon). The risk premium
    over the current horizon is spread evenly: ``premium × h / H`` for a horizon of ``h``."""
    current = inputs.economics.horizon_years
    cheaper = [gap(inputs, scenario, reference, horizon=h, premium=premium * h / current) < 0
               for h in range(1, MAX_HORIZON + 1)]
    runs, start = [], None                 # runs of consecutive horizons where S is cheaper
    for h, ok in enumerate(cheaper, start=1):
        if ok and start is None:
            start = h
        if not ok and start is not None:
            runs.append((start, h - 1))
            start = None
    if start is not None:
        runs.append((start, MAX_HORIZON))
    common = dict(scenario_id=scenario.id, scenario_name=scenario.display_name(),
                  parameter="horizon", current=current, cheaper_now=bool(cheaper[current - 1]),
                  low=1, high=MAX_HORIZON)
    if not runs:
        return Threshold(value=None, cheaper_when="never", **common)
    if runs[-1][1] == MAX_HORIZON and (len(runs) == 1 or not cheaper[current - 1]
                                       or current >= runs[-1][0]):
        return Threshold(value=runs[-1][0], cheaper_when="above", **common)
    run = next((r for r in runs if r[0] <= current <= r[1]), runs[0])
    return Threshold(value=run[0], value_high=run[1], cheaper_when="between", **common)


def _monthly_fee(inputs: CostInputs, scenario: Scenario) -> float:
    """Year-1 monthly fee of every outsourced domain (EUR/month)."""
    from models.costmodel import units_of
    total = 0.0
    for d in scenario.outsourced_domains:
        c = scenario.choice(d)
        total += c.price_eur * money_scale() * units_of(inputs.company, c.price_unit)[0]
    return total


def freed_staff_cost(inputs: CostInputs, scenario: Scenario) -> float:
    """Year-1 loaded cost of the in-house time ``scenario`` frees and does not already save
    (roles it keeps, × their time share in the outsourced domains), EUR/year."""
    domains = scenario.outsourced_domains
    return sum((r.pay + r.overhead) * r.share(domains) for r in inputs.roles
               if scenario.decision(r.role).fate == "keep")


def _average_gross(inputs: CostInputs) -> float:
    """FTE-weighted average gross salary implied by the inputs (EUR/year)."""
    return float(getattr(inputs, "staff_gross_eur", 0.0) or 0.0)
