"""The Governance page in a real browser (issue 7): a deep link opens it, a preset button and
one answer change the maturity score and the verdicts; the other tabs are drawn when opened
(issue 15) and the answers are still there when the first tab comes back."""
import pytest

from tests.e2e.harness import assert_no_error_box, wait_for_app_run, wait_for_charts

pytestmark = pytest.mark.browser


def _text(page) -> str:
    return page.inner_text("body").replace("\u202f", " ").replace("\u00a0", " ")


def test_presets_and_one_answer_change_score_and_verdict(page, app_url):
    page.goto(f"{app_url}/governance?lang=en")
    wait_for_app_run(page)
    wait_for_charts(page, 1)
    assert page.locator(".js-plotly-plot").count() == 1      # the score; the rest in tabs
    body = _text(page)
    assert "Governance and readiness" in body and "50 / 100" in body
    assert "Partial outsourcing: ready." in body
    assert_no_error_box(page)

    page.get_by_role("button", name="Mature governance").click()
    wait_for_app_run(page)
    page.wait_for_function("document.body.innerText.includes('100 / 100')")
    assert "Full outsourcing: ready." in _text(page)

    # one answer: no internal referent → the full scenario gets a blocking point
    group = page.get_by_role("radiogroup", name="Is an internal referent who knows the "
                                                "business kept, with time set aside?")
    group.get_by_text("No", exact=True).click()
    wait_for_app_run(page)
    page.wait_for_function("document.body.innerText.includes('89 / 100')")
    body = _text(page)
    assert "Full outsourcing: ready on conditions." in body
    assert "internal referent" in body
    assert_no_error_box(page)

    page.get_by_role("tab", name="Risk register").click()
    wait_for_app_run(page)
    wait_for_charts(page, 1)
    page.wait_for_function("document.body.innerText.includes('Most critical risk')")
    page.get_by_role("tab", name="Effects in euros and actions").click()
    wait_for_app_run(page)
    page.wait_for_function("document.body.innerText.includes('Priority actions')")
    assert_no_error_box(page)
    page.get_by_role("tab", name="Questionnaire and verdicts").click()
    wait_for_app_run(page)
    page.wait_for_function("document.body.innerText.includes('89 / 100')")
