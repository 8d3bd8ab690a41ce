"""Yearly cost of each sourcing scenario over the horizon, every cost counted (docs/cost-model.md).

Units: euros excluding VAT. Prices are per unit per month; every other amount is per year.
Year ``y`` runs from 1 to ``H`` (the horizon); inside the formulas ``t = y - 1``.

Baseline (today, EUR/year, :func:`models.baseline.build_baseline`, from the spend *without* its
one-off events, :mod:`models.one_off`) per domain ``d``: ``R_d`` recurring, ``O_d`` one-off
non-capitalised, ``U_d`` unplanned (break-fix), ``K_d`` capitalised purchases per year, and the
parts ``S^R_d``, ``S^O_d`` of ``R_d`` and ``O_d`` no provider fee replaces (insurance, audits,
training, installation and migration work).

Indices (every one may be a float or an array of shape ``(n, 1)``):
``purchase(t) = ((1 + g)(1 + i))^t`` (headcount growth ``g`` × price inflation ``i``),
``pay(t) = (1 + s)^t`` (salary drift ``s``), ``volume(t) = (1 + g)^t``,
``contract(t) = (1 + x)^t × (1 + r)^floor(t / T)`` (indexation ``x``, step ``r`` at each renewal
after a term of ``T`` years).

Domain run in-house — ``run = R_d·purchase``, ``one_off = O_d·purchase``,
``capex = K_d·purchase``, ``unplanned = u·U_d·purchase`` (``u``, and ``recurring_factor``,
``one_off_factor``, ``capex_factor`` on ``R``, ``O``, ``K``: 1 by default).

Domain run by a provider (price ``p_d`` per unit per month, ``q`` share of the replaceable
spend the fee replaces):

* ``provider_fee = 12 · p_d · k · units_d(t) · contract(t)`` with ``units`` = employees
  (``user``) or workstations (``device``) × volume(t), servers, sites, or 1 (``flat``),
  ``k`` the price factor (1 by default);
* what stays: ``run = (R_d − q·(R_d − S^R_d))·purchase``, likewise ``one_off``; ``capex``
  unchanged unless the hardware is leased inside the fee (then 0); unplanned spend is taken
  over (0; extras are the out-of-scope work below);
* ``out_of_scope = e · provider_fee`` (change orders and work the fixed fee does not cover);
* ``transition`` (year 1) = ``m_t`` months of the first year's fee + the domain's share (pro rata
  to fees) of ``D_t`` internal days at the loaded day cost;
* ``parallel_run`` (year 1) = ``min(m_p, 12) / 12`` × the in-house spend the provider replaces
  in year 1 (replaced run and one-off, unplanned): both run for ``m_p`` months (staff stay on
  the payroll through their notice anyway: below);
* ``exit`` (last year of the horizon) = ``c · (m_x`` months of the last year's fee + the domain's
  share of ``D_x`` internal days ``)``, ``c`` the exit cost factor (1 by default).
  The exit is booked as a one-off cost at the end of the horizon rather than as a yearly
  provision: it is a cash cost paid only when leaving, the discounting of the NPV weighs it
  correctly, and the cumulative chart shows honestly that leaving is what a contract costs.

In-house staff, role by role (:mod:`models.staff`): each role's loaded cost
``C_r(t) = (f·pay_r + overhead_r)·pay(t)`` (``f`` the salary factor) is paid while the role is
on the payroll, whatever the provider runs: ``staff_r = C_r · (on_r − a_r·avoided_r − w·o_r·on_r)``
with ``on_r`` the share of the year on the payroll (1 unless the role is transferred or
dismissed), ``avoided_r`` the share of the year a redeployment avoids a cost elsewhere (× its
avoided share ``a_r``), and ``w·o_r`` the *freed-time saving* of a kept role (``w``:
``freed_time_saved_share``, 0 by default, 1 in the provider-pitch set; ``o_r``: the role's time
share in outsourced domains). Items ``staff`` (allocated to domains by time share),
``severance`` (legal severance of a dismissal, the year the person leaves, × ``f``·pay(t)) and
``transferred_staff`` (after a transfer, ``transfer_carried_share × C_r`` a year in the
provider's price).

Retained function (governance domain, item ``contract_management``), as soon as one domain is
outsourced, by ``retained_mode``:

* ``hours`` (default): the retained-work hours of :func:`models.governance.retained.
  contract_management_hours` × ``cm_hours_factor``, at the decider's loaded hourly cost ×
  ``f``·pay(t), less the hours kept in-house staff have been freed of (their cost is already
  counted, so the work they absorb costs nothing more): ``max(hours − freed hours, 0)``;
* ``share``: ``retained_share × Σ provider fees`` (4–8 % of contract value, large deals);
* ``fte``: ``retained_fte × loaded cost of an IT manager × pay(t)``.

Loaded day cost = ``(f · pay per FTE + overhead per FTE) / (productive hours / hours per day)``
averaged over the in-house IT staff (the IT manager defaults when there is none) × pay(t).

The Monte Carlo engine calls :func:`yearly_costs` with ``overrides`` holding arrays of shape
``(n_trials, 1)``; every returned array broadcasts to ``(n_trials, H)``. No loop runs over trials.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from models.baseline import DomainBaseline, build_baseline
from models.company import CompanyProfile, StaffRole
from models.defaults import default, money_scale
from models.domains import DOMAINS
from models.errors import CostModelError
from models.governance.retained import contract_management_hours
from models.scenarios import Economics, Scenario, reference_scenario
from models.staff import RoleCost, role_costs, schedules

#: Cost items, in display order.
ITEMS: tuple[str, ...] = ("staff", "severance", "transferred_staff", "run", "one_off", "capex",
                          "unplanned", "provider_fee", "out_of_scope", "contract_management",
                          "transition", "parallel_run", "exit")
#: Committed charges (known in advance).
FIXED_ITEMS = frozenset({"staff", "transferred_staff", "run", "capex", "provider_fee",
                         "contract_management"})
#: Charges that move with needs and incidents.
VARIABLE_ITEMS = frozenset({"one_off", "unplanned", "out_of_scope"})
#: One-time costs of changing (transition, parallel running, severance) or leaving (exit).
ONE_TIME_ITEMS = frozenset({"transition", "parallel_run", "exit", "severance"})

#: Scalar inputs :func:`yearly_costs` accepts in ``overrides`` (float or array (n, 1)).
OVERRIDE_KEYS: tuple[str, ...] = (
    "headcount_growth", "salary_drift", "price_inflation",
    "price_factor", *(f"price_factor.{d}" for d in DOMAINS if d != "governance"),
    "indexation", "renewal_step", "out_of_scope_share", "transition_fee_months",
    "transition_internal_days", "parallel_months", "retained_share", "retained_fte",
    "exit_fee_months", "exit_internal_days", "exit_factor", "salary_factor", "unplanned_factor",
    "recurring_factor", "one_off_factor", "capex_factor", "freed_time_saved_share",
    "cm_hours_factor", "transfer_carried_share",
)


@dataclass
class CostInputs:
    """Everything the projection needs besides the scenario."""
    company: CompanyProfile
    baseline: dict[str, DomainBaseline]
    economics: Economics = field(default_factory=Economics)
    fte_pay_eur: float = 0.0          # loaded pay per FTE of the in-house IT staff, EUR/year
    fte_overhead_eur: float = 0.0     # overhead per FTE, EUR/year
    retained_pay_eur: float = 0.0     # pay of one retained governance FTE, EUR/year
    retained_overhead_eur: float = 0.0
    staff_gross_eur: float = 0.0      # FTE-weighted average gross salary of IT staff, EUR/year
    roles: tuple[RoleCost, ...] = ()  # in-house roles, one by one (models.staff)
    start_date: str = "2027-01-01"    # first day of year 1 (ISO)
    decider_pay_eur: float = 0.0      # loaded pay per FTE of who manages the contract, EUR/year
    decider_overhead_eur: float = 0.0

    @property
    def day_cost_eur(self) -> float:
        """Loaded cost of one internal working day in year 1 (EUR/day)."""
        return (self.fte_pay_eur + self.fte_overhead_eur) / _days_per_fte()

    @property
    def decider_hourly_eur(self) -> float:
        """Loaded hourly cost of the contract manager in year 1 (EUR/hour)."""
        return (self.decider_pay_eur + self.decider_overhead_eur) \
            / default("productive_hours_per_fte")

    def validate(self) -> None:
        c = self.company
        for name in ("employees", "workstations", "servers", "sites"):
            value = getattr(c, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise CostModelError("costs.error.company", name=name, value=value)
        if c.employees <= 0:
            raise CostModelError("costs.error.company", name="employees", value=c.employees)
        missing = set(DOMAINS) - set(self.baseline)
        if missing:
            raise CostModelError("costs.error.baseline", value=", ".join(sorted(missing)))
        self.economics.validate()


def _days_per_fte() -> float:
    return default("productive_hours_per_fte") / default("hours_per_day")


def _it_manager_cost() -> tuple[float, float]:
    pay = default("salary_it_manager") * (1 + default("employer_charges_cadre"))
    return pay, default("staff_overhead_per_fte")


def projection_start(spend: pd.DataFrame, economics: Economics) -> str:
    """First day of year 1 (ISO): ``economics.start_date``, else the first day of the month
    after the last spend line (the first day of next month when there is no spend)."""
    if economics.start_date:
        return economics.start_date[:10]
    last = spend["date"].max() if len(spend) else pd.NaT
    base = dt.date.today() if pd.isna(last) else last.date()
    year, month = (base.year + 1, 1) if base.month == 12 else (base.year, base.month + 1)
    return f"{year:04d}-{month:02d}-01"


def make_inputs(spend: pd.DataFrame, company: CompanyProfile, staff: list[StaffRole] | None,
                economics: Economics | None = None) -> CostInputs:
    """Cost inputs from a dataset (spend table without its one-off events, company, staff)."""
    economics = economics or Economics()
    economics.validate()
    staff = staff or []
    fte = sum(r.fte for r in staff)
    gross = sum(r.fte * r.gross_salary_eur for r in staff) / fte if fte > 0 else 0.0
    if fte > 0:
        pay = sum(r.fte * r.gross_salary_eur * (1 + r.employer_charge_rate) for r in staff) / fte
        ovh = sum(r.fte * r.overhead_per_fte_eur for r in staff) / fte
    else:
        pay, ovh = _it_manager_cost()
    rpay, rovh = _it_manager_cost()
    from models.governance.retained import decider_role
    decider = decider_role(staff)
    inputs = CostInputs(company=company,
                        baseline=build_baseline(spend, staff, economics.useful_life_years),
                        economics=economics, fte_pay_eur=pay, fte_overhead_eur=ovh,
                        retained_pay_eur=rpay, retained_overhead_eur=rovh,
                        staff_gross_eur=gross, roles=role_costs(staff),
                        start_date=projection_start(spend, economics),
                        decider_pay_eur=decider.gross_salary_eur
                        * (1 + decider.employer_charge_rate),
                        decider_overhead_eur=decider.overhead_per_fte_eur)
    inputs.validate()
    return inputs


def units_of(company: CompanyProfile, unit: str) -> tuple[float, bool]:
    """(units today, grows with headcount?) of a price unit."""
    return {"user": (company.employees, True), "device": (company.workstations, True),
            "server": (company.servers, False), "site": (company.sites, False),
            "flat": (1.0, False)}[unit]


def resolved_inputs(inputs: CostInputs, scenario: Scenario, overrides) -> dict:
    """Every scalar input of the projection of ``scenario`` (:data:`OVERRIDE_KEYS`): the
    scenario's terms and the economics, replaced by ``overrides`` where given."""
    e, k = inputs.economics, scenario.terms
    p = {"headcount_growth": e.headcount_growth, "salary_drift": e.salary_drift,
         "price_inflation": e.price_inflation, "price_factor": 1.0,
         "indexation": k.indexation, "renewal_step": k.renewal_step,
         "out_of_scope_share": k.out_of_scope_share,
         "transition_fee_months": k.transition_fee_months,
         "transition_internal_days": k.transition_internal_days,
         "parallel_months": k.parallel_months, "retained_share": k.retained_share,
         "retained_fte": k.retained_fte, "exit_fee_months": k.exit_fee_months,
         "exit_internal_days": k.exit_internal_days, "exit_factor": 1.0, "salary_factor": 1.0,
         "unplanned_factor": 1.0, "recurring_factor": 1.0, "one_off_factor": 1.0,
         "capex_factor": 1.0, "freed_time_saved_share": default("freed_time_saved_share"),
         "cm_hours_factor": default("contract_management_hours_factor"),
         "transfer_carried_share": default("transfer_carried_share")}
    for d in DOMAINS:
        if d != "governance":
            p[f"price_factor.{d}"] = 1.0
    for key, value in (overrides or {}).items():
        if key not in p:
            raise CostModelError("costs.error.override", value=key)
        if isinstance(value, np.ndarray):
            if value.ndim != 2 or value.shape[1] != 1:
                raise CostModelError("costs.error.override_shape", value=key,
                                     shape=str(value.shape))
        p[key] = value
    return p


@dataclass
class _RoleCosts:
    """One role's costs in one scenario, EUR/year (arrays ``(..., H)``): ``loaded`` the loaded
    cost while employed; ``paid`` the share of each year it is paid (on the payroll less a
    redeployment's avoided share); ``saved`` the freed-time saving on each outsourced domain's
    part (kept roles only); ``staff``, ``severance`` and ``transferred`` the role's items;
    ``spare_hours`` the hours a year a kept role has been freed of."""
    role: RoleCost
    loaded: np.ndarray
    paid: np.ndarray
    saved: np.ndarray | float
    staff: np.ndarray
    severance: np.ndarray
    transferred: np.ndarray
    spare_hours: np.ndarray | float


class _Core:
    """Indices, per-domain coefficients and the staff schedule shared by the itemised and the
    fast paths."""

    def __init__(self, inputs: CostInputs, scenario: Scenario, overrides, horizon):
        p = self.p = resolved_inputs(inputs, scenario, overrides)
        H = self.H = int(horizon or inputs.economics.horizon_years)
        if not 1 <= H <= 30:
            raise CostModelError("costs.error.horizon", value=H)
        t = self.t = np.arange(H, dtype="float64")
        g, s, i = p["headcount_growth"], p["salary_drift"], p["price_inflation"]
        self.volume = (1.0 + g) ** t
        self.purchase = ((1.0 + g) * (1.0 + i)) ** t
        self.pay = (1.0 + s) ** t
        term = scenario.terms.term_years
        self.contract = ((1.0 + p["indexation"]) ** t
                         * (1.0 + p["renewal_step"]) ** np.floor(t / term))
        f = p["salary_factor"]
        self.day0 = (f * inputs.fte_pay_eur + inputs.fte_overhead_eur) / _days_per_fte()
        self.retained_fte_cost = f * inputs.retained_pay_eur + inputs.retained_overhead_eur
        self.inputs, self.scenario = inputs, scenario
        self.outsourced = [d for d in DOMAINS
                           if d != "governance" and scenario.choice(d).outsourced]
        self.schedules = schedules(inputs.roles, scenario, int(inputs.company.employees),
                                   inputs.start_date, H)

    def monthly_price(self, d: str):
        """Year-1 monthly fee of domain ``d`` (EUR/month) and whether it grows with headcount."""
        c = self.scenario.choice(d)
        n0, grows = units_of(self.inputs.company, c.price_unit)
        return (c.price_eur * money_scale() * self.p["price_factor"]
                * self.p[f"price_factor.{d}"] * n0, grows)

    def coefficients(self, d: str) -> dict:
        """Year-1 amounts of domain ``d`` (float or (n, 1)), before the yearly indices;
        ``replaceable``: the part of run and one-off a provider's fee can replace."""
        b = self.inputs.baseline[d]
        p = self.p
        fr, fo = p["recurring_factor"], p["one_off_factor"]
        return {"run": fr * b.recurring, "one_off": fo * b.one_off,
                "run_replaceable": fr * max(b.recurring - b.recurring_stays, 0.0),
                "one_off_replaceable": fo * max(b.one_off - b.one_off_stays, 0.0),
                "unplanned": p["unplanned_factor"] * b.unplanned,
                "capex": p["capex_factor"] * b.capex}

    def staff_items(self) -> list[_RoleCosts]:
        """Each role's costs under the scenario's staff decisions (see the module docstring)."""
        p, f, out = self.p, self.p["salary_factor"], []
        freed = p["freed_time_saved_share"]
        productive = default("productive_hours_per_fte")
        for sch in self.schedules:
            r = sch.role
            loaded = (f * r.pay + r.overhead) * self.pay
            kept = sch.outcome.fate == "keep"
            out_share = r.share(self.outsourced)
            saved = freed * sch.on if kept else 0.0       # share of each outsourced domain's part
            out.append(_RoleCosts(
                role=r, loaded=loaded, paid=sch.on - sch.avoided, saved=saved,
                staff=loaded * (sch.on - sch.avoided - saved * out_share),
                severance=f * sch.severance * self.pay,
                transferred=p["transfer_carried_share"] * loaded * sch.carried,
                spare_hours=(r.fte * productive * out_share * sch.on * (1.0 - freed)
                             if kept else 0.0)))
        return out

    def retained(self, total_fee, staff):
        """Contract management a year (``(..., H)``), from :data:`retained_mode`."""
        mode, p = self.scenario.terms.retained_mode, self.p
        if mode == "share":
            return p["retained_share"] * total_fee
        if mode == "fte":
            return p["retained_fte"] * self.retained_fte_cost * self.pay
        hours = p["cm_hours_factor"] * contract_management_hours(self.scenario)
        spare = sum(item.spare_hours for item in staff) if staff else 0.0
        hourly = ((p["salary_factor"] * self.inputs.decider_pay_eur
                   + self.inputs.decider_overhead_eur) / default("productive_hours_per_fte"))
        return np.maximum(hours - spare, 0.0) * hourly * self.pay


def yearly_costs(inputs: CostInputs, scenario: Scenario,
                 overrides: dict[str, float | np.ndarray] | None = None,
                 horizon: int | None = None) -> dict[tuple[str, str], np.ndarray]:
    """The numeric core, item by item: ``{(domain, item): array}``, EUR per year.

    Every array has the year axis last and broadcasts to ``(..., H)``: shape ``(H,)`` when all
    inputs are floats, ``(n, H)`` when an override in :data:`OVERRIDE_KEYS` is an array of shape
    ``(n, 1)`` (one row per Monte Carlo trial). ``horizon`` overrides ``economics.horizon_years``.
    Sum the values with :func:`total_by_year`; :func:`yearly_totals` gives the same sum faster.
    See the module docstring for the formulas.
    """
    core = _Core(inputs, scenario, overrides, horizon)
    p, t, H = core.p, core.t, core.H
    first = (t == 0).astype("float64")
    last = (t == H - 1).astype("float64")
    purchase, pay, volume, contract = core.purchase, core.pay, core.volume, core.contract
    day_cost = core.day0 * pay
    out: dict[tuple[str, str], np.ndarray] = {}
    fees: dict[str, np.ndarray] = {}
    staff = core.staff_items()
    for d in DOMAINS:
        out[(d, "staff")] = np.zeros(H)
    freed_by_domain = dict.fromkeys(DOMAINS, 0.0)      # freed-time saving, outsourced domains
    for rc in staff:
        for d, share in rc.role.time_share:
            part = share * rc.loaded
            cut = rc.saved * part if d in core.outsourced else 0.0
            out[(d, "staff")] = out[(d, "staff")] + part * rc.paid - cut
            freed_by_domain[d] = freed_by_domain[d] + cut
            if np.any(rc.severance):
                out[(d, "severance")] = out.get((d, "severance"), 0.0) + share * rc.severance
            if np.any(rc.transferred):
                out[(d, "transferred_staff")] = (out.get((d, "transferred_staff"), 0.0)
                                                 + share * rc.transferred)
    for d in DOMAINS:
        k = core.coefficients(d)
        run, one = k["run"] * purchase, k["one_off"] * purchase
        unplanned, capex = k["unplanned"] * purchase, k["capex"] * purchase
        if d not in core.outsourced:
            out[(d, "run")] = run
            out[(d, "one_off")] = one
            out[(d, "capex")] = capex
            out[(d, "unplanned")] = unplanned
            continue
        c = scenario.choice(d)
        q = c.replaced_share
        monthly, grows = core.monthly_price(d)
        fee = 12.0 * monthly * (volume if grows else 1.0) * contract
        fees[d] = fee
        replaced = q * (k["run_replaceable"] + k["one_off_replaceable"])
        out[(d, "run")] = run - q * k["run_replaceable"] * purchase
        out[(d, "one_off")] = one - q * k["one_off_replaceable"] * purchase
        out[(d, "capex")] = 0.0 * capex if c.hardware_in_fee else capex
        out[(d, "unplanned")] = 0.0 * unplanned
        out[(d, "provider_fee")] = fee
        out[(d, "out_of_scope")] = p["out_of_scope_share"] * fee
        out[(d, "transition")] = first * p["transition_fee_months"] * fee[..., :1] / 12.0
        freed = freed_by_domain[d]
        freed0 = freed[..., :1] if np.ndim(freed) else freed
        out[(d, "parallel_run")] = first * np.minimum(p["parallel_months"], 12.0) / 12.0 \
            * (replaced + k["unplanned"] + freed0)
        out[(d, "exit")] = last * p["exit_factor"] * p["exit_fee_months"] * fee[..., -1:] / 12.0

    if fees:
        total_fee = sum(fees.values())
        # internal days, split across outsourced domains pro rata to their fee
        safe = np.where(total_fee > 0, total_fee, 1.0)
        equal = 1.0 / len(fees)
        for d, fee in fees.items():
            weight = np.where(total_fee > 0, fee / safe, equal)
            out[(d, "transition")] = out[(d, "transition")] + first * weight[..., :1] \
                * p["transition_internal_days"] * day_cost[..., :1]
            out[(d, "exit")] = out[(d, "exit")] + last * weight[..., -1:] * p["exit_factor"] \
                * p["exit_internal_days"] * day_cost[..., -1:]
        out[("governance", "contract_management")] = core.retained(total_fee, staff)
    return out


def yearly_totals(inputs: CostInputs, scenario: Scenario,
                  overrides: dict[str, float | np.ndarray] | None = None,
                  horizon: int | None = None) -> np.ndarray:
    """Total cost per year, EUR, shape ``(..., H)``: the fast path for Monte Carlo.

    Equal to ``total_by_year(yearly_costs(...))`` (a test checks it) but groups the terms by the
    index they follow (purchase, pay, contract × volume, contract, year 1, last year) so that
    only a handful of ``(n, H)`` arrays are built, whatever the number of domains.
    """
    core = _Core(inputs, scenario, overrides, horizon)
    p, t, H = core.p, core.t, core.H
    staff = core.staff_items()
    total = sum(rc.staff + rc.severance + rc.transferred for rc in staff) if staff else 0.0
    freed0 = dict.fromkeys(DOMAINS, 0.0)
    for rc in staff:
        for d, share in rc.role.time_share:
            if d in core.outsourced:
                freed0[d] = freed0[d] + (rc.saved * share * rc.loaded)[..., :1]
    a_purchase = 0.0     # EUR/year at year-1 prices following purchase(t)
    c_grow = 0.0         # monthly fee following volume(t) × contract(t)
    c_flat = 0.0         # monthly fee following contract(t)
    first_year = 0.0     # year-1 one-offs except internal days
    for d in DOMAINS:
        k = core.coefficients(d)
        if d not in core.outsourced:
            a_purchase = a_purchase + k["run"] + k["one_off"] + k["unplanned"] + k["capex"]
            continue
        c = scenario.choice(d)
        replaced = c.replaced_share * (k["run_replaceable"] + k["one_off_replaceable"])
        a_purchase = a_purchase + k["run"] + k["one_off"] - replaced \
            + (0.0 if c.hardware_in_fee else k["capex"])
        monthly, grows = core.monthly_price(d)
        if grows:
            c_grow = c_grow + monthly
        else:
            c_flat = c_flat + monthly
        first_year = first_year + np.minimum(p["parallel_months"], 12.0) / 12.0 \
            * (replaced + k["unplanned"] + freed0[d])
    total = total + a_purchase * core.purchase
    if core.outsourced:
        monthly_fee = (c_grow * core.volume + c_flat) * core.contract          # (..., H)
        fee_factor = 1.0 + p["out_of_scope_share"]
        total = total + 12.0 * fee_factor * monthly_fee \
            + core.retained(12.0 * monthly_fee, staff)
        fee0 = c_grow + c_flat                                                   # year-1 monthly
        last_monthly = (c_grow * core.volume[..., -1:] + c_flat) * core.contract[..., -1:]
        first_year = first_year + p["transition_fee_months"] * fee0 \
            + p["transition_internal_days"] * core.day0
        exit_cost = p["exit_factor"] * (p["exit_fee_months"] * last_monthly
                                        + p["exit_internal_days"] * core.day0 * core.pay[..., -1:])
        total = total + (t == 0) * first_year + (t == H - 1) * exit_cost
    return total + np.zeros(H)


def total_by_year(costs: dict[tuple[str, str], np.ndarray]) -> np.ndarray:
    """Sum of every item: EUR per year, shape ``(..., H)``."""
    return sum(np.asarray(v, dtype="float64") for v in costs.values())


def group_costs(costs: dict[tuple[str, str], np.ndarray], by: str = "item"
                ) -> dict[str, np.ndarray]:
    """Sum :func:`yearly_costs` output by ``"item"`` or by ``"domain"`` (arrays ``(..., H)``)."""
    if by not in ("item", "domain"):
        raise ValueError("by must be 'item' or 'domain'")
    out: dict[str, np.ndarray] = {}
    for (domain, item), values in costs.items():
        key = item if by == "item" else domain
        out[key] = out[key] + values if key in out else np.asarray(values, dtype="float64")
    return out


def discount_factors(rate: float | np.ndarray, horizon: int) -> np.ndarray:
    """``1 / (1 + rate)^y`` for y = 1..H (costs at the end of each year)."""
    y = np.arange(1, horizon + 1, dtype="float64")
    return (1.0 + rate) ** -y


def npv(yearly: np.ndarray, rate: float | np.ndarray) -> np.ndarray | float:
    """Net present value of yearly costs (EUR), the year axis last."""
    yearly = np.asarray(yearly, dtype="float64")
    return (yearly * discount_factors(rate, yearly.shape[-1])).sum(axis=-1)


def break_even_year(yearly: np.ndarray, reference: np.ndarray, tol: float = 0.005) -> int | None:
    """First year (1-based) from which the cumulative cost stays below the reference's to the
    end of the horizon; ``None`` when it never does (or when the two are equal)."""
    gap = np.cumsum(np.asarray(yearly, float)) - np.cumsum(np.asarray(reference, float))
    below = gap < -tol
    if not below[-1]:
        return None
    idx = len(below)
    while idx > 0 and below[idx - 1]:
        idx -= 1
    return idx + 1


# ------------------------------------------------------------------ deterministic outputs

TIDY_COLUMNS = ("scenario", "scenario_name", "color_index", "year", "domain", "item", "amount_eur")


def project(inputs: CostInputs, scenarios: list[Scenario], horizon: int | None = None,
            lang: str | None = None) -> pd.DataFrame:
    """Tidy projection: one row per scenario × year × domain × item (amount_eur, EUR/year)."""
    inputs.validate()
    rows = []
    for sc in scenarios:
        sc.validate()
        name = sc.display_name(lang)
        for (domain, item), values in yearly_costs(inputs, sc, horizon=horizon).items():
            values = np.broadcast_to(np.asarray(values, float),
                                     (horizon or inputs.economics.horizon_years,))
            for y, v in enumerate(values, start=1):
                rows.append((sc.id, name, sc.color_index, y, domain, item, float(v)))
    df = pd.DataFrame(rows, columns=list(TIDY_COLUMNS))
    return df.astype({"year": "int64", "color_index": "int64", "amount_eur": "float64"})


@dataclass(frozen=True)
class ScenarioResult:
    """Headline figures of one scenario over the horizon (EUR)."""
    id: str
    name: str
    kind: str
    color_index: int
    yearly: tuple[float, ...]          # EUR per year, years 1..H
    cumulative: tuple[float, ...]
    total: float
    npv: float
    break_even_year: int | None        # vs in-house; None when never (always None for in-house)
    cost_per_employee: float           # EUR per employee per year, averaged over the horizon
    fixed_share: float                 # committed charges / total
    variable_share: float              # needs- and incident-driven / total
    one_time_share: float              # transition, parallel running, exit / total
    delta_vs_inhouse: float            # total − in-house total (negative = saving)
    share_of_revenue: float | None = None  # average yearly cost / yearly revenue (when known)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind,
                "total": round(self.total, 2), "npv": round(self.npv, 2),
                "break_even_year": self.break_even_year,
                "cost_per_employee": round(self.cost_per_employee, 2),
                "years": [round(v, 2) for v in self.yearly],
                "cumulative": [round(v, 2) for v in self.cumulative],
                "fixed_share": round(self.fixed_share, 4),
                "variable_share": round(self.variable_share, 4),
                "one_time_share": round(self.one_time_share, 4),
                "delta_vs_inhouse": round(self.delta_vs_inhouse, 2),
                "share_of_revenue": (None if self.share_of_revenue is None
                                     else round(self.share_of_revenue, 5))}


def summarise(inputs: CostInputs, scenarios: list[Scenario], horizon: int | None = None,
              lang: str | None = None) -> list[ScenarioResult]:
    """Total, NPV, break-even year, cost per employee and cost structure of each scenario."""
    inputs.validate()
    H = int(horizon or inputs.economics.horizon_years)
    ref = reference_scenario(scenarios)
    ref_yearly = total_by_year(yearly_costs(inputs, ref, horizon=H))
    employees = inputs.company.employees * (1.0 + inputs.economics.headcount_growth) ** np.arange(H)
    revenue = inputs.company.revenue_eur          # held flat: no revenue plan is asked for
    results = []
    for sc in scenarios:
        sc.validate()
        costs = yearly_costs(inputs, sc, horizon=H)
        yearly = np.broadcast_to(total_by_year(costs), (H,)).astype(float)
        total = float(yearly.sum())
        by_class = {"fixed": 0.0, "variable": 0.0, "one_time": 0.0}
        for (_, item), v in costs.items():
            amount = float(np.sum(np.broadcast_to(v, (H,))))
            cls = ("fixed" if item in FIXED_ITEMS else "variable" if item in VARIABLE_ITEMS
                   else "one_time")
            by_class[cls] += amount
        share = {k: (v / total if total else 0.0) for k, v in by_class.items()}
        results.append(ScenarioResult(
            id=sc.id, name=sc.display_name(lang), kind=sc.kind, color_index=sc.color_index,
            yearly=tuple(float(v) for v in yearly),
            cumulative=tuple(float(v) for v in np.cumsum(yearly)),
            total=total, npv=float(npv(yearly, inputs.economics.discount_rate)),
            break_even_year=None if sc.id == ref.id else break_even_year(yearly, ref_yearly),
            cost_per_employee=total / float(employees.sum()),
            fixed_share=share["fixed"], variable_share=share["variable"],
            one_time_share=share["one_time"],
            delta_vs_inhouse=total - float(np.sum(ref_yearly)),
            share_of_revenue=(total / H / revenue) if revenue and revenue >= 1.0 else None))
    return results
