"""Every default assumption, in one place, with its unit, source and quality.

Quality tags follow ``shared/reference/market-and-figures.md``: ``src`` (stated in the cited
source), ``secondary`` (quoted by a third party citing the study), ``vendor`` (a seller's page),
``judgement`` (our choice, derived from sourced figures), ``legal`` (a statutory figure).
Labels are translated in the i18n catalogue under ``assumption.<key>``.
"""
from __future__ import annotations

from dataclasses import dataclass

MARKET_REF = "shared/reference/market-and-figures.md"


@dataclass(frozen=True)
class Assumption:
    key: str
    value: float
    unit: str            # "EUR", "EUR/year", "fraction", "hours/year", "EUR/employee/year", …
    source: str
    quality: str         # src | secondary | vendor | judgement | legal
    low: float | None = None    # plausible range, when the source gives one
    high: float | None = None


_ALL: tuple[Assumption, ...] = (
    # --- benchmarks of IT spend (market-and-figures §3.1)
    Assumption("it_spend_per_employee_low", 3000.0, "EUR/employee/year",
               f"{MARKET_REF} §3.1: default proposed for a 20–250-staff PME", "judgement"),
    Assumption("it_spend_per_employee_high", 6000.0, "EUR/employee/year",
               f"{MARKET_REF} §3.1: default proposed for a 20–250-staff PME", "judgement"),
    Assumption("it_share_of_revenue_low", 0.025, "fraction",
               f"{MARKET_REF} §3.1: 2.5–4 % of revenue for a PME", "judgement"),
    Assumption("it_share_of_revenue_high", 0.04, "fraction",
               f"{MARKET_REF} §3.1: 2.5–4 % of revenue for a PME", "judgement"),
    Assumption("it_share_of_revenue_gartner_median", 0.028, "fraction",
               f"{MARKET_REF} §3.1: Gartner IT Key Metrics Data 2021, cross-industry median",
               "src"),
    # --- in-house staff (market-and-figures §3.3)
    Assumption("salary_it_manager", 47090.0, "EUR/year gross",
               f"{MARKET_REF} §3.3: Expectra 2022 median, responsable informatique (PME)",
               "secondary", 39000.0, 75000.0),
    Assumption("salary_sysadmin", 42000.0, "EUR/year gross",
               f"{MARKET_REF} §3.3: defaults proposed (sysadmin)", "judgement", 36000.0, 51000.0),
    Assumption("salary_technician", 28000.0, "EUR/year gross",
               f"{MARKET_REF} §3.3: technicien support median about €28k", "secondary",
               23000.0, 35000.0),
    Assumption("employer_charges_cadre", 0.42, "fraction of gross",
               f"{MARKET_REF} §3.3: cadres about 40–45 % (hellowork, coratmosphere)", "secondary",
               0.40, 0.45),
    Assumption("employer_charges_non_cadre", 0.30, "fraction of gross",
               f"{MARKET_REF} §3.3: non-cadres about 25–35 %", "secondary", 0.25, 0.35),
    Assumption("staff_overhead_per_fte", 6500.0, "EUR/FTE/year",
               f"{MARKET_REF} §3.3: add €5–8k per FTE per year for tools, training, recruiting",
               "judgement", 5000.0, 8000.0),
    Assumption("productive_hours_per_fte", 1500.0, "hours/year",
               f"{MARKET_REF} §3.3: 1,607 h legal French annual time, about 1,500 productive",
               "legal", 1400.0, 1607.0),
    # --- import
    Assumption("vat_rate", 0.20, "fraction",
               "Code général des impôts art. 278: French standard VAT rate 20 %", "legal"),
)

ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in _ALL}


def default(key: str) -> float:
    """The default value of assumption ``key``."""
    return ASSUMPTIONS[key].value
