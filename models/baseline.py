"""Today's IT spend summarised: by domain, by month, annualised.

All amounts in euros excluding VAT. ``months_covered`` counts calendar months from the first to
the last spend month inclusive; annualised amount = total × 12 / months_covered.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from models.company import CompanyProfile, StaffRole, staff_cost_by_domain
from models.domains import DOMAINS, NOT_IT
from models.memo import by_table


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


# ------------------------------------------------------------------ the cost model's baseline

#: Lines that stay with the company whatever runs the domain: a provider's fixed fee never
#: includes insurance premiums, audits and penetration tests, training, or installation,
#: deployment and migration work (extras outside the fee: see ``infogerance-paris-perimetre``
#: in docs/sources.md).
STAYS_PATTERN = (r"(?i)(?:assurance|insurance|prime cyber|audit|pentest|test d.?intrusion|"
                 r"penetration|certification|formation|training|e-?learning|installation|"
                 r"d[ée]ploiement|deployment|migration|mise en service|setup|param[ée]trage)")
#: A capex month is a refresh wave when it holds at least this share of the period's capex and
#: this multiple of a typical month with purchases (the median of the other months).
WAVE_SHARE = 0.2
WAVE_FACTOR = 3.0


@dataclass(frozen=True)
class DomainBaseline:
    """Today's yearly cost of one domain, EUR/year (see :func:`build_baseline`).

    ``recurring_stays`` and ``one_off_stays`` are the parts of ``recurring`` and ``one_off``
    that no provider fee replaces (:data:`STAYS_PATTERN`)."""
    recurring: float = 0.0
    one_off: float = 0.0
    unplanned: float = 0.0
    capex: float = 0.0
    staff_pay: float = 0.0
    staff_overhead: float = 0.0
    recurring_stays: float = 0.0
    one_off_stays: float = 0.0

    @property
    def total(self) -> float:
        return (self.recurring + self.one_off + self.unplanned + self.capex + self.staff_pay
                + self.staff_overhead)


def capex_per_year(capex_lines: pd.DataFrame, months: int, useful_life_years: float) -> float:
    """Yearly cost of capitalised purchases (EUR/year).

    Purchases made month after month renew the fleet as it ages: their yearly rate (total × 12
    / months) is the yearly cost, as straight-line depreciation of a steady stream of purchases
    equals the purchases. A refresh wave (a month holding at least :data:`WAVE_SHARE` of the
    period's capex and :data:`WAVE_FACTOR` × the median of the other months with purchases,
    e.g. 30 laptops at once; a lone purchase in the period is one) comes back once per useful
    life: it is spread over ``max(useful life, years covered)``.
    """
    if capex_lines.empty or not months:
        return 0.0
    total = float(capex_lines["amount"].sum())
    by_month = capex_lines.groupby(capex_lines["date"].dt.to_period("M"))["amount"].sum()
    waves = 0.0
    if total > 0:
        for month, amount in by_month.items():
            others = by_month.drop(month)
            others = others[others > 0]
            typical = float(others.median()) if len(others) else 0.0
            if amount >= WAVE_SHARE * total and amount >= WAVE_FACTOR * typical:
                waves += float(amount)
    steady = total - waves
    return steady * 12.0 / months + waves / max(useful_life_years, months / 12.0)


@by_table(copy=dict)
def build_baseline(spend: pd.DataFrame, staff: list[StaffRole] | None,
                   useful_life_years: float) -> dict[str, DomainBaseline]:
    """Baseline per domain from a normalised spend table and the staff list (EUR/year).

    ``recurring``, ``one_off``, ``unplanned``: the lines of each nature, total × 12 / months
    covered (pass the spend without its one-off events: :mod:`models.one_off`); ``capex``:
    :func:`capex_per_year`; ``staff_pay`` and ``staff_overhead``: loaded pay and overhead of
    the in-house staff by time share."""
    staff = staff or []
    months = months_covered(spend)
    it = spend[spend["domain"] != NOT_IT]
    factor = 12.0 / months if months else 0.0
    stays = it["vendor"].astype(str).str.cat(it["label"].astype(str), sep=" ") \
        .str.contains(STAYS_PATTERN, regex=True)
    # one grouping of the lines (vectorised): amount by domain × capex × nature × stays
    keys = [it["domain"], it["capex"].astype(bool), it["nature"], stays.rename("stays")]
    sums = it.groupby(keys)["amount"].sum()

    def total(d: str, nature: str, stay: bool | None = None) -> float:
        try:
            part = sums.loc[(d, False, nature)]
        except KeyError:
            return 0.0
        return float(part.sum() if stay is None else part.get(stay, 0.0))

    out = {}
    for d in DOMAINS:
        pay = ovh = 0.0
        for role in staff:
            role.validate()
            share = role.time_share.get(d, 0.0)
            pay += role.fte * role.gross_salary_eur * (1 + role.employer_charge_rate) * share
            ovh += role.fte * role.overhead_per_fte_eur * share
        capex_lines = it[(it["domain"] == d) & it["capex"].astype(bool)]
        out[d] = DomainBaseline(
            recurring=total(d, "recurring") * factor,
            one_off=total(d, "one_off") * factor,
            unplanned=total(d, "unplanned") * factor,
            capex=capex_per_year(capex_lines, months, useful_life_years),
            staff_pay=pay, staff_overhead=ovh,
            recurring_stays=total(d, "recurring", True) * factor,
            one_off_stays=total(d, "one_off", True) * factor)
    return out
