"""The one-off lines as the Current spend page shows them: the table with ``in_baseline`` and
the total kept out, and their marks on the monthly chart."""
import pandas as pd
import pytest

from charts.spend import spend_by_month_chart
from models.baseline import monthly_by_domain
from models.one_off import detect_one_off, one_off_table


def test_table_flags_the_lines_put_back_and_totals_the_rest(sample_spend):
    found = detect_one_off(sample_spend)
    table, out = one_off_table(sample_spend)
    assert list(table["in_baseline"]) == [False] * len(found)
    assert out == pytest.approx(float(found["amount"].sum()))
    first, second = (int(r) for r in found["source_row"].iloc[:2])
    table, out = one_off_table(sample_spend, {first, second})
    assert list(table["in_baseline"])[:3] == [True, True, False]
    assert out == pytest.approx(float(found["amount"].iloc[2:].sum()))


def test_table_of_a_history_without_one_off_lines_is_empty():
    spend = pd.DataFrame({"date": pd.to_datetime(["2026-01-05"]), "amount": [100.0],
                          "domain": ["support"], "nature": ["recurring"], "capex": [False],
                          "vendor": ["A"], "label": ["contrat"], "source_row": [1]})
    table, out = one_off_table(spend)
    assert table.empty and out == 0.0 and "in_baseline" in table.columns


def test_monthly_chart_marks_each_month_with_one_off_lines_at_the_top_of_its_bar(sample_spend):
    monthly = monthly_by_domain(sample_spend)
    found = detect_one_off(sample_spend).assign(reason="Incident")
    fig = spend_by_month_chart(monthly, "en", "Sample", found)
    marks = next(tr for tr in fig.data if tr.type == "scatter")
    months = pd.to_datetime(found["date"]).dt.to_period("M").unique()
    assert len(marks.x) == len(months)
    nov = pd.Period("2025-11", "M")
    i = list(marks.x).index("Nov 2025")
    assert marks.y[i] == pytest.approx(float(monthly.clip(lower=0).loc[nov].sum()))
    assert marks.customdata[i].count("<br>") == 2          # three incident lines that month
    plain = spend_by_month_chart(monthly, "en", "Sample")
    assert all(tr.type == "bar" for tr in plain.data)


def test_vendor_text_is_escaped_in_the_marks(sample_spend):
    monthly = monthly_by_domain(sample_spend)
    found = detect_one_off(sample_spend).iloc[:1].assign(reason="x", vendor="<b>Evil</b>")
    marks = next(tr for tr in spend_by_month_chart(monthly, "en", "S", found).data
                 if tr.type == "scatter")
    assert "<b>" not in marks.customdata[0] and "&lt;b&gt;Evil" in marks.customdata[0]
