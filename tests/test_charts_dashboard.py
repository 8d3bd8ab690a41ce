"""Chart builders of the dashboard: data, ordering, colours and title wording from the numbers."""
import numpy as np
import pandas as pd
import pytest

from charts.predictability import cv_overrun_chart, distribution_chart, fan_chart, quantile_points
from charts.risk import exceedance_chart, exceedance_curve, expected_loss_chart, sla_chart
from charts.sensitivity import tornado_chart, waterfall_chart
from charts.theme import SeriesStyle, scenario_color
from i18n import fmt_eur_short

STYLES = [SeriesStyle("inhouse", "In-house", scenario_color(0)),
          SeriesStyle("partial", "Partial", scenario_color(1)),
          SeriesStyle("full", "Full", scenario_color(2))]


def test_fan_chart_bands_medians_and_title():
    rows = []
    for sid, width in (("inhouse", 40_000), ("partial", 20_000), ("full", 10_000)):
        for year in (1, 2, 3):
            rows.append({"scenario": sid, "year": year, "p10": 300_000 - width / 2,
                         "p50": 300_000, "p90": 300_000 + width / 2})
    fig = fan_chart(pd.DataFrame(rows), STYLES, "en", "sub")
    assert len(fig.data) == 9                      # lower bound, band, median per scenario
    medians = [tr for tr in fig.data if tr.mode == "lines+markers"]
    assert [tr.line.color for tr in medians] == [s.color for s in STYLES]
    assert list(medians[0].x) == ["Year 1", "Year 2", "Year 3"]
    bands = [tr for tr in fig.data if tr.fill == "tonexty"]
    assert list(bands[2].y) == [305_000] * 3
    assert fig.layout.title.text.replace("<br>", " ") == (
        "Full has the narrowest P10–P90 range in euros: €10.0k a year, "
        "against €40.0k for In-house")


def test_distribution_chart_p90_from_full_sample():
    rng = np.random.default_rng(1)
    samples = {"inhouse": rng.normal(300_000, 30_000, 50_000),
               "full": rng.normal(280_000, 5_000, 50_000)}
    fig = distribution_chart(samples, STYLES, "fr", "sub")
    violins = [tr for tr in fig.data if tr.type == "violin"]
    assert [v.name for v in violins] == ["In-house", "Full"]     # partial has no sample: skipped
    assert all(len(v.y) == 2000 for v in violins)                 # quantiles, not 50,000 points
    assert all(v.x is None and v.x0 == v.name for v in violins)   # one category, not 2,000
    p90_in = np.quantile(samples["inhouse"], 0.9)
    marker = [tr for tr in fig.data if tr.type == "scatter"][0]
    assert marker.y[0] == pytest.approx(p90_in)
    # each option's P90 under its name (not floating beside the marker, into its neighbour)
    assert list(fig.layout.xaxis.tickvals) == ["In-house", "Full"]
    assert fig.layout.xaxis.ticktext[0] == "In-house<br>P90 " + fmt_eur_short(p90_in, "fr")
    assert fig.layout.title.text.startswith("Mauvaise année (P90) : ")
    assert "pour In-house" in fig.layout.title.text and "pour Full" in fig.layout.title.text


def test_quantile_points_keep_the_distribution():
    x = np.random.default_rng(2).lognormal(10, 1, 100_000)
    q = quantile_points(x, 2000)
    assert len(q) == 2000 and np.all(np.diff(q) >= 0)
    assert np.median(q) == pytest.approx(np.median(x), rel=0.01)


def test_cv_overrun_chart_values_and_title():
    stats = pd.DataFrame({"scenario": ["inhouse", "partial", "full"], "cv": [0.12, 0.08, 0.05],
                          "p_overrun": [0.30, 0.15, 0.04]})
    fig = cv_overrun_chart(stats, STYLES, 0.10, "en", "sub")
    assert list(fig.data[0].y) == [0.12, 0.08, 0.05]
    assert list(fig.data[1].y) == [0.30, 0.15, 0.04]
    assert list(fig.data[1].marker.color) == [s.color for s in STYLES]
    assert fig.layout.title.text.replace("<br>", " ") == (
        "Full is least likely to overrun its budget by more than 10%: 4%, against 30% for In-house")
    # named by the analysis (lowest relative spread first): the title gives its own figures
    fig = cv_overrun_chart(stats, STYLES, 0.10, "fr", "sub", best="partial", basis="son plan")
    assert fig.layout.title.text.replace("<br>", " ") == (
        "Partial est l'option la plus prévisible : dispersion relative du coût annuel 8\u00a0%, "
        "15\u00a0% de risque de dépasser son plan de plus de 10\u00a0%")


def test_expected_loss_chart_sorted_and_totals_in_title():
    eal = pd.DataFrame({
        "scenario": ["inhouse", "inhouse", "full", "full"],
        "event": ["outage", "cyber", "outage", "cyber"],
        "eal": [12_000.0, 30_000.0, 4_000.0, 20_000.0]})
    fig = expected_loss_chart(eal, {"outage": "Major outage", "cyber": "Cyber incident"}, STYLES,
                              "en", "s")
    assert list(fig.data[0].y) == ["Major outage", "Cyber incident"]     # largest on top
    by_name = {tr.name: list(tr.x) for tr in fig.data}
    assert by_name == {"In-house": [12_000, 30_000], "Full": [4_000, 20_000]}
    assert fig.layout.title.text.replace("<br>", " ") == (
        "Risks cost In-house €42.0k a year on average, Full €24.0k")


def test_exceedance_curve_from_sorted_sample():
    x, p = exceedance_curve(np.array([5.0, 1.0, 3.0, 2.0, 4.0]))
    assert list(x) == [1, 2, 3, 4, 5]
    assert list(p) == pytest.approx([0.8, 0.6, 0.4, 0.2, 0.0])
    big = np.random.default_rng(3).exponential(1000, 100_000)
    x, p = exceedance_curve(big)
    assert len(x) == 400 and x[-1] == big.max() and np.all(np.diff(p) <= 0)
    # P(L > x) of an exponential is exp(-x/1000): check at the median point
    i = len(x) // 2
    assert p[i] == pytest.approx(np.exp(-x[i] / 1000), abs=0.01)


def test_exceedance_chart_title_reads_one_in_ten_year():
    losses = {"inhouse": np.arange(1, 1001, dtype=float) * 100,
              "full": np.arange(1, 1001, dtype=float) * 50}
    fig = exceedance_chart(losses, STYLES, "en", "s")
    assert [tr.name for tr in fig.data] == ["In-house", "Full"]
    q_in = np.quantile(losses["inhouse"], 0.9)
    assert f"€{q_in / 1000:.1f}k for In-house" in fig.layout.title.text.replace("<br>", " ")


def test_sla_chart_caps_credits_and_names_worst_coverage():
    sla = pd.DataFrame({"scenario": ["partial", "full"], "downtime_loss": [20_000.0, 50_000.0],
                        "credits": [5_000.0, 60_000.0]})
    fig = sla_chart(sla, STYLES, "en", "s")
    credits, uncovered = fig.data
    assert list(credits.y) == [5_000, 50_000]          # credits never exceed the loss
    assert list(uncovered.y) == [15_000, 0]
    assert fig.layout.title.text.replace("<br>", " ") == (
        "Service credits cover only 25% of Partial's expected downtime loss")


def test_tornado_sorted_by_swing_and_title():
    swings = pd.DataFrame({"label": ["Provider price", "Salary", "Transition"],
                           "low": [900_000.0, 980_000.0, 995_000.0],
                           "high": [1_150_000.0, 1_030_000.0, 1_010_000.0]})
    fig = tornado_chart(swings, 1_000_000.0, 5, "en", "s")
    low, high = fig.data
    assert list(low.y) == ["Transition", "Salary", "Provider price"]   # largest swing on top
    assert list(low.x) == [-5_000, -20_000, -100_000]
    assert list(high.x) == [10_000, 30_000, 150_000]
    assert fig.layout.title.text == "Provider price matters most: €900k to €1.2M over 5 years"


def test_waterfall_steps_and_title():
    fig = waterfall_chart(1_000_000.0, [("Staff freed", -300_000.0), ("Provider fees", 220_000.0),
                                        ("Transition", 30_000.0)], "Full", 5, "en", "s")
    w = fig.data[0]
    assert list(w.measure) == ["absolute", "relative", "relative", "relative", "total"]
    assert list(w.y)[-1] == pytest.approx(950_000)
    assert fig.layout.title.text == "Full costs €50.0k less than in-house over 5 years"
    fig = waterfall_chart(1_000_000.0, [("Provider fees", 80_000.0)], "Partial", 5, "fr", "s")
    assert fig.layout.title.text == "Partial coûte 80,0\u00a0k€ de plus que l'interne sur 5 ans"


def test_sla_title_only_considers_scenarios_with_a_contract():
    sla = pd.DataFrame({"scenario": ["inhouse", "full"], "downtime_loss": [14_000.0, 5_000.0],
                        "credits": [0.0, 50.0]})
    fig = sla_chart(sla, STYLES, "en", "s", contract_ids={"full"})
    assert list(fig.data[1].y) == [14_000, 4_950]      # in-house shown for comparison
    assert fig.layout.title.text.replace("<br>", " ") == (
        "Service credits cover only 1.0% of Full's expected downtime loss")
