"""The catalogue of risk events of a scenario, with sourced defaults (docs/uncertainty-engine.md).

Every rate, severity and factor comes from :mod:`models.defaults` (``*_rate``, ``*_severity``,
``*_hours``, ...: each citing its entries of ``docs/sources.md`` by key, with a quality
tag). Rates and severities depend on the domain and on who runs it (in-house or a
provider), on the SLA (outage hours and credits) and on multipliers that the governance score
(issue 7) sets through :class:`RiskConfig`.

Events (keys; the key names the random streams, so a key means the same event in every
scenario):

``outage.hosting``, ``outage.network``
    Major outage of servers/messaging or of the network. Hours per outage from the actual
    restore time (in-house or provider, the same by default; a provider's availability target
    caps the hours: :mod:`.sla`) × the downtime cost per hour computed bottom-up (staff, loaded
    hourly cost, productivity loss, revenue at risk × value added). A provider pays service
    credits from its contract's GTR and availability tiers, capped at the monthly fee.
``cyber``
    Material cyber incident: lognormal cost (median and P95) + downtime hours.
``data_loss``
    Loss of data: lognormal recovery cost + downtime hours.
``key_person``
    A member of the in-house IT staff leaves: a share of one loaded yearly pay (vacancy,
    recruiting, ramp-up). Rate = turnover × in-house FTE the scenario keeps.
``provider_failure``
    The provider fails or must be left: re-procurement (months of fee) and a lasting price step
    on every later year.
``degradation``
    Service degradation, more frequent with a low-cost provider (price below the market range).
``transition_overrun``
    The transition costs more than planned (year 1 only, at most once).
``renewal_step``
    A price step at contract renewal beyond the contractual one, lasting.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from models.costmodel import CostInputs, yearly_costs
from models.defaults import ASSUMPTIONS, current, default
from models.scenarios import DEFAULT_PRICING, Scenario
from models.staff import schedules, year_fractions
from models.uncertainty.distributions import LogNormal, Pert, Spec
from models.uncertainty.risk_events import RiskEvent
from models.uncertainty.sla import SlaTerms, credit_function, hours_scale, outage_hours_spec

#: Event keys, in display order.
EVENT_KEYS: tuple[str, ...] = ("outage.hosting", "outage.network", "cyber", "data_loss",
                               "key_person", "provider_failure", "degradation",
                               "transition_overrun", "renewal_step")


def pert_default(key: str) -> Pert:
    """PERT(low, value, high) of assumption ``key``."""
    a = current(key)
    return Pert(min(a.low, a.value), a.value, max(a.high, a.value))


def margin_share(company) -> float:
    """Share of a lost sale's price that is lost (value added per euro of revenue): the
    company's own figure, else ``downtime_margin_share``."""
    own = getattr(company, "value_added_share", None)
    return float(own) if own is not None else default("downtime_margin_share")


def _rate_for_probability(p: float) -> float:
    """Rate λ such that 1 − e^(−λ) = p (for "at most once" events)."""
    return -math.log(1.0 - min(max(p, 0.0), 0.999999))


@dataclass
class DowntimeCost:
    """Inputs of the bottom-up downtime cost per hour (`judgement-downtime-bottom-up` in
    docs/sources.md). The productivity loss and the revenue at risk are uncertain (PERT, one
    draw per trial, shared by every scenario)."""
    loaded_hourly_cost: float = field(
        default_factory=lambda: default("downtime_loaded_hourly_cost"))
    affected_share: float = field(default_factory=lambda: default("downtime_affected_share"))
    productivity_loss: Spec = field(
        default_factory=lambda: pert_default("downtime_productivity_loss"))
    revenue_at_risk: Spec = field(default_factory=lambda: pert_default("downtime_revenue_at_risk"))
    business_hours: float = field(default_factory=lambda: default("business_hours_per_year"))


@dataclass
class RiskConfig:
    """What the risk part of a simulation includes and how it is scaled.

    ``events``: keys switched on (``None`` = all of :data:`EVENT_KEYS`; an empty set = none).
    ``rate_multipliers`` / ``severity_multipliers``: by event key or family (the part before
    the dot, e.g. ``"outage"``), applied to every scenario; ``scenario_multipliers`` maps a
    scenario id to ``{"rate": {...}, "severity": {...}}`` of the same form (governance score of
    that scenario, issue 7). ``sla`` maps a scenario id to its provider's :class:`SlaTerms`
    (default terms otherwise). ``unplanned_cv``: yearly coefficient of variation of unplanned
    in-house spend (``None``: from the spend history when given, else the default).
    ``event_hook(scenario, events) -> events`` may change or extend each scenario's events last
    (an event with a new key draws from its own stream: the other events are unchanged). The
    governance module (issue 7) uses ``scenario_multipliers``:
    ``models.governance.simulation.simulate_governed``.
    """
    events: frozenset[str] | None = None
    rate_multipliers: dict[str, float] = field(default_factory=dict)
    severity_multipliers: dict[str, float] = field(default_factory=dict)
    scenario_multipliers: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    sla: dict[str, SlaTerms] = field(default_factory=dict)
    downtime: DowntimeCost = field(default_factory=DowntimeCost)
    restore_hours_inhouse: float = field(default_factory=lambda: default("restore_hours_inhouse"))
    #: actual time to restore a provider-run domain (its contract's GTR sets the credits only)
    restore_hours_provider: float = field(
        default_factory=lambda: default("restore_hours_provider"))
    unplanned_cv: float | None = None
    event_hook: Callable[[Scenario, list[RiskEvent]], list[RiskEvent]] | None = None

    def enabled(self, key: str) -> bool:
        return self.events is None or key in self.events

    def multiplier(self, kind: str, key: str, scenario_id: str) -> float:
        family = key.split(".")[0]
        table = self.rate_multipliers if kind == "rate" else self.severity_multipliers
        m = table.get(key, table.get(family, 1.0))
        per = self.scenario_multipliers.get(scenario_id, {}).get(kind, {})
        return float(m) * float(per.get(key, per.get(family, 1.0)))

    def sla_for(self, scenario_id: str) -> SlaTerms:
        return self.sla.get(scenario_id) or SlaTerms()


@dataclass(frozen=True)
class ScenarioFacts:
    """Deterministic figures of a scenario the events scale with (EUR, per year)."""
    fee_by_domain: dict[str, np.ndarray]    # (H,) yearly provider fee per outsourced domain
    total_fee: np.ndarray                   # (H,)
    transition_year1: float                 # transition + parallel running, year 1
    inhouse_fte: float                      # in-house IT FTE the scenario keeps
    loaded_pay_per_fte: float               # EUR/year
    unplanned: np.ndarray                   # (H,) unplanned in-house spend


def scenario_facts(inputs: CostInputs, scenario: Scenario, horizon: int) -> ScenarioFacts:
    costs = yearly_costs(inputs, scenario, horizon=horizon)
    H = horizon

    def get(d, item):
        v = costs.get((d, item))
        return np.zeros(H) if v is None else np.broadcast_to(np.asarray(v, float), (H,)).copy()

    domains = {d for d, _ in costs}
    fees = {d: get(d, "provider_fee") for d in domains if (d, "provider_fee") in costs}
    total_fee = sum(fees.values()) if fees else np.zeros(H)
    transition = sum(float(get(d, "transition")[0] + get(d, "parallel_run")[0]) for d in fees)
    # in-house IT FTE the scenario keeps, averaged over the horizon: a role dismissed or
    # transferred in month 5 of year 1 counts 5/60 of a 5-year horizon; a redeployed one stops
    # being IT staff at its decision date
    inhouse_fte = 0.0
    for sch in schedules(inputs.roles, scenario, int(inputs.company.employees),
                         inputs.start_date, H):
        there = (1.0 - year_fractions(sch.outcome.saving_from, H)
                 if sch.outcome.fate == "redeploy" else sch.on)
        inhouse_fte += sch.role.fte * float(np.mean(there))
    unplanned = sum(get(d, "unplanned") for d in domains)
    return ScenarioFacts(fee_by_domain=fees, total_fee=np.asarray(total_fee, float),
                         transition_year1=transition, inhouse_fte=inhouse_fte,
                         loaded_pay_per_fte=inputs.fte_pay_eur + inputs.fte_overhead_eur,
                         unplanned=np.asarray(unplanned, float))


def _is_low_cost(scenario: Scenario, domain: str) -> bool:
    pricing = DEFAULT_PRICING.get(domain)
    if pricing is None:
        return False
    low = ASSUMPTIONS[pricing[1]].low
    choice = scenario.choice(domain)
    return low is not None and choice.price_unit == pricing[0] and choice.price_eur < low


def scenario_events(inputs: CostInputs, scenario: Scenario, facts: ScenarioFacts,
                    config: RiskConfig, cost_per_hour, horizon: int) -> list[RiskEvent]:
    """The risk events of ``scenario`` (those switched on in ``config``)."""
    sid = scenario.id
    outsourced = set(scenario.outsourced_domains)
    events: list[RiskEvent] = []

    def add(ev: RiskEvent) -> None:
        if config.enabled(ev.key) and ev.rate > 0:
            ev.rate_multiplier = config.multiplier("rate", ev.key, sid)
            ev.severity_multiplier = config.multiplier("severity", ev.key, sid)
            events.append(ev)

    sla = config.sla_for(sid)
    for domain in ("hosting", "network"):
        key = f"outage.{domain}"
        base_rate = default(f"outage_rate_{domain}")
        if domain in outsourced:
            sla.validate()
            rate = base_rate * default("outage_rate_provider_factor")
            eff = rate * config.multiplier("rate", key, sid)
            restore = config.restore_hours_provider
            add(RiskEvent(key, rate, hours=outage_hours_spec(restore),
                          hours_scale=hours_scale(eff, restore, sla.availability),
                          cost_per_hour=cost_per_hour,
                          credit=credit_function(sla, facts.fee_by_domain[domain] / 12.0)))
        else:
            add(RiskEvent(key, base_rate, hours=outage_hours_spec(config.restore_hours_inhouse),
                          cost_per_hour=cost_per_hour))
    managed = "security" in outsourced
    cyber = current("cyber_severity")
    add(RiskEvent("cyber", default("cyber_rate")
                  * (default("cyber_rate_provider_factor") if managed else 1.0),
                  severity=LogNormal(cyber.value, cyber.high, 0.50, 0.95),
                  hours=pert_default("cyber_hours"), cost_per_hour=cost_per_hour,
                  report_hours=False))
    loss = current("data_loss_severity")
    add(RiskEvent("data_loss", default("data_loss_rate")
                  * (default("data_loss_rate_provider_factor") if managed else 1.0),
                  severity=LogNormal(loss.low, loss.high, 0.10, 0.90),
                  hours=pert_default("data_loss_hours"), cost_per_hour=cost_per_hour,
                  report_hours=False))
    if facts.inhouse_fte > 0:
        add(RiskEvent("key_person", default("key_person_turnover") * facts.inhouse_fte,
                      severity=pert_default("key_person_cost_share"),
                      severity_scale=facts.loaded_pay_per_fte))
    if outsourced:
        monthly = facts.total_fee / 12.0
        add(RiskEvent("provider_failure", default("provider_failure_rate"),
                      severity=pert_default("provider_failure_months"), severity_scale=monthly,
                      step=pert_default("provider_failure_step"), step_base=facts.total_fee,
                      step_lag=1))
        rate = sum(default("degradation_rate_low_cost") if _is_low_cost(scenario, d)
                   else default("degradation_rate") for d in outsourced)
        add(RiskEvent("degradation", rate, hours=pert_default("degradation_hours"),
                      cost_per_hour=cost_per_hour, report_hours=False))
        if facts.transition_year1 > 0:
            add(RiskEvent("transition_overrun",
                          _rate_for_probability(default("transition_overrun_probability")),
                          severity=pert_default("transition_overrun_share"),
                          severity_scale=facts.transition_year1, years=(1,), at_most_once=True))
        term = scenario.terms.term_years
        renewals = tuple(range(term + 1, horizon + 1, term))
        if renewals:
            add(RiskEvent("renewal_step",
                          _rate_for_probability(default("renewal_surprise_probability")),
                          years=renewals, at_most_once=True,
                          step=pert_default("renewal_surprise_step"), step_base=facts.total_fee,
                          step_lag=0))
    if config.event_hook is not None:
        events = [ev for ev in config.event_hook(scenario, events) if ev is not None]
    return events
