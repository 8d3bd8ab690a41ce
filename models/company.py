"""Company profile and in-house IT staff (payroll is entered separately)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

import pandas as pd

from models.defaults import default
from models.domains import DOMAINS


@dataclass
class CompanyProfile:
    """What the cost model needs to know about the company besides its spend."""
    name: str
    employees: int
    workstations: int
    servers: int
    sites: int
    revenue_eur: float | None = None      # yearly revenue, optional
    #: value added per euro of revenue (what a lost sale really costs); None: the default
    #: ``downtime_margin_share`` (French industry, INSEE)
    value_added_share: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class StaffRole:
    """One in-house IT role.

    ``loaded_cost_eur`` = FTE × (gross salary × (1 + employer charge rate) + overhead per FTE),
    in euros per year. ``time_share`` maps domains to the fraction of this role's time spent on
    them; fractions sum to 1.
    """
    role: str
    fte: float
    gross_salary_eur: float
    employer_charge_rate: float
    time_share: dict[str, float] = field(default_factory=dict)
    overhead_per_fte_eur: float = field(default_factory=lambda: default("staff_overhead_per_fte"))
    #: years of service today (notice and legal severance depend on it: models.staff)
    seniority_years: float = field(default_factory=lambda: default("staff_seniority_years"))
    #: an executive ("cadre"): longer notice under the usual collective agreements
    executive: bool = False

    @property
    def loaded_cost_eur(self) -> float:
        per_fte = (self.gross_salary_eur * (1 + self.employer_charge_rate)
                   + self.overhead_per_fte_eur)
        return self.fte * per_fte

    def validate(self) -> None:
        unknown = set(self.time_share) - set(DOMAINS)
        if unknown:
            raise ValueError(f"unknown domains in time share: {sorted(unknown)}")
        if self.time_share and abs(sum(self.time_share.values()) - 1.0) > 1e-6:
            raise ValueError(f"time share of {self.role!r} must sum to 1")
        if self.fte < 0 or self.gross_salary_eur < 0:
            raise ValueError(f"negative FTE or salary for {self.role!r}")
        if not 0 <= self.seniority_years <= 60:
            raise ValueError(f"seniority of {self.role!r} must be 0–60 years")


def staff_cost_by_domain(staff: list[StaffRole]) -> pd.Series:
    """Loaded yearly staff cost allocated to domains by time share (EUR/year, index DOMAINS)."""
    totals = dict.fromkeys(DOMAINS, 0.0)
    for role in staff:
        role.validate()
        for domain, share in role.time_share.items():
            totals[domain] += role.loaded_cost_eur * share
    return pd.Series(totals, dtype="float64")
