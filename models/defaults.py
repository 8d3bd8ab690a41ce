"""Every default assumption, in one place, with its unit, source and quality.

Each assumption names the public sources it rests on: ``refs`` holds keys of ``docs/sources.md``
(parsed by :mod:`models.sources`; ``cite(a.refs, lang)`` gives the short citation shown on the
Assumptions page) and ``source`` says, in our words, what the value takes from them. The quality
tags are defined in ``docs/sources.md``: ``src`` (stated in the cited source), ``secondary``
(quoted by a third party citing the study), ``vendor`` (a seller's page, leaning toward
outsourcing), ``judgement`` (our choice, derived from sourced figures where there are any),
``legal`` (a statutory figure). Labels are translated in the i18n catalogue under
``assumption.<key>``.
"""
from __future__ import annotations

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass, replace

_J = "judgement-project"


@dataclass(frozen=True)
class Assumption:
    key: str
    value: float
    unit: str            # "EUR", "EUR/year", "fraction", "hours/year", "EUR/employee/year", …
    source: str
    quality: str         # src | secondary | vendor | judgement | legal
    low: float | None = None    # plausible range, when the source gives one
    high: float | None = None
    refs: tuple[str, ...] = ()  # keys of docs/sources.md
    #: "low" or "high": the end of the range a provider's pitch would use (the value that makes
    #: outsourcing look cheaper or safer); None for assumptions outside the assumption sets
    favours_provider: str | None = None
    pitch: float | None = None      # explicit value in the provider-pitch set (else: that end)
    cautious: float | None = None   # explicit value in the cautious set (else: halfway to the
    #                                 other end)


_SPEND = "Our range for a PME of 20–250 staff, set between public benchmarks: French firms of " \
         "100–2,000 staff spent about €2,700 per employee (IDC/Oracle 2006); large firms and US " \
         "samples spend more (Gartner 2021: about $9,800)"
_SHARE = "Our range for a PME: between the cross-industry median of 2.8 % (Gartner 2021) and the " \
         "4 % of midsize US firms (Alinean 2005); a French hosting vendor says 2–6 %"
_OUTAGES = "About a quarter of SMBs went offline in the past year (Infrascale 2020); about 14 h " \
           "of downtime a year per business (CA survey)"

_ALL: tuple[Assumption, ...] = (
    # --- benchmarks of IT spend
    Assumption("it_spend_per_employee_low", 3000.0, "EUR/employee/year", _SPEND, "judgement",
               refs=("idc-oracle-2006", "gartner-itkmd-2021", "alinean-2005", "france-num-2024",
                     _J)),
    Assumption("it_spend_per_employee_high", 6000.0, "EUR/employee/year", _SPEND, "judgement",
               refs=("idc-oracle-2006", "gartner-itkmd-2021", "alinean-2005", "france-num-2024",
                     _J)),
    Assumption("it_share_of_revenue_low", 0.025, "fraction", _SHARE, "judgement",
               refs=("gartner-itkmd-2021", "alinean-2005", "computer-economics-2017",
                     "naitways-it-budget", _J)),
    Assumption("it_share_of_revenue_high", 0.04, "fraction", _SHARE, "judgement",
               refs=("gartner-itkmd-2021", "alinean-2005", "computer-economics-2017",
                     "naitways-it-budget", _J)),
    Assumption("it_share_of_revenue_gartner_median", 0.028, "fraction",
               "Gartner IT Key Metrics Data 2021: cross-industry median IT spend 2.8 % of revenue "
               "(mostly large firms)", "src", refs=("gartner-itkmd-2021",)),
    # --- in-house staff
    Assumption("salary_it_manager", 47090.0, "EUR/year gross",
               "Expectra 2022: median pay of a responsable informatique in a PME; range from Apec "
               "2022 (infrastructure cadres, 80 % between €39k and €75k)",
               "secondary", 39000.0, 75000.0, refs=("expectra-2022", "apec-2022")),
    Assumption("salary_sysadmin", 42000.0, "EUR/year gross",
               "Our choice between technician pay and the medians of infrastructure and security "
               "engineers (Expectra 2022 about €45k, Apec 2022 cadres about €50k)", "judgement",
               36000.0, 51000.0, refs=("expectra-2022", "apec-2022", _J)),
    Assumption("salary_technician", 28000.0, "EUR/year gross",
               "Support technician median about €28k (entry about €23k, experienced €32–35k), two "
               "French pay guides", "secondary", 23000.0, 35000.0,
               refs=("ma-remuneration-technicien", "cio-at-work-technicien")),
    Assumption("employer_charges_cadre", 0.42, "fraction of gross",
               "Employer charges of about 40–45 % of gross for cadres, at the top of the 25–42 % "
               "general range", "secondary", 0.40, 0.45,
               refs=("coratmosphere-charges", "hellowork-employer-cost")),
    Assumption("employer_charges_non_cadre", 0.30, "fraction of gross",
               "Employer charges of about 25–35 % of gross for non-cadres, less near the minimum "
               "wage", "secondary", 0.25, 0.35,
               refs=("coratmosphere-charges", "hellowork-employer-cost")),
    Assumption("staff_overhead_per_fte", 6500.0, "EUR/FTE/year",
               "Tools, training and recruiting per FTE a year; US providers' pages count training, "
               "tools and management on top of pay, scaled down here for a French PME",
               "judgement", 5000.0, 8000.0, refs=("koltiv-roi", "layerlogix-tco", _J)),
    Assumption("staff_seniority_years", 5.0, "years",
               "Years of service of an in-house role whose seniority was not entered: notice and "
               "legal severance depend on it (L1234-1, R1234-2); enter your people's own on the "
               "Company & IT staff page", "judgement", 0.0, 20.0,
               refs=("code-travail-l1234-1", "code-travail-r1234-2", _J)),
    Assumption("productive_hours_per_fte", 1500.0, "hours/year",
               "1,607 h is the legal full-time year (Code du travail L3121-41); about 1,500 "
               "productive after training and absences", "legal", 1400.0, 1607.0,
               refs=("code-travail-l3121-41", _J)),
    # --- governance (issue 7): the confusion risk, costed from staff time (models/governance.py)
    Assumption("confusion_episodes_per_year", 6.0, "episodes/year",
               "Requests nobody owns, priorities argued again; about "
               "one every two months with typical governance and full outsourcing; placeholder",
               "judgement", 2.0, 12.0, refs=("judgement-confusion-risk",)),
    Assumption("confusion_decider_hours", 6.0, "hours/episode",
               "Managing the contract is a hidden cost of outsourcing (Barthélemy 2001): the "
               "referent or manager arbitrates, explains again, escalates; about a day's work",
               "judgement", 3.0, 12.0,
               refs=("barthelemy-2001-hidden-costs", "judgement-confusion-risk")),
    Assumption("confusion_affected_share", 0.1, "fraction of staff",
               "A stuck request or a wrong priority blocks a team, not the company; "
               "placeholder", "judgement", 0.05, 0.25, refs=("judgement-confusion-risk",)),
    Assumption("confusion_hours_per_affected", 2.0, "hours/employee/episode",
               "Time spent waiting, chasing and explaining again; placeholder",
               "judgement", 1.0, 4.0, refs=("judgement-confusion-risk",)),
    Assumption("governance_employee_hourly_cost", 30.0, "EUR/hour",
               "French PME example on a provider's page: office staff at €30/h loaded (used when "
               "the risk engine's downtime hourly cost is absent)", "vendor", 25.0, 45.0,
               refs=("antoineconnect-infogerance",)),
    # --- cost model (issue 4): provider prices (EUR excl. VAT per month)
    Assumption("price_support_per_user", 35.0, "EUR/user/month",
               "Maintenance contracts €20–100 per workstation a month, helpdesk $60–85; an all-in "
               "fixed fee of €50–120 covers more domains. All sellers' pages: we take the lower "
               "middle for support alone", "judgement", 20.0, 100.0,
               refs=("savtec-maintenance", "zomentum-msp-pricing", "infogerance-paris-tarifs", _J),
               favours_provider="low"),
    Assumption("price_devices_per_device", 8.0, "EUR/device/month",
               "No separate public price for device management; our share of the €50–120 all-in "
               "fee per workstation (hardware excluded)", "judgement", 4.0, 20.0,
               refs=("infogerance-paris-tarifs", _J),
               favours_provider="low"),
    Assumption("price_hosting_per_server", 150.0, "EUR/server/month",
               "$100–395 per server a month (a seller's page); lower half of the range",
               "vendor", 90.0, 360.0, refs=("zomentum-msp-pricing",),
               favours_provider="low"),
    Assumption("price_network_per_site", 250.0, "EUR/site/month",
               "No public price per site found; placeholder to override", "judgement",
               100.0, 600.0, refs=(_J,),
               favours_provider="low"),
    Assumption("price_security_per_device", 12.0, "EUR/endpoint/month",
               "Per-endpoint price lines of a managed detection and response quote tool, plus "
               "offsite backup at €1–2 per GB a month; our blend", "judgement", 6.0, 25.0,
               refs=("soc-tco-calculator", "cogidis-backup", _J),
               favours_provider="low"),
    Assumption("price_applications_flat", 500.0, "EUR/month",
               "Business applications are mostly run by their vendor; flat fee for application "
               "support, placeholder to override", "judgement", 0.0, 1500.0, refs=(_J,),
               favours_provider="low"),
    # --- what the provider's fee replaces (fraction of the domain's recurring and one-off
    #     non-capitalised spend; licences, telecom bills and hardware stay: docs/cost-model.md)
    Assumption("replaced_share_support", 1.0, "fraction",
               "Maintenance contracts (account 6156) and interventions are what the fee buys",
               "judgement", 0.8, 1.0, refs=("pennylane-pcg-6156", _J),
               favours_provider="high"),
    Assumption("replaced_share_devices", 0.2, "fraction",
               "Hardware (account 2183), leases and consumables are excluded from the fee",
               "judgement", 0.0, 0.5,
               refs=("infogerance-paris-perimetre", "compapro-pcg-2183", _J),
               favours_provider="high"),
    Assumption("replaced_share_hosting", 0.2, "fraction",
               "Microsoft 365 and mailbox licences (accounts 613/651) stay, server support goes",
               "judgement", 0.0, 0.6, refs=("compta-online-pcg-651", _J),
               favours_provider="high"),
    Assumption("replaced_share_network", 0.1, "fraction",
               "Telecom bills (account 6262) stay, equipment management goes",
               "judgement", 0.0, 0.4, refs=(_J,),
               favours_provider="high"),
    Assumption("replaced_share_security", 0.5, "fraction",
               "EDR and backup subscriptions are often resold inside the fee", "judgement",
               0.2, 1.0, refs=("soc-tco-calculator", "cogidis-backup", _J),
               favours_provider="high"),
    Assumption("replaced_share_applications", 0.0, "fraction",
               "Business software licences (account 651) stay with their vendor",
               "judgement", 0.0, 0.3, refs=("compta-online-pcg-651", _J),
               favours_provider="high"),
    # --- contract terms, transition, retained function, exit
    Assumption("out_of_scope_share", 0.25, "fraction of fee",
               "Extras outside the fixed fee (on-site €80–150/h, workstation setups, migrations "
               "and training excluded) and change orders adding 20–30 % or more (a vendor blog); "
               "the middle of that range", "judgement", 0.10, 0.35, favours_provider="low",
               refs=("infogerance-paris-perimetre", "parallelplus-hidden-costs", _J)),
    Assumption("indexation_per_year", 0.03, "fraction/year",
               "No public index figure; Syntec-style indexation clause, the sample company's "
               "contracts were indexed about 3 % in January 2026; set your contract's clause",
               "judgement", 0.01, 0.05, refs=(_J,),
               favours_provider="low"),
    Assumption("renewal_step", 0.05, "fraction",
               "Price step at contract renewal; no public figure, "
               "placeholder to override", "judgement", 0.0, 0.15, refs=(_J,),
               favours_provider="low"),
    Assumption("contract_term_years", 3.0, "years",
               "Contracting is a hidden cost of outsourcing (Barthélemy 2001); usual multi-year "
               "term, placeholder to override", "judgement", 1.0, 5.0,
               refs=("barthelemy-2001-hidden-costs", _J)),
    Assumption("transition_fee_months", 2.0, "months of fee",
               "Onboarding often costs one to three times the monthly fee (a provider's blog), "
               "under one month in a clean environment; the middle of 1–3 months of the new fee",
               "judgement", 0.5, 3.0, favours_provider="low",
               refs=("maconindex-onboarding", "onboarding-cost-calculator", _J)),
    Assumption("transition_internal_days", 15.0, "days",
               "10–20 days of internal staff time over an onboarding of 30–90 days", "judgement",
               10.0, 20.0,
               refs=("controllednetworks-migration", "cynoratech-onboarding", _J),
               favours_provider="low"),
    Assumption("parallel_running_months", 2.0, "months",
               "Onboarding takes 30–90 days with the old and new set-ups in parallel (providers' "
               "pages): the middle of that range", "judgement", 0.5, 3.0,
               refs=("controllednetworks-migration", "cynoratech-onboarding", _J),
               favours_provider="low"),
    Assumption("retained_share_of_contract", 0.06, "fraction of fee/year",
               "Retained internal management costs 4–8 % of contract value (Willcocks, LSE)",
               "secondary", 0.04, 0.08, refs=("willcocks-lse-retained",),
               favours_provider="low"),
    Assumption("retained_fte", 0.2, "FTE",
               "An internal referent is kept (at 50+ staff most firms have a designated IT "
               "person): alternative to the 4–8 % share, priced at the IT manager salary",
               "judgement", 0.1, 0.5,
               refs=("fondation-mma-tpe-pme", "willcocks-lse-retained", _J),
               favours_provider="low"),
    Assumption("exit_fee_months", 1.5, "months of fee",
               "Leaving a provider typically adds 1–2 months of billing (Info-Tech); default 1.5 "
               "months of fees + internal time (cloud switching fees are capped by the EU Data "
               "Act, labour contracts are not)", "judgement", 1.0, 2.0,
               refs=("infotech-exit-vegaprism", "eu-data-act", _J),
               favours_provider="low"),
    Assumption("exit_internal_days", 15.0, "days",
               "Internal time to leave a provider: handing over runs like a transition, 10–20 days "
               "of internal time; the middle of that range", "judgement", 5.0, 20.0,
               refs=("infotech-exit-vegaprism", _J),
               favours_provider="low"),
    Assumption("freed_time_saved_share", 0.0, "fraction of freed staff cost",
               "Time freed in-house by a provider is not a saving until a person's fate changes "
               "(kept, redeployed, transferred, dismissed: Company & IT staff and Scenarios). "
               "Sellers count it all as saved from month two; the provider-pitch set does, and "
               "the thresholds say at what share an option would win", "judgement", 0.0, 1.0,
               refs=("layerlogix-tco", "koltiv-roi", "code-travail-l1233-3", _J),
               favours_provider="high", pitch=1.0, cautious=0.0),
    Assumption("contract_management_hours_factor", 1.0, "× the retained-work hours",
               "Contract management and the retained function in hours a year: the governance "
               "module's list of retained tasks (referent, steering, contract, access, exit "
               "plan), about 250 h for a full outsourcing; 4–8 % of contract value in large "
               "deals (Willcocks). The factor scales those hours", "judgement", 0.5, 1.5,
               refs=("willcocks-lse-retained", "barthelemy-2001-hidden-costs", _J),
               favours_provider="low"),
    Assumption("transfer_carried_share", 0.5, "fraction of the transferred loaded cost",
               "A transferred employee (L1224-1) is on the provider's payroll: its price carries "
               "part of that cost unless it can use the person elsewhere; no public figure, the "
               "middle of 0–100 %", "judgement", 0.0, 1.0,
               refs=("code-travail-l1224-1", _J), favours_provider="low"),
    Assumption("notice_months_executive", 3.0, "months",
               "Executives' notice under the usual collective agreements (Syntec: three months), "
               "more than the two months of the Code from two years of service", "legal",
               refs=("syntec-ccn-notice", "code-travail-l1234-1")),
    Assumption("cse_consultation_months", 1.0, "months",
               "With 50 employees or more the staff committee is consulted before the decision "
               "(L2312-8) and has one month to give its opinion (R2312-6)", "legal",
               refs=("code-travail-l2312-8", "code-travail-r2312-6")),
    Assumption("dismissal_procedure_months", 1.0, "months",
               "Summons at least 5 working days before the interview (L1232-2), letter at least "
               "7 working days after it (15 for an executive, L1233-15): about a month from "
               "decision to letter", "judgement", 0.5, 2.0,
               refs=("code-travail-l1232-2", "code-travail-l1233-15", _J),
               favours_provider="low"),
    # --- economics of the projection
    Assumption("headcount_growth", 0.0, "fraction/year",
               "Company-specific: no growth by default, set your plan", "judgement", -0.05, 0.10,
               refs=(_J,)),
    Assumption("salary_drift", 0.025, "fraction/year",
               "Pay surveys give levels, not increases; about 2–3 % yearly pay rises, "
               "placeholder to override", "judgement", 0.01, 0.04, refs=(_J,)),
    Assumption("price_inflation", 0.02, "fraction/year",
               "European Central Bank price-stability target: 2 % a year over the medium term "
               "(monetary policy strategy 2021)", "src", 0.0, 0.04, refs=("ecb-strategy-2021",)),
    Assumption("discount_rate", 0.06, "fraction/year",
               "Costs discounted at a cost of capital, as in migration business cases; typical "
               "PME cost of capital, placeholder to override", "judgement", 0.03, 0.10,
               refs=("azure-migrate-business-case", _J)),
    Assumption("useful_life_years", 4.0, "years",
               "IT hardware (account 2183) is capitalised and depreciated; French practice spreads "
               "it over 3–5 years (not checked against a public text)", "judgement", 3.0, 5.0,
               refs=("compapro-pcg-2183", _J)),
    Assumption("hours_per_day", 7.0, "hours/day",
               "Code du travail art. L3121-27: 35-hour legal week, 7 hours a day over 5 days",
               "legal", refs=("code-travail-l3121-27",)),
    Assumption("horizon_years", 5.0, "years",
               "Horizons of 3 to 7 years; migration business cases cover 1–5 years",
               "judgement", 3.0, 7.0, refs=("azure-migrate-business-case", _J)),
    # --- import
    Assumption("vat_rate", 0.20, "fraction",
               "Code général des impôts art. 278: French standard VAT rate 20 %", "legal",
               refs=("cgi-art-278",)),
    # --- uncertainty and risk engine (issue 5). Three-point inputs: value = most likely,
    #     low/high = PERT bounds unless the unit says "P10/P90" or "P50/P95".
    Assumption("mc_trials", 10000.0, "trials",
               "Tail percentiles need at least 2,000 trials (Crystal Ball guide) and 10,000 is a "
               "common default (pyfair); we measured P90 within about ±0.4 % at 10,000 plain "
               "trials; 100,000 on demand", "judgement", 1000.0, 100000.0,
               refs=("oracle-crystal-ball-trials", "pyfair", _J)),
    Assumption("mc_seed", 20261128.0, "seed",
               "One user-visible seed spawns the random streams: results are reproducible",
               "judgement", refs=("numpy-random-parallel", _J)),
    Assumption("mc_price_factor", 1.0, "factor (PERT)",
               "Unit prices quoted by providers are wide-ranging; a quote moves between offer and "
               "contract", "judgement", 0.95, 1.15,
               refs=("savtec-maintenance", "zomentum-msp-pricing", "palisade-pert", _J)),
    Assumption("mc_salary_factor", 1.0, "factor (PERT)",
               "80 % of salaries lie within about ±30 % of the median (Apec 2022); replacing or "
               "re-hiring moves pay", "judgement", 0.95, 1.10,
               refs=("apec-2022", "palisade-pert", _J)),
    Assumption("mc_unplanned_cv", 0.30, "coefficient of variation",
               "The yearly spread of unplanned spend comes from the imported monthly "
               "history; this fallback applies when fewer than 6 months are known", "judgement",
               0.15, 0.60, refs=(_J,)),
    Assumption("downtime_loaded_hourly_cost", 30.0, "EUR/hour",
               "French PME example on a provider's page: 10 office staff × €30/h loaded",
               "vendor", 25.0, 45.0, refs=("antoineconnect-infogerance",)),
    Assumption("downtime_affected_share", 0.8, "fraction of staff",
               "Bottom-up downtime cost (affected staff); a major outage stops most office work",
               "judgement", 0.5, 1.0, refs=("judgement-downtime-bottom-up",)),
    Assumption("downtime_productivity_loss", 0.5, "fraction (PERT)",
               "Share of work lost in the bottom-up downtime cost", "judgement", 0.3, 0.8,
               refs=("judgement-downtime-bottom-up",)),
    Assumption("downtime_revenue_at_risk", 0.1, "fraction (PERT)",
               "Share of revenue at risk in the bottom-up downtime cost: most sales are delayed, "
               "not lost; 37 % of SMBs hit lost customers (Infrascale 2020)", "judgement",
               0.0, 0.3, refs=("judgement-downtime-bottom-up", "infrascale-2020")),
    Assumption("downtime_margin_share", 0.266, "fraction of lost revenue",
               "A lost sale costs its value added, not its price: materials and bought services "
               "are not spent. Value added is 26.6 % of revenue in French industry (INSEE 2020), "
               "16.5 % in trade, 53.8 % in business services: set your company's. Sellers' "
               "calculators price downtime on revenue (the provider-pitch set)", "src",
               0.165, 0.538, refs=("insee-entreprises-2022", "calculator-city-managed-it"),
               favours_provider="high", pitch=1.0, cautious=0.266),
    Assumption("business_hours_per_year", 1820.0, "hours/year",
               "Code du travail art. L3121-27: 35-hour legal week × 52 weeks (opening hours over "
               "which revenue is earned)", "legal", refs=("code-travail-l3121-27",)),
    Assumption("outage_rate_hosting", 0.5, "events/year", _OUTAGES, "judgement", 0.25, 1.0,
               refs=("infrascale-2020", "ca-downtime-integris", _J)),
    Assumption("outage_rate_network", 0.5, "events/year", _OUTAGES, "judgement", 0.25, 1.0,
               refs=("infrascale-2020", "ca-downtime-integris", _J)),
    Assumption("outage_rate_provider_factor", 1.0, "factor",
               "Outages of a provider-run domain, as a multiple of the in-house rate. A provider "
               "monitors and keeps spares but runs shared platforms; no public figure either way "
               "(a seller's calculator silently assumes 75 % less downtime): 1, the same rate",
               "judgement", 0.5, 1.2, refs=("calculator-city-managed-it", _J),
               favours_provider="low"),
    Assumption("restore_hours_provider", 8.0, "hours",
               "Actual restore time of a major outage when a provider runs the domain: no public "
               "figure shows a provider restores faster than an in-house team, so the same as "
               "in-house; the contract's GTR (sla_restore_hours) sets the service credits, and "
               "the provider-pitch set takes the GTR's low end", "judgement", 2.0, 24.0,
               refs=("ca-downtime-integris", "rdem-gti-gtr", _J), favours_provider="low"),
    Assumption("restore_hours_inhouse", 8.0, "hours",
               "About 14 h of downtime a year in under 2 outages (CA survey); no guaranteed time "
               "to restore in-house", "judgement", 4.0, 24.0,
               refs=("ca-downtime-integris", _J),
               favours_provider="high"),
    Assumption("sla_restore_hours", 4.0, "hours",
               "A guaranteed time to restore (GTR) of 2–4 h for critical incidents is the usual "
               "ask of French PME support contracts", "src", 2.0, 8.0,
               refs=("rdem-gti-gtr", "reparateur-informatique-maintenance")),
    Assumption("outage_hours_p10_of_restore", 0.25, "× restore time (P10 of one outage)",
               "The GTR is an obligation of result on critical incidents; a quarter of it for a "
               "quick fix", "judgement", refs=("rdem-gti-gtr", _J)),
    Assumption("outage_hours_p90_of_restore", 2.0, "× restore time (P90 of one outage)",
               "A major outage sometimes misses the GTR (4 days for a failed NAS); with P10 at "
               "¼, the mean is about the restore time", "judgement",
               refs=("antoineconnect-infogerance", "rdem-gti-gtr", _J)),
    Assumption("sla_availability", 0.999, "fraction/month",
               "Microsoft 365 offers 99.9 % financially backed monthly uptime; 99.5 % ≈ 3.6 h a "
               "month", "src", 0.995, 0.9999,
               refs=("microsoft-365-sla", "legalclarity-sla", "querylaw-sla")),
    Assumption("sla_credit_below_target", 0.10, "fraction of monthly fee",
               "Typical tiered credits: 10 % of the monthly fee (99.0–99.9 %)", "src",
               refs=("pulseapi-sla-credits",)),
    Assumption("sla_credit_below_99", 0.25, "fraction of monthly fee",
               "Typical tiered credits: 25 % of the monthly fee (95–99 %)", "src",
               refs=("pulseapi-sla-credits",)),
    Assumption("sla_credit_below_95", 0.50, "fraction of monthly fee",
               "Typical tiered credits: 50 % of the monthly fee (< 95 %); capped at the monthly "
               "fee", "src", refs=("pulseapi-sla-credits", "microsoft-365-sla")),
    Assumption("cyber_rate", 0.2, "events/year",
               "Our range of 0.15–0.25 material incidents (loss > €10k) a year for a PME of 20–250 "
               "staff, calibrated on Hiscox (about half of firms attacked each year), ANSSI and "
               "Verizon", "judgement", 0.15, 0.25,
               refs=("hiscox-2022", "hiscox-2025", "anssi-panorama-2024", "verizon-dbir-2025", _J)),
    Assumption("cyber_rate_provider_factor", 1.0, "factor",
               "Material cyber incidents when a provider runs security, as a multiple of the "
               "in-house rate. No public figure compares managed and in-house security (and "
               "providers are targets too): 1, the same rate", "judgement", 0.5, 1.2,
               refs=("calculator-city-managed-it", _J),
               favours_provider="low"),
    Assumption("cyber_severity", 15000.0, "EUR (P50/P95)",
               "Hiscox 2022: median cost of an incident €18,645 for French SMEs (€9,000 at 50–250 "
               "staff in 2021); severity lognormal, median €15k, P95 €200k (about 5 % lose $300k "
               "or more, Hiscox 2020; judgement from the range)", "judgement", 15000.0, 200000.0,
               refs=("hiscox-2022", "hiscox-2021", "hiscox-2020", "riskquant", _J)),
    Assumption("cyber_hours", 8.0, "hours (PERT)",
               "Severe ransomware brings a multi-day outage; most incidents are much shorter",
               "judgement", 0.0, 72.0, refs=("verizon-dbir-2025", "hiscox-2022", _J)),
    Assumption("data_loss_rate", 0.05, "events/year",
               "A 13-person firm lost 4 days to a failed NAS (a provider's page); no public rate, "
               "placeholder to override", "judgement", 0.02, 0.10,
               refs=("antoineconnect-infogerance", _J)),
    Assumption("data_loss_rate_provider_factor", 1.0, "factor",
               "Data losses when a provider runs security and backup, as a multiple of the "
               "in-house rate. Managed offsite backup is common in offers, and untested "
               "backups fail either way; no public figure: 1, the same rate", "judgement",
               0.3, 1.2, refs=("cogidis-backup", _J),
               favours_provider="low"),
    Assumption("data_loss_severity", 8000.0, "EUR (P10/P90)",
               "Re-entry and recovery (French PME example: more than €12k for a 4-day NAS "
               "failure)", "judgement", 2000.0, 30000.0,
               refs=("antoineconnect-infogerance", _J)),
    Assumption("data_loss_hours", 16.0, "hours (PERT)",
               "4 days lost to a failed NAS (13-person firm, a provider's example)", "judgement",
               4.0, 96.0, refs=("antoineconnect-infogerance", _J)),
    Assumption("key_person_turnover", 0.12, "departures/FTE/year",
               "No public figure found; typical yearly IT staff turnover, placeholder to override",
               "judgement", 0.05, 0.25, refs=(_J,),
               favours_provider="high"),
    Assumption("key_person_cost_share", 0.5, "share of loaded yearly pay (PERT)",
               "Loaded pay and knowledge transfer: vacancy, recruiting and ramp-up; one person "
               "is a single point of failure", "judgement", 0.25, 1.0,
               refs=("hellowork-employer-cost", "layerlogix-tco", _J),
               favours_provider="high"),
    Assumption("provider_failure_rate", 0.05, "events/year",
               "About 14 % of 50 IT-outsourcing efforts failed (Barthélemy 2001): "
               "1 − e^(−3λ) = 14 % over a 3-year contract", "secondary", 0.02, 0.10,
               refs=("barthelemy-2001-hidden-costs", "riskquant"),
               favours_provider="low"),
    Assumption("provider_failure_months", 3.0, "months of fee (PERT)",
               "Exit 1–2 months of billing + onboarding the next provider 1–3 months of fee, "
               "paying both for a while", "judgement", 2.0, 5.0,
               refs=("infotech-exit-vegaprism", "maconindex-onboarding",
                     "westmonroe-overlooked-costs", _J),
               favours_provider="low"),
    Assumption("provider_failure_step", 0.05, "fraction of fee (PERT)",
               "71 % of early exits cite quality of service (Deloitte 2012): the next provider "
               "rarely costs less; placeholder to override", "judgement", 0.0, 0.20,
               refs=("deloitte-2012-outsourcing", _J),
               favours_provider="low"),
    Assumption("degradation_rate", 0.25, "events/year per outsourced domain",
               "71 % of those ending a contract early cite quality of service (Deloitte 2012); "
               "placeholder to override", "judgement", 0.1, 0.5,
               refs=("deloitte-2012-outsourcing", _J),
               favours_provider="low"),
    Assumption("degradation_rate_low_cost", 1.0, "events/year per outsourced domain",
               "Prices below the low end of the market range buy less capacity (an MSP benchmark "
               "calls them below average); placeholder to override", "judgement", 0.5, 2.0,
               refs=("pharallax-msp-benchmark", _J),
               favours_provider="low"),
    Assumption("degradation_hours", 4.0, "full-outage-equivalent hours (PERT)",
               "Slow tickets and rework, counted at the downtime cost per hour", "judgement",
               1.0, 16.0, refs=("judgement-downtime-bottom-up", _J),
               favours_provider="low"),
    Assumption("transition_overrun_probability", 0.3, "probability (year 1)",
               "An adviser says transition adds 30–50 % to year 1 (unverified); 14 % of "
               "outsourcing efforts failed (Barthélemy 2001)", "judgement", 0.15, 0.5,
               refs=("redress-migration-estimator", "barthelemy-2001-hidden-costs", _J),
               favours_provider="low"),
    Assumption("transition_overrun_share", 0.5, "share of transition cost (PERT)",
               "A messy environment exceeds one month of fee; change orders add 20–30 %",
               "judgement", 0.2, 1.5,
               refs=("onboarding-cost-calculator", "parallelplus-hidden-costs", _J),
               favours_provider="low"),
    Assumption("renewal_surprise_probability", 0.3, "probability per renewal",
               "Price step at renewal; no public figure, placeholder",
               "judgement", 0.1, 0.5, refs=(_J,),
               favours_provider="low"),
    Assumption("renewal_surprise_step", 0.05, "fraction of fee (PERT)",
               "Change orders add 20–30 % (a vendor blog), see also renewal_step; placeholder",
               "judgement", 0.02, 0.15, refs=("parallelplus-hidden-costs", _J),
               favours_provider="low"),
)

ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in _ALL}

# ------------------------------------------------------------------ assumption sets

#: The named sets: the seller's optimistic values, the neutral defaults, a careful CFO's values.
ASSUMPTION_SETS: tuple[str, ...] = ("pitch", "neutral", "cautious")
DEFAULT_SET = "neutral"
_ACTIVE_SET: ContextVar[str] = ContextVar("assumption_set", default=DEFAULT_SET)


def set_value(a: Assumption, name: str) -> float:
    """The value of ``a`` in assumption set ``name``.

    ``neutral``: the default value. ``pitch`` (what a provider's pitch would use): the explicit
    ``pitch`` value, else the end of the range that favours the provider. ``cautious``: the
    explicit ``cautious`` value, else halfway from the default to the other end of the range.
    Assumptions outside the sets (``favours_provider`` None) keep their value in every set.
    """
    if name not in ASSUMPTION_SETS:
        raise KeyError(name)
    if name == "neutral" or a.favours_provider is None or a.low is None or a.high is None:
        return a.value
    seller_end, other_end = ((a.low, a.high) if a.favours_provider == "low"
                             else (a.high, a.low))
    if name == "pitch":
        return a.pitch if a.pitch is not None else seller_end
    return a.cautious if a.cautious is not None else a.value + (other_end - a.value) / 2.0


def active_set() -> str:
    """The assumption set that :func:`default` reads (``neutral`` unless inside
    :func:`using_assumptions`)."""
    return _ACTIVE_SET.get()


@contextlib.contextmanager
def using_assumptions(name: str):
    """Within the block, :func:`default` and :func:`current` read the values of set ``name``
    (a context variable: other threads and sessions are not affected)."""
    if name not in ASSUMPTION_SETS:
        raise KeyError(name)
    token = _ACTIVE_SET.set(name)
    try:
        yield name
    finally:
        _ACTIVE_SET.reset(token)


# ------------------------------------------------------------------ the currency of the data

#: Units of the data's currency for one euro: the market defaults are euro amounts; when the
#: loaded data is in another currency and the user works in it at a rate they entered
#: (:mod:`models.money`), every assumption whose unit starts with ``EUR`` is converted.
_MONEY_SCALE: ContextVar[float] = ContextVar("money_scale", default=1.0)


def money_scale() -> float:
    """Units of the data's currency for one euro in this context (1.0: the data is in euros)."""
    return _MONEY_SCALE.get()


@contextlib.contextmanager
def using_money_scale(units_per_euro: float):
    """Within the block, :func:`default` and :func:`current` give euro-valued assumptions
    (unit ``EUR…``) converted into the data's currency: × ``units_per_euro`` (value, range and
    set values alike; fractions, hours and counts unchanged)."""
    scale = float(units_per_euro)
    if not scale > 0 or scale == float("inf"):
        raise ValueError(f"money scale must be a positive finite number, got {units_per_euro!r}")
    token = _MONEY_SCALE.set(scale)
    try:
        yield scale
    finally:
        _MONEY_SCALE.reset(token)


def set_money_scale(units_per_euro: float) -> None:
    """:func:`using_money_scale` for the rest of this thread's work (a page run: Streamlit runs
    each script run in a new thread, which starts at 1.0)."""
    scale = float(units_per_euro)
    if not scale > 0 or scale == float("inf"):
        raise ValueError(f"money scale must be a positive finite number, got {units_per_euro!r}")
    _MONEY_SCALE.set(scale)


def euro_default(key: str) -> float:
    """The value of assumption ``key`` in the active set, always in its own unit (euros for a
    price): what a scenario stores as its market price, converted only where it is used."""
    return set_value(ASSUMPTIONS[key], _ACTIVE_SET.get())


def in_data_money(a: Assumption) -> Assumption:
    """``a`` in the data's currency (:func:`using_money_scale`); unchanged when it is not a
    euro amount or the data is in euros."""
    scale = _MONEY_SCALE.get()
    if scale == 1.0 or not a.unit.startswith("EUR"):
        return a

    def conv(v):
        return None if v is None else v * scale
    return replace(a, value=a.value * scale, low=conv(a.low), high=conv(a.high),
                   pitch=conv(a.pitch), cautious=conv(a.cautious))


def current(key: str) -> Assumption:
    """Assumption ``key`` with its value in the active set (its range unchanged), in the data's
    currency when it is a euro amount (:func:`using_money_scale`)."""
    a = in_data_money(ASSUMPTIONS[key])
    value = set_value(a, _ACTIVE_SET.get())
    return a if value == a.value else replace(a, value=value)


def default(key: str) -> float:
    """The value of assumption ``key`` in the active set (the neutral default outside
    :func:`using_assumptions`), in the data's currency when it is a euro amount."""
    return set_value(in_data_money(ASSUMPTIONS[key]), _ACTIVE_SET.get())
