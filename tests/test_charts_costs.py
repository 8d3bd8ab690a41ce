"""Cost charts: pure functions, checked on the model's own numbers."""
import pytest

from charts.costs import cost_title, cumulative_chart, yearly_by_domain_chart
from charts.theme import scenario_color
from models.costmodel import make_inputs, project, summarise
from models.dataset import sample_dataset
from models.scenarios import duplicate_scenario
from tests.conftest import lean_scenarios


@pytest.fixture(scope="module")
def model():
    ds = sample_dataset()
    inputs = make_inputs(ds.spend, ds.company, ds.staff)
    scenarios = duplicate_scenario(lean_scenarios(), "full", "Full, pricey")
    scenarios[3].domains["support"].price_eur = 300.0
    return summarise(inputs, scenarios, lang="en"), project(inputs, scenarios, lang="en")


def test_yearly_chart_sums_to_the_totals_with_scenario_coloured_panels(model):
    results, tidy = model
    fig = yearly_by_domain_chart(tidy, results, "en", "Sample")
    for i, r in enumerate(results):
        panel = [tr for tr in fig.data if tr.xaxis == ("x" if i == 0 else f"x{i + 1}")]
        assert sum(sum(tr.y) for tr in panel) == pytest.approx(r.total)
        assert fig.layout.annotations[i].text == r.name
        assert fig.layout.annotations[i].font.color == scenario_color(r.color_index)
    assert len({tr.name for tr in fig.data if tr.showlegend}) == len([tr for tr in fig.data
                                                                      if tr.showlegend])
    best = min(results, key=lambda r: r.total)
    assert fig.layout.title.text.replace("<br>", " ").startswith(
        f"{best.name} costs least over 5 years")
    assert fig.layout.title.subtitle.text.endswith("Sample")


def test_cumulative_chart_marks_break_even_years(model):
    results, _ = model
    fig = cumulative_chart(results, "fr", "Exemple")
    lines = [tr for tr in fig.data if tr.mode == "lines+markers"]
    stars = [tr for tr in fig.data if tr.mode == "markers"]
    assert [tr.line.color for tr in lines] == [scenario_color(r.color_index) for r in results]
    assert [list(tr.y) for tr in lines] == [[0.0, *r.cumulative] for r in results]
    assert len(stars) == sum(r.break_even_year is not None for r in results)
    assert lines[0].x[0] == "Départ" and lines[0].x[-1] == "Année 5"
    first = min((r for r in results if r.break_even_year), key=lambda r: r.break_even_year)
    assert fig.layout.title.text.replace("<br>", " ").endswith(
        f"dès l'année {first.break_even_year}")


def test_titles_when_in_house_is_cheapest(model):
    results, _ = model
    ref = results[0]
    only_ref = [ref]
    assert cost_title(only_ref, 5, "en").startswith("In-house stays cheapest over 5 years")
    fig = cumulative_chart(only_ref, "en", "x")
    assert fig.layout.title.text.replace("<br>", " ") == (
        "No scenario drops below the in-house cumulative cost")
