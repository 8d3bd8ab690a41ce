"""Validation of the Company & IT staff form (pages/company.py): raw widget values in,
``CompanyProfile`` and ``StaffRole`` list out, or the list of problems as (i18n key, params)."""
from __future__ import annotations

import math

import pandas as pd

from models.boundary import MAX_AMOUNT, clean_name
from models.company import CompanyProfile, StaffRole
from models.defaults import default, using_money_scale
from models.domains import DOMAINS

MAX_FTE = 20.0
MAX_SALARY = 500_000.0
MAX_COUNT = 1_000_000      # employees, workstations, servers, sites

#: Typical roles with sourced defaults (salaries and employer charges from models/defaults.py,
#: which cites e.g. `expectra-2022` and `coratmosphere-charges` in docs/sources.md) and a
#: judgement time share per domain (fractions summing to 1).
TYPICAL_ROLES: dict[str, dict] = {
    "it_manager": {"salary": "salary_it_manager", "charges": "employer_charges_cadre",
                   "share": {"governance": 0.30, "hosting": 0.20, "network": 0.10,
                             "security": 0.15, "applications": 0.15, "support": 0.10}},
    "sysadmin": {"salary": "salary_sysadmin", "charges": "employer_charges_cadre",
                 "share": {"hosting": 0.35, "network": 0.25, "security": 0.20, "support": 0.10,
                           "devices": 0.10}},
    "technician": {"salary": "salary_technician", "charges": "employer_charges_non_cadre",
                   "share": {"support": 0.60, "devices": 0.25, "network": 0.05,
                             "security": 0.05, "hosting": 0.05}},
}


MAX_SENIORITY = 60.0


def typical_role(kind: str, name: str) -> StaffRole:
    """A role of kind ``kind`` with the sourced defaults; an executive ("cadre") when its
    employer charges are the cadre rate."""
    spec = TYPICAL_ROLES[kind]
    return StaffRole(name, 1.0, default(spec["salary"]), default(spec["charges"]),
                     dict(spec["share"]), executive=spec["charges"] == "employer_charges_cadre")


def staff_to_frame(staff: list[StaffRole]) -> pd.DataFrame:
    """Staff as an editable table: role, fte, salary, charges_pct, seniority (years of
    service), executive (bool) and one % column per domain."""
    rows = []
    for r in staff:
        row = {"role": r.role, "fte": float(r.fte), "salary": float(r.gross_salary_eur),
               "charges_pct": round(r.employer_charge_rate * 100, 2),
               "seniority": float(r.seniority_years), "executive": bool(r.executive)}
        for d in DOMAINS:
            row[d] = round(r.time_share.get(d, 0.0) * 100, 2)
        rows.append(row)
    columns = ["role", "fte", "salary", "charges_pct", "seniority", "executive", *DOMAINS]
    return pd.DataFrame(rows, columns=columns).astype(
        {"role": object, "fte": float, "salary": float, "charges_pct": float,
         "seniority": float, "executive": bool, **{d: float for d in DOMAINS}})


def value_added_pct(company: CompanyProfile) -> float:
    """The value added per euro of revenue shown on the form, in %: the company's own, else
    the default of the active assumption set (``downtime_margin_share``)."""
    share = company.value_added_share
    return round(100.0 * (share if share is not None else default("downtime_margin_share")), 2)


def _flag(value) -> bool:
    """A checkbox cell: True only for a true boolean (an empty cell, NaN or None is False)."""
    import numpy as np
    return isinstance(value, (bool, np.bool_)) and bool(value)


def _number(value) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def validate_form(name: str, employees, workstations, servers, sites, revenue,
                  staff: pd.DataFrame, value_added_pct=None, max_salary: float = MAX_SALARY
                  ) -> tuple[CompanyProfile | None, list[StaffRole], list[tuple[str, dict]]]:
    """(profile, staff, problems); profile is None when there is any problem.

    ``max_salary``: the highest gross yearly salary accepted, in the salaries' currency
    (:data:`MAX_SALARY` euros, converted by the page for salaries in another currency).

    ``value_added_pct``: the company's value added per euro of revenue, in % (0 < x ≤ 100);
    None keeps the default of the assumption set (``downtime_margin_share``). A role's
    ``seniority`` left empty takes the default ``staff_seniority_years``; it must be 0–60."""
    problems: list[tuple[str, dict]] = []
    counts = {}
    for field, value in (("employees", employees), ("workstations", workstations),
                         ("servers", servers), ("sites", sites)):
        x = _number(value)
        if x is None or not 0 <= x <= MAX_COUNT or not float(x).is_integer():
            problems.append(("company.error.count", {"field": field}))
        counts[field] = int(x) if x is not None and x >= 0 and float(x).is_integer() else 0
    if counts["employees"] < 1 and ("company.error.count", {"field": "employees"}) not in problems:
        problems.append(("company.error.employees", {}))
    rev = _number(revenue) if revenue not in (None, "") else 0.0
    if rev is None or not 0 <= rev <= MAX_AMOUNT:
        problems.append(("company.error.revenue", {}))
    value_added = None
    if value_added_pct is not None:
        value_added = _number(value_added_pct)
        if value_added is None or not 0 < value_added <= 100:
            problems.append(("company.error.value_added", {}))
            value_added = None
    roles: list[StaffRole] = []
    for k, row in enumerate(staff.to_dict(orient="records"), start=1):
        role = clean_name(row.get("role") or "")
        values = [row.get(c) for c in ("fte", "salary", "charges_pct", *DOMAINS)]
        if not role and all(_number(v) in (None, 0.0) for v in values):
            continue                                        # an empty row added by mistake
        if not role:
            problems.append(("company.error.role", {"row": k}))
        fte, salary, charges = (_number(row.get(c)) for c in ("fte", "salary", "charges_pct"))
        if fte is None or not 0 <= fte <= MAX_FTE:
            problems.append(("company.error.fte", {"row": k}))
        if salary is None or not 0 <= salary <= max_salary:
            problems.append(("company.error.salary", {"row": k, "high": max_salary}))
        if charges is None or not 0 <= charges <= 100:
            problems.append(("company.error.charges", {"row": k}))
        raw_years = row.get("seniority")
        years = (default("staff_seniority_years") if raw_years is None or raw_years == ""
                 or (isinstance(raw_years, float) and math.isnan(raw_years))
                 else _number(raw_years))
        if years is None or not 0 <= years <= MAX_SENIORITY:
            problems.append(("company.error.seniority", {"row": k}))
        shares = {d: _number(row.get(d)) or 0.0 for d in DOMAINS}
        if any(v < 0 for v in shares.values()):
            problems.append(("company.error.share_negative", {"row": k}))
        total = sum(shares.values())
        if abs(total - 100.0) > 0.5:
            problems.append(("company.error.share", {"row": k, "total": f"{total:g}"}))
        if not problems:
            roles.append(StaffRole(role, fte, salary, charges / 100.0,
                                   {d: v / total for d, v in shares.items() if v > 0},
                                   seniority_years=float(years),
                                   executive=_flag(row.get("executive"))))
    if problems:
        return None, [], problems
    profile = CompanyProfile(name=clean_name(name or "") or "—", revenue_eur=rev or None,
                             value_added_share=None if value_added is None
                             else value_added / 100.0, **counts)
    return profile, roles, []


#: IT staff a company brought in with its data may declare (full-time people).
MAX_IT_STAFF = 20.0


def _whole(value) -> int | None:
    x = _number(value)
    return int(x) if x is not None and float(x).is_integer() else None


def company_for_data(name, employees, revenue, it_staff, role_names: dict[str, str]
                     ) -> tuple[CompanyProfile | None, list[StaffRole], list[tuple[str, dict]]]:
    """The company an imported file belongs to, from the four answers the Import page asks
    for when it is activated: (profile, staff, problems as (i18n key, params)).

    Workstations = headcount, one site and one server per 20 employees (estimates the Company
    page lets the user adjust); ``it_staff`` full-time people: one IT manager (up to 1 FTE),
    the rest support technicians, at the French market defaults (:func:`typical_role`; euros).
    ``revenue`` (optional) is in the data's currency. ``role_names``: the translated names of
    ``it_manager`` and ``technician``."""
    problems: list[tuple[str, dict]] = []
    clean = clean_name(name or "")
    if not clean:
        problems.append(("import.company.error.name", {}))
    count = _whole(employees)
    if count is None or not 1 <= count <= MAX_COUNT:
        problems.append(("import.company.error.employees", {}))
    rev = _number(revenue) if revenue not in (None, "") else 0.0
    if rev is None or not 0 <= rev <= MAX_AMOUNT:
        problems.append(("import.company.error.revenue", {}))
    fte = _number(it_staff)
    if fte is None or not 0 <= fte <= MAX_IT_STAFF:
        problems.append(("import.company.error.it_staff", {}))
    if problems:
        return None, [], problems
    profile = CompanyProfile(name=clean, employees=count, workstations=count,
                             servers=max(1, round(count / 20)), sites=1, revenue_eur=rev or None)
    staff: list[StaffRole] = []
    with using_money_scale(1.0):            # the market defaults in euros (staff_currency EUR)
        if fte > 0:
            manager = typical_role("it_manager", role_names["it_manager"])
            manager.fte = min(1.0, fte)
            staff.append(manager)
        if fte > 1:
            tech = typical_role("technician", role_names["technician"])
            tech.fte = fte - 1.0
            staff.append(tech)
    return profile, staff, []
