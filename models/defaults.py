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
    # --- governance (issue 7): the confusion risk, costed from staff time (models/governance.py)
    Assumption("confusion_episodes_per_year", 6.0, "episodes/year",
               "Issue 7 and DESIGN.md §7: requests nobody owns, re-argued priorities; about one "
               "every two months with typical governance and full outsourcing; placeholder",
               "judgement", 2.0, 12.0),
    Assumption("confusion_decider_hours", 6.0, "hours/episode",
               f"{MARKET_REF} §3.4 (managing the effort is a hidden cost, Barthélemy): the "
               "referent or manager arbitrates, re-explains, escalates; about a day's work",
               "judgement", 3.0, 12.0),
    Assumption("confusion_affected_share", 0.1, "fraction of staff",
               "Issue 7: a stuck request or a wrong priority blocks a team, not the company; "
               "placeholder", "judgement", 0.05, 0.25),
    Assumption("confusion_hours_per_affected", 2.0, "hours/employee/episode",
               "Issue 7: time spent waiting, chasing and re-explaining; placeholder",
               "judgement", 1.0, 4.0),
    Assumption("governance_employee_hourly_cost", 30.0, "EUR/hour",
               f"{MARKET_REF} §3.5: French PME example, office staff at €30/h loaded (used when the "
               "risk engine's downtime hourly cost is absent)", "vendor", 25.0, 45.0),
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
    # --- uncertainty and risk engine (issue 5). Three-point inputs: value = most likely,
    #     low/high = PERT bounds unless the unit says "P10/P90" or "P50/P95".
    Assumption("mc_trials", 10000.0, "trials",
               "monte-carlo-and-risk-tools.md §2.4: 10k plain MC puts P90 within ±0.4 %; 100k "
               "on demand", "judgement", 1000.0, 100000.0),
    Assumption("mc_seed", 20261128.0, "seed",
               "monte-carlo-and-risk-tools.md §3.5: one user-visible seed, results reproducible",
               "judgement"),
    Assumption("mc_price_factor", 1.0, "factor (PERT)",
               f"{MARKET_REF} §3.2: price ranges quoted per unit are wide; a quote moves between "
               "offer and contract", "judgement", 0.95, 1.15),
    Assumption("mc_salary_factor", 1.0, "factor (PERT)",
               f"{MARKET_REF} §3.3: 80 % of salaries within about ±30 % of the median; "
               "replacing or re-hiring moves pay", "judgement", 0.95, 1.10),
    Assumption("mc_unplanned_cv", 0.30, "coefficient of variation",
               "Issue 5: the yearly spread of unplanned spend comes from the imported monthly "
               "history; this fallback applies when fewer than 6 months are known", "judgement",
               0.15, 0.60),
    Assumption("downtime_loaded_hourly_cost", 30.0, "EUR/hour",
               f"{MARKET_REF} §3.5: French PME example, 10 office staff × €30/h loaded",
               "vendor", 25.0, 45.0),
    Assumption("downtime_affected_share", 0.8, "fraction of staff",
               f"{MARKET_REF} §3.5: bottom-up downtime cost (affected staff); a major outage "
               "stops most office work", "judgement", 0.5, 1.0),
    Assumption("downtime_productivity_loss", 0.5, "fraction (PERT)",
               f"{MARKET_REF} §3.5: productivity-loss % of the bottom-up formula", "judgement",
               0.3, 0.8),
    Assumption("downtime_revenue_at_risk", 0.1, "fraction (PERT)",
               f"{MARKET_REF} §3.5: revenue-at-risk % (most sales are delayed, not lost; 37 % "
               "of SMBs lost customers, Infrascale)", "judgement", 0.0, 0.3),
    Assumption("business_hours_per_year", 1820.0, "hours/year",
               "Code du travail art. L3121-27: 35-hour legal week × 52 weeks (opening hours over "
               "which revenue is earned)", "legal"),
    Assumption("outage_rate_hosting", 0.5, "events/year",
               f"{MARKET_REF} §3.5: about 25 % of SMBs went offline in the past year (Infrascale), "
               "about 14 h of downtime a year per business (CA)", "judgement", 0.25, 1.0),
    Assumption("outage_rate_network", 0.5, "events/year",
               f"{MARKET_REF} §3.5: same sources as hosting outages", "judgement", 0.25, 1.0),
    Assumption("outage_rate_provider_factor", 0.8, "factor",
               f"{MARKET_REF} §3.5 and §3.7: a provider monitors and has spares; no public "
               "figure, placeholder to override", "judgement", 0.5, 1.2),
    Assumption("restore_hours_inhouse", 8.0, "hours",
               f"{MARKET_REF} §3.5: about 14 h of downtime a year in under 2 outages (CA); no "
               "guaranteed time to restore in-house", "judgement", 4.0, 24.0),
    Assumption("sla_restore_hours", 4.0, "hours",
               f"{MARKET_REF} §3.7: GTR of 2–4 h for critical incidents is the usual ask",
               "src", 2.0, 8.0),
    Assumption("outage_hours_p10_of_restore", 0.25, "× restore time (P10 of one outage)",
               f"{MARKET_REF} §3.7: the GTR is an obligation of result on critical incidents; "
               "a quarter of it for a quick fix", "judgement"),
    Assumption("outage_hours_p90_of_restore", 2.0, "× restore time (P90 of one outage)",
               f"{MARKET_REF} §3.5 and §3.7: a major outage sometimes misses the GTR (4 days for "
               "a failed NAS); with P10 at ¼, the mean is about the restore time", "judgement"),
    Assumption("sla_availability", 0.999, "fraction/month",
               f"{MARKET_REF} §3.7: Microsoft 365 99.9 % financially backed; 99.5 % ≈ 3.6 h a "
               "month", "src", 0.995, 0.9999),
    Assumption("sla_credit_below_target", 0.10, "fraction of monthly fee",
               f"{MARKET_REF} §3.7: typical tiered credits 10 % (99.0–99.9 %)", "src"),
    Assumption("sla_credit_below_99", 0.25, "fraction of monthly fee",
               f"{MARKET_REF} §3.7: typical tiered credits 25 % (95–99 %)", "src"),
    Assumption("sla_credit_below_95", 0.50, "fraction of monthly fee",
               f"{MARKET_REF} §3.7: typical tiered credits 50 % (< 95 %); capped at the monthly "
               "fee", "src"),
    Assumption("cyber_rate", 0.2, "events/year",
               f"{MARKET_REF} §3.6: P(material incident, loss > €10k) 0.15–0.25 a year for a "
               "PME of 20–250 staff (Hiscox, ANSSI, Verizon)", "judgement", 0.15, 0.25),
    Assumption("cyber_rate_provider_factor", 0.7, "factor",
               f"{MARKET_REF} §3.6: no public figure on managed security vs in-house; "
               "placeholder to override", "judgement", 0.5, 1.0),
    Assumption("cyber_severity", 15000.0, "EUR (P50/P95)",
               f"{MARKET_REF} §3.6: lognormal, median €10–20k (Hiscox 2022 median €18,645), P95 "
               "€150–300k", "judgement", 15000.0, 200000.0),
    Assumption("cyber_hours", 8.0, "hours (PERT)",
               f"{MARKET_REF} §3.6: severe ransomware brings a multi-day outage", "judgement",
               0.0, 72.0),
    Assumption("data_loss_rate", 0.05, "events/year",
               f"{MARKET_REF} §3.5: a 13-person firm lost 4 days to a failed NAS; no public rate, "
               "placeholder to override", "judgement", 0.02, 0.10),
    Assumption("data_loss_rate_provider_factor", 0.5, "factor",
               f"{MARKET_REF} §3.2: managed offsite backup (cogidis); placeholder to override",
               "judgement", 0.3, 1.0),
    Assumption("data_loss_severity", 8000.0, "EUR (P10/P90)",
               f"{MARKET_REF} §3.5: re-entry and recovery (French PME examples, more than €12k "
               "for a 4-day NAS failure)", "judgement", 2000.0, 30000.0),
    Assumption("data_loss_hours", 16.0, "hours (PERT)",
               f"{MARKET_REF} §3.5: 4 days lost to a failed NAS (13-person firm)", "judgement",
               4.0, 96.0),
    Assumption("key_person_turnover", 0.12, "departures/FTE/year",
               "No figure in the reference notes; typical yearly IT staff turnover, placeholder "
               "to override", "judgement", 0.05, 0.25),
    Assumption("key_person_cost_share", 0.5, "share of loaded yearly pay (PERT)",
               f"{MARKET_REF} §3.3 (loaded pay) and §3.4 (knowledge transfer): vacancy, "
               "recruiting and ramp-up", "judgement", 0.25, 1.0),
    Assumption("provider_failure_rate", 0.05, "events/year",
               f"{MARKET_REF} §3.4: about 14 % of 50 IT-outsourcing efforts failed (Barthélemy): "
               "1 − e^(−3λ) = 14 % over a 3-year contract", "secondary", 0.02, 0.10),
    Assumption("provider_failure_months", 3.0, "months of fee (PERT)",
               f"{MARKET_REF} §3.9 (exit 1–2 months of billing) + §3.4 (onboarding 1–3 months)",
               "judgement", 2.0, 5.0),
    Assumption("provider_failure_step", 0.05, "fraction of fee (PERT)",
               f"{MARKET_REF} §3.9 and §3.8 (71 % of early exits cite quality): the next provider "
               "rarely costs less; placeholder to override", "judgement", 0.0, 0.20),
    Assumption("degradation_rate", 0.25, "events/year per outsourced domain",
               f"{MARKET_REF} §3.8: 71 % of those ending a contract early cite quality of service "
               "(Deloitte 2012); placeholder to override", "judgement", 0.1, 0.5),
    Assumption("degradation_rate_low_cost", 1.0, "events/year per outsourced domain",
               f"{MARKET_REF} §3.2: below-average prices (< the low end of the market range) "
               "buy less capacity; placeholder to override", "judgement", 0.5, 2.0),
    Assumption("degradation_hours", 4.0, "full-outage-equivalent hours (PERT)",
               f"{MARKET_REF} §3.8: slow tickets and rework, counted at the downtime cost per "
               "hour", "judgement", 1.0, 16.0),
    Assumption("transition_overrun_probability", 0.3, "probability (year 1)",
               f"{MARKET_REF} §3.4: transition adds 30–50 % to year 1 (unverified), 14 % of "
               "efforts failed", "judgement", 0.15, 0.5),
    Assumption("transition_overrun_share", 0.5, "share of transition cost (PERT)",
               f"{MARKET_REF} §3.4: messy environments exceed one month of fee; scope creep "
               "20–30 %", "judgement", 0.2, 1.5),
    Assumption("renewal_surprise_probability", 0.3, "probability per renewal",
               f"{MARKET_REF} §4 item 8 and DESIGN.md §6 (price step at renewal); placeholder",
               "judgement", 0.1, 0.5),
    Assumption("renewal_surprise_step", 0.05, "fraction of fee (PERT)",
               f"{MARKET_REF} §3.4 (scope creep 20–30 %) and renewal_step; placeholder",
               "judgement", 0.02, 0.15),
)

ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in _ALL}


def default(key: str) -> float:
    """The default value of assumption ``key``."""
    return ASSUMPTIONS[key].value
