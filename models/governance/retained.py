"""What stays in-house when a provider runs IT, and what it costs not to own it.

* :data:`RETAINED_TASKS` and :func:`retained_time`: the hours a year the retained team spends on
  strategy, the business referent, steering, the contract, access and reversibility.
* :func:`confusion_cost`: time lost deciding and prioritising when no one inside owns the
  relationship, costed from staff time (``episodes/year = base × exposure × Π factors``; loss per
  episode = decider hours × decider hourly cost + affected employees' hours × hourly cost).
"""
from __future__ import annotations

from dataclasses import dataclass

from models.company import CompanyProfile, StaffRole
from models.defaults import ASSUMPTIONS, default
from models.governance.effects import factors, is_outsourced, outsourced_share

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


# ----------------------------------------------------------------------------- retained time

@dataclass(frozen=True)
class RetainedTask:
    id: str
    hours_full: float        # hours/year when every outsourceable domain is outsourced
    always: bool = False     # also in-house (strategy never leaves)


#: What must stay in-house when a provider runs IT, and its time (judgement; the total, about
#: 0.19 FTE, matches the cost model's retained 0.2 FTE and Willcocks' 4–8 % of contract value,
#: `willcocks-lse-retained` in docs/sources.md).
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


def contract_management_hours(scenario) -> float:
    """Hours a year of retained work that outsourcing adds (every task of
    :data:`RETAINED_TASKS` but strategy, which an in-house IT team does too) for ``scenario``:
    the cost model's contract management (``retained_mode`` "hours") and the governance
    page's retained time are one estimate. 0 in-house."""
    if not is_outsourced(scenario):
        return 0.0
    x = confusion_exposure(scenario)
    return sum(t.hours_full * x for t in RETAINED_TASKS if not t.always)
