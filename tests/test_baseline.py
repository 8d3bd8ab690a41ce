"""Baseline summaries on hand-computed tables."""
import pandas as pd
import pytest

from models.baseline import domain_breakdown, monthly_by_domain, months_covered, summarise_spend
from models.company import CompanyProfile, StaffRole, staff_cost_by_domain
from models.spend import coerce_spend_table


@pytest.fixture
def tiny():
    return coerce_spend_table(pd.DataFrame({
        "date": pd.to_datetime(["2025-01-15", "2025-01-20", "2025-03-02", "2025-06-30",
                                "2025-02-01"]),
        "amount": [1200.0, 300.0, 600.0, -100.0, 999.0],
        "domain": ["support", "hosting", "support", "hosting", "other"],
    }))


def test_months_covered_counts_calendar_months(tiny):
    assert months_covered(tiny) == 6          # January to June inclusive


def test_monthly_by_domain_fills_gaps(tiny):
    m = monthly_by_domain(tiny)
    assert len(m) == 6 and list(m.columns)[0] == "support"
    assert m.loc["2025-01", "support"] == 1200 and m.loc["2025-01", "hosting"] == 300
    assert m.loc["2025-04"].sum() == 0
    assert m.loc["2025-06", "hosting"] == -100
    assert m.to_numpy().sum() == pytest.approx(2000)   # the 999 not-IT line is excluded


def test_summary_hand_computed(tiny):
    company = CompanyProfile("X", employees=10, workstations=10, servers=1, sites=1,
                             revenue_eur=1e6)
    staff = [StaffRole("tech", 0.5, 30000, 0.30, {"support": 0.5, "hosting": 0.5},
                       overhead_per_fte_eur=5000)]
    s = summarise_spend(tiny, company, staff)
    assert s.total_it == 2000 and s.total_not_it == 999
    assert s.annual_by_domain["support"] == pytest.approx(1800 * 2)   # 6 months → ×2
    assert s.annual_by_domain["hosting"] == pytest.approx(200 * 2)
    assert s.annual_staff == pytest.approx(0.5 * (30000 * 1.3 + 5000))   # 22,000
    assert s.annual_it_with_staff == pytest.approx(4000 + 22000)
    assert s.per_employee == pytest.approx(2600)
    assert s.share_of_revenue == pytest.approx(0.026)
    b = domain_breakdown(s)
    assert b["share"].sum() == pytest.approx(1)
    assert b.loc["support", "share"] == pytest.approx(0.9)


def test_staff_time_share_must_sum_to_one():
    with pytest.raises(ValueError):
        staff_cost_by_domain([StaffRole("x", 1, 30000, 0.3, {"support": 0.7})])
