"""Charts on any screen and with any name (issue 15): user and file names stay literal inside
Plotly; titles wrap to the width and clear the toolbar; legends go below on a phone; tick labels
are written once each, in the reader's language."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from charts.costs import cumulative_chart, yearly_by_domain_chart
from charts.predictability import cv_overrun_chart, distribution_chart, fan_chart
from charts.risk import exceedance_chart, expected_loss_chart, sla_chart
from charts.sensitivity import waterfall_chart
from charts.theme import (
    CHAR_EM,
    TOOLBAR_PX,
    base_layout,
    euro_ticks,
    fit_width,
    percent_axis,
    plain,
    scenario_styles,
)
from models.analysis import analyse
from models.dataset import sample_dataset
from models.governance import preset
from models.scenarios import Economics, default_scenarios

HOSTILE = '<a href="https://evil.example">Pwn</a> %{y} <b>bold</b>'


@pytest.fixture(scope="module")
def hostile_analysis():
    sc = default_scenarios()
    sc[1] = replace(sc[1], name=HOSTILE)
    return analyse(sample_dataset(), sc, Economics(), answers=preset("typical"), trials=300,
                   lang="en", with_thresholds=False)


def _texts(fig) -> str:
    """Every string Plotly will render as markup: titles, names, hover templates, categories."""
    return json.dumps(fig.to_plotly_json(), default=str)


def test_plain_makes_markup_and_templates_literal():
    assert plain("<a href='x'>y</a> & %{y}") == "&lt;a href='x'&gt;y&lt;/a&gt; &amp; %&#123;y&#125;"
    assert plain("Infogérance Ouest") == "Infogérance Ouest"


def test_no_chart_renders_a_scenario_name_as_markup(hostile_analysis):
    a = hostile_analysis
    styles = scenario_styles(a.scenarios, "en")
    steps = [("Staff", -1000.0), ("Fees", 2500.0)]
    figures = [
        cumulative_chart(a.results, "en", plain("<i>file</i>.csv")),
        yearly_by_domain_chart(a.projection, a.results, "en", "src"),
        fan_chart(a.yearly, styles, "en", "sub"),
        distribution_chart(a.yearly_cost_samples(), styles, "en", "sub"),
        cv_overrun_chart(a.predictability, styles, 0.1, "en", "sub"),
        expected_loss_chart(a.eal, {}, styles, "en", "sub"),
        exceedance_chart(a.risk_loss_samples(), styles, "en", "sub"),
        sla_chart(a.sla, styles, "en", "sub"),
        waterfall_chart(1e6, steps, HOSTILE, 5, "en", "sub"),
    ]
    for fig in figures:
        text = _texts(fig)
        assert "<a href" not in text and "<b>bold" not in text and "<i>file" not in text
        assert "%{y} <b>" not in text                     # the name's template is not filled
    assert any("&lt;a href" in _texts(f) for f in figures)


def _figure(title: str, legend_side: bool = False):
    import plotly.graph_objects as go
    fig = go.Figure([go.Scatter(x=[1, 2, 3], y=[1, 2, 3], name=f"Series {i}")
                     for i in range(4)])
    base_layout(fig, title, "Subtitle · Mécanique Précision Loire SAS · 10,000 trials, seed "
                "20261128 · 5-year horizon", "en", height=480)
    if legend_side:
        fig.update_layout(legend=dict(orientation="v", x=1.01, xanchor="left", y=1.0))
    return fig


LONG = ("In-house has the narrowest P10–P90 range in euros: €78.1k a year, against €86.2k "
        "for Full outsourcing")


@pytest.mark.parametrize("width, toolbar", [(358, False), (736, True), (1100, True)])
def test_titles_wrap_to_the_width_and_clear_the_toolbar(width, toolbar):
    fig = fit_width(_figure(LONG), width, toolbar=toolbar)
    lines = fig.layout.title.text.split("<br>")
    font = fig.layout.title.font.size
    room = width - 40 - (TOOLBAR_PX if toolbar else 0)
    assert " ".join(lines) == LONG                          # nothing cut
    assert all(len(line) * font * CHAR_EM <= room for line in lines)
    assert fig.layout.margin.t >= 56 + 1.2 * font * len(lines)
    assert fig.layout.height >= 480


def test_a_phone_gets_the_legend_across_the_top_of_the_plot_and_more_height():
    narrow = _figure(LONG, legend_side=True)
    bare = _figure(LONG).update_layout(showlegend=False)
    before_top = fit_width(bare, 358, toolbar=False).layout.margin.t
    fig = fit_width(narrow, 358, toolbar=False)
    legend = fig.layout.legend
    assert legend.orientation == "h" and legend.y == 1.0 and legend.yanchor == "bottom"
    assert fig.layout.margin.t >= before_top + 2 * 22       # the legend's rows above the plot
    assert fig.layout.height > 480 + 2 * 22
    wide = fit_width(_figure(LONG, legend_side=True), 1100)
    assert wide.layout.legend.orientation == "v"          # the desktop layout stays


def test_a_phone_gets_at_most_six_ticks():
    from charts.theme import euro_ticks
    fig = _figure(LONG)
    fig.update_xaxes(type="log", **euro_ticks(400, 60_000, "en", log=True))
    assert fig.layout.xaxis.ticktext == ("€500", "€1k", "€2k", "€5k", "€10k", "€20k", "€50k")
    fit_width(fig, 358, toolbar=False)
    assert fig.layout.xaxis.ticktext == ("€1k", "€10k")          # one a decade on a phone


def test_percent_ticks_are_distinct_and_french():
    for top in (0.012, 0.025, 0.3, 1.0):
        axis = percent_axis(top, "fr")
        assert len(set(axis["ticktext"])) == len(axis["ticktext"]) >= 3
    assert percent_axis(0.025, "fr")["ticktext"][:3] == ["0,0\u00a0%", "0,5\u00a0%", "1,0\u00a0%"]
    assert percent_axis(1.0, "en")["ticktext"][-1] == "100%"


def test_compact_euro_ticks_share_one_form():
    log = euro_ticks(800, 120_000, "fr", log=True)
    assert log["ticktext"][:3] == ["1\u00a0k€", "2\u00a0k€", "5\u00a0k€"]
    assert "10\u00a0k€" in log["ticktext"]
    assert all(txt.endswith("k€") for txt in log["ticktext"])
    linear = euro_ticks(0, 84_000, "en")
    assert linear["ticktext"] == ["€0", "€20k", "€40k", "€60k", "€80k"]


def test_same_overrun_for_every_option_is_said_once():
    import pandas as pd

    from charts.theme import SeriesStyle
    styles = [SeriesStyle("inhouse", "In-house", "#000"), SeriesStyle("full", "Full", "#111")]
    stats = pd.DataFrame({"scenario": ["inhouse", "full"], "cv": [0.1, 0.2],
                          "p_overrun": [0.0, 0.0]})
    fig = cv_overrun_chart(stats, styles, 0.1, "en", "sub")
    title = fig.layout.title.text.replace("<br>", " ")
    assert title.startswith("Every option has the same chance (0%)")
    assert "against 0% for" not in title


def test_category_ticks_wrap_on_a_phone_so_neighbours_never_overlap():
    """At 390 px the French option names ("Infogérance partielle", "Infogérance complète") ran
    into each other under the bars and the violins; they now wrap to the room each category has
    (subplots share the width), and a wide screen keeps them on one line."""
    a = analyse(sample_dataset(), default_scenarios(), Economics(), answers=preset("typical"),
                trials=300, lang="fr", with_thresholds=False)
    styles = scenario_styles(a.scenarios, "fr")
    names = [s.name for s in styles]
    for build, panels in ((lambda: cv_overrun_chart(a.predictability, styles, 0.1, "fr", "s"), 2),
                          (lambda: distribution_chart(a.yearly_cost_samples(), styles, "fr",
                                                      "s"), 1)):
        phone = fit_width(build(), 350, toolbar=False)
        axes = [phone.layout[k] for k in ("xaxis", "xaxis2")[:panels]]
        px = (350 - 60) / panels / len(names)              # axis length of a category
        for ax in axes:
            assert list(ax.tickvals) == names
            assert all(t.replace("<br>", " ").startswith(n) for t, n in zip(ax.ticktext, names))
            lines = [text.split("<br>") for text in ax.ticktext]
            if ax.tickangle == -90:       # upright: the lines' heights fit the category
                assert max(len(ls) for ls in lines) * 12 * 1.25 <= px
            else:                         # horizontal: each line's width fits the category
                assert max(len(line) for ls in lines for line in ls) * 12 * CHAR_EM <= px
        built = build()
        wide = fit_width(build(), 1200)                   # a wide screen: the chart's own ticks
        assert wide.layout.xaxis.ticktext == built.layout.xaxis.ticktext
        assert wide.layout.xaxis.tickangle == built.layout.xaxis.tickangle


@pytest.mark.parametrize("width, shares, stacked", [
    (1200, [0.25, 0.75], False),        # side by side as asked
    (700, [0.5, 0.5], True),            # a quarter is under 200 px: two equal columns
    (300, [1.0, 1.0], True)])           # a phone: one under the other
def test_fit_columns_says_the_share_of_the_width_each_column_takes(width, shares, stacked):
    """A chart in a column is laid out for the column it is really in (at 768 px the Governance
    score chart was wrapped for the page's width in half of it)."""
    from streamlit.testing.v1 import AppTest

    def script():
        import streamlit as st

        from ui.frame import fit_columns
        cols = fit_columns([1, 3], min_px=200)
        st.session_state["seen"] = (cols.shares, cols.stacked, len(cols))

    at = AppTest.from_function(script)
    at.session_state["viewport_width"] = {"width": width, "small": width < 640}
    at.run()
    assert not at.exception
    assert at.session_state["seen"] == (pytest.approx(shares), stacked, 2)
