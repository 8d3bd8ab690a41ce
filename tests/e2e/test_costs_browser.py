"""Scenarios and Comparison pages in a real browser: link parameters, URL write-back, JSON save."""
import json

import pytest

from tests.e2e.harness import assert_no_error_box, wait_for_app_run, wait_for_charts

pytestmark = pytest.mark.browser


def test_link_with_horizon_reopens_the_same_view(page, app_url):
    page.goto(f"{app_url}/comparison?lang=en&horizon=3&discount_pct=0.0")
    wait_for_app_run(page)
    wait_for_charts(page, 2)
    values = page.get_by_test_id("stSliderThumbValue").all_inner_texts()
    assert values[:2] == ["3", "0.0%"]          # the rate written as a percentage (issue 15)
    # an older link's parameters are carried on by s= (every setting of the view)
    page.wait_for_function("window.location.search.includes('s=')", timeout=20_000)
    assert "horizon=" not in page.url
    page.get_by_role("tab", name="Cost per year, by domain").click()   # the finding's chart
    wait_for_app_run(page)
    page.wait_for_function("[...document.querySelectorAll('.js-plotly-plot .gtitle')]"
                           ".some(t => t.textContent.includes('years'))", timeout=30_000)
    wait_for_charts(page, 2)
    titles = " ".join(page.locator(".js-plotly-plot .gtitle").all_text_contents())
    # the plan over the 3 years of the link (every IT person kept: in-house stays cheapest)
    from charts.costs import cost_title
    from models.analysis import analyse
    from models.dataset import sample_dataset
    from models.governance import DEFAULT_PRESET, preset
    from models.scenarios import Economics, default_scenarios
    plan = analyse(sample_dataset(), default_scenarios(),
                   Economics(horizon_years=3, discount_rate=0.0), answers=preset(DEFAULT_PRESET),
                   trials=1_000, with_thresholds=False, lang="en").results
    assert cost_title(plan, 3, "en") in titles
    assert_no_error_box(page)


def test_moving_the_horizon_slider_writes_the_url(page, app_url):
    page.goto(f"{app_url}/scenarios?lang=en")
    wait_for_app_run(page)
    assert "Total cost over 5 years" in page.inner_text("body")
    thumb = page.get_by_role("slider").first
    thumb.focus()
    thumb.press("End")
    wait_for_app_run(page)
    page.wait_for_function("window.location.search.includes('s=')", timeout=20_000)
    from urllib.parse import parse_qs, urlparse

    from models.workspace import decode_link
    link = parse_qs(urlparse(page.url).query)["s"][0]
    assert decode_link(link).settings.economics.horizon_years == 7
    assert "Total cost over 7 years" in page.inner_text("body")
    assert_no_error_box(page)


def test_scenarios_download_as_json(page, app_url):
    page.goto(f"{app_url}/scenarios?lang=en")
    wait_for_app_run(page)
    with page.expect_download() as info:
        page.get_by_text("Download the scenarios (JSON)").click()
    download = info.value
    assert download.suggested_filename == "it_sourcing_scenarios.json"
    data = json.loads(open(download.path(), encoding="utf-8").read())
    assert data["schema"] == "it-sourcing-scenarios" and data["version"] == 2   # staff decisions
    assert [s["id"] for s in data["scenarios"]] == ["inhouse", "partial", "full"]
    assert_no_error_box(page)
