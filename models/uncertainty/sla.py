"""Service levels: availability target and restore time → downtime hours, service credits
capped at the monthly fee, and the loss the credits leave uncovered (docs/uncertainty-engine.md).

Sources (entries of docs/sources.md): 99.9 % ≈ 43 min a month (`legalclarity-sla`); credits are
a percentage of the monthly fee, **capped at the monthly fee**, often the "sole and exclusive
remedy" (`microsoft-365-sla`); typical tiers 10 % (99.0–99.9 %), 25 % (95–99 %), 50 % (< 95 %)
(`pulseapi-sla-credits`); French PME contracts ask for a time to restore (GTR) of 2–4 h on
critical incidents (`rdem-gti-gtr`).

Model:

* The hours of one outage are lognormal with P10 = ``restore × 0.25`` and P90 = ``restore × 2``
  (so the mean is about the restore time; the GTR is sometimes missed on a major outage).
* A provider designs for its availability target: when ``rate × mean hours`` would exceed the
  downtime the target allows, ``(1 − availability) × 8,760 h`` a year, the hours are scaled
  down to that allowance (:func:`hours_scale`). The expected downtime is therefore
  ``min(rate × mean hours, (1 − availability) × 8,760)`` (:func:`expected_downtime_hours`).
* Each outage is assumed to fall in its own month: that month's availability is
  ``1 − hours / 730``; the credit is the tier's share of the monthly fee, at most 100 %.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from models.defaults import default
from models.errors import CostModelError
from models.uncertainty.distributions import LogNormal

HOURS_PER_YEAR = 8760.0
HOURS_PER_MONTH = HOURS_PER_YEAR / 12.0


def default_tiers() -> tuple[tuple[float, float], ...]:
    """(availability floor, credit share) pairs, most severe first."""
    return ((0.95, default("sla_credit_below_95")), (0.99, default("sla_credit_below_99")),
            (1.0, default("sla_credit_below_target")))


@dataclass(frozen=True)
class SlaTerms:
    """A provider's service level: monthly availability target and time to restore (GTR)."""
    availability: float = field(default_factory=lambda: default("sla_availability"))
    restore_hours: float = field(default_factory=lambda: default("sla_restore_hours"))
    tiers: tuple[tuple[float, float], ...] = field(default_factory=default_tiers)

    def validate(self) -> None:
        if not (isinstance(self.availability, (int, float)) and 0.5 <= self.availability < 1.0):
            raise CostModelError("mc.error.sla_availability", value=self.availability)
        if not (isinstance(self.restore_hours, (int, float)) and 0 < self.restore_hours <= 720):
            raise CostModelError("mc.error.sla_restore", value=self.restore_hours)

    @property
    def allowed_hours_per_year(self) -> float:
        return (1.0 - self.availability) * HOURS_PER_YEAR

    def credit_share(self, hours: np.ndarray) -> np.ndarray:
        """Share of the monthly fee credited for ``hours`` of downtime in one month (≤ 1)."""
        avail = 1.0 - np.asarray(hours, dtype="float64") / HOURS_PER_MONTH
        # tiers ascend by floor (most severe first): np.select takes the first that applies
        conds = [avail < min(floor, self.availability) for floor, _ in self.tiers]
        out = np.select(conds, [share for _, share in self.tiers], 0.0)
        return np.minimum(out, 1.0)


def outage_hours_spec(restore_hours: float) -> LogNormal:
    """Hours of one outage: P10 = restore/4, P90 = 2 × restore (defaults
    ``outage_hours_p10_of_restore`` and ``outage_hours_p90_of_restore``; mean ≈ restore time)."""
    return LogNormal(default("outage_hours_p10_of_restore") * restore_hours,
                     default("outage_hours_p90_of_restore") * restore_hours, 0.10, 0.90)


def hours_scale(rate: float, restore_hours: float, availability: float | None) -> float:
    """Factor on outage hours so that the expected yearly downtime stays within what the
    availability target allows (1 when there is no target or no excess)."""
    if availability is None or rate <= 0:
        return 1.0
    expected = rate * outage_hours_spec(restore_hours).mean()
    allowed = (1.0 - availability) * HOURS_PER_YEAR
    return 1.0 if expected <= allowed else allowed / expected


def expected_downtime_hours(rate: float, restore_hours: float,
                            availability: float | None = None) -> float:
    """Expected downtime hours a year: ``min(rate × mean hours, (1 − availability) × 8,760)``."""
    if rate <= 0:
        return 0.0
    mean = outage_hours_spec(restore_hours).mean()
    return rate * mean * hours_scale(rate, restore_hours, availability)


@dataclass(frozen=True)
class SlaCredit:
    """Credits of one provider-run domain: ``credit(hours (N,), year index (N,)) -> EUR (N,)``,
    the tier's share of that year's monthly fee, never more than the monthly fee. Hashable, so
    identical events of two scenarios are simulated once."""
    terms: SlaTerms
    monthly_fee_by_year: tuple[float, ...]

    def __call__(self, hours: np.ndarray, year_index: np.ndarray) -> np.ndarray:
        fee = np.asarray(self.monthly_fee_by_year, dtype="float64")
        return self.terms.credit_share(hours) * fee[year_index]


def credit_function(terms: SlaTerms, monthly_fee_by_year: np.ndarray) -> SlaCredit:
    """Credits of a domain whose monthly fee per year is ``monthly_fee_by_year`` (EUR)."""
    return SlaCredit(terms, tuple(float(v) for v in np.ravel(monthly_fee_by_year)))


def downtime_cost_per_hour(employees: float, revenue_eur: float | None, *,
                           loaded_hourly_cost: float, affected_share: float,
                           productivity_loss, revenue_at_risk, business_hours: float,
                           margin_share: float = 1.0):
    """Bottom-up cost of one hour of company-wide downtime, EUR/hour (see
    `judgement-downtime-bottom-up` and `insee-entreprises-2022` in docs/sources.md):
    ``employees × affected share × loaded hourly cost × productivity loss
    + revenue / business hours × revenue at risk × margin share``. A lost sale costs its
    margin (``margin_share``, the value added per euro of revenue: materials and bought
    services are not spent), not its price. ``productivity_loss`` and ``revenue_at_risk`` may be
    arrays (one value per trial)."""
    if business_hours <= 0 or not math.isfinite(business_hours):
        raise CostModelError("mc.error.event_value", event="outage", name="business_hours",
                             value=business_hours)
    staff = employees * affected_share * loaded_hourly_cost * productivity_loss
    revenue = (revenue_eur or 0.0) / business_hours * revenue_at_risk * margin_share
    return staff + revenue
