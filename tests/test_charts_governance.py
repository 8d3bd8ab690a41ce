"""Governance charts on hand-made data (issue 7)."""
import pandas as pd
import pytest

from charts.governance import _cell_offsets, effect_chart, maturity_chart, risk_matrix_chart
from charts.theme import SeriesStyle
from models import governance as gov


def title(fig):
    """The title as one line (base_layout wraps it with <br>)."""
    return fig.layout.title.text.replace("-<br>", "-").replace("<br>", " ")


STYLES = [SeriesStyle("inhouse", "In-house", "#0072B2"), SeriesStyle("full", "Full", "#009E73")]


def test_maturity_chart_bars_and_title():
    themes = {"contract": 50.0, "steering": 80.0, "knowledge": 20.0, "control": 60.0,
              "provider": 100.0}
    fig = maturity_chart(55.0, themes, "en", "sample")
    bar = fig.data[0]
    # first theme on top: plotly draws the first y at the bottom, so the list is reversed
    assert list(bar.x) == [55.0, 100.0, 60.0, 20.0, 80.0, 50.0]
    assert bar.y[0] == "Overall" and bar.y[-1] == "Contract and expectations"
    assert title(fig).startswith("Governance maturity 55/100: weakest theme "
                                            "“Knowledge kept in-house” (20/100)")
    top = maturity_chart(100.0, dict.fromkeys(themes, 100.0), "fr", "x")
    assert "tous les thèmes" in title(top)


def test_risk_matrix_places_every_row_and_names_the_worst():
    reg = pd.DataFrame([("dependency", "inhouse", 2, 3), ("transition", "full", 4, 4),
                        ("confusion", "full", 4, 4), ("low_cost", "full", 5, 3)],
                       columns=list(gov.REGISTER_COLUMNS))
    fig = risk_matrix_chart(reg, STYLES, "en", "sample")
    scenario_traces = [tr for tr in fig.data if tr.x and tr.x[0] is not None]
    xs = [x for tr in scenario_traces for x in tr.x]
    assert len(xs) == 4
    full = next(tr for tr in scenario_traces if tr.name == "Full")
    # two markers share the cell (4, 4): spread horizontally, centred on it
    assert sorted(full.x)[:2] == pytest.approx([3.65, 4.35])
    assert title(fig) == "Most critical risk: Transition (Full, 4 × 4)"
    assert len(fig.layout.shapes) == 25


def test_cell_offsets_do_not_overlap():
    for n in range(1, 9):
        pts = _cell_offsets(n)
        assert len(set(pts)) == n
        assert all(abs(dx) <= 0.35 and abs(dy) <= 0.35 for dx, dy in pts)


def test_effect_chart_names_the_scenario_that_moves_most():
    rows = pd.DataFrame({"scenario": ["inhouse", "full"], "before": [40000.0, 38000.0],
                         "after": [40000.0, 95000.0]})
    fig = effect_chart(rows, STYLES, "en", "sample")
    assert [tr.name for tr in fig.data] == ["Without governance effects", "With your answers"]
    assert list(fig.data[1].x) == [95000.0, 40000.0]          # Full on top (drawn last)
    assert title(fig).startswith("With your answers, the yearly risk loss of “Full” "
                                            "goes from €38.0k to €95.0k")
