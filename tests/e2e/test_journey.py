"""The newcomer journey in a real browser (extended as pages land)."""
import pytest

from tests.e2e.harness import assert_no_error_box, wait_for_app_run, wait_for_charts

pytestmark = pytest.mark.browser


def _text(page) -> str:
    return page.inner_text("body").replace("\u202f", " ").replace("\u00a0", " ")


def test_opens_on_sample_company_with_the_answer(page, app_url):
    page.goto(app_url)
    wait_for_app_run(page)
    wait_for_charts(page, 2)
    body = _text(page)
    assert "Garder l'informatique en interne ou l'externaliser ?" in body
    assert "Mécanique Précision Loire SAS" in body
    assert "1 127 lignes" in body
    assert "a le coût attendu le plus bas sur 5 ans, risques compris" in body    # the finding
    assert page.locator(".js-plotly-plot").count() == 2
    assert_no_error_box(page)


def test_current_spend_page_shows_the_model_figures(page, app_url):
    page.goto(f"{app_url}/spend")
    wait_for_app_run(page)
    wait_for_charts(page, 1)
    body = _text(page)
    assert "Dépenses informatiques actuelles" in body
    # the yearly spend KPI is the model's figure, formatted in French
    assert "233 630 €" in body
    # by month, in the second tab: drawn when opened
    page.get_by_role("tab", name="Par mois").click()
    page.wait_for_function("document.body.innerText.includes('Mois le plus cher')",
                           timeout=30_000)
    wait_for_charts(page, 1)
    assert_no_error_box(page)


def test_switch_language_to_english(page, app_url):
    page.goto(app_url)
    wait_for_app_run(page)
    page.get_by_text("English", exact=True).click()
    wait_for_app_run(page)
    wait_for_charts(page, 2)
    body = page.inner_text("body")
    assert "Keep IT in-house or outsource it?" in body
    assert "has the lowest expected cost over 5 years, risks included" in body
    assert "lang=en" in page.url
    assert_no_error_box(page)


def test_deep_link_in_english_opens_the_page(page, app_url):
    page.goto(f"{app_url}/spend?lang=en")
    wait_for_app_run(page)
    wait_for_charts(page, 1)
    assert "Current IT spend" in page.inner_text("body")
    assert_no_error_box(page)


def test_chart_png_download_is_2x(page, app_url):
    page.goto(f"{app_url}/spend?lang=en")
    wait_for_app_run(page)
    wait_for_charts(page, 1)
    chart = page.locator(".js-plotly-plot").first
    chart.hover()
    button = page.locator("[data-title='Download plot as a png'], "
                          "[data-title='Download plot as a PNG']").first
    if button.count() == 0:
        button = page.get_by_role("button", name="Download plot as a PNG").first
    with page.expect_download() as download:
        button.click()
    path = download.value.path()
    assert download.value.suggested_filename == "it_spend_by_domain.png"
    with open(path, "rb") as fh:
        head = fh.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(head[16:20], "big")
    height = int.from_bytes(head[20:24], "big")
    assert (width, height) == (3200, 1800)


def test_cold_deep_link_on_a_fresh_server_gets_the_frame(browser):
    """First request of a fresh server straight to a page (legacy pages/ quirk): the page must
    come back inside the app frame, with the registered navigation only."""
    from tests.e2e.harness import running_app
    with running_app() as url:
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        page = context.new_page()
        page.goto(f"{url}/export?lang=en")
        wait_for_app_run(page)
        page.wait_for_timeout(1500)
        wait_for_app_run(page)
        body = page.inner_text("body")
        assert "Board pack" in body
        assert "Langue · Language" in body                     # the frame's language switch
        assert "Data: sample company" in body                   # the frame's banner
        nav = page.get_by_test_id("stSidebarNav").inner_text()
        assert "app" not in nav.split() and "export" not in nav.split()   # no legacy file names
        assert_no_error_box(page)
        context.close()
