"""Sanity checks of the data (models/sanity.py) and the currency of the data (models/money.py):
hand-computed cases at the edges of each range, sentences in French and English, and the
analysis worked in another currency (every amount scales with the rate)."""
from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from i18n import fmt_eur, t
from models.company import CompanyProfile, StaffRole
from models.dataset import Dataset
from models.money import (
    CurrencyRateError,
    dataset_in_euros,
    needs_rate,
    staff_in_data_currency,
    work_in_currency,
)
from models.sanity import check, sentence, sentences


def _data(it: float, not_it: float | None = None, employees: int = 10, revenue: float | None = None,
          staff: list | None = None, currency: str = "EUR", rate: float | None = None,
          staff_currency: str = "EUR") -> Dataset:
    """Twelve months of data (January to December 2025: the yearly spend is the total): the IT
    amount in two support lines, ``not_it`` (by default as much as IT: half the file) in one
    non-IT line."""
    not_it = abs(it) if not_it is None else not_it
    rows = [("2025-01-15", it / 2, "support"), ("2025-12-15", it / 2, "support")]
    if not_it:
        rows.append(("2025-06-15", not_it, "other"))
    spend = pd.DataFrame(rows, columns=["date", "amount", "domain"])
    from models.spend import coerce_spend_table
    company = CompanyProfile("ACME", employees, employees, 1, 1, revenue_eur=revenue)
    return Dataset(spend=coerce_spend_table(spend), company=company, staff=staff or [],
                   source_name="acme.xlsx", currency=currency, eur_rate=rate,
                   staff_currency=staff_currency)


def _keys(ds: Dataset) -> list[str]:
    return [w.key for w in check(ds)]


# ----------------------------------------------------------------- IT spend per employee

@pytest.mark.parametrize("it, expected", [
    (30_000, []),                                   # €3,000 per employee: the low end, inside
    (29_990, ["sanity.per_employee_low"]),          # €2,999
    (60_000, []),                                   # €6,000: the high end, inside
    (60_010, ["sanity.per_employee_high"]),         # €6,001
    (2_946_150, ["sanity.per_employee_high"]),      # €294,615: the Overview
])
def test_it_per_employee_at_the_ends_of_the_range(it, expected):
    assert _keys(_data(it, employees=10)) == expected


def test_the_in_house_staff_count_in_the_it_spend_per_employee():
    # €10,000 of spend + one person at €40,000 gross × 1.5 + €0 overhead = €70,000 → €7,000
    role = StaffRole("IT", 1.0, 40_000.0, 0.5, {"support": 1.0}, overhead_per_fte_eur=0.0)
    warning = check(_data(10_000, employees=10, staff=[role]))[0]
    assert warning.key == "sanity.per_employee_high"
    assert warning.params == {"amount": 7_000.0, "low": 3_000.0, "high": 6_000.0}


# ----------------------------------------------------------------- share of revenue

@pytest.mark.parametrize("it, expected", [
    (25_000, []),                                   # 2.5 % of €1M: the low end
    (24_990, ["sanity.revenue_low"]),               # 2.499 %
    (40_000, []),                                   # 4 %: the high end
    (40_010, ["sanity.revenue_high"]),              # 4.001 %
    (1_620_000, ["sanity.revenue_high"]),           # 162 %: the Overview
])
def test_it_share_of_revenue_at_the_ends_of_the_range(it, expected):
    # employees chosen so that the IT spend per employee stays within €3,000–6,000
    employees = max(1, round(it / 4_500))
    keys = [k for k in _keys(_data(it, employees=employees, revenue=1_000_000))
            if k.startswith("sanity.revenue")]
    assert keys == expected


def test_no_revenue_no_share_check():
    assert _keys(_data(45_000, employees=10, revenue=None)) == []


# ----------------------------------------------------------------- the file's IT share

@pytest.mark.parametrize("it, other, expected", [
    (45_000, 5_000, None),                           # 90 %: the high end, inside
    (45_100, 4_900, "sanity.file_high"),             # 90.2 %
    (45_000, 0.0, "sanity.file_high"),               # an IT-only file: 100 %
    (45_000, 4_455_000, None),                       # 1 %: the low end, inside
    (45_000, 4_500_000, "sanity.file_low"),          # 0.99 %
])
def test_it_share_of_the_file_at_the_ends(it, other, expected):
    keys = [k for k in _keys(_data(it, other, employees=10)) if k.startswith("sanity.file")]
    assert keys == ([expected] if expected else [])


@pytest.mark.parametrize("it", [0.0, -1_200.0])
def test_zero_or_negative_it_spend_is_the_one_warning(it):
    warnings = check(_data(it, 10_000, employees=10, revenue=1e6))
    assert [w.key for w in warnings] == ["sanity.no_it"]
    assert warnings[0].params == {"amount": it}


def test_the_sample_company_raises_no_warning():
    from models.dataset import sample_dataset
    assert check(sample_dataset()) == []


@settings(max_examples=200, deadline=None)
@given(it=st.integers(1, 10_000_000), employees=st.integers(1, 5_000))
def test_per_employee_warning_iff_outside_the_range(it, employees):
    per = it / employees
    keys = _keys(_data(float(it), employees=employees))
    assert ("sanity.per_employee_high" in keys) == (per > 6_000)
    assert ("sanity.per_employee_low" in keys) == (per < 3_000)


# ----------------------------------------------------------------- sentences

def test_sentences_in_english_and_french():
    ds = _data(2_946_150, employees=10)
    (warning,) = check(ds)
    assert sentence(warning, "en") == (
        "€294,615 of IT per employee a year (typical €3,000–€6,000): check the headcount and "
        "the lines classed as IT. (Typical range: IDC for Oracle 2006; Gartner 2021; "
        "Alinean 2005; DGE and Crédoc 2024; Our judgement.)")
    fr = sentence(warning, "fr")
    assert fr.startswith("294\u202f615\u00a0€ d'informatique par salarié et par an (habituel : "
                         "3\u202f000\u00a0€ à 6\u202f000\u00a0€) : vérifiez l'effectif")
    assert "Fourchette habituelle" in fr
    share = check(_data(1_620_000, employees=360, revenue=1_000_000))[0]
    assert share.key == "sanity.revenue_high"
    assert sentence(share, "en").startswith("IT is 162.0% of revenue (typical 2.5%–4.0%)")
    assert sentences(ds, "en") == [sentence(warning, "en")]


# ----------------------------------------------------------------- another currency

def test_per_employee_in_rand_needs_the_rate():
    # ZAR 59,990 per employee: no euro range to compare with until a rate is given
    ds = _data(599_900, employees=10, currency="ZAR")
    assert needs_rate(ds) and _keys(ds) == []
    at_rate = work_in_currency(ds, 0.05)               # 1 ZAR = €0.05: €3,000 = ZAR 60,000
    (warning,) = check(at_rate)
    assert warning.key == "sanity.per_employee_low" and warning.currency == "ZAR"
    assert warning.params["low"] == pytest.approx(60_000) and \
        warning.params["high"] == pytest.approx(120_000)
    text = sentence(warning, "en")
    assert text.startswith("ZAR 59,990 of IT per employee a year (typical ZAR 60,000–ZAR "
                           "120,000)") and "€" not in text
    assert _keys(work_in_currency(_data(600_000, employees=10, currency="ZAR"), 0.05)) == []


def test_salaries_in_euros_are_not_added_to_rand_without_a_rate():
    role = StaffRole("IT", 1.0, 40_000.0, 0.5, {"support": 1.0}, overhead_per_fte_eur=0.0)
    ds = _data(600_000, employees=10, revenue=20_000_000, staff=[role], currency="ZAR")
    assert staff_in_data_currency(ds) is None
    assert _keys(ds) == []                          # no per-employee nor revenue check
    worked = work_in_currency(ds, 0.05)             # the salary converted once: ZAR 800,000
    assert worked.staff_currency == "ZAR"
    assert worked.staff[0].gross_salary_eur == pytest.approx(800_000)
    # ZAR 600,000 + 800,000 × 1.5 = 1,800,000 → ZAR 180,000 per employee (> 120,000) and
    # 9 % of revenue (> 4 %)
    assert _keys(worked) == ["sanity.per_employee_high", "sanity.revenue_high"]


def test_data_converted_to_euros():
    role = StaffRole("IT", 1.0, 800_000.0, 0.5, {"support": 1.0}, overhead_per_fte_eur=0.0)
    ds = _data(600_000, 400_000, employees=10, revenue=20_000_000, staff=[role],
               currency="ZAR", staff_currency="ZAR", rate=0.05)
    eur = dataset_in_euros(ds, 0.05)
    assert eur.currency == "EUR" and eur.eur_rate is None and eur.staff_currency == "EUR"
    assert eur.spend["amount"].sum() == pytest.approx(50_000)
    assert eur.company.revenue_eur == pytest.approx(1_000_000)
    assert eur.staff[0].gross_salary_eur == pytest.approx(40_000)
    assert ds.spend["amount"].sum() == pytest.approx(1_000_000)     # the original unchanged


@pytest.mark.parametrize("rate", [0, -1, float("nan"), float("inf"), "abc", 2e6])
def test_a_bad_rate_is_one_sentence(rate):
    from models.errors import CostModelError
    with pytest.raises(CostModelError) as err:
        work_in_currency(_data(1_000, currency="ZAR"), rate)
    assert err.value.key == "money.error.rate"


def test_the_analysis_refuses_foreign_money_without_a_rate():
    from models.analysis import analyse
    from models.dataset import sample_dataset
    from models.scenarios import Economics, default_scenarios
    ds = dataclasses.replace(sample_dataset(), currency="ZAR")
    with pytest.raises(CurrencyRateError) as err:
        analyse(ds, default_scenarios(), Economics(), trials=200)
    assert err.value.message("en") == t("money.error.needs_rate", "en", currency="ZAR")
    assert "€" not in err.value.message("fr")


def test_worked_in_another_currency_every_amount_scales_with_the_rate():
    """The sample company's data × 20 in rand, worked at 1 ZAR = €0.05: the euro defaults,
    prices, salaries and risk costs all convert, so every figure is exactly 20 × the euro
    analysis (same seed) and the finding names rand, never euros."""
    from models.analysis import analyse
    from models.dataset import sample_dataset
    from models.scenarios import Economics, default_scenarios
    eur = sample_dataset()
    spend = eur.spend.assign(amount=eur.spend["amount"] * 20)
    company = dataclasses.replace(eur.company, revenue_eur=eur.company.revenue_eur * 20)
    zar = work_in_currency(dataclasses.replace(eur, spend=spend, company=company,
                                               currency="ZAR"), 0.05)
    a = analyse(eur, default_scenarios(), Economics(), trials=2_000, seed=5, lang="en")
    b = analyse(zar, default_scenarios(), Economics(), trials=2_000, seed=5, lang="en")
    ka, kb = a.kpis().set_index("scenario"), b.kpis().set_index("scenario")
    for col in ("expected_total", "plan_total", "total_p10", "total_p90", "npv", "p90_year",
                "expected_risk_loss", "cost_per_employee"):
        assert kb[col].to_numpy() == pytest.approx(20 * ka[col].to_numpy(), rel=1e-9), col
    assert kb["p_cheaper"].fillna(-1).tolist() == ka["p_cheaper"].fillna(-1).tolist()
    assert "ZAR" in b.finding and "€" not in b.finding
    for th in b.thresholds:
        assert "€" not in th.sentence("en")
    assert fmt_eur(1, "en") == "€1"                  # the currency did not leak out
