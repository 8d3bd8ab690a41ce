"""Governance and readiness (issue 7, DESIGN.md §7): the human side of outsourcing, scored and
priced.

What this module holds, all pure Python:

* :data:`QUESTIONS` — a 13-question questionnaire in five themes, each answered on a three-level
  scale (0 = no, 1 = partly, 2 = yes). Texts are in the i18n catalogue (``gov.q.<id>``,
  ``gov.q.<id>.a<level>``).
* :func:`score` — the maturity score, overall and per theme: each answer is worth
  ``level × 50`` points (0, 50, 100); a theme's score is the weighted mean of its questions and the
  overall score the weighted mean of every question (weights in :data:`QUESTIONS`).
* :data:`PRESETS` — ``none`` (every answer 0), ``typical`` (every answer 1: the engine's defaults
  unchanged) and ``mature`` (every answer 2).
* :data:`EFFECTS` — **the** table mapping answers to risk-engine and cost-model parameters, each
  effect with its source or a stated judgement (see "Effects" below).
* the **confusion** risk (:func:`confusion_cost`): time lost deciding and prioritising when no one
  inside owns the relationship, costed from staff time.
* :func:`verdicts` (readiness per scenario), :func:`actions` (before signing / first 90 days /
  every quarter) and :func:`retained_time` (what stays in-house and the hours it takes).
* :func:`default_register` — the qualitative risk register (likelihood × impact, 1–5) per scenario.
* :func:`answers_to_dict` / :func:`answers_from_dict` — the JSON form embedded in scenario files.

Effects
-------
The risk engine's defaults are calibrated on market outcomes (Barthélemy's 14 % failures, the
Deloitte surveys) that mix well and badly governed contracts: they stand for *average*
governance. So answer level 1 ("partly") leaves a parameter unchanged (factor 1.0), level 0 makes
it worse and level 2 better. Each effect gives the factor at levels 0, 1 and 2. When several
answers move the same parameter their factors multiply, and the product is clamped to
:data:`LIMITS` (by default 0.6–3.0: Willcocks reports that managing the relationship well changes
cost, service and quality by 20–40 %, so good governance never removes more than 40 % of a risk;
on the other side the engine's low-cost degradation rate is 4× its standard rate, and governance
alone is capped below that).

Parameter names (``target``) are ``risk.<event family>.<rate|severity>`` for the Monte Carlo
risk events (issue 5: ``RiskEvent.rate_multiplier`` / ``severity_multiplier``),
``cost.<override>`` for the cost model's overrides (issue 4: ``exit_factor`` multiplies the exit
cost, ``out_of_scope_share`` is multiplied) and ``confusion.rate`` for the confusion risk of
this module. ``scope`` says which scenarios an effect touches: ``outsourced`` (at least one
domain with a provider) or ``all``.

Confusion risk
--------------
``episodes/year = base × exposure(scenario) × Π factors(steering, decision rights, referent)``;
``loss per episode = decider hours × decider hourly cost + employees × affected share × hours
per affected employee × employee hourly cost``. The decider is the in-house role with the highest
loaded cost per FTE (:class:`models.company.StaffRole`; an IT manager at default pay when there
is none), costed per productive hour; employees are the company headcount. Exposure: 0 in-house
(the IT team decides), ``0.6 + 0.4 × share of outsourceable domains outsourced`` otherwise (a
hybrid organisation has interfaces to arbitrate as well). It is a risk only this module knows
about: it appears when governance effects are applied.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace

from models.company import CompanyProfile, StaffRole
from models.defaults import ASSUMPTIONS, MARKET_REF, default
from models.domains import OUTSOURCEABLE_DOMAINS
from models.errors import CostModelError

# ----------------------------------------------------------------------------- questionnaire

LEVELS: tuple[int, ...] = (0, 1, 2)
POINTS_PER_LEVEL = 50.0           # 0, 50, 100 points

THEMES: tuple[str, ...] = ("contract", "steering", "knowledge", "control", "provider")

PHASES: tuple[str, ...] = ("before_signing", "first_90_days", "quarterly")


@dataclass(frozen=True)
class Question:
    """One question. ``weight`` counts in the scores; ``phase`` is when its action belongs."""
    id: str
    theme: str
    weight: int
    phase: str


QUESTIONS: tuple[Question, ...] = (
    # contract & expectations
    Question("expectations", "contract", 2, "before_signing"),      # availability, security,
    Question("sla", "contract", 1, "before_signing"),               # advice, support written down
    # steering
    Question("steering", "steering", 2, "quarterly"),
    Question("reporting", "steering", 1, "quarterly"),
    Question("decision_rights", "steering", 1, "first_90_days"),
    # knowledge and people kept in-house
    Question("referent", "knowledge", 2, "before_signing"),
    Question("change_readiness", "knowledge", 1, "first_90_days"),
    # control and reversibility
    Question("assets", "control", 2, "first_90_days"),              # docs, admin credentials, data
    Question("reversibility", "control", 2, "before_signing"),
    Question("security_roles", "control", 1, "first_90_days"),      # who backs up, tested restores
    # provider and approach
    Question("business_understanding", "provider", 1, "before_signing"),
    Question("partnership", "provider", 1, "before_signing"),
    Question("phasing", "provider", 1, "before_signing"),
)

QUESTION_IDS: tuple[str, ...] = tuple(q.id for q in QUESTIONS)
_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}

Answers = dict  # {question id: level 0 | 1 | 2}

PRESETS: dict[str, dict[str, int]] = {
    "none": dict.fromkeys(QUESTION_IDS, 0),
    "typical": dict.fromkeys(QUESTION_IDS, 1),
    "mature": dict.fromkeys(QUESTION_IDS, 2),
}
DEFAULT_PRESET = "typical"


def preset(name: str) -> dict[str, int]:
    """A copy of preset ``name`` (``none``, ``typical``, ``mature``)."""
    if name not in PRESETS:
        raise GovernanceError("gov.error.preset", value=name, expected=", ".join(PRESETS))
    return dict(PRESETS[name])


class GovernanceError(CostModelError):
    """Bad governance answers or file; ``message(lang)`` is a translated sentence."""


def validate_answers(answers) -> dict[str, int]:
    """A clean copy of ``answers`` (every question, levels 0–2); raise :class:`GovernanceError`."""
    if not isinstance(answers, dict):
        raise GovernanceError("gov.error.type", where="answers", expected="object")
    unknown = sorted(set(answers) - set(QUESTION_IDS))
    if unknown:
        raise GovernanceError("gov.error.unknown_question", value=", ".join(map(str, unknown)))
    missing = [q for q in QUESTION_IDS if q not in answers]
    if missing:
        raise GovernanceError("gov.error.missing_question", value=", ".join(missing))
    clean = {}
    for q in QUESTION_IDS:
        v = answers[q]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v not in LEVELS:
            raise GovernanceError("gov.error.level", question=q, value=v)
        clean[q] = int(v)
    return clean


# ----------------------------------------------------------------------------- scores

@dataclass(frozen=True)
class Score:
    overall: float                      # 0–100
    themes: dict[str, float]            # theme → 0–100

    @property
    def weakest_theme(self) -> str:
        return min(THEMES, key=lambda th: (self.themes[th], THEMES.index(th)))


def _weighted(answers: dict[str, int], questions) -> float:
    total = sum(q.weight for q in questions)
    return sum(q.weight * answers[q.id] * POINTS_PER_LEVEL for q in questions) / total


def score(answers) -> Score:
    """Maturity score: weighted mean of ``level × 50`` points, overall and per theme."""
    a = validate_answers(answers)
    themes = {th: _weighted(a, [q for q in QUESTIONS if q.theme == th]) for th in THEMES}
    return Score(overall=_weighted(a, QUESTIONS), themes=themes)


# ----------------------------------------------------------------------------- effects table

@dataclass(frozen=True)
class Effect:
    """One row of the effects table: answer to ``question`` → factor on ``target``."""
    question: str
    target: str
    factors: tuple[float, float, float]   # factor at answer level 0, 1, 2
    scope: str                            # "outsourced" | "all"
    basis: str                            # src | secondary | vendor | judgement
    source: str

    def factor(self, level: int) -> float:
        return self.factors[level]


_R = MARKET_REF
EFFECTS: tuple[Effect, ...] = (
    # --- contract & expectations
    Effect("expectations", "cost.out_of_scope_share", (1.5, 1.0, 0.8), "outsourced", "judgement",
           f"{_R} §3.4: scope creep through change orders adds 20–30 % (vendor blog); §3.8: 49 % "
           "would have defined service levels differently (Deloitte 2008)"),
    Effect("expectations", "risk.degradation.rate", (1.2, 1.0, 0.9), "outsourced", "judgement",
           f"{_R} §3.8: 71 % of early exits cite quality of service (Deloitte 2012); unstated "
           "expectations cannot be met"),
    Effect("sla", "risk.degradation.rate", (1.3, 1.0, 0.85), "outsourced", "judgement",
           f"{_R} §3.7: measurable levels (GTR 2–4 h, availability) with penalties; §3.8 "
           "Deloitte 2008 (49 % would define service levels differently)"),
    # --- steering
    Effect("steering", "risk.degradation.rate", (1.4, 1.0, 0.8), "outsourced", "secondary",
           f"{_R} §3.8: managing the relationship well changes cost, service and quality by "
           "20–40 % (Willcocks, LSE)"),
    Effect("steering", "risk.transition_overrun.rate", (1.3, 1.0, 0.85), "outsourced",
           "judgement", f"{_R} §3.4: 'managing the effort' is one of Barthélemy's four hidden "
           "costs; 14 % of efforts failed"),
    Effect("steering", "confusion.rate", (1.3, 1.0, 0.8), "outsourced", "judgement",
           "Issue 7: without steering meetings requests pile up and priorities are re-argued"),
    Effect("reporting", "risk.degradation.rate", (1.2, 1.0, 0.9), "outsourced", "judgement",
           f"{_R} §3.7: SLA credits are small and only paid when misses are measured and claimed"),
    Effect("reporting", "risk.renewal_step.rate", (1.3, 1.0, 0.8), "outsourced", "judgement",
           f"{_R} §4 item 8 and §3.4 (scope creep): a renewal negotiated without service figures "
           "is negotiated by the provider"),
    Effect("decision_rights", "confusion.rate", (1.5, 1.0, 0.6), "outsourced", "judgement",
           "Issue 7: 'an organisation that no longer knows who decides or how to prioritise'"),
    Effect("decision_rights", "cost.out_of_scope_share", (1.2, 1.0, 0.9), "outsourced",
           "judgement", f"{_R} §3.4: unprioritised requests become paid change orders"),
    # --- knowledge and people kept in-house
    Effect("referent", "confusion.rate", (2.0, 1.0, 0.5), "outsourced", "judgement",
           "DESIGN.md §1 point 3: strategy and business knowledge stay in-house; with no referent "
           "every request needs an arbitration"),
    Effect("referent", "risk.degradation.rate", (1.2, 1.0, 0.9), "outsourced", "judgement",
           f"{_R} §3.8 (quality-driven exits): the provider loses the business context"),
    Effect("change_readiness", "risk.transition_overrun.rate", (1.4, 1.0, 0.85), "outsourced",
           "judgement", f"{_R} §3.4: transition is one of Barthélemy's hidden costs; onboarding "
           "takes 30–90 days with parallel running"),
    Effect("change_readiness", "risk.transition_overrun.severity", (1.3, 1.0, 0.9), "outsourced",
           "judgement", f"{_R} §3.4: transition adds 30–50 % to year 1 (adviser claim)"),
    # --- control and reversibility
    Effect("assets", "cost.exit_factor", (1.5, 1.0, 0.85), "outsourced", "judgement",
           f"{_R} §3.9: exit cost scaled by a lock-in score (documentation ownership, admin "
           "credentials, data formats)"),
    Effect("assets", "risk.provider_failure.severity", (1.4, 1.0, 0.9), "outsourced",
           "judgement", f"{_R} §3.9 and §4 item 6: a forced exit without credentials or "
           "documentation is a rebuild"),
    Effect("assets", "risk.key_person.severity", (1.3, 1.0, 0.85), "all", "judgement",
           f"{_R} §4 item 7: key-person dependency; what is written down leaves with no one"),
    Effect("reversibility", "cost.exit_factor", (1.5, 1.0, 0.8), "outsourced", "judgement",
           f"{_R} §3.9: failing to plan an exit is Barthélemy's 7th deadly sin; exit typically "
           "adds 1–2 months of billing (Info-Tech); factor values are a judgement"),
    Effect("reversibility", "risk.provider_failure.severity", (1.5, 1.0, 0.8), "outsourced",
           "judgement", f"{_R} §3.9: a reversibility plan kept up to date (CCAG-TIC, ANSSI) "
           "shortens a forced exit; issue 7 example"),
    Effect("security_roles", "risk.data_loss.rate", (1.5, 1.0, 0.7), "all", "judgement",
           f"{_R} §3.5: a 13-person firm lost 4 days to a failed NAS; untested backups fail "
           "when needed"),
    Effect("security_roles", "risk.cyber.severity", (1.2, 1.0, 0.9), "all", "judgement",
           f"{_R} §3.6: ransomware is in 88 % of SMB breaches (Verizon 2025); tested restores and "
           "written roles shorten the outage"),
    # --- provider and approach
    Effect("business_understanding", "risk.degradation.rate", (1.3, 1.0, 0.85), "outsourced",
           "judgement", f"{_R} §3.8: 71 % of early exits are quality-driven (Deloitte 2012); "
           "issue 7: volume providers lose business understanding"),
    Effect("partnership", "risk.degradation.rate", (1.6, 1.0, 0.85), "outsourced", "judgement",
           f"{_R} §4 item 8 and §3.2 (below-average per-user prices buy less capacity); the "
           "engine's low-cost degradation rate is 4× the standard one"),
    Effect("partnership", "risk.renewal_step.rate", (1.3, 1.0, 0.9), "outsourced",
           "judgement", f"{_R} §3.4: a lowest-price bid is recouped through extras and renewal"),
    Effect("phasing", "risk.transition_overrun.rate", (1.5, 1.0, 0.8), "outsourced", "judgement",
           f"{_R} §3.4: 50 users on one site take 2–3 weeks, 600 on several sites 6–8 weeks with "
           "parallel running; Barthélemy's 14 % failures"),
    Effect("phasing", "risk.transition_overrun.severity", (1.3, 1.0, 0.9), "outsourced",
           "judgement", f"{_R} §3.4: a messy environment exceeds one month of fee"),
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


# ----------------------------------------------------------------------------- confusion risk

def _staff_hourly(role: StaffRole) -> float:
    per_fte = role.loaded_cost_eur / role.fte if role.fte > 0 else 0.0
    return per_fte / default("productive_hours_per_fte")


def decider_role(staff: list[StaffRole] | None) -> StaffRole:
    """Who arbitrates when no one else does: the in-house role with the highest loaded cost per
    FTE, or an IT manager at default pay when there is no in-house IT staff."""
    roles = [r for r in (staff or []) if r.fte > 0]
    if roles:
        return max(roles, key=_staff_hourly)
    return StaffRole("IT manager", 1.0, default("salary_it_manager"),
                     default("employer_charges_cadre"), {"governance": 1.0})


def employee_hourly_cost() -> float:
    """Loaded hourly cost of an employee who waits or chases (EUR/h): the risk engine's
    downtime hourly cost when defined, else the governance default."""
    if "downtime_loaded_hourly_cost" in ASSUMPTIONS:
        return default("downtime_loaded_hourly_cost")
    return default("governance_employee_hourly_cost")


def confusion_exposure(scenario) -> float:
    """0 in-house; ``0.6 + 0.4 × outsourced share`` when a provider runs at least one domain."""
    if not is_outsourced(scenario):
        return 0.0
    return 0.6 + 0.4 * outsourced_share(scenario)


@dataclass(frozen=True)
class ConfusionCost:
    """The confusion risk of one scenario (EUR/year)."""
    episodes_per_year: float
    decider_hours: float             # per episode
    employee_hours: float            # per episode, all affected employees together
    decider_hourly_eur: float
    employee_hourly_eur: float

    @property
    def loss_per_episode(self) -> float:
        return (self.decider_hours * self.decider_hourly_eur
                + self.employee_hours * self.employee_hourly_eur)

    @property
    def hours_per_year(self) -> float:
        return self.episodes_per_year * (self.decider_hours + self.employee_hours)

    @property
    def expected_eur(self) -> float:
        return self.episodes_per_year * self.loss_per_episode


def confusion_cost(answers, scenario, company: CompanyProfile,
                   staff: list[StaffRole] | None) -> ConfusionCost:
    """Time lost deciding and prioritising, costed from staff time (see the module docstring)."""
    f = factors(answers, scenario)
    episodes = default("confusion_episodes_per_year") * confusion_exposure(scenario) \
        * f["confusion.rate"]
    employee_hours = (company.employees * default("confusion_affected_share")
                      * default("confusion_hours_per_affected"))
    return ConfusionCost(episodes_per_year=episodes,
                         decider_hours=default("confusion_decider_hours"),
                         employee_hours=employee_hours,
                         decider_hourly_eur=_staff_hourly(decider_role(staff)),
                         employee_hourly_eur=employee_hourly_cost())


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


# ----------------------------------------------------------------------------- retained time

@dataclass(frozen=True)
class RetainedTask:
    id: str
    hours_full: float        # hours/year when every outsourceable domain is outsourced
    always: bool = False     # also in-house (strategy never leaves)


#: What must stay in-house when a provider runs IT, and its time (judgement; the total, about
#: 0.19 FTE, matches the cost model's retained 0.2 FTE and Willcocks' 4–8 % of contract value,
#: market-and-figures §3.4).
RETAINED_TASKS: tuple[RetainedTask, ...] = (
    RetainedTask("strategy", 24.0, always=True),   # roadmap, budget, arbitrations: 3 days a year
    RetainedTask("referent", 138.0),               # business referent: 3 h a week × 46 weeks
    RetainedTask("steering", 72.0),                # monthly review 2 h + quarterly 3 h, 2 people
    RetainedTask("contract", 16.0),                # SLA reports, invoices, change orders: 4 h/qtr
    RetainedTask("access", 12.0),                  # credentials vault, admin rights: 3 h/quarter
    RetainedTask("reversibility", 16.0),           # exit plan update, restore test: 2 days/year
)


@dataclass(frozen=True)
class RetainedTime:
    tasks: tuple[tuple[str, float], ...]    # (task id, hours/year)
    hourly_eur: float

    @property
    def hours(self) -> float:
        return sum(h for _, h in self.tasks)

    @property
    def fte(self) -> float:
        return self.hours / default("productive_hours_per_fte")

    @property
    def cost_eur(self) -> float:
        return self.hours * self.hourly_eur


def retained_time(scenario, staff: list[StaffRole] | None) -> RetainedTime:
    """Hours a year the retained team spends on what stays in-house, for ``scenario``: every
    task × ``0.6 + 0.4 × outsourced share`` when outsourced; only strategy in-house."""
    hourly = _staff_hourly(decider_role(staff))
    if not is_outsourced(scenario):
        return RetainedTime(tuple((t.id, t.hours_full) for t in RETAINED_TASKS if t.always),
                            hourly)
    x = confusion_exposure(scenario)
    return RetainedTime(tuple((t.id, t.hours_full if t.always else t.hours_full * x)
                              for t in RETAINED_TASKS), hourly)


# ----------------------------------------------------------------------------- verdicts

#: Questions that block outsourcing when answered 0, by scenario kind.
CRITICAL: dict[str, tuple[str, ...]] = {
    "partial": ("referent", "expectations", "assets"),
    "full": ("referent", "expectations", "assets", "reversibility", "steering",
             "decision_rights", "phasing"),
}
#: Overall score needed for a "ready" verdict.
REQUIRED_SCORE: dict[str, float] = {"partial": 50.0, "full": 65.0}
#: Below the required score by more than this margin, the verdict is "not ready".
NOT_READY_MARGIN = 25.0

VERDICTS: tuple[str, ...] = ("inhouse", "ready", "conditions", "not_ready")


@dataclass(frozen=True)
class Verdict:
    scenario_id: str
    code: str                     # one of VERDICTS
    score: float
    required: float | None
    blockers: tuple[str, ...]     # critical questions answered 0
    gaps: tuple[str, ...]         # other critical questions below 2

    def sentence(self, lang: str | None, scenario_name: str) -> str:
        from i18n import fmt_number, t
        names = ", ".join(t(f"gov.q.{q}.short", lang) for q in (self.blockers or self.gaps))
        key = f"gov.verdict.{self.code}" + ("" if names else "_clean")
        params = {"scenario": scenario_name, "score": fmt_number(self.score, lang),
                  "required": fmt_number(self.required or 0, lang)}
        return t(key, lang, **params, gaps=names) if names else t(key, lang, **params)


def scenario_class(scenario) -> str:
    """``inhouse``, ``partial`` (some domains outsourced) or ``full`` (all outsourceable)."""
    if not is_outsourced(scenario):
        return "inhouse"
    return "full" if outsourced_share(scenario) >= 1.0 else "partial"


def verdict(answers, scenario) -> Verdict:
    """Readiness of ``scenario``: ``ready`` when no critical question is answered 0 and the
    score reaches the requirement; ``not_ready`` with two blockers or more, or a score more than
    25 points short; otherwise ``conditions``. In-house: ``inhouse`` (nothing handed over)."""
    a = validate_answers(answers)
    s = score(a).overall
    cls = scenario_class(scenario)
    sid = getattr(scenario, "id", cls)
    if cls == "inhouse":
        weak = tuple(q for q in ("assets", "security_roles") if a[q] == 0)
        return Verdict(sid, "inhouse", s, None, weak, ())
    critical = CRITICAL[cls]
    blockers = tuple(q for q in critical if a[q] == 0)
    gaps = tuple(q for q in critical if a[q] == 1)
    required = REQUIRED_SCORE[cls]
    if len(blockers) >= 2 or s < required - NOT_READY_MARGIN:
        code = "not_ready"
    elif not blockers and s >= required:
        code = "ready"
    else:
        code = "conditions"
    return Verdict(sid, code, s, required, blockers, gaps)


def verdicts(answers, scenarios) -> list[Verdict]:
    return [verdict(answers, sc) for sc in scenarios]


# ----------------------------------------------------------------------------- actions

@dataclass(frozen=True)
class Action:
    question: str
    phase: str
    level: int               # the current answer (0 or 1)
    priority: float          # higher first: EUR/year saved when known, else weight × gap
    saving_eur: float | None = None

    def text(self, lang: str | None) -> str:
        from i18n import t
        return t(f"gov.action.{self.question}", lang)


def actions(answers, savings: dict[str, float] | None = None) -> list[Action]:
    """One action per question not answered 2, highest priority first within each phase
    (phases in :data:`PHASES` order). ``savings`` maps a question to the EUR/year its fix is
    worth (e.g. from :func:`action_savings`); without it the priority is ``weight × (2 − level)``."""
    a = validate_answers(answers)
    out = []
    for q in QUESTIONS:
        level = a[q.id]
        if level == 2:
            continue
        saving = (savings or {}).get(q.id)
        prio = saving if saving is not None else float(q.weight * (2 - level))
        out.append(Action(q.id, q.phase, level, prio, saving))
    return sorted(out, key=lambda x: (PHASES.index(x.phase), -x.priority,
                                      QUESTION_IDS.index(x.question)))


def action_savings(answers, loss_of) -> dict[str, float]:
    """EUR/year each fix is worth: ``loss_of(answers) − loss_of(answers with that question at
    2)`` for every question not answered 2; ``loss_of`` maps answers to a yearly loss."""
    a = validate_answers(answers)
    base = loss_of(a)
    out = {}
    for q in QUESTION_IDS:
        if a[q] < 2:
            out[q] = max(base - loss_of({**a, q: 2}), 0.0)
    return out


# ----------------------------------------------------------------------------- risk register

RISKS: tuple[str, ...] = ("dependency", "low_cost", "communication", "confusion", "transition")

#: Questions whose gaps drive each risk's likelihood.
RISK_DRIVERS: dict[str, tuple[str, ...]] = {
    "dependency": ("assets", "reversibility", "security_roles"),
    "low_cost": ("partnership", "business_understanding", "sla"),
    "communication": ("steering", "reporting", "business_understanding", "change_readiness"),
    "confusion": ("referent", "decision_rights", "steering"),
    "transition": ("phasing", "change_readiness", "expectations"),
}
#: Exposure of each scenario class to each risk (0–1; in-house dependency = key person).
RISK_EXPOSURE: dict[str, dict[str, float]] = {
    "inhouse": {"dependency": 0.5, "low_cost": 0.0, "communication": 0.25, "confusion": 0.25,
                "transition": 0.0},
    "partial": {"dependency": 0.75, "low_cost": 0.75, "communication": 0.75, "confusion": 1.0,
                "transition": 0.75},
    "full": {"dependency": 1.0, "low_cost": 1.0, "communication": 1.0, "confusion": 1.0,
             "transition": 1.0},
}
#: Impact (1–5) of each risk per scenario class (judgement).
RISK_IMPACT: dict[str, dict[str, int]] = {
    "inhouse": {"dependency": 3, "low_cost": 1, "communication": 2, "confusion": 2,
                "transition": 1},
    "partial": {"dependency": 3, "low_cost": 3, "communication": 3, "confusion": 3,
                "transition": 3},
    "full": {"dependency": 5, "low_cost": 4, "communication": 3, "confusion": 3,
             "transition": 4},
}
REGISTER_COLUMNS: tuple[str, ...] = ("risk", "scenario", "likelihood", "impact")


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


def likelihood(answers, risk: str, scenario) -> int:
    """``1 + round(4 × exposure × mean gap of the drivers)``, gap = (2 − level) / 2; 1–5."""
    a = validate_answers(answers)
    drivers = RISK_DRIVERS[risk]
    gap = sum((2 - a[q]) / 2 for q in drivers) / len(drivers)
    exposure = RISK_EXPOSURE[scenario_class(scenario)][risk]
    return min(max(1 + _round_half_up(4 * exposure * gap), 1), 5)


def default_register(answers, scenarios):
    """The register computed from the answers: one row per risk × scenario (pandas DataFrame
    with :data:`REGISTER_COLUMNS`; likelihood and impact are integers 1–5)."""
    import pandas as pd
    rows = []
    for sc in scenarios:
        cls = scenario_class(sc)
        for risk in RISKS:
            rows.append((risk, sc.id, likelihood(answers, risk, sc), RISK_IMPACT[cls][risk]))
    return pd.DataFrame(rows, columns=list(REGISTER_COLUMNS)).astype(
        {"likelihood": "int64", "impact": "int64"})


def apply_register_edits(register, edits: dict | None):
    """The register with the user's edits ``{(risk, scenario): (likelihood, impact)}`` applied
    (edits of unknown rows are ignored; values are validated 1–5)."""
    reg = register.copy()
    for (risk, sid), (lik, imp) in (edits or {}).items():
        _check_scale("likelihood", lik)
        _check_scale("impact", imp)
        mask = (reg["risk"] == risk) & (reg["scenario"] == sid)
        reg.loc[mask, "likelihood"] = int(lik)
        reg.loc[mask, "impact"] = int(imp)
    return reg


def register_edits(default_reg, edited) -> dict:
    """The edits ``{(risk, scenario): (likelihood, impact)}`` that turn ``default_reg`` into
    ``edited`` (same rows, in the same order); values checked 1–5."""
    out = {}
    for (_, d), (_, e) in zip(default_reg.iterrows(), edited.iterrows()):
        lik, imp = e["likelihood"], e["impact"]
        _check_scale("likelihood", lik)
        _check_scale("impact", imp)
        if int(lik) != int(d["likelihood"]) or int(imp) != int(d["impact"]):
            out[(d["risk"], d["scenario"])] = (int(lik), int(imp))
    return out


def _check_scale(name: str, value) -> None:
    ok = (not isinstance(value, bool) and isinstance(value, (int, float))
          and math.isfinite(float(value)) and float(value).is_integer() and 1 <= value <= 5)
    if not ok:
        raise GovernanceError("gov.error.scale", name=name, value=value)


# ----------------------------------------------------------------------------- JSON form

SCHEMA_NAME = "it-sourcing-governance"
SCHEMA_VERSION = 1


def answers_to_dict(answers, register_edits_: dict | None = None) -> dict:
    """The JSON-ready form of the answers (and register edits), to embed in a scenario file
    under the key ``"governance"`` or to save alone."""
    a = validate_answers(answers)
    out = {"schema": SCHEMA_NAME, "version": SCHEMA_VERSION, "answers": a}
    if register_edits_:
        out["register"] = [{"risk": r, "scenario": s, "likelihood": lik, "impact": imp}
                           for (r, s), (lik, imp) in sorted(register_edits_.items())]
    return out


def answers_from_dict(data) -> tuple[dict[str, int], dict]:
    """(answers, register edits) from :func:`answers_to_dict`'s form; raise
    :class:`GovernanceError` with a clear translated message on anything malformed."""
    if not isinstance(data, dict):
        raise GovernanceError("gov.error.type", where="governance", expected="object")
    if data.get("schema") != SCHEMA_NAME:
        raise GovernanceError("gov.error.schema", expected=SCHEMA_NAME)
    if data.get("version") != SCHEMA_VERSION:
        raise GovernanceError("gov.error.version", value=data.get("version"),
                              expected=SCHEMA_VERSION)
    extra = sorted(set(data) - {"schema", "version", "answers", "register"})
    if extra:
        raise GovernanceError("gov.error.unknown_keys", keys=", ".join(map(str, extra)))
    if "answers" not in data:
        raise GovernanceError("gov.error.missing_question", value="answers")
    answers = validate_answers(data["answers"])
    raw = data.get("register", [])
    if not isinstance(raw, list):
        raise GovernanceError("gov.error.type", where="register", expected="list")
    edits = {}
    for i, row in enumerate(raw):
        if not isinstance(row, dict) or set(row) != set(REGISTER_COLUMNS):
            raise GovernanceError("gov.error.register_row", index=i,
                                  expected=", ".join(REGISTER_COLUMNS))
        if row["risk"] not in RISKS or not isinstance(row["scenario"], str):
            raise GovernanceError("gov.error.register_row", index=i,
                                  expected=", ".join(REGISTER_COLUMNS))
        _check_scale("likelihood", row["likelihood"])
        _check_scale("impact", row["impact"])
        edits[(row["risk"], row["scenario"])] = (int(row["likelihood"]), int(row["impact"]))
    return answers, edits


def dump_answers(answers, register_edits_: dict | None = None) -> str:
    """JSON text of a governance file (UTF-8, keys sorted)."""
    return json.dumps(answers_to_dict(answers, register_edits_), ensure_ascii=False, indent=2,
                      sort_keys=True)


def load_answers(text: str | bytes) -> tuple[dict[str, int], dict]:
    """Parse a governance file, or a scenario file holding a ``"governance"`` object."""
    from models.errors import decode_json
    data = decode_json(text, GovernanceError, "gov.error.json")
    if isinstance(data, dict) and "governance" in data and data.get("schema") != SCHEMA_NAME:
        data = data["governance"]
    return answers_from_dict(data)


def resolve_answers(spec: str) -> dict[str, int]:
    """Answers from a preset name (``none``, ``typical``, ``mature``) or a JSON file path (a
    governance file or a scenario file with a ``"governance"`` object). For the command line."""
    if spec in PRESETS:
        return preset(spec)
    from pathlib import Path
    path = Path(spec)
    if not path.is_file():
        raise GovernanceError("gov.error.file", value=spec, presets=", ".join(PRESETS))
    return load_answers(path.read_bytes())[0]


def apply_governance_to_args(args) -> dict[str, int] | None:
    """For ``python -m models compare --governance none|mature|FILE.json``: the answers named by
    ``args.governance`` (None when the option is absent). Raises :class:`GovernanceError`."""
    spec = getattr(args, "governance", None)
    return None if spec in (None, "") else resolve_answers(spec)


# ----------------------------------------------------------------------------- risk engine

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
    from models.uncertainty.catalogue import RiskConfig, scenario_events, scenario_facts
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
                                 business_hours=d.business_hours)
    return scenario_events(inputs, sc, scenario_facts(inputs, sc, H), cfg, cph, H)


def analytic_yearly_loss(inputs, scenario, answers=None, staff=None) -> float:
    """Σ of the events' analytic expected loss per active year (EUR/year; without SLA credits,
    price steps or the at-most-once years restriction: a quick, exact-in-the-rates figure)."""
    return expected_loss(analytic_events(inputs, scenario, answers, staff))


IMPACT_COLUMNS: tuple[str, ...] = ("scenario", "risk_before", "risk_after", "confusion",
                                   "cost_before", "cost_after")


def impact_table(inputs, scenarios, answers, staff=None, *, n_trials: int = 4000,
                 seed: int | None = None, spend=None):
    """Per scenario, the expected yearly risk loss (Monte Carlo mean, EUR/year) and the total
    cost over the horizon (deterministic, EUR) without and with the governance effects, and the
    confusion part of the risk after (EUR/year). Both runs share the seed (common random
    numbers), so the difference carries little noise. pandas DataFrame, :data:`IMPACT_COLUMNS`."""
    import pandas as pd

    from models.costmodel import summarise
    kwargs = {"n_trials": n_trials, "spend": spend}
    if seed is not None:
        kwargs["seed"] = seed
    before = simulate_governed(inputs, scenarios, None, staff, apply=False, **kwargs)
    after = simulate_governed(inputs, scenarios, answers, staff, **kwargs)
    cost_before = {r.id: r.total for r in summarise(inputs, scenarios)}
    cost_after = {r.id: r.total for r in summarise(inputs, after.scenarios)}
    rows = []
    for sc in scenarios:
        rows.append((sc.id, before.expected_yearly_loss(sc.id), after.expected_yearly_loss(sc.id),
                     after.expected_by_event(sc.id).get("confusion", 0.0),
                     cost_before[sc.id], cost_after[sc.id]))
    return pd.DataFrame(rows, columns=list(IMPACT_COLUMNS))


def most_outsourced(scenarios):
    """The scenario with the largest outsourced share (the first one on ties), or None."""
    outs = [s for s in scenarios if is_outsourced(s)]
    return max(outs, key=outsourced_share) if outs else None


def answers_frame(answers, lang: str | None):
    """The answers as a table for exports: question, answer, theme (translated)."""
    import pandas as pd

    from i18n import t
    a = validate_answers(answers)
    return pd.DataFrame(
        [(t(f"gov.q.{q.id}", lang), t(f"gov.q.{q.id}.a{a[q.id]}", lang),
          t(f"gov.theme.{q.theme}", lang)) for q in QUESTIONS],
        columns=["question", "answer", "theme"])


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


def board_pack_fields(answers, scenarios, register_edits_: dict | None, lang: str | None) -> dict:
    """The governance part of the board pack (``exports.board_pack.BoardPack`` fields, issue
    8): the answers table, the overall score, the risk register (with the user's edits) and the
    prioritised actions as sentences, every label and column name translated."""
    from i18n import t
    a = validate_answers(answers)
    frame = answers_frame(a, lang)
    frame.columns = [t("gov.col.question", lang), t("gov.col.answer", lang),
                     t("gov.col.theme", lang)]
    names = {s.id: s.display_name(lang) for s in scenarios}
    reg = apply_register_edits(default_register(a, scenarios), register_edits_)
    register = reg.assign(risk=[t(f"gov.risk.{r}", lang) for r in reg["risk"]],
                          scenario=[names.get(s, s) for s in reg["scenario"]])
    register.columns = [t("gov.col.risk", lang), t("gov.col.scenario", lang),
                        t("gov.col.likelihood", lang), t("gov.col.impact", lang)]
    lines = [f"{t(f'gov.phase.{x.phase}', lang)} : {x.text(lang)}" if lang == "fr"
             else f"{t(f'gov.phase.{x.phase}', lang)}: {x.text(lang)}" for x in actions(a)]
    return {"governance_answers": frame, "governance_score": score(a).overall,
            "risk_register": register, "actions": lines}


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
