"""A link to a page connects at once (issue 15, ui/deep_link.py): in Chromium, the script put
before Streamlit's code gives Streamlit the server's base address for a page's link and for
nothing else; on the app's server, a page's link asks the server's health once, at its base."""
from __future__ import annotations

import pytest

from tests.e2e.harness import assert_no_error_box, running_app, wait_for_app_run, wait_for_charts
from ui.deep_link import base_url_script

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path, before, expected", [
    ("/risk", None, {"BACKEND_BASE_URL": "http://example.test/"}),
    ("/risk/", None, {"BACKEND_BASE_URL": "http://example.test/"}),
    ("/app/risk", None, {"BACKEND_BASE_URL": "http://example.test/app/"}),
    ("/", None, None),                                       # the root: Streamlit's own search
    ("/app", None, None),                                    # a base path, not a page
    ("/nosuchpage", None, None),                             # an unknown page
    ("/risk", {"LIGHT_THEME": "x"}, {"LIGHT_THEME": "x",
                                     "BACKEND_BASE_URL": "http://example.test/"}),
    ("/risk", {"BACKEND_BASE_URL": "http://host/"}, {"BACKEND_BASE_URL": "http://host/"}),
])
def test_the_script_gives_the_base_address_for_a_page_only(browser, path, before, expected):
    import json
    context = browser.new_context()
    page = context.new_page()
    setting = f"<script>window.__streamlit = {json.dumps(before)};</script>" if before else ""
    html = f"<html><head>{setting}{base_url_script(['overview', 'risk', 'spend'])}</head></html>"
    page.route("http://example.test/**", lambda route: route.fulfill(
        status=200, content_type="text/html", body=html))
    try:
        page.goto(f"http://example.test{path}")
        assert page.evaluate("window.__streamlit ?? null") == expected
    finally:
        context.close()


@pytest.mark.parametrize("base", ["", "board"])
def test_a_page_link_asks_the_server_once_at_its_base(browser, base):
    options = ("--server.baseUrlPath", base) if base else ()
    with running_app(options=options) as url:
        context = browser.new_context()
        page = context.new_page()
        asked: list[str] = []
        page.on("request", lambda r: asked.append(r.url) if "_stcore/health" in r.url else None)
        try:
            page.goto(f"{url}/risk?lang=en")
            wait_for_app_run(page)
            wait_for_charts(page, 2)
            assert asked == [f"{url}/_stcore/health"]
            assert "Risk in euros" in page.inner_text("body")
            # a page opened from the navigation keeps the base address
            page.get_by_role("link", name="Cost comparison").first.click()
            page.wait_for_url(f"{url}/comparison**")
            wait_for_app_run(page)
            assert "The plan: cost comparison" in page.get_by_test_id("stMain").inner_text()
            assert_no_error_box(page)
        finally:
            context.close()
