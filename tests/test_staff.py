"""In-house staff under French employment law: notice, legal severance, the time before a saving
starts, and the cost items of each fate, checked against hand-computed cases."""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from models.company import CompanyProfile, StaffRole
from models.costmodel import group_costs, make_inputs, summarise, yearly_costs, yearly_totals
from models.errors import CostModelError
from models.scenarios import Economics, make_scenario
from models.spend import coerce_spend_table
from models.staff import (
    StaffDecision,
    legal_notice_months,
    legal_severance,
    months_between,
    role_outcome,
    year_fractions,
)


def test_legal_notice_by_seniority_and_executive_status():
    # L1234-1: nothing before six months, one month from six months, two months from two years
    assert legal_notice_months(0.4) == 0
    assert legal_notice_months(0.5) == 1
    assert legal_notice_months(1.99) == 1
    assert legal_notice_months(2.0) == 2
    assert legal_notice_months(15) == 2
    # executives: three months under the usual collective agreements (Syntec)
    assert legal_notice_months(1.0, executive=True) == 3
    assert legal_notice_months(0.3, executive=True) == 0


def test_legal_severance_quarter_then_third_of_a_month_per_year():
    # monthly reference 36,000 / 12 = 3,000
    assert legal_severance(36_000, 0.5) == 0                    # under eight months: nothing
    assert legal_severance(36_000, 8 / 12) == pytest.approx(3_000 * (8 / 12) / 4)   # 500
    assert legal_severance(36_000, 4) == pytest.approx(3_000)   # 4 × ¼ month
    assert legal_severance(36_000, 10) == pytest.approx(7_500)  # 10 × ¼ month
    # the ten-year step: beyond ten years each year is worth ⅓ month (R1234-2)
    assert legal_severance(36_000, 13) == pytest.approx(7_500 + 3 * 1_000)
    assert legal_severance(36_000, 10.5) == pytest.approx(7_500 + 0.5 * 1_000)
    assert legal_severance(0, 20) == 0


def test_dismissal_timeline_in_a_company_with_a_staff_committee():
    """IT manager, 12 years of service, executive, in a 76-person company, decided at month 0:
    CSE one month (R2312-6) + procedure one month + three months' notice = leaves at month 5,
    with 12 5/12 years of service: 47,090 / 12 × (10/4 + 2 5/12 / 3)."""
    out = role_outcome(StaffDecision("IT manager", "dismiss"), gross_yearly_pay=47_090,
                       seniority_years=12, executive=True, employees=76, start_month=0)
    assert out.delay_months == 2 and out.notice_months == 3 and out.exit_month == 5
    assert out.seniority_at_exit == pytest.approx(12 + 5 / 12)
    assert out.severance == pytest.approx(47_090 / 12 * (2.5 + (2 + 5 / 12) / 3))
    assert out.severance == pytest.approx(12_971.55, abs=0.01)


def test_dismissal_without_a_staff_committee_and_a_short_seniority():
    """A 20-person company has no CSE to consult: procedure one month, then the notice of the
    seniority reached by then (1.1 years → one month)."""
    out = role_outcome(StaffDecision("Tech", "dismiss", seniority_years=1.0),
                       gross_yearly_pay=30_000, seniority_years=9.0, executive=False,
                       employees=20, start_month=3.0)
    assert out.delay_months == 1 and out.notice_months == 1
    assert out.exit_month == pytest.approx(5.0)
    assert out.severance == pytest.approx(2_500 * (1 + 2 / 12) / 4)


def test_transfer_redeploy_keep():
    t = role_outcome(StaffDecision("A", "transfer"), gross_yearly_pay=40_000, seniority_years=5,
                     executive=False, employees=76, start_month=2)
    assert t.exit_month == 3 and t.carried_from == 3 and t.severance == 0
    r = role_outcome(StaffDecision("A", "redeploy", avoided_share=0.4), gross_yearly_pay=40_000,
                     seniority_years=5, executive=False, employees=76, start_month=6)
    assert math.isinf(r.exit_month) and r.saving_from == 6 and r.avoided_share == 0.4
    k = role_outcome(StaffDecision("A"), gross_yearly_pay=40_000, seniority_years=5,
                     executive=False, employees=76, start_month=0)
    assert math.isinf(k.exit_month) and k.severance == 0


def test_year_fractions_and_dates():
    assert year_fractions(5, 3).tolist() == pytest.approx([7 / 12, 1, 1])
    assert year_fractions(0, 2).tolist() == [1, 1]
    assert year_fractions(math.inf, 2).tolist() == [0, 0]
    assert months_between("2027-01-01", "2027-04-01") == pytest.approx(3)
    assert months_between("2027-01-01", "2026-06-01") == 0          # before the start: at start
    assert months_between("2027-01-01", None) == 0


def test_decisions_are_validated():
    for bad in (StaffDecision("A", "fire"), StaffDecision("A", "dismiss", date="2027-13-01"),
                StaffDecision("A", "redeploy", avoided_share=1.5),
                StaffDecision("", "keep"), StaffDecision("A", seniority_years=-1)):
        with pytest.raises(CostModelError):
            bad.validate()
    sc = replace(make_scenario("full", ("support",)),
                 staff=(StaffDecision("A"), StaffDecision("A", "dismiss")))
    with pytest.raises(CostModelError):
        sc.validate()


# ------------------------------------------------------------------ in the cost model

def _inputs(employees: int = 76):
    spend = coerce_spend_table(__import__("pandas").DataFrame(
        [{"date": f"2026-{m:02d}-05", "amount": 1_000.0, "domain": "support",
          "nature": "recurring"} for m in range(1, 13)]))
    staff = [StaffRole("IT manager", 1.0, 48_000, 0.42, {"support": 0.5, "governance": 0.5},
                       overhead_per_fte_eur=6_000, seniority_years=12, executive=True)]
    economics = Economics(horizon_years=3, salary_drift=0.0, price_inflation=0.0,
                          headcount_growth=0.0)
    company = CompanyProfile("Co", employees=employees, workstations=employees, servers=1,
                             sites=1)
    return make_inputs(spend, company, staff, economics)


def test_dismissal_in_the_cost_model_by_hand():
    """Loaded cost 48,000 × 1.42 + 6,000 = 74,160 a year; dismissed at the start: paid five
    months (CSE, procedure, notice) = 30,900, then nothing; severance 4,000 × (2.5 + 2 5/12 / 3)
    in year 1."""
    inputs = _inputs()
    assert inputs.start_date == "2027-01-01"
    sc = replace(make_scenario("partial", ("support",)),
                 staff=(StaffDecision("IT manager", "dismiss"),))
    items = group_costs(yearly_costs(inputs, sc))
    assert items["staff"] == pytest.approx([74_160 * 5 / 12, 0, 0])
    assert items["severance"] == pytest.approx([4_000 * (2.5 + (2 + 5 / 12) / 3), 0, 0])
    assert yearly_totals(inputs, sc) == pytest.approx(sum(items.values()))
    inhouse = make_scenario("inhouse")
    assert group_costs(yearly_costs(inputs, inhouse))["staff"] == pytest.approx([74_160] * 3)


def test_dismissal_decided_later_shifts_the_saving():
    inputs = _inputs()
    sc = replace(make_scenario("partial", ("support",)),
                 staff=(StaffDecision("IT manager", "dismiss", date="2027-10-01"),))
    staff = group_costs(yearly_costs(inputs, sc))["staff"]
    # decided at month 9, leaves at month 14: year 1 in full, two months of year 2
    assert staff == pytest.approx([74_160, 74_160 * 2 / 12, 0])
    sev = group_costs(yearly_costs(inputs, sc))["severance"]
    assert sev[0] == 0 and sev[1] > 0


def test_transfer_puts_part_of_the_cost_in_the_providers_price():
    inputs = _inputs(employees=30)          # no CSE: transferred at the decision date
    sc = replace(make_scenario("partial", ("support",)),
                 staff=(StaffDecision("IT manager", "transfer"),))
    items = group_costs(yearly_costs(inputs, sc))
    assert items["staff"] == pytest.approx([0, 0, 0])
    assert items["transferred_staff"] == pytest.approx([0.5 * 74_160] * 3)
    assert "severance" not in items


def test_redeployment_saves_only_the_avoided_share():
    inputs = _inputs()
    sc = replace(make_scenario("partial", ("support",)),
                 staff=(StaffDecision("IT manager", "redeploy"),))
    assert group_costs(yearly_costs(inputs, sc))["staff"] == pytest.approx([74_160] * 3)
    sc = replace(sc, staff=(StaffDecision("IT manager", "redeploy", avoided_share=0.25),))
    assert group_costs(yearly_costs(inputs, sc))["staff"] == pytest.approx([74_160 * 0.75] * 3)


def test_contract_management_is_the_retained_hours_not_absorbed_by_kept_staff():
    """Full outsourcing (hours mode): about 254 h a year of retained work. Kept, the IT manager
    (half his time freed: 750 h) absorbs it at no extra cost; dismissed, it is paid at his
    hourly cost 74,160 / 1,500."""
    from models.governance.retained import contract_management_hours
    inputs = _inputs()
    full = make_scenario("full", ("support", "devices", "hosting", "network", "security",
                                  "applications"))
    hours = contract_management_hours(full)
    assert hours == pytest.approx(138 + 72 + 16 + 12 + 16)
    kept = group_costs(yearly_costs(inputs, full))
    assert kept["contract_management"] == pytest.approx([0, 0, 0])
    gone = replace(full, staff=(StaffDecision("IT manager", "dismiss"),))
    cm = group_costs(yearly_costs(inputs, gone))["contract_management"]
    assert cm == pytest.approx([hours * 74_160 / 1_500] * 3)


def test_no_staff_saving_on_the_sample_unless_a_fate_says_so():
    from models.dataset import sample_dataset
    from models.scenarios import default_scenarios
    ds = sample_dataset()
    inputs = make_inputs(ds.spend, ds.company, ds.staff)
    staff = {r.id: group_costs(yearly_costs(inputs, sc))["staff"]
             for r, sc in zip(summarise(inputs, default_scenarios()), default_scenarios())}
    np.testing.assert_allclose(staff["partial"], staff["inhouse"])
    np.testing.assert_allclose(staff["full"], staff["inhouse"])


def test_key_person_risk_follows_the_people_who_stay():
    """The key-person event's rate is the turnover × the in-house IT FTE the scenario keeps,
    averaged over the horizon: the sample technician, dismissed at the start, stays four months
    (CSE, procedure, two months' notice) of the five years."""
    from models.dataset import sample_dataset
    from models.defaults import default
    from models.one_off import baseline_spend
    from models.uncertainty.catalogue import scenario_facts
    from tests.conftest import lean_scenarios
    ds = sample_dataset()
    inputs = make_inputs(baseline_spend(ds), ds.company, ds.staff)
    inhouse, partial, full = lean_scenarios()
    assert scenario_facts(inputs, inhouse, 5).inhouse_fte == pytest.approx(2.0)
    assert scenario_facts(inputs, partial, 5).inhouse_fte == pytest.approx(1 + 4 / 60)
    # the manager (executive) leaves after five months, the technician after four
    assert scenario_facts(inputs, full, 5).inhouse_fte == pytest.approx((5 + 4) / 60)
    assert default("key_person_turnover") > 0
