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
    # --- cost model (issue 4): provider prices, market-and-figures §3.2 (EUR excl. VAT per month)
    Assumption("price_support_per_user", 35.0, "EUR/user/month",
               f"{MARKET_REF} §3.2: maintenance contract €20–100 per workstation per month "
               "(savtec), helpdesk $60–85 (zomentum); all-in fixed fee €50–120 covers more domains",
               "judgement", 20.0, 100.0),
    Assumption("price_devices_per_device", 8.0, "EUR/device/month",
               f"{MARKET_REF} §3.2: no separate public figure for device management; share of the "
               "€50–120 all-in fee per workstation (hardware excluded)", "judgement", 4.0, 20.0),
    Assumption("price_hosting_per_server", 150.0, "EUR/server/month",
               f"{MARKET_REF} §3.2: $100–395 per server per month (zomentum)", "vendor",
               90.0, 360.0),
    Assumption("price_network_per_site", 250.0, "EUR/site/month",
               f"{MARKET_REF} §3.2: no public figure per site found, placeholder to override",
               "judgement", 100.0, 600.0),
    Assumption("price_security_per_device", 12.0, "EUR/endpoint/month",
               f"{MARKET_REF} §3.2: MDR per-endpoint price lines (trymhaak/soc-tco-calculator) and "
               "backup €1–2 per GB per month (cogidis)", "judgement", 6.0, 25.0),
    Assumption("price_applications_flat", 500.0, "EUR/month",
               f"{MARKET_REF} §3.2 and §2.3: applications are mostly vendor-run; flat fee for "
               "application support, placeholder to override", "judgement", 0.0, 1500.0),
    # --- what the provider's fee replaces (fraction of the domain's recurring and one-off
    #     non-capitalised spend; licences, telecom bills and hardware stay: DESIGN.md §5)
    Assumption("replaced_share_support", 1.0, "fraction",
               f"{MARKET_REF} §2.3: maintenance contracts and interventions are what the fee buys",
               "judgement", 0.8, 1.0),
    Assumption("replaced_share_devices", 0.2, "fraction",
               f"{MARKET_REF} §3.2: hardware, leases and consumables excluded from the fee",
               "judgement", 0.0, 0.5),
    Assumption("replaced_share_hosting", 0.2, "fraction",
               f"{MARKET_REF} §2.3: Microsoft 365 / mailbox licences stay, server support goes",
               "judgement", 0.0, 0.6),
    Assumption("replaced_share_network", 0.1, "fraction",
               f"{MARKET_REF} §2.3: telecom bills (6262) stay, equipment management goes",
               "judgement", 0.0, 0.4),
    Assumption("replaced_share_security", 0.5, "fraction",
               f"{MARKET_REF} §2.3 and §3.2: EDR and backup subscriptions are often resold inside "
               "the fee", "judgement", 0.2, 1.0),
    Assumption("replaced_share_applications", 0.0, "fraction",
               f"{MARKET_REF} §2.3: business software licences stay with their vendor",
               "judgement", 0.0, 0.3),
    # --- contract terms, transition, retained function, exit (§3.4, §3.9)
    Assumption("out_of_scope_share", 0.15, "fraction of fee",
               f"{MARKET_REF} §3.2 (extras outside the fixed fee: on-site €80–150/h, setups) and "
               "§3.4 (scope creep adds 20–30 % or more)", "judgement", 0.05, 0.30),
    Assumption("indexation_per_year", 0.03, "fraction/year",
               f"{MARKET_REF} §3.2 has no index figure; Syntec-style clause, the sample company's "
               "contracts were indexed about 3 % in January 2026; set your contract's clause",
               "judgement", 0.01, 0.05),
    Assumption("renewal_step", 0.05, "fraction",
               f"{MARKET_REF} §4 item 8 and DESIGN.md §6 (price step at renewal); no public "
               "figure, placeholder to override", "judgement", 0.0, 0.15),
    Assumption("contract_term_years", 3.0, "years",
               f"{MARKET_REF} §3.4 (contracting is a hidden cost, Barthélemy); usual multi-year "
               "term, placeholder to override", "judgement", 1.0, 5.0),
    Assumption("transition_fee_months", 1.5, "months of fee",
               f"{MARKET_REF} §3.4: onboarding one to three times the monthly fee; default 1–3 "
               "months of the new fee", "judgement", 1.0, 3.0),
    Assumption("transition_internal_days", 15.0, "days",
               f"{MARKET_REF} §3.4: 10–20 days of internal staff time", "judgement", 10.0, 20.0),
    Assumption("parallel_running_months", 1.0, "months",
               f"{MARKET_REF} §3.4: onboarding takes 30–90 days with parallel running",
               "judgement", 0.5, 3.0),
    Assumption("retained_share_of_contract", 0.06, "fraction of fee/year",
               f"{MARKET_REF} §3.4: retained internal management costs 4–8 % of contract value "
               "(Willcocks, LSE)", "secondary", 0.04, 0.08),
    Assumption("retained_fte", 0.2, "FTE",
               f"{MARKET_REF} §3.4 and §3.1 (an internal referent is kept): alternative to the "
               "4–8 % share, priced at the IT manager salary of §3.3", "judgement", 0.1, 0.5),
    Assumption("exit_fee_months", 1.5, "months of fee",
               f"{MARKET_REF} §3.9: exit typically adds 1–2 months of billing; default 1.5 months "
               "of fees + internal time", "judgement", 1.0, 2.0),
    Assumption("exit_internal_days", 10.0, "days",
               f"{MARKET_REF} §3.9 (+ internal time) and §3.4 (10–20 days for a transition)",
               "judgement", 5.0, 20.0),
    Assumption("staff_saved_share", 1.0, "fraction",
               "Issue 4: in-house time freed by an outsourced domain reduces staff cost; lower it "
               "when the freed time is neither cut nor redeployed (a judgement for the user)",
               "judgement", 0.0, 1.0),
    # --- economics of the projection
    Assumption("headcount_growth", 0.0, "fraction/year",
               "Company-specific: no growth by default, set your plan", "judgement", -0.05, 0.10),
    Assumption("salary_drift", 0.025, "fraction/year",
               f"{MARKET_REF} §3.3 gives levels, not increases; about 2–3 % yearly pay rises, "
               "placeholder to override", "judgement", 0.01, 0.04),
    Assumption("price_inflation", 0.02, "fraction/year",
               "European Central Bank price-stability target: 2 % a year over the medium term "
               "(ecb.europa.eu, monetary policy strategy 2021)", "src", 0.0, 0.04),
    Assumption("discount_rate", 0.06, "fraction/year",
               f"{MARKET_REF} §1 (#1, #8: WACC discounting); typical PME cost of capital, "
               "placeholder to override", "judgement", 0.03, 0.10),
    Assumption("useful_life_years", 4.0, "years",
               f"{MARKET_REF} §2.4 (2183 hardware is capitalised) and §4 item 10; French practice "
               "depreciates IT hardware over 3–5 years (unverified here)", "judgement", 3.0, 5.0),
    Assumption("hours_per_day", 7.0, "hours/day",
               "Code du travail art. L3121-27: 35-hour legal week, 7 hours a day over 5 days",
               "legal"),
    Assumption("horizon_years", 5.0, "years",
               "Issue 4: horizon of 3 to 7 years; Azure business case 1–5 years "
               f"({MARKET_REF} §1 #1)", "judgement", 3.0, 7.0),
    # --- import
    Assumption("vat_rate", 0.20, "fraction",
               "Code général des impôts art. 278: French standard VAT rate 20 %", "legal"),
)

ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in _ALL}


def default(key: str) -> float:
    """The default value of assumption ``key``."""
    return ASSUMPTIONS[key].value
