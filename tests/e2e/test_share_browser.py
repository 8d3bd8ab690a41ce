"""State that comes back and travels, and a board member's phone, in a real browser (issue 15).

* save scenarios, reload them in a fresh session: every widget shows the file, one change keeps
  the rest (the file downloaded again differs by that change only);
* "Copy link" gives the address of the view; opened in a fresh session it shows the same figures
  and the same settings, page after page;
* the workspace file downloaded in one session restores everything in another; with uploaded
  data the share panel says the data is not in the link;
* at 390 px chart titles stay inside their chart, legends sit clear of the plot and the title
  (across its top, or below it), there is no toolbar over them, and nothing makes the page
  scroll sideways.
"""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.harness import assert_no_error_box, wait_for_app_run, wait_for_charts

pytestmark = pytest.mark.browser


def _key(page, key: str):
    """The element of the widget with Streamlit key ``key`` (its ``st-key-…`` class)."""
    return page.locator(f"[class*='st-key-{key}']").first


def _metrics(page) -> list[str]:
    return page.get_by_test_id("stMetricValue").all_inner_texts()


def _download(page, label: str) -> dict:
    with page.expect_download() as info:
        page.get_by_role("button", name=label, exact=True).first.click()
    with open(info.value.path(), encoding="utf-8") as fh:
        return json.load(fh)


def _settle(page) -> None:
    """The app is connected and idle, twice in a row half a second apart (a widget change
    starts its run a moment after the event)."""
    for _ in range(2):
        wait_for_app_run(page)
        page.wait_for_timeout(500)
    wait_for_app_run(page)


def _press(page, key: str, keys: str) -> None:
    thumb = _key(page, key).get_by_role("slider").first
    thumb.focus()
    thumb.press(keys)
    _settle(page)


def test_saved_scenarios_come_back_in_a_fresh_session(browser, app_url, tmp_path):
    # session 1: horizon 7, support at 60 €/user, workstations outsourced, then save
    first = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page = first.new_page()
    page.goto(f"{app_url}/scenarios?lang=en")
    page.get_by_text("Total cost over 5 years").wait_for(timeout=60_000)
    _settle(page)
    _press(page, "horizon", "End")
    page.get_by_text("Total cost over 7 years").wait_for(timeout=60_000)
    price = _key(page, "sc__partial__support__price").locator("input")
    price.fill("60")
    price.press("Enter")
    _settle(page)
    _key(page, "sc__partial__devices__out").locator("label").click()
    _settle(page)
    assert _key(page, "sc__partial__devices__out").locator("input").is_checked()
    saved = _download(page, "Download the scenarios (JSON)")
    partial = next(s for s in saved["scenarios"] if s["id"] == "partial")
    assert saved["economics"]["horizon_years"] == 7
    assert partial["domains"]["support"]["price_eur"] == 60.0
    assert partial["domains"]["devices"]["outsourced"] is True
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(saved), encoding="utf-8")
    first.close()

    # session 2 (fresh): reload the file; every widget shows it
    second = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page = second.new_page()
    page.goto(f"{app_url}/scenarios?lang=en")
    page.get_by_text("Total cost over 5 years").wait_for(timeout=60_000)
    _settle(page)
    _key(page, "scenario_upload").locator("input[type=file]").set_input_files(str(path))
    page.get_by_text("Total cost over 7 years").wait_for(timeout=60_000)
    _settle(page)
    assert _key(page, "horizon").get_by_test_id("stSliderThumbValue").inner_text() == "7"
    assert "Total cost over 7 years" in page.inner_text("body")
    assert _key(page, "sc1__partial__support__price").locator("input").input_value() == "60"
    assert _key(page, "sc1__partial__devices__out").locator("input").is_checked()
    # one change: the renewal step one notch up; everything else stays as loaded
    _press(page, "sc1__partial__step", "ArrowRight")
    again = _download(page, "Download the scenarios (JSON)")
    changed = next(s for s in again["scenarios"] if s["id"] == "partial")
    before = partial["terms"]["renewal_step"]
    assert changed["terms"]["renewal_step"] == pytest.approx(before + 0.01)
    changed["terms"]["renewal_step"] = before
    assert again["economics"] == saved["economics"]
    assert again["scenarios"] == saved["scenarios"]
    assert_no_error_box(page)
    second.close()


def test_copy_link_reproduces_the_view_in_a_fresh_session(browser, app_url):
    first = browser.new_context(viewport={"width": 1366, "height": 900})
    first.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    page = first.new_page()
    page.goto(f"{app_url}/assumptions?lang=en")
    wait_for_app_run(page)
    page.get_by_text("cautious", exact=True).first.click()
    wait_for_app_run(page)
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Overview", exact=True).click()
    wait_for_app_run(page)
    wait_for_charts(page, 2)
    figures = _metrics(page)
    finding = page.get_by_test_id("stAlertContentSuccess").first.inner_text()
    page.get_by_test_id("copy-link").click()
    page.wait_for_timeout(300)
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == page.url and "s=" in link and "lang=en" in link
    first.close()

    second = browser.new_context(viewport={"width": 1366, "height": 900})
    page = second.new_page()
    page.goto(link)
    wait_for_app_run(page)
    wait_for_charts(page, 2)
    assert _metrics(page) == figures
    assert page.get_by_test_id("stAlertContentSuccess").first.inner_text() == finding
    # page after page, the address keeps the settings
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Assumptions and sources",
                                                    exact=True).click()
    wait_for_app_run(page)
    assert page.get_by_role("radio", name="cautious").is_checked()
    assert parse_qs(urlparse(page.url).query)["s"] == parse_qs(urlparse(link).query)["s"]
    assert_no_error_box(page)
    second.close()


def test_the_workspace_file_restores_everything_in_another_session(browser, app_url, tmp_path):
    from models.scenarios import Economics
    from models.workspace import Settings, encode_link
    link = encode_link(Settings(economics=Economics(horizon_years=6), assumption_set="pitch",
                                seed=5, trials=1000))
    first = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page = first.new_page()
    page.goto(f"{app_url}/?lang=en&s={link}")
    wait_for_app_run(page)
    wait_for_charts(page, 2)
    figures = _metrics(page)
    page.get_by_text("Workspace file", exact=True).click()       # the sidebar's popover
    workspace = _download(page, "Download the workspace")
    assert workspace["schema"] == "it-sourcing-workspace"
    assert workspace["simulation"]["seed"] == 5
    path = tmp_path / "workspace.json"
    path.write_text(json.dumps(workspace), encoding="utf-8")
    first.close()

    second = browser.new_context(viewport={"width": 1366, "height": 900})
    page = second.new_page()
    page.goto(f"{app_url}/?lang=en")
    wait_for_app_run(page)
    page.get_by_text("Workspace file", exact=True).click()
    page.locator("input[type=file]").set_input_files(str(path))
    page.get_by_text("Workspace “workspace.json” opened").wait_for(timeout=60_000)
    wait_for_app_run(page)
    wait_for_charts(page, 2)
    assert _metrics(page) == figures
    assert_no_error_box(page)
    second.close()


def test_with_uploaded_data_the_link_says_the_data_is_not_in_it(browser, app_url, tmp_path):
    from dataclasses import replace

    from models.dataset import sample_dataset
    from models.importer.corrections import empty_corrections
    from models.workspace import Settings, Workspace, dump_workspace
    ds = replace(sample_dataset(), source_name="ledger.csv")
    path = tmp_path / "mine.json"
    path.write_bytes(dump_workspace(Workspace(ds, Settings(), empty_corrections())))
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{app_url}/?lang=fr")
    wait_for_app_run(page)
    sidebar = page.get_by_test_id("stSidebar")
    assert "ne sont pas dans le lien" not in sidebar.inner_text()
    page.get_by_text("Fichier d'espace de travail", exact=True).click()
    page.locator("input[type=file]").set_input_files(str(path))
    page.get_by_text("Espace de travail « mine.json » ouvert").wait_for(timeout=60_000)
    wait_for_app_run(page)
    assert "ne sont pas dans le lien" in sidebar.inner_text()
    assert "ledger.csv" in page.inner_text("body")
    context.close()


PHONE_CHECK = """() => {
  const out = [];
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    const svg = plot.querySelector('.main-svg');
    const width = svg.getBoundingClientRect().width;
    const left = svg.getBoundingClientRect().left;
    const title = plot.querySelector('.gtitle');
    const tb = title ? title.getBoundingClientRect() : null;
    const legend = plot.querySelector('.legend');
    const lb = legend ? legend.getBoundingClientRect() : null;
    const area = plot.querySelector('.cartesianlayer .bg, .draglayer .nsewdrag');
    const ab = area ? area.getBoundingClientRect() : null;
    const bar = plot.querySelector('.modebar');
    out.push({title_right: tb ? tb.right - left : 0, width: width,
              legend_clear: (lb && ab) ? (lb.top >= ab.bottom - 1 || lb.bottom <= ab.top + 1)
                                       : true,
              title_clear: (tb && lb) ? lb.top >= tb.bottom - 1 || lb.bottom <= tb.top : true,
              toolbar: !!bar && getComputedStyle(bar).display !== 'none'});
  }
  return {plots: out, page_width: document.documentElement.scrollWidth};
}"""


@pytest.mark.parametrize("path, charts", [("", 2), ("comparison", 2), ("predictability", 2),
                                          ("spend", 1), ("risk", 2)])
def test_a_phone_sees_whole_titles_and_legends_clear_of_the_plot(browser, app_url, path,
                                                                  charts):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  has_touch=True, device_scale_factor=1)
    page = context.new_page()
    page.goto(f"{app_url}/{path}?lang=fr")
    wait_for_app_run(page)
    page.wait_for_timeout(1500)                 # the width report reruns the page once
    wait_for_app_run(page)
    wait_for_charts(page, charts)
    states = [page.evaluate(PHONE_CHECK)]
    if path in ("comparison", "predictability", "risk", "spend"):   # the second tab's charts
        page.get_by_role("tab").nth(1).click()
        page.wait_for_function("document.querySelectorAll('[role=tab]')[1]"
                               ".getAttribute('aria-selected') === 'true'", timeout=20_000)
        wait_for_app_run(page)
        wait_for_charts(page, charts)
        states.append(page.evaluate(PHONE_CHECK))
    for state in states:
        assert state["page_width"] <= 391        # no sideways scroll of the page itself
        for plot in state["plots"]:
            assert plot["title_right"] <= plot["width"] + 1, plot
            assert plot["legend_clear"] and plot["title_clear"], plot
            assert not plot["toolbar"], plot
    assert_no_error_box(page)
    context.close()


def test_a_chart_page_asks_for_the_chart_code_before_its_first_chart(browser, app_url):
    """A page with charts starts loading Plotly's code (4.7 MB) as the run starts, from a
    script in the sidebar, not when the first chart arrives (issue 15); a page without charts
    does not load it."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "PlotlyChart." in r.url else None)
    try:
        page.goto(f"{app_url}/import?lang=en")
        wait_for_app_run(page)
        assert not asked and page.evaluate("window.__itSourcingPreloaded") is None
        page.goto(f"{app_url}/risk?lang=en")
        wait_for_app_run(page)
        wait_for_charts(page, 2)
        assert page.evaluate("window.__itSourcingPreloaded") is True
        assert len(asked) == 1
        assert_no_error_box(page)
    finally:
        context.close()
