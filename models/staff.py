"""What happens to each in-house IT person when IT is outsourced, under French employment law.

A saving exists only when a person's fate changes (people, not time shares:
docs/cost-model.md). Each
role of the staff list gets, per scenario, a :class:`StaffDecision` whose ``fate`` is one of:

``keep`` (the default)
    The person stays, at full cost. Time freed by the provider is not a saving.
``redeploy``
    The person moves to other work in the company and stays on the payroll. The IT cost is
    saved only for the share ``avoided_share`` of the loaded cost that the move avoids elsewhere
    (a planned hire not made); 0 by default.
``transfer``
    The contract passes to the provider (Code du travail L1224-1, when the function is an
    autonomous economic entity; often not the case for one or two people, so it is a choice).
    The salary leaves the payroll on the transfer date, after the staff committee (CSE) has been
    consulted where the company has 50 employees or more (L2312-8; one month, R2312-6). The
    provider's price then carries a share of the person's cost (``transfer_carried_share``).
``dismiss``
    Economic dismissal (L1233-3: a real economic cause; L1233-4: a redeployment search first).
    From the decision date: CSE consultation (50+ employees, one month), the procedure
    (interview, letter: ``dismissal_procedure_months``), then the notice (L1234-1: one month with
    six months to two years of service, two months from two years; three months for executives
    under the usual collective agreements, Syntec), paid whether worked or not. Then the person
    leaves the payroll and the legal severance is paid (L1234-9 after eight months of service;
    R1234-2: ¼ month of pay per year of service up to ten years, ⅓ month per year beyond;
    R1234-4: the monthly reference pay, here gross yearly pay / 12). Seniority counts to the end
    of the notice. Severance within the legal amount bears no social charges (not modelled
    beyond that: a negotiated payment above it would).

Months are counted from the start of year 1 of the projection. A role leaves the payroll at
month ``exit_month``; its share of year ``y`` on the payroll is
``clip((exit_month − 12(y − 1)) / 12, 0, 1)``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from models.defaults import default
from models.errors import CostModelError

FATES: tuple[str, ...] = ("keep", "redeploy", "transfer", "dismiss")
#: Companies of at least this many employees have a CSE to consult first (L2312-8).
CSE_THRESHOLD = 50
#: Service needed for the legal severance (L1234-9), years.
SEVERANCE_MIN_YEARS = 8 / 12
#: Service from which the legal notice is one month, then two months (L1234-1), years.
NOTICE_STEPS = ((0.5, 1.0), (2.0, 2.0))


@dataclass(frozen=True)
class StaffDecision:
    """The fate of one in-house role in one scenario.

    ``date``: ISO date (``YYYY-MM-DD``) the decision is taken, or None for the start of the
    projection; ``seniority_years``: years of service on that date (None: the role's own, from
    the Company & IT staff page); ``avoided_share``: for ``redeploy``, the share of the loaded
    cost the move avoids elsewhere (0–1)."""
    role: str
    fate: str = "keep"
    date: str | None = None
    seniority_years: float | None = None
    avoided_share: float = 0.0

    def validate(self) -> None:
        if not isinstance(self.role, str) or not self.role.strip() or len(self.role) > 80:
            raise CostModelError("costs.error.staff_role", value=str(self.role)[:80])
        if self.fate not in FATES:
            raise CostModelError("costs.error.staff_fate", role=self.role, value=self.fate,
                                 expected=", ".join(FATES))
        if self.date is not None:
            parse_date(self.date, self.role)
        if self.seniority_years is not None:
            _check("seniority_years", self.seniority_years, 0.0, 60.0)
        _check("avoided_share", self.avoided_share, 0.0, 1.0)


def _check(name: str, value, low: float, high: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value) or not low <= value <= high:
        raise CostModelError("costs.error.range", name=name, value=value, low=low, high=high)


def parse_date(text: str, role: str = "") -> tuple[int, int, int]:
    """(year, month, day) of an ISO date; a translated error otherwise."""
    import datetime as dt
    try:
        d = dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        raise CostModelError("costs.error.staff_date", role=role, value=str(text)[:20]) from None
    if not 2000 <= d.year <= 2100:
        raise CostModelError("costs.error.staff_date", role=role, value=str(text)[:20])
    return d.year, d.month, d.day


def months_between(start: str, date: str | None) -> float:
    """Months from ``start`` (ISO) to ``date`` (ISO; None = 0), never negative: a decision
    dated before the projection starts takes effect at its start."""
    if date is None:
        return 0.0
    y0, m0, d0 = parse_date(start)
    y1, m1, d1 = parse_date(date)
    months = (y1 - y0) * 12 + (m1 - m0) + (d1 - d0) / 30.0
    return max(months, 0.0)


def legal_notice_months(seniority_years: float, executive: bool = False) -> float:
    """Notice in months (L1234-1): none under six months of service, one month from six months,
    two months from two years; executives get at least ``notice_months_executive`` (three months
    under the usual collective agreements, Syntec) once they have six months of service."""
    notice = 0.0
    for years, months in NOTICE_STEPS:
        if seniority_years >= years:
            notice = months
    if executive and seniority_years >= 0.5:
        notice = max(notice, default("notice_months_executive"))
    return notice


def legal_severance(gross_yearly_pay: float, seniority_years: float) -> float:
    """Legal severance in EUR (L1234-9, R1234-2, R1234-4): with a monthly reference pay
    ``m = gross yearly pay / 12`` and ``n`` years of service (incomplete years pro rata),
    ``m × (n / 4)`` up to ten years and ``m × (10 / 4 + (n − 10) / 3)`` beyond; nothing under
    eight months of service."""
    if seniority_years < SEVERANCE_MIN_YEARS or gross_yearly_pay <= 0:
        return 0.0
    m = gross_yearly_pay / 12.0
    first = min(seniority_years, 10.0)
    beyond = max(seniority_years - 10.0, 0.0)
    return m * (first / 4.0 + beyond / 3.0)


@dataclass(frozen=True)
class RoleOutcome:
    """What a decision does to one role, in months from the start of year 1 and EUR.

    ``exit_month``: when the role leaves the payroll (``inf`` when it never does);
    ``saving_from`` and ``avoided_share``: a redeployment's avoided cost from that month;
    ``severance`` (EUR, at the salary factor 1) paid at ``exit_month``; ``carried_from``: from
    that month the provider's price carries part of the role's cost (transfer); ``notice_months``
    and ``delay_months`` (CSE and procedure before the notice) for the explanation."""
    fate: str
    exit_month: float = math.inf
    saving_from: float = math.inf
    avoided_share: float = 0.0
    severance: float = 0.0
    carried_from: float = math.inf
    notice_months: float = 0.0
    delay_months: float = 0.0
    seniority_at_exit: float = 0.0


def role_outcome(decision: StaffDecision, *, gross_yearly_pay: float, seniority_years: float,
                 executive: bool, employees: int, start_month: float) -> RoleOutcome:
    """The timeline and one-off costs of ``decision`` for a role paid ``gross_yearly_pay``
    (EUR/year, all FTE of the role) with ``seniority_years`` of service at the decision, taken
    ``start_month`` months after the projection starts, in a company of ``employees``."""
    decision.validate()
    seniority = (decision.seniority_years if decision.seniority_years is not None
                 else seniority_years)
    cse = 1.0 * default("cse_consultation_months") if employees >= CSE_THRESHOLD else 0.0
    if decision.fate == "keep":
        return RoleOutcome("keep")
    if decision.fate == "redeploy":
        return RoleOutcome("redeploy", saving_from=start_month,
                           avoided_share=decision.avoided_share)
    if decision.fate == "transfer":
        exit_month = start_month + cse
        return RoleOutcome("transfer", exit_month=exit_month, carried_from=exit_month,
                           delay_months=cse, seniority_at_exit=seniority + cse / 12.0)
    delay = cse + default("dismissal_procedure_months")
    notice = legal_notice_months(seniority + delay / 12.0, executive)
    exit_month = start_month + delay + notice
    at_exit = seniority + (delay + notice) / 12.0
    return RoleOutcome("dismiss", exit_month=exit_month, notice_months=notice,
                       delay_months=delay, seniority_at_exit=at_exit,
                       severance=legal_severance(gross_yearly_pay, at_exit))


def year_fractions(from_month: float, horizon: int) -> np.ndarray:
    """Share of each year 1..H from month ``from_month`` on (0 before, 1 after; ``inf`` → 0)."""
    starts = 12.0 * np.arange(horizon, dtype="float64")
    if math.isinf(from_month):
        return np.zeros(horizon)
    return np.clip((starts + 12.0 - from_month) / 12.0, 0.0, 1.0)


def year_of(month: float, horizon: int) -> int | None:
    """0-based year index of ``month`` (None beyond the horizon or never)."""
    if math.isinf(month):
        return None
    y = int(month // 12)
    return y if y < horizon else None


# ------------------------------------------------------------------ the cost model's view

@dataclass(frozen=True)
class RoleCost:
    """One in-house role as the cost model sees it; amounts in EUR/year for all its FTE."""
    role: str
    fte: float
    pay: float                      # gross × (1 + employer charges) × FTE
    overhead: float                 # overhead per FTE × FTE (tools, training, recruiting)
    gross: float                    # gross yearly pay × FTE (the severance reference)
    time_share: tuple[tuple[str, float], ...]
    seniority_years: float
    executive: bool

    def share(self, domains) -> float:
        """Share of the role's time spent on ``domains``."""
        wanted = set(domains)
        return sum(s for d, s in self.time_share if d in wanted)


def role_costs(staff) -> tuple[RoleCost, ...]:
    """The cost model's roles from :class:`models.company.StaffRole` objects."""
    out = []
    for r in staff or []:
        r.validate()
        shares = tuple(sorted(r.time_share.items())) or (("governance", 1.0),)
        out.append(RoleCost(role=r.role, fte=float(r.fte),
                            pay=r.fte * r.gross_salary_eur * (1 + r.employer_charge_rate),
                            overhead=r.fte * r.overhead_per_fte_eur,
                            gross=r.fte * r.gross_salary_eur, time_share=shares,
                            seniority_years=float(r.seniority_years),
                            executive=bool(r.executive)))
    return tuple(out)


@dataclass(frozen=True)
class RoleSchedule:
    """Year-by-year shares of one role in one scenario (arrays of shape (H,)).

    ``on``: share of the year on the payroll; ``avoided``: share of the year whose cost a
    redeployment avoids elsewhere (× ``avoided_share``); ``severance``: legal severance paid
    that year (EUR at year-1 pay); ``carried``: share of the year the provider carries the
    role's cost after a transfer."""
    role: RoleCost
    outcome: RoleOutcome
    on: np.ndarray
    avoided: np.ndarray
    severance: np.ndarray
    carried: np.ndarray


def schedules(roles: tuple[RoleCost, ...], scenario, employees: int, start_date: str,
              horizon: int) -> list[RoleSchedule]:
    """The :class:`RoleSchedule` of every role under ``scenario``'s staff decisions."""
    out = []
    for r in roles:
        decision = scenario.decision(r.role)
        outcome = role_outcome(decision, gross_yearly_pay=r.gross,
                               seniority_years=r.seniority_years, executive=r.executive,
                               employees=employees,
                               start_month=months_between(start_date, decision.date))
        on = 1.0 - year_fractions(outcome.exit_month, horizon)
        avoided = outcome.avoided_share * year_fractions(outcome.saving_from, horizon)
        severance = np.zeros(horizon)
        year = year_of(outcome.exit_month, horizon)
        if year is not None and outcome.severance:
            severance[year] = outcome.severance
        carried = year_fractions(outcome.carried_from, horizon)
        out.append(RoleSchedule(r, outcome, on, avoided, severance, carried))
    return out
