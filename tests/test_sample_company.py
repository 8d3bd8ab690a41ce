"""The sample company generator: plausible, deterministic, rebuildable."""
import pandas as pd
import pytest

from models.baseline import monthly_by_domain, summarise_spend
from models.domains import DOMAINS
from models.sample_company import (
    DEFAULT_SEED,
    generate_sample_spend,
    sample_company,
    sample_staff,
    write_sample_workbook,
    write_template_workbook,
)
from models.spend import SPEND_COLUMNS


def test_shape_and_period(sample_spend):
    assert 1000 <= len(sample_spend) <= 2500
    assert sample_spend["date"].min() >= pd.Timestamp("2024-11-01")
    assert sample_spend["date"].max() <= pd.Timestamp("2026-10-31")
    assert sample_spend["date"].dt.to_period("M").nunique() == 24
    assert list(sample_spend.columns[: len(SPEND_COLUMNS)]) == list(SPEND_COLUMNS)


def test_every_domain_has_spend_and_there_are_non_it_lines(sample_spend):
    by_domain = sample_spend.groupby("domain")["amount"].sum()
    for d in DOMAINS:
        assert by_domain[d] > 5_000, d
    assert by_domain["other"] > 0


def test_credit_notes_emergencies_capex_refresh_and_incident(sample_spend):
    assert (sample_spend["amount"] < 0).sum() >= 3
    assert (sample_spend["nature"] == "unplanned").sum() >= 10
    refresh = sample_spend[(sample_spend["capex"])
                           & (sample_spend["date"].dt.to_period("M") == "2026-02")]
    assert refresh["amount"].sum() > 30_000
    monthly = monthly_by_domain(sample_spend)
    # the cyber incident makes November 2025 the costliest month for security by far
    assert monthly["security"].idxmax() == pd.Period("2025-11", "M")
    assert monthly.loc["2025-11", "security"] > 4 * monthly["security"].median()


def test_totals_are_plausible_against_reference_figures(sample_spend):
    company = sample_company()
    assert 60 <= company.employees <= 90 and company.sites == 2
    assert 12e6 <= company.revenue_eur <= 15e6
    s = summarise_spend(sample_spend, company, sample_staff())
    # the model's ranges (defaults it_spend_per_employee_* and it_share_of_revenue_*, from
    # `idc-oracle-2006` and `gartner-itkmd-2021` in docs/sources.md): €3,000-6,000 per employee
    # per year, 2.5-4 % of revenue (± margin)
    assert 3000 <= s.per_employee <= 6000
    assert 0.02 <= s.share_of_revenue <= 0.045
    # in-house staff: technician €28k × 1.30 + manager €47,090 × 1.42 + €6,500 overhead each
    assert s.annual_staff == pytest.approx(28000 * 1.30 + 47090 * 1.42 + 2 * 6500)
    # domain ranges (EUR/year): Microsoft 365 alone is ~€17k, the ERP maintenance €12k
    assert 15_000 <= s.annual_by_domain["hosting"] <= 40_000
    assert 25_000 <= s.annual_by_domain["applications"] <= 60_000
    assert 15_000 <= s.annual_by_domain["network"] <= 35_000


def test_deterministic_with_seed_and_different_with_another():
    a = generate_sample_spend(DEFAULT_SEED)
    b = generate_sample_spend(DEFAULT_SEED)
    pd.testing.assert_frame_equal(a, b)
    c = generate_sample_spend(DEFAULT_SEED + 1)
    assert not a["amount"].equals(c["amount"])


def test_committed_workbook_matches_generator(tmp_path):
    """sample_data/ holds exactly what the seeded script writes (values, no formulas)."""
    from tests.conftest import ROOT
    committed = ROOT / "sample_data" / "sample_company_spend.xlsx"
    rebuilt = write_sample_workbook(tmp_path / "s.xlsx")

    def read(p):
        return pd.read_excel(p, sheet_name="Dépenses", header=2, engine="calamine")

    pd.testing.assert_frame_equal(read(committed), read(rebuilt))
    df = read(committed)
    assert len(df) == len(generate_sample_spend())
    assert df["Montant HT"].sum() == pytest.approx(generate_sample_spend()["amount"].sum(),
                                                   abs=0.01)
    import openpyxl
    ws = openpyxl.load_workbook(committed)["Dépenses"]
    assert not any(isinstance(c.value, str) and c.value.startswith("=")
                   for row in ws.iter_rows() for c in row)


def test_template_has_bilingual_instructions(tmp_path):
    import openpyxl
    wb = openpyxl.load_workbook(write_template_workbook(tmp_path / "t.xlsx"))
    assert wb.sheetnames == ["Instructions", "Dépenses", "Personnel IT"]
    ws = wb["Instructions"]
    assert ws["A1"].value == "Français" and ws["B1"].value == "English"
    assert ws.max_row >= 8
