"""The staff decisions of each scenario in words and figures, for the board pack: who leaves,
when, after what notice, with what legal severance (:func:`models.staff.role_outcome`, the same
rules as the cost model and the Scenarios page). Pure pandas."""
from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from models.staff import months_between, role_outcome

COLUMNS: tuple[str, ...] = ("scenario", "scenario_name", "role", "fate", "date", "delay_months",
                            "notice_months", "exit_date", "severance", "seniority_at_exit",
                            "avoided_share")


def exit_date(start_date: str, exit_month: float) -> dt.date | None:
    """First day of the month a role leaves the payroll, ``exit_month`` months after the
    projection starts on ``start_date`` (ISO), rounded to the month as on the Scenarios page;
    None when it never leaves."""
    if math.isinf(exit_month):
        return None
    start = dt.date.fromisoformat(start_date[:10])
    months = int(round(exit_month))
    return dt.date(start.year + (start.month - 1 + months) // 12,
                   (start.month - 1 + months) % 12 + 1, 1)


def staff_decision_rows(scenarios, staff, *, start_date: str, employees: int,
                        lang: str | None = None) -> pd.DataFrame:
    """One row per scenario and in-house role whose fate is not *keep* (:data:`COLUMNS`):
    ``date`` of the decision (ISO, the projection start when none), the months of consultation
    and procedure (``delay_months``) and of notice, the ``exit_date`` (None for a
    redeployment), the legal ``severance`` (EUR, year-1 pay) and the years of service on
    leaving. ``staff``: :class:`models.company.StaffRole` objects."""
    rows = []
    for sc in scenarios:
        for role in staff or []:
            decision = sc.decision(role.role)
            if decision.fate == "keep":
                continue
            out = role_outcome(decision, gross_yearly_pay=role.fte * role.gross_salary_eur,
                               seniority_years=role.seniority_years, executive=role.executive,
                               employees=int(employees),
                               start_month=months_between(start_date, decision.date))
            rows.append({"scenario": sc.id, "scenario_name": sc.display_name(lang),
                         "role": role.role, "fate": decision.fate,
                         "date": (decision.date or start_date)[:10],
                         "delay_months": out.delay_months, "notice_months": out.notice_months,
                         "exit_date": exit_date(start_date, out.exit_month),
                         "severance": float(out.severance),
                         "seniority_at_exit": float(out.seniority_at_exit),
                         "avoided_share": float(out.avoided_share)})
    return pd.DataFrame(rows, columns=list(COLUMNS))


def item_totals(projection: pd.DataFrame, items) -> pd.DataFrame:
    """Horizon total of each cost item (rows, in the order of ``items``, those present) per
    scenario (columns: scenario ids, in the order of the projection), EUR."""
    table = projection.pivot_table(index="item", columns="scenario", values="amount_eur",
                                   aggfunc="sum", sort=False)
    table = table.reindex(columns=list(dict.fromkeys(projection["scenario"])))
    return table.reindex([i for i in items if i in table.index]).fillna(0.0)
