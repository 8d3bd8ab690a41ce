"""Issue 13 in a real browser: a workbook in rand imported through the Import page, the company
confirmed, a rate entered on the Overview; the Overview then speaks rand and never shows a
euro sign."""
import pytest
from playwright.sync_api import expect

from i18n import t
from tests import import_corpora as K
from tests.e2e.harness import wait_for_app_run, wait_for_charts

pytestmark = pytest.mark.browser


def _text(page) -> str:
    return page.inner_text("body").replace("\u202f", " ").replace("\u00a0", " ")


def _fill(page, label: str, value: str) -> None:
    box = page.get_by_label(label, exact=True)
    box.fill(value)
    box.press("Enter")
    wait_for_app_run(page)


def test_rand_workbook_to_an_overview_without_euro_signs(page, app_url, tmp_path):
    path = tmp_path / "expenses.xlsx"
    path.write_bytes(K.zar_expenses()[0])
    page.goto(f"{app_url}/import?lang=en")
    wait_for_app_run(page)
    page.locator("input[type=file]").first.set_input_files(str(path))
    page.get_by_text("Rows kept").wait_for(timeout=60_000)
    wait_for_app_run(page)
    assert "Amounts are in ZAR, not euros" in _text(page)

    # whose data: another company, its four figures typed in
    page.get_by_text(t("import.company.other", "en"), exact=True).click()
    wait_for_app_run(page)
    _fill(page, t("import.company.name", "en"), "Kaap Logistics")
    _fill(page, t("import.company.employees", "en"), "400")
    _fill(page, t("import.company.revenue", "en", cur="ZAR"), "900000000")
    _fill(page, t("import.company.it_staff", "en"), "3")
    page.get_by_text(t("import.activate", "en")).click()
    wait_for_app_run(page)
    expect(page.get_by_text("The imported data is active: Kaap Logistics, 500 lines")
           ).to_be_visible(timeout=30_000)

    # the Overview: the market defaults are in euros, a rate is asked for; then rand only
    page.get_by_test_id("stSidebarNav").get_by_role(
        "link", name=t("nav.overview", "en"), exact=True).click()
    wait_for_app_run(page)
    expect(page.get_by_text("Your data is in ZAR.")).to_be_visible(timeout=60_000)
    assert "€" not in _text(page)
    _fill(page, t("money.gate.rate", "en", currency="ZAR"), "0.05")
    page.get_by_role("button", name=t("money.gate.work", "en", currency="ZAR")).click()
    wait_for_app_run(page, timeout=180_000)
    expect(page.get_by_text("You are working in ZAR")).to_be_visible(timeout=180_000)
    wait_for_charts(page, 2)
    body = _text(page)
    assert "expenses.xlsx" in body                      # the data banner names the file
    assert "risks included" in body and "ZAR" in body
    assert "€" not in body
    # the charts' axes and hover texts too (rendered SVG text)
    ticks = " ".join(page.locator(".js-plotly-plot text").all_text_contents())
    assert "ZAR" in ticks and "€" not in ticks
