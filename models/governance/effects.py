"""The effects table: how each governance answer changes a risk-engine or cost-model parameter,
each effect with its source or a stated judgement, and the functions that apply it.

Answer level 1 ("partly") leaves a parameter unchanged (factor 1.0): the engine's defaults stand
for average governance. Level 0 makes it worse and level 2 better. Factors of several answers on
one target multiply and are clamped to :data:`LIMITS`. Targets are ``risk.<family>.<rate|
severity>`` (risk events), ``cost.<override>`` (cost model) and ``confusion.rate``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from models.domains import OUTSOURCEABLE_DOMAINS
from models.governance.questionnaire import validate_answers

# ----------------------------------------------------------------------------- effects table

@dataclass(frozen=True)
class Effect:
    """One row of the effects table: answer to ``question`` → factor on ``target``."""
    question: str
    target: str
    factors: tuple[float, float, float]   # factor at answer level 0, 1, 2
    scope: str                            # "outsourced" | "all"
    basis: str                            # src | secondary | vendor | judgement
    source: str                           # what the sources say, in our words
    refs: tuple[str, ...] = ()            # keys of docs/sources.md

    def factor(self, level: int) -> float:
        return self.factors[level]


EFFECTS: tuple[Effect, ...] = (
    # --- contract & expectations
    Effect("expectations", "cost.out_of_scope_share", (1.5, 1.0, 0.8), "outsourced", "judgement",
           "scope creep through change orders adds 20–30 % (vendor blog); 49 % "
           "would have defined service levels differently (Deloitte 2008)",
           refs=("parallelplus-hidden-costs", "deloitte-2008-why-settle",
                 "judgement-governance-factors")),
    Effect("expectations", "risk.degradation.rate", (1.2, 1.0, 0.9), "outsourced", "judgement",
           "71 % of early exits cite quality of service (Deloitte 2012); unstated "
           "expectations cannot be met",
           refs=("deloitte-2012-outsourcing", "judgement-governance-factors")),
    Effect("sla", "risk.degradation.rate", (1.3, 1.0, 0.85), "outsourced", "judgement",
           "measurable levels (GTR 2–4 h, availability) with penalties; "
           "Deloitte 2008 (49 % would define service levels differently)",
           refs=("rdem-gti-gtr", "legalclarity-sla", "deloitte-2008-why-settle",
                 "judgement-governance-factors")),
    # --- steering
    Effect("steering", "risk.degradation.rate", (1.4, 1.0, 0.8), "outsourced", "secondary",
           "managing the relationship well changes cost, service and quality by "
           "20–40 % (Willcocks, LSE)",
           refs=("willcocks-lse-retained", "judgement-governance-factors")),
    Effect("steering", "risk.transition_overrun.rate", (1.3, 1.0, 0.85), "outsourced",
           "judgement", "'managing the effort' is one of Barthélemy's four hidden "
           "costs; 14 % of efforts failed",
           refs=("barthelemy-2001-hidden-costs", "judgement-governance-factors")),
    Effect("steering", "confusion.rate", (1.3, 1.0, 0.8), "outsourced", "judgement",
           "Without steering meetings requests pile up and priorities are re-argued",
           refs=("judgement-confusion-risk", "judgement-governance-factors")),
    Effect("reporting", "risk.degradation.rate", (1.2, 1.0, 0.9), "outsourced", "judgement",
           "SLA credits are small and only paid when misses are measured and claimed",
           refs=("pulseapi-sla-credits", "microsoft-365-sla", "judgement-governance-factors")),
    Effect("reporting", "risk.renewal_step.rate", (1.3, 1.0, 0.8), "outsourced", "judgement",
           "a renewal negotiated without service figures "
           "is negotiated by the provider",
           refs=("parallelplus-hidden-costs", "judgement-governance-factors")),
    Effect("decision_rights", "confusion.rate", (1.5, 1.0, 0.6), "outsourced", "judgement",
           "'An organisation that no longer knows who decides or how to prioritise'",
           refs=("judgement-confusion-risk", "judgement-governance-factors")),
    Effect("decision_rights", "cost.out_of_scope_share", (1.2, 1.0, 0.9), "outsourced",
           "judgement", "unprioritised requests become paid change orders",
           refs=("parallelplus-hidden-costs", "judgement-governance-factors")),
    # --- knowledge and people kept in-house
    Effect("referent", "confusion.rate", (2.0, 1.0, 0.5), "outsourced", "judgement",
           "strategy and business knowledge stay in-house; with no referent "
           "every request needs an arbitration",
           refs=("judgement-confusion-risk", "fondation-mma-tpe-pme",
                 "judgement-governance-factors")),
    Effect("referent", "risk.degradation.rate", (1.2, 1.0, 0.9), "outsourced", "judgement",
           "the provider loses the business context",
           refs=("deloitte-2012-outsourcing", "judgement-governance-factors")),
    Effect("change_readiness", "risk.transition_overrun.rate", (1.4, 1.0, 0.85), "outsourced",
           "judgement", "transition is one of Barthélemy's hidden costs; onboarding "
           "takes 30–90 days with parallel running",
           refs=("barthelemy-2001-hidden-costs", "controllednetworks-migration",
                 "cynoratech-onboarding", "judgement-governance-factors")),
    Effect("change_readiness", "risk.transition_overrun.severity", (1.3, 1.0, 0.9), "outsourced",
           "judgement", "transition adds 30–50 % to year 1 (adviser claim)",
           refs=("redress-migration-estimator", "judgement-governance-factors")),
    # --- control and reversibility
    Effect("assets", "cost.exit_factor", (1.5, 1.0, 0.85), "outsourced", "judgement",
           "exit cost scaled by a lock-in score (documentation ownership, admin "
           "credentials, data formats)",
           refs=("infotech-exit-vegaprism", "silicon-reversibilite",
                 "judgement-governance-factors")),
    Effect("assets", "risk.provider_failure.severity", (1.4, 1.0, 0.9), "outsourced",
           "judgement", "a forced exit without credentials or "
           "documentation is a rebuild",
           refs=("barthelemy-2003-seven-sins", "silicon-reversibilite",
                 "judgement-governance-factors")),
    Effect("assets", "risk.key_person.severity", (1.3, 1.0, 0.85), "all", "judgement",
           "key-person dependency; what is written down leaves with no one",
           refs=("layerlogix-tco", "judgement-governance-factors")),
    Effect("reversibility", "cost.exit_factor", (1.5, 1.0, 0.8), "outsourced", "judgement",
           "failing to plan an exit is Barthélemy's 7th deadly sin; exit typically "
           "adds 1–2 months of billing (Info-Tech); factor values are a judgement",
           refs=("barthelemy-2003-seven-sins", "infotech-exit-vegaprism",
                 "judgement-governance-factors")),
    Effect("reversibility", "risk.provider_failure.severity", (1.5, 1.0, 0.8), "outsourced",
           "judgement", "a reversibility plan kept up to date (CCAG-TIC, ANSSI) "
           "shortens a forced exit; issue 7 example",
           refs=("lexing-reversibilite", "silicon-reversibilite", "judgement-governance-factors")),
    Effect("security_roles", "risk.data_loss.rate", (1.5, 1.0, 0.7), "all", "judgement",
           "a 13-person firm lost 4 days to a failed NAS; untested backups fail "
           "when needed",
           refs=("antoineconnect-infogerance", "judgement-governance-factors")),
    Effect("security_roles", "risk.cyber.severity", (1.2, 1.0, 0.9), "all", "judgement",
           "ransomware is in 88 % of SMB breaches (Verizon 2025); tested restores and "
           "written roles shorten the outage",
           refs=("verizon-dbir-2025", "judgement-governance-factors")),
    # --- provider and approach
    Effect("business_understanding", "risk.degradation.rate", (1.3, 1.0, 0.85), "outsourced",
           "judgement", "71 % of early exits are quality-driven (Deloitte 2012); "
           "issue 7: volume providers lose business understanding",
           refs=("deloitte-2012-outsourcing", "judgement-governance-factors")),
    Effect("partnership", "risk.degradation.rate", (1.6, 1.0, 0.85), "outsourced", "judgement",
           "below-average per-user prices buy less capacity; the "
           "engine's low-cost degradation rate is 4× the standard one",
           refs=("pharallax-msp-benchmark", "judgement-governance-factors")),
    Effect("partnership", "risk.renewal_step.rate", (1.3, 1.0, 0.9), "outsourced",
           "judgement", "a lowest-price bid is recouped through extras and renewal",
           refs=("parallelplus-hidden-costs", "judgement-governance-factors")),
    Effect("phasing", "risk.transition_overrun.rate", (1.5, 1.0, 0.8), "outsourced", "judgement",
           "50 users on one site take 2–3 weeks, 600 on several sites 6–8 weeks with "
           "parallel running; Barthélemy's 14 % failures",
           refs=("controllednetworks-migration", "cynoratech-onboarding",
                 "barthelemy-2001-hidden-costs", "judgement-governance-factors")),
    Effect("phasing", "risk.transition_overrun.severity", (1.3, 1.0, 0.9), "outsourced",
           "judgement", "a messy environment exceeds one month of fee",
           refs=("onboarding-cost-calculator", "judgement-governance-factors")),
)

#: Every parameter the table moves, in display order.
TARGETS: tuple[str, ...] = tuple(dict.fromkeys(e.target for e in EFFECTS))

#: Bounds of the combined factor per target (default for every target not listed).
LIMITS: dict[str, tuple[float, float]] = {"default": (0.6, 3.0), "confusion.rate": (0.2, 4.0)}

#: Risk event families of the engine each ``risk.<family>`` target applies to.
RISK_FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(
    t.split(".")[1] for t in TARGETS if t.startswith("risk.")))


def _limits(target: str) -> tuple[float, float]:
    return LIMITS.get(target, LIMITS["default"])


def is_outsourced(scenario) -> bool:
    """True when a provider runs at least one domain (``scenario.outsourced_domains``)."""
    return bool(tuple(getattr(scenario, "outsourced_domains", ()) or ()))


def outsourced_share(scenario) -> float:
    """Share of the outsourceable domains a provider runs (0–1)."""
    domains = set(getattr(scenario, "outsourced_domains", ()) or ()) & set(OUTSOURCEABLE_DOMAINS)
    return len(domains) / len(OUTSOURCEABLE_DOMAINS)


def factors(answers, scenario=None) -> dict[str, float]:
    """Combined factor on every target for ``scenario`` (None = an outsourced scenario):
    product of the factors of the answers, clamped to :data:`LIMITS`. A target untouched in this
    scenario (scope) gets 1.0."""
    a = validate_answers(answers)
    outsourced = True if scenario is None else is_outsourced(scenario)
    out = dict.fromkeys(TARGETS, 1.0)
    for e in EFFECTS:
        if e.scope == "outsourced" and not outsourced:
            continue
        out[e.target] *= e.factor(a[e.question])
    for target, value in out.items():
        low, high = _limits(target)
        out[target] = min(max(value, low), high)
    return out


@dataclass(frozen=True)
class EffectRow:
    """One line of the 'before / after governance' table for one scenario."""
    target: str
    before: float          # always 1.0 (the engine's default)
    after: float           # combined factor
    drivers: tuple[str, ...]   # questions whose answer moved it (level ≠ 1)
    basis: str             # the weakest basis among the drivers' effects (or of the target)


def effect_rows(answers, scenario=None) -> list[EffectRow]:
    """The before/after table of factors for ``scenario`` (None = an outsourced scenario)."""
    a = validate_answers(answers)
    f = factors(a, scenario)
    outsourced = True if scenario is None else is_outsourced(scenario)
    rows = []
    for target in TARGETS:
        effects = [e for e in EFFECTS if e.target == target
                   and (e.scope == "all" or outsourced)]
        if not effects:
            continue
        drivers = tuple(e.question for e in effects if a[e.question] != 1)
        bases = {e.basis for e in effects}
        basis = "judgement" if "judgement" in bases else sorted(bases)[0]
        rows.append(EffectRow(target, 1.0, f[target], drivers, basis))
    return rows


def cost_overrides(answers, scenario) -> dict[str, float]:
    """Overrides for :func:`models.costmodel.yearly_costs` (issue 4): ``exit_factor`` and
    ``out_of_scope_share`` (the scenario's share × the governance factor, capped at 2.0, the
    cost model's bound). Empty for an in-house scenario."""
    if not is_outsourced(scenario):
        return {}
    f = factors(answers, scenario)
    return {"exit_factor": f["cost.exit_factor"],
            "out_of_scope_share": min(scenario.terms.out_of_scope_share
                                      * f["cost.out_of_scope_share"], 2.0)}


def apply_to_scenario(scenario, answers):
    """A copy of a :class:`models.scenarios.Scenario` whose contract terms carry the cost effects
    (out-of-scope share × factor; exit months and exit days × the exit factor, capped at the cost
    model's bounds). The scenario itself is not changed."""
    if not is_outsourced(scenario):
        return scenario
    f = factors(answers, scenario)
    k = scenario.terms
    ex = f["cost.exit_factor"]
    terms = replace(k, out_of_scope_share=min(k.out_of_scope_share * f["cost.out_of_scope_share"],
                                              2.0),
                    exit_fee_months=min(k.exit_fee_months * ex, 24.0),
                    exit_internal_days=min(k.exit_internal_days * ex, 1000.0))
    return replace(scenario, terms=terms)


def event_family(key: str) -> str | None:
    """The family (``degradation``, ``cyber``, …) of a risk-event key such as
    ``degradation:support`` or ``outage_hosting``; None when no family of the table matches."""
    head = str(key).lower()
    for sep in (":", ".", "/", "@"):
        head = head.split(sep)[0]
    for family in sorted(RISK_FAMILIES, key=len, reverse=True):
        if head == family or head.startswith(family + "_"):
            return family
    return None


def apply_to_events(events, answers, scenario=None) -> list:
    """Copies of risk events (objects with ``key``, ``rate_multiplier`` and
    ``severity_multiplier``, e.g. ``models.uncertainty.risk_events.RiskEvent``) with the
    governance factors multiplied into their multipliers. Events of no family in the table are
    returned unchanged. The input events are not modified."""
    f = factors(answers, scenario)
    out = []
    for ev in events:
        family = event_family(ev.key)
        if family is None:
            out.append(ev)
            continue
        rate = f.get(f"risk.{family}.rate", 1.0)
        sev = f.get(f"risk.{family}.severity", 1.0)
        if rate == 1.0 and sev == 1.0:
            out.append(ev)
            continue
        out.append(replace(ev, rate_multiplier=ev.rate_multiplier * rate,
                           severity_multiplier=ev.severity_multiplier * sev))
    return out


def expected_loss(events) -> float:
    """Σ analytic expected yearly loss of events exposing ``expected_annual_loss()`` (EUR/year)."""
    return float(sum(ev.expected_annual_loss() for ev in events))


def risk_multipliers(answers, scenario) -> dict[str, dict[str, float]]:
    """``{"rate": {family: factor}, "severity": {family: factor}}`` of ``scenario``, in the
    form of ``RiskConfig.scenario_multipliers`` (issue 5); factors equal to 1 are left out."""
    f = factors(answers, scenario)
    out: dict[str, dict[str, float]] = {"rate": {}, "severity": {}}
    for target, value in f.items():
        if not target.startswith("risk.") or value == 1.0:
            continue
        _, family, kind = target.split(".")
        out[kind][family] = value
    return out


def most_outsourced(scenarios):
    """The scenario with the largest outsourced share (the first one on ties), or None."""
    outs = [s for s in scenarios if is_outsourced(s)]
    return max(outs, key=outsourced_share) if outs else None


def apply_to_scenarios(scenarios, answers) -> list:
    """:func:`apply_to_scenario` on every scenario; the scenarios unchanged (as a new list) when
    ``answers`` is None (governance effects switched off)."""
    if answers is None:
        return list(scenarios)
    return [apply_to_scenario(sc, answers) for sc in scenarios]


def cost_note_params(answers, scenarios) -> dict | None:
    """``{"exit": factor, "scope": factor}`` of the most outsourced scenario when the answers
    change its costs, else None (for a note under cost tables)."""
    ref = most_outsourced(scenarios)
    if answers is None or ref is None:
        return None
    f = factors(answers, ref)
    if f["cost.exit_factor"] == 1.0 and f["cost.out_of_scope_share"] == 1.0:
        return None
    return {"exit": f["cost.exit_factor"], "scope": f["cost.out_of_scope_share"]}
