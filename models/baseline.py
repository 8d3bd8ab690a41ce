"""Today's IT spend summarised: by domain, by month, annualised.

All amounts in euros excluding VAT. ``months_covered`` counts calendar months from the first to
the last spend month inclusive; annualised amount = total × 12 / months_covered.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from models.company import CompanyProfile, StaffRole, staff_cost_by_domain
from models.domains import DOMAINS, NOT_IT


def months_covered(spend: pd.DataFrame) -> int:
    """Calendar months from the first to the last line's month, inclusive (0 when empty)."""
    if spend.empty:
        return 0
    first, last = spend["date"].min(), spend["date"].max()
    return (last.year - first.year) * 12 + last.month - first.month + 1


def monthly_by_domain(spend: pd.DataFrame) -> pd.DataFrame:
    """IT spend per calendar month (rows, ``Period[M]`` index, no gaps) and domain (columns).

    Every domain of :data:`DOMAINS` is a column, even when it has no spend.
    """
    it = spend[spend["domain"] != NOT_IT]
    if it.empty:
        return pd.DataFrame(columns=list(DOMAINS), dtype="float64")
    months = it["date"].dt.to_period("M")
    table = it.pivot_table(index=months, columns="domain", values="amount", aggfunc="sum",
                           fill_value=0.0)
    full = pd.period_range(spend["date"].min(), spend["date"].max(), freq="M")
    table = table.reindex(index=full, columns=list(DOMAINS), fill_value=0.0)
    table.index.name = "month"
    table.columns.name = "domain"
    return table.astype("float64")


@dataclass(frozen=True)
class SpendSummary:
    """Headline figures of the current spend (EUR excl. VAT)."""
    lines: int
    it_lines: int
    months: int
    first_date: pd.Timestamp | None
    last_date: pd.Timestamp | None
    total_it: float                 # over the whole period covered
    total_not_it: float
    annual_it: float                # total_it × 12 / months
    annual_by_domain: pd.Series     # EUR/year, index DOMAINS
    total_by_domain: pd.Series      # EUR over the period, index DOMAINS
    annual_staff: float             # loaded in-house IT staff cost, EUR/year
    annual_it_with_staff: float
    per_employee: float | None      # annual_it_with_staff / employees
    share_of_revenue: float | None  # annual_it_with_staff / revenue


def summarise_spend(spend: pd.DataFrame, company: CompanyProfile | None = None,
                    staff: list[StaffRole] | None = None) -> SpendSummary:
    """Summarise a normalised spend table (see :mod:`models.spend`)."""
    it = spend[spend["domain"] != NOT_IT]
    months = months_covered(spend)
    total_by_domain = it.groupby("domain")["amount"].sum().reindex(list(DOMAINS), fill_value=0.0)
    factor = 12.0 / months if months else 0.0
    annual_by_domain = total_by_domain * factor
    annual_staff = float(staff_cost_by_domain(staff).sum()) if staff else 0.0
    annual_with_staff = float(annual_by_domain.sum()) + annual_staff
    per_employee = share = None
    if company is not None and company.employees > 0:
        per_employee = annual_with_staff / company.employees
    if company is not None and company.revenue_eur:
        share = annual_with_staff / company.revenue_eur
    return SpendSummary(
        lines=len(spend), it_lines=len(it), months=months,
        first_date=spend["date"].min() if len(spend) else None,
        last_date=spend["date"].max() if len(spend) else None,
        total_it=float(it["amount"].sum()),
        total_not_it=float(spend.loc[spend["domain"] == NOT_IT, "amount"].sum()),
        annual_it=float(annual_by_domain.sum()),
        annual_by_domain=annual_by_domain.astype("float64"),
        total_by_domain=total_by_domain.astype("float64"),
        annual_staff=annual_staff,
        annual_it_with_staff=annual_with_staff,
        per_employee=per_employee,
        share_of_revenue=share,
    )


def domain_breakdown(summary: SpendSummary) -> pd.DataFrame:
    """Per domain: yearly amount, amount over the period and share of IT spend (fraction).

    Index :data:`DOMAINS`; columns ``annual``, ``period``, ``share``; shares sum to 1 when there
    is any spend.
    """
    total = float(summary.annual_by_domain.sum())
    share = summary.annual_by_domain / total if total else summary.annual_by_domain * 0.0
    return pd.DataFrame({"annual": summary.annual_by_domain, "period": summary.total_by_domain,
                         "share": share})
