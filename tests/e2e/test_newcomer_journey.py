"""The newcomer journey in a real browser, end to end, in one session (issue 9).

Open the app on the sample company; import the sample workbook, then a French CSV; change a
column of the mapping; make the file the active data; edit a scenario's price and see its total
move; read every page; download a chart PNG, the three board-pack files and the audit file;
switch to French. Each step leaves a screenshot in test-artifacts/journey-NN-<step>.png.

Navigation goes through the sidebar links: a page.goto would reload the page and start a new
session (the imported data lives in the session only).
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from i18n import t
from tests.e2e.harness import assert_no_error_box, wait_for_app_run, wait_for_charts
from ui.registry import PAGES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SAMPLE = "Mécanique Précision Loire SAS"
CSV_NAME = "journey-spend.csv"


def _journey_csv() -> bytes:
    """French Excel CSV: ';', Windows-1252, decimal comma; 12 months × 2 lines.
    Net: 12 × (1,000.00 + 250.50) = 15,006.00; invoiced: 12 × (1,200.00 + 300.60) = 18,007.20."""
    lines = ["Date;Fournisseur;Libellé;Compte;Montant HT;Montant facturé"]
    for m in range(1, 13):
        lines.append(f"15/{m:02d}/2025;Atlantique Micro Services;Contrat infogérance support;"
                     "611;1000,00;1200,00")
        lines.append(f"20/{m:02d}/2025;Orange Business;Accès fibre entreprise;6262;250,50;300,60")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def _text(page) -> str:
    return page.inner_text("body").replace("\u202f", " ").replace("\u00a0", " ")


def _euros(text: str) -> int:
    """'€1,234,567' -> 1234567."""
    return int(re.sub(r"[^\d]", "", text))


class Journey:
    def __init__(self, page):
        self.page = page
        self.step = 0

    def shot(self, name: str) -> None:
        self.step += 1
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"journey-{self.step:02d}-{name}.png"),
                             full_page=True)

    def open(self, url_path: str, lang: str = "en") -> None:
        spec = next(p for p in PAGES if p.url_path == url_path)
        self.page.get_by_test_id("stSidebarNav").get_by_role(
            "link", name=t(spec.title_key, lang), exact=True).click()
        self.page.wait_for_timeout(300)
        wait_for_app_run(self.page)

    def upload(self, path: Path) -> None:
        self.page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(path))
        self.page.wait_for_timeout(400)
        wait_for_app_run(self.page)

    def download(self, label: str):
        with self.page.expect_download(timeout=60_000) as info:
            self.page.get_by_test_id("stDownloadButton").filter(has_text=label).get_by_role(
                "button").click()
        return info.value

    def clean(self) -> None:
        assert_no_error_box(self.page)
        body = _text(self.page)
        assert "NaN" not in body and "nan €" not in body and "€nan" not in body


def _partial_total(page) -> int:
    metric = page.get_by_test_id("stMetric").filter(has_text=t("scenario.partial", "en")).first
    return _euros(metric.get_by_test_id("stMetricValue").inner_text())


def test_newcomer_journey(page, app_url, tmp_path):
    j = Journey(page)

    # 1. open the app: the sample company's answer and its two charts
    page.goto(f"{app_url}/?lang=en")
    wait_for_app_run(page)
    wait_for_charts(page, 2)
    body = _text(page)
    assert "Keep IT in-house or outsource it?" in body
    assert f"Data: sample company “{SAMPLE}” · 1,127 lines" in body
    assert "has the lowest expected cost over 5 years, risks included" in body   # the finding
    assert page.locator(".js-plotly-plot").count() == 2
    j.clean()
    j.shot("overview-sample")

    # 2. import the sample workbook: 1,127 lines read from sheet 'Dépenses', header on row 3
    j.open("import")
    j.upload(ROOT / "sample_data" / "sample_company_spend.xlsx")
    expect(page.get_by_text("Rows kept")).to_be_visible(timeout=60_000)
    body = _text(page)
    assert "Read: XLSX · sheet 'Dépenses' · header on row 3." in body
    kept = page.get_by_test_id("stMetric").filter(has_text="Rows kept")
    assert kept.get_by_test_id("stMetricValue").inner_text() == "1,127"
    assert "Total of the lines kept: €776,304.15" in body
    j.clean()
    j.shot("import-sample-workbook")

    # 3. import a French CSV instead: net amounts 12 × (1,000.00 + 250.50)
    csv_path = tmp_path / CSV_NAME
    csv_path.write_bytes(_journey_csv())
    j.upload(csv_path)
    expect(page.get_by_text("Total of the lines kept: €15,006.00")).to_be_visible(timeout=60_000)
    body = _text(page)
    assert "Read: CSV" in body and "Net amount ← Montant HT" in body
    assert kept.get_by_test_id("stMetricValue").inner_text() == "24"
    j.clean()
    j.shot("import-csv")

    # 4. adjust the mapping: the amount is the invoiced column, 12 × (1,200.00 + 300.60)
    page.get_by_text(t("import.mapping.title", "en")).click()
    page.wait_for_timeout(300)
    page.get_by_test_id("stSelectbox").filter(has_text=t("import.field.amount", "en")).click()
    page.get_by_role("option", name="Montant facturé").click()
    wait_for_app_run(page)
    expect(page.get_by_text("Total of the lines kept: €18,007.20")).to_be_visible(timeout=60_000)
    it_total = page.get_by_test_id("stMetric").filter(has_text="IT total")
    assert it_total.get_by_test_id("stMetricValue").inner_text() == "€18,007"
    j.clean()
    j.shot("import-mapping-changed")

    # 5. make it the active data for the company of the profile: the banner names the file
    page.get_by_text("The same company as now").click()
    wait_for_app_run(page)
    page.get_by_text(t("import.activate", "en")).click()
    wait_for_app_run(page)
    expect(page.get_by_text("The imported data is active: Mécanique Précision Loire SAS, "
                            "24 lines, €18,007 of IT spend.")).to_be_visible(timeout=30_000)
    assert f"Data: uploaded file “{CSV_NAME}” · 24 lines, 15 Jan 2025 to 20 Dec 2025" \
        in _text(page)
    j.clean()
    j.shot("import-activated")

    # 6. edit a scenario: partial outsourcing, support from €35 to €45 per user per month;
    # 76 users × €10 × 12 months × 5 years = €45,600 at least (indexation, renewal step,
    # transition and retained function come on top, well under +50 %)
    j.open("scenarios")
    expect(page.get_by_text("Total cost over 5 years")).to_be_visible(timeout=30_000)
    before = _partial_total(page)
    price = page.get_by_label(t("scenarios.price", "en")).first       # first row: support
    assert price.input_value() in ("35.00", "35")
    price.fill("45")
    price.press("Enter")
    wait_for_app_run(page)
    page.wait_for_function(
        "([label, before]) => [...document.querySelectorAll('[data-testid=stMetric]')]"
        ".some(m => m.innerText.includes(label) && !m.innerText.includes(before))",
        arg=[t("scenario.partial", "en"), f"€{before:,}"], timeout=30_000)
    after = _partial_total(page)
    assert 45_600 <= after - before <= 45_600 * 1.5, (before, after)
    j.clean()
    j.shot("scenarios-price-edited")

    # 7. read every page: no exception, the imported file named, no NaN
    for spec in PAGES:
        j.open(spec.url_path)
        if spec.url_path in ("overview", "spend", "comparison"):
            wait_for_charts(page, 1)
        body = _text(page)
        assert f"Data: uploaded file “{CSV_NAME}”" in body, spec.url_path
        assert SAMPLE not in page.get_by_test_id("stCaptionContainer").first.inner_text()
        j.clean()
        j.shot(f"page-{spec.url_path}")
        if spec.url_path == "spend":
            # 12 months of data: the yearly IT spend is the file's IT total
            value = page.get_by_test_id("stMetric").first.get_by_test_id("stMetricValue")
            assert value.inner_text() == "€18,007"
            # 8. download a chart as PNG: 2× the 1600×900 layout
            page.locator(".js-plotly-plot").first.hover()
            button = page.locator("[data-title='Download plot as a PNG'], "
                                  "[data-title='Download plot as a png']").first
            with page.expect_download(timeout=60_000) as info:
                button.click()
            png = Path(info.value.path()).read_bytes()
            assert info.value.suggested_filename == "it_spend_by_domain.png"
            assert png[:8] == b"\x89PNG\r\n\x1a\n"
            assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) \
                == (3200, 1800)

    # 9. the board pack: prepare, then the three files and the audit file
    j.open("export")
    page.get_by_role("button", name=t("exportpage.prepare", "en")).click()
    expect(page.get_by_text("Board pack ready in")).to_be_visible(timeout=120_000)
    wait_for_app_run(page)
    j.clean()
    j.shot("export-ready")
    xlsx = j.download(t("exportpage.download.xlsx", "en"))
    assert xlsx.suggested_filename.endswith(".xlsx")
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(Path(xlsx.path()).read_bytes()), read_only=True)
    assert t("export.sheet.summary", "en") in wb.sheetnames
    cells = " ".join(str(c) for row in wb[t("export.sheet.summary", "en")].iter_rows(
        values_only=True) for c in row if c is not None)
    assert CSV_NAME in cells
    wb.close()
    pptx = j.download(t("exportpage.download.pptx", "en"))
    assert pptx.suggested_filename.endswith(".pptx")
    with zipfile.ZipFile(pptx.path()) as z:
        slides = [n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        assert len(slides) >= 3
        assert CSV_NAME in " ".join(z.read(n).decode("utf-8") for n in slides)
    html = j.download(t("exportpage.download.html", "en"))
    assert html.suggested_filename.endswith(".html")
    report = Path(html.path()).read_text(encoding="utf-8")
    assert report.lstrip().lower().startswith("<!doctype html") and CSV_NAME in report
    # offline: no script, style sheet or image fetched from the network
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", report, re.I)
    audit = j.download(t("exportpage.download.audit", "en"))
    assert audit.suggested_filename.endswith("-audit.json")
    data = json.loads(Path(audit.path()).read_text(encoding="utf-8"))
    assert data["schema"] == "it-sourcing-audit" and data["data_source"] == CSV_NAME
    partial = [s for s in data["scenario_file"]["scenarios"] if s["id"] == "partial"][0]
    assert partial["domains"]["support"]["price_eur"] == 45.0     # the edit of step 6

    # 10. switch to French: same page, same data, French texts
    page.get_by_text("Français", exact=True).click()
    wait_for_app_run(page)
    page.wait_for_function("window.location.search.includes('lang=fr')", timeout=20_000)
    body = _text(page)
    assert t("exportpage.title", "fr") in body
    assert f"Données : fichier importé « {CSV_NAME} » · 24 lignes" in body
    j.clean()
    j.shot("french")
    j.open("spend", "fr")
    value = page.get_by_test_id("stMetric").first.get_by_test_id("stMetricValue")
    assert value.inner_text().replace("\u202f", " ").replace("\u00a0", " ") == "18 007 €"
    j.clean()
    j.shot("french-spend")


def test_audit_file_records_the_monte_carlo_seed_and_trials(page, app_url):
    page.goto(f"{app_url}/export?lang=en")
    wait_for_app_run(page)
    body = _text(page)
    m = re.search(r"\(([\d,]+) in all, seed (\d+)\)", body)
    assert m, "the page states the trial count and seed of the simulation"
    trials, seed = int(m.group(1).replace(",", "")), int(m.group(2))
    audit = Journey(page).download(t("exportpage.download.audit", "en"))
    data = json.loads(Path(audit.path()).read_text(encoding="utf-8"))
    assert data["monte_carlo"] == {"seed": seed, "trials": trials}
